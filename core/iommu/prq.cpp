#include "core/iommu/prq.h"

#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/iommu/translate.h"

namespace svm {

PrqResult queue_page_request(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const PageRequest& pr) {
  const ContextLookup cl = lookup_context(hw, mem, cfg, pr.sid());
  // PRS is bit 9 of the ECS context entry; a scalable-mode entry has PRE at bit 4.
  const uint64_t pre = hw.mode == IommuMode::Scalable ? sm::CTX_PRE : vtd::CONTEXT_PRS;
  if (!cl.ok || !(cl.ctx[0] & pre)) {
    FaultRecord f;
    f.reason = FaultReason::PageRequestDisabled;
    f.sid = pr.sid();
    f.addr = pr.addr;
    f.pasid_present = pr.pasid_present;
    f.pasid = Pasid{pr.pasid};
    f.write = pr.wr;
    record_fault(hw, cfg, f);
    return PrqResult::PreDisabled;
  }
  if (hw.prs & vtd::PRS_PRO) return PrqResult::Dropped;
  const uint32_t n = static_cast<uint32_t>(hw.prq.size());
  if ((hw.pqt + 1) % n == hw.pqh) {
    hw.prs |= vtd::PRS_PRO;
    return PrqResult::Overflow;
  }
  // Implicit invalidation of the IOTLB entry for the faulting address.
  std::erase_if(hw.iotlb, [&](const IotlbEntry& e) {
    return e.did == cl.did && e.pasid == Pasid{pr.pasid} && e.covers(pr.addr);
  });
  hw.prq.set(hw.pqt, pr.encode());
  hw.pqt = (hw.pqt + 1) % n;
  hw.prs |= vtd::PRS_PPR;
  // Modeled: the interrupt wakes the handler whenever a request is written.
  // (With PPR-gated interrupts and no PPR clearing in the 4.4 handler,
  // requests would be lost. The v4.5 tag's prq_event_thread() starts with
  // writel(DMA_PRS_PPR, iommu->reg + DMAR_PRS_REG), as do 4.5.7 and 4.6.2; it
  // came from another commit than e57e58bd, whose blob 97a8189 lacks it. Not
  // modeled in any variant: without PPR-gated interrupts it changes nothing.)
  hw.prq_irq_pending = true;
  return PrqResult::Queued;
}

bool autoresponds_on_overflow(const IommuConfig& cfg, const PageRequest& pr) {
  const bool stop_marker = pr.lpig && !pr.rd && !pr.wr;
  return cfg.prq_overflow_autorespond && pr.lpig && !stop_marker;
}

}  // namespace svm
