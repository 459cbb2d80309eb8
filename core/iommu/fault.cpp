#include "core/iommu/fault.h"

#include <cstdio>

namespace svm {

FaultInfo fault_info(FaultReason r) {
  switch (r) {
    case FaultReason::None: return {"no fault", false};
    case FaultReason::RootNotPresent: return {"root entry not present", false};
    case FaultReason::ContextNotPresent: return {"context entry not present", false};
    case FaultReason::PasidDisabled: return {"PASIDE=0 in context entry", true};
    case FaultReason::PasidTooLarge: return {"PASID beyond PASID-table size", true};
    case FaultReason::PageRequestDisabled: return {"page request with PRE=0", true};
    case FaultReason::PasidEntryAccess: return {"PASID-table entry access error", true};
    case FaultReason::PasidNotPresent: return {"PASID entry not present", true};
    case FaultReason::SreDisabled: return {"supervisor request with SRE=0", true};
    case FaultReason::FlAccessError: return {"first-level entry access error", true};
    case FaultReason::FlNotPresent: return {"first-level entry not present", true};
    case FaultReason::FlReserved: return {"first-level entry reserved bits set", true};
    case FaultReason::FlPml4eAccess: return {"PML4E access error", true};
    case FaultReason::NonCanonical: return {"non-canonical address", true};
    case FaultReason::UserNotAllowed: return {"user request to supervisor page (U/S=0)", true};
    case FaultReason::NoExecute: return {"execute request to no-execute page", true};
    case FaultReason::NoWrite: return {"write request to read-only page", true};
    case FaultReason::NoRead: return {"read request without read permission", true};
  }
  return {"unknown fault", true};
}

std::string fault_label(FaultReason r) {
  const FaultInfo i = fault_info(r);
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%02x ", static_cast<unsigned>(r));
  std::string s = buf;
  s += i.text;
  if (i.modeled) s += " (modeled)";
  return s;
}

}  // namespace svm
