#pragma once
// x86-64 4-level paging entries, shared by the kernel's page tables (built by
// handle_mm_fault and friends) and the IOMMU's first-level walk, which reads
// the very same tables: that sharing *is* Shared Virtual Memory.
//
// Glossary: PML4E/PDPTE/PDE/PTE are the entries of levels 4..1 (Linux calls
// the tables pgd/pud/pmd/pte). P present, R/W writable, U/S user-accessible,
// A accessed, D dirty (set by the walker), PS page size (a 1 GiB leaf in a
// PDPTE, a 2 MiB leaf in a PDE), G global, XD execute-disable.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace svm::pte {

inline constexpr uint64_t P = 1ULL << 0;
inline constexpr uint64_t RW = 1ULL << 1;
inline constexpr uint64_t US = 1ULL << 2;
inline constexpr uint64_t PWT = 1ULL << 3;
inline constexpr uint64_t PCD = 1ULL << 4;
inline constexpr uint64_t A = 1ULL << 5;
inline constexpr uint64_t D = 1ULL << 6;
inline constexpr uint64_t PS = 1ULL << 7;
inline constexpr uint64_t G = 1ULL << 8;
inline constexpr uint64_t XD = 1ULL << 63;
inline constexpr uint64_t kAddrMask = 0x000ffffffffff000ULL;

// Level 4 = PML4 (pgd) ... level 1 = page table (pte).
constexpr unsigned index(uint64_t va, int level) { return (va >> (12 + 9 * (level - 1))) & 511; }
constexpr uint64_t level_span(int level) { return 1ULL << (12 + 9 * (level - 1)); }
constexpr uint64_t addr(uint64_t e) { return e & kAddrMask; }

// Reserved bits of a leaf as QEMU checks them: for a 1 GiB leaf bits 29:13,
// for a 2 MiB leaf bits 20:13 (bit 12 is PAT there). Bit 7 of a PML4E is
// reserved too.
constexpr uint64_t reserved_mask(int level, bool leaf) {
  if (level == 4) return PS;
  if (leaf && level == 3) return 0x3fffe000ULL;
  if (leaf && level == 2) return 0x001fe000ULL;
  return 0;
}

std::string_view level_name(int level);  // "PML4E", "PDPTE", "PDE", "PTE"
std::string decode(uint64_t e);          // "P RW US A D" ...

}  // namespace svm::pte
