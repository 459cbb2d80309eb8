#pragma once
// A thread of the engine: a process, a device, the page-request interrupt
// thread, a kworker, or the IOMMU's invalidation-queue engine. Each has its
// own stack of model-function frames, so "step into/over/out" and "which line
// is it at" are plain facts about the stack.

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/small_vector.h"
#include "core/engine/counter.h"
#include "core/engine/fn_id.h"
#include "core/kernel/mmu_gather.h"

namespace svm {

// What a frame slot or a return value refers to, recorded as it is written
// (slot.h's codecs know the declared type): the symmetry reduction renames
// the tasks, mms, fd tables and page-table roots of interchangeable
// processes wherever they are kept (explore/symmetry.h), and the explorer
// renumbers frames, files, VMAs, svms and sdevs (frame_canon.h,
// object_canon.h). Not part of the state: a slot's kind follows from its
// function's declaration, so equality and hashing skip it. In this order:
// frames' kinds, then the objects' (Frame::has_kind_from).
enum class SlotKind : uint8_t { Plain, Task, Mm, Files, Pfn, PhysAddr, File, Vma, Svm, Sdev };

struct Frame {
  FnId fn = FnId::user_main;
  uint8_t pc = 0;
  std::array<int64_t, 8> v{};  // arguments first, then locals; meaning per function
  std::array<SlotKind, 8> kinds{};

  bool operator==(const Frame& o) const { return fn == o.fn && pc == o.pc && v == o.v; }
  // The slots holding a kind at or past `k` (the enum's order), as the top
  // bit of each one's byte. One load for all eight: the explorer's
  // canonical numbering asks it of every frame of every state, and most
  // hold nothing it renumbers.
  uint64_t slots_from(SlotKind k) const {
    static_assert(sizeof(kinds) == 8);
    uint64_t w;
    std::memcpy(&w, kinds.data(), 8);
    // Each byte is below 0x80: adding 0x80 - k sets its top bit exactly when it is >= k.
    return (w + (0x80 - static_cast<uint64_t>(k)) * 0x0101010101010101ULL) & 0x8080808080808080ULL;
  }
  bool has_kind_from(SlotKind k) const { return slots_from(k) != 0; }
  // Every step hashes its thread's stack, so a frame costs as few words as
  // say it whole: function and line in one, then the slots up to the last
  // that is not zero (most functions use a few of the eight), with how many.
  friend void hash_append(Hasher& h, const Frame& f) {
    size_t n = f.v.size();
    while (n > 0 && f.v[n - 1] == 0) --n;
    h.mix(static_cast<uint64_t>(f.fn) | uint64_t(f.pc) << 16 | uint64_t(n) << 24);
    for (size_t i = 0; i < n; ++i) h.mix(static_cast<uint64_t>(f.v[i]));
  }
};

// A thread's frames, with the hash of the frames under the top kept: every
// step hashes its thread, and a step writes only the top frame
// (Ctx::frame(), step()); a frame under it is written again only once the
// frames above it are popped. So each frame is hashed once as it goes under
// (push_back()), not at every step again (the exit path is ten frames deep).
// Its hash is not a hash of the frames alone: a thread mixes it in.
class FrameStack {
 public:
  size_t size() const { return frames_.size(); }
  bool empty() const { return frames_.empty(); }
  const Frame& operator[](size_t i) const { return frames_[i]; }
  const Frame* begin() const { return frames_.begin(); }
  const Frame* end() const { return frames_.end(); }
  const Frame& back() const { return frames_.back(); }
  Frame& back() { return frames_.back(); }  // the top frame: the one a step writes

  void push_back(const Frame& f) {
    below_.push_back(frames_.empty() ? Hasher{}.state() : under(frames_.size() - 1));
    frames_.push_back(f);
  }
  void pop_back() {
    frames_.pop_back();
    below_.pop_back();
  }
  void clear() {
    frames_.clear();
    below_.clear();
  }
  // Every frame through `f` (renaming what its slots refer to).
  template <class F>
  void rewrite(F&& f) {
    for (Frame& x : frames_) f(x);
    for (size_t i = 1; i < frames_.size(); ++i) below_[i] = under(i - 1);
  }

  bool operator==(const FrameStack& o) const { return frames_ == o.frames_; }
  friend void hash_append(Hasher& h, const FrameStack& s) {
    if (s.empty()) return h.mix(0);
    const Hasher::State top = s.under(s.size() - 1);
    h.mix(top.a);
    h.mix(top.b);
  }

 private:
  // The hash of frames 0..i.
  Hasher::State under(size_t i) const {
    Hasher x(below_[i]);
    x(frames_[i]);
    return x.state();
  }
  SmallVector<Frame, 8> frames_;          // (deeper than 8 on the heap)
  SmallVector<Hasher::State, 8> below_;  // below_[i]: the hash of frames 0..i-1
};

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
