// kernel/fork.c (and include/linux/sched.h for mmdrop), v4.4: the mm
// reference counts, and fork() copying the fd table and the address space.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/kernel/pgtable_ops.h"
#include "core/mem/pgtable.h"

namespace svm {

void define_fork(FnTable& t) {
  {
    static constexpr Slot<TaskRef> task{0};
    t.def({FnId::get_task_mm,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {{"task_lock(task); mm = task->mm; if (mm) { if (task->flags & PF_KTHREAD) mm = NULL; else "
             "atomic_inc(&mm->mm_users); } task_unlock(task); return mm;",
             [](Ctx& c) {
               const Task& tk = c.task(c[task]);
               const MmRef mm{tk.kthread ? 0 : tk.mm.idx};
               if (mm) {
                 c.inc(mm.id(), c.mm(mm).users, "mm_users");
                 c.hold(mm, Ctr::MmUsers);  // the caller's, until it mmput()s or stores it
               }
               return c.ret(mm);
             }}}});
  }

  {
    // mmput(), mmdrop() and __mmdrop(): struct mm_struct *mm
    static constexpr Slot<MmRef> mm{0};
    t.def({FnId::mmput,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"if (atomic_dec_and_test(&mm->mm_users)) {",
                [](Ctx& c) {
                  if (!c.dec_and_test(c[mm].id(), c.mm(c[mm]).users, "mm_users")) return c.ret();
                  // The one mm_count all users held together is now this mmput()'s, until its mmdrop().
                  c.hold(c[mm], Ctr::MmCount);
                  c.say(N_("mm_users reached 0: the address space is torn down now."));
                  return c.next();
                }},
               {"uprobe_clear_state(mm); exit_aio(mm); ksm_exit(mm); khugepaged_exit(mm);"},
               {"exit_mmap(mm);", [](Ctx& c) { return c.call(FnId::exit_mmap, {c[mm]}); }},
               {"set_mm_exe_file(mm, NULL); list_del(&mm->mmlist); module_put(mm->binfmt->module);"},
               {"mmdrop(mm); }", [](Ctx& c) { return c.call(FnId::mmdrop, {c[mm]}); }},
           }});

    t.def({FnId::mmdrop,
           "include/linux/sched.h",
           Origin::Kernel,
           {},
           {
               {"if (unlikely(atomic_dec_and_test(&mm->mm_count)))",
                [](Ctx& c) {
                  return c.dec_and_test(c[mm].id(), c.mm(c[mm]).count, "mm_count") ? c.next() : c.ret();
                }},
               {"__mmdrop(mm);", [](Ctx& c) { return c.call(FnId::__mmdrop, {c[mm]}); }},
           }});

