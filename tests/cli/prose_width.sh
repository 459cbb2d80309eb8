#!/usr/bin/env bash
# The verdicts fit a 72-column terminal, as a reviewer pastes them into a
# mail: no line `check` and `explore` print, and no INCOMPLETE line of
# `run`, is longer than 72 characters, on every built-in scenario in v4.4
# and in its own variant, stopped early or not; nor any line of `list` or
# of a (bounded) `matrix`.
# Two kinds of line are exempt, as a URL is in a mail: the `reproduce:`
# command, which must stay whole to be copied, and a word longer than a
# line. Before, a leak's verdict was one line of 469 columns, an incomplete
# search's first line 196, `list` described a variant in 312 and a
# matrix cell took 88.
#   prose_width.sh SVMLAB CATALOGUE
set -euo pipefail
svmlab=$1 catalogue=$2
outputs=0 failures=0
check() {  # check ARGS...: one command's stdout
  local out long
  out=$("$svmlab" "$@" 2>/dev/null) || true
  outputs=$((outputs + 1))
  if [ -z "$out" ]; then  # a crash prints nothing, and nothing is never too wide
    echo "svmlab $*: no output"
    failures=$((failures + 1))
    return
  fi
  # A line over 72 that is one word after its indent is a word longer than a line.
  long=$(printf '%s\n' "$out" |
         awk 'length > 72 && !/^  reproduce: svmlab run / && !/^ *[^ ]+$/ {printf "  %d columns: %s\n", length, $0}')
  if [ -n "$long" ]; then
    echo "svmlab $*: lines over 72 columns:"
    echo "$long"
    failures=$((failures + 1))
  fi
}
ids=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$catalogue")
[ -n "$ids" ] || { echo "no scenario in $catalogue"; exit 1; }
check list
check matrix --max-states 3000
for id in $ids; do
  check check "$id"
  check check "$id" --variant v4.4
  check check "$id" --max-steps 7
  check explore "$id" --max-states 3000
  check explore "$id" --depth-first --max-states 3000
  out=$("$svmlab" run "$id" --max-steps 7 2>/dev/null | grep -A9 '^INCOMPLETE' || true)
  outputs=$((outputs + 1))
  if printf '%s\n' "$out" | awk 'length > 72 {bad=1} END {exit !bad}'; then
    echo "svmlab run $id --max-steps 7: INCOMPLETE over 72 columns:"
    echo "$out"
    failures=$((failures + 1))
  fi
done
echo "$outputs outputs, $failures with long lines"
[ "$failures" -eq 0 ]
