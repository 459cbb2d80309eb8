#pragma once
// Shared helpers for core tests: load a built-in scenario from the source
// tree, run it in a variant, and read counters off snapshots.

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "core/engine/config.h"
#include "core/explore/expand.h"
#include "core/engine/run.h"
#include "core/scenario/scenario.h"

namespace fixtures {

std::string source_dir();
std::shared_ptr<const svm::Scenario> builtin(const std::string& id);
// The ids of every built-in scenario (resources/scenarios/*.json), sorted.
std::vector<std::string> builtin_ids();  // QFAIL-free: throws on error
std::shared_ptr<svm::Config> config(const std::string& id, const std::string& variant);
// The same for tests/data/<name>.json.
std::shared_ptr<svm::Config> data_config(const std::string& name, const std::string& variant);
// A built-in's id, or "data/<name>" for tests/data/<name>.json (data-driven tests name both).
std::shared_ptr<svm::Config> any_config(const std::string& name, const std::string& variant);
// The classes of terminal states (no thread can step) reachable from boot,
// found by an unreduced breadth-first search and told apart as a search in
// `mode` remembers states (svm::state_hash).
size_t terminal_classes(const svm::Config& cfg, const svm::ExpandMode& mode);
svm::Trace run(const std::string& id, const std::string& variant, std::vector<int> schedule = {});

// (mm_users, mm_count, f_count) of mm#1 and file#1 after each step, with
// consecutive repeats removed; the state before the first step included.
using Tuple = std::tuple<int, int, int>;
std::vector<Tuple> tuples(const svm::Trace& t);
bool contains_in_order(const std::vector<Tuple>& seq, const std::vector<Tuple>& wanted, std::string* missing);

}  // namespace fixtures
