#pragma once
// Cow<T>: one part of the machine state, shared between snapshots until a step
// writes to it. Copying a machine copies a handful of pointers; a step clones
// only the parts it touches. That is what makes a snapshot per step cost
// kilobytes and lets the explorer keep every visited state.

#include <atomic>
#include <cstdint>
#include <memory>

#include "core/base/hash.h"
#include "core/base/pool_allocator.h"

namespace svm {

template <class T>
class Cow {
  struct Node {
    // Copied or moved once, in place: taking T by value copied a thread or
    // a kernel part twice at every clone.
    explicit Node(const T& v) : value(v) {}
    explicit Node(T&& v) : value(std::move(v)) {}
    T value;
    // Computing the hash twice gives the same value, so explorer workers may
    // race to fill it in: `known` is published last, with release order.
    mutable std::atomic<uint64_t> lo{0}, hi{0};
    mutable std::atomic<bool> known{false};
  };

 public:
  Cow() : p_(make(T{})) {}
  explicit Cow(T v) : p_(make(std::move(v))) {}

  const T& get() const { return p_->value; }
  const T* operator->() const { return &p_->value; }
  const T& operator*() const { return p_->value; }

  // Write access: clone first if a snapshot shares this part.
  T& mut() {
    if (p_.use_count() > 1) p_ = make(p_->value);
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

  // A copy of its own, hash included.
  void unshare() {
    auto n = make(p_->value);
    if (p_->known.load(std::memory_order_acquire)) {
      n->lo.store(p_->lo.load(std::memory_order_relaxed), std::memory_order_relaxed);
      n->hi.store(p_->hi.load(std::memory_order_relaxed), std::memory_order_relaxed);
      n->known.store(true, std::memory_order_relaxed);
    }
    p_ = std::move(n);
  }

  friend bool operator==(const Cow& a, const Cow& b) {
    if (a.p_ == b.p_) return true;
    if (a.hash() != b.hash()) return false;
    return a.p_->value == b.p_->value;
  }

 private:
  // A part is cloned at most steps: its node comes from this thread's pool.
  template <class V>
  static std::shared_ptr<Node> make(V&& v) {
    return std::allocate_shared<Node>(PoolAllocator<Node>(), std::forward<V>(v));
  }
  std::shared_ptr<Node> p_;
};

}  // namespace svm
