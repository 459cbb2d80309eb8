#include "core/base/types.h"

#include <cstdio>

namespace svm {

std::string hex(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string sid_name(SourceId sid) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02x:%02x.%x", sid.v >> 8, (sid.v >> 3) & 0x1f, sid.v & 7);
  return buf;
}

}  // namespace svm
