// mm/memory.c and arch/x86/mm/fault.c, v4.4: unmapping (with the
// mmu_gather that frees pages only after the TLBs were flushed), freeing page
// tables, the page fault path, copy-on-write, and remap_pfn_range().

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/kernel/mmu_gather.h"
#include "core/kernel/pgtable_ops.h"
#include "core/mem/pgtable.h"

namespace svm {

namespace {
constexpr int64_t kVM_FAULT_SIGBUS = 0x2;
constexpr int64_t kVM_FAULT_WRITE = 0x8;
constexpr int64_t kSIGSEGV = 11;

uint64_t anon_pte_flags(const Vma& v, bool writable) {
  uint64_t e = pte::P | pte::US | pte::A;
  if (writable) e |= pte::RW | pte::D;
  if (!(v.flags & vm::EXEC)) e |= pte::XD;
  return e;
}
}  // namespace

void define_memory(FnTable& t) {
  {
    static constexpr Slot<MmRef> mm{0};  // vma->vm_mm, passed by the model's caller
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> start_addr{2};
    static constexpr Slot<uint64_t> end_addr{3};  // ~0: everything
    t.def({FnId::unmap_vmas,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"mmu_notifier_invalidate_range_start(mm, start_addr, end_addr);",
                [](Ctx& c) {
                  if (!c.mm(c[mm]).has_notifier_mm) return c.next();
                  return c.call(FnId::__mmu_notifier_invalidate_range_start, {c[mm], c[start_addr], c[end_addr]});
                }},
               {"for ( ; vma && vma->vm_start < end_addr; vma = vma->vm_next) unmap_single_vma(tlb, vma, "
                "start_addr, end_addr, NULL);  /* zap_pte_range: clear PTEs, gather the pages */",
                [](Ctx& c) {
                  const uint64_t end = c[end_addr];
                  uint32_t v = c[vma].idx;
                  MmuGather tlb = c.View::thread().gather;
                  while (v && c.vma(v).start < end) {
                    const Vma& area = c.vma(v);
                    const uint64_t s = std::max<uint64_t>(area.start, c[start_addr]), e = std::min(area.end, end);
                    zap_range(c, c[mm].idx, s, e, tlb);
                    v = c.vma(v).next;
                  }
                  c.thread().gather = tlb;
                  c.say(N_("PTEs cleared; the pages wait in the mmu_gather until the TLBs are flushed."));
                  return c.next();
                }},
               {"mmu_notifier_invalidate_range_end(mm, start_addr, end_addr);",
                [](Ctx& c) {
                  if (!c.mm(c[mm]).has_notifier_mm) return c.ret();
                  return c.call(FnId::__mmu_notifier_invalidate_range_end, {c[mm], c[start_addr], c[end_addr]});
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};  // tlb->mm
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> floor{2};
    static constexpr Slot<uint64_t> ceiling{3};  // 0: USER_PGTABLES_CEILING, none
    t.def({FnId::free_pgtables,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {.text = "while (vma) { next = vma->vm_next; unlink_anon_vmas(vma); unlink_file_vma(vma);",
                .body = [](Ctx& c) { return c[vma] ? c.next() : c.ret(); },
                .label = "loop"},
               {"free_pgd_range(tlb, addr, vma->vm_end, floor, next ? next->vm_start : ceiling);  /* pmd_clear, "
                "pte_free_tlb, ... */",
                [](Ctx& c) {
                  const Vma& v = c.vma(c[vma]);
                  const uint64_t addr = v.start, end = v.end;
                  const uint32_t next = v.next;
                  const uint64_t top = next ? c.vma(next).start : c[ceiling];
                  MmuGather tlb = c.View::thread().gather;
                  const size_t before = tlb.pages.size();
                  free_pgd_range(c, c[mm].idx, addr, end, c[floor], top, tlb);
                  if (tlb.pages.size() > before)
                    c.say([&] {
                      return txt(N_("%1 page-table page(s) unlinked; freed at tlb_finish_mmu(). Each widens the range "
                                    "the gather will flush, which now starts at %2."),
                                 tlb.pages.size() - before, hex(tlb.start));
                    });
                  c.thread().gather = tlb;
                  c.set(vma, VmaRef{next});
                  return c.go("loop");
                }},
           }});
  }

  {
    // start and end are the caller's range, which v4.4's tlb_finish_mmu()
    // does not use: the flush takes the gather's own range.
    // tlb_flush_mmu() and tlb_flush_mmu_tlbonly() are inlined as its steps.
    static constexpr Slot<MmRef> mm{0};  // tlb->mm
    static constexpr Slot<uint64_t> start{1};
    static constexpr Slot<uint64_t> end{2};
    t.def({FnId::tlb_finish_mmu,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"tlb_flush_mmu(tlb); -> tlb_flush_mmu_tlbonly(tlb): if (!tlb->end) return;",
                [](Ctx& c) {
                  if (c.View::thread().gather.end == 0) {
                    c.say(N_("Nothing was unmapped and no page table freed: the gather's range is empty, so "
                             "neither the CPU TLBs nor any MMU notifier is flushed."));
                    return c.go("free");
                  }
                  return c.next();
                }},
               {"tlb_flush(tlb);  /* arch/x86/include/asm/tlb.h: flush_tlb_mm_range(tlb->mm, tlb->start, tlb->end, "
                "0UL), or the whole mm if tlb->fullmm */"},
               {"mmu_notifier_invalidate_range(tlb->mm, tlb->start, tlb->end);",
                [](Ctx& c) {
                  const MmuGather& tlb = c.View::thread().gather;
                  if (tlb.fullmm)
                    c.say([&] {
                      return txt(N_("The gather's range is %1-%2: exit_mmap()'s gather covers the whole mm, so its end "
                                    "stays at ~0."),
                                 hex(tlb.start), hex(tlb.end));
                    });
                  else if (tlb.start != c[start] || tlb.end != c[end])
                    c.say([&] {
                      return txt(N_("The gather's range is %1-%2, not the caller's %3-%4: each cleared PTE and each "
                                    "freed page-table page widened it."),
                                 hex(tlb.start), hex(tlb.end), hex(c[start]), hex(c[end]));
                    });
                  if (!c.mm(c[mm]).has_notifier_mm) return c.next();
                  return c.call(FnId::__mmu_notifier_invalidate_range, {c[mm], tlb.start, tlb.end});
                }},
               {"__tlb_reset_range(tlb);",
                [](Ctx& c) {
                  tlb_reset_range(c.thread().gather);
                  return c.next();
                }},
               {.text = "tlb_flush_mmu_free(tlb): free_pages_and_swap_cache(batch->pages, batch->nr);",
                .body = [](Ctx& c) {
                  const PoolVector<uint64_t> gather = c.View::thread().gather.pages;
                  int freed = 0;
                  for (uint64_t pfn : gather) {
                    if (c.frame_r(Pfn{pfn}).state(Pfn{pfn}) != FrameState::Live) {
                      c.free_frame(Pfn{pfn});  // reports the double free
                      continue;
                    }
                    if (c.frame(Pfn{pfn}).put_page(Pfn{pfn})) {
                      c.free_frame(Pfn{pfn});
                      ++freed;
                    }
                  }
                  c.thread().gather.pages.clear();
                  if (freed) c.say([&] { return txt(N_("%1 page(s) go back to the page allocator."), freed); });
                  return c.next();
                },
                .label = "free"},
           }});
  }

