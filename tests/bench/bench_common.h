#pragma once
// Shared by the benchmark executables: the built-in catalogue, read from the
// source tree (SVMLAB_SOURCE_DIR overrides where that is), and the variants.

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/driver/variant.h"

namespace bench {

inline std::string source_dir() {
  const char* d = std::getenv("SVMLAB_SOURCE_DIR");
  return d ? d : SVMLAB_SOURCE_DIR_DEFAULT;
}

// The built-in scenario ids, in catalogue order.
inline std::vector<std::string> catalogue() {
  std::vector<std::string> ids;
  std::ifstream in(source_dir() + "/resources/scenarios/catalogue.txt");
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    if (!line.empty() && line[0] != '#') ids.push_back(line);
  }
  return ids;
}

inline std::vector<std::string> variant_ids() {
  std::vector<std::string> out;
  for (const svm::Variant& v : svm::all_variants()) out.emplace_back(v.id);
  return out;
}

}  // namespace bench
