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
// What it gives up: a violation's schedule is the shortest of the paths on
// which it was met, not a shortest one; a search stopped early has no "every
// schedule of up to N steps" to report. What it keeps: the same states,
// transitions, terminal states and violations (kind, function, thread) as the
// breadth-first search when both complete: the same successors are made
// (expand.h, the same reductions), and every state is expanded once. The
// reduction needs no cycle proviso here either: local steps cannot form a
// cycle on their own (explorer.h).
//
// Both cores: each worker runs its own depth-first search and they share the
// visited set (no lock: a compare-and-swap per new state, visited.h). A
// state is expanded by whichever worker makes it first; a worker with
// nothing to do waits until another, seeing it wait, hands it the untried
// successors of the state nearest its root that has any (the biggest
// subtrees, so hand-overs stay rare: a few hundred on four-dma-devices).
// Counts do not depend on the timing; which path meets a violation first
// does, so of each violation the shortest schedule met is kept, and the list
// is sorted by length. With shortest_schedules, the states and steps met go
// into a StateGraph (state_graph.h), which gives each violation the schedule
// breadth first would.

#include <memory>

#include "core/engine/config.h"
#include "core/explore/explorer.h"
#include "core/explore/ownership.h"
#include "core/explore/state_graph.h"

namespace svm {

// A breach of the ownership premise (ownership.h) stops it, into `breach`.
// With `graph` and ExploreOptions::shortest_schedules, the states and steps
// it met go there, when it finished and could keep them (state_graph.h).
ExploreResult explore_depth_first(const Config& cfg, const ExploreOptions& opt, BreachLatch& breach,
                                  std::unique_ptr<StateGraph>* graph = nullptr);

}  // namespace svm
