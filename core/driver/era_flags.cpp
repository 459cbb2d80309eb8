#include "core/driver/era_flags.h"

#include <array>

namespace svm {

namespace {
constexpr std::array<EraFlags, 4> kFlags = {{
    {.variant = "2020-canonical-check", .canonical_check_after_mmget = true},
    {.variant = "2020-canonical-fixed", .canonical_check_after_mmget = false},
    {.variant = "2022-pasid-freed-in-mmput", .pasid_freed_in_mmput = true},
    {.variant = "2022-pasid-freed-in-mmdrop", .pasid_freed_in_mmput = false},
}};
constexpr EraFlags kNone{};
}  // namespace

const EraFlags& era_flags(const Variant& v) {
  for (const EraFlags& f : kFlags)
    if (f.variant == v.id) return f;
  return kNone;
}

}  // namespace svm
