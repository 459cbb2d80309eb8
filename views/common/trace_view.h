#pragma once
// What every view of SVM Lab is: given a whole trace once, then a cursor (an
// index into trace->states) every time the session moves. A view renders
// states[cursor] and, where it shows change, steps[cursor - 1] (the step that
// led there). Views never change the trace; they ask the session to move by
// emitting signals of their own (e.g. "jump to step N").

#include <memory>

#include "core/engine/run.h"

namespace svmlab {

class TraceView {
 public:
  virtual ~TraceView() = default;
  virtual void setTrace(std::shared_ptr<const svm::Trace> trace) = 0;
  virtual void setCursor(int state_index) = 0;
};

}  // namespace svmlab
