#pragma once
// The kernel objects of one machine. Objects are never removed: a freed object
// keeps its slot (alive == false) so ids stay stable and a use after free can
// name what was freed and by whom.

#include <cstdint>
#include <vector>

#include "core/base/cow_vector.h"
#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/pool_allocator.h"
#include "core/kernel/file.h"
#include "core/kernel/mm.h"
#include "core/kernel/task.h"
#include "core/kernel/vma.h"
#include "core/mem/shared_vector.h"

namespace svm {

// Each table is shared and hashed on its own (cow_vector.h): a step writes
// one or two of them.
struct KernelState {
  CowVector<PoolVector<Task>> tasks;
  CowVector<PoolVector<Mm>> mms;
  CowVector<SharedVector<Vma>> vmas;  // the table that grows with a run (every mmap): shared chunk by chunk too
  CowVector<PoolVector<File>> files;
  CowVector<PoolVector<Files>> fdtables;
  PoolVector<ObjId> delayed_fput_list;  // files queued by fput() from a kernel thread
  PoolVector<int16_t> srcu_readers;     // threads inside srcu_read_lock(&srcu) of mm/mmu_notifier.c, sorted
  int32_t next_pid = 100;
  Pfn init_mm_pgd;       // init_mm.pgd: the kernel's page tables (a supervisor PASID walks these)
  Pfn zero_page;         // ZERO_PAGE(0): mapped read-only by read faults on anonymous memory

  bool operator==(const KernelState&) const = default;
  friend void hash_append(Hasher& h, const KernelState& k) {
    h(k.tasks, k.mms, k.vmas, k.files, k.fdtables, k.delayed_fput_list, k.srcu_readers, k.next_pid, k.init_mm_pgd, k.zero_page);
  }
  // Copies of its own of every table: a machine handed to another thread
  // (Machine::unshare()).
  void unshare() {
    tasks.unshare();
    mms.unshare();
    vmas.unshare();
    files.unshare();
    fdtables.unshare();
  }
};

}  // namespace svm
