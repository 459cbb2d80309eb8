#include "core/iommu/fault.h"

#include "core/base/cfmt.h"

namespace svm {

FaultInfo fault_info(FaultReason r) {
  switch (r) {
    case FaultReason::None: return {N_("no fault"), false};
    case FaultReason::RootNotPresent: return {N_("root entry not present"), false};
    case FaultReason::ContextNotPresent: return {N_("context entry not present"), false};
    case FaultReason::PasidDisabled: return {N_("PASIDE=0 in context entry"), true};
    case FaultReason::PasidTooLarge: return {N_("PASID beyond PASID-table size"), true};
    case FaultReason::PageRequestDisabled: return {N_("page request with PRE=0"), true};
    case FaultReason::SmRootNotPresent: return {N_("root entry not present (scalable mode)"), false};
    case FaultReason::SmContextNotPresent: return {N_("context entry not present (scalable mode)"), false};
    case FaultReason::PasidDirNotPresent: return {N_("PASID directory entry not present"), false};
    case FaultReason::PasidEntryInvalid: return {N_("invalid scalable-mode PASID-table entry"), false};
    case FaultReason::PasidEntryAccess: return {N_("PASID-table entry access error"), true};
    case FaultReason::PasidNotPresent: return {N_("PASID entry not present"), true};
    case FaultReason::SreDisabled: return {N_("supervisor request with SRE=0"), true};
    case FaultReason::FlAccessError: return {N_("first-level entry access error"), true};
    case FaultReason::FlNotPresent: return {N_("first-level entry not present"), true};
    case FaultReason::FlReserved: return {N_("first-level entry reserved bits set"), true};
    case FaultReason::FlPml4eAccess: return {N_("PML4E access error"), true};
    case FaultReason::NonCanonical: return {N_("non-canonical address"), true};
    case FaultReason::UserNotAllowed: return {N_("user request to supervisor page (U/S=0)"), true};
    case FaultReason::NoExecute: return {N_("execute request to no-execute page"), true};
    case FaultReason::NoWrite: return {N_("write request to read-only page"), true};
    case FaultReason::NoRead: return {N_("read request without read permission"), true};
  }
  return {N_("unknown fault"), true};
}

Text fault_text(FaultReason r) { return fault_text(r, false); }

Text fault_text(FaultReason r, bool scalable) {
  FaultInfo i = fault_info(r);
  if (scalable) i.modeled = false;
  return txt(Text::literal(i.modeled ? N_("%1 %2 (modeled)") : N_("%1 %2")), cfmt("0x%02x", static_cast<unsigned>(r)),
             Text::literal(i.text.data()));
}

std::string fault_label(FaultReason r) { return fault_text(r).english(); }

}  // namespace svm
