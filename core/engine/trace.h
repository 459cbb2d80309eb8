#pragma once
// One record per step, as Python Tutor keeps one entry per executed line:
// which thread ran, in which function of which file, at what call depth, what
// it did in words, which counters it changed, and what went wrong. Together
// with the snapshot after each step this is the trace every view renders.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ids.h"
#include "core/base/text.h"
#include "core/engine/call_chain.h"
#include "core/engine/fn_id.h"
#include "core/engine/machine.h"
#include "core/engine/milestone.h"
#include "core/engine/step_text.h"
#include "core/engine/violation.h"

namespace svm {

struct CounterChange {
  ObjId obj;
  std::string counter;  // "mm_users", "mm_count", "f_count", "files", "users"
  int64_t before = 0;
  int64_t after = 0;
};

enum class StepKind : uint8_t { Enter, Op };

struct StepRecord {
  int index = 0;  // 1-based: state[index] is the state after this step
  int thread = -1;
  FnId fn = FnId::user_main;  // the function this step runs in (Enter: the callee)
  int depth = 0;              // its frame depth (0: the thread's body)
  StepKind kind = StepKind::Op;
  StepText text;  // the source line(s) this step executes (step_text.h)
  Text note;  // what happened, in words: english() for the command line and exports, translated in the GUI
  CallChain stack;  // call chain, outermost first, ending with fn
  std::vector<CounterChange> changes;
  std::vector<Violation> violations;
  std::optional<Milestone> milestone;
  std::vector<ObjId> born;   // objects allocated by this step (page frames included)
  std::vector<ObjId> freed;  // objects freed by this step (page frames included)
};

}  // namespace svm
