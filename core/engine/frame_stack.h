#pragma once
// A thread's stack of model-function frames (Thread::stack): what each
// frame holds, and the stack that shares the frames under its top.

#include <algorithm>
#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <new>
#include <utility>

#include "core/base/cow.h"
#include "core/base/hash.h"
#include "core/base/pool_allocator.h"
#include "core/engine/fn_id.h"

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
//
// For the same reason the frames under the top are shared: every step
// copies its thread (the machine's parts are shared until written, cow.h),
// and copied whole, the exit path's ten frames were 900 bytes and a block
// from the pool, at every step. Only the top frame is the stack's own; the
// ones under it sit in a node that copies of the stack share and never
// write while they do. A pop takes its new top from the node and leaves
// the node as it is; a push writes the old top into the node when the
// stack alone holds it, and otherwise into a copy of the frames it uses.
class FrameStack {
 public:
  FrameStack() = default;
  FrameStack(const FrameStack& o) : top_(o.top_), below_top_(o.below_top_), n_(o.n_), lower_(o.lower_) { acquire(lower_); }
  FrameStack(FrameStack&& o) noexcept
      : top_(o.top_), below_top_(o.below_top_), n_(std::exchange(o.n_, 0)), lower_(std::exchange(o.lower_, nullptr)) {}
  FrameStack& operator=(const FrameStack& o) {
    if (this != &o) {
      acquire(o.lower_);
      release(std::exchange(lower_, o.lower_));
      top_ = o.top_;
      below_top_ = o.below_top_;
      n_ = o.n_;
    }
    return *this;
  }
  FrameStack& operator=(FrameStack&& o) noexcept {
    if (this != &o) {
      release(std::exchange(lower_, std::exchange(o.lower_, nullptr)));
      top_ = o.top_;
      below_top_ = o.below_top_;
      n_ = std::exchange(o.n_, 0);
    }
    return *this;
  }
  ~FrameStack() { release(lower_); }

  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const Frame& operator[](size_t i) const { return i + 1 == n_ ? top_ : lower_->frames()[i]; }
  const Frame& back() const { return top_; }
  Frame& back() { return top_; }  // the top frame: the one a step writes

  // Bottom to top.
  class const_iterator {
   public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = Frame;
    using difference_type = std::ptrdiff_t;
    using pointer = const Frame*;
    using reference = const Frame&;
    const_iterator() = default;
    const_iterator(const FrameStack* s, size_t i) : s_(s), i_(i) {}
    const Frame& operator*() const { return (*s_)[i_]; }
    const Frame* operator->() const { return &(*s_)[i_]; }
    const_iterator& operator++() { return ++i_, *this; }
    const_iterator operator++(int) { return const_iterator(s_, i_++); }
    const_iterator& operator--() { return --i_, *this; }
    const_iterator operator--(int) { return const_iterator(s_, i_--); }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.i_ == b.i_; }

