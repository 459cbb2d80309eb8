#!/usr/bin/env bash
# svmlab-cli is svmlab's command line without the GUI libraries (issue 23
# item 4): for every built-in scenario, run, check, explore (the default
# variant; the search bounded to keep it quick, the same bound for both) and
# validate (its file), and list and a bounded matrix, must print the same
# bytes on stdout and stderr and exit with the same status from both
# executables. The explorer's and the matrix's wall-clock time and resident
# memory are the only parts that differ between two runs of one binary: they
# are blanked, nothing else.
#   same_as_svmlab.sh SVMLAB SVMLAB_CLI CATALOGUE
set -euo pipefail
svmlab=$1 cli=$2 catalogue=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0 compared=0

# "complete (12 ms)" in explore's second line and the time its shortest
# schedules took on the third; "seconds" (the shortening's too) and
# "peak_resident_bytes" in its JSON; "160 cells in 1.9 s" in the matrix's last line.
normalise() {
  sed -E -e 's/^(complete|INCOMPLETE) \([0-9]+(\.[0-9]+)? m?s\)/\1 (TIME)/' -e 's/^([0-9]+ cells in )[0-9.]+ s/\1TIME s/' \
         -e 's/^(schedules: each the shortest \(breadth first, [0-9]+ states, )[0-9.]+ m?s\)$/\1TIME)/' \
         -e 's/^( +"seconds": )[0-9.e+-]+,$/\1TIME,/' -e 's/^(  "peak_resident_bytes": )[0-9]+,$/\1BYTES,/' "$1"
}

same() {  # same ARGS...: both executables, same stdout, stderr and exit status
  local rc_a=0 rc_b=0
  "$svmlab" "$@" >"$tmp/a.out" 2>"$tmp/a.err" || rc_a=$?
  "$cli" "$@" >"$tmp/b.out" 2>"$tmp/b.err" || rc_b=$?
  compared=$((compared + 1))
  if [ "$1" = explore ] || [ "$1" = matrix ]; then
    normalise "$tmp/a.out" >"$tmp/a.norm" && mv "$tmp/a.norm" "$tmp/a.out"
    normalise "$tmp/b.out" >"$tmp/b.norm" && mv "$tmp/b.norm" "$tmp/b.out"
  fi
  if [ "$rc_a" != "$rc_b" ] || ! cmp -s "$tmp/a.out" "$tmp/b.out" || ! cmp -s "$tmp/a.err" "$tmp/b.err"; then
    echo "FAIL: $*: svmlab exited $rc_a, svmlab-cli $rc_b" >&2
    diff -u "$tmp/a.out" "$tmp/b.out" | head -n 20 >&2 || true
    diff -u "$tmp/a.err" "$tmp/b.err" | head -n 5 >&2 || true
    failures=$((failures + 1))
  elif [ ! -s "$tmp/a.out" ] && [ ! -s "$tmp/a.err" ]; then
    echo "FAIL: $*: no output to compare" >&2
    failures=$((failures + 1))
  fi
}

ids=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$catalogue")
[ -n "$ids" ] || { echo "FAIL: no scenario in $catalogue" >&2; exit 1; }
same list
same list --json
for id in $ids; do
  same run "$id"
  same run "$id" --format json
  same check "$id"
  same check "$id" --json
  # One job: depth first on two, which states a bounded search covered,
  # and the steps it threw away, depend on how the cores were timed.
  same explore "$id" --max-states 20000 --jobs 1
  same explore "$id" --max-states 20000 --jobs 1 --json
  same validate "$(dirname "$catalogue")/$id.json"
done
same matrix --max-states 2000 --jobs 2
# Refused input: the same one line and exit 2 from both.
same run no-such-scenario
same check gfx-exit --variant v9.9
echo "$compared commands compared on $(wc -w <<<"$ids") scenarios, $failures different"
[ "$failures" -eq 0 ]
