// Core benchmarks (PRODUCT.md section 8, "Core: millions of steps per second;
// a snapshot per step costs kilobytes, not more").
//
//   simulate/<scenario>        a whole run in the scenario's own variant,
//                              recorded as a trace (a snapshot, the source
//                              text, notes and counter changes per step);
//                              items_per_second = steps per second
//   step/<scenario>            the same run without a trace: one machine
//                              stepped in place and checked at every step,
//                              as the explorer and a headless check step it
//   snapshot/<scenario>        what each step's snapshot costs on its own:
//                              Machine::unshared_bytes(previous), mean and max
//   long_trace_100k            a 100,000-step trace (a process that maps,
//                              touches and unmaps a buffer over and over):
//                              steps per second, bytes per step as the heap
//                              sees it (mallinfo2) and as unshared_bytes
//                              estimates it (over the first and the last
//                              thousand steps too), and the whole trace's size
//
// Counters are what scripts/bench.sh reads; times are the usual ones.

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <memory>

#include "core/engine/config.h"
#include "core/engine/boot.h"
#include "core/engine/run.h"
#include "core/engine/step.h"
#include "tests/bench/bench_common.h"
#include "tests/core/fixtures.h"

namespace {

std::shared_ptr<const svm::Config> own_config(const std::string& id) {
  auto s = fixtures::builtin(id);
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(s, *svm::find_variant(s->variant), *cfg);
  if (!e.empty()) throw std::runtime_error(e);
  return cfg;
}

void BM_Simulate(benchmark::State& state, const std::string& id) {
  const auto cfg = own_config(id);
  size_t steps = 0;
  for (auto _ : state) {
    svm::Trace t = svm::simulate(cfg);
    steps += t.steps.size();
    benchmark::DoNotOptimize(t);
  }
  state.SetItemsProcessed(static_cast<int64_t>(steps));
  state.counters["steps"] = static_cast<double>(steps) / static_cast<double>(state.iterations());
}

void BM_Step(benchmark::State& state, const std::string& id) {
  const auto cfg = own_config(id);
  size_t steps = 0;
  std::vector<svm::Violation> violations;
  for (auto _ : state) {
    svm::Machine m = svm::boot(*cfg);
    for (int last = -1;;) {
      const int tid = svm::default_pick(m, *cfg, last);
      if (tid < 0) break;
      svm::StepSink sink{nullptr, &violations, false};
      svm::step(m, *cfg, tid, sink);
      last = tid;
      ++steps;
    }
    benchmark::DoNotOptimize(m);
    violations.clear();
  }
  state.SetItemsProcessed(static_cast<int64_t>(steps));
  state.counters["steps"] = static_cast<double>(steps) / static_cast<double>(state.iterations());
}

void BM_Snapshot(benchmark::State& state, const std::string& id) {
  const auto cfg = own_config(id);
  double mean = 0, worst = 0, first = 0;
  for (auto _ : state) {
    const svm::Trace t = svm::simulate(cfg);
    size_t total = 0, mx = 0;
    for (size_t i = 1; i < t.states.size(); ++i) {
      const size_t b = t.states[i].unshared_bytes(&t.states[i - 1]);
      total += b;
      mx = std::max(mx, b);
    }
    mean = t.steps.empty() ? 0 : static_cast<double>(total) / static_cast<double>(t.steps.size());
    worst = static_cast<double>(mx);
    first = static_cast<double>(t.states[0].unshared_bytes(nullptr));
  }
  state.counters["bytes_per_step"] = mean;
  state.counters["max_bytes_per_step"] = worst;
  state.counters["boot_state_bytes"] = first;
}

// A process that opens and binds the device, then maps a 4-page buffer,
// writes two pages, reads one, unmaps it, again and again: munmap sends
// invalidate_range to the bound PASID each time. Built in C++: the file
// format bounds a process to 256 actions, the engine does not.
std::shared_ptr<const svm::Config> long_config(size_t rounds) {
  auto s = std::make_shared<svm::Scenario>();
  s->id = "long-trace";
  s->title = "map, touch, unmap, over and over";
  s->variant = "v4.5";
  svm::DeviceSpec d;
  d.name = "accel0";
  d.sid = 0x0020;
  d.portal_pfn = 0xfd000;
  s->devices.push_back(d);
  svm::ProcessSpec p;
  p.name = "app";
  auto act = [&](svm::ActionType t) -> svm::Action& {
    svm::Action a;
    a.type = t;
    p.actions.push_back(a);
    return p.actions.back();
  };
  act(svm::ActionType::Open).device = "accel0";
  p.actions.back().name = "acc";
  act(svm::ActionType::Bind).fd = "acc";
  const uint64_t buf = 0x600000;
  for (size_t r = 0; r < rounds; ++r) {
    auto& m = act(svm::ActionType::MmapAnon);
    m.addr = buf;
    m.pages = 4;
    auto& w1 = act(svm::ActionType::Touch);
    w1.addr = buf;
    w1.write = true;
    auto& w2 = act(svm::ActionType::Touch);
    w2.addr = buf + 0x2000;
    w2.write = true;
    act(svm::ActionType::Touch).addr = buf + 0x1000;
    auto& u = act(svm::ActionType::Munmap);
    u.addr = buf;
    u.pages = 4;
  }
  act(svm::ActionType::Exit);
  s->processes.push_back(std::move(p));
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(s, *svm::find_variant("v4.5"), *cfg);
  if (!e.empty()) throw std::runtime_error(e);
  return cfg;
}

size_t heap_in_use() {
  const struct mallinfo2 mi = mallinfo2();
  return mi.uordblks + mi.hblkhd;
}

void BM_LongTrace(benchmark::State& state) {
  constexpr size_t kSteps = 100000;
  // Enough rounds to pass 100k steps; the run stops at max_steps.
  const auto cfg = long_config(4000);
  svm::RunOptions opt;
  opt.max_steps = kSteps;
  double heap_per_step = 0, unshared_per_step = 0, heap_total = 0, first_1k = 0, last_1k = 0;
  size_t steps = 0;
  for (auto _ : state) {
    state.PauseTiming();
    malloc_trim(0);
    const size_t before = heap_in_use();
    state.ResumeTiming();
    auto t = std::make_unique<svm::Trace>(svm::simulate(cfg, opt));
    state.PauseTiming();
    const size_t after = heap_in_use();
    steps += t->steps.size();
    size_t unshared = 0, first = 0, last = 0;
    const size_t n_states = t->states.size();
    for (size_t i = 1; i < n_states; ++i) {
      const size_t b = t->states[i].unshared_bytes(&t->states[i - 1]);
      unshared += b;
      if (i <= 1000) first += b;
      if (i + 1000 >= n_states) last += b;
    }
    first_1k = static_cast<double>(first) / 1000.0;
    last_1k = static_cast<double>(last) / 1000.0;
    const double n = static_cast<double>(t->steps.size());
    heap_total = static_cast<double>(after - before);
    heap_per_step = heap_total / n;
    unshared_per_step = static_cast<double>(unshared) / n;
    if (t->steps.size() < kSteps) state.SkipWithError("the long scenario ended before 100k steps");
    t.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<int64_t>(steps));
  state.counters["steps"] = static_cast<double>(steps) / static_cast<double>(state.iterations());
  state.counters["heap_bytes_per_step"] = heap_per_step;
  state.counters["heap_bytes_total"] = heap_total;
  state.counters["unshared_bytes_per_step"] = unshared_per_step;
  // Does a step cost more late in a long trace than early? (State that grows
  // with history is copied whole by every step that writes it.)
  state.counters["unshared_bytes_per_step_first_1k"] = first_1k;
  state.counters["unshared_bytes_per_step_last_1k"] = last_1k;
}

}  // namespace

int main(int argc, char** argv) {
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("simulate/" + id).c_str(), BM_Simulate, id)->Unit(benchmark::kMicrosecond);
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("step/" + id).c_str(), BM_Step, id)->Unit(benchmark::kMicrosecond);
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("snapshot/" + id).c_str(), BM_Snapshot, id)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("long_trace_100k", BM_LongTrace)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
