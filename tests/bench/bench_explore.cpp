// Explorer benchmarks (PRODUCT.md section 8):
//   explore/<scenario>/<variant>   every built-in, exhaustive in under a second
//   explore_race/accel-dma-during-exit/v4.5
//                                  the exit race: >= 2.5 M states/s
//   explore_class/<file>/v4.5      the class-sized scenarios of tests/data
//                                  (four symmetric processes, four DMA
//                                  devices): exhaustive in < 10 s and < 500 MB
//   explore_race_depth_first/..., explore_class_depth_first/...
//                                  the same, searched depth first (both cores)
//   explore_race_default/..., explore_class_default/...
//                                  the same, searched as the command line and
//                                  the GUI do: depth first, then each
//                                  violation found with its shortest
//                                  schedule (shortest_schedules: from the
//                                  search's graph, or breadth first)
//   explore_symmetry/two-symmetric-processes/v4.5/{on,off}
//                                  the symmetry reduction, with and without
//   explore_canonical/{two,three}-symmetric-processes/v4.5/{on,off}
//                                  canonical frame and object numbers, with
//                                  and without (three: off stops at 30M)
//   explore_dead_registers/{two,three}-symmetric-processes/v4.5/{on,off}
//                                  dead device registers forgotten, with
//                                  and without
// one exploration each, with the explorer's own defaults (reduction on, two
// workers, 4M-state and 1 GiB bounds), except that a class-sized scenario may
// take 30M states: four-dma-devices needed 7M to finish (2.6M now), and a
// budget it cannot meet should say how far from it it is, not "stopped at
// 4M". Reports the wall time, states,
// transitions, states per second, bytes per stored state (visited table and
// parent links, at the end), the peak resident memory of the process during
// the search, and whether it completed.
//
// Wall figures on a shared machine move with its load; scripts/bench.sh
// --callgrind adds instruction counts per state for the exit race, which do
// not. Minutes in all: filter with --benchmark_filter=explore/gfx-exit/.
// SVMLAB_BENCH_EXPLORE_MAX_STATES lowers the state bound (then "complete"
// may be 0); SVMLAB_BENCH_EXPLORE_WORKERS sets the worker threads. The exit
// race is searched seven times and reported by the median search (its
// "searches" counter); SVMLAB_BENCH_EXPLORE_SEARCHES sets how many.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "core/driver/variant.h"
#include "core/explore/explorer.h"
#include "core/scenario/loader.h"
#include "tests/bench/bench_common.h"
#include "tests/core/fixtures.h"

