// Compiled by CTest once per case (tests/core/slots/compile_fail.cmake): the
// control must compile, every other case must be refused by the compiler
// with the error named beside it in tests/CMakeLists.txt.
#include "core/engine/ctx.h"
#include "core/engine/guards.h"

namespace svm {

Outcome body(Ctx& c) {
  static constexpr Slot<MmRef> mm{3};
  static constexpr Slot<SvmRef> svm{4};
#if defined(CASE_CONTROL)
  c.set(svm, SvmRef{1});
  (void)c.mm(c[mm]);
  return c.call(FnId::mmput, {c[mm]});
#elif defined(CASE_SET_WRONG_TYPE)
  c.set(mm, c[svm]);  // an svm stored in the mm's slot
#elif defined(CASE_OBJECT_OF_WRONG_KIND)
  (void)c.mm(c[svm]);  // c.mm(c.arg(4)) with slot 4 holding an svm
#elif defined(CASE_NUMBERED_SLOT)
  (void)c[3];  // slots are read by their declared name
#elif defined(CASE_SLOT_OUTSIDE_FRAME)
  static constexpr Slot<MmRef> ninth{8};  // a frame has 8
#elif defined(CASE_GUARD_ON_WRONG_SLOT)
  OpGuard g = guard::mmap_sem_read<svm>;  // down_read(&svm->mmap_sem)
  (void)g;
#endif
  return c.next();
}

}  // namespace svm
