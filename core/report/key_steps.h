#pragma once
// The key steps of a trace: the ones a reader navigates by. Milestones are the
// story (bind, exit_mm, exit_mmap, release, ...); counter changes are where a
// reference is taken or dropped; violations are where it goes wrong. The mail
// export tabulates them and the slide series pages through them.

#include <vector>

#include "core/engine/run.h"

namespace svm {

// State indices (1-based: the state after step i) of the steps that reach a
// milestone, in order.
std::vector<int> milestone_states(const Trace& t);

struct KeyStepFilter {
  bool milestones = true;
  bool counter_changes = true;
  bool violations = true;
};
// State indices of the steps that match any part of `f`, in order, no repeats.
std::vector<int> key_states(const Trace& t, const KeyStepFilter& f = {});

}  // namespace svm
