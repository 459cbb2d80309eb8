#pragma once
// The interleaving explorer: every schedule of a scenario's threads, checked.
//
// Breadth-first over machine states (depth first on request,
// ExploreOptions::depth_first and depth_first.h: the same states, less
// memory, schedules not the shortest). From a state, each thread that can take
// its next step gives a successor; states are deduplicated by their hash
// (compacted, see below), so each is expanded once. Every step is checked as it runs
// (use-after-free, refcount, BUG, isolation), and every terminal state (no
// thread can step) for leaks and deadlock. Because the search is breadth
// first and every step counts one, the first time a distinct violation is
// met, the path to it is a shortest schedule; it is reported as the thread
// sequence `svmlab run --schedule` replays.
//
// The command line and the GUI search depth first first, for the counts and
// the verdict, and when that found violations, give each the schedule
// breadth first would (ExploreOptions::shortest_schedules): the same states
// and violations either way (depth_first.h), so the depth-first search's
// graph of states, walked in breadth-first order, meets each where breadth
// first would (state_graph.h); or, where that graph cannot be kept, a
// breadth-first search that has met every violation the complete
// depth-first one found has nothing left to find, and stops. Breadth first alone costs about three
// times as much per state on four-symmetric-processes (a state is expanded
// a level after it was made, gone cold from the caches: 27 s against 8 s on
// two cores), and a scenario without violations needs no second search.
//
// Reduction (why it loses no violation): a step is *local* when its op has
// no guard, or only a monotone one (an "after": it waits for other threads'
// progress, which never goes back), and, run, it touches nothing another
// thread can read or write (only its own frame, registers, task_struct and
// progress: the `done` count and milestones, which other threads read only in
// their "after" guards). Such a step commutes with every step of every other
// thread, cannot be disabled by them (its guard, once open, stays open) and
// cannot disable them (it can only open an "after"), and it stays enabled
// until its thread takes it. So from a state where some thread has a local step,
// exploring only that step (the lowest such thread) is a persistent set of
// size one: every state where a violation can occur is still reached in some
// order, and every terminal state is still reached (Godefroid's persistent
// sets; local steps cannot form a cycle on their own, so the ignoring problem
// does not arise). Violations are raised only by shared accesses or by the
// step itself, which is still taken. tst_explore checks this against the
// unreduced search (reduction_loses_no_violation: the same violations and
// terminal states on the built-ins small enough to search unreduced).
// Finding the local step means stepping candidates until one is; a
// device's DMA ops touch the device or the IOMMU at every run
// (Op::never_local), so they are not stepped only to find that out, and the
// step found is the same (tst_explore: never_local_ops_are_never_local,
// skipping_never_local_only_saves_steps; four-dma-devices 6.07 M -> 5.20 M
// steps).
//
// A step on kernel objects, or on the driver's intel_svms and
// intel_svm_devs, is local too when every object it reached (the checked
// accessors record them: ctx.h's KernelFootprint) belongs to its own
// thread (ownership.h), guard included: a guard that reads nothing but
// such objects no other thread can close. No other thread reaches them, so
// the argument above holds for it. That premise is checked at every step and guard the search
// runs; a breach makes the search start again without it
// (ExploreResult::ownership_breach). Where two or more processes run, an
// address space's page tables and pages count as its mm (ownership.h), so
// faulting in, unmapping and freeing one's own memory is local too, the
// page allocator included: with canonical frame numbers (below), an
// allocation and another thread's allocation or free give the same state
// in either order, as long as the allocator holds only frames nothing
// refers to. A free that breaks that (a table entry or the hardware still
// pointing at the frame) starts the search again without frames
// (ExploreResult::frames_breach).
//
// And a step of the IOMMU's queue engine is local when what it did, beyond
// moving IQH, no other thread reads before it runs (StepSink::queue_step):
// the status word of an invalidation wait (its submitter waits for it, and
// reclaim reaches it only after that submitter's wait), or nothing at all
// (an invalidation that found nothing) once every device thread is done, so
// that no cache or device TLB can be filled any more. Only the IOMMU reads
// IQH, and other threads only add descriptors, so its guard stays open
// (guard_monotone). So is the submitter's step after its wait, which marks
// its descriptor done and reclaims the slots done before it
// (QiEffect::kReclaim): other submitters take slots at free_head, which
// leaves free_head + free_cnt, where reclaim starts, where it was; reclaim
// stops at the first slot still in use, so it never reads a status the
// IOMMU has yet to write; and it only makes room. Its guard, QI_DONE in its
// wait's slot, only this thread takes back.
//
// Reduction, second kind: states that differ only in the LRU order of an
// IOMMU cache the scenario can never fill are one state (cache_order.h):
// the order decides nothing but evictions, and there are none.
//
// Reduction, third kind: processes with the same script that no other
// thread names are interchangeable, and states that differ only in which of
// them is which are one state (symmetry.h): the search remembers a state by
// the hash of its canonical renaming, and keeps and expands the state it
// reached, so its schedules are real. With the persistent sets this stays
// sound for the same reason they are: a renaming maps steps to steps and
// local steps to local steps, and whatever a state reaches, its renaming
// reaches renamed. tst_symmetry holds the renaming to the model on every
// state it meets and each search to the unreduced one: one terminal state of
// each class, and the same violations up to which member showed them.
//
// Reduction, fourth kind: where two or more processes run, the numbers the
// model hands out (frames: frame_canon.h; files, VMAs, svms, sdevs:
// object_canon.h) are canonical too. A state is remembered by the hash of
// its renaming with every such object numbered in the order a fixed walk
// reaches it, and freed ones nothing refers to left out: states that differ
// only in the order processes allocated in are one. Applied inside the
// symmetry's renaming (symmetric_hash), after the processes are put in
// order. tst_symmetry steps every pair of sampled states with one canonical
// hash, thread by thread, and finds their successors alike.
//
// Reduction, fifth kind: what only a device's own thread reads (its PASID
// register and the like) is left out of the hash once that thread has
// finished (dead_registers.h): nothing reads it again, not even the end
// checks. tst_dead_registers holds searches with and without it to the
// same violations and the same classes of terminal states. With the
// persistent sets, a driver's write to them (the PASID it programs into
// the accelerator, Ctx::dev_registers) is read by nothing, so it is local.
//
// So are the IOMMU's fault recording registers, always
// (IommuState::faults_unhashed): no step or check reads them, only the
// narration. tst_explore and tst_explore_all hold the search to the one
// that hashes them.
//
// No sleep sets. They would skip a step whose order with a sibling's does
// not matter, which only footprints shown disjoint can prove; and of the
// pairs of non-local steps from a fully expanded state, nearly every one
// has a step that touched the IOMMU, memory or a device, which a step
// records only as "shared" (StepSink::shared): 0 of 970 pairs independent
// on the exit race, 0 of 313,746 on four-dma-devices, 625 of 17,335 on
// four-symmetric-processes. Footprints within those parts come first.
//
// States are kept compacted: a visited state is remembered by 102 bits of
// its 128-bit hash only (visited.h; a 12-byte slot in one of 64 tables) and
// a 6-byte link to its parent, for the schedule; full machines exist only on
// the frontier. Two different states whose hashes agree on those 102 bits
// would be merged; the odds are about 2^-43 for a billion states.
//
// Both cores: the frontier of each level is split between worker threads
// (a pool that lives as long as the search, worker_pool.h), a contiguous
// slice each; their successors are merged in frontier order, so the result
// (states, schedules, violations) does not depend on timing or on the number
// of workers. What two workers gain is bounded: the merge is serial (about a
// third of a search), and once a process has a second thread every reference
// count and every malloc takes an atomic or a lock (libstdc++ and glibc skip
// them in a single-threaded process): the same search costs about 45% more
// CPU time with two workers than with one (four-dma-devices, 2M states);
// and a level of a few dozen states (the exit race has 338 of about 84)
// gives the second worker almost nothing to do: a chunk of fewer than 256
// states is expanded on the caller's thread alone, counted plainly, each
// state's successors merged as the next state is expanded, and a search
// with no wider chunk starts no thread at all (the exit race: 970 -> 864
// ns/state).
// Depth first, each worker runs a search of its own and they share the
// visited set (depth_first.h): no serial merge, so two workers gain more
// (four-dma-devices 4.8 s breadth first, 2.0 s depth first), but which
// schedule meets a violation first then depends on timing (the counts do
// not).

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/base/text.h"
#include "core/engine/config.h"
#include "core/engine/violation.h"

