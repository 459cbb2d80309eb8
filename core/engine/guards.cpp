#include "core/engine/guards.h"

namespace svm::guard {

namespace {
Wait own_sem(const View& v, bool write) {
  const uint32_t mm = v.self_task_r().mm.idx;
  const Mm& m = v.mm_r(mm);
  if (write ? m.mmap_sem.free_for_write() : m.mmap_sem.free_for_read()) return {};
  const int holder = m.mmap_sem.writer >= 0 ? m.mmap_sem.writer : m.mmap_sem.readers.front();
  return {Wait::Kind::Lock, N_("mmap_sem"), ObjId{Kind::Mm, mm}, holder};
}
}  // namespace

Wait own_mmap_sem_write(const View& v) { return own_sem(v, true); }
Wait own_mmap_sem_read(const View& v) { return own_sem(v, false); }

Wait srcu_quiescent(const View& v) {
  for (int16_t t : v.kr().srcu_readers)
    if (t != v.tid()) return {Wait::Kind::Lock, N_("synchronize_srcu: a reader is inside"), {}, t};
  return {};
}

}  // namespace svm::guard
