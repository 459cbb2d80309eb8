#pragma once
// Checks at the end of a run (the checks during a run live where the access
// happens: Ctx reports use-after-free, refcount errors and BUGs).
//
// Leaks, as kmemleak would put it: an object still allocated that no live
// task can reach any more. Roots are the tasks still running; edges are the
// references of refs.h. When leaked objects hold each other in a cycle, the
// report names the cycle: that is the 2016 bug, drawn in ids.
//
// Deadlock: no thread can step, yet some non-daemon thread has not finished.

#include <vector>

#include "core/engine/config.h"
#include "core/engine/machine.h"
#include "core/engine/violation.h"

namespace svm {

std::vector<Violation> check_end(const Machine& m, const Config& cfg);
std::vector<Violation> check_leaks(const Machine& m, const Config& cfg);
std::vector<Violation> check_deadlock(const Machine& m, const Config& cfg);

}  // namespace svm
