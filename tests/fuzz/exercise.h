#pragma once
// What the scenario fuzzer checks about one input, shared with the regression
// test that replays every saved finding (tests/core/tst_fuzz_regressions.cpp).
//
// A scenario file either
//   - fails to load with one error, "FILE:LINE:COLUMN: message" on one line,
//     with a position inside the text, or
//   - loads, and then it must also: save and load back to the same scenario
//     (loader.h promises it), build a config in every variant, run to its end
//     or to a step bound, and, when it is small, be explored within a state
//     bound. None of it may crash, throw or hang.
//
// Each check returns a description of the first problem, empty when fine;
// crashes, sanitizer reports and hangs are caught by whoever calls these
// (libFuzzer, or the test running under the asan preset).
//
// Header-only and Qt-free: the fuzz target builds in a core-only tree.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <memory>
#include <string>
#include <string_view>

#include "core/driver/variant.h"
#include "core/engine/config.h"
#include "core/engine/run.h"
#include "core/explore/explorer.h"
#include "core/scenario/loader.h"

namespace fuzzcheck {

struct Bounds {
  size_t max_steps = 20000;          // per simulate() call
  size_t explore_below_steps = 400;  // explore only scenarios whose default run is shorter
  size_t explore_max_threads = 6;    // ... and that have at most this many threads
  size_t explore_max_states = 3000;
  size_t explore_max_bytes = size_t(256) << 20;
  // Checks the fuzzer may skip while their finding is open and reported
  // (fuzz_loader.cpp says which); the regression test always makes them.
  bool one_line_errors = true;  // an error is one line
  bool runs_take_steps = true;  // a scenario that loads takes a step (some process starts)
};

// A load error must be one line "FILE:LINE:COLUMN: message" pointing into the
// text (line 1..lines, column >= 1).
inline std::string check_error(const svm::LoadError& e, std::string_view text, const std::string& file,
                               const Bounds& b = {}) {
  const std::string f = e.format();
  if (e.message.empty()) return "empty error message";
  if (b.one_line_errors && (f.find('\n') != std::string::npos || f.find('\r') != std::string::npos))
    return "error message is not one line: " + f;
  if (e.file != file) return "error names file \"" + e.file + "\", not \"" + file + "\": " + f;
  const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  if (e.line < 1 || e.line > lines || e.column < 1)
    return "error position " + std::to_string(e.line) + ":" + std::to_string(e.column) + " is outside the text (" +
           std::to_string(lines) + " lines): " + f;
  if (f.rfind(file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": ", 0) != 0)
    return "error is not FILE:LINE:COLUMN: message: " + f;
  return {};
}

// Everything a loaded scenario must survive.
inline std::string check_loaded(const svm::Scenario& s, const Bounds& b = {}) {
  // 1. save_scenario is the inverse of load_scenario.
  std::string saved;
  try {
    saved = svm::save_scenario(s);
  } catch (const std::exception& e) {
    return std::string("save_scenario threw: ") + e.what();
  }
  const svm::LoadResult again = svm::load_scenario(saved, s.file);
  if (!again) return "the saved scenario does not load: " + again.error.format() + "\n" + saved;
  if (!(*again.scenario == s)) return "the saved scenario loads as a different scenario:\n" + saved;

  // 2. Every variant runs it, within bounds.
  auto shared = std::make_shared<const svm::Scenario>(s);
  for (const svm::Variant& v : svm::all_variants()) {
    auto cfg = std::make_shared<svm::Config>();
    const std::string ce = svm::make_config(shared, v, *cfg);
    if (!ce.empty()) return "loaded, but make_config(" + std::string(v.id) + ") fails: " + ce;
    svm::RunOptions opt;
    opt.max_steps = b.max_steps;
    // The scenario's own schedule, as the GUI and the CLI use it.
    if (!s.schedule.empty()) {
      std::string text, err;
      for (const std::string& x : s.schedule) text += (text.empty() ? "" : ",") + x;
      if (auto parsed = svm::parse_schedule(*cfg, text, &err)) opt.schedule = *parsed;
    }
    const svm::Trace t = svm::simulate(cfg, opt);
    if (b.runs_take_steps && t.steps.empty() && t.schedule_error.empty())
      return "loaded, but no thread ever runs in " + std::string(v.id) + " (no process starts)";
    if (t.states.size() != t.steps.size() + 1)
      return "trace of " + std::to_string(t.steps.size()) + " steps has " + std::to_string(t.states.size()) + " states";
    for (size_t i = 0; i < t.steps.size(); ++i)
      if (t.steps[i].index != static_cast<int>(i + 1)) return "step " + std::to_string(i + 1) + " has a wrong index";
    (void)t.violations();

    // 3. Small ones: the explorer too, bounded.
    if (t.steps.size() < b.explore_below_steps && cfg->threads.size() <= b.explore_max_threads) {
      svm::ExploreOptions eo;
      eo.max_states = b.explore_max_states;
      eo.max_bytes = b.explore_max_bytes;
      eo.workers = 1;
      const svm::ExploreResult r = svm::explore(cfg, eo);
      if (r.states == 0) return "explore(" + std::string(v.id) + ") visited no state";
      for (const svm::Counterexample& c : r.violations) (void)svm::explore_key(c.violation, *cfg);
    }
  }
  return {};
}

// The whole check for one input.
inline std::string check_input(std::string_view text, const std::string& file, const Bounds& b = {}) {
  svm::LoadResult r;
  try {
    r = svm::load_scenario(text, file);
  } catch (const std::exception& e) {
    return std::string("load_scenario threw: ") + e.what();
  } catch (...) {
    return "load_scenario threw";
  }
  if (!r) return check_error(r.error, text, file, b);
  return check_loaded(*r.scenario, b);
}

}  // namespace fuzzcheck