    t.def({FnId::__mmdrop,
           "kernel/fork.c",
           Origin::Kernel,
           Milestone::FinalMmdrop,
           {
               {"BUG_ON(mm == &init_mm); mm_free_pgd(mm);  /* pgd_free(): the PML4 page */",
                [](Ctx& c) {
                  Mm& m = c.mm(c[mm]);
                  c.free_frame(m.pgd);
                  c.say(N_("The pgd page is freed: any PASID entry still pointing at it now points at free memory."));
                  return c.next();
                }},
               {"destroy_context(mm); mmu_notifier_mm_destroy(mm); check_mm(mm);",
                [](Ctx& c) {
                  Mm& m = c.mm(c[mm]);
                  if (!m.notifiers.empty())
                    return c.oops(N_("kernel BUG at mm/mmu_notifier.c: __mmu_notifier_mm_destroy with notifiers"),
                                  {c[mm].id()});
                  m.has_notifier_mm = false;
                  return c.next();
                }},
               {"free_mm(mm);",
                [](Ctx& c) {
                  c.free_mm(c[mm].idx);
                  c.say(N_("The mm_struct itself is freed."));
                  return c.next();
                }},
           }});
  }

  {
    // _do_fork() and copy_process(). The model forks a process of the
    // scenario: which one stands in for the clone arguments, and names the
    // thread the child runs on.
    static constexpr Slot<int32_t> child{0};
    static constexpr Slot<TaskRef> p{1};
    t.def({FnId::_do_fork,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"p = copy_process(clone_flags, stack_start, stack_size, child_tidptr, NULL, trace, tls);",
                [](Ctx& c) { return c.call(FnId::copy_process, {c[child]}); }},
               {"wake_up_new_task(p);",
                [](Ctx& c) {
                  c.set(p, c.callee_ret<TaskRef>());
                  return c.call(FnId::wake_up_new_task, {c[child], c[p]});
                }},
           }});

    t.def({FnId::copy_process,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"p = dup_task_struct(current);",
                [](Ctx& c) {
                  c.set(p, TaskRef{c.new_task()});
                  Task& nt = c.task(c[p]);
                  nt.pid = c.k().next_pid++;
                  nt.thread = static_cast<int16_t>(c.cfg().process_thread(c[child]));
                  return c.next();
                }},
               {"retval = copy_files(clone_flags, p);", [](Ctx& c) { return c.call(FnId::dup_fd, {c[p]}); }},
               {"retval = copy_mm(clone_flags, p);", [](Ctx& c) { return c.call(FnId::copy_mm, {c[p]}); }},
               {"return p;", [](Ctx& c) { return c.ret(c[p]); }},
           }});
  }

  {
    // fs/file.c (copy_files() -> dup_fd()): the new task's fd table
    static constexpr Slot<TaskRef> tsk{0};
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
               c.task(c[tsk]).files = ObjId{Kind::Files, nf};
               c.say(N_("The child gets its own fd table; each open file gains a reference."));
               return c.ret(FilesRef{nf});
             }}}});
  }

  {
    // kernel/fork.c, v4.4: copy_mm() calls dup_mm() and then points the new
    // task at the new mm.
    static constexpr Slot<TaskRef> tsk{0};
    static constexpr Slot<MmRef> mm{1};
    t.def({FnId::copy_mm,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"tsk->mm = NULL; tsk->active_mm = NULL; oldmm = current->mm; if (!oldmm) return 0; "
                "vmacache_flush(tsk); if (clone_flags & CLONE_VM) { ... }  /* fork: no CLONE_VM */ retval = -ENOMEM; "
                "mm = dup_mm(tsk); if (!mm) goto fail_nomem;",
                [](Ctx& c) { return c.call(FnId::dup_mm, {c[tsk]}); }},
               {"good_mm: tsk->mm = mm; tsk->active_mm = mm; return 0;",
                [](Ctx& c) {
                  c.set(mm, c.callee_ret<MmRef>());
                  Task& nt = c.task(c[tsk]);
                  nt.mm = nt.active_mm = c[mm].id();
                  c.keep(c[mm], Ctr::MmUsers);
                  return c.ret(0);
                }},
           }});
  }

  {
    static constexpr Slot<TaskRef> tsk{0};
    static constexpr Slot<MmRef> mm{1};
    t.def({FnId::dup_mm,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"mm = allocate_mm(); memcpy(mm, oldmm, sizeof(*mm)); if (!mm_init(mm, tsk)) goto fail_nomem;  /* "
                "mm_users = 1, mm_count = 1, mm_alloc_pgd() */",
                [](Ctx& c) {
                  c.set(mm, MmRef{c.new_mm()});
                  Mm& m = c.k().mms[c[mm].idx - 1];
                  m.owner = c[tsk].id();
                  m.pgd = c.alloc_frame(FrameUse::Pgd, c[mm].id());
                  c.hold(c[mm], Ctr::MmUsers);  // the new task's, once tsk->mm is set
                  return c.next();
                }},
               {"err = dup_mmap(mm, oldmm);",
                [](Ctx& c) { return c.call(FnId::dup_mmap, {c[mm], MmRef{c.self_task().mm.idx}}); }},
               {"return mm;", [](Ctx& c) { return c.ret(c[mm]); }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<MmRef> oldmm{1};
    static constexpr Slot<int64_t> next{2};  // where the walk of oldmm->mmap goes on (mpnt->vm_next)
    static constexpr Slot<VmaRef> mpnt{3};
    static constexpr Slot<VmaRef> tmp{4};
    t.def({FnId::dup_mmap,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {.text = "uprobe_start_dup_mmap(); down_write(&oldmm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.mm(c[oldmm]).mmap_sem.writer = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = guard::mmap_sem_write<oldmm>},
               {"flush_cache_dup_mm(oldmm); down_write_nested(&mm->mmap_sem, SINGLE_DEPTH_NESTING);",
                [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.writer = static_cast<int16_t>(c.tid());
                  return c.next();
                }},
               {.text = "for (mpnt = oldmm->mmap; mpnt; mpnt = mpnt->vm_next) { if (mpnt->vm_flags & VM_DONTCOPY) "
                        "continue;",
                .body = [](Ctx& c) {
                  const auto& list = c.mm(c[oldmm]).mmap;
                  size_t i = static_cast<size_t>(c[next]);
                  while (i < list.size() && (c.vma(list[i].idx).flags & vm::DONTCOPY)) ++i;
                  if (i >= list.size()) return c.go("done");
                  c.set(next, static_cast<int64_t>(i + 1));
                  c.set(mpnt, VmaRef{list[i].idx});
                  return c.next();
                },
                .label = "loop"},
               {"tmp = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL); *tmp = *mpnt; tmp->vm_mm = mm; "
                "tmp->vm_flags &= ~VM_LOCKED;",
                [](Ctx& c) {
                  c.set(tmp, VmaRef{c.new_vma()});
                  Vma copy = c.vma(c[mpnt]);
                  copy.mm = c[mm].id();
                  copy.file_ref = false;  // the copied vm_file counts once get_file() runs
                  c.k().vmas[c[tmp].idx - 1] = copy;
                  c.mm(c[mm]).mmap.push_back(c[tmp].id());
                  relink_vmas(c, c[mm].idx);
                  return c.next();
                }},
               {"file = tmp->vm_file; if (file) { get_file(file); ... vma_interval_tree_insert_after(tmp, mpnt, "
                "&mapping->i_mmap); }",
                [](Ctx& c) {
                  const ObjId f = c.vma(c[tmp]).file;
                  if (f) {
                    c.inc(f, c.file(f.idx).count, "f_count");
                    c.vma(c[tmp]).file_ref = true;
                    c.say(N_("The child's copy of the mapping takes its own reference on the file."));
                  }
                  return c.next();
                }},
               {"retval = copy_page_range(mm, oldmm, mpnt); }",
                [](Ctx& c) { return c.call_then(FnId::copy_page_range, {c[mm], c[oldmm], c[mpnt]}, "loop"); }},
               {.text = "up_write(&mm->mmap_sem); flush_tlb_mm(oldmm); up_write(&oldmm->mmap_sem); uprobe_end_dup_mmap();",
                .body = [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.writer = -1;
                  c.mm(c[oldmm]).mmap_sem.writer = -1;
                  return c.next();
                },
                .label = "done"},
           }});
  }

  {
    // kernel/sched/core.c
    static constexpr Slot<int32_t> child{0};  // the scenario's process: its thread runs the task
    static constexpr Slot<TaskRef> p{1};
    t.def({FnId::wake_up_new_task,
           "kernel/sched/core.c",
           Origin::Kernel,
           {},
           {{"p->state = TASK_RUNNING; activate_task(rq, p, 0);  /* the child returns from fork() */",
             [](Ctx& c) {
               const int th = c.cfg().process_thread(c[child]);
               const auto vars = c.View::thread().vars;  // the child's copy of user memory
               Thread& th_child = c.other_thread(th);
               th_child.state = RunState::Live;
               th_child.task = c[p].idx;
               th_child.vars = vars;
               c.say(N_("The child process starts running."));
               return c.next();
             }}}});
  }
}

}  // namespace svm
