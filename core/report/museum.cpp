#include "core/report/museum.h"

#include <array>

#include "core/base/text.h"

namespace svm {

namespace {
constexpr std::array<Exhibit, 5> kExhibits = {{
    {.id = "2016-mm-users",
     .year = 2016,
     .title = N_("The binding that held mm_users"),
     .commits = "drivers/iommu/intel-svm.c as merged in v4.4; fixed by e57e58bd390a \"iommu/vt-d: Fix mm "
                "refcounting to hold mm_count not mm_users\" (v4.5, Cc stable)",
     .quote = "To address this issue, we *stop* holding mm_users while the PASID is bound. We already hold "
              "mm_count by virtue of the MMU notifier, and that can be made to be sufficient.",
     .quote_source = "David Woodhouse, patch mail, 2016-01-13",
     .scenario = "accel-mmap-exit",
     .bug = "v4.4",
     .fix = "v4.5",
     .modeled = N_("drivers/iommu/intel-svm.c as of v4.4 and with e57e58bd, and the v4.4 kernel's exit path")},
    {.id = "2016-devtlb-descriptor",
     .year = 2016,
     .title = N_("The device-TLB invalidation descriptor"),
     .commits = "v4.4 include/linux/intel-iommu.h: QI_DEV_EIOTLB_SID(sid) ((u64)((sid) & 0xffff) << 32), "
                "QI_DEV_EIOTLB_QDEP(qd) (((qd) & 0x1f) << 16); fixed by aaa59306b0b7 \"iommu/vt-d: Fix some macros "
                "that are incorrectly specified in intel-iommu\" (v4.11, Cc stable: 4.9.14, 4.10.2), which shifts "
                "SID by 16 and QDEP by 4",
     .quote = "QI_DEV_EIOTLB_SID and QI_DEV_EIOTLB_PASID share bits 51:32, and QDEP lands in the SID field.",
     .quote_source = "SVM Lab reference, kernel-exit-and-svm.md (the correcting commit: docs/history.md, 2016)",
     .scenario = "munmap-invalidate",
     .bug = "v4.5",
     .fix = "v4.5-devtlb-fixed",
     .modeled = N_("the v4.4 descriptor macros, as the invalidation queue view decodes them")},
    {.id = "scalable-mode",
     .year = 2018,
     .title = N_("Scalable mode (VT-d 3.x)"),
     .commits = "0bbeb01a4faf \"iommu/vt-d: Manage scalalble mode PASID tables\" (2018, the per-device PASID "
                "directory and 512-bit entries); the model runs drivers/iommu/intel/pasid.c and iommu.c as of v5.18",
     .quote = "When VT-d works in the scalable mode, it allows DMA translation to happen through either first "
              "level or second level page table.",
     .quote_source = "include/linux/intel-iommu.h, comment above domain_use_first_level() (v5.x)",
     .scenario = "scalable-mode-bind",
     .bug = "2022-pasid-freed-in-mmdrop",
     .fix = "",
     .modeled = N_("the 2022 driver on a scalable-mode IOMMU: domain_context_mapping_one()'s scalable-mode context "
                   "entry and intel_iommu_enable_pasid()'s PASIDE at probe, intel_pasid_setup_first_level() with "
                   "intel_pasid_get_entry() at bind, the walk through the PASID directory; one directory stands "
                   "for the per-device directories; requests without PASID (RID2PASID) are not modeled")},
    {.id = "2020-canonical",
     .year = 2020,
     .title = N_("The canonical-address check that leaked mm_users"),
     .commits = "9d8c3af31607 \"iommu/vt-d: IOMMU Page Request needs to check if address is canonical.\"; fixed by "
                "902baf61adf6 \"iommu/vt-d: Fix mm reference leak\"",
     .quote = "Move canonical address check before mmget_not_zero() to avoid mm reference leak.",
     .quote_source = "Jacob Pan, changelog of 902baf61adf6, 2020",
     .scenario = "prq-noncanonical",
     .bug = "2020-canonical-check",
     .fix = "2020-canonical-fixed",
     .modeled = N_("the v5.6 driver on a scalable-mode IOMMU: prq_event_thread(), bind (ioasid_alloc(), "
                   "intel_pasid_setup_first_level()), unbind, release() and the range flush as of v5.6, with "
                   "intel_pasid_tear_down_entry() and its PASID-cache, PASID IOTLB and device-TLB invalidations; the "
                   "kernel's exit path keeps its v4.4 text; one PASID directory stands for the device's own")},
    {.id = "2022-pasid",
     .year = 2022,
     .title = N_("The PASID freed with the address space"),
     .commits = "701fac40384f \"iommu/sva: Assign a PASID to mm on PASID allocation and free it on mm exit\"; fixed "
                "by 2667ed10d9f0 \"mm: Fix PASID use-after-free issue\" (v5.18-rc6)",
     .quote = "A single bugfix for the PASID management code, which freed the PASID too early. The PASID needs to "
              "be tied to the mm lifetime, not to the address space lifetime.",
     .quote_source = "Thomas Gleixner, core/urgent pull for v5.18-rc6, 2022-05-08",
     .scenario = "pasid-reuse-after-exit",
     .bug = "2022-pasid-freed-in-mmput",
     .fix = "2022-pasid-freed-in-mmdrop",
     .modeled = N_("mmput/__mmput, __mmdrop, mm_pasid_drop, iommu_sva_alloc_pasid, the bind chain, unbind, "
                   "release() and the range flush as of v5.18-rc5 (intel_pasid_tear_down_entry(), qi_flush_piotlb(), "
                   "qi_flush_dev_iotlb_pasid()); the page-request handler keeps its v4.5 text; one PASID table "
                   "stands for the table of a device both processes share")},
}};
}  // namespace

std::span<const Exhibit> exhibits() { return kExhibits; }

const Exhibit* find_exhibit(std::string_view id) {
  for (const Exhibit& e : kExhibits)
    if (e.id == id) return &e;
  return nullptr;
}

const Exhibit* exhibit_of_scenario(std::string_view scenario) {
  for (const Exhibit& e : kExhibits)
    if (e.scenario == scenario) return &e;
  return nullptr;
}

}  // namespace svm
