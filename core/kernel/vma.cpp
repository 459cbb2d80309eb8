#include "core/kernel/vma.h"

namespace svm::vm {

std::string flags_to_string(uint32_t f) {
  std::string s;
  s += (f & READ) ? 'r' : '-';
  s += (f & WRITE) ? 'w' : '-';
  s += (f & EXEC) ? 'x' : '-';
  s += (f & SHARED) ? 's' : 'p';
  if (f & IO) s += " IO";
  if (f & PFNMAP) s += " PFNMAP";
  if (f & DONTCOPY) s += " DONTCOPY";
  if (f & DONTEXPAND) s += " DONTEXPAND";
  if (f & DONTDUMP) s += " DONTDUMP";
  if (f & ACCOUNT) s += " ACCOUNT";
  return s;
}

}  // namespace svm::vm
