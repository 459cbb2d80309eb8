// The patch matrix benchmark (issue #19: "the whole built-in matrix in under
// 60 s on two cores"): every built-in scenario x the 16 hunk sets of
// e57e58bd, explored exhaustively, cells two at a time (or --jobs from
// SVMLAB_BENCH_MATRIX_JOBS). Reports the wall time, the cells, the states
// and whether every cell completed.

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "core/patch/matrix.h"
#include "tests/bench/bench_common.h"
#include "tests/core/fixtures.h"

namespace {

void BM_Matrix(benchmark::State& state) {
  std::vector<std::shared_ptr<const svm::Scenario>> scenarios;
  for (const std::string& id : bench::catalogue()) scenarios.push_back(fixtures::builtin(id));
  svm::MatrixOptions opt;
  opt.jobs = 2;
  if (const char* j = std::getenv("SVMLAB_BENCH_MATRIX_JOBS")) opt.jobs = static_cast<unsigned>(std::strtoul(j, nullptr, 10));
  opt.explore.max_bytes = size_t(4) << 30;
  svm::MatrixResult m;
  for (auto _ : state) {
    m = svm::run_matrix(scenarios, opt);
    state.SetIterationTime(m.seconds);
  }
  size_t states = 0;
  for (const auto& c : m.cells) states += c.states;
  state.counters["cells"] = static_cast<double>(m.cells.size());
  state.counters["states"] = static_cast<double>(states);
  state.counters["seconds"] = m.seconds;
  state.counters["complete"] = m.complete() ? 1 : 0;
  state.counters["jobs"] = opt.jobs;
}

}  // namespace

BENCHMARK(BM_Matrix)->Name("matrix/builtin")->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK_MAIN();
