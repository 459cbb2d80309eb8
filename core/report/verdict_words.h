#pragma once
// What the checker found, in sentences a reviewer pastes and a teacher
// shows: the mail's verdict and the slides' ending slide say it the same
// way. Leaked objects are "unreachable" (no task refers to them), held by
// the cycle named link by link; a use-after-free says who used what after
// whom freed it, at which step.

#include <string>
#include <vector>

#include "core/engine/run.h"

namespace svm {

struct VerdictPart {
  std::string sentence;                // one or more whole sentences, ASCII
  std::vector<std::string> cycle_links;  // a leak cycle: "mm#1 -> vma#1 (mmap)", one per link
};

// One part per distinct violation (the same fault on the same objects at
// several steps is one part); a run with none gives one part saying so.
std::vector<VerdictPart> verdict_parts(const Trace& t);

// "leak", "use-after-free and leak", "no violation": the verdict in a few words.
std::string verdict_summary(const Trace& t);

}  // namespace svm
