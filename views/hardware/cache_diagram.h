#pragma once
// The translation caches as fixed slots (cache_slots.h), as Ripes draws its
// cache: the IOTLB, the PASID cache, the context cache and each device's
// device TLB, every slot drawn whether full or empty, each entry with its
// tag, what it translates to and its recency (1 = most recently used; the
// highest goes first when a fill needs room). This step's hit is lit, a fill
// marked, an entry this step removed struck through in the slot it left
// (with the invalidation descriptor or eviction that removed it), and an
// entry that no longer matches memory (its frame freed, its PTE or PASID
// entry changed) drawn in the warning colour with the step that made it
// stale.

#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <tuple>

#include "core/engine/run.h"
#include "views/hardware/cache_slots.h"
#include "views/hardware/diagram.h"

namespace svmlab::hw {

// The state at which each fill of a slot stopped matching memory, found once
// (HardwareHistory keeps one per trace). Found afresh at every step of the
// cursor, it was a scan of the snapshots since the fill for every stale
// entry: prq-overflow read 45,000 snapshots in 360 steps, each replayed
// from a checkpoint whenever the scans crossed. It is the first state after
// the fill where the entry no longer holds, whatever the cursor, so it is
// kept once found.
class StaleSince {
 public:
  // `scan()`'s answer (a state <= cursor), kept for this fill: a fill
  // (cache, slot, filled) is one entry with one tag.
  int get(int cache, size_t slot, int filled, int cursor, const std::function<int()>& scan);

 private:
  std::mutex mu_;  // the view and an export may draw one trace at once
  std::map<std::tuple<int, size_t, int>, int> at_;
};

// `width`: the width to lay the slots out in (at least two per row).
// `memo`: what earlier calls on this trace found (none: found afresh).
Diagram cache_diagram(const svm::Trace& t, int cursor, const CacheSlots& cs, const Metrics& m, double width,
                      StaleSince* memo = nullptr);

}  // namespace svmlab::hw
