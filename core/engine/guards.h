#pragma once
// Common waits, shared by the modeled functions.

#include "core/engine/ctx.h"

namespace svm::guard {

// down_read(&mm->mmap_sem) / down_write(), of the mm in the function's slot
// `mm`: `.guard = guard::mmap_sem_read<mm>`.
template <Slot<MmRef> mm>
Wait mmap_sem_read(const View& v) {
  const Mm& m = v.mm_r(v[mm]);
  if (m.mmap_sem.free_for_read()) return {};
  return {Wait::Kind::Lock, N_("mmap_sem (held for write)"), v[mm].id(), m.mmap_sem.writer};
}
template <Slot<MmRef> mm>
Wait mmap_sem_write(const View& v) {
  const Mm& m = v.mm_r(v[mm]);
  if (m.mmap_sem.free_for_write()) return {};
  const int holder = m.mmap_sem.writer >= 0 ? m.mmap_sem.writer : m.mmap_sem.readers.front();
  return {Wait::Kind::Lock, N_("mmap_sem"), v[mm].id(), holder};
}
// The current process's own mm.
Wait own_mmap_sem_write(const View& v);
Wait own_mmap_sem_read(const View& v);
// synchronize_srcu(&srcu): every other reader has left.
Wait srcu_quiescent(const View& v);

}  // namespace svm::guard
