#pragma once
// Fault Processing Disable. A fault the VT-d specification calls
// "qualified" (one found in the entries that process a request, not an
// error reaching the tables themselves) is not recorded when FPD is set in
// the context entry or, in scalable mode, in the PASID directory entry or
// the PASID-table entry the request went through: read even when the entry
// is not present, which is how Linux's intel_pasid_tear_down_entry(...,
// fault_ignore = true) silences a device's late DMA (v5.18). As QEMU applies
// it: vtd_is_qualified_fault(), vtd_ce_get_pasid_fpd(), vtd_report_fault()
// in hw/i386/intel_iommu.c.

#include "core/base/types.h"
#include "core/iommu/fault.h"
#include "core/iommu/iommu_state.h"
#include "core/mem/physmem.h"

namespace svm {

bool fault_qualified(FaultReason r);

// Which entry disabled fault processing for a request, if one did.
enum class FpdWhere : uint8_t { None, ContextEntry, PasidDirEntry, PasidEntry };
FpdWhere fault_processing_disabled(const IommuState& hw, const PhysMem& mem, SourceId sid, Pasid pasid);

}  // namespace svm
