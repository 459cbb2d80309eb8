#include "core/report/milestone_span.h"

#include <algorithm>

namespace svm {

int call_end_state(const Trace& t, int enter) {
  if (enter < 1 || enter > static_cast<int>(t.steps.size())) return enter;
  const StepRecord& e = t.steps[static_cast<size_t>(enter - 1)];
  int end = enter;
  for (size_t i = static_cast<size_t>(enter); i < t.steps.size(); ++i) {
    const StepRecord& s = t.steps[i];
    if (s.thread != e.thread) continue;
    const bool inside = s.stack.size() >= e.stack.size() && std::equal(e.stack.begin(), e.stack.end(), s.stack.begin());
    // A second call of the same function from the same caller starts anew.
    const bool again = s.kind == StepKind::Enter && s.stack.size() == e.stack.size();
    if (!inside || again) break;
    end = s.index;
  }
  return end;
}

std::vector<MilestoneSpan> milestone_spans(const Trace& t) {
  std::vector<MilestoneSpan> out;
  for (const StepRecord& s : t.steps)
    if (s.milestone) out.push_back({*s.milestone, s.index, call_end_state(t, s.index), false});
  const int last_enter = out.empty() ? 0 : out.back().enter;
  for (MilestoneSpan& m : out) m.spans_rest = m.enter < last_enter && m.end >= last_enter;
  std::stable_sort(out.begin(), out.end(), [](const MilestoneSpan& a, const MilestoneSpan& b) { return a.end < b.end; });
  return out;
}

}  // namespace svm
