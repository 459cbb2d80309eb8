#pragma once
// One state's successors, as both searches make them (explorer.h says why a
// single local step stands for all of them), and what a search does to the
// booted machine before it starts.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/hash.h"
#include "core/engine/config.h"
#include "core/engine/machine.h"
#include "core/engine/violation.h"
#include "core/explore/dead_registers.h"
#include "core/explore/ownership.h"
#include "core/explore/symmetry.h"

namespace svm {

struct ExploreOptions;
struct ExploreResult;

// What expand() learned of a state's threads that still holds in the
// state a single local step of another thread leads to: which threads' next
// steps are not local because they touch a part other threads reach. A
// local step touches nothing another thread reads, so such a thread's next
// step touches the same part after it, and expand() does not step it again
// only to find that. (Not a step that was not local only for whose the
// kernel objects it reached were: another thread's local step can leave an
// object this one's alone. Nor one whose verdict hung on whether a device
// will translate again; and `dead` is the set of devices with dead
// registers it held for, as a write to registers nobody reads is local.)
// The local step chosen is still the lowest local thread's, so a search
// meets the same states; it throws fewer steps away (tst_explore_all holds
// the counts equal with and without, on every built-in).
struct Learned {
  uint64_t nonlocal = 0;  // bit t: thread t's next step is not local
  uint64_t dead = 0;      // the devices whose registers were dead
};

struct Succ {
  std::optional<Machine> m;  // dropped as soon as the state is known to be seen before
  int16_t tid;
  std::vector<Violation> violations;
  Hash128 hash;
  Learned learned;  // of m, when it is the single local successor
};

// How a search expands a state.
struct ExpandMode {
  bool reduce = true;  // a single local step stands for the rest
  // A step may be local when the kernel objects it reaches are all its
  // thread's (ownership.h); every step and guard is then checked for a
  // breach of that premise, which goes to `breach`.
  bool owned = false;
  // With `owned`: an address space's page tables and pages count as its mm
  // (StepSink::frames), on the premise that no frame is freed while
  // something still refers to it; a step that breaks it goes to `breach`.
  bool frames = false;
  // With `owned`: making a file, VMA, svm or sdev reaches the new object
  // alone (StepSink::objects), where those are numbered canonically.
  bool objects = false;
  // An IOMMU queue step that changed nothing another thread reads before it
  // (StepSink::queue_step) is local (explorer.h).
  bool private_queue_steps = false;
  // What expanding a state's parent learned of it is used (Learned).
  bool learn = false;
  // States that differ only in which interchangeable process is which are
  // one state (symmetry.h); null when the scenario has none or it is off.
  std::shared_ptr<const ProcessSymmetry> symmetry;
  // States that differ only in frame numbers (frame_canon.h) or in the
  // numbers of files, VMAs, svms and sdevs (object_canon.h) are one state:
  // canonical:: flags.
  uint8_t canon = 0;
  // States that differ only in registers no thread reads again are one
  // state (dead_registers.h); null when off.
  std::shared_ptr<const DeviceReaders> dead_registers;
  // An op marked never local (Op::never_local) is not a candidate for the
  // single local step.
  bool skip_never_local = false;
};

// The mode a search with these options expands in.
ExpandMode expand_mode(const ExploreOptions& opt, const Config& cfg);

// What a search remembers a state by: its hash, or with symmetry or
// canonical numbers the hash of its canonical renaming; either without the
// registers no thread reads again.
inline Hash128 state_hash(const Machine& m, const ExpandMode& mode) {
  static const ProcessSymmetry none;
  const uint64_t forget = mode.dead_registers ? forgotten_devices(m, *mode.dead_registers) : 0;
  if (!mode.symmetry && !mode.canon) return forget ? hash_forgetting(m, forget) : m.hash128();
  return symmetric_hash(m, mode.symmetry ? *mode.symmetry : none, mode.canon, forget);
}

// The successors of m into `out`, in thread order: a single local step if
// there is one (the lowest such thread), else one per thread that can step.
// (`mode` by reference: a copy took and dropped its two shared_ptrs, whose
// counts both workers then bounced between the cores at every state.)
// `learned`: what expanding m's parent learned of m (Succ::learned).
// Returns the steps it took, those whose successors it threw away included.
size_t expand(const Machine& m, const Config& cfg, const ExpandMode& mode, std::vector<Succ>& out, OwnershipBreach& breach,
              const Learned& learned = {});

// The reductions that change the booted machine itself (cache_order.h),
// applied to `root`, and every reduction the search makes, in words, into
// res.reductions (and the interchangeable processes into
// res.interchangeable).
void prepare_root(Machine& root, const Config& cfg, const ExploreOptions& opt, const ExpandMode& mode,
                  ExploreResult& res);

// Why a search that did not finish stopped, in the words of
// ExploreResult::bound (before what it covered is added), and whether the
// reason was a cancel or the memory ceiling: `bound` is what the search said
// already (a state bound), kept unless memory ran out.
struct StopFacts {
  bool out_of_memory = false;  // an allocation failed
  bool cancelled = false;      // the cancel token was set
  bool over = false;           // resident memory passed the trigger
  size_t at_start = 0, trigger = 0, max_bytes = 0, bytes = 0;
};
void explain_stop(const StopFacts& f, ExploreResult& res);

}  // namespace svm
