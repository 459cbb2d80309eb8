#pragma once
// What happened to the hardware queues over a whole trace, derived once from
// the register values of consecutive snapshots (Qt-free):
//  - the invalidation queue: every descriptor software submitted (IQT moved
//    over its slot), in submission order, and the step at which hardware
//    executed it (IQH moved over it);
//  - the page request queue: every page request hardware wrote (PQT moved),
//    the step at which software consumed it (wrote PQH past it), and the page
//    group response that answered it;
//  - the translations: the step whose translation obs->last_walk shows.
// The rings are reused; slots are matched first in, first out, so a reused
// slot is a new entry.

#include <cstdint>
#include <vector>

#include "core/engine/run.h"
#include "core/iommu/descriptors.h"

namespace svmlab::hw {

struct IqEntry {
  uint32_t slot = 0;
  svm::Desc desc;
  int submitted = 0;   // state index: states[submitted] is the first with it in the queue
  int executed = -1;   // state index at which IQH had moved past it, -1: never
  int thread = -1;     // the thread whose step submitted it
};
std::vector<IqEntry> iq_history(const svm::Trace& t);

struct PrqEntry {
  uint32_t slot = 0;
  svm::Desc desc;
  int queued = 0;      // state index at which PQT had moved past it
  int consumed = -1;   // state index at which PQH had moved past it, -1: never
  int response = -1;   // index into the iq_history() of the page group response, -1: none
};
std::vector<PrqEntry> prq_history(const svm::Trace& t, const std::vector<IqEntry>& iq);

// For every state, the state index at which the translation shown in its
// obs->last_walk was made (the step that made it), or -1 if none yet.
std::vector<int> walk_states(const svm::Trace& t);

// Is this entry's frame no longer the one the entry was filled for?
enum class Staleness { Fresh, FrameFreed, FrameReused };
Staleness staleness(const svm::PhysMem& mem, svm::Pfn pfn, uint16_t gen);

}  // namespace svmlab::hw
