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

const FnTable& functions() {
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
    for (int i = 0; i < kFnCount; ++i) assert(t[static_cast<FnId>(i)].id == static_cast<FnId>(i) && "undefined function");
    return t;
  }();
  return table;
}

std::string source_of(FnId f, const Variant& v) {
  const FnDef& d = functions()[f];
  std::string s(d.file);
  switch (d.origin) {
    case Origin::Kernel: s += " (v4.4)"; break;
    case Origin::Driver: s += " ("; s += v.id; s += ')'; break;
    case Origin::Modeled: s += " (modeled driver)"; break;
    case Origin::Hardware: s += " (hardware model)"; break;
    case Origin::Scenario: break;
  }
  return s;
}

}  // namespace svm
