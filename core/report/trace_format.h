#pragma once
// The trace as text, as ftrace's function_graph, and as JSON (the shapes of
// PRODUCT.md section 5). Used by the command line, the exporter and tests.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engine/run.h"

namespace svm {

// One line per step, indented by call depth, with the counters it changed.
std::string trace_text(const Trace& t);
// ftrace function_graph layout: "CPU) TASK |  func() {", each step's source
// line, its own comments and the counters it changed as comments of their
// own, one per line, none nested; a line longer than `width` columns is cut
// inside its comment and ends in "...".
struct FtraceOptions {
  size_t width = 100;
};
std::string trace_ftrace(const Trace& t, const FtraceOptions& o = {});
// {"scenario", "variant", "steps": [...], "final": {...}}
nlohmann::ordered_json trace_json(const Trace& t);
// One violation: kind, objects, message, cycle, step, thread, function.
nlohmann::ordered_json violation_json(const Violation& v, const Config& cfg);
// The message in English, without a leading "use-after-free: " that
// repeats the kind the line already names.
std::string message_after_kind(const Violation& v);
// For check: a person's summary, one violation per paragraph (with a
// width, filled to it: wrap.h).
std::string violations_text(const std::vector<Violation>& vs, const Config& cfg, size_t width = 0);

// "mm#1 mm_users 2->1, f_count ..." for a step's changes.
std::string changes_text(const StepRecord& s);

}  // namespace svm
