#pragma once
// The depth-first search (ExploreOptions::depth_first).
//
// The breadth-first search keeps every machine of the frontier: on four
// symmetric processes a level holds 200,000 of them, about 3 KiB each, and
// the search stops at the memory ceiling while the levels still widen. Depth
// first, the machines held are those on the path being tried and their
// siblings not tried yet (a few hundred), and the visited set (12 bytes a
// state) is what grows.
//
// What it gives up: a violation's schedule is the path on which it was met
// first, not a shortest one; a search stopped early has no "every schedule
// of up to N steps" to report; and it runs on one core. What it keeps: the
// same states, transitions, terminal states and violations (kind, function,
// thread) as the breadth-first search when both complete: the same
// successors are made (expand.h, the same reductions), and every state is
// expanded once. The reduction needs no cycle proviso here either: local
// steps cannot form a cycle on their own (explorer.h).

#include "core/engine/config.h"
#include "core/explore/explorer.h"

namespace svm {

ExploreResult explore_depth_first(const Config& cfg, const ExploreOptions& opt);

}  // namespace svm
