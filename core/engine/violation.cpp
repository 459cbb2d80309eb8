#include "core/engine/violation.h"

#include <array>

namespace svm {

std::string_view violation_kind_name(ViolationKind k) {
  static constexpr std::array<std::string_view, 8> names = {"leak",     "use-after-free", "refcount",
                                                            "bug",      "deadlock",       "isolation",
                                                            "dangling", "internal"};
  return names[static_cast<size_t>(k)];
}

std::string Violation::key() const {
  std::string s(violation_kind_name(kind));
  for (ObjId o : objects) s += ' ' + to_string(o);
  s += " in " + function;
  return s;
}

}  // namespace svm
