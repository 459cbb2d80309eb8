#pragma once
// What tells a museum exhibit's bug from its fix, as data beside the variant
// registry (driver/variant.h keeps only the era). Each flag is read by one
// line of that era's model, and is named after what the kernel did.

#include <string_view>

#include "core/driver/variant.h"

namespace svm {

struct EraFlags {
  std::string_view variant;
  // 2020, prq_event_thread(): 9d8c3af31607 put `if (!is_canonical_address(address)) goto bad_req;`
  // after `if (!mmget_not_zero(svm->mm)) goto bad_req;`; bad_req: is past the
  // mmput(), so a non-canonical request leaks one mm_users. 902baf61adf6
  // moved the check before mmget_not_zero().
  bool canonical_check_after_mmget = false;
  // 2022, kernel/fork.c: 701fac40384f calls mm_pasid_drop(mm) in __mmput()
  // (the address space's lifetime, mm_users); 2667ed10d9f0 moved it to
  // __mmdrop() (the mm_struct's lifetime, mm_count).
  bool pasid_freed_in_mmput = false;
};

// The flags of a variant; a 2016 variant gets all false.
const EraFlags& era_flags(const Variant& v);

}  // namespace svm