namespace {

// How a benchmark searches: ExploreOptions' default, depth first, or the
// command line's default (depth first, then the shortest schedules).
enum class Order { kBreadthFirst, kDepthFirst, kDefault };

void run(benchmark::State& state, const std::shared_ptr<const svm::Config>& cfg, size_t max_states = 0,
         Order order = Order::kBreadthFirst, bool symmetry = true, bool canonical = true, bool dead = true, int searches = 1) {
  svm::ExploreOptions opt;
  opt.dead_registers = dead;
  opt.depth_first = order != Order::kBreadthFirst;
  opt.shortest_schedules = order == Order::kDefault;
  opt.symmetry = symmetry;
  opt.canonical_frames = opt.canonical_objects = canonical;
  if (max_states) opt.max_states = max_states;
  if (const char* m = std::getenv("SVMLAB_BENCH_EXPLORE_MAX_STATES")) opt.max_states = std::strtoull(m, nullptr, 10);
  if (const char* w = std::getenv("SVMLAB_BENCH_EXPLORE_WORKERS")) opt.workers = static_cast<unsigned>(std::strtoul(w, nullptr, 10));
  if (const char* n = std::getenv("SVMLAB_BENCH_EXPLORE_SEARCHES")) searches = std::max(1, std::atoi(n));
  svm::ExploreResult r;
  double fastest = 0, slowest = 0;
  for (auto _ : state) {
    // The median of several searches, for a search of a few milliseconds:
    // one alone moved by 10% with the machine's load from run to run.
    std::vector<double> seconds;
    for (int i = 0; i < searches; ++i) {
      r = svm::explore(cfg, opt);
      seconds.push_back(r.seconds);
    }
    std::sort(seconds.begin(), seconds.end());
    r.seconds = seconds[seconds.size() / 2];
    fastest = seconds.front();
    slowest = seconds.back();
    state.SetIterationTime(r.seconds);
  }
  state.counters["searches"] = searches;
  state.counters["states"] = static_cast<double>(r.states);
  state.counters["transitions"] = static_cast<double>(r.transitions);
  state.counters["steps"] = static_cast<double>(r.steps);
  state.counters["states_per_second"] = r.seconds > 0 ? static_cast<double>(r.states) / r.seconds : 0;
  state.counters["seconds"] = r.seconds;
  // The spread of the searches, so that a reader sees how much the host
  // moved the median (by up to a quarter, from one run to the next).
  state.counters["seconds_fastest"] = fastest;
  state.counters["seconds_slowest"] = slowest;
  state.counters["complete"] = r.complete ? 1 : 0;
  state.counters["violations"] = static_cast<double>(r.violations.size());
  state.counters["bytes"] = static_cast<double>(r.bytes);
  state.counters["bytes_per_state"] = r.states ? static_cast<double>(r.stored_bytes) / static_cast<double>(r.states) : 0;
  state.counters["shortening_states"] = static_cast<double>(r.shortening_states);
  state.counters["shortening_seconds"] = r.shortening_seconds;
}

void BM_Explore(benchmark::State& state, const std::string& id, const std::string& variant) {
  run(state, fixtures::config(id, variant));
}

// The exit race: 28 k states in under 30 ms, the median of seven searches.
void BM_ExploreRace(benchmark::State& state, Order order) {
  run(state, fixtures::config("accel-dma-during-exit", "v4.5"), 0, order, true, true, true, 7);
}

void BM_ExploreFile(benchmark::State& state, const std::string& file, const std::string& variant, Order order,
                    bool symmetry, bool canonical, bool dead) {
  const svm::LoadResult l = svm::load_scenario_file(bench::source_dir() + "/tests/data/" + file + ".json");
  auto cfg = std::make_shared<svm::Config>();
  if (!l || !svm::make_config(std::make_shared<const svm::Scenario>(*l.scenario), *svm::find_variant(variant), *cfg).empty()) {
    state.SkipWithError(("cannot load tests/data/" + file + ".json").c_str());
    return;
  }
  run(state, cfg, 30'000'000, order, symmetry, canonical, dead);
}

}  // namespace

int main(int argc, char** argv) {
  for (const std::string& id : bench::catalogue())
    for (const std::string& v : bench::variant_ids())
      benchmark::RegisterBenchmark(("explore/" + id + "/" + v).c_str(), BM_Explore, id, v)
          ->Iterations(1)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
  const std::pair<Order, const char*> orders[] = {
      {Order::kBreadthFirst, ""}, {Order::kDepthFirst, "_depth_first"}, {Order::kDefault, "_default"}};
  for (const auto& [order, suffix] : orders)
    benchmark::RegisterBenchmark((std::string("explore_race") + suffix + "/accel-dma-during-exit/v4.5").c_str(), BM_ExploreRace,
                                 order)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  for (const auto& [order, suffix] : orders)
    for (const char* f : {"four-symmetric-processes", "four-dma-devices"})
      benchmark::RegisterBenchmark((std::string("explore_class") + suffix + "/" + f + "/v4.5").c_str(), BM_ExploreFile, f,
                                   "v4.5", order, true, true, true)
          ->Iterations(1)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
  // The symmetry reduction's effect, side by side: two processes with one
  // script, depth first, with and without it.
  for (const bool on : {true, false})
    benchmark::RegisterBenchmark((std::string("explore_symmetry/two-symmetric-processes/v4.5/") + (on ? "on" : "off")).c_str(),
                                 BM_ExploreFile, "two-symmetric-processes", "v4.5", Order::kDepthFirst, on, true, true)
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  // Canonical frame and object numbers, side by side, symmetry on.
  for (const char* f : {"two-symmetric-processes", "three-symmetric-processes"})
    for (const bool on : {true, false})
      benchmark::RegisterBenchmark((std::string("explore_canonical/") + f + "/v4.5/" + (on ? "on" : "off")).c_str(),
                                   BM_ExploreFile, f, "v4.5", Order::kDepthFirst, true, on, true)
          ->Iterations(1)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
  // Dead device registers forgotten, side by side, everything else on.
  for (const char* f : {"two-symmetric-processes", "three-symmetric-processes"})
    for (const bool on : {true, false})
      benchmark::RegisterBenchmark((std::string("explore_dead_registers/") + f + "/v4.5/" + (on ? "on" : "off")).c_str(),
                                   BM_ExploreFile, f, "v4.5", Order::kDepthFirst, true, true, on)
          ->Iterations(1)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
