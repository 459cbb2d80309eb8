#pragma once
// Cow<T>: one part of the machine state, shared between snapshots until a step
// writes to it. Copying a machine copies a handful of pointers; a step clones
// only the parts it touches. That is what makes a snapshot per step cost
// kilobytes and lets the explorer keep every visited state.

#include <atomic>
#include <cstdint>
#include <memory>

#include "core/base/hash.h"

namespace svm {

template <class T>
class Cow {
  struct Node {
    explicit Node(T v) : value(std::move(v)) {}
    T value;
    // 0 = not computed yet. Computing twice gives the same value, so a relaxed
    // race between explorer workers is harmless.
    mutable std::atomic<uint64_t> hash{0};
  };

 public:
  Cow() : p_(std::make_shared<Node>(T{})) {}
  explicit Cow(T v) : p_(std::make_shared<Node>(std::move(v))) {}

  const T& get() const { return p_->value; }
  const T* operator->() const { return &p_->value; }
  const T& operator*() const { return p_->value; }

  // Write access: clone first if a snapshot shares this part.
  T& mut() {
    if (p_.use_count() > 1) p_ = std::make_shared<Node>(p_->value);
    p_->hash.store(0, std::memory_order_relaxed);
    return p_->value;
  }

  uint64_t hash() const {
    uint64_t h = p_->hash.load(std::memory_order_relaxed);
    if (h == 0) {
      h = hash_of(p_->value) | 1;  // never 0, which means "unknown"
      p_->hash.store(h, std::memory_order_relaxed);
    }
    return h;
  }

  bool shares(const Cow& o) const { return p_ == o.p_; }

  friend bool operator==(const Cow& a, const Cow& b) {
    if (a.p_ == b.p_) return true;
    if (a.hash() != b.hash()) return false;
    return a.p_->value == b.p_->value;
  }

 private:
  std::shared_ptr<Node> p_;
};

}  // namespace svm
