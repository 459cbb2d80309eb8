#pragma once
// Where a milestone's function ends. A milestone is reached when its function
// is entered; what the story says about it (the narration, a slide's
// caption, a row of the mail's table) is what the function did, so the state
// to show is the one after its last step, when it returns. Slides and the
// mail read the same spans.

#include <vector>

#include "core/engine/milestone.h"
#include "core/engine/run.h"

namespace svm {

// The state after the last step of the call entered at step `enter` (state
// index >= 1): the last step of that thread whose call chain still starts
// with the entered one. The thread's last step when it never returns.
int call_end_state(const Trace& t, int enter);

struct MilestoneSpan {
  Milestone milestone;
  int enter = 0;  // the state after the step that entered the function
  int end = 0;    // call_end_state(t, enter)
  bool spans_rest = false;  // still running when the run's last milestone is entered (do_exit)
};

// Every milestone of `t` in the order their functions return (then enter).
std::vector<MilestoneSpan> milestone_spans(const Trace& t);

}  // namespace svm
