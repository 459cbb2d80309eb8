#!/usr/bin/env bash
# Fuzz the scenario loader (and the engine behind it) with libFuzzer.
#
#   scripts/fuzz.sh                 60 seconds
#   scripts/fuzz.sh 600             ten minutes
#   scripts/fuzz.sh 60 -jobs=2      extra arguments go to libFuzzer
#   scripts/fuzz.sh --repro FILE    run one input (a finding) and show the report
#
# Builds build/fuzz (clang, core only, ASan + UBSan + libFuzzer), seeds the
# corpus build/fuzz/corpus (kept between runs, outside git) from the built-in
# scenarios and tests/data, and runs tests/fuzz/fuzz_loader with a 10 s
# per-input timeout (hangs are findings) and a 2 GiB RSS limit.
# Exit status: 0 clean, 1 a crash, hang, leak or broken check was found (the
# input is in build/fuzz/findings/; make it a regression test by copying it to
# tests/data/fuzz-regressions/), 2 bad usage or the build failed.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$top/scripts/deps.sh"
build="$top/build/fuzz"
fuzzer="$build/tests/fuzz/fuzz_loader"

repro=""
seconds=60
if [ "${1:-}" = "--repro" ]; then
  [ $# -eq 2 ] || { echo "usage: scripts/fuzz.sh --repro FILE" >&2; exit 2; }
  repro=$2
  shift 2
elif [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
  seconds=$1
  shift
fi
case "${1:-}" in
  -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  ""|-*) ;;
  *) echo "usage: scripts/fuzz.sh [SECONDS] [-libfuzzer-flag=...]... | --repro FILE" >&2; exit 2 ;;
esac

svmlab_ensure_packages cmake ninja-build clang libclang-rt-14-dev libc++-14-dev libc++abi-14-dev nlohmann-json3-dev

echo "== build: $build"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$top" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSVMLAB_FUZZ=ON -DSVMLAB_CORE_ONLY=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON >/dev/null || exit 2
fi
cmake --build "$build" --target fuzz_loader -j "${SVMLAB_JOBS:-2}" || exit 2

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

if [ -n "$repro" ]; then
  exec "$fuzzer" -timeout=10 -rss_limit_mb=2048 "$repro"
fi

# Seeds: every built-in scenario, every test input, every past finding.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$build/corpus" "$build/findings"
cp "$top"/resources/scenarios/*.json "$seeds"/
find "$top/tests/data" -type f -exec cp {} "$seeds"/ \;

before=$(find "$build/findings" -type f | wc -l)
log="$build/last-run.log"
echo "== fuzz: ${seconds}s, corpus $build/corpus, log $log"
set +e
"$fuzzer" "$build/corpus" "$seeds" \
  -dict="$top/tests/fuzz/scenario.dict" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$build/findings/" -print_final_stats=1 "$@" 2>&1 | tee "$log" | grep -E --line-buffered \
  '^#[0-9]+[[:space:]]+(INITED|DONE|pulse)|ERROR|WARNING|SUMMARY|fuzz_loader:|Test unit written|stat::' 
rc=${PIPESTATUS[0]}
set -e
after=$(find "$build/findings" -type f | wc -l)

echo "== corpus: $(find "$build/corpus" -type f | wc -l) inputs"
if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
  echo "== FOUND a problem (libFuzzer exit $rc); the input:" >&2
  find "$build/findings" -type f -newer "$seeds" -printf '   %p\n' >&2
  echo "   reproduce: scripts/fuzz.sh --repro FILE; keep it: cp FILE tests/data/fuzz-regressions/NAME.json" >&2
  exit 1
fi
echo "== clean"
