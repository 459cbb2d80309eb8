#pragma once
// The explorer's visited set: the 128-bit hashes of the states seen so far,
// in one flat open-addressed table (linear probing, at most 3/4 full). A
// stored state costs 16 bytes here (21 on average with the free slots), where
// a node-based set spent about 56 (its node, its allocation header and its
// bucket pointer), and a probe reads one cache line instead of chasing a
// pointer. The all-zero hash marks a free slot; the one state that may hash
// to it is kept in a flag of its own.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/base/hash.h"

namespace svm {

class VisitedSet {
 public:
  // Insert `h`; false when it was there already. May grow the table (see
  // growth_bytes()); a failed allocation throws std::bad_alloc and leaves the
  // set as it was.
  bool insert(const Hash128& h) {
    if (h.lo == 0 && h.hi == 0) {
      if (zero_) return false;
      zero_ = true;
      ++size_;
      return true;
    }
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = h.lo & mask;; i = (i + 1) & mask) {
      Hash128& s = slots_[i];
      if (s.lo == 0 && s.hi == 0) {
        s = h;
        ++used_;
        ++size_;
        return true;
      }
      if (s == h) return false;
    }
  }
  // Read-only: safe from several threads while nobody inserts.
  bool contains(const Hash128& h) const {
    if (h.lo == 0 && h.hi == 0) return zero_;
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h.lo & mask;; i = (i + 1) & mask) {
      const Hash128& s = slots_[i];
      if (s == h) return true;
      if (s.lo == 0 && s.hi == 0) return false;
    }
  }
  size_t size() const { return size_; }
  // Bytes the next insert may allocate (the doubled table, while the old one
  // is still held): the explorer checks them against its memory ceiling first.
  size_t growth_bytes() const {
    return (used_ + 1) * 4 > slots_.size() * 3 ? 2 * std::max<size_t>(slots_.size(), 8) * sizeof(Hash128) : 0;
  }
  size_t bytes() const { return slots_.capacity() * sizeof(Hash128); }
  void reserve(size_t n) {
    while (n * 4 > slots_.size() * 3) grow();
  }

 private:
  void grow() {
    std::vector<Hash128> bigger(2 * std::max<size_t>(slots_.size(), 8));
    const size_t mask = bigger.size() - 1;
    for (const Hash128& h : slots_) {
      if (h.lo == 0 && h.hi == 0) continue;
      size_t i = h.lo & mask;
      while (bigger[i].lo != 0 || bigger[i].hi != 0) i = (i + 1) & mask;
      bigger[i] = h;
    }
    slots_.swap(bigger);
  }

  std::vector<Hash128> slots_;
  size_t used_ = 0;  // occupied slots (the zero hash excluded)
  size_t size_ = 0;
  bool zero_ = false;
};

}  // namespace svm
