#pragma once
// The reference graph of a snapshot as Graphviz DOT: valid input for `dot`,
// with our labels and attributes. Every string is escaped, so no object name,
// title or note can break the file.

#include <string>
#include <string_view>
#include <vector>

#include "core/engine/config.h"
#include "core/engine/machine.h"
#include "core/engine/run.h"

namespace svm {

// A DOT double-quoted string for any text: backslash and quote escaped,
// line breaks as \n, other control characters dropped.
std::string dot_quote(std::string_view s);

// `cycle`: a leak cycle to draw in the leak colour (ids in order).
std::string graph_dot(const Machine& m, const Config& cfg, const std::vector<ObjId>& cycle = {},
                      const std::string& title = {});

// The graph of trace.states[state] as the GUI shows it: titled with the
// scenario, variant and step, and with the leak cycle in the leak colour at
// the last state of a leaking run (where the checker finds it).
std::string trace_dot(const Trace& t, int state);

}  // namespace svm
