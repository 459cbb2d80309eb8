#pragma once
// The IOMMU's translation caches. A walk fills them; a lookup hits them
// whether or not the memory behind the entry is still what it was: that is
// how a missing flush becomes visible. Each cache keeps its entries in LRU
// order (least recently used first) and evicts from the front when full.
//
// Glossary: the context cache holds context entries by source id; the PASID
// cache holds PASID-table entries by (DID, PASID); the IOTLB holds finished
// translations by (DID, PASID, page). Paging-structure caches are not
// modeled (nor does QEMU model them; their existence is UNVERIFIED here).

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/base/types.h"

namespace svm {

namespace perm {
inline constexpr uint8_t R = 1;
inline constexpr uint8_t W = 2;
inline constexpr uint8_t U = 4;
inline constexpr uint8_t X = 8;
}  // namespace perm

struct IotlbEntry {
  DomainId did;
  Pasid pasid;
  uint64_t va = 0;    // first virtual address covered
  uint8_t level = 1;  // 1: 4 KiB, 2: 2 MiB, 3: 1 GiB
  Pfn pfn;            // first frame
  uint16_t gen = 0;   // generation of that frame when the entry was filled
  uint8_t perms = 0;
  bool dirty = false;  // D was set by the walk that filled it (writes may hit)
  bool global = false;

  uint64_t size() const { return 1ULL << (12 + 9 * (level - 1)); }
  bool covers(uint64_t a) const { return a >= va && a - va < size(); }
  bool operator==(const IotlbEntry&) const = default;
  friend void hash_append(Hasher& h, const IotlbEntry& e) {
    h(e.did, e.pasid, e.va, e.level, e.pfn, e.gen, e.perms, e.dirty, e.global);
  }
};

struct PasidCacheEntry {
  DomainId did;
  Pasid pasid;
  uint64_t entry = 0;  // ECS: the 64-bit entry; scalable mode: val[0] of the 512-bit entry
  // Scalable mode (iommu/scalable.h): val[1] (DID) and val[2] (SRE, FLPTR) of
  // the cached entry; the rest of the 512 bits is zero for a first-level entry.
  bool scalable = false;
  uint64_t val1 = 0;
  uint64_t val2 = 0;
  bool operator==(const PasidCacheEntry&) const = default;
  friend void hash_append(Hasher& h, const PasidCacheEntry& e) {
    h(e.did, e.pasid, e.entry);
    if (e.scalable) h(e.val1, e.val2);
  }
};

struct ContextCacheEntry {
  SourceId sid;
  DomainId did;
  uint64_t ctx[4] = {};  // context[0].lo, [0].hi, [1].lo, [1].hi
  bool operator==(const ContextCacheEntry& o) const {
    return sid == o.sid && did == o.did && std::equal(ctx, ctx + 4, o.ctx);
  }
  friend void hash_append(Hasher& h, const ContextCacheEntry& e) { h(e.sid, e.did, e.ctx[0], e.ctx[1], e.ctx[2], e.ctx[3]); }
};

// Move entry i to the most-recently-used end.
template <class T, class A>
void touch_lru(std::vector<T, A>& v, size_t i) {
  if (i + 1 == v.size()) return;
  T e = v[i];
  v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
  v.push_back(e);
}

// Insert at the MRU end, evicting the LRU entry when full.
template <class T, class A>
void insert_lru(std::vector<T, A>& v, T e, size_t capacity) {
  if (capacity == 0) return;
  while (v.size() >= capacity) v.erase(v.begin());
  v.push_back(std::move(e));
}

}  // namespace svm
