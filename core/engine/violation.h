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

enum class ViolationKind : uint8_t { Leak, UseAfterFree, Refcount, Bug, Deadlock, Isolation };
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
