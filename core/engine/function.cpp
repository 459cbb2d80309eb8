#include "core/engine/function.h"

#include <cassert>
#include <string>

namespace svm {

int FnDef::pc_of(std::string_view label) const {
  for (size_t i = 0; i < ops.size(); ++i)
    if (ops[i].label == label) return static_cast<int>(i);
  assert(false && "model bug: jump to an unknown label");
  return static_cast<int>(ops.size());
}

FnTable::FnTable() = default;

void FnTable::def(FnDef d) {
  assert(d.id != FnId::Count);
  assert(d.ops.size() < 250 && "pc is a uint8_t");
  defs_[static_cast<size_t>(d.id)] = std::move(d);
}

namespace {
const FnTable& table_2016() {
  static const FnTable table = [] {
    FnTable t;
    define_threads(t);
    define_exit(t);
    define_fork(t);
    define_mmap(t);
    define_memory(t);
    define_mmu_notifier(t);
    define_files(t);
    define_intel_svm(t);
    define_prq(t);
    define_accel(t);
    define_hardware(t);
    define_era2022_helpers(t);
    for (int i = 0; i < kFnCount; ++i) assert(t[static_cast<FnId>(i)].id == static_cast<FnId>(i) && "undefined function");
    return t;
  }();
  return table;
}
}  // namespace

const FnTable& functions(Era era) {
  switch (era) {
    case Era::Y2016: break;
    case Era::Y2020: {
      static const FnTable t2020 = [] {
        FnTable t = table_2016();
        define_era2020(t);
        return t;
      }();
      return t2020;
    }
    case Era::Y2022: {
      static const FnTable t2022 = [] {
        FnTable t = table_2016();
        define_era2022(t);
        return t;
      }();
      return t2022;
    }
  }
  return table_2016();
}

Text source_text(FnId f, const Variant& v) {
  const FnDef& d = functions(v)[f];
  // d.file is a literal (a path, or N_-marked words for the model's own parts).
  const Text file(d.file.data());
  switch (d.origin) {
    // The core kernel is modeled from v4.4's text. Between 4.4.1 and 4.5.0 the
    // modeled functions differ only in accounting arguments (mem_cgroup_*(),
    // page_add_new_anon_rmap()'s compound flag, vm_stat_account(), rss
    // counters), none of which the model has: a v4.5 run says so. A later
    // era's own kernel functions carry their version.
    case Origin::Kernel:
      if (!d.version.empty()) return Text::verbatim(std::string(d.file) + " (" + std::string(d.version) + ")");
      return Text::verbatim(std::string(d.file) + (v.era == Era::Y2016 && v.id.starts_with("v4.5") ? " (v4.4 = v4.5)" : " (v4.4)"));
    case Origin::Driver:
      if (!d.version.empty()) return Text::verbatim(std::string(d.file) + " (" + std::string(d.version) + ", " + std::string(v.id) + ")");
      // A later era running a 2016 driver function: the v4.5 text stands in
      // for its era's (docs/history.md says where that is exact).
      if (v.era != Era::Y2016) return Text::verbatim(std::string(d.file) + " (v4.5 text, " + std::string(v.id) + ")");
      return Text::verbatim(std::string(d.file) + " (" + std::string(v.id) + ")");
    case Origin::Modeled: return txt(N_("%1 (modeled driver)"), Text::verbatim(std::string(d.file)));
    case Origin::Hardware: return txt(N_("%1 (hardware model)"), file);
    case Origin::Scenario: return file;
  }
  return Text::verbatim(std::string(d.file));
}

std::string source_of(FnId f, const Variant& v) { return source_text(f, v).english(); }

}  // namespace svm
