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

#include "core/engine/run.h"
#include "views/hardware/cache_slots.h"
#include "views/hardware/diagram.h"

namespace svmlab::hw {

// `width`: the width to lay the slots out in (at least two per row).
Diagram cache_diagram(const svm::Trace& t, int cursor, const CacheSlots& cs, const Metrics& m, double width);

}  // namespace svmlab::hw
