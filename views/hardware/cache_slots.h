#pragma once
// Fixed slots for the translation caches, as Ripes draws a cache: the model
// keeps each cache as a vector in LRU order (caches.h), which says nothing
// about where an entry sits. Here every entry gets a slot when it is filled
// and keeps it until it is removed; a new entry takes the lowest free slot
// (after an eviction, the slot the victim left). Derived once per trace
// (Qt-free), shared between states whose cache did not change.
//
// Caches: 0 the IOTLB, 1 the PASID cache, 2 the context cache, 3 + d the
// device TLB of device d.

#include <memory>
#include <utility>
#include <vector>

#include "core/engine/run.h"

namespace svmlab::hw {

struct SlotInfo {
  int slot = 0;
  int filled = 0;  // the state at which the entry appeared
};

enum CacheId : int { kIotlb = 0, kPasidCache = 1, kContextCache = 2, kFirstDevTlb = 3 };

class CacheSlots {
 public:
  CacheSlots() = default;
  explicit CacheSlots(const svm::Trace& t);
  int caches() const { return static_cast<int>(capacity_.size()); }
  int capacity(int cache) const { return capacity_[static_cast<size_t>(cache)]; }
  // Slot and fill state of each entry of `cache` at `state`, in the cache's
  // LRU order (least recently used first).
  const std::vector<SlotInfo>& at(int state, int cache) const;

  // A cache entry's identity (its tag), to match entries across states.
  using Key = std::pair<uint64_t, uint64_t>;
  static std::vector<Key> keys(const svm::Machine& m, int cache);

 private:
  std::vector<int> capacity_;
  // per state, per cache
  std::vector<std::vector<std::shared_ptr<const std::vector<SlotInfo>>>> slots_;
  std::vector<SlotInfo> none_;
};

}  // namespace svmlab::hw
