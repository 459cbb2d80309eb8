#pragma once
// Dangling hardware pointers: what the IOMMU or a device still holds that
// leads to freed memory, whether or not anything uses it yet.
//
// A use-after-free is only reported when a device happens to access the
// freed page; the hazard starts earlier, at the step the page was freed
// while the hardware could still reach it. Holders:
// - a present PASID-table entry whose FLPTPTR is not the pgd of a live mm,
//   or whose page tables lead to a frame that was freed;
// - a PASID-cache entry holding such a FLPTPTR;
// - an IOTLB or device-TLB entry whose frame was freed (or freed and
//   reused) since the walk that filled it.
// step() reports each one new after a step as a `dangling` violation
// (violation.h), so the ablations show their danger in every scenario.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/base/ids.h"
#include "core/base/types.h"
#include "core/engine/machine.h"

namespace svm {

struct Dangling {
  enum class Holder : uint8_t { PasidEntry, PasidCache, Iotlb, DevTlb };
  Holder holder = Holder::PasidEntry;
  uint32_t pasid = 0;
  int device = -1;    // DevTlb: the device's index
  uint64_t va = 0;    // Iotlb, DevTlb: the address the entry translates
  Pfn frame;          // the freed (or reused) frame it leads to
  bool via_tables = false;  // PasidEntry: reached through its page tables, not FLPTPTR itself
  std::vector<ObjId> objects() const;  // what a violation names: the holder, then the frame
  bool operator==(const Dangling&) const = default;
};

// All find_dangling() reads of the kernel: init_mm's pgd and, per mm, whether
// it is alive and its pgd. step() keeps this instead of the kernel part as it
// was before the op: holding that part would make the op's first write clone
// the whole kernel state, every step, for a check that rarely finds anything.
class LivePgds {
 public:
  LivePgds() = default;
  explicit LivePgds(const KernelState& k) { take(k); }
  // Copies what it needs of k (reusing its buffer).
  void take(const KernelState& k);
  // Is `pfn` the pgd of init_mm (a supervisor PASID walks it)?
  bool is_init_mm(Pfn pfn) const { return pfn == init_mm_; }
  // Is `pfn` the pgd of mm number `idx` (1-based), which is alive?
  bool live(uint32_t idx, Pfn pfn) const {
    return idx >= 1 && idx <= mms_.size() && mms_[idx - 1].first && mms_[idx - 1].second == pfn;
  }
  bool operator==(const LivePgds&) const = default;

 private:
  Pfn init_mm_;
  std::vector<std::pair<bool, Pfn>> mms_;  // each mm: alive, pgd
};

// find_dangling() of the machine a traced run steps in place, carried from
// step to step. find_dangling() reads the memory, IOMMU and device parts and,
// of the kernel, only LivePgds: the set stays right while no step writes
// those three parts (StepSink::wrote) and the live pgds are the same. Holding
// the parts as they were before each op instead, as the explorer can for
// free (the parent state holds them anyway), made every step of the in-place
// run that wrote memory or the IOMMU clone it first.
struct DanglingCache {
  bool valid = false;
  LivePgds pgds;               // the kernel's share of what `set` was computed from
  std::vector<Dangling> set;   // every dangling pointer of the machine now
};

// Every present PASID entry, as (PASID, first-level pointer), into `entries`.
void present_pasid_entries(const PhysMem& mem, const IommuState& hw, std::vector<std::pair<uint32_t, uint64_t>>& entries);

// Every dangling pointer the hardware holds in this state.
std::vector<Dangling> find_dangling(const LivePgds& k, const PhysMem& mem, const IommuState& hw,
                                    const DeviceTable& devs);
std::vector<Dangling> find_dangling(const KernelState& k, const PhysMem& mem, const IommuState& hw,
                                    const DeviceTable& devs);

}  // namespace svm
