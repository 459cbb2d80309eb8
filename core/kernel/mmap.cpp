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
constexpr int64_t kMapWrite = 1;   // PROT_WRITE
constexpr int64_t kMapShared = 2;  // MAP_SHARED
constexpr int64_t kENOMEM = 12;
}  // namespace

void define_mmap(FnTable& t) {
  // SYSCALL_DEFINE6(mmap_pgoff). v0: fd (-1: anonymous); v1: addr; v2: len; v3: flags; v4: file
  t.def({FnId::sys_mmap_pgoff,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {
             {"if (!(flags & MAP_ANONYMOUS)) { file = fget(fd); if (!file) return -EBADF; }",
              [](Ctx& c) {
                if (c.arg(0) < 0) return c.next();
                const ObjId f = c.files(c.self_task().files.idx).lookup(static_cast<int32_t>(c.arg(0)));
                if (!f) return c.ret(-9);
                c.inc(f, c.file(f.idx).count, "f_count");
                c.hold(f, Ctr::FCount);  // until the fput() below
                c.v(4) = f.idx;
                return c.next();
              }},
             {"retval = vm_mmap_pgoff(file, addr, len, prot, flags, pgoff);",
              [](Ctx& c) { return c.call(FnId::vm_mmap_pgoff, {c.arg(4), c.arg(1), c.arg(2), c.arg(3)}); }},
             {"if (file) fput(file);  /* the VMA holds its own reference now */",
              [](Ctx& c) {
                c.v(5) = c.View::thread().ret;
                return c.arg(4) ? c.call(FnId::fput, {c.arg(4)}) : c.next();
              }},
             {"return retval;", [](Ctx& c) { return c.ret(c.arg(5)); }},
         }});

  // mm/util.c. v0: file; v1: addr; v2: len; v3: flags; v4: mm; v5: result
  t.def({FnId::vm_mmap_pgoff,
         "mm/util.c",
         Origin::Kernel,
         {},
         {
             {"down_write(&mm->mmap_sem);",
              [](Ctx& c) {
                c.v(4) = c.self_task().mm.idx;
                c.mm(c.arg(4)).mmap_sem.writer = static_cast<int16_t>(c.tid());
                return c.next();
              },
              guard::own_mmap_sem_write},
             {"ret = do_mmap_pgoff(file, addr, len, prot, flag, pgoff, &populate);",
              [](Ctx& c) { return c.call(FnId::do_mmap, {c.arg(0), c.arg(1), c.arg(2), c.arg(3), c.arg(4)}); }},
             {"up_write(&mm->mmap_sem); return ret;",
              [](Ctx& c) {
                c.mm(c.arg(4)).mmap_sem.writer = -1;
                return c.ret(c.View::thread().ret);
              }},
         }});

  // v0: file; v1: addr; v2: len; v3: flags; v4: mm; v5: vm_flags
  t.def({FnId::do_mmap,
         "mm/mmap.c",
         Origin::Kernel,
         Milestone::Mmap,
         {
             {"vm_flags = calc_vm_prot_bits(prot) | calc_vm_flag_bits(flags) | mm->def_flags | VM_MAYREAD | "
              "VM_MAYWRITE | VM_MAYEXEC; if (file && (flags & MAP_SHARED)) vm_flags |= VM_SHARED | VM_MAYSHARE;",
              [](Ctx& c) {
                uint32_t f = vm::READ | vm::MAYREAD | vm::MAYWRITE;
                if (c.arg(3) & kMapWrite) f |= vm::WRITE;
                if (c.arg(3) & kMapShared) f |= vm::SHARED;
                else if (f & vm::WRITE) f |= vm::ACCOUNT;
                c.v(5) = f;
                return c.next();
              }},
             {"addr = mmap_region(file, addr, len, vm_flags, pgoff);",
              [](Ctx& c) {
                return c.call_ret(FnId::mmap_region, {c.arg(0), c.arg(1), c.arg(2), c.arg(5), c.arg(4)});
              }},
         }});

  // v0: file; v1: addr; v2: len; v3: vm_flags; v4: mm; v5: vma
  t.def({FnId::mmap_region,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {
             {"/* MAP_FIXED: */ while (find_vma_links(mm, addr, addr + len, &prev, &rb_link, &rb_parent)) { if "
              "(do_munmap(mm, addr, len)) return -ENOMEM; }",
              [](Ctx& c) {
                for (ObjId id : c.mm(c.arg(4)).mmap) {
                  const Vma& v = c.vma(id.idx);
                  if (v.start < static_cast<uint64_t>(c.arg(1) + c.arg(2)) && static_cast<uint64_t>(c.arg(1)) < v.end) {
                    c.say(N_("The range is already mapped; this model does not replace mappings."));
                    return c.ret(-kENOMEM);
                  }
                }
                return c.next();
              }},
             {"vma = kmem_cache_zalloc(vm_area_cachep, GFP_KERNEL); vma->vm_mm = mm; vma->vm_start = addr; "
              "vma->vm_end = addr + len; vma->vm_flags = vm_flags;",
              [](Ctx& c) {
                const uint32_t v = c.new_vma();
                Vma& vma = c.k().vmas[v - 1];
                vma.mm = ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(4))};
                vma.start = static_cast<uint64_t>(c.arg(1));
                vma.end = vma.start + static_cast<uint64_t>(c.arg(2));
                vma.flags = static_cast<uint32_t>(c.arg(3));
                c.v(5) = v;
                return c.arg(0) ? c.next() : c.go("link");
              }},
             {"if (file) { vma->vm_file = get_file(file);",
              [](Ctx& c) {
                const ObjId f{Kind::File, static_cast<uint32_t>(c.arg(0))};
                c.inc(f, c.file(f.idx).count, "f_count");
                c.vma(c.arg(5)).file = f;
                c.vma(c.arg(5)).file_ref = true;
                c.say(N_("The new VMA takes a reference on the file (vm_file): f_count +1."));
                return c.next();
              }},
             {"error = file->f_op->mmap(file, vma); }",
              [](Ctx& c) { return c.call(FnId::accel_mmap, {c.arg(0), c.arg(5)}); }},
             {"vma_link(mm, vma, prev, rb_link, rb_parent);  /* into mm->mmap and mm->mm_rb */",
              [](Ctx& c) {
                c.mm(c.arg(4)).mmap.push_back(ObjId{Kind::Vma, static_cast<uint32_t>(c.arg(5))});
                relink_vmas(c, c.arg(4));
                return c.next();
              },
              nullptr, nullptr, "link"},
             {"return addr;", [](Ctx& c) { return c.ret(c.arg(1)); }},
         }});

  // v0: start; v1: len; v2: mm
  t.def({FnId::vm_munmap,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {
             {"down_write(&mm->mmap_sem);",
              [](Ctx& c) {
                c.v(2) = c.self_task().mm.idx;
                c.mm(c.arg(2)).mmap_sem.writer = static_cast<int16_t>(c.tid());
                return c.next();
              },
              guard::own_mmap_sem_write},
             {"ret = do_munmap(mm, start, len);",
              [](Ctx& c) { return c.call(FnId::do_munmap, {c.arg(2), c.arg(0), c.arg(0) + c.arg(1)}); }},
             {"up_write(&mm->mmap_sem); return ret;",
              [](Ctx& c) {
                c.mm(c.arg(2)).mmap_sem.writer = -1;
                return c.ret(c.View::thread().ret);
              }},
         }});

  // v0: mm; v1: start; v2: end; v3: first detached vma; v4: floor; v5: ceiling
  t.def({FnId::do_munmap,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {
             {"vma = find_vma(mm, start); if (!vma) return 0; if (vma->vm_start >= end) return 0;",
              [](Ctx& c) {
                const uint32_t v = find_vma(c, c.arg(0), c.arg(1));
                if (!v || c.vma(v).start >= static_cast<uint64_t>(c.arg(2))) return c.ret(0);
                return c.next();
              }},
             {"if (start > vma->vm_start) __split_vma(mm, vma, start, 0); last = find_vma(mm, end); if (last && end > "
              "last->vm_start) __split_vma(mm, last, end, 1);",
              [](Ctx& c) {
                const uint32_t mm = c.arg(0);
                const uint64_t start = c.arg(1), end = c.arg(2);
                auto split = [&](uint32_t v, uint64_t at) {
                  const uint32_t nv = c.new_vma();
                  Vma copy = c.vma(v);
                  copy.start = at;
                  c.vma(v).end = at;
                  c.k().vmas[nv - 1] = copy;
                  if (copy.file) c.inc(copy.file, c.file(copy.file.idx).count, "f_count");
                  c.mm(mm).mmap.push_back(ObjId{Kind::Vma, nv});
                  relink_vmas(c, mm);
                };
                if (uint32_t v = find_vma(c, mm, start); v && c.vma(v).start < start) split(v, start);
                if (uint32_t v = find_vma(c, mm, end); v && c.vma(v).start < end) split(v, end);
                return c.next();
              }},
             {"detach_vmas_to_be_unmapped(mm, vma, prev, end);",
              [](Ctx& c) {
                const uint32_t mm = c.arg(0);
                const uint64_t start = c.arg(1), end = c.arg(2);
                std::vector<ObjId> keep, gone;
                uint64_t floor = 0, ceiling = 0;
                for (ObjId id : c.mm(mm).mmap) {
                  const Vma& v = c.vma(id.idx);
                  if (v.end <= start) {
                    keep.push_back(id);
                    floor = v.end;
                  } else if (v.start >= end) {
                    keep.push_back(id);
                    if (!ceiling) ceiling = v.start;
                  } else {
                    gone.push_back(id);
                  }
                }
                c.mm(mm).mmap = keep;
                relink_vmas(c, mm);
                for (size_t i = 0; i < gone.size(); ++i) c.vma(gone[i].idx).next = i + 1 < gone.size() ? gone[i + 1].idx : 0;
                c.v(3) = gone.empty() ? 0 : gone.front().idx;
                c.v(4) = static_cast<int64_t>(floor);
                c.v(5) = static_cast<int64_t>(ceiling);
                return c.next();
              }},
             {"unmap_region(mm, vma, prev, start, end);",
              [](Ctx& c) {
                return c.call(FnId::unmap_region, {c.arg(0), c.arg(3), c.arg(1), c.arg(2), c.arg(4), c.arg(5)});
              }},
             {"remove_vma_list(mm, vma): do { vma = remove_vma(vma); } while (vma);",
              [](Ctx& c) {
                if (c.arg(7)) c.v(3) = c.View::thread().ret;  // back from remove_vma(): its next
                c.v(7) = 1;
                return c.arg(3) ? c.call_then(FnId::remove_vma, {c.arg(3)}, "loop") : c.go("done");
              },
              nullptr, nullptr, "loop"},
             {"return 0;", [](Ctx& c) { return c.ret(0); }, nullptr, nullptr, "done"},
         }});

  // v0: mm; v1: vma; v2: start; v3: end; v4: floor; v5: ceiling
  t.def({FnId::unmap_region,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {
             {"lru_add_drain(); tlb_gather_mmu(&tlb, mm, start, end); update_hiwater_rss(mm);",
              [](Ctx& c) {
                tlb_gather_mmu(c.thread().gather, static_cast<uint64_t>(c.arg(2)), static_cast<uint64_t>(c.arg(3)));
                return c.next();
              }},
             {"unmap_vmas(&tlb, vma, start, end);",
              [](Ctx& c) { return c.call(FnId::unmap_vmas, {c.arg(0), c.arg(1), c.arg(2), c.arg(3)}); }},
             {"free_pgtables(&tlb, vma, prev ? prev->vm_end : FIRST_USER_ADDRESS, next ? next->vm_start : "
              "USER_PGTABLES_CEILING);",
              [](Ctx& c) { return c.call(FnId::free_pgtables, {c.arg(0), c.arg(1), c.arg(4), c.arg(5)}); }},
             {"tlb_finish_mmu(&tlb, start, end);",
              [](Ctx& c) { return c.call(FnId::tlb_finish_mmu, {c.arg(0), c.arg(2), c.arg(3)}); }},
         }});

  // v0: vma; v1: next
  t.def({FnId::remove_vma,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {
             {"struct vm_area_struct *next = vma->vm_next; if (vma->vm_ops && vma->vm_ops->close) "
              "vma->vm_ops->close(vma);",
              [](Ctx& c) {
                c.v(1) = c.vma(c.arg(0)).next;
                return c.next();
              }},
             {"if (vma->vm_file) fput(vma->vm_file);",
              [](Ctx& c) {
                Vma& v = c.vma(c.arg(0));
                const ObjId f = v.file;
                if (!f) return c.next();
                if (v.file_ref) c.hold(f, Ctr::FCount);  // the VMA's reference, passed to fput()
                v.file_ref = false;
                return c.call(FnId::fput, {f.idx});
              }},
             {"mpol_put(vma_policy(vma)); kmem_cache_free(vm_area_cachep, vma); return next;",
              [](Ctx& c) {
                c.free_vma(c.arg(0));
                return c.ret(c.arg(1));
              }},
         }});

  // v0: mm; v1: vma
  t.def({FnId::exit_mmap,
         "mm/mmap.c",
         Origin::Kernel,
         Milestone::ExitMmap,
         {
             {"/* mm's last user has gone, and its about to be pulled down */ mmu_notifier_release(mm);",
              [](Ctx& c) {
                if (!c.mm(c.arg(0)).has_notifier_mm) return c.next();
                return c.call(FnId::__mmu_notifier_release, {c.arg(0)});
              }},
             {"if (mm->locked_vm) { ... munlock_vma_pages_all(vma) ... } arch_exit_mmap(mm);"},
             {"vma = mm->mmap; if (!vma) return;",
              [](Ctx& c) {
                const auto& list = c.mm(c.arg(0)).mmap;
                if (list.empty()) return c.ret();
                c.v(1) = list.front().idx;
                return c.next();
              }},
             {"lru_add_drain(); flush_cache_mm(mm); tlb_gather_mmu(&tlb, mm, 0, -1);  /* fullmm: start = end = ~0 */",
              [](Ctx& c) {
                tlb_gather_mmu(c.thread().gather, 0, ~0ULL);
                return c.next();
              }},
             {"/* Use -1 here to ensure all VMAs in the mm are unmapped */ unmap_vmas(&tlb, vma, 0, -1);",
              [](Ctx& c) { return c.call(FnId::unmap_vmas, {c.arg(0), c.arg(1), 0, -1}); }},
             {"free_pgtables(&tlb, vma, FIRST_USER_ADDRESS, USER_PGTABLES_CEILING);",
              [](Ctx& c) { return c.call(FnId::free_pgtables, {c.arg(0), c.arg(1), 0, 0}); }},
             {"tlb_finish_mmu(&tlb, 0, -1);",
              [](Ctx& c) { return c.call(FnId::tlb_finish_mmu, {c.arg(0), 0, -1}); }},
             {"while (vma) { if (vma->vm_flags & VM_ACCOUNT) nr_accounted += vma_pages(vma); vma = remove_vma(vma); }",
              [](Ctx& c) {
                if (c.arg(7)) c.v(1) = c.View::thread().ret;  // back from remove_vma(): its next
                c.v(7) = 1;
                return c.arg(1) ? c.call_then(FnId::remove_vma, {c.arg(1)}, "loop") : c.go("out");
              },
              nullptr, nullptr, "loop"},
             {"vm_unacct_memory(nr_accounted);  /* mm->mmap still points at the freed VMAs */", nullptr, nullptr,
              nullptr, "out"},
         }});

  // v0: mm; v1: address
  t.def({FnId::find_extend_vma,
         "mm/mmap.c",
         Origin::Kernel,
         {},
         {{"vma = find_vma(mm, addr); if (vma && (vma->vm_start <= addr)) return vma; if (!prev || "
           "expand_stack(prev, addr)) return NULL;",
           [](Ctx& c) {
             const uint32_t v = find_vma(c, c.arg(0), c.arg(1));
             if (v && c.vma(v).start <= static_cast<uint64_t>(c.arg(1))) return c.ret(v);
             return c.ret(0);
           }}}});
}

}  // namespace svm
