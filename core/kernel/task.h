#pragma once
// struct task_struct, the parts that matter for mm and file lifetimes.
//
// Glossary: tsk->mm is the address space a user task owns (holds one
// mm_users); tsk->active_mm is the one loaded in the CPU. After exit_mm() a
// dying task keeps running on its old mm "lazily" (holds one mm_count) until
// its final context switch, where finish_task_switch() drops it. task_works
// are callbacks (here: ____fput) run when the task returns to user space or in
// exit_task_work(); after exit_task_work() no more can be queued.

#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/pool_allocator.h"
#include "core/mem/physmem.h"

namespace svm {

enum class TaskState : uint8_t {
  Running,
  Exiting,  // PF_EXITING set by exit_signals()
  Dead,     // TASK_DEAD: the final schedule() is running
};

struct Task {
  int16_t thread = -1;  // the engine thread that runs this task
  int32_t pid = 0;
  bool kthread = false;  // PF_KTHREAD: fput() uses delayed_fput, not task_work
  TaskState state = TaskState::Running;
  ObjId mm;         // tsk->mm
  ObjId active_mm;  // tsk->active_mm
  ObjId files;      // tsk->files
  PoolVector<ObjId> task_works;  // files whose ____fput is queued
  bool task_works_exited = false;  // task_works == &work_exited
  bool alive = true;
  Culprit freed_by;

  bool operator==(const Task&) const = default;
  friend void hash_append(Hasher& h, const Task& t) {
    h(t.thread, t.pid, t.kthread, t.state, t.mm, t.active_mm, t.files, t.task_works, t.task_works_exited, t.alive,
      t.freed_by);
  }
};

}  // namespace svm
