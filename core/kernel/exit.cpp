// kernel/exit.c, v4.4: do_exit() and the parts of it that drop mm and file
// references, in the order of the source. Also the scheduler's last word on a
// dead task (kernel/sched/core.c), where the lazy active_mm is dropped.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"

namespace svm {

void define_exit(FnTable& t) {
  t.def({FnId::do_exit,
         "kernel/exit.c",
         Origin::Kernel,
         Milestone::DoExit,
         {
             {"exit_signals(tsk);  /* sets PF_EXITING */",
              [](Ctx& c) {
                c.self_task().state = TaskState::Exiting;
                c.say(N_("The task is exiting: PF_EXITING is set."));
                return c.next();
              }},
             {"exit_mm(tsk);", [](Ctx& c) { return c.call(FnId::exit_mm); }},
             {"acct_process(); exit_sem(tsk); exit_shm(tsk);"},
             {"exit_files(tsk);", [](Ctx& c) { return c.call(FnId::exit_files); }},
             {"exit_fs(tsk); disassociate_ctty(1); exit_task_namespaces(tsk);"},
             {"exit_task_work(tsk);", [](Ctx& c) { return c.call(FnId::exit_task_work); }},
             {"exit_thread(); perf_event_exit_task(tsk); cgroup_exit(tsk);"},
             {"exit_notify(tsk, group_dead);  /* the parent reaps us: release_task() */"},
             {"tsk->state = TASK_DEAD; schedule();",
              [](Ctx& c) {
                c.self_task().state = TaskState::Dead;
                return c.call(FnId::schedule);
              }},
         }});

  {
    static constexpr Slot<MmRef> mm{0};
    t.def({FnId::exit_mm,
           "kernel/exit.c",
           Origin::Kernel,
           Milestone::ExitMm,
           {
               {"struct mm_struct *mm = tsk->mm; mm_release(tsk, mm);",
                [](Ctx& c) {
                  c.set(mm, MmRef{c.self_task().mm.idx});
                  return c.next();
                }},
               {"if (!mm) return;", [](Ctx& c) { return c[mm] ? c.next() : c.ret(); }},
               {.text = "down_read(&mm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.readers.push_back(static_cast<int16_t>(c.tid()));
                  return c.next();
                },
                .guard = guard::mmap_sem_read<mm>},
               {"atomic_inc(&mm->mm_count);  /* the lazy active_mm reference */",
                [](Ctx& c) {
                  c.inc(c[mm].id(), c.mm(c[mm]).count, "mm_count");
                  c.hold(c[mm], Ctr::MmCount);  // active_mm's once tsk->mm is cleared
                  c.say(N_("mm_count +1: the dying task keeps running on this mm (active_mm) until its last switch."));
                  return c.next();
                }},
               {"BUG_ON(mm != tsk->active_mm); task_lock(tsk); tsk->mm = NULL; up_read(&mm->mmap_sem);",
                [](Ctx& c) {
                  c.self_task().mm = {};
                  c.keep(c[mm], Ctr::MmCount);  // tsk->active_mm holds it now
                  c.hold(c[mm], Ctr::MmUsers);  // tsk->mm's, until the mmput() below
                  auto& r = c.mm(c[mm]).mmap_sem.readers;
                  r.erase(std::find(r.begin(), r.end(), c.tid()));
                  return c.next();
                }},
               {"enter_lazy_tlb(mm, current); task_unlock(tsk); mm_update_next_owner(mm);"},
               {"mmput(mm);", [](Ctx& c) { return c.call(FnId::mmput, {c[mm]}); }},
           }});
  }

  // include/linux/task_work.h
  t.def({FnId::exit_task_work,
         "include/linux/task_work.h",
         Origin::Kernel,
         {},
         {{"task_work_run();", [](Ctx& c) { return c.call(FnId::task_work_run); }}}});

  {
    // kernel/sched/core.c: the dead task's last schedule()
    static constexpr Slot<MmRef> oldmm{0};  // prev->active_mm
    t.def({FnId::schedule,
           "kernel/sched/core.c",
           Origin::Kernel,
           {},
           {
               {"__schedule(false): next = pick_next_task(rq, prev); context_switch(rq, prev, next): if (!prev->mm) "
                "{ prev->active_mm = NULL; rq->prev_mm = oldmm; }",
                [](Ctx& c) {
                  c.set(oldmm, MmRef{c.self_task().active_mm.idx});
                  c.self_task().active_mm = {};
                  if (c[oldmm]) c.hold(c[oldmm], Ctr::MmCount);  // rq->prev_mm
                  return c.next();
                }},
               {"finish_task_switch(prev);  /* runs on behalf of the next task */",
                [](Ctx& c) { return c.call(FnId::finish_task_switch, {c[oldmm]}); }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};  // rq->prev_mm
    t.def({FnId::finish_task_switch,
           "kernel/sched/core.c",
           Origin::Kernel,
           {},
           {
               {"struct mm_struct *mm = rq->prev_mm; rq->prev_mm = NULL; if (mm) mmdrop(mm);  /* simplified: the "
                "next task is taken to have an mm of its own; with a kernel thread or idle next, context_switch() "
                "keeps the lazy mm (next->active_mm = oldmm; atomic_inc(&oldmm->mm_count)) and the final mmdrop() "
                "comes at a later switch */",
                [](Ctx& c) { return c[mm] ? c.call(FnId::mmdrop, {c[mm]}) : c.next(); }},
               {"if (unlikely(prev_state == TASK_DEAD)) put_task_struct(prev);  /* the task_struct goes */",
                [](Ctx& c) {
                  c.free_task(c.self_task_idx());
                  c.task_dead();  // the script's exit is complete: "after" waiting on it may go on
                  c.say(N_("The task_struct is freed. Whatever it still reached must have been freed by now."));
                  return c.stop();
                }},
           }});
  }
}

}  // namespace svm
