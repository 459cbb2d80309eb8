#pragma once
// struct mmu_gather (include/asm-generic/tlb.h, v4.4): what unmapping collects
// on the caller's stack between tlb_gather_mmu() and tlb_finish_mmu().
//
// Glossary:
// - start/end: the range tlb_flush_mmu_tlbonly() flushes, from the CPU TLBs
//   (tlb_flush) and, through mmu_notifier_invalidate_range(), from every
//   secondary TLB such as the IOMMU's. It is not the caller's range: each
//   cleared PTE (tlb_remove_tlb_entry) and each freed page-table page
//   (pte_free_tlb, pmd_free_tlb, pud_free_tlb, at the address their callers
//   pass) widens it with __tlb_adjust_range(). x86 defines tlb_end_vma() as
//   nothing, so the range is not flushed and reset between VMAs.
// - fullmm: exit_mmap()'s gather of (0, -1). __tlb_reset_range() then sets
//   start = end = ~0, so the range ends at ~0 whatever is unmapped.
// - pages: the frames (user pages and page-table pages) freed only after the
//   flush, by tlb_flush_mmu_free().

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/base/pool_allocator.h"
#include "core/base/types.h"

namespace svm {

struct MmuGather {
  uint64_t start = 0;
  uint64_t end = 0;
  bool fullmm = false;
  PoolVector<uint64_t> pages;  // copied with its thread at every step: pooled (pool_allocator.h)

  bool operator==(const MmuGather&) const = default;
  friend void hash_append(Hasher& h, const MmuGather& g) {
    h(g.start, g.end);
    h.mix(uint64_t(g.fullmm) | uint64_t(g.pages.size()) << 1);
    hash_elements(h, g.pages.data(), g.pages.size());
  }
};

// __tlb_reset_range(): an empty range (end 0) unless the whole mm goes.
inline void tlb_reset_range(MmuGather& tlb) {
  if (tlb.fullmm) {
    tlb.start = tlb.end = ~0ULL;
  } else {
    tlb.start = kTaskSize;
    tlb.end = 0;
  }
}

// tlb_gather_mmu(tlb, mm, start, end): "Is it from 0 to ~0?"
inline void tlb_gather_mmu(MmuGather& tlb, uint64_t start, uint64_t end) {
  tlb.fullmm = !(start | (end + 1));
  tlb.pages.clear();
  tlb_reset_range(tlb);
}

// __tlb_adjust_range(tlb, address): one page at address joins the range.
inline void tlb_adjust_range(MmuGather& tlb, uint64_t address) {
  tlb.start = std::min(tlb.start, address);
  tlb.end = std::max(tlb.end, address + kPageSize);
}

}  // namespace svm
