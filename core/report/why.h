#pragma once
// Why a violation happened, as a chain of links a student can follow, each
// pinned to a real step of the trace (its index, and the function that step
// ran in). One chain, shared by the command line (check, text and JSON), the
// GUI's narration and the mail export.
//
// Leak: one link per reference of the cycle: who holds it, which counter,
// the step where it was taken, and what alone would drop it (and why that
// never runs: it waits for the link before). UAF: the step that freed the
// object, the step that touched it, the path through which it was still
// reachable (a stale PASID entry, a cached PASID entry or translation, a
// VMA read under mmap_sem), and the hunk of e57e58bd whose absence leaves
// that path open, when the variant lacks it.

#include <string>
#include <vector>

#include "core/base/ids.h"
#include "core/engine/run.h"

namespace svm {

struct WhyLink {
  int step = -1;         // 1-based step index (Trace::steps[step - 1]); -1: about the end state
  std::string function;  // fn_name of that step's function ("" for -1)
  ObjId object;          // what the link is about
  std::string says;      // English, one sentence
};

// `t` may have been run without keep_states: the chain then replays the same
// schedule (the threads of t.steps) to see the references at every step.
std::vector<WhyLink> why_chain(const Violation& v, const Trace& t);

// One link per line ("- ...", the closing one "= ..."; the words name the
// step and function), wrapped to `width` columns with `indent` spaces on
// continuation lines (0: no wrapping).
std::string why_text(const std::vector<WhyLink>& why, size_t width = 0, size_t indent = 4);

}  // namespace svm
