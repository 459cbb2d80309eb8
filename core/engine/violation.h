#pragma once
// What the checker reports. Kinds and JSON names are the command-line
// contract (PRODUCT.md section 5).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ids.h"
#include "core/base/text.h"

namespace svm {

// Dangling: the hardware holds a pointer to freed memory (a present PASID
// entry, or an IOTLB, device-TLB or PASID-cache entry), whether or not a
// device uses it: the hazard the ablations leave in every scenario.
// Internal: the simulator itself reached an impossible state (a model bug,
// not a kernel one); the run stops there.
enum class ViolationKind : uint8_t { Leak, UseAfterFree, Refcount, Bug, Deadlock, Isolation, Dangling, Internal };
std::string_view violation_kind_name(ViolationKind k);  // "leak", "use-after-free", ...

struct Violation {
  ViolationKind kind = ViolationKind::Bug;
  std::vector<ObjId> objects;
  Text message;  // english() is what the command line and exports print; the GUI translates it. Not part of key()
  std::vector<ObjId> cycle;  // leaks held by a reference cycle: the ids in order
  int step = -1;             // index of the step that caused it (-1: at the end)
  int thread = -1;
  std::string function;

  // Two reports are "the same violation" when kind, objects and function match.
  std::string key() const;
};

}  // namespace svm
