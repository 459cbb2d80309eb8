#include "core/report/key_steps.h"

namespace svm {

std::vector<int> milestone_states(const Trace& t) { return key_states(t, {true, false, false}); }

std::vector<int> key_states(const Trace& t, const KeyStepFilter& f) {
  std::vector<int> out;
  for (const StepRecord& s : t.steps) {
    if ((f.milestones && s.milestone) || (f.counter_changes && !s.changes.empty()) ||
        (f.violations && !s.violations.empty()))
      out.push_back(s.index);
  }
  return out;
}

}  // namespace svm
