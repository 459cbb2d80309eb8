#include "core/mem/pgtable.h"

namespace svm::pte {

std::string_view level_name(int level) {
  static constexpr std::array<std::string_view, 5> names = {"?", "PTE", "PDE", "PDPTE", "PML4E"};
  return level >= 1 && level <= 4 ? names[level] : names[0];
}

std::string decode(uint64_t e) {
  std::string s;
  auto add = [&](uint64_t bit, const char* name) {
    if (!(e & bit)) return;
    if (!s.empty()) s += ' ';
    s += name;
  };
  if (!(e & P)) return "not present";
  add(P, "P");
  add(RW, "RW");
  add(US, "US");
  add(PWT, "PWT");
  add(PCD, "PCD");
  add(A, "A");
  add(D, "D");
  add(PS, "PS");
  add(G, "G");
  add(XD, "XD");
  return s;
}

}  // namespace svm::pte
