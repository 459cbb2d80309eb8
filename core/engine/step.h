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
// The same, collecting the kernel objects its guard reads (explore/ownership.h),
// and setting `*shared` if it reads shared state besides them.
bool can_step(const Machine& m, const Config& cfg, int tid, KernelFootprint& objects, bool* shared = nullptr);
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

// default_pick() over a run, remembering between steps which threads can
// step. Asking every guard again after every step was a sixth of a traced
// step. Each guard's answer is kept with the parts of the machine it read
// (View's part masks); a step invalidates the answers that read a part it
// took write access to (StepSink::wrote) or, when it moved its thread's
// progress (done, milestones, state: what "after" guards read), every answer
// that read another thread. Its own thread is always asked again. Picks what
// default_pick() picks, state for state (tst_engine checks it on every
// built-in in every variant).
class DefaultPicker {
 public:
  int pick(const Machine& m, const Config& cfg, int last);
  // What a step may change that other threads' guards read of its thread.
  struct Progress {
    RunState state;
    uint16_t done;
    uint32_t milestones;
    bool finished;
    bool operator==(const Progress&) const = default;
  };
  static Progress progress(const Machine& m, int tid);
  // After `tid` stepped on the machine picked from: the parts it wrote, and
  // whether its Progress differs from before the step.
  void stepped(int tid, uint8_t wrote, bool progressed);

 private:
  std::vector<int8_t> can_;    // -1 unknown, 0 waiting, 1 can step
  std::vector<uint8_t> reads_;  // what each known answer read (part::)
  std::vector<int> hardware_, processes_;  // the order the rules look at threads in
};

}  // namespace svm