   private:
    const FrameStack* s_ = nullptr;
    size_t i_ = 0;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, n_}; }

  void push_back(const Frame& f) {
    if (n_ > 0) {
      const Hasher::State under_top = under_top_now();
      Lower* l = own_lower(n_);
      l->frames()[n_ - 1] = top_;
      l->below()[n_ - 1] = below_top_;
      below_top_ = under_top;
    } else {
      below_top_ = Hasher{}.state();
    }
    top_ = f;
    ++n_;
  }
  void pop_back() {
    if (--n_ > 0) {
      top_ = lower_->frames()[n_ - 1];
      below_top_ = lower_->below()[n_ - 1];
    }
    if (n_ <= 1) release(std::exchange(lower_, nullptr));
  }
  void clear() {
    n_ = 0;
    release(std::exchange(lower_, nullptr));
  }
  // Every frame through `f` (renaming what its slots refer to).
  template <class F>
  void rewrite(F&& f) {
    if (n_ == 0) return;
    if (n_ > 1) {
      Lower* l = own_lower(n_ - 1);
      Frame* fr = l->frames();
      Hasher::State* below = l->below();
      for (size_t i = 0; i + 1 < n_; ++i) {
        f(fr[i]);
        below[i] = i == 0 ? Hasher{}.state() : under(below[i - 1], fr[i - 1]);
      }
      below_top_ = under(below[n_ - 2], fr[n_ - 2]);
    }
    f(top_);
  }

  // Frames of its own, shared with no other stack.
  void unshare() {
    if (lower_) own_lower_copy();
  }
  bool shares_frames_with(const FrameStack& o) const { return lower_ && lower_ == o.lower_; }

  bool operator==(const FrameStack& o) const {
    if (n_ != o.n_) return false;
    if (n_ == 0) return true;
    if (!(top_ == o.top_)) return false;
    if (lower_ == o.lower_ || n_ == 1) return true;
    for (size_t i = 0; i + 1 < n_; ++i)
      if (!(lower_->frames()[i] == o.lower_->frames()[i])) return false;
    return true;
  }
  friend void hash_append(Hasher& h, const FrameStack& s) {
    if (s.empty()) return h.mix(0);
    const Hasher::State top = s.under_top_now();
    h.mix(top.a);
    h.mix(top.b);
  }

 private:
  // Frames 0..n_-2 (and maybe more, left by a pop, that no copy reads)
  // with below()[i], the hash of frames 0..i-1, after a header; one block.
  struct Lower {
    std::atomic<uint32_t> refs{1};
    uint32_t cap = 0;
    Frame* frames() { return reinterpret_cast<Frame*>(this + 1); }
    Hasher::State* below() { return reinterpret_cast<Hasher::State*>(frames() + cap); }
    static size_t bytes(uint32_t cap) { return sizeof(Lower) + cap * (sizeof(Frame) + sizeof(Hasher::State)); }
  };
  static_assert(sizeof(Lower) % alignof(Frame) == 0 && sizeof(Frame) % alignof(Hasher::State) == 0);

  static Hasher::State under(Hasher::State below, const Frame& f) {
    Hasher x(below);
    x(f);
    return x.state();
  }
  Hasher::State under_top_now() const { return under(below_top_, top_); }

  // A node this stack alone holds, with room for `need` frames, holding
  // the frames it uses (0..n_-2).
  Lower* own_lower(size_t need) {
    if (lower_ && lower_->cap >= need && lower_->refs.load(std::memory_order_acquire) == 1) return lower_;
    return own_lower_copy(need);
  }
  Lower* own_lower_copy(size_t need = 0) {
    const uint32_t cap = static_cast<uint32_t>(std::max<size_t>({8, need * 2, size_t(n_) * 2}));
    Lower* l = new (pool::get(Lower::bytes(cap))) Lower;
    l->cap = cap;
    if (lower_ && n_ > 1) {
      std::memcpy(static_cast<void*>(l->frames()), lower_->frames(), (n_ - 1) * sizeof(Frame));
      std::memcpy(static_cast<void*>(l->below()), lower_->below(), (n_ - 1) * sizeof(Hasher::State));
    }
    release(std::exchange(lower_, l));
    return l;
  }
  // Counted as the machine's own parts are (cow.h, kConfinable): a stack
  // copied into a state another worker takes over gets frames of its own
  // (unshare(), through Thread::unshare_parts()).
  static void acquire(Lower* l) {
    if (l) cow::add_ref(l->refs, cow::confinable_plainly());
  }
  static void release(Lower* l) {
    if (!l || !cow::drop_ref(l->refs, cow::confinable_plainly())) return;
    const uint32_t cap = l->cap;
    l->~Lower();
    pool::put(l, Lower::bytes(cap));
  }

  Frame top_{};
  Hasher::State below_top_{};  // the hash of the frames under the top
  uint32_t n_ = 0;
  Lower* lower_ = nullptr;
};
static_assert(std::bidirectional_iterator<FrameStack::const_iterator>);

}  // namespace svm