  {
    // arch/x86/mm/fault.c
    static constexpr Slot<uint64_t> address{0};
    static constexpr Slot<bool> write{1};  // error_code & PF_WRITE
    static constexpr Slot<MmRef> mm{2};
    static constexpr Slot<VmaRef> vma{3};
    t.def({FnId::__do_page_fault,
           "arch/x86/mm/fault.c",
           Origin::Kernel,
           {},
           {
               {.text = "tsk = current; mm = tsk->mm; ... down_read(&mm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.set(mm, MmRef{c.self_task().mm.idx});
                  c.mm(c[mm]).mmap_sem.readers.push_back(static_cast<int16_t>(c.tid()));
                  return c.next();
                },
                .guard = guard::own_mmap_sem_read},
               {"vma = find_vma(mm, address); if (unlikely(!vma)) goto bad_area; if (likely(vma->vm_start <= "
                "address)) goto good_area;",
                [](Ctx& c) {
                  const uint32_t v = find_vma(c, c[mm].idx, c[address]);
                  if (!v || c.vma(v).start > c[address]) return c.go("bad");
                  c.set(vma, VmaRef{v});
                  return c.next();
                }},
               {"good_area: if (unlikely(access_error(error_code, vma))) goto bad_area_access_error;",
                [](Ctx& c) {
                  if (c[write] && !(c.vma(c[vma]).flags & vm::WRITE)) return c.go("bad");
                  return c.next();
                }},
               {"fault = handle_mm_fault(mm, vma, address, flags);",
                [](Ctx& c) { return c.call(FnId::handle_mm_fault, {c[mm], c[vma], c[address], c[write]}); }},
               {"up_read(&mm->mmap_sem);",
                [](Ctx& c) {
                  auto& r = c.mm(c[mm]).mmap_sem.readers;
                  r.erase(std::find(r.begin(), r.end(), c.tid()));
                  return c.ret(c.callee_ret() & kVM_FAULT_SIGBUS ? -kSIGSEGV : 0);
                }},
               {.text = "bad_area: up_read(&mm->mmap_sem); force_sig_info_fault(SIGSEGV, SEGV_MAPERR, address, tsk);",
                .body = [](Ctx& c) {
                  auto& r = c.mm(c[mm]).mmap_sem.readers;
                  r.erase(std::find(r.begin(), r.end(), c.tid()));
                  c.say(N_("No mapping allows this access: SIGSEGV."));
                  return c.ret(-kSIGSEGV);
                },
                .label = "bad"},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<bool> write{3};    // flags & FAULT_FLAG_WRITE
    static constexpr Slot<PhysAddr> pte{4};  // __handle_mm_fault()'s pte = pte_alloc_map(...)
    t.def({FnId::handle_mm_fault,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"__handle_mm_fault(): pgd = pgd_offset(mm, address); pud = pud_alloc(mm, pgd, address); pmd = "
                "pmd_alloc(mm, pud, address); pte = pte_alloc_map(mm, vma, pmd, address);",
                [](Ctx& c) {
                  c.set(pte, pte_alloc_path(c, c[mm].idx, c[address]));
                  return c.next();
                }},
               {"handle_pte_fault(): entry = *pte; if (!pte_present(entry)) { if (pte_none(entry)) { if "
                "(vma_is_anonymous(vma)) return do_anonymous_page(mm, vma, address, pte, pmd, flags); else return "
                "do_fault(mm, vma, address, pte, pmd, flags, entry); } ... }  /* simplified: do_fault() is not "
                "modeled; a file mapping's missing page ends as VM_FAULT_SIGBUS */",
                [](Ctx& c) {
                  const uint64_t e = c.frame_r(to_pfn(c[pte])).read(c[pte]);
                  if (e & pte::P) return c.next();
                  if (c.vma(c[vma]).file) return c.ret(kVM_FAULT_SIGBUS);
                  return c.call_ret(FnId::do_anonymous_page, {c[mm], c[vma], c[address], c[write], c[pte]});
                }},
               {"if (flags & FAULT_FLAG_WRITE) { if (!pte_write(entry)) return do_wp_page(mm, vma, address, pte, "
                "pmd, ptl, entry); entry = pte_mkdirty(entry); } entry = pte_mkyoung(entry); "
                "ptep_set_access_flags(vma, address, pte, entry, flags & FAULT_FLAG_WRITE); return 0;",
                [](Ctx& c) {
                  const uint64_t e = c.frame_r(to_pfn(c[pte])).read(c[pte]);
                  if (c[write] && !(e & pte::RW))
                    return c.call_ret(FnId::do_wp_page, {c[mm], c[vma], c[address], c[write], c[pte]});
                  c.frame(to_pfn(c[pte])).write(c[pte], e | pte::A | (c[write] ? pte::D : 0));
                  c.say(N_("The page was already there (another thread faulted it in first)."));
                  return c.ret(0);
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<bool> write{3};  // flags & FAULT_FLAG_WRITE
    static constexpr Slot<PhysAddr> page_table{4};
    static constexpr Slot<Pfn> page{5};
    t.def({FnId::do_anonymous_page,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"if (!(flags & FAULT_FLAG_WRITE) && !mm_forbids_zeropage(mm)) { entry = "
                "pte_mkspecial(pfn_pte(my_zero_pfn(address), vma->vm_page_prot)); goto setpte; }",
                [](Ctx& c) {
                  if (c[write]) return c.next();
                  const Vma& v = c.vma(c[vma]);
                  const uint64_t e = (c.kr().zero_page.v << kPageShift) | (anon_pte_flags(v, false) & ~pte::D);
                  c.frame(to_pfn(c[page_table])).write(c[page_table], e);
                  c.say(N_("A read fault maps the shared zero page, read-only."));
                  return c.ret(0);
                }},
               {"page = alloc_zeroed_user_highpage_movable(vma, address);",
                [](Ctx& c) {
                  c.set(page, c.alloc_frame(FrameUse::UserPage, c[mm].id()));
                  return c.next();
                }},
               {"entry = mk_pte(page, vma->vm_page_prot); if (vma->vm_flags & VM_WRITE) entry = "
                "pte_mkwrite(pte_mkdirty(entry)); page_add_new_anon_rmap(page, vma, address); set_pte_at(mm, "
                "address, page_table, entry); return 0;",
                [](Ctx& c) {
                  const Vma& v = c.vma(c[vma]);
                  const uint64_t e = (c[page].v << kPageShift) | anon_pte_flags(v, v.flags & vm::WRITE);
                  c.frame(to_pfn(c[page_table])).write(c[page_table], e);
                  c.say([&] { return txt(N_("A new zeroed page is mapped at %1."), hex(c[address] & ~0xfffULL)); });
                  return c.ret(0);
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<bool> write{3};  // no C argument: handle_mm_fault()'s, passed along (always set here)
    static constexpr Slot<PhysAddr> page_table{4};
    static constexpr Slot<Pfn> old_page{5};
    t.def({FnId::do_wp_page,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"old_page = vm_normal_page(vma, address, orig_pte); ... if (PageAnon(old_page) && "
                "!PageKsm(old_page)) { ... if (reuse_swap_page(old_page)) { page_move_anon_rmap(old_page, vma, "
                "address); unlock_page(old_page); return wp_page_reuse(mm, vma, address, page_table, ptl, orig_pte, "
                "old_page, 0, 0); } unlock_page(old_page); }",
                [](Ctx& c) {
                  const uint64_t e = c.frame_r(to_pfn(c[page_table])).read(c[page_table]);
                  c.set(old_page, Pfn{pte::addr(e) >> kPageShift});
                  const FrameInfo* fi = c.frame_r(c[old_page]).info(c[old_page]);
                  if (fi && fi->allocated && fi->use == FrameUse::UserPage && fi->refs == 1) {
                    c.frame(to_pfn(c[page_table])).write(c[page_table], e | pte::RW | pte::D | pte::A);
                    c.say(N_("Only this mapping uses the page: it is made writable in place."));
                    return c.ret(kVM_FAULT_WRITE);
                  }
                  return c.next();
                }},
               {"page_cache_get(old_page); pte_unmap_unlock(page_table, ptl); return wp_page_copy(mm, vma, address, "
                "page_table, pmd, orig_pte, old_page);",
                [](Ctx& c) {
                  return c.call_ret(FnId::wp_page_copy,
                                    {c[mm], c[vma], c[address], c[write], c[page_table], c[old_page]});
                }},
           }});
  }

  {
    // The copy half of a write fault on a shared page: v4.4 moved it out of
    // do_wp_page(). Two notifier calls reach intel-svm here: ptep_clear_flush_notify()
    // (->invalidate_range) and set_pte_at_notify() (->change_pte).
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<bool> write{3};  // no C argument: handle_mm_fault()'s, passed along (always set here)
    static constexpr Slot<PhysAddr> page_table{4};
    static constexpr Slot<Pfn> old_page{5};
    static constexpr Slot<Pfn> new_page{6};
    t.def({FnId::wp_page_copy,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"const unsigned long mmun_start = address & PAGE_MASK; const unsigned long mmun_end = mmun_start + "
                "PAGE_SIZE; ... new_page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address); cow_user_page(new_page, "
                "old_page, address, vma);",
                [](Ctx& c) {
                  c.set(new_page, c.alloc_frame(FrameUse::UserPage, c[mm].id()));
                  return c.next();
                }},
               {"mmu_notifier_invalidate_range_start(mm, mmun_start, mmun_end);",
                [](Ctx& c) {
                  if (!c.mm(c[mm]).has_notifier_mm) return c.next();
                  const uint64_t mmun_start = c[address] & ~0xfffULL;
                  return c.call(FnId::__mmu_notifier_invalidate_range_start, {c[mm], mmun_start, mmun_start + 0x1000});
                }},
               {"page_table = pte_offset_map_lock(mm, pmd, address, &ptl); if (likely(pte_same(*page_table, "
                "orig_pte))) { ... entry = mk_pte(new_page, vma->vm_page_prot); entry = maybe_mkwrite(pte_mkdirty(entry), "
                "vma); ptep_clear_flush_notify(vma, address, page_table);  /* ptep_clear_flush(), then "
                "mmu_notifier_invalidate_range(mm, addr, addr + PAGE_SIZE) */",
                [](Ctx& c) {
                  c.frame(to_pfn(c[page_table])).write(c[page_table], 0);
                  if (!c.mm(c[mm]).has_notifier_mm) return c.next();
                  const uint64_t addr = c[address] & ~0xfffULL;
                  return c.call(FnId::__mmu_notifier_invalidate_range, {c[mm], addr, addr + 0x1000});
                }},
               {"page_add_new_anon_rmap(new_page, vma, address); ... set_pte_at_notify(mm, address, page_table, "
                "entry);  /* mmu_notifier_change_pte(mm, address, entry), then set_pte_at() */",
                [](Ctx& c) {
                  if (!c.mm(c[mm]).has_notifier_mm) return c.next();
                  return c.call(FnId::__mmu_notifier_change_pte, {c[mm], c[address] & ~0xfffULL});
                }},
               {"set_pte_at_notify(): set_pte_at(mm, address, page_table, entry); update_mmu_cache(vma, address, "
                "page_table);",
                [](Ctx& c) {
                  const Vma& v = c.vma(c[vma]);
                  c.frame(to_pfn(c[page_table])).write(c[page_table], (c[new_page].v << kPageShift) | anon_pte_flags(v, true));
                  c.say(N_("Copy-on-write: this mapping gets its own copy of the page."));
                  return c.next();
                }},
               {"if (old_page) page_remove_rmap(old_page); new_page = old_page; page_copied = 1; } ... if (new_page) "
                "page_cache_release(new_page);",
                [](Ctx& c) {
                  const Pfn old = c[old_page];
                  const FrameInfo* fi = c.frame_r(old).info(old);
                  if (fi && fi->allocated && fi->use == FrameUse::UserPage && c.frame(old).put_page(old)) c.free_frame(old);
                  return c.next();
                }},
               {"pte_unmap_unlock(page_table, ptl); mmu_notifier_invalidate_range_end(mm, mmun_start, mmun_end); ... "
                "return page_copied ? VM_FAULT_WRITE : 0;",
                [](Ctx& c) {
                  if (!c.mm(c[mm]).has_notifier_mm) return c.ret(kVM_FAULT_WRITE);
                  const uint64_t mmun_start = c[address] & ~0xfffULL;
                  return c.call_ret(FnId::__mmu_notifier_invalidate_range_end, {c[mm], mmun_start, mmun_start + 0x1000});
                }},
           }});
  }

  {
    static constexpr Slot<VmaRef> vma{0};
    static constexpr Slot<uint64_t> addr{1};
    static constexpr Slot<Pfn> pfn{2};
    static constexpr Slot<uint64_t> size{3};
    t.def({FnId::remap_pfn_range,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"vma->vm_flags |= VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP; vma->vm_pgoff = pfn;",
                [](Ctx& c) {
                  Vma& v = c.vma(c[vma]);
                  v.flags |= vm::IO | vm::PFNMAP | vm::DONTEXPAND | vm::DONTDUMP;
                  v.pfn_base = c[pfn].v;
                  return c.next();
                }},
               {"do { next = pgd_addr_end(addr, end); remap_pud_range(mm, pgd, addr, next, pfn, prot); } while "
                "(...);  /* set_pte_at(mm, addr, pte, pte_mkspecial(pfn_pte(pfn, prot))) */",
                [](Ctx& c) {
                  const Vma& v = c.vma(c[vma]);
                  const uint32_t mm = v.mm.idx;
                  const uint64_t flags = pte::P | pte::US | pte::A | pte::D | pte::PCD | pte::PWT | pte::XD |
                                         ((v.flags & vm::WRITE) ? pte::RW : 0);
                  for (uint64_t off = 0; off < c[size]; off += kPageSize)
                    set_pte(c, mm, c[addr] + off, ((c[pfn].v + (off >> kPageShift)) << kPageShift) | flags);
                  c.say(N_("The device's MMIO page is mapped into the process (no struct page, no refcount)."));
                  return c.ret(0);
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> dst_mm{0};
    static constexpr Slot<MmRef> src_mm{1};
    static constexpr Slot<VmaRef> vma{2};
    static constexpr Slot<bool> is_cow{3};
    t.def({FnId::copy_page_range,
           "mm/memory.c",
           Origin::Kernel,
           {},
           {
               {"if (!(vma->vm_flags & (VM_HUGETLB | VM_PFNMAP | VM_MIXEDMAP)) && !vma->anon_vma) return 0;",
                [](Ctx& c) {
                  const Vma& v = c.vma(c[vma]);
                  if (v.flags & vm::PFNMAP) return c.next();
                  // anon_vma exists once a page was faulted in: look for any present PTE.
                  for (uint64_t a = v.start; a < v.end; a += kPageSize) {
                    auto p = pte_lookup(c.memr(), c.mm(c[src_mm]).pgd, a);
                    if (p && (c.memr().read(*p) & pte::P)) return c.next();
                  }
                  return c.ret(0);
                }},
               {"is_cow = is_cow_mapping(vma->vm_flags); if (is_cow) mmu_notifier_invalidate_range_start(src_mm, "
                "mmun_start, mmun_end);",
                [](Ctx& c) {
                  const Vma& v = c.vma(c[vma]);
                  c.set(is_cow, v.is_cow());
                  if (!c[is_cow] || !c.mm(c[src_mm]).has_notifier_mm) return c.next();
                  return c.call(FnId::__mmu_notifier_invalidate_range_start, {c[src_mm], v.start, v.end});
                }},
               {"copy_pud_range() ... copy_one_pte(): if (is_cow_mapping(vm_flags)) { ptep_set_wrprotect(src_mm, "
                "addr, src_pte); pte = pte_wrprotect(pte); } get_page(page); page_dup_rmap(page); set_pte_at(dst_mm, "
                "addr, dst_pte, pte);",
                [](Ctx& c) {
                  const Vma v = c.vma(c[vma]);
                  const Pfn src_pgd = c.mm(c[src_mm]).pgd;
                  int copied = 0;
                  for (uint64_t a = v.start; a < v.end; a += kPageSize) {
                    auto p = pte_lookup(c.memr(), src_pgd, a);
                    if (!p) continue;
                    uint64_t e = c.memr().read(*p);
                    if (!(e & pte::P)) continue;
                    const Pfn pfn{pte::addr(e) >> kPageShift};
                    const FrameInfo* fi = c.memr().info(pfn);
                    const bool normal = fi && fi->allocated && fi->use == FrameUse::UserPage;
                    if (c[is_cow] && (e & pte::RW)) {
                      e &= ~pte::RW;
                      c.mem().write(*p, e);
                    }
                    if (normal) c.mem().get_page(pfn);
                    set_pte(c, c[dst_mm].idx, a, e);
                    ++copied;
                  }
                  c.say([&] {
                    return c[is_cow] ? txt(N_("%1 PTE(s) copied, write-protected on both sides for copy-on-write."), copied)
                                     : txt(N_("%1 PTE(s) copied."), copied);
                  });
                  return c.next();
                }},
               {"if (is_cow) mmu_notifier_invalidate_range_end(src_mm, mmun_start, mmun_end); return ret;",
                [](Ctx& c) {
                  if (!c[is_cow] || !c.mm(c[src_mm]).has_notifier_mm) return c.ret(0);
                  const Vma& v = c.vma(c[vma]);
                  return c.call_ret(FnId::__mmu_notifier_invalidate_range_end, {c[src_mm], v.start, v.end});
                }},
           }});
  }
}

}  // namespace svm
