#pragma once
// The explorer's visited set: the hashes of the states seen so far, in one
// flat open-addressed table (linear probing, at most 3/4 full).
//
// A slot keeps 96 of a state's 128 hash bits (the low half and 32 bits of
// the high half) in 12 bytes: 16 bytes on average with the free slots, where
// a node-based set spent about 56 (its node, its allocation header and its
// bucket pointer), and a probe reads one cache line instead of chasing a
// pointer. Two states whose hashes agree on those 96 bits are taken for one
// (hash compaction, as Spin does): for n states the odds of any such merge
// are about n^2 / 2^97, 2^-35 at the explorer's bound of 2^31 states. The
// all-zero key marks a free slot; the one state that may have it is kept in
// a flag of its own.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/base/hash.h"

namespace svm {

class VisitedSet {
#pragma pack(push, 4)
  struct Slot {
    uint64_t lo = 0;
    uint32_t hi = 0;
    bool free() const { return lo == 0 && hi == 0; }
    bool operator==(const Slot&) const = default;
  };
#pragma pack(pop)
  static_assert(sizeof(Slot) == 12);
  static Slot key(const Hash128& h) { return {h.lo, static_cast<uint32_t>(h.hi)}; }

 public:
  // Insert `h`; false when it was there already. May grow the table (see
  // growth_bytes()); a failed allocation throws std::bad_alloc and leaves the
  // set as it was.
  bool insert(const Hash128& h) {
    const Slot k = key(h);
    if (k.free()) {
      if (zero_) return false;
      zero_ = true;
      ++size_;
      return true;
    }
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.free()) {
        s = k;
        ++used_;
        ++size_;
        return true;
      }
      if (s == k) return false;
    }
  }
  // Read-only: safe from several threads while nobody inserts.
  bool contains(const Hash128& h) const {
    const Slot k = key(h);
    if (k.free()) return zero_;
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s == k) return true;
      if (s.free()) return false;
    }
  }
  size_t size() const { return size_; }
  // Bytes the next insert may allocate (the doubled table, while the old one
  // is still held): the explorer checks them against its memory ceiling first.
  size_t growth_bytes() const {
    return (used_ + 1) * 4 > slots_.size() * 3 ? 2 * std::max<size_t>(slots_.size(), 8) * sizeof(Slot) : 0;
  }
  size_t bytes() const { return slots_.capacity() * sizeof(Slot); }
  void reserve(size_t n) {
    while (n * 4 > slots_.size() * 3) grow();
  }

 private:
  void grow() {
    std::vector<Slot> bigger(2 * std::max<size_t>(slots_.size(), 8));
    const size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (s.free()) continue;
      size_t i = s.lo & mask;
      while (!bigger[i].free()) i = (i + 1) & mask;
      bigger[i] = s;
    }
    slots_.swap(bigger);
  }

  std::vector<Slot> slots_;
  size_t used_ = 0;  // occupied slots (the zero key excluded)
  size_t size_ = 0;
  bool zero_ = false;
};

}  // namespace svm
