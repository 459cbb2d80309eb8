#pragma once
// A thread of the engine: a process, a device, the page-request interrupt
// thread, a kworker, or the IOMMU's invalidation-queue engine. Each has its
// own stack of model-function frames, so "step into/over/out" and "which line
// is it at" are plain facts about the stack.

#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/small_vector.h"
#include "core/engine/counter.h"
#include "core/engine/frame_stack.h"
#include "core/kernel/mmu_gather.h"

namespace svm {

// A reference count this thread holds in a local variable: taken (or moved out
// of a structure) and not yet stored or dropped. The reference graph draws it
// from the thread's task, so the counted edges into an object always add up
// to its counters (get_task_mm() in bind, the page-request handler's
// atomic_inc_not_zero(), the file between __close_fd() and fput(), ...).
struct HeldRef {
  ObjId obj;
  Ctr ctr = Ctr::MmUsers;
  uint8_t depth = 0;  // the frame that took it (its caller's after it returns)
  bool operator==(const HeldRef&) const = default;
  // One word: every step hashes its thread.
  friend void hash_append(Hasher& h, const HeldRef& r) {
    h.mix(uint64_t(r.obj.idx) | uint64_t(r.obj.kind) << 32 | uint64_t(r.ctr) << 40 | uint64_t(r.depth) << 48);
  }
};

enum class RunState : uint8_t {
  Unborn,  // a process not forked yet
  Live,
  Done,    // finished (a process after its final schedule())
  Oopsed,  // died in a kernel oops (BUG, NULL dereference)
};

struct Thread {
  RunState state = RunState::Live;
  uint32_t task = 0;  // index of its task_struct, 0 for hardware threads
  FrameStack stack;
  int64_t ret = 0;          // return value of the last function that returned
  uint16_t action = 0;      // next scenario action to start
  uint16_t done = 0;        // scenario actions completed
  uint32_t milestones = 0;  // bit per Milestone reached by this thread
  SmallVector<int32_t, 8> vars;  // user space: the fds the script opened, by name slot
  MmuGather gather;              // struct mmu_gather on this thread's stack: range to flush, frames to free
  SmallVector<HeldRef, 4> held;  // references in flight in this thread's locals
  SlotKind ret_kind = SlotKind::Plain;  // what `ret` refers to (not state, as Frame::kinds)

  // Copied into a state another worker takes over (Cow::unshare()).
  void unshare_parts() { stack.unshare(); }

  // Every field but ret_kind.
  bool operator==(const Thread& o) const {
    return state == o.state && task == o.task && stack == o.stack && ret == o.ret && action == o.action &&
           done == o.done && milestones == o.milestones && vars == o.vars && gather == o.gather && held == o.held;
  }
  // Every step hashes its thread (the other threads' hashes are kept):
  // the small fields go in two words, the fds two to a word.
  friend void hash_append(Hasher& h, const Thread& t) {
    h.mix(uint64_t(t.state) | uint64_t(t.action) << 8 | uint64_t(t.done) << 24 | uint64_t(t.stack.size()) << 40);
    h.mix(uint64_t(t.task) | uint64_t(t.milestones) << 32);
    h.mix(uint64_t(t.vars.size()) | uint64_t(t.held.size()) << 32);
    h(t.stack);
    h.mix(static_cast<uint64_t>(t.ret));
    size_t i = 0;
    for (; i + 2 <= t.vars.size(); i += 2) h.mix(uint64_t(uint32_t(t.vars[i])) | uint64_t(uint32_t(t.vars[i + 1])) << 32);
    if (i < t.vars.size()) h.mix(uint64_t(uint32_t(t.vars[i])));
    h(t.gather);
    hash_elements(h, t.held.data(), t.held.size());
  }
};

}  // namespace svm
