#pragma once
// Where each frame of a step's call stack is in its function, as a debugger's
// backtrace gives it: the innermost frame at the op the step ran, every
// caller at the line that made the call.
//
// The step's own op is in the state before it (the thread's pc). A caller's
// pc has already moved past its call (or to a loop's head), so the call
// line is read where the call happened: the thread's latest "enter" step
// that created the frame above it, whose own op is that call.
//
// Qt-free: a plain value computed from the trace.

#include <string>
#include <vector>

#include "core/engine/fn_id.h"
#include "core/engine/run.h"

namespace svmlab {

struct SourceFrame {
  svm::FnId fn = svm::FnId::user_main;
  int op = -1;           // the op this frame is at; -1 when the trace does not say (a frame set up by fork)
  int step = 0;          // the step that ran that line (for a caller: the call), 0 when none
  std::string text;      // the line as that step ran it (a script's line, a descriptor: filled in)
  bool entered = false;  // the step just called this function: it has run none of its lines yet
};

struct StepFrames {
  int thread = -1;
  std::vector<SourceFrame> frames;  // outermost first, as StepRecord::stack
  int current = -1;                 // the frame whose line the step ran (the caller, for a call)
};

// The frames of step `index` (1-based, as StepRecord::index); empty frames
// for 0 or an index past the trace.
StepFrames step_frames(const svm::Trace& t, int index);

}  // namespace svmlab
