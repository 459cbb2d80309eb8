// Explorer benchmarks (PRODUCT.md section 8, "every built-in scenario
// explored exhaustively in under a second"): explore/<scenario>/<variant>,
// one exhaustive exploration each (the explorer's own defaults: reduction on,
// two workers, 2M-state and 1 GiB bounds). Reports the wall time, states,
// transitions, states per second and whether it completed.
//
// Minutes in all: the multi-process scenarios are the slow ones. Filter with
// --benchmark_filter=explore/gfx-exit/ for one scenario.
// SVMLAB_BENCH_EXPLORE_MAX_STATES lowers the state bound (then "complete"
// may be 0).

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "core/explore/explorer.h"
#include "tests/bench/bench_common.h"
#include "tests/core/fixtures.h"

namespace {

void BM_Explore(benchmark::State& state, const std::string& id, const std::string& variant) {
  const auto cfg = fixtures::config(id, variant);
  svm::ExploreOptions opt;
  if (const char* m = std::getenv("SVMLAB_BENCH_EXPLORE_MAX_STATES")) opt.max_states = std::strtoull(m, nullptr, 10);
  svm::ExploreResult r;
  for (auto _ : state) {
    r = svm::explore(cfg, opt);
    state.SetIterationTime(r.seconds);
  }
  state.counters["states"] = static_cast<double>(r.states);
  state.counters["transitions"] = static_cast<double>(r.transitions);
  state.counters["states_per_second"] = r.seconds > 0 ? static_cast<double>(r.states) / r.seconds : 0;
  state.counters["seconds"] = r.seconds;
  state.counters["complete"] = r.complete ? 1 : 0;
  state.counters["violations"] = static_cast<double>(r.violations.size());
  state.counters["bytes"] = static_cast<double>(r.bytes);
}

}  // namespace

int main(int argc, char** argv) {
  for (const std::string& id : bench::catalogue())
    for (const std::string& v : bench::variant_ids())
      benchmark::RegisterBenchmark(("explore/" + id + "/" + v).c_str(), BM_Explore, id, v)
          ->Iterations(1)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
