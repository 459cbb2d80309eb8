// mm/mmap.c and mm/util.c, v4.4: mmap(), munmap() and exit_mmap(), the
// function that tears an address space down when mm_users reaches zero.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/kernel/mmu_gather.h"
#include "core/kernel/pgtable_ops.h"

namespace svm {

namespace {
// The model passes prot and flags in one argument (core/engine/threads.cpp).
constexpr uint64_t kMapWrite = 1;   // PROT_WRITE
constexpr uint64_t kMapShared = 2;  // MAP_SHARED
constexpr int64_t kENOMEM = 12;
}  // namespace

void define_mmap(FnTable& t) {
  {
    // SYSCALL_DEFINE6(mmap_pgoff), the model's arguments in its own order
    static constexpr Slot<int32_t> fd{0};  // -1: MAP_ANONYMOUS
    static constexpr Slot<uint64_t> addr{1};
    static constexpr Slot<uint64_t> len{2};
    static constexpr Slot<uint64_t> flags{3};  // prot | flags: kMapWrite, kMapShared
    static constexpr Slot<FileRef> file{4};
    static constexpr Slot<int64_t> retval{5};
    t.def({FnId::sys_mmap_pgoff,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           {
               {"if (!(flags & MAP_ANONYMOUS)) { file = fget(fd); if (!file) return -EBADF; }",
                [](Ctx& c) {
                  if (c[fd] < 0) return c.next();
                  const ObjId f = c.files(c.self_task().files.idx).lookup(c[fd]);
                  if (!f) return c.ret(-9);
                  c.inc(f, c.file(f.idx).count, "f_count");
                  c.hold(f, Ctr::FCount);  // until the fput() below
                  c.set(file, FileRef{f.idx});
                  return c.next();
                }},
               {"retval = vm_mmap_pgoff(file, addr, len, prot, flags, pgoff);",
                [](Ctx& c) { return c.call(FnId::vm_mmap_pgoff, {c[file], c[addr], c[len], c[flags]}); }},
               {"if (file) fput(file);  /* the VMA holds its own reference now */",
                [](Ctx& c) {
                  c.set(retval, c.callee_ret());
                  return c[file] ? c.call(FnId::fput, {c[file]}) : c.next();
                }},
               {"return retval;", [](Ctx& c) { return c.ret(c[retval]); }},
           }});
  }

  {
    // mm/util.c
    static constexpr Slot<FileRef> file{0};
    static constexpr Slot<uint64_t> addr{1};
    static constexpr Slot<uint64_t> len{2};
    static constexpr Slot<uint64_t> flag{3};  // prot | flag, as sys_mmap_pgoff's
    static constexpr Slot<MmRef> mm{4};
    t.def({FnId::vm_mmap_pgoff,
           "mm/util.c",
           Origin::Kernel,
           {},
           {
               {.text = "down_write(&mm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.set(mm, MmRef{c.self_task().mm.idx});
                  c.mm(c[mm]).mmap_sem.writer = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = guard::own_mmap_sem_write},
               {"ret = do_mmap_pgoff(file, addr, len, prot, flag, pgoff, &populate);",
                [](Ctx& c) { return c.call(FnId::do_mmap, {c[file], c[addr], c[len], c[flag], c[mm]}); }},
               {"up_write(&mm->mmap_sem); return ret;",
                [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.writer = -1;
                  return c.ret(c.callee_ret());
                }},
           }});
  }

  {
    // The C's do_mmap() reads current->mm itself; the model's caller passes it.
    static constexpr Slot<FileRef> file{0};
    static constexpr Slot<uint64_t> addr{1};
    static constexpr Slot<uint64_t> len{2};
    static constexpr Slot<uint64_t> flags{3};  // prot | flags, as sys_mmap_pgoff's
    static constexpr Slot<MmRef> mm{4};
    static constexpr Slot<uint32_t> vm_flags{5};
    t.def({FnId::do_mmap,
           "mm/mmap.c",
           Origin::Kernel,
           Milestone::Mmap,
           {
               {"vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) | mm->def_flags | VM_MAYREAD | "
                "VM_MAYWRITE | VM_MAYEXEC; if (file && (flags & MAP_SHARED)) vm_flags |= VM_SHARED | VM_MAYSHARE;",
                [](Ctx& c) {
                  uint32_t f = vm::READ | vm::MAYREAD | vm::MAYWRITE;
                  if (c[flags] & kMapWrite) f |= vm::WRITE;
                  if (c[flags] & kMapShared) f |= vm::SHARED;
                  else if (f & vm::WRITE) f |= vm::ACCOUNT;
                  c.set(vm_flags, f);
                  return c.next();
                }},
               {"addr = mmap_region(file, addr, len, vm_flags, pgoff);",
                [](Ctx& c) {
                  return c.call_ret(FnId::mmap_region, {c[file], c[addr], c[len], c[vm_flags], c[mm]});
                }},
           }});
  }

  {
    // The C's mmap_region() reads current->mm itself; the model's caller passes it.
    static constexpr Slot<FileRef> file{0};
    static constexpr Slot<uint64_t> addr{1};
    static constexpr Slot<uint64_t> len{2};
    static constexpr Slot<uint32_t> vm_flags{3};
    static constexpr Slot<MmRef> mm{4};
    static constexpr Slot<VmaRef> vma{5};
    t.def({FnId::mmap_region,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           {
               {"/* MAP_FIXED: */ while (find_vma_links(mm, addr, addr + len, &prev, &rb_link, &rb_parent)) { if "
                "(do_munmap(mm, addr, len)) return -ENOMEM; }",
                [](Ctx& c) {
                  for (ObjId id : c.mm(c[mm]).mmap) {
                    const Vma& v = c.vma(id.idx);
                    if (v.start < c[addr] + c[len] && c[addr] < v.end) {
                      c.say(N_("The range is already mapped; this model does not replace mappings."));
                      return c.ret(-kENOMEM);
                    }
                  }
                  return c.next();
                }},
               {"vma = kmem_cache_zalloc(vm_area_cachep, GFP_KERNEL); vma->vm_mm = mm; vma->vm_start = addr; "
                "vma->vm_end = addr + len; vma->vm_flags = vm_flags;",
                [](Ctx& c) {
                  c.set(vma, VmaRef{c.new_vma()});
                  Vma& v = c.vma(c[vma]);
                  v.mm = c[mm].id();
                  v.start = c[addr];
                  v.end = v.start + c[len];
                  v.flags = c[vm_flags];
                  return c[file] ? c.next() : c.go("link");
                }},
               {"if (file) { vma->vm_file = get_file(file);",
                [](Ctx& c) {
                  c.inc(c[file].id(), c.file(c[file]).count, "f_count");
                  c.vma(c[vma]).file = c[file].id();
                  c.vma(c[vma]).file_ref = true;
                  c.say(N_("The new VMA takes a reference on the file (vm_file): f_count +1."));
                  return c.next();
                }},
               {"error = file->f_op->mmap(file, vma); }",
                [](Ctx& c) { return c.call(FnId::accel_mmap, {c[file], c[vma]}); }},
               {.text = "vma_link(mm, vma, prev, rb_link, rb_parent);  /* into mm->mmap and mm->mm_rb */",
                .body = [](Ctx& c) {
                  c.mm(c[mm]).mmap.push_back(c[vma].id());
                  relink_vmas(c, c[mm].idx);
                  return c.next();
                },
                .label = "link"},
               {"return addr;", [](Ctx& c) { return c.ret(c[addr]); }},
           }});
  }

  {
    static constexpr Slot<uint64_t> start{0};
    static constexpr Slot<uint64_t> len{1};
    static constexpr Slot<MmRef> mm{2};
    t.def({FnId::vm_munmap,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           {
               {.text = "down_write(&mm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.set(mm, MmRef{c.self_task().mm.idx});
                  c.mm(c[mm]).mmap_sem.writer = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = guard::own_mmap_sem_write},
               {"ret = do_munmap(mm, start, len);",
                [](Ctx& c) { return c.call(FnId::do_munmap, {c[mm], c[start], c[start] + c[len]}); }},
               {"up_write(&mm->mmap_sem); return ret;",
                [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.writer = -1;
                  return c.ret(c.callee_ret());
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<uint64_t> start{1};
    static constexpr Slot<uint64_t> end{2};  // start + len: the C takes len, the model's caller adds them
    static constexpr Slot<VmaRef> vma{3};    // after the detach: the first detached VMA
    // The range of page tables unmap_region() may free, which the C computes
    // there from prev and next: prev ? prev->vm_end : FIRST_USER_ADDRESS, and
    // next ? next->vm_start : USER_PGTABLES_CEILING (0 here).
    static constexpr Slot<uint64_t> floor{4};
    static constexpr Slot<uint64_t> ceiling{5};
    // No C variable: remove_vma() was called, so its return value is the next vma.
    static constexpr Slot<bool> looping{7};
    t.def({FnId::do_munmap,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           {
               {"vma = find_vma(mm, start); if (!vma) return 0; if (vma->vm_start >= end) return 0;",
                [](Ctx& c) {
                  const uint32_t v = find_vma(c, c[mm].idx, c[start]);
                  if (!v || c.vma(v).start >= c[end]) return c.ret(0);
                  return c.next();
                }},
               {"if (start > vma->vm_start) __split_vma(mm, vma, start, 0); last = find_vma(mm, end); if (last && end > "
                "last->vm_start) __split_vma(mm, last, end, 1);",
                [](Ctx& c) {
                  auto split = [&](uint32_t v, uint64_t at) {
                    const uint32_t nv = c.new_vma();
                    Vma copy = c.vma(v);
                    copy.start = at;
                    c.vma(v).end = at;
                    c.k().vmas[nv - 1] = copy;
                    if (copy.file) c.inc(copy.file, c.file(copy.file.idx).count, "f_count");
                    c.mm(c[mm]).mmap.push_back(ObjId{Kind::Vma, nv});
                    relink_vmas(c, c[mm].idx);
                  };
                  if (uint32_t v = find_vma(c, c[mm].idx, c[start]); v && c.vma(v).start < c[start]) split(v, c[start]);
                  if (uint32_t v = find_vma(c, c[mm].idx, c[end]); v && c.vma(v).start < c[end]) split(v, c[end]);
                  return c.next();
                }},
               {"detach_vmas_to_be_unmapped(mm, vma, prev, end);",
                [](Ctx& c) {
                  std::vector<ObjId> keep, gone;
                  uint64_t prev_end = 0, next_start = 0;
                  for (ObjId id : c.mm(c[mm]).mmap) {
                    const Vma& v = c.vma(id.idx);
                    if (v.end <= c[start]) {
                      keep.push_back(id);
                      prev_end = v.end;
                    } else if (v.start >= c[end]) {
                      keep.push_back(id);
                      if (!next_start) next_start = v.start;
                    } else {
                      gone.push_back(id);
                    }
                  }
                  c.mm(c[mm]).mmap.assign(keep.begin(), keep.end());
                  relink_vmas(c, c[mm].idx);
                  for (size_t i = 0; i < gone.size(); ++i) c.vma(gone[i].idx).next = i + 1 < gone.size() ? gone[i + 1].idx : 0;
                  c.set(vma, VmaRef{gone.empty() ? 0 : gone.front().idx});
                  c.set(floor, prev_end);
                  c.set(ceiling, next_start);
                  return c.next();
                }},
               {"unmap_region(mm, vma, prev, start, end);",
                [](Ctx& c) {
                  return c.call(FnId::unmap_region, {c[mm], c[vma], c[start], c[end], c[floor], c[ceiling]});
                }},
               {.text = "remove_vma_list(mm, vma): do { vma = remove_vma(vma); } while (vma);",
                .body = [](Ctx& c) {
                  if (c[looping]) c.set(vma, c.callee_ret<VmaRef>());  // back from remove_vma(): its next
                  c.set(looping, true);
                  return c[vma] ? c.call_then(FnId::remove_vma, {c[vma]}, "loop") : c.go("done");
                },
                .label = "loop"},
               {.text = "return 0;", .body = [](Ctx& c) { return c.ret(0); }, .label = "done"},
           }});
  }

  {
    // floor and ceiling stand for prev and next, from which the C computes them
    // here; do_munmap() computed them in the model.
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<VmaRef> vma{1};
    static constexpr Slot<uint64_t> start{2};
    static constexpr Slot<uint64_t> end{3};
    static constexpr Slot<uint64_t> floor{4};    // prev ? prev->vm_end : FIRST_USER_ADDRESS
    static constexpr Slot<uint64_t> ceiling{5};  // next ? next->vm_start : USER_PGTABLES_CEILING
    t.def({FnId::unmap_region,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           {
               {"lru_add_drain(); tlb_gather_mmu(&tlb, mm, start, end); update_hiwater_rss(mm);",
                [](Ctx& c) {
                  tlb_gather_mmu(c.thread().gather, c[start], c[end]);
                  return c.next();
                }},
               {"unmap_vmas(&tlb, vma, start, end);",
                [](Ctx& c) { return c.call(FnId::unmap_vmas, {c[mm], c[vma], c[start], c[end]}); }},
               {"free_pgtables(&tlb, vma, prev ? prev->vm_end : FIRST_USER_ADDRESS, next ? next->vm_start : "
                "USER_PGTABLES_CEILING);",
                [](Ctx& c) { return c.call(FnId::free_pgtables, {c[mm], c[vma], c[floor], c[ceiling]}); }},
               {"tlb_finish_mmu(&tlb, start, end);",
                [](Ctx& c) { return c.call(FnId::tlb_finish_mmu, {c[mm], c[start], c[end]}); }},
           }});
  }

  {
    static constexpr Slot<VmaRef> vma{0};
    static constexpr Slot<VmaRef> next{1};
    t.def({FnId::remove_vma,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           {
               {"struct vm_area_struct *next = vma->vm_next; if (vma->vm_ops && vma->vm_ops->close) "
                "vma->vm_ops->close(vma);",
                [](Ctx& c) {
                  c.set(next, VmaRef{c.vma(c[vma]).next});
                  return c.next();
                }},
               {"if (vma->vm_file) fput(vma->vm_file);",
                [](Ctx& c) {
                  Vma& v = c.vma(c[vma]);
                  const ObjId f = v.file;
                  if (!f) return c.next();
                  if (v.file_ref) c.hold(f, Ctr::FCount);  // the VMA's reference, passed to fput()
                  v.file_ref = false;
                  return c.call(FnId::fput, {FileRef{f.idx}});
                }},
               {"mpol_put(vma_policy(vma)); kmem_cache_free(vm_area_cachep, vma); return next;",
                [](Ctx& c) {
                  c.free_vma(c[vma].idx);
                  return c.ret(c[next]);
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<VmaRef> vma{1};
    // No C variable: remove_vma() was called, so its return value is the next vma.
    static constexpr Slot<bool> looping{7};
    t.def({FnId::exit_mmap,
           "mm/mmap.c",
           Origin::Kernel,
           Milestone::ExitMmap,
           {
               {"/* mm's last user has gone, and its about to be pulled down */ mmu_notifier_release(mm);",
                [](Ctx& c) {
                  if (!c.mm(c[mm]).has_notifier_mm) return c.next();
                  return c.call(FnId::__mmu_notifier_release, {c[mm]});
                }},
               {"if (mm->locked_vm) { ... munlock_vma_pages_all(vma) ... } arch_exit_mmap(mm);"},
               {"vma = mm->mmap; if (!vma) return;",
                [](Ctx& c) {
                  const auto& list = c.mm(c[mm]).mmap;
                  if (list.empty()) return c.ret();
                  c.set(vma, VmaRef{list.front().idx});
                  return c.next();
                }},
               {"lru_add_drain(); flush_cache_mm(mm); tlb_gather_mmu(&tlb, mm, 0, -1);  /* fullmm: start = end = ~0 */",
                [](Ctx& c) {
                  tlb_gather_mmu(c.thread().gather, 0, ~0ULL);
                  return c.next();
                }},
               {"/* Use -1 here to ensure all VMAs in the mm are unmapped */ unmap_vmas(&tlb, vma, 0, -1);",
                [](Ctx& c) { return c.call(FnId::unmap_vmas, {c[mm], c[vma], 0, -1}); }},
               {"free_pgtables(&tlb, vma, FIRST_USER_ADDRESS, USER_PGTABLES_CEILING);",
                [](Ctx& c) { return c.call(FnId::free_pgtables, {c[mm], c[vma], 0, 0}); }},
               {"tlb_finish_mmu(&tlb, 0, -1);",
                [](Ctx& c) { return c.call(FnId::tlb_finish_mmu, {c[mm], 0, -1}); }},
               {.text = "while (vma) { if (vma->vm_flags & VM_ACCOUNT) nr_accounted += vma_pages(vma); vma = "
                        "remove_vma(vma); }",
                .body = [](Ctx& c) {
                  if (c[looping]) c.set(vma, c.callee_ret<VmaRef>());  // back from remove_vma(): its next
                  c.set(looping, true);
                  return c[vma] ? c.call_then(FnId::remove_vma, {c[vma]}, "loop") : c.go("out");
                },
                .label = "loop"},
               {.text = "vm_unacct_memory(nr_accounted);  /* mm->mmap still points at the freed VMAs */", .label = "out"},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<uint64_t> addr{1};
    t.def({FnId::find_extend_vma,
           "mm/mmap.c",
           Origin::Kernel,
           {},
           // The x86-64 text (the !CONFIG_STACK_GROWSUP one, mm/mmap.c v4.4).
           // No VMA of the model is VM_GROWSDOWN, so the stack never grows here.
           {{"addr &= PAGE_MASK; vma = find_vma(mm, addr); if (!vma) return NULL; if (vma->vm_start <= addr) "
             "return vma; if (!(vma->vm_flags & VM_GROWSDOWN)) return NULL;",
             [](Ctx& c) {
               const uint32_t v = find_vma(c, c[mm].idx, c[addr]);
               if (v && c.vma(v).start <= c[addr]) return c.ret(VmaRef{v});
               return c.ret(VmaRef{});
             }}}});
  }
}

}  // namespace svm
