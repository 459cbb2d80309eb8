#include "core/driver/variant.h"

#include <array>
#include <string>
#include <vector>

#include "core/base/text.h"
#include "core/patch/hunks.h"

namespace svm {

namespace {
constexpr std::array<Variant, 10> kVariants = {{
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
    // e57e58bd's effect apart from the era's device-TLB descriptor (the
    // museum's 2016 exhibit): the same drivers, with the descriptor encoded
    // as later kernels encode it (dev_eiotlb_2016_macros off).
    {.id = "v4.4-devtlb-fixed",
     .summary = N_("v4.4 with the device-TLB invalidation descriptor as later kernels encode it (SID << 16, QDEP "
                   "<< 4): not part of e57e58bd"),
     .bind_keeps_mm_users = true,
     .unbind_unregister_first = true,
     .release_clears_entry = true,
     .release_flushes = false,
     .fault_guard = false},
    {.id = "v4.5-devtlb-fixed",
     .summary = N_("v4.5 with the device-TLB invalidation descriptor as later kernels encode it: e57e58bd alone, "
                   "its release() flush reaching the device TLB"),
     .bind_keeps_mm_users = false,
     .unbind_unregister_first = false,
     .release_clears_entry = true,
     .release_flushes = true,
     .fault_guard = true},
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

// Every preset plus every non-empty hunk set, built once. The ids are stored
// first, in full, so the Variants' string_views into them never move.
struct Composites {
  std::vector<std::string> ids;
  std::vector<Variant> variants;
  Composites() {
    for (const Variant& base : kVariants)
      for (HunkSet s = 1; s <= kAllHunks; ++s) ids.push_back(hunk_variant_id(base.id, s));
    size_t i = 0;
    for (const Variant& base : kVariants)
      for (HunkSet s = 1; s <= kAllHunks; ++s) {
        Variant v = base;
        v.id = ids[i++];
        v.summary = N_("a preset with hunks of e57e58bd switched on: the id names them");
        for (const Hunk& h : all_hunks())
          if (s & hunk_bit(h.id)) h.apply(v);
        variants.push_back(v);
      }
  }
};

const Composites& composites() {
  static const Composites c;  // constant once built; C++ makes the first use thread-safe
  return c;
}

const Variant* find_preset(std::string_view id) {
  for (const auto& v : kVariants)
    if (v.id == id) return &v;
  return nullptr;
}

}  // namespace

std::span<const Variant> all_variants() { return kVariants; }

const Variant* find_variant(std::string_view id) { return parse_variant(id, nullptr); }

std::string_view preset_extra(const Variant& v) {
  // What a preset changes beyond whole hunks (a translatable template).
  if (v.id.rfind("v4.5-no-release-clear", 0) == 0)
    return N_("release() no longer clears the PASID entry either (nor WARNs)");
  if (v.era == Era::Y2016 && !v.dev_eiotlb_2016_macros)
    return N_("the device-TLB invalidation descriptor is encoded as later kernels encode it (SID << 16, QDEP << 4)");
  return {};
}

const Variant* parse_variant(std::string_view id, std::string* error) {
  auto fail = [&](std::string why) -> const Variant* {
    if (error) *error = std::move(why);
    return nullptr;
  };
  const size_t plus = id.find('+');
  const std::string_view base_id = id.substr(0, plus);
  const Variant* base = find_preset(base_id);
  if (!base) return fail("unknown variant \"" + std::string(base_id) + "\"");
  if (plus == std::string_view::npos) return base;
  // The hunks switch lines of the 2016 driver; a later era runs its own code.
  if (base->era != Era::Y2016)
    return fail("hunks of e57e58bd apply to the 2016 variants only, not to \"" + std::string(base_id) + "\"");
  HunkSet s = 0;
  std::string_view rest = id.substr(plus + 1);
  while (true) {
    const size_t next = rest.find('+');
    const std::string_view name = rest.substr(0, next);
    const Hunk* h = find_hunk(name);
    if (!h) {
      std::string all;
      for (const Hunk& x : all_hunks()) all += (all.empty() ? "" : ", ") + std::string(x.name);
      return fail("unknown hunk \"" + std::string(name) + "\" in variant \"" + std::string(id) + "\" (hunks: " + all + ")");
    }
    if (s & hunk_bit(h->id)) return fail("hunk \"" + std::string(name) + "\" named twice in variant \"" + std::string(id) + "\"");
    s |= hunk_bit(h->id);
    if (next == std::string_view::npos) break;
    rest = rest.substr(next + 1);
  }
  const size_t base_index = static_cast<size_t>(base - kVariants.data());
  return &composites().variants[base_index * kAllHunks + (s - 1)];
}

std::string variant_choices() {
  std::string all, hunks;
  for (const auto& v : kVariants) all += (all.empty() ? "" : ", ") + std::string(v.id);
  for (const Hunk& h : all_hunks()) hunks += (hunks.empty() ? "" : ", ") + std::string(h.name);
  return "one of: " + all + "; or a preset plus hunks of e57e58bd (" + hunks + "), e.g. v4.4+bind+fault";
}

const Variant& default_variant() { return kVariants[1]; }

}  // namespace svm
