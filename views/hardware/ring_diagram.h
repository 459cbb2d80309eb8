#pragma once
// The two queues between software and the IOMMU, drawn as rings of slots
// with their head and tail pointers:
//  - the invalidation queue: software writes descriptors at IQT, hardware
//    executes them from IQH; each slot decoded (type, granularity, DID,
//    PASID, address), a wait descriptor with its status write, a page group
//    response with the page request it answers;
//  - the page request queue: hardware writes a device's page request at PQT,
//    software consumes from PQH; each request decoded and matched to the
//    page group response that answered it; PRS (PPR, PRO) with the overflow
//    spelled out, the requests dropped on overflow drawn as ghosts beside the
//    ring with the answer the IOMMU generated for them (modeled), and what
//    each device still waits for.
// A small ring (16 slots or fewer) is drawn whole; a larger one shows the
// most recently written slots and the next free one.

#include <vector>

#include "core/engine/run.h"
#include "views/hardware/diagram.h"
#include "views/hardware/hw_history.h"

namespace svmlab::hw {

Diagram ring_diagram(const svm::Trace& t, int cursor, const std::vector<IqEntry>& iq, const std::vector<PrqEntry>& prq,
                     const Metrics& m, double width);

// Split a one-line description at ", " into lines of at most `width` characters.
QStringList wrap_fields(const QString& s, int width);

}  // namespace svmlab::hw
