#pragma once
// Building and tearing down a process's page tables in simulated memory, as
// pud_alloc/pmd_alloc/pte_alloc, zap_pte_range and free_pgd_range do. These
// are helpers of the model functions in memory.cpp and mmap.cpp, not steps of
// their own.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/types.h"
#include "core/engine/ctx.h"
#include "core/kernel/mmu_gather.h"

namespace svm {

// _PAGE_TABLE on x86-64: what an upper-level entry pointing to a table holds.
inline constexpr uint64_t kPageTableFlags = 0x67;  // P RW US A D

// Address of the PTE for `va` in `mm`, allocating missing tables (frames
// owned by the mm). Reports a use after free if a table frame was freed.
PhysAddr pte_alloc_path(Ctx& c, uint32_t mm, uint64_t va);

// Address of the PTE for `va` if every upper level is present.
std::optional<PhysAddr> pte_lookup(const PhysMem& mem, Pfn pgd, uint64_t va);

// Clear the PTEs of [start, end); user pages go to the caller's gather
// (freed at tlb_finish_mmu), special (PFN-mapped) pages are just unmapped.
// Every present PTE cleared widens the gather's range (zap_pte_range():
// tlb_remove_tlb_entry(tlb, pte, addr), zero page and PFN maps included).
void zap_range(Ctx& c, uint32_t mm, uint64_t start, uint64_t end, MmuGather& tlb);

// free_pgd_range: clear and gather every page-table page that maps only
// addresses inside [floor, ceiling) and overlaps [addr, end). Each freed
// table widens the gather's range by one page at the base of the span its
// parent entry maps: the address pte_free_tlb (PMD-aligned), pmd_free_tlb
// (start &= PUD_MASK) and pud_free_tlb (start &= PGDIR_MASK) are given.
void free_pgd_range(Ctx& c, uint32_t mm, uint64_t addr, uint64_t end, uint64_t floor, uint64_t ceiling,
                    MmuGather& tlb);

// Map one page (used by remap_pfn_range and the fault handlers).
void set_pte(Ctx& c, uint32_t mm, uint64_t va, uint64_t entry);

// Index of the VMA containing addr (or the first one above it, like
// find_vma), reading every VMA it walks past.
uint32_t find_vma(Ctx& c, uint32_t mm, uint64_t addr);

// Recompute vm_next links after mm->mmap changed.
void relink_vmas(Ctx& c, uint32_t mm);

}  // namespace svm
