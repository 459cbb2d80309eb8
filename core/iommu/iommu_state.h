#pragma once
// The state of one VT-d IOMMU (DMAR unit): registers, the queues, the caches
// and the fault recording registers. The translation structures themselves
// (root, context and PASID tables) live in PhysMem, where the walk reads them.

#include <cstdint>
#include <utility>
#include <vector>

#include "core/base/cow.h"
#include "core/base/hash.h"
#include "core/base/pool_allocator.h"
#include "core/base/types.h"
#include "core/iommu/caches.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/fault.h"

namespace svm {

// How Linux runs the IOMMU: ECS (rev 2.x extended context, what v4.4's
// intel-svm.c used) or scalable mode (rev 3.x, what later kernels use on
// hardware with ECAP.SMTS; see iommu/scalable.h).
enum class IommuMode : uint8_t { Ecs, Scalable };

// Static configuration of the IOMMU (from the scenario; never changes in a run).
struct IommuConfig {
  IommuMode mode = IommuMode::Ecs;  // scenario machine.iommu.mode: "ecs" | "scalable"
  uint32_t pss = 4;             // ECAP.PSS: PASID width - 1 (Linux: pasid_max = 2 << pss)
  uint32_t iotlb_entries = 16;  // modeled capacity
  uint32_t pasid_cache_entries = 8;
  uint32_t context_cache_entries = 8;
  uint32_t prq_entries = 256;  // rev 2.x: 2^(PQS+8) 16-byte descriptors; 256 = one page
  uint32_t iq_entries = 256;   // QI_LENGTH: one page of 16-byte descriptors
  uint32_t fault_records = 8;  // CAP.NFR + 1
  bool supervisor = true;      // ECAP.SRS
  bool caching_mode = false;   // CAP.CM (a virtualized IOMMU)
  bool prq_overflow_autorespond = true;  // see iommu/prq.h: modeled, UNVERIFIED for VT-d
  bool operator==(const IommuConfig&) const = default;
};

// A queue in memory (the invalidation queue, the page request queue): its
// slots are shared between snapshots until one is written, so stepping the
// IOMMU does not copy a page of descriptors every time.
class Ring {
 public:
  const Desc& operator[](size_t i) const { return (*d_)[i]; }
  size_t size() const { return d_->size(); }
  bool empty() const { return d_->empty(); }
  void set(size_t i, const Desc& v) { d_.mut()[i] = v; }
  void resize(size_t n) { d_.mut().resize(n); }
  auto begin() const { return d_->begin(); }
  auto end() const { return d_->end(); }
  bool operator==(const Ring& o) const { return d_ == o.d_; }

 private:
  Cow<PoolVector<Desc>> d_;  // cloned whenever a slot is written: pooled
};

namespace order_free {
inline constexpr uint8_t kContextCache = 1, kPasidCache = 2;
}  // namespace order_free

struct IommuState {
  IommuMode mode = IommuMode::Ecs;
  // Registers (queue pointers kept as descriptor indices; the register holds index << 4).
  uint64_t cap = 0;
  uint64_t ecap = 0;
  uint64_t rtaddr = 0;
  bool translation_enabled = false;
  bool qi_enabled = false;
  uint32_t iqh = 0, iqt = 0;
  uint32_t pqh = 0, pqt = 0;
  uint32_t prs = 0;   // PPR, PRO
  uint32_t fsts = 0;  // PFO, PPF, IQE
  bool prq_irq_pending = false;

  Pfn root_table;
  Pfn pasid_table;  // ECS: the one PASID table (64-bit entries)
  Pfn pasid_dir;    // scalable mode: the PASID directory (see iommu/scalable.h)
  Pfn iq_page;
  Pfn prq_page;
  // (bus << 1 | upper half) -> extended context table: the root entry's low
  // half covers devfn 0-127, its high half devfn 128-255.
  PoolVector<std::pair<uint16_t, Pfn>> context_tables;

  Ring iq;   // ring contents, iq_entries slots
  Ring prq;  // ring contents, prq_entries slots

  PoolVector<ContextCacheEntry> context_cache;
  PoolVector<PasidCacheEntry> pasid_cache;
  PoolVector<IotlbEntry> iotlb;

  PoolVector<FaultRecord> frcd;  // fault_records slots
  uint32_t frcd_next = 0;         // FRI: next record hardware writes

  // The explorer's reduction (core/explore/cache_order.h): caches whose LRU
  // order cannot change what happens next, because the scenario can never
  // fill them, so no entry is ever evicted. Their entries are then hashed
  // as a set. Never set in a traced run; it changes no behaviour.
  uint8_t order_free = 0;  // order_free::
  // The explorer's reduction (explore/expand.cpp, prepare_root): the fault
  // recording registers (the records, FRI, FSTS) are left out of the hash.
  // Only record_fault() reads them back, and what it answers words the
  // narration and nothing else (core/device/dma.cpp, iommu/prq.cpp); no
  // check reads them. So they cannot change what happens next, and states
  // that differ only there are one state. Never set in a traced run.
  bool faults_unhashed = false;

  Pfn context_table_for(uint16_t sid) const {
    const uint16_t key = static_cast<uint16_t>((sid >> 8) << 1 | ((sid & 0xff) >= 0x80));
    for (const auto& [k, p] : context_tables)
      if (k == key) return p;
    return {};
  }
  // Physical address of a device's 256-bit extended context entry.
  uint64_t context_entry_addr(uint16_t sid) const {
    return (context_table_for(sid).v << 12) + (sid & 0x7f) * 32;
  }

  bool operator==(const IommuState&) const = default;
  // Equality is exact; the hash covers only the live windows of the rings
  // ([IQH, IQT) and [PQH, PQT)): a slot outside its window is always written
  // before it is read again, so it cannot change what happens next. States
  // that differ only there hash alike (and the explorer merges them).
  friend void hash_append(Hasher& h, const IommuState& s) {
    h(s.cap, s.ecap, s.rtaddr, s.translation_enabled, s.qi_enabled, s.iqh, s.iqt, s.pqh, s.pqt, s.prs,
      s.faults_unhashed ? 0u : s.fsts, s.prq_irq_pending, s.root_table, s.pasid_table, s.iq_page, s.prq_page,
      s.context_tables);
    if (s.order_free & order_free::kContextCache)
      hash_append_unordered(h, s.context_cache);
    else
      h(s.context_cache);
    if (s.order_free & order_free::kPasidCache)
      hash_append_unordered(h, s.pasid_cache);
    else
      h(s.pasid_cache);
    h(s.iotlb);
    if (!s.faults_unhashed) h(s.frcd, s.frcd_next);
    if (s.mode != IommuMode::Ecs) h(s.mode, s.pasid_dir);  // ECS states hash as before the mode existed
    for (uint32_t i = s.iqh; !s.iq.empty() && i != s.iqt; i = (i + 1) % static_cast<uint32_t>(s.iq.size())) h(s.iq[i]);
    for (uint32_t i = s.pqh; !s.prq.empty() && i != s.pqt; i = (i + 1) % static_cast<uint32_t>(s.prq.size())) h(s.prq[i]);
  }
};

}  // namespace svm
