#pragma once
// The page request queue, hardware side: a device's page request is written
// at PQT, or the queue overflows.
//
// As QEMU does ([QPRI] in reference/vtd-hardware.md): PRE=0 in the context
// entry records fault 0x47; with PRO already set the request is dropped; a
// full queue (PQT + 1 == PQH) sets PRO and drops it; otherwise the IOTLB
// entry for the address is invalidated, the descriptor written, PQT advanced
// and PPR set.
//
// What happens to a dropped request. No copy of the VT-d specification was
// at hand (reference/vtd-hardware.md section 5 lists this as UNVERIFIED), so
// the model follows the one written rule found for the same PCIe protocol,
// the RISC-V IOMMU specification ("ATS_PRI": a "Page Request" that cannot be
// queued because the queue is full or has overflowed is auto-completed by an
// IOMMU-generated "Page Request Group Response" with status Success, and only
// if it needs a response: Last Request in PRG = 1 and not a Stop Marker;
// riscv-non-isa/riscv-iommu issues #199, #262 and #337). Success makes the
// device retry the ATS translation, fault again and re-send its page request,
// which gets in once software has drained the queue. Linux agrees with the
// consequence: after an overflow it discards partial page-request groups
// (iopf_queue_discard_partial(), drivers/iommu/intel/prq.c), whose last
// request may have been answered without software seeing it. QEMU's VT-d
// model drops the request without an answer (hw/i386/intel_iommu.c,
// vtd_pri_request_page: -ENOSPC). This model answers when
// IommuConfig::prq_overflow_autorespond is set (the default), and says so
// wherever it shows such an answer: "modeled".
#include "core/iommu/descriptors.h"
#include "core/iommu/iommu_state.h"
#include "core/mem/physmem.h"

namespace svm {

enum class PrqResult : uint8_t {
  Queued,
  Overflow,     // queue full: PRO set now, request dropped
  Dropped,      // PRO was already set: request dropped
  PreDisabled,  // context entry has no PRE: fault recorded
};

PrqResult queue_page_request(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const PageRequest& pr);

// Does the IOMMU answer a request it dropped (Overflow or Dropped) itself?
// Only a request that needs an answer (LPIG=1, not a stop marker: LPIG with
// neither read nor write), and only in the modeled auto-response (above).
bool autoresponds_on_overflow(const IommuConfig& cfg, const PageRequest& pr);

// A page request that never reached the queue, kept for the views (the
// dropped requests are ghosts in the page-request diagram).
struct PrqDrop {
  Desc desc;                 // the request as it would have been queued
  bool overflow_now = false; // this request found the queue full and set PRO
  bool auto_response = false;
  uint8_t code = 0;          // the auto-response's code (Success)
  bool operator==(const PrqDrop&) const = default;
};

}  // namespace svm
