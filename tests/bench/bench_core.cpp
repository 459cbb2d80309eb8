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
//   snapshot/<scenario>        what a trace costs per step as the heap sees
//                              it (mallinfo2): step records, checkpoints and
//                              the thread of every step (state_store.h)
//   check_long                 `svmlab check` of tests/data/leak-after-245-dmas
//                              (50,083 steps, a v4.4 leak): the run keeping one
//                              state, then the leak's why chain (which replays
//                              the states once); seconds, and the heap held
//                              after each (not the transient peak inside)
//   long_trace_1m              a 1,000,000-step trace (a process that maps,
//                              touches and unmaps a buffer over and over):
//                              traced steps per second, heap bytes per step
//                              over the first 100k steps and over all 1M
//                              (flat: the two agree), and the time to read
//                              the state at a random step (the GUI slider's
//                              seek: a checkpoint replayed forward)
//
// Counters are what scripts/bench.sh reads; times are the usual ones.

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <random>
#include <ctime>
#include <memory>

#include "core/engine/config.h"
#include "core/engine/boot.h"
#include "core/engine/run.h"
#include "core/engine/step.h"
#include "core/report/why.h"
#include "core/scenario/json_doc.h"
#include "core/scenario/loader.h"
#include "core/driver/variant.h"
#include <chrono>
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

size_t heap_in_use();

void BM_CheckLong(benchmark::State& state) {
  const svm::LoadResult l = svm::load_scenario_file(bench::source_dir() + "/tests/data/leak-after-245-dmas.json");
  if (!l) {
    state.SkipWithError("cannot load tests/data/leak-after-245-dmas.json");
    return;
  }
  auto cfg = std::make_shared<svm::Config>();
  svm::make_config(std::make_shared<const svm::Scenario>(*l.scenario), *svm::find_variant(l.scenario->variant), *cfg);
  double seconds = 0, steps = 0, links = 0, heap = 0;
  for (auto _ : state) {
    malloc_trim(0);
    const size_t before = heap_in_use();
    const auto t0 = std::chrono::steady_clock::now();
    svm::RunOptions o;
    o.keep_states = false;  // as check runs it
    const svm::Trace t = svm::simulate(cfg, o);
    heap = std::max(heap, static_cast<double>(heap_in_use() - std::min(before, heap_in_use())));
    for (const svm::Violation& v : t.violations()) links += static_cast<double>(svm::why_chain(v, t).size());
    heap = std::max(heap, static_cast<double>(heap_in_use() - std::min(before, heap_in_use())));
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    steps = static_cast<double>(t.steps.size());
    state.SetIterationTime(seconds);
  }
  state.counters["seconds"] = seconds;
  state.counters["steps"] = steps;
  state.counters["why_links"] = links;
  state.counters["heap_bytes"] = heap;
}

void BM_Snapshot(benchmark::State& state, const std::string& id) {
  const auto cfg = own_config(id);
  double per_step = 0;
  for (auto _ : state) {
    malloc_trim(0);
    const size_t before = heap_in_use();
    auto t = std::make_unique<svm::Trace>(svm::simulate(cfg));
    const size_t after = heap_in_use();
    per_step = t->steps.empty() ? 0 : static_cast<double>(after - before) / static_cast<double>(t->steps.size());
    benchmark::DoNotOptimize(t);
  }
  state.counters["bytes_per_step"] = per_step;
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

// Heap bytes per step of a `steps`-step trace of the long scenario, and the
// trace itself when `keep` (for the seek test).
struct LongRun {
  double seconds = 0, heap_per_step = 0, heap_total = 0;
  size_t steps = 0;
  std::unique_ptr<svm::Trace> trace;
};

LongRun long_run(const std::shared_ptr<const svm::Config>& cfg, size_t steps) {
  svm::RunOptions opt;
  opt.max_steps = steps;
  LongRun r;
  malloc_trim(0);
  const size_t before = heap_in_use();
  // Process CPU time: the steps/s figure must not depend on how busy the
  // shared machine is (wall time is what Google Benchmark reports beside it).
  auto cpu_s = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  };
  const double t0 = cpu_s();
  r.trace = std::make_unique<svm::Trace>(svm::simulate(cfg, opt));
  r.seconds = cpu_s() - t0;
  const size_t after = heap_in_use();
  r.steps = r.trace->steps.size();
  r.heap_total = static_cast<double>(after - before);
  r.heap_per_step = r.heap_total / static_cast<double>(r.steps);
  return r;
}

