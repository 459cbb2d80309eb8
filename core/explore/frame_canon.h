#pragma once
// Canonical frame numbers: states that differ only in which physical frames
// the page allocator handed out are one state to the explorer.
//
// Which frame a process's page tables and pages land in depends on the
// order in which every process allocated and freed. Three processes that
// each map and touch a page made 23.5 M states that way, of which about
// 78 K differ in anything else. The allocator hands out any free frame (the
// model: the last freed first), and nothing in the model orders frames by
// number, so renumbering frames, with every pointer to them following, is an
// automorphism of the model, as renaming interchangeable processes is
// (symmetry.h).
//
// Renumbered: the frames of address spaces (owner an mm: page tables and
// pages), live, or freed and still referred to. They are numbered kBase,
// kBase + 1, ... in the order a fixed walk reaches them: each mm's page
// table (mms in order), the PASID tables' entries, the PASID cache, the
// IOTLB, the device TLBs, the threads' locals and gathers; live frames
// nothing reaches come last, by number. The IOMMU's and the kernel's own
// frames keep their numbers: registers and context entries point at them.
//
// Dropped: a freed address-space frame nothing refers to is garbage. It can
// only be handed out again, cleared, as a frame never used would be. The
// free list's garbage at its bottom goes (it would come out after the rest,
// as fresh frames do); garbage above a frame still referred to stays as a
// place holder, for it decides when that frame comes out again.
//
// Generations: a frame's generation is only compared for equality with the
// one an IOTLB or device-TLB entry remembers, and only grows. So a cached
// generation is hashed as current (0) or stale (1), and a frame's own not
// at all.
//
// tst_frame_canon checks, on every state of the searches it makes, that
// states with one canonical hash step alike.

#include <cstdint>
#include <functional>
#include <vector>

#include "core/base/hash.h"
#include "core/engine/machine.h"
#include "core/mem/pgtable.h"
#include "core/mem/physmem.h"

namespace svm {

struct FrameCanon {
  // Canonical numbers start here, beyond any frame the model has, so that
  // they never meet a frame that keeps its number.
  static constexpr uint64_t kBase = uint64_t(1) << 36;
  static constexpr uint64_t kGarbage = ~uint64_t(0);

  bool active = false;  // false: frames keep their numbers (a large-page entry on a process frame)
  uint64_t key = 0;     // a hash of the numbering and of `reachable`, for memo keys
  std::vector<uint64_t> to;     // pfn - kFirstPfn -> its canonical number; 0: keeps its own; kGarbage
  std::vector<uint64_t> order;  // the frame numbered kBase + k, by its pfn

  uint64_t pfn(uint64_t p) const {
    if (!active || p < PhysMem::kFirstPfn || p - PhysMem::kFirstPfn >= to.size()) return p;
    const uint64_t t = to[p - PhysMem::kFirstPfn];
    return t == 0 || t == kGarbage ? p : t;
  }
  // By mm (1-based): can anything still reach it and walk its pgd? A freed
  // mm nothing reaches still names the frame its pgd was, which may since be
  // garbage or someone else's: a name only, hashed as kGarbage.
  std::vector<uint8_t> reachable;
  uint64_t pgd(uint32_t mm, uint64_t p) const {
    return active && mm < reachable.size() && !reachable[mm] ? kGarbage : pfn(p);
  }
  // A page-table or PASID-table entry, its pointer renumbered.
  uint64_t entry(uint64_t e) const {
    return (e & ~pte::kAddrMask) | pfn(pte::addr(e) >> kPageShift) << kPageShift;
  }
};

// m's frames numbered, walking mms and threads in the order of the renamed
// machine: mm_at[j] is the mm (its 1-based index in m) that is mm j + 1
// there, thread_at[t] the thread of m that is thread t. Memoised per
// thread by what the numbering depends on (most steps change none of it);
// valid until the next call on this thread.
const FrameCanon& canonical_frames(const Machine& m, const std::vector<uint32_t>& mm_at,
                                   const std::vector<int>& thread_at);

// A generation an IOTLB or device-TLB entry remembers for `pfn`, as the
// canonical hash sees it: 0 while it is the frame's, 1 once stale.
inline uint16_t canonical_gen(const PhysMem& mem, uint64_t pfn, uint16_t gen) {
  return gen == mem.gen(Pfn{pfn}) ? 0 : 1;
}

// The hash of `mem` with its frames numbered by `c` (which must be active),
// garbage dropped, and frames' owners and who freed them renamed.
Hash128 canonical_mem_hash(const PhysMem& mem, const FrameCanon& c, const std::function<ObjId(ObjId)>& obj,
                           const std::function<int16_t(int16_t)>& thread);

}  // namespace svm
