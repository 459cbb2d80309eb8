#pragma once
// The translation path of the last translation up to a cursor, drawn as
// QtRvSim draws a datapath: the caches consulted first (device TLB, context
// cache, PASID cache, IOTLB) as hit or miss, then root entry -> extended
// context entry -> PASID entry -> PML4E -> PDPTE -> PDE -> PTE -> frame, each
// a box with its address and decoded bits, the levels this walk read lit,
// the A/D bits it set named, and the box where it stopped marked with the
// fault reason and why. A frame freed since the translation was cached is
// drawn stale.

#include <vector>

#include "core/engine/run.h"
#include "views/hardware/diagram.h"

namespace svmlab::hw {

// `walk_state`: the state whose step made the translation obs->last_walk
// holds at `cursor` (walk_states() in hw_history.h), -1 if none yet.
Diagram walk_diagram(const svm::Trace& t, int cursor, int walk_state, const Metrics& m);

// Why a fault happened, in words a student reads ("the PTE has P=0: ...").
QString fault_explanation(svm::FaultReason r);

}  // namespace svmlab::hw