namespace svm {

// A search that reaches a bound stops cleanly, incomplete, and says how far
// it got (ExploreResult::bound): the memory ceiling is the process's resident
// memory as /proc/self/statm measures it, checked while successors are made
// and merged, and an allocation that fails anyway stops the search the same
// way instead of aborting it.
//
// Another thread stops a search with a cancel token (Stop in the GUI, the
// matrix giving up): the token is read by every worker before each state it
// expands and by the merge every 1024 states (depth first: every 1024 new
// states), so the search returns within a handful of expansions
// (milliseconds), incomplete, with `cancelled` set.
class ExploreCancel {
 public:
  void cancel() { flag_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return flag_.load(std::memory_order_relaxed); }

 private:
  std::atomic<bool> flag_{false};
};

// How far a running search is, as the progress callback sees it.
struct ExploreProgress {
  size_t states = 0;       // distinct states stored so far
  size_t transitions = 0;
  size_t depth = 0;        // levels completed (every schedule of this many steps explored); 0 depth first
  size_t bytes = 0;        // resident memory measured last (whole process)
  double seconds = 0;      // since the search began
  // After a complete depth-first search, the breadth-first one that finds
  // each violation's shortest schedule (ExploreOptions::shortest_schedules):
  // states and depth are then its own, seconds since the first began.
  bool shortening = false;
};

struct ExploreOptions {
  // At most INT32_MAX: a state's parent is an int32_t. 4M lets every
  // built-in finish (pasid-reuse-after-exit needs 2.16M in the 2020
  // variants); the memory ceiling is what protects the machine.
  size_t max_states = 4'000'000;
  size_t max_bytes = size_t(1) << 30;  // memory ceiling: resident bytes of the whole process
  bool reduce = true;
  unsigned workers = 2;
  // Optional: set from another thread to stop the search (it must outlive the call).
  const ExploreCancel* cancel = nullptr;
  // Optional: called on the thread that called explore(), after each chunk of
  // the frontier (a few thousand states) and at the end of each level. It must
  // be quick and must not call explore().
  std::function<void(const ExploreProgress&)> progress;
  // With `reduce`: merge states that differ only in the order of an IOMMU
  // cache the scenario can never fill (cache_order.h). Off only to measure it.
  bool merge_cache_order = true;
  // With `reduce`: a thread whose next step was found not local is not
  // stepped again only to find it so, after another thread's local step
  // (Learned, expand.h). The same states either way; off only to test that.
  bool learn_nonlocal = true;
  // With `reduce`: a thread whose next op is never local (Op::never_local)
  // is not stepped only to find that out. The same states either way; off
  // only to test that.
  bool skip_never_local = true;
  // Depth first instead of breadth first (depth_first.h): memory for the
  // states seen and the schedule being tried, not for a whole level of
  // machines, so a scenario whose levels outgrow the ceiling can finish; its
  // schedules are not the shortest. It runs `workers` searches that share
  // the visited set.
  bool depth_first = false;
  // With `depth_first`: when the search is complete and found violations,
  // each comes with a shortest schedule, the one a breadth-first search
  // gives (shortening, below). The search records the states and steps it
  // met, as numbers (state_graph.h), and walks them in breadth-first order
  // afterwards; where it cannot (interchangeable processes, or a graph past
  // a quarter of the memory ceiling), a breadth-first search follows it,
  // only as far as every violation is met. The counts, the verdict and the
  // bound are the depth-first search's. What the command line and the GUI
  // do: the verdict at depth-first speed (four-symmetric-processes, no
  // violation: 7 s against 18 s breadth first), the schedules as breadth
  // first gives them (four-dma-devices: 1.7 s, where depth first then
  // breadth first took 6.2 and breadth first alone 4.9).
  bool shortest_schedules = false;
  // With `shortest_schedules`: from the recorded graph where it can. Off
  // only to test that both ways give the same schedules.
  bool shortest_by_graph = true;
  // The graph's share of max_bytes at most: past it, the search stops
  // recording it, and a breadth-first search shortens the schedules.
  double graph_share = 0.25;
  // With `reduce`: a step that reaches only kernel objects its own thread
  // owns (ownership.h) may be local too. Should a search find another thread
  // reaching an owned object, it starts again without this (and says so in
  // `reductions`).
  bool own_objects = true;
  // With `own_objects`: an address space's page tables and pages count as
  // its mm (StepSink::frames), so a process faulting in, unmapping and
  // freeing its own memory is local too, page allocator included, on the
  // premise that no frame is freed while something still refers to it.
  // Should a search find a frame that breaks it, it starts again without
  // this (and says so in `ownership_breach`).
  bool own_frames = true;
  // With `own_objects`: making a file, VMA, intel_svm or intel_svm_dev
  // reaches the new object alone (StepSink::objects), where those are
  // numbered canonically (canonical_objects, two or more processes): the
  // index it gets is a name. Off only to measure it.
  bool own_new_objects = true;
  // With `reduce`: an IOMMU step that wrote only a wait's status word, or,
  // once no device can translate again, found nothing to invalidate, is
  // local (expand.cpp). Off only to measure it.
  bool private_queue_steps = true;
  // States that differ only in which of the scenario's interchangeable
  // processes (same script, named by nobody: symmetry.h) is which are one
  // state. Independent of `reduce`; --no-reduction turns both off.
  bool symmetry = true;
  // States that differ only in which physical frames the page allocator
  // handed out are one state (frame_canon.h). Independent of `reduce`;
  // --no-reduction turns it off too.
  bool canonical_frames = true;
  // The same for the numbers of files, VMAs, svms and sdevs, and the
  // tombstones nothing refers to (object_canon.h).
  bool canonical_objects = true;
  // States that differ only in device registers no thread reads again (the
  // PASID a finished device was programmed with: dead_registers.h) are one
  // state. Independent of `reduce`; --no-reduction turns it off too.
  bool dead_registers = true;
  // States that differ only in the IOMMU's fault recording registers, which
  // nothing but the narration reads (IommuState::faults_unhashed), are one
  // state. Independent of `reduce`; --no-reduction turns it off too.
  bool unhashed_faults = true;
};

struct Counterexample {
  Violation violation;
  std::vector<int> schedule;  // thread per step, from the booted machine
  // A shortest schedule to this violation (breadth first, or shortened
  // after depth first); false: the shortest of those a depth-first search
  // met it on.
  bool shortest = true;
};

struct ExploreResult {
  size_t states = 0;
  size_t transitions = 0;
  size_t terminal_states = 0;
  size_t depth = 0;      // longest schedule explored
  size_t bytes = 0;      // the largest resident memory measured during the search (whole process)
  bool complete = false;
  Text bound;            // why it is not complete, and what it covered (translatable)
  std::vector<Counterexample> violations;  // one per distinct violation, shortest schedule
  // explore()'s whole call, as its caller waits for it: every search a
  // breach started again, the shortening, and what each left to free.
  double seconds = 0;
  // Last, so that aggregate initialisers of the fields above keep compiling:
  bool cancelled = false;   // stopped by ExploreOptions::cancel (then not complete)
  size_t stored_bytes = 0;  // what the visited states cost at the end: hash table and parent links
  // The reductions the search applied, in words ("persistent sets of local
  // steps", "LRU order of the context cache"): why its counts differ from
  // those of --no-reduction.
  std::vector<std::string> reductions;
  bool at_memory_ceiling = false;  // stopped by the memory ceiling (or never started under it)
  // The processes the search took as interchangeable (ExploreOptions::symmetry),
  // by name, a group each: a violation reported for one stands for the same
  // violation in each of its group.
  std::vector<std::vector<std::string>> interchangeable;
  // The odds that two different states were taken for one because their
  // compacted hashes agreed (visited.h): what "complete" rests on.
  double merge_odds = 0;
  int hash_bits = 0;  // how many bits of a state's hash tell it apart
  // Set when a first search found a thread reaching a kernel object another
  // owns (ownership.h) and the result is that of a second search without
  // the ownership reduction: "child in mmu_notifier_unregister() reached
  // mm#1, which belongs to parent".
  Text ownership_breach;
  // Set when what broke was only the premise of counting frames as their
  // mm's (ExploreOptions::own_frames: a frame freed while referred to, or
  // used freed), and the result is that of a search without it.
  bool frames_breach = false;
  // Steps taken: a step per transition, and those of threads stepped only
  // to find their step not local before a later thread's was (expand.h).
  size_t steps = 0;
  // What shortened the schedules after a depth-first search
  // (ExploreOptions::shortest_schedules), the walk of its graph or a
  // breadth-first search: the states it went through and its seconds (in
  // `seconds` too), and whether it met every violation (a bound or a cancel
  // can stop the search first; those it did not meet keep the depth-first
  // schedule, Counterexample::shortest false). Zero states: nothing to
  // shorten.
  size_t shortening_states = 0;
  double shortening_seconds = 0;
  bool shortening_complete = false;
  bool shortening_by_graph = false;  // the walk of the graph, not a search
};

ExploreResult explore(std::shared_ptr<const Config> cfg, const ExploreOptions& opt = {});

// What makes two violations "the same" to the explorer: kind, where (the
// function and thread), and what kinds of objects; not the ids, which differ
// from one interleaving to the next.
std::string explore_key(const Violation& v, const Config& cfg);

}  // namespace svm
