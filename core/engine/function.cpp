#include "core/engine/function.h"

#include <array>
#include <atomic>

#include <utility>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace svm {

int FnDef::pc_of(std::string_view label) const {
  if (label.empty()) return -1;
  for (size_t i = 0; i < ops.size(); ++i)
    if (ops[i].label == label) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> validate(const FnDef& d) {
  std::vector<std::string> out;
  if (d.id >= FnId::Count) return {"a function without an id"};
  const std::string name(fn_name(d.id));
  if (d.ops.empty()) out.push_back(name + ": no lines");
  // Frame::pc is a uint8_t and ops.size() is the "returned" pc.
  if (d.ops.size() >= 250) out.push_back(name + ": " + std::to_string(d.ops.size()) + " lines, more than a pc can hold");
  if (d.file.empty()) out.push_back(name + ": no source file");
  for (size_t i = 0; i < d.ops.size(); ++i) {
    const Op& op = d.ops[i];
    if (op.text.empty()) out.push_back(name + ": line " + std::to_string(i) + " has no text");
    if (op.label.empty()) continue;
    for (size_t j = 0; j < i; ++j)
      if (d.ops[j].label == op.label)
        out.push_back(name + ": label \"" + std::string(op.label) + "\" on lines " + std::to_string(j) + " and " +
                      std::to_string(i));
  }
  return out;
}

std::optional<FnId> find_fn(std::string_view name) {
  for (int i = 0; i < kFnCount; ++i)
    if (fn_name(static_cast<FnId>(i)) == name) return static_cast<FnId>(i);
  return std::nullopt;
}

std::vector<int> ops_quoting(const FnDef& d, std::string_view quote) {
  std::vector<int> out;
  if (quote.empty()) return out;
  for (size_t i = 0; i < d.ops.size(); ++i)
    if (d.ops[i].text.find(quote) != std::string_view::npos) out.push_back(static_cast<int>(i));
  return out;
}

FnTable::FnTable() = default;

// A bad table is a bug in the model's source: stop at once, in every build
// type, before a single step runs on it.
void FnTable::def(FnDef d) {
  const std::vector<std::string> bad = validate(d);
  if (!bad.empty()) {
    for (const std::string& b : bad) std::fprintf(stderr, "svmlab: internal error: model function table: %s\n", b.c_str());
    std::abort();
  }
  auto& slot = defs_[static_cast<size_t>(d.id)];
  bool& replaceable = replaceable_[static_cast<size_t>(d.id)];
  if (slot.id != FnId::Count && !std::exchange(replaceable, false)) {
    std::fprintf(stderr, "svmlab: internal error: model function %s defined twice\n", std::string(fn_name(d.id)).c_str());
    std::abort();
  }
  slot = std::move(d);
}

FnTable FnTable::era_overlay() const {
  FnTable t = *this;
  for (size_t i = 0; i < t.defs_.size(); ++i) t.replaceable_[i] = t.defs_[i].id != FnId::Count;
  return t;
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
    define_era2020_helpers(t);
    define_era2022_helpers(t);
    define_era2022_teardown_helpers(t);
    for (int i = 0; i < kFnCount; ++i)
      if (t[static_cast<FnId>(i)].id != static_cast<FnId>(i)) {
        std::fprintf(stderr, "svmlab: internal error: model function %s is never defined\n",
                     std::string(fn_name(static_cast<FnId>(i))).c_str());
        std::abort();
      }
    return t;
  }();
  return table;
}
}  // namespace

namespace {
// The table of each era once built: the engine asks for it a few times per
// step, and two guarded function-local statics per ask were 4% of a step.
std::array<std::atomic<const FnTable*>, 3> built_tables{};

const FnTable& build_functions(Era era) {
  switch (era) {
    case Era::Y2016: break;
    case Era::Y2020: {
      static const FnTable t2020 = [] {
        FnTable t = table_2016().era_overlay();
        define_era2020(t);
        define_era2020_svm(t);
        return t;
      }();
      return t2020;
    }
    case Era::Y2022: {
      static const FnTable t2022 = [] {
        FnTable t = table_2016().era_overlay();
        define_era2022(t);
        define_era2022_teardown(t);
        return t;
      }();
      return t2022;
    }
  }
  return table_2016();
}
}  // namespace

const FnTable& functions(Era era) {
  const auto i = static_cast<size_t>(era);
  if (i >= built_tables.size()) return build_functions(era);
  if (const FnTable* t = built_tables[i].load(std::memory_order_acquire)) return *t;
  const FnTable& t = build_functions(era);
  built_tables[i].store(&t, std::memory_order_release);
  return t;
}

Text source_text(FnId f, const Variant& v) {
  const FnDef& d = functions(v)[f];
  // d.file is a literal (a path, or N_-marked words for the model's own parts).
  const Text file = Text::literal(d.file.data());
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
