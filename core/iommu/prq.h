#pragma once
// The page request queue, hardware side: a device's page request is written
// at PQT, or the queue overflows.
//
// As QEMU does ([QPRI] in reference/vtd-hardware.md): PRE=0 in the context
// entry records fault 0x47; with PRO already set the request is dropped; a
// full queue sets PRO and drops it; otherwise the IOTLB entry for the address
// is invalidated, the descriptor written, PQT advanced and PPR set.
// MODELED, UNVERIFIED: whether VT-d hardware auto-answers a dropped request
// with LPIG=1 by a Success page group response. RISC-V IOMMUs do; QEMU does
// not. This model does when IommuConfig::prq_overflow_autorespond is set, so a
// device retries instead of waiting forever.

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

}  // namespace svm
