#pragma once
// Running a scenario: the trace of every step and the snapshot after it.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/chunked_vector.h"
#include "core/engine/config.h"
#include "core/engine/machine.h"
#include "core/engine/state_store.h"
#include "core/engine/trace.h"
#include "core/engine/violation.h"

namespace svm {

// The safety bound on a run. A scenario file has no loops (its threads run
// scripts of at most a few hundred actions, and retries are bounded), so every
// run ends long before it; the bound only stops a model bug from running
// forever. A run that reaches it is not complete and says so (Trace::bound);
// the command line exits 3 (docs/scenario-format.md).
inline constexpr size_t kMaxRunSteps = 10'000'000;

struct Trace {
  std::shared_ptr<const Config> cfg;
  // states[0]: the booted machine; states[i]: after steps[i-1]. Checkpoints
  // and replay (state_store.h): read a state by value, keep the Machine.
  StateStore states;
  ChunkedVector<StepRecord> steps;  // records never move: a long trace grows without copying itself
  std::vector<Violation> end;     // found at the end: leaks, deadlock
  bool complete = false;          // ran until no thread could step
  std::string schedule_error;     // why a forced schedule stopped early
  // Why the run stopped at a bound before its end (then `end` is not
  // checked): what "the run" did, translatable ("the run %1").
  Text bound;
  std::vector<int> schedule;      // the RunOptions::schedule it ran (the default schedule continued after it)
  // Whether its threads, step for step, are those of the scenario's own run
  // (its `schedule`, then the default schedule) and it stopped where that
  // run stops: the mail names a --schedule only when not, and knows it
  // without simulating again. Set by simulate(); a trace built by hand
  // leaves own_run_known false (then the reader simulates to find out).
  size_t own_prefix = 0;          // how many first steps the own run takes too
  bool own_run = false;
  bool own_run_known = false;

  size_t size() const { return steps.size(); }
  std::vector<Violation> violations() const;  // during the run, then at the end
};

struct RunOptions {
  std::vector<int> schedule;  // thread per step; the default schedule continues after it
  size_t max_steps = kMaxRunSteps;
  // false: Trace::states keeps only the latest state, not one per step. For
  // a verdict (check): its violations and their causes live in the step
  // records, and memory stays flat however long the run.
  bool keep_states = true;
};

Trace simulate(std::shared_ptr<const Config> cfg, const RunOptions& opt = {});
// The same run, but taking base's first `at` steps and the state after them
// as they are instead of stepping them again: opt.schedule must agree with
// base's threads up to `at` (a thread chosen in the GUI at step `at`). The
// model is deterministic, so the result equals simulate(base.cfg, opt).
Trace simulate_from(const Trace& base, size_t at, const RunOptions& opt);

// "app,app,prq" or "app*12,prq*3": thread names, one per step.
std::optional<std::vector<int>> parse_schedule(const Config& cfg, std::string_view text, std::string* error);
std::string format_schedule(const Config& cfg, const std::vector<int>& s, bool compact);

}  // namespace svm
