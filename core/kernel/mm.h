#pragma once
// struct mm_struct: one address space.
//
// Glossary: mm_users counts the users of the address space itself (tasks
// running on it, get_task_mm() callers); when it drops to 0, mmput() tears the
// address space down (exit_mmap: notifiers released, pages unmapped, page
// tables and VMAs freed). mm_count counts references to the struct mm_struct
// (all users together hold one; mmgrab()/mmu_notifier_register() add more);
// when it drops to 0, __mmdrop() frees the pgd and the struct. So an mm with
// mm_users == 0 and mm_count > 0 is "defunct": the struct and its pgd are
// still there, but nothing is mapped any more, and exit_mmap() tore it down
// without mmap_sem.

#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/pool_allocator.h"
#include "core/base/types.h"
#include "core/mem/physmem.h"

namespace svm {

// A reader/writer semaphore (mmap_sem). Holders are engine thread indices.
struct RwSem {
  PoolVector<int16_t> readers;
  int16_t writer = -1;
  bool free_for_read() const { return writer < 0; }
  bool free_for_write() const { return writer < 0 && readers.empty(); }
  bool operator==(const RwSem&) const = default;
  friend void hash_append(Hasher& h, const RwSem& s) { h(s.readers, s.writer); }
};

struct Mm {
  int32_t users = 1;  // mm_users
  int32_t count = 1;  // mm_count
  RwSem mmap_sem;
  Pfn pgd;                       // mm->pgd (physical frame of the PML4)
  PoolVector<ObjId> mmap;       // mm->mmap: VMAs sorted by vm_start
  PoolVector<ObjId> notifiers;  // mm->mmu_notifier_mm->list (intel_svm ids)
  bool has_notifier_mm = false;  // mm->mmu_notifier_mm allocated
  ObjId owner;                   // the task that created it (for the graph)
  // mm->pasid (2022 era, 701fac40384f): the PASID the mm keeps for its whole
  // life once a bind allocated it; -1 is INVALID_IOASID. The 2016 model never
  // sets it.
  int32_t pasid = -1;
  // mm_users references taken and never put, whose holder is gone (the 2020
  // exhibit: prq_event_thread()'s goto bad_req past mmput()). Nobody holds
  // them, so nothing can ever drop them; the graph draws each as a loop.
  int32_t lost_users = 0;
  bool alive = true;
  Culprit freed_by;

  bool operator==(const Mm&) const = default;
  friend void hash_append(Hasher& h, const Mm& m) {
    h(m.users, m.count, m.mmap_sem, m.pgd, m.mmap, m.notifiers, m.has_notifier_mm, m.owner, m.pasid, m.lost_users, m.alive,
      m.freed_by);
  }
};

}  // namespace svm
