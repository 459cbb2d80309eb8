#pragma once
// One step of one thread, and what a thread waits for.

#include <vector>

#include "core/engine/config.h"
#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/machine.h"

namespace svm {

// Move the thread onto its next op: skip ops absent in this variant, return
// from functions that ran off their end. A thread whose stack empties is done.
void settle(Machine& m, const Config& cfg, int tid);

// Why the thread cannot step now; Wait::Kind::None when it can.
Wait waiting(const Machine& m, const Config& cfg, int tid);
bool can_step(const Machine& m, const Config& cfg, int tid);
std::vector<int> runnable(const Machine& m, const Config& cfg);

// The op a thread will execute next (nullptr when it has none).
const Op* next_op(const Machine& m, const Config& cfg, int tid);

// A model call chain deeper than this is runaway recursion (the deepest real
// chain is about a dozen frames).
inline constexpr size_t kMaxStackDepth = 64;

// Take one step of `tid` (which must be able to step).
void step(Machine& m, const Config& cfg, int tid, StepSink& sink);

// Is the thread about to run op `pc` of `fn` (a hold's breakpoint)?
bool at_line(const Machine& m, int tid, FnId fn, int pc);

// The default schedule: hardware first (it runs the moment it has work), then
// the interrupt thread and kworkers, then processes without preemption: the
// process that ran last keeps running until it blocks or ends.
int default_pick(const Machine& m, const Config& cfg, int last);

}  // namespace svm
