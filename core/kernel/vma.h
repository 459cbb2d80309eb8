#pragma once
// struct vm_area_struct: one mapping of an address range.
//
// A VMA of a file mapping holds a reference on the file (vm_file, f_count);
// it is dropped in remove_vma(). That is the edge that closes the 2016 cycle:
// the mm keeps the VMA, the VMA keeps the file, the file's release() is what
// would unbind the PASID that keeps the mm.

#include <cstdint>
#include <string>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/mem/physmem.h"

namespace svm {

namespace vm {
// include/linux/mm.h, v4.4
inline constexpr uint32_t READ = 0x1;
inline constexpr uint32_t WRITE = 0x2;
inline constexpr uint32_t EXEC = 0x4;
inline constexpr uint32_t SHARED = 0x8;
inline constexpr uint32_t MAYREAD = 0x10;
inline constexpr uint32_t MAYWRITE = 0x20;
inline constexpr uint32_t GROWSDOWN = 0x100;
inline constexpr uint32_t PFNMAP = 0x400;
inline constexpr uint32_t IO = 0x4000;
inline constexpr uint32_t DONTCOPY = 0x20000;
inline constexpr uint32_t DONTEXPAND = 0x40000;
inline constexpr uint32_t ACCOUNT = 0x100000;
inline constexpr uint32_t DONTDUMP = 0x4000000;
std::string flags_to_string(uint32_t f);  // "rw-s IO PFNMAP ..."
}  // namespace vm

enum class VmOps : uint8_t { None, Accel };

struct Vma {
  uint64_t start = 0;
  uint64_t end = 0;
  uint32_t flags = 0;
  ObjId mm;
  ObjId file;            // vm_file
  bool file_ref = false;  // vm_file holds an f_count (after get_file(), until remove_vma()'s fput())
  uint32_t next = 0;     // vm_next: the following VMA of its list (mm->mmap or a detached list)
  VmOps ops = VmOps::None;
  uint64_t pfn_base = 0;  // VM_PFNMAP: first pfn mapped (the device portal)
  bool alive = true;
  Culprit freed_by;

  bool is_cow() const { return (flags & (vm::SHARED | vm::MAYWRITE)) == vm::MAYWRITE; }
  bool operator==(const Vma&) const = default;
  friend void hash_append(Hasher& h, const Vma& v) {
    h(v.start, v.end, v.flags, v.mm, v.file, v.file_ref, v.next, v.ops, v.pfn_base, v.alive, v.freed_by);
  }
};

}  // namespace svm
