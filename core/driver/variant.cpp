#include "core/driver/variant.h"

#include <array>

#include "core/base/text.h"

namespace svm {

namespace {
constexpr std::array<Variant, 8> kVariants = {{
    {.id = "v4.4",
     .summary = N_("intel-svm as merged in v4.4: the binding holds mm_users and mm_count"),
     .bind_keeps_mm_users = true,
     .unbind_unregister_first = true,
     .release_clears_entry = true,
     .release_flushes = false,
     .fault_guard = false,
     .dev_eiotlb_2016_macros = true},
    {.id = "v4.5",
     .summary = N_("with e57e58bd: mm_count only; release() clears the PASID entry and flushes; the fault "
                   "handler takes mm_users with inc-not-zero"),
     .bind_keeps_mm_users = false,
     .unbind_unregister_first = false,
     .release_clears_entry = true,
     .release_flushes = true,
     .fault_guard = true,
     .dev_eiotlb_2016_macros = true},
    {.id = "v4.5-no-release-clear",
     .summary = N_("the fix without the clear-and-flush in release(): shows W0"),
     .bind_keeps_mm_users = false,
     .unbind_unregister_first = false,
     .release_clears_entry = false,
     .release_flushes = false,
     .fault_guard = true,
     .dev_eiotlb_2016_macros = true},
    {.id = "v4.5-no-fault-guard",
     .summary = N_("the fix without the inc-not-zero in the fault handler: shows W1"),
     .bind_keeps_mm_users = false,
     .unbind_unregister_first = false,
     .release_clears_entry = true,
     .release_flushes = true,
     .fault_guard = false,
     .dev_eiotlb_2016_macros = true},
    // The museum's exhibits (docs/history.md). Their flags above keep the
    // 2016 lines they still share in their v4.5 form; what differs between a
    // bug and its fix is in the era's own data (driver/era_flags.h).
    {.id = "2020-canonical-check",
     .summary = N_("2020, before 902baf61adf6: prq_event_thread() checks is_canonical_address() after "
                   "mmget_not_zero(), and its goto bad_req skips the mmput()"),
     .era = Era::Y2020},
    {.id = "2020-canonical-fixed",
     .summary = N_("2020, with 902baf61adf6 (\"iommu/vt-d: Fix mm reference leak\"): the canonical check comes "
                   "first"),
     .era = Era::Y2020},
    {.id = "2022-pasid-freed-in-mmput",
     .summary = N_("2022, with 701fac40384f: mm->pasid is freed in __mmput(), when the address space goes"),
     .era = Era::Y2022},
    {.id = "2022-pasid-freed-in-mmdrop",
     .summary = N_("2022, with 2667ed10d9f0 (\"mm: Fix PASID use-after-free issue\"): mm->pasid is freed in "
                   "__mmdrop(), when the mm_struct goes"),
     .era = Era::Y2022},
}};
}  // namespace

std::span<const Variant> all_variants() { return kVariants; }

const Variant* find_variant(std::string_view id) {
  for (const auto& v : kVariants)
    if (v.id == id) return &v;
  return nullptr;
}

const Variant& default_variant() { return kVariants[1]; }

}  // namespace svm
