#pragma once
// A step's call chain (StepRecord::stack): the functions from the thread's
// body to the one the step runs in, outermost first. Nearly every chain is a
// dozen frames or fewer, so they live in the record itself; a deeper one
// (recursion, up to kMaxStackDepth) goes to the heap. A std::vector here was
// an allocation and a free for every traced step.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/engine/fn_id.h"

namespace svm {

class CallChain {
 public:
  static constexpr size_t kInline = 15;

  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  const FnId* begin() const { return spilled() ? heap_.data() : inline_.data(); }
  const FnId* end() const { return begin() + n_; }
  const FnId& operator[](size_t i) const { return begin()[i]; }
  const FnId& back() const { return begin()[n_ - 1]; }

  void clear() {
    n_ = 0;
    heap_.clear();
  }
  void push_back(FnId f) {
    if (n_ < kInline) {
      inline_[n_++] = f;
      return;
    }
    if (n_ == kInline) heap_.assign(inline_.begin(), inline_.end());
    heap_.push_back(f);
    ++n_;
  }

  friend bool operator==(const CallChain& a, const CallChain& b) { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }

 private:
  bool spilled() const { return n_ > kInline; }
  std::array<FnId, kInline> inline_{};
  uint16_t n_ = 0;
  std::vector<FnId> heap_;  // the whole chain, once it outgrows inline_
};

}  // namespace svm
