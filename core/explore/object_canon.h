#pragma once
// Canonical object numbers: states that differ only in the order in which
// threads created and freed files, VMAs, intel_svms and intel_svm_devs are
// one state to the explorer, as frame_canon.h does for frames.
//
// The kernel and the driver number these objects in their tables in the
// order they are made (the model keeps a freed one as a tombstone, for the
// graph and for use-after-free reports). Three processes that each open and
// bind make them in 6^4 orders that nothing after tells apart. Nothing in
// the model orders these objects by number (lists keep their own order:
// mm->mmap by address, svm->devs as linked, pasid_idr by PASID), so
// renumbering them, with every reference following, is an automorphism.
//
// Renumbered: every such object something refers to, in the order a fixed
// walk reaches it: the tasks (their fd tables, pending task_works, mm with
// its VMAs and notifiers), then the mms, fd tables, delayed fputs and
// pasid_idr, then the threads' references in flight and locals; objects
// still alive that nothing reaches come last, by number. Dropped: a freed
// object nothing refers to (a tombstone only the graph shows). So is the
// driver's list of every PASID ever allocated (pasids_seen): only the graph
// reads it.

#include <array>
#include <cstdint>
#include <vector>

#include "core/base/ids.h"
#include "core/engine/machine.h"
#include "core/engine/thread.h"

namespace svm {

struct ObjectCanon {
  static constexpr std::array<Kind, 4> kKinds{Kind::File, Kind::Vma, Kind::Svm, Kind::Sdev};
  static constexpr int slot(Kind k) {
    return k == Kind::File ? 0 : k == Kind::Vma ? 1 : k == Kind::Svm ? 2 : k == Kind::Sdev ? 3 : -1;
  }

  bool active = false;
  uint64_t key = 0;  // a hash of the numbering, for memo keys
  // Per kind (slot()): to[s][old index] is the new one (1-based; 0: dropped),
  // at[s][new index - 1] the old.
  std::array<std::vector<uint32_t>, 4> to, at;

  uint32_t idx(Kind k, uint32_t i) const {
    const int s = slot(k);
    if (!active || s < 0 || i == 0 || i >= to[static_cast<size_t>(s)].size()) return i;
    return to[static_cast<size_t>(s)][i];
  }
  ObjId obj(ObjId o) const { return {o.kind, idx(o.kind, o.idx)}; }
};

// The kinds of slot that hold one of these objects.
constexpr Kind slot_object_kind(SlotKind k) {
  switch (k) {
    case SlotKind::File: return Kind::File;
    case SlotKind::Vma: return Kind::Vma;
    case SlotKind::Svm: return Kind::Svm;
    case SlotKind::Sdev: return Kind::Sdev;
    default: return Kind::Frame;  // none of them
  }
}

// m's objects numbered, walking tasks, mms, fd tables and threads in the
// order of the renamed machine (task_at[j], mm_at[j], files_at[j]: the
// 1-based index in m of the one at j + 1 there; thread_at[t]: the thread
// of m that is thread t there). Memoised per thread; valid until the next
// call on this thread.
const ObjectCanon& canonical_objects(const Machine& m, const std::vector<uint32_t>& task_at,
                                     const std::vector<uint32_t>& mm_at, const std::vector<uint32_t>& files_at,
                                     const std::vector<int>& thread_at);

}  // namespace svm
