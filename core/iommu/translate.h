#pragma once
// Translation of one request by the IOMMU, ECS mode, first level (the process
// page tables). Order as QEMU's vtd_iova_to_flpte and the reference:
// context entry (context cache or root -> context table), PASID entry (PASID
// cache or PASID table), canonical check, IOTLB, then the 4-level walk,
// reading every entry from memory, checking P, U/S, R/W, XD and reserved bits,
// setting A (and D on the leaf of a write).
//
// Reading a table frame that has been freed is not stopped here: hardware
// would read whatever is there. It is returned in `freed_reads` so the caller
// can report the use after free with the frame's tombstone.

#include <array>
#include <cstdint>
#include <vector>

#include "core/base/types.h"
#include "core/iommu/fault.h"
#include "core/iommu/iommu_state.h"
#include "core/mem/physmem.h"

namespace svm {

struct TranslationRequest {
  SourceId sid;
  bool pasid_present = true;
  Pasid pasid;
  uint64_t va = 0;
  bool write = false;
  bool exec = false;
  bool priv = false;  // supervisor request
  bool ats = false;   // an ATS translation request (the device will cache the answer)
};

struct WalkLevel {
  int level = 0;
  unsigned index = 0;
  uint64_t entry_addr = 0;
  uint64_t entry = 0;  // value read (before A/D update)
  bool set_a = false;
  bool set_d = false;
  bool freed_frame = false;  // this table frame had been freed
  bool operator==(const WalkLevel&) const = default;
};

// The last translation, level by level, for the page-walk view.
struct WalkRecord {
  bool valid = false;
  int16_t device = -1;
  TranslationRequest rq;
  bool context_cache_hit = false;
  bool pasid_cache_hit = false;
  bool iotlb_hit = false;
  bool devtlb_hit = false;
  bool stale = false;  // a cached translation to a frame freed since
  uint64_t pasid_entry = 0;  // ECS: the 64-bit entry; scalable mode: val[0]
  // Scalable mode: the path root -> context -> PASID directory -> PASID
  // table that led to the first-level table (iommu/scalable.h).
  bool scalable = false;
  uint64_t context_lo = 0;
  uint64_t dir_entry_addr = 0;
  uint64_t dir_entry = 0;
  uint64_t pasid_entry_addr = 0;
  std::array<uint64_t, 3> pasid_entry_sm = {};  // val[0..2]; val[3..7] are zero for a first-level entry
  std::vector<WalkLevel> levels;
  bool ok = false;
  FaultReason fault = FaultReason::None;
  uint64_t pa = 0;
};

struct FreedRead {
  Pfn pfn;
  bool write = false;  // A/D update written into the freed frame
};

struct TranslateResult {
  bool ok = false;
  FaultReason fault = FaultReason::None;
  DomainId did;
  uint64_t va_base = 0;  // first address of the translated page
  uint8_t level = 1;
  Pfn pfn;               // frame of the page base
  uint16_t gen = 0;      // generation of the frame of va (at fill time if from the IOTLB)
  uint8_t perms = 0;
  bool iotlb_hit = false;
  // Scalable mode: the PASID entry has FPD (fault processing disable) set,
  // so the hardware records no non-recoverable fault for this request. The
  // VT-d spec evaluates FPD whatever P says: Linux clears an entry with FPD
  // (pasid_clear_entry_with_fpd(), v5.8 on) so that a device's late DMA
  // after release() fills no fault records.
  bool fpd = false;
  std::vector<FreedRead> freed_reads;

  uint64_t pa(uint64_t va) const { return (pfn.v << kPageShift) + (va - va_base); }
  Pfn pfn_of(uint64_t va) const { return Pfn{pa(va) >> kPageShift}; }
};

// Page faults (the device may ask software via PRI) as opposed to
// configuration faults (the request is rejected and recorded).
bool is_page_fault(FaultReason r);

struct ContextLookup {
  bool ok = false;
  FaultReason fault = FaultReason::None;
  uint64_t ctx[4] = {};
  DomainId did;
  bool cache_hit = false;
};
ContextLookup lookup_context(IommuState& hw, const PhysMem& mem, const IommuConfig& cfg, SourceId sid);

TranslateResult translate(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const TranslationRequest& rq,
                          WalkRecord* rec);

// Record a fault in the fault recording registers, as QEMU does: drop when
// PFO is set, fold into a pending record of the same source, overflow (PFO)
// when the next record is still pending. Returns false when dropped.
bool record_fault(IommuState& hw, const IommuConfig& cfg, const FaultRecord& f);

}  // namespace svm
