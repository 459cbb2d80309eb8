#pragma once
// The fault recording registers (FRCD) as slots, each decoded: the fault
// reason in words (scalable-mode codes used on the ECS path keep their
// "(modeled)" mark), the source id and its device, the PASID, the address
// and the access; FSTS (PFO, PPF) and the next record index above them. A
// record this step wrote is lit.

#include "core/engine/run.h"
#include "views/hardware/diagram.h"

namespace svmlab::hw {

Diagram fault_diagram(const svm::Trace& t, int cursor, const Metrics& m, double width);

}  // namespace svmlab::hw
