#include "core/kernel/pgtable_ops.h"

#include <algorithm>
#include <array>

#include "core/mem/pgtable.h"

namespace svm {

namespace {

FrameUse table_use(int level) {
  switch (level) {
    case 3: return FrameUse::Pud;
    case 2: return FrameUse::Pmd;
    default: return FrameUse::PteTable;
  }
}

// Read an entry of a page-table frame, reporting a read of freed memory.
uint64_t read_entry(Ctx& c, PhysAddr a) {
  const Pfn f = to_pfn(a);
  const PhysMem& mem = c.frame_r(f);
  if (mem.state(f) == FrameState::Freed) c.report_freed_frame(f, N_("page-table read of"));
  return mem.read(a);
}

void write_entry(Ctx& c, PhysAddr a, uint64_t v) {
  const Pfn f = to_pfn(a);
  if (c.frame_r(f).state(f) == FrameState::Freed) c.report_freed_frame(f, N_("page-table write to"));
  c.frame(f).write(a, v);
}

}  // namespace

PhysAddr pte_alloc_path(Ctx& c, uint32_t mm, uint64_t va) {
  uint64_t table = c.mm(mm).pgd.v << kPageShift;
  for (int level = 4; level >= 2; --level) {
    const PhysAddr ea{table + pte::index(va, level) * 8};
    uint64_t e = read_entry(c, ea);
    if (!(e & pte::P)) {
      const Pfn f = c.alloc_frame(table_use(level - 1), ObjId{Kind::Mm, mm});
      e = (f.v << kPageShift) | kPageTableFlags;
      write_entry(c, ea, e);
    }
    table = pte::addr(e);
  }
  return PhysAddr{table + pte::index(va, 1) * 8};
}

std::optional<PhysAddr> pte_lookup(const PhysMem& mem, Pfn pgd, uint64_t va) {
  uint64_t table = pgd.v << kPageShift;
  for (int level = 4; level >= 2; --level) {
    const uint64_t e = mem.read(PhysAddr{table + pte::index(va, level) * 8});
    if (!(e & pte::P)) return std::nullopt;
    table = pte::addr(e);
  }
  return PhysAddr{table + pte::index(va, 1) * 8};
}

void set_pte(Ctx& c, uint32_t mm, uint64_t va, uint64_t entry) { write_entry(c, pte_alloc_path(c, mm, va), entry); }

namespace {

// The entries of a level-`level` table (entry i maps base + i * span) that
// overlap [start, end) and hold something, by index, as read_entry() reads
// them one by one: the kernel's loop reads every entry of the range, but an
// empty one is 0 and skipped, so only the frame's non-zero words matter
// (zap and free walked 512 entries a table, 6% of the explorer's time on
// the exit race).
struct Entries {
  struct Entry {
    unsigned i;  // index
    uint64_t e;
  };
  unsigned n = 0;
  std::array<Entry, 512> at;  // (left uninitialised: zeroing it cost more than the walk)
};
void read_entries(Ctx& c, uint64_t table, int level, uint64_t base, uint64_t start, uint64_t end, Entries& out) {
  out.n = 0;
  const uint64_t span = pte::level_span(level);
  if (end <= base) return;
  const uint64_t first = start > base ? (start - base) / span : 0;
  const uint64_t last = std::min<uint64_t>(511, (end - 1 - base) / span);
  if (first > last) return;
  const Pfn f = to_pfn(PhysAddr{table});
  const PhysMem& mem = c.frame_r(f);
  if (mem.state(f) == FrameState::Freed)
    for (uint64_t i = first; i <= last; ++i) c.report_freed_frame(f, N_("page-table read of"));
  mem.for_each_word(f, [&](uint64_t a, uint64_t v) {
    const uint64_t i = (a & (kPageSize - 1)) / 8;
    if (i >= first && i <= last) out.at[out.n++] = {static_cast<unsigned>(i), v};
  });
}

void zap_level(Ctx& c, uint64_t table, int level, uint64_t base, uint64_t start, uint64_t end, MmuGather& tlb) {
  const uint64_t span = pte::level_span(level);
  Entries entries;
  read_entries(c, table, level, base, start, end, entries);
  for (unsigned k = 0; k < entries.n; ++k) {
    const auto [i, e] = entries.at[k];
    const uint64_t s = base + i * span;
    const PhysAddr ea{table + i * 8};
    if (!(e & pte::P)) continue;
    if (level > 1) {
      zap_level(c, pte::addr(e), level - 1, s, start, end, tlb);
      continue;
    }
    write_entry(c, ea, 0);  // ptep_get_and_clear_full
    tlb_adjust_range(tlb, s);  // tlb_remove_tlb_entry(tlb, pte, addr), before the vm_normal_page() check
    const Pfn pfn{pte::addr(e) >> kPageShift};
    const FrameInfo* fi = c.frame_r(pfn).info(pfn);
    // vm_normal_page(): special (PFN-mapped) and zero pages have no struct page to release.
    if (fi && fi->allocated && fi->use == FrameUse::UserPage) tlb.pages.push_back(pfn.v);
  }
}

}  // namespace

void zap_range(Ctx& c, uint32_t mm, uint64_t start, uint64_t end, MmuGather& tlb) {
  zap_level(c, c.mm(mm).pgd.v << kPageShift, 4, 0, start, end, tlb);
}

namespace {

// Free the tables below `table` (a level-`level` table whose entries each map
// level_span(level)) that lie wholly in [floor, ceiling) and overlap [addr, end).
void free_level(Ctx& c, uint64_t table, int level, uint64_t base, uint64_t addr, uint64_t end, uint64_t floor,
                uint64_t ceiling, MmuGather& tlb) {
  const uint64_t span = pte::level_span(level);
  Entries entries;
  read_entries(c, table, level, base, addr, end, entries);
  for (unsigned k = 0; k < entries.n; ++k) {
    const auto [i, e] = entries.at[k];
    const uint64_t s = base + i * span;
    const PhysAddr ea{table + i * 8};
    if (!(e & pte::P) || level == 1) continue;
    if (level > 2) free_level(c, pte::addr(e), level - 1, s, addr, end, floor, ceiling, tlb);
    const bool inside = s >= floor && (ceiling == 0 || s + span <= ceiling);
    if (!inside) continue;
    write_entry(c, ea, 0);  // pmd_clear / pud_clear / pgd_clear
    // pte_free_tlb / pmd_free_tlb / pud_free_tlb(tlb, table, s): __tlb_adjust_range(tlb, s), then gathered.
    tlb_adjust_range(tlb, s);
    tlb.pages.push_back(pte::addr(e) >> kPageShift);
  }
}

}  // namespace

void free_pgd_range(Ctx& c, uint32_t mm, uint64_t addr, uint64_t end, uint64_t floor, uint64_t ceiling,
                    MmuGather& tlb) {
  free_level(c, c.mm(mm).pgd.v << kPageShift, 4, 0, addr, end, floor, ceiling, tlb);
}

uint32_t find_vma(Ctx& c, uint32_t mm, uint64_t addr) {
  const PoolVector<ObjId> list = c.mm(mm).mmap;
  for (ObjId id : list) {
    const Vma& v = c.vma(id.idx);  // a freed VMA still on the list is a use after free
    if (v.end > addr) return id.idx;
  }
  return 0;
}

void relink_vmas(Ctx& c, uint32_t mm) {
  // The mm's own VMAs, each reached alone (not the kernel's table of them).
  Mm& m = c.mm(mm);
  std::sort(m.mmap.begin(), m.mmap.end(),
            [&](ObjId a, ObjId b) { return c.vma_r(a.idx).start < c.vma_r(b.idx).start; });
  const PoolVector<ObjId> list = m.mmap;
  for (size_t i = 0; i < list.size(); ++i) c.vma(list[i].idx).next = i + 1 < list.size() ? list[i + 1].idx : 0;
}

}  // namespace svm
