#pragma once
// Cow<T>: one part of the machine state, shared between snapshots until a step
// writes to it. Copying a machine copies a handful of pointers; a step clones
// only the parts it touches. That is what makes a snapshot per step cost
// kilobytes and lets the explorer keep every visited state.

#include <atomic>
#include <cstdint>
#include <new>
#include <sys/single_threaded.h>
#include <utility>

#include "core/base/hash.h"
#include "core/base/pool_allocator.h"

namespace svm {

// Who may count a part's references without a locked instruction.
//
// A copied machine adds a reference to each of its parts, and a dropped one
// takes it back: about twenty counts per successor the explorer makes. Once
// the process has a second thread, a shared_ptr counts with a locked add
// (20-odd cycles each, where a plain add is one), and the exit race on two
// depth-first workers spent a fifth of its time there (perf: the locked
// adds in Machine's copy and destructor).
//
// kConfinable parts (a machine's own: Machine's and its tables') count
// plainly on a thread inside a cow::Confined scope, whose machines share
// no such part with a machine another thread may touch at the same time:
// a depth-first worker, whose states come from its own steps or, handed
// over, with every such part copied by the worker that gave them
// (Machine::unshare()). Parts nested deeper (IommuState's rings) stay
// kAtomic: unshare() copies the part that holds them, not them. The
// breadth-first search is confined to its caller's thread, but while a
// chunk of a level is expanded on two or more (explorer.cpp): the states of
// a level share parts across their slices. tst_cow holds the counts right
// either way.
enum class Sharing { kAtomic, kConfinable };

namespace cow {
inline thread_local bool confined = false;
// `confined` set to `to` for as long as the scope lasts.
template <bool to>
class ConfinedScope {
 public:
  ConfinedScope() : was_(std::exchange(confined, to)) {}
  ~ConfinedScope() { confined = was_; }
  ConfinedScope(const ConfinedScope&) = delete;
  ConfinedScope& operator=(const ConfinedScope&) = delete;

 private:
  bool was_;
};
// This thread's machines share no kConfinable part with another thread's.
using Confined = ConfinedScope<true>;
// They do: other threads touch them meanwhile (a breadth-first level
// split between workers).
using Unconfined = ConfinedScope<false>;

// A reference count shared by copies: plainly when `plain` (nobody else
// counts it now), with a locked instruction otherwise. For Cow's nodes, and
// for what a part holds shared in turn (FrameStack's frames).
inline void add_ref(std::atomic<uint32_t>& refs, bool plain) {
  if (plain)
    refs.store(refs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  else
    refs.fetch_add(1, std::memory_order_relaxed);
}
// True when that was the last reference: the caller frees what it counted.
inline bool drop_ref(std::atomic<uint32_t>& refs, bool plain) {
  if (plain) {
    const uint32_t r = refs.load(std::memory_order_relaxed);
    if (r <= 1) return true;
    refs.store(r - 1, std::memory_order_relaxed);
    return false;
  }
  return refs.fetch_sub(1, std::memory_order_acq_rel) <= 1;
}
// May a kConfinable count be kept plainly on this thread, now?
inline bool confinable_plainly() { return confined || __libc_single_threaded; }
}  // namespace cow

template <class T, Sharing S = Sharing::kAtomic>
class Cow {
  struct Node {
    // Copied or moved once, in place: taking T by value copied a thread or
    // a kernel part twice at every clone.
    template <class V>
    explicit Node(V&& v) : value(std::forward<V>(v)) {}
    T value;
    // Computing the hash twice gives the same value, so explorer workers may
    // race to fill it in: `known` is published last, with release order.
    mutable std::atomic<uint64_t> lo{0}, hi{0};
    mutable std::atomic<bool> known{false};
    // Atomic even when counted plainly: a plain count is a relaxed load and
    // store, which compile to plain moves.
    mutable std::atomic<uint32_t> refs{1};
  };

 public:
  Cow() : p_(make(T{})) {}
  explicit Cow(T v) : p_(make(std::move(v))) {}
  Cow(const Cow& o) noexcept : p_(o.p_) { acquire(p_); }
  Cow(Cow&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  Cow& operator=(const Cow& o) noexcept {
    if (p_ != o.p_) {
      acquire(o.p_);
      release(std::exchange(p_, o.p_));
    }
    return *this;
  }
  Cow& operator=(Cow&& o) noexcept {
    if (this != &o) release(std::exchange(p_, std::exchange(o.p_, nullptr)));
    return *this;
  }
  ~Cow() { release(p_); }

  const T& get() const { return p_->value; }
  const T* operator->() const { return &p_->value; }
  const T& operator*() const { return p_->value; }

  // Write access: clone first if a snapshot shares this part.
  T& mut() {
    if (p_->refs.load(std::memory_order_acquire) > 1) release(std::exchange(p_, make(p_->value)));
    p_->known.store(false, std::memory_order_relaxed);
    return p_->value;
  }

  Hash128 hash128() const {
    if (!p_->known.load(std::memory_order_acquire)) {
      const Hash128 h = hash128_of(p_->value);
      p_->lo.store(h.lo, std::memory_order_relaxed);
      p_->hi.store(h.hi, std::memory_order_relaxed);
      p_->known.store(true, std::memory_order_release);
      return h;
    }
    return {p_->lo.load(std::memory_order_relaxed), p_->hi.load(std::memory_order_relaxed)};
  }
  uint64_t hash() const { return hash128().lo; }

  bool shares(const Cow& o) const { return p_ == o.p_; }
  // Are references counted without a locked instruction, on this thread, now?
  // (A process with one thread counts plainly too, as shared_ptr does: a
  // trace run from the command line has nobody to race with.)
  static bool counted_plainly() {
    return S == Sharing::kConfinable ? cow::confinable_plainly() : __libc_single_threaded;
  }

  // A copy of its own, hash included.
  void unshare() {
    Node* n = make(p_->value);
    // What it holds shared in turn (a thread's frames: FrameStack), copied too.
    if constexpr (requires(T& v) { v.unshare_parts(); }) n->value.unshare_parts();
    if (p_->known.load(std::memory_order_acquire)) {
      n->lo.store(p_->lo.load(std::memory_order_relaxed), std::memory_order_relaxed);
      n->hi.store(p_->hi.load(std::memory_order_relaxed), std::memory_order_relaxed);
      n->known.store(true, std::memory_order_relaxed);
    }
    release(std::exchange(p_, n));
  }

  friend bool operator==(const Cow& a, const Cow& b) {
    if (a.p_ == b.p_) return true;
    if (a.hash() != b.hash()) return false;
    return a.p_->value == b.p_->value;
  }

 private:
  static void acquire(Node* n) {
    if (n) cow::add_ref(n->refs, counted_plainly());  // (none: a copy of one moved from)
  }
  static void release(Node* n) {
    if (!n || !cow::drop_ref(n->refs, counted_plainly())) return;  // (none: moved from)
    n->~Node();
    PoolAllocator<Node>().deallocate(n, 1);
  }
  // A part is cloned at most steps: its node comes from this thread's pool.
  template <class V>
  static Node* make(V&& v) {
    PoolAllocator<Node> a;
    Node* n = a.allocate(1);
    try {
      return new (n) Node(std::forward<V>(v));
    } catch (...) {
      a.deallocate(n, 1);
      throw;
    }
  }
  Node* p_;
};

}  // namespace svm
