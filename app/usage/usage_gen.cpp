// usage_gen: renders the man page and the bash completion at build time from
// the table in usage.cpp (plus the built-in scenario ids and the variants), so
// neither can drift from `svmlab --help`.
//   usage_gen man VERSION DATE OUT         (svmlab.1)
//   usage_gen man-cli VERSION DATE OUT     (svmlab-cli.1)
//   usage_gen completion CATALOGUE OUT       (svmlab)
//   usage_gen completion-cli CATALOGUE OUT   (svmlab-cli)

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/usage/usage.h"
#include "core/driver/variant.h"
#include "core/patch/hunks.h"

namespace {

// Written beside OUT and renamed over it: a failed build never leaves half a file.
bool write(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << text;
    if (!f.flush()) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  return !ec;
}

std::vector<std::string> catalogue(const std::string& path, bool* ok) {
  std::ifstream f(path);
  *ok = bool(f);
  std::vector<std::string> ids;
  for (std::string line; std::getline(f, line);) {
    const auto b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
    if (b == std::string::npos || line[b] == '#') continue;
    ids.push_back(line.substr(b, e - b + 1));
  }
  return ids;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> a(argv + 1, argv + argc);
  if (a.size() == 4 && a[0] == "man") return write(a[3], svmlab::usage::man_page(a[1], a[2])) ? 0 : 1;
  if (a.size() == 4 && a[0] == "man-cli")
    return write(a[3], svmlab::usage::man_page(a[1], a[2], svmlab::usage::Program::Cli)) ? 0 : 1;
  if (a.size() == 3 && (a[0] == "completion" || a[0] == "completion-cli")) {
    bool ok = false;
    const auto ids = catalogue(a[1], &ok);
    if (!ok) {
      std::fprintf(stderr, "usage_gen: cannot read %s\n", a[1].c_str());
      return 1;
    }
    std::vector<std::string> variants;
    for (const auto& v : svm::all_variants()) variants.emplace_back(v.id);
    std::vector<std::string> hunks;
    for (const auto& h : svm::all_hunks()) hunks.emplace_back(h.name);
    const auto program = a[0] == "completion" ? svmlab::usage::Program::Svmlab : svmlab::usage::Program::Cli;
    return write(a[2], svmlab::usage::bash_completion(ids, variants, hunks, program)) ? 0 : 1;
  }
  std::fprintf(stderr, "usage: usage_gen man|man-cli VERSION DATE OUT | completion|completion-cli CATALOGUE OUT\n");
  return 2;
}