void BM_LongTrace(benchmark::State& state) {
  constexpr size_t kSteps = 1'000'000, kEarly = 100'000;
  // Enough rounds to pass 1M steps; the run stops at max_steps.
  const auto cfg = long_config(40000);
  double sps = 0, early = 0, whole = 0, total = 0, seek_mean_us = 0, seek_max_us = 0, checkpoints = 0;
  size_t steps = 0;
  for (auto _ : state) {
    early = long_run(cfg, kEarly).heap_per_step;  // freed before the long run
    LongRun b = long_run(cfg, kSteps);
    state.SetIterationTime(b.seconds);
    steps += b.steps;
    sps = static_cast<double>(b.steps) / b.seconds;
    whole = b.heap_per_step;
    total = b.heap_total;
    checkpoints = static_cast<double>(b.trace->states.checkpoints());
    if (b.steps < kSteps) state.SkipWithError("the long scenario ended before 1M steps");
    // The slider: the state at 1000 random steps, each a seek away from the last.
    std::mt19937_64 rng(21);
    std::uniform_int_distribution<size_t> pick(0, b.trace->states.size() - 1);
    double sum = 0, mx = 0;
    constexpr int kSeeks = 1000;
    // Thread CPU time, not wall time: on a shared machine a preempted seek
    // would otherwise read as a slow one.
    auto cpu_us = [] {
      timespec ts{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
      return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
    };
    for (int i = 0; i < kSeeks; ++i) {
      const size_t at = pick(rng);
      const double t0 = cpu_us();
      const svm::Machine m = b.trace->states[at];
      benchmark::DoNotOptimize(m);
      const double us = cpu_us() - t0;
      sum += us;
      mx = std::max(mx, us);
    }
    seek_mean_us = sum / kSeeks;
    seek_max_us = mx;
  }
  state.SetItemsProcessed(static_cast<int64_t>(steps));
  state.counters["steps"] = static_cast<double>(steps) / static_cast<double>(state.iterations());
  state.counters["steps_per_second"] = sps;
  state.counters["heap_bytes_per_step"] = whole;
  state.counters["heap_bytes_per_step_first_100k"] = early;
  state.counters["heap_bytes_total"] = total;
  state.counters["checkpoints"] = checkpoints;
  state.counters["seek_mean_us"] = seek_mean_us;
  state.counters["seek_max_us"] = seek_max_us;
}

// A scenario file as big as the parser takes (json::Limits::max_bytes, 1
// MiB), with a duplicate key at its very end: what an untrusted file can
// make validate do. Made of 520,000 small numbers, or of an object of
// 90,000 keys. Positions were counted from the start of the text for each
// token (400 KB of numbers: 29 s), and a key was looked for among its
// object's by a scan (90,000 keys: 17 s).
void BM_ParseLargest(benchmark::State& state, bool keys) {
  std::string text = "{\"a\": ";
  if (keys) {
    text += "{";
    for (int i = 0; i < 90000; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    text += "}";
  } else {
    text += "[";
    for (int i = 0; i < 520000; ++i) text += i ? ",1" : "1";
    text += "]";
  }
  text += ", \"a\": 1}";
  if (text.size() > svm::json::Limits{}.max_bytes) {
    state.SkipWithError("the document is bigger than the parser takes");
    return;
  }
  for (auto _ : state) {
    svm::json::ParseError err;
    benchmark::DoNotOptimize(svm::json::parse(text, err));
    if (err.message.find("duplicate key") == std::string::npos) state.SkipWithError("the duplicate key was not found");
  }
  state.counters["bytes"] = static_cast<double>(text.size());
}

}  // namespace

int main(int argc, char** argv) {
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("simulate/" + id).c_str(), BM_Simulate, id)->Unit(benchmark::kMicrosecond);
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("step/" + id).c_str(), BM_Step, id)->Unit(benchmark::kMicrosecond);
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("snapshot/" + id).c_str(), BM_Snapshot, id)->Iterations(1)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("check_long", BM_CheckLong)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("parse_largest_scenario/numbers", BM_ParseLargest, false)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("parse_largest_scenario/keys", BM_ParseLargest, true)->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("long_trace_1m", BM_LongTrace)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
