#include "core/iommu/fpd.h"

#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"

namespace svm {

bool fault_qualified(FaultReason r) {
  switch (r) {
    // The root entry, and errors reaching a table (not what an entry says),
    // are reported whatever FPD says; so is a page request refused by the
    // context entry's PRE, which is no translation fault.
    case FaultReason::None:
    case FaultReason::RootNotPresent:
    case FaultReason::SmRootNotPresent:
    case FaultReason::PasidEntryAccess:
    case FaultReason::FlAccessError:
    case FaultReason::FlPml4eAccess:
    case FaultReason::PageRequestDisabled: return false;
    default: return true;
  }
}

FpdWhere fault_processing_disabled(const IommuState& hw, const PhysMem& mem, SourceId sid, Pasid pasid) {
  if (!hw.context_table_for(sid.v).v) return FpdWhere::None;
  // FPD is bit 1 of the context entry's low word in both modes.
  if (mem.read(PhysAddr{hw.context_entry_addr(sid.v)}) & vtd::CONTEXT_FPD) return FpdWhere::ContextEntry;
  if (hw.mode != IommuMode::Scalable || !hw.pasid_dir.v) return FpdWhere::None;
  // Scalable mode: the directory entry's FPD, then the PASID entry's (bit 1
  // of val[0]), present or not.
  const uint64_t pde = mem.read(PhysAddr{sm::dir_entry_addr(hw, pasid.v)});
  if (pde & sm::PDE_FPD) return FpdWhere::PasidDirEntry;
  if (const uint64_t a = sm::pasid_entry_addr(hw, mem, pasid.v); a && (mem.read(PhysAddr{a}) & sm::PE_FPD))
    return FpdWhere::PasidEntry;
  return FpdWhere::None;
}

}  // namespace svm
