#include "views/source/source_frames.h"

#include <optional>
#include <vector>

namespace svmlab {

namespace {

// A copy: the snapshot is read by value (Trace::states replays it).
std::optional<decltype(svm::Thread::stack)> stack_before(const svm::Trace& t, int index, int tid) {
  if (index < 1 || static_cast<size_t>(index) > t.states.size()) return std::nullopt;
  const svm::Machine m = t.states[static_cast<size_t>(index) - 1];
  const auto& threads = *m.threads;
  if (tid < 0 || static_cast<size_t>(tid) >= threads.size()) return std::nullopt;
  return threads[static_cast<size_t>(tid)].stack;
}

// Frame `depth` at the call that made the frame above it: the latest step
// of `tid` before `index` that entered `callee` at depth + 1.
SourceFrame caller_frame(const svm::Trace& t, int index, int tid, size_t depth, svm::FnId caller, svm::FnId callee) {
  for (int j = index - 1; j >= 1; --j) {
    const svm::StepRecord& s = t.steps[static_cast<size_t>(j) - 1];
    if (s.thread != tid || s.kind != svm::StepKind::Enter || s.depth != static_cast<int>(depth) + 1) continue;
    if (s.fn != callee) break;  // the frame above was made another way (fork sets a child's stack up)
    const auto before = stack_before(t, j, tid);
    if (!before || before->size() != depth + 1 || before->back().fn != caller) break;
    return {caller, before->back().pc, j, std::string(s.text), false};
  }
  return {caller, -1, 0, {}, false};
}

}  // namespace

StepFrames step_frames(const svm::Trace& t, int index) {
  StepFrames out;
  if (index < 1 || static_cast<size_t>(index) > t.steps.size()) return out;
  const svm::StepRecord& s = t.steps[static_cast<size_t>(index) - 1];
  const auto before = stack_before(t, index, s.thread);
  if (!before || before->empty()) return out;
  out.thread = s.thread;
  const size_t top = before->size() - 1;
  for (size_t k = 0; k < before->size(); ++k) {
    const svm::FnId fn = (*before)[k].fn;
    if (k == top)
      out.frames.push_back({fn, (*before)[k].pc, index, std::string(s.text), false});
    else
      out.frames.push_back(caller_frame(t, index, s.thread, k, fn, (*before)[k + 1].fn));
  }
  out.current = static_cast<int>(top);
  if (s.kind == svm::StepKind::Enter) out.frames.push_back({s.fn, -1, 0, {}, true});
  return out;
}

}  // namespace svmlab
