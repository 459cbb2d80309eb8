#include "tests/core/fixtures.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <unordered_set>

#include <cstdlib>
#include <stdexcept>

#include "core/driver/variant.h"
#include "core/engine/boot.h"
#include "core/engine/step.h"
#include "core/scenario/loader.h"

namespace fixtures {

std::string source_dir() {
  const char* d = std::getenv("SVMLAB_SOURCE_DIR");
  return d ? d : SVMLAB_SOURCE_DIR_DEFAULT;
}

std::shared_ptr<const svm::Scenario> builtin(const std::string& id) {
  svm::LoadResult r = svm::load_scenario_file(source_dir() + "/resources/scenarios/" + id + ".json");
  if (!r) throw std::runtime_error(r.error.format());
  return std::make_shared<const svm::Scenario>(std::move(*r.scenario));
}

std::vector<std::string> builtin_ids() {
  std::vector<std::string> ids;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() + "/resources/scenarios"))
    if (e.path().extension() == ".json") ids.push_back(e.path().stem().string());
  std::sort(ids.begin(), ids.end());
  return ids;
}

namespace {
std::shared_ptr<svm::Config> config_of(std::shared_ptr<const svm::Scenario> s, const std::string& variant) {
  const svm::Variant* v = svm::find_variant(variant);
  if (!v) throw std::runtime_error("no variant " + variant);
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(std::move(s), *v, *cfg);
  if (!e.empty()) throw std::runtime_error(e);
  return cfg;
}
}  // namespace

std::shared_ptr<svm::Config> config(const std::string& id, const std::string& variant) {
  return config_of(builtin(id), variant);
}

std::shared_ptr<svm::Config> data_config(const std::string& name, const std::string& variant) {
  svm::LoadResult r = svm::load_scenario_file(source_dir() + "/tests/data/" + name + ".json");
  if (!r) throw std::runtime_error(r.error.format());
  return config_of(std::make_shared<const svm::Scenario>(std::move(*r.scenario)), variant);
}

std::shared_ptr<svm::Config> any_config(const std::string& name, const std::string& variant) {
  return name.rfind("data/", 0) == 0 ? data_config(name.substr(5), variant) : config(name, variant);
}

size_t terminal_classes(const svm::Config& cfg, const svm::ExpandMode& mode) {
  struct HashOf {
    size_t operator()(const svm::Hash128& h) const { return h.lo; }
  };
  std::deque<svm::Machine> todo{svm::boot(cfg)};
  std::unordered_set<svm::Hash128, HashOf> seen{todo[0].hash128()}, terminal;
  while (!todo.empty()) {
    const svm::Machine m = std::move(todo.front());
    todo.pop_front();
    bool any = false;
    for (int t = 0; t < static_cast<int>(cfg.threads.size()); ++t) {
      if (!svm::can_step(m, cfg, t)) continue;
      any = true;
      svm::Machine next = m;
      std::vector<svm::Violation> found;
      svm::StepSink sink{nullptr, &found, false};
      svm::step(next, cfg, t, sink);
      if (seen.insert(next.hash128()).second) todo.push_back(std::move(next));
    }
    if (!any) terminal.insert(svm::state_hash(m, mode));
  }
  return terminal.size();
}

svm::Trace run(const std::string& id, const std::string& variant, std::vector<int> schedule) {
  svm::RunOptions o;
  o.schedule = std::move(schedule);
  return svm::simulate(config(id, variant), o);
}

std::vector<Tuple> tuples(const svm::Trace& t) {
  std::vector<Tuple> out;
  for (const svm::Machine& m : t.states) {
    int users = -1, count = -1, fc = -1;
    if (!m.k->mms.empty()) {
      users = m.k->mms[0].users;
      count = m.k->mms[0].count;
    }
    if (!m.k->files.empty()) fc = m.k->files[0].count;
    const Tuple x{users, count, fc};
    if (out.empty() || out.back() != x) out.push_back(x);
  }
  return out;
}

bool contains_in_order(const std::vector<Tuple>& seq, const std::vector<Tuple>& wanted, std::string* missing) {
  size_t i = 0;
  for (const Tuple& x : seq)
    if (i < wanted.size() && x == wanted[i]) ++i;
  if (i == wanted.size()) return true;
  if (missing) {
    const auto& [u, c, f] = wanted[i];
    *missing = "(" + std::to_string(u) + "," + std::to_string(c) + "," + std::to_string(f) + ") not found in order";
  }
  return false;
}

}  // namespace fixtures
