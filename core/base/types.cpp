#include "core/base/types.h"

#include "core/base/cfmt.h"

namespace svm {

// By hand, not snprintf: the traced engine formats an address into nearly
// every DMA step's note, and snprintf was a fifth of a traced step's cost.
std::string hex(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char buf[18];
  char* end = buf + sizeof buf;
  char* p = end;
  do {
    *--p = kDigits[v & 0xf];
    v >>= 4;
  } while (v);
  *--p = 'x';
  *--p = '0';
  return std::string(p, end);
}

std::string sid_name(SourceId sid) {
  return cfmt("%02x:%02x.%x", unsigned(sid.v >> 8), unsigned((sid.v >> 3) & 0x1f), unsigned(sid.v & 7));
}

}  // namespace svm
