#pragma once
// Symmetry reduction: processes that run the same script and that nothing
// names are interchangeable, and the explorer keeps one state of each
// class of states that differ only in which of them is which.
//
// Renaming such processes means swapping, in every part of the machine,
// their threads, their task_structs, mms, fd tables and pgd frames (what
// boot made for each, in process order; a pid stays where boot put it, as
// nothing reads it) and every reference to them: tasks' mm/active_mm/files,
// an mm's owner and pgd, VMAs' and intel_svms' mm, frames' owners, entries
// of page tables and PASID tables, the PASID cache, IOTLB and device TLBs,
// the free list, the holders of mmap_sem, pasid_mutex and SRCU, who freed
// what (Culprit), references in flight, pages an mmu_gather holds, and
// frame slots and return values that hold a task, an mm, an fd table, a
// frame or a physical address (Frame::kinds says which). Everything
// else a process made while it ran (files, VMAs, svms, PASIDs, page frames)
// keeps its id and moves with the process by being referred to: "p0 opened
// first and got file#1" and "p1 opened first and got file#1" are the same
// state up to the renaming.
//
// Why it is sound: the model never orders these objects by their ids (no
// step iterates tasks, mms or fd tables, and scheduling is the explorer's),
// so a renamed state steps exactly as the renaming of its steps
// (tst_symmetry checks this on every state of the scenarios it searches).
// The explorer keeps the state it reached and remembers it by the hash of
// one renaming of it (symmetric_hash), so every schedule it reports is real;
// a violation found in one of interchangeable processes stands for the same
// violation in each of them.

#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/engine/config.h"
#include "core/engine/machine.h"

namespace svm {

struct ProcessSymmetry {
  struct Member {
    int thread = -1;
    uint32_t task = 0, mm = 0, files = 0;  // what boot made for it
    uint64_t pgd = 0;                      // its mm's pgd frame
  };
  // Groups of interchangeable processes, members by thread index.
  std::vector<std::vector<Member>> groups;
  uint64_t id = 0;  // one per find_process_symmetry(): keys the memo of renamed hashes
  bool empty() const { return groups.empty(); }
};

// The interchangeable processes of a scenario: same script, none of its
// actions forks, no thread waits for it ("after"; it may wait for others),
// and it runs from the start. `booted` is boot(cfg).
ProcessSymmetry find_process_symmetry(const Config& cfg, const Machine& booted);

// A renaming within the groups: group g's member i takes the place of member
// to[g][i].
using ProcessPermutation = std::vector<std::vector<int>>;
Machine rename_processes(const Machine& m, const ProcessSymmetry& sym, const ProcessPermutation& to);
// rename_processes(m, sym, to).hash128(), without building the machine.
Hash128 renamed_hash(const Machine& m, const ProcessSymmetry& sym, const ProcessPermutation& to);

// The hash of the machine with its interchangeable processes put in a
// canonical order: members sorted by what they are (their progress, counts
// and the ids no renaming changes), ties tried every way (at most 5! orders
// a group; members tie about once in a thousand states) and the smallest
// hash kept. States that differ only by a renaming get one hash; states that
// do not are never given the same one (beyond hash collisions: the renamed
// parts' hashes are memoised by the part's 128-bit hash).
//
// `canon` (canonical::): the frames of address spaces (frame_canon.h), and
// files, VMAs, svms and sdevs (object_canon.h), take their canonical numbers
// too, in the order the renamed machine reaches them; an empty `sym` then
// hashes the machine with canonical numbers only.
namespace canonical {
inline constexpr uint8_t kFrames = 1, kObjects = 2;
}
//
// `forget` (dead_registers.h): the devices whose dead registers are hashed
// at their boot values.
Hash128 symmetric_hash(const Machine& m, const ProcessSymmetry& sym, uint8_t canon = 0, uint64_t forget = 0);

}  // namespace svm
