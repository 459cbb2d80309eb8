#!/usr/bin/env bash
# Build and run every benchmark, then print one table against the budgets of
# PRODUCT.md section 8 (metric, scenario, value, budget, met / NOT MET).
#
#   scripts/bench.sh                   default preset (build/default), everything
#   scripts/bench.sh --skip-explore    without the explorer (it takes minutes)
#   scripts/bench.sh --build-dir DIR   an already configured build directory
#   scripts/bench.sh --filter REGEX    only the benchmarks whose name matches
#   scripts/bench.sh --callgrind       also count, under callgrind, the explorer's
#                                      instructions per state on the exit race and
#                                      the traced engine's per step on the
#                                      built-ins (stable where wall time is not;
#                                      slow)
#
# Each program's console output and JSON go to BUILD/bench/. Exit status: 0
# when the benchmarks ran (budgets not met are in the table, not the status),
# 1 when one failed to run, 2 bad usage or the build failed.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$top/scripts/deps.sh"
cd "$top"

build="" skip_explore=0 filter="" callgrind=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$(cd "${2:?--build-dir DIR}" && pwd); shift 2 ;;
    --skip-explore) skip_explore=1; shift ;;
    --filter) filter=${2:?--filter REGEX}; shift 2 ;;
    --callgrind) callgrind=1; shift ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: scripts/bench.sh [--build-dir DIR] [--skip-explore] [--filter REGEX] [--callgrind]" >&2; exit 2 ;;
  esac
done

svmlab_ensure_packages "${svmlab_packages_build[@]}"
[ "$callgrind" = 1 ] && svmlab_ensure_packages "${svmlab_packages_bench[@]}"
programs=(bench_core bench_gui)
[ "$skip_explore" = 1 ] && [ "$callgrind" = 0 ] || programs+=(bench_explore)

if [ -z "$build" ]; then
  build="$top/build/default"
  [ -f "$build/build.ninja" ] || cmake --preset default -S "$top" >/dev/null || exit 2
fi
echo "== build: $build" >&2
cmake --build "$build" --target "${programs[@]}" bench_report -j "${SVMLAB_JOBS:-2}" >"$build/bench-build.log" 2>&1 || {
  tail -n 30 "$build/bench-build.log" >&2
  echo "bench: the build failed (log: $build/bench-build.log); is libbenchmark-dev installed and SVMLAB_BUILD_BENCH on?" >&2
  exit 2
}

out="$build/bench"
rm -rf "$out"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen SVMLAB_SOURCE_DIR="$top"
status=0
for p in "${programs[@]}"; do
  echo "== run: $p (console output: $out/$p.txt)" >&2
  args=(--benchmark_out="$out/$p.json" --benchmark_out_format=json)
  [ -n "$filter" ] && args+=(--benchmark_filter="$filter")
  if ! "$build/tests/bench/$p" "${args[@]}" >"$out/$p.txt" 2>&1; then
    echo "bench: $p failed; the end of its output:" >&2
    tail -n 20 "$out/$p.txt" >&2
    status=1
  fi
done
jsons=()
for p in "${programs[@]}"; do [ -s "$out/$p.json" ] && jsons+=("$out/$p.json"); done
[ ${#jsons[@]} -gt 0 ] || exit 1
echo
"$build/tests/bench/bench_report" "${jsons[@]}"

if [ "$callgrind" = 1 ]; then
  # One search of the exit race on one worker under callgrind (it serialises
  # threads anyway): instructions per state, start-up and boot included.
  echo "== callgrind: explore_race (console output: $out/callgrind.txt)" >&2
  if SVMLAB_BENCH_EXPLORE_WORKERS=1 SVMLAB_BENCH_EXPLORE_SEARCHES=1 valgrind --tool=callgrind --callgrind-out-file="$out/explore_race.callgrind" \
       "$build/tests/bench/bench_explore" --benchmark_filter='^explore_race/' \
       --benchmark_out="$out/explore_race_callgrind.json" --benchmark_out_format=json >"$out/callgrind.txt" 2>&1; then
    ir=$(sed -n 's/^totals: \([0-9]*\).*/\1/p' "$out/explore_race.callgrind")
    states=$(grep -o '"states": [0-9.e+]*' "$out/explore_race_callgrind.json" | head -n 1 | awk '{printf "%d", $2}')
    echo
    printf 'callgrind, exit race (accel-dma-during-exit v4.5): %s instructions, %s states, %s instructions/state\n' \
      "$ir" "$states" "$((ir / states))"
    echo "  (top functions: callgrind_annotate $out/explore_race.callgrind | head -40)"
  else
    echo "bench: callgrind failed; the end of its output:" >&2
    tail -n 20 "$out/callgrind.txt" >&2
    status=1
  fi
  # The traced engine: one run of each built-in, counting only simulate()
  # and the trace's destruction (not loading the scenario).
  echo "== callgrind: simulate (console output: $out/callgrind_simulate.txt)" >&2
  if valgrind --tool=callgrind --callgrind-out-file="$out/simulate.callgrind" \
       --toggle-collect='svm::simulate(*' --toggle-collect='svm::Trace::~Trace*' \
       "$build/tests/bench/bench_core" --benchmark_filter='^simulate/' --benchmark_min_time=0.000001 \
       --benchmark_out="$out/simulate_callgrind.json" --benchmark_out_format=json >"$out/callgrind_simulate.txt" 2>&1; then
    ir=$(sed -n 's/^totals: \([0-9]*\).*/\1/p' "$out/simulate.callgrind")
    steps=$(awk -F': ' '/"iterations":/ {it = $2 + 0} /"steps":/ {n += it * ($2 + 0)} END {printf "%d", n}' "$out/simulate_callgrind.json")
    printf 'callgrind, traced engine (simulate, every built-in): %s instructions, %s steps, %s instructions/step\n' \
      "$ir" "$steps" "$((ir / steps))"
    echo "  (top functions: callgrind_annotate $out/simulate.callgrind | head -40)"
  else
    echo "bench: callgrind failed; the end of its output:" >&2
    tail -n 20 "$out/callgrind.txt" >&2
    status=1
  fi
fi
exit $status
