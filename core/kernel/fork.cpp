// kernel/fork.c (and include/linux/sched.h for mmdrop), v4.4: the mm
// reference counts, and fork() copying the fd table and the address space.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/kernel/pgtable_ops.h"
#include "core/mem/pgtable.h"

namespace svm {

namespace {
constexpr Slot<MmRef> kInterimMm1{1};  // TODO(slots): becomes the function's own declaration
}  // namespace

void define_fork(FnTable& t) {
  // v0: task
  t.def({FnId::get_task_mm,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {{"task_lock(task); mm = task->mm; if (mm) { if (task->flags & PF_KTHREAD) mm = NULL; else "
           "atomic_inc(&mm->mm_users); } task_unlock(task); return mm;",
           [](Ctx& c) {
             const Task& tk = c.task(c.arg(0));
             uint32_t mm = tk.kthread ? 0 : tk.mm.idx;
             if (mm) {
               c.inc(ObjId{Kind::Mm, mm}, c.mm(mm).users, "mm_users");
               c.hold(ObjId{Kind::Mm, mm}, Ctr::MmUsers);  // the caller's, until it mmput()s or stores it
             }
             return c.ret(mm);
           }}}});

  // v0: mm
  t.def({FnId::mmput,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {
             {"if (atomic_dec_and_test(&mm->mm_users)) {",
              [](Ctx& c) {
                const uint32_t mm = c.arg(0);
                if (!c.dec_and_test(ObjId{Kind::Mm, mm}, c.mm(mm).users, "mm_users")) return c.ret();
                // The one mm_count all users held together is now this mmput()'s, until its mmdrop().
                c.hold(ObjId{Kind::Mm, mm}, Ctr::MmCount);
                c.say(N_("mm_users reached 0: the address space is torn down now."));
                return c.next();
              }},
             {"uprobe_clear_state(mm); exit_aio(mm); ksm_exit(mm); khugepaged_exit(mm);"},
             {"exit_mmap(mm);", [](Ctx& c) { return c.call(FnId::exit_mmap, {c.arg(0)}); }},
             {"set_mm_exe_file(mm, NULL); list_del(&mm->mmlist); module_put(mm->binfmt->module);"},
             {"mmdrop(mm); }", [](Ctx& c) { return c.call(FnId::mmdrop, {c.arg(0)}); }},
         }});

  t.def({FnId::mmdrop,
         "include/linux/sched.h",
         Origin::Kernel,
         {},
         {
             {"if (unlikely(atomic_dec_and_test(&mm->mm_count)))",
              [](Ctx& c) {
                const uint32_t mm = c.arg(0);
                return c.dec_and_test(ObjId{Kind::Mm, mm}, c.mm(mm).count, "mm_count") ? c.next() : c.ret();
              }},
             {"__mmdrop(mm);", [](Ctx& c) { return c.call(FnId::__mmdrop, {c.arg(0)}); }},
         }});

  t.def({FnId::__mmdrop,
         "kernel/fork.c",
         Origin::Kernel,
         Milestone::FinalMmdrop,
         {
             {"BUG_ON(mm == &init_mm); mm_free_pgd(mm);  /* pgd_free(): the PML4 page */",
              [](Ctx& c) {
                Mm& m = c.mm(c.arg(0));
                c.free_frame(m.pgd);
                c.say(N_("The pgd page is freed: any PASID entry still pointing at it now points at free memory."));
                return c.next();
              }},
             {"destroy_context(mm); mmu_notifier_mm_destroy(mm); check_mm(mm);",
              [](Ctx& c) {
                Mm& m = c.mm(c.arg(0));
                if (!m.notifiers.empty())
                  return c.oops(N_("kernel BUG at mm/mmu_notifier.c: __mmu_notifier_mm_destroy with notifiers"),
                                {ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(0))}});
                m.has_notifier_mm = false;
                return c.next();
              }},
             {"free_mm(mm);",
              [](Ctx& c) {
                c.free_mm(c.arg(0));
                c.say(N_("The mm_struct itself is freed."));
                return c.next();
              }},
         }});

  // v0: child process index; v1: new task
  t.def({FnId::_do_fork,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {
             {"p = copy_process(clone_flags, stack_start, stack_size, child_tidptr, NULL, trace, tls);",
              [](Ctx& c) { return c.call(FnId::copy_process, {c.arg(0)}); }},
             {"wake_up_new_task(p);",
              [](Ctx& c) { return c.call(FnId::wake_up_new_task, {c.arg(0), c.View::thread().ret}); }},
         }});

  t.def({FnId::copy_process,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {
             {"p = dup_task_struct(current);",
              [](Ctx& c) {
                const uint32_t tk = c.new_task();
                Task& nt = c.k().tasks[tk - 1];
                nt.pid = c.k().next_pid++;
                nt.thread = static_cast<int16_t>(c.cfg().process_thread(static_cast<int>(c.arg(0))));
                c.v(1) = tk;
                return c.next();
              }},
             {"retval = copy_files(clone_flags, p);", [](Ctx& c) { return c.call(FnId::dup_fd, {c.arg(1)}); }},
             {"retval = copy_mm(clone_flags, p);", [](Ctx& c) { return c.call(FnId::copy_mm, {c.arg(1)}); }},
             {"return p;", [](Ctx& c) { return c.ret(c.arg(1)); }},
         }});

  // fs/file.c. v0: new task
  t.def({FnId::dup_fd,
         "fs/file.c",
         Origin::Kernel,
         {},
         {{"newf = kmem_cache_alloc(files_cachep, GFP_KERNEL); ... for (i = open_files; i != 0; i--) { struct "
           "file *f = *old_fds++; if (f) get_file(f); ... }",
           [](Ctx& c) {
             const uint32_t nf = c.new_files();
             const auto fdt = c.files(c.self_task().files.idx).fdt;
             for (const auto& [fd, f] : fdt) c.inc(f, c.file(f.idx).count, "f_count");
             c.k().fdtables[nf - 1].fdt = fdt;
             c.task(c.arg(0)).files = ObjId{Kind::Files, nf};
             c.say(N_("The child gets its own fd table; each open file gains a reference."));
             return c.ret(nf);
           }}}});

  // kernel/fork.c, v4.4: copy_mm() calls dup_mm() and then points the new
  // task at the new mm. v0: new task; v1: new mm
  t.def({FnId::copy_mm,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {
             {"tsk->mm = NULL; tsk->active_mm = NULL; oldmm = current->mm; if (!oldmm) return 0; "
              "vmacache_flush(tsk); if (clone_flags & CLONE_VM) { ... }  /* fork: no CLONE_VM */ retval = -ENOMEM; "
              "mm = dup_mm(tsk); if (!mm) goto fail_nomem;",
              [](Ctx& c) { return c.call(FnId::dup_mm, {c.arg(0)}); }},
             {"good_mm: tsk->mm = mm; tsk->active_mm = mm; return 0;",
              [](Ctx& c) {
                c.v(1) = c.View::thread().ret;
                Task& nt = c.task(c.arg(0));
                nt.mm = nt.active_mm = ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(1))};
                c.keep(nt.mm, Ctr::MmUsers);
                return c.ret(0);
              }},
         }});

  // v0: new task; v1: new mm
  t.def({FnId::dup_mm,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {
             {"mm = allocate_mm(); memcpy(mm, oldmm, sizeof(*mm)); if (!mm_init(mm, tsk)) goto fail_nomem;  /* "
              "mm_users = 1, mm_count = 1, mm_alloc_pgd() */",
              [](Ctx& c) {
                const uint32_t mm = c.new_mm();
                Mm& m = c.k().mms[mm - 1];
                m.owner = ObjId{Kind::Task, static_cast<uint32_t>(c.arg(0))};
                m.pgd = c.mem().alloc(FrameUse::Pgd, ObjId{Kind::Mm, mm});
                c.hold(ObjId{Kind::Mm, mm}, Ctr::MmUsers);  // the new task's, once tsk->mm is set
                c.v(1) = mm;
                return c.next();
              }},
             {"err = dup_mmap(mm, oldmm);",
              [](Ctx& c) { return c.call(FnId::dup_mmap, {c.arg(1), c.self_task().mm.idx}); }},
             {"return mm;", [](Ctx& c) { return c.ret(c.arg(1)); }},
         }});

  // v0: mm; v1: oldmm; v2: position in oldmm->mmap; v3: mpnt; v4: tmp
  t.def({FnId::dup_mmap,
         "kernel/fork.c",
         Origin::Kernel,
         {},
         {
             {"uprobe_start_dup_mmap(); down_write(&oldmm->mmap_sem);",
              [](Ctx& c) {
                c.mm(c.arg(1)).mmap_sem.writer = static_cast<int16_t>(c.tid());
                return c.next();
              },
              guard::mmap_sem_write<kInterimMm1>},
             {"flush_cache_dup_mm(oldmm); down_write_nested(&mm->mmap_sem, SINGLE_DEPTH_NESTING);",
              [](Ctx& c) {
                c.mm(c.arg(0)).mmap_sem.writer = static_cast<int16_t>(c.tid());
                return c.next();
              }},
             {"for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) { if (mpnt->vm_flags & VM_DONTCOPY) continue;",
              [](Ctx& c) {
                const auto& list = c.mm(c.arg(1)).mmap;
                size_t i = static_cast<size_t>(c.arg(2));
                while (i < list.size() && (c.vma(list[i].idx).flags & vm::DONTCOPY)) ++i;
                if (i >= list.size()) return c.go("done");
                c.v(2) = static_cast<int64_t>(i + 1);
                c.v(3) = list[i].idx;
                return c.next();
              },
              nullptr, nullptr, "loop"},
             {"tmp = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL); *tmp = *mpnt; tmp->vm_mm = mm; "
              "tmp->vm_flags &= ~VM_LOCKED;",
              [](Ctx& c) {
                const uint32_t nv = c.new_vma();
                Vma copy = c.vma(c.arg(3));
                copy.mm = ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(0))};
                copy.file_ref = false;  // the copied vm_file counts once get_file() runs
                c.k().vmas[nv - 1] = copy;
                c.mm(c.arg(0)).mmap.push_back(ObjId{Kind::Vma, nv});
                relink_vmas(c, c.arg(0));
                c.v(4) = nv;
                return c.next();
              }},
             {"file = tmp->vm_file; if (file) { get_file(file); ... vma_interval_tree_insert_after(tmp, mpnt, "
              "&mapping->i_mmap); }",
              [](Ctx& c) {
                const ObjId f = c.vma(c.arg(4)).file;
                if (f) {
                  c.inc(f, c.file(f.idx).count, "f_count");
                  c.vma(c.arg(4)).file_ref = true;
                  c.say(N_("The child's copy of the mapping takes its own reference on the file."));
                }
                return c.next();
              }},
             {"retval = copy_page_range(mm, oldmm, mpnt); }",
              [](Ctx& c) { return c.call_then(FnId::copy_page_range, {c.arg(0), c.arg(1), c.arg(3)}, "loop"); }},
             {"up_write(&mm->mmap_sem); flush_tlb_mm(oldmm); up_write(&oldmm->mmap_sem); uprobe_end_dup_mmap();",
              [](Ctx& c) {
                c.mm(c.arg(0)).mmap_sem.writer = -1;
                c.mm(c.arg(1)).mmap_sem.writer = -1;
                return c.next();
              },
              nullptr, nullptr, "done"},
         }});

  // kernel/sched/core.c. v0: child process index; v1: task
  t.def({FnId::wake_up_new_task,
         "kernel/sched/core.c",
         Origin::Kernel,
         {},
         {{"p->state = TASK_RUNNING; activate_task(rq, p, 0);  /* the child returns from fork() */",
           [](Ctx& c) {
             const int th = c.cfg().process_thread(static_cast<int>(c.arg(0)));
             const std::vector<int32_t> vars = c.View::thread().vars;  // the child's copy of user memory
             Thread& child = c.other_thread(th);
             child.state = RunState::Live;
             child.task = static_cast<uint32_t>(c.arg(1));
             child.vars = vars;
             c.say(N_("The child process starts running."));
             return c.next();
           }}}});
}

}  // namespace svm
