#pragma once
// A reduction for the explorer: the LRU order of an IOMMU cache the scenario
// can never fill.
//
// The context cache and the PASID cache keep their entries least recently
// used first, and the order only decides which entry an insert into a full
// cache evicts. Each entry has its own key (an insert follows a miss on that
// key), so a cache that holds at most as many keys as the scenario can ever
// name never evicts, and two states that differ only in its order have the
// same future. The explorer then hashes it as a set
// (IommuState::order_free), which merges them. On four-dma-devices, where
// the four devices' context entries enter the cache in any order, that is
// 11.1 M states down to 7.0 M.
//
// The IOTLB and the device TLBs keep their order: their entries can overlap
// (pages of different sizes), and a lookup takes the first that covers.

#include <cstdint>

#include "core/engine/config.h"

namespace svm {

// The IommuState::order_free bits this scenario allows: kContextCache when it
// has no more devices (source ids) than the context cache has entries,
// kPasidCache when no more (domain, PASID) pairs can be looked up than the
// PASID cache has entries.
uint8_t order_free_caches(const Config& cfg);

}  // namespace svm
