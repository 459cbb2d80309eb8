#pragma once
// Object identity. Every kernel, driver and hardware object the model tracks
// has a kind and a 1-based index that never changes ("mm#1", "file#2"): freed
// objects keep their slot as a tombstone, so an id in a trace always names the
// same object, and a use after free can name what was freed and by whom.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/hash.h"

namespace svm {

enum class Kind : uint8_t {
  Task,
  Mm,
  Vma,
  File,
  Files,     // files_struct: the fd table
  Svm,       // struct intel_svm: one PASID bound to one mm
  Sdev,      // struct intel_svm_dev: one device using that PASID
  Notifier,  // the mmu_notifier embedded in an intel_svm (same index as the svm)
  Pasid,     // a PASID table entry (index = PASID + 1)
  Device,
  Frame,     // a 4 KiB physical page frame (index = pfn)
};
inline constexpr int kKindCount = 11;

std::string_view kind_name(Kind k);  // "task", "mm", ...

struct ObjId {
  Kind kind = Kind::Task;
  uint32_t idx = 0;  // 0 = none
  constexpr auto operator<=>(const ObjId&) const = default;
  constexpr explicit operator bool() const { return idx != 0; }
  friend void hash_append(Hasher& h, ObjId o) { h(o.kind, o.idx); }
};

std::string to_string(ObjId id);                 // "mm#1"
std::optional<ObjId> parse_obj_id(std::string_view s);

// Kinds held in the kernel part (KernelState's tables).
constexpr bool is_kernel_object(Kind k) {
  return k == Kind::Task || k == Kind::Mm || k == Kind::Vma || k == Kind::File || k == Kind::Files;
}

}  // namespace svm
