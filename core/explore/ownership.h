#pragma once
// Which thread a kernel object belongs to, for the explorer's partial-order
// reduction. A step that reaches only its own thread's kernel objects, and
// nothing else another thread can reach, commutes with every step the other
// threads can take before it: it is a persistent set alone (expand.cpp). Two
// processes opening, mapping and touching their own memory then take one
// order of those steps instead of every interleaving.
//
// Who owns what follows how the model's kernel shares its objects:
// - a task is its thread's, once that thread is born (fork's parent fills
//   in the child's task, mm and fd table before the child runs);
// - an mm is its creator task's, while no other task runs on it (mm or
//   active_mm) and no other thread can reach it through a binding: a bound
//   mm (some live intel_svm points at it; a freed one is no binding, and a
//   thread that still holds one and reaches the mm through it is a breach)
//   is nobody's while a device may still do DMA or the page-request thread
//   or the kworker has work, or while another thread refers to a file bound
//   to its PASID (it can unbind); and nobody's while a device may still
//   translate and a present PASID entry, or a cached one, points at its
//   pgd, bound or not (the IOMMU walks those tables: iommu_translate()
//   puts the tables it walked in its step's footprint, so a walk of an
//   owned mm's tables is a breach);
// - a page table or a page of an mm's address space (mm_of_frame) is that
//   mm: reading or writing it, allocating one for the mm or freeing it
//   reaches the mm (StepSink::frames). The page allocator's free list is
//   then reached without a record, on a premise of its own: it holds only
//   frames nothing refers to, so which one comes out is a name, and the
//   canonical frame numbers (frame_canon.h) make the orders one state. A
//   free that leaves a frame some present entry points at, a dangling
//   pointer of the hardware or a use of a freed frame breaks it, and the
//   search starts again without frames (ExploreResult::frames_breach);
// - a VMA is its mm's owner's;
// - an fd table is its one task's (nobody's when tasks share it);
// - a file is the one thread's whose fd table, VMAs and task_works alone
//   refer to it; nobody's while it waits for the kworker, or has no holder
//   the explorer can see;
// - a reference in flight (Thread::held) counts as its thread's: an mm,
//   file or fd table another thread holds that way is nobody's;
// - an object nothing above refers to (its last count dropped, on its way
//   out: the fd table close_files() empties, the file __fput() releases)
//   is the thread's whose locals point at it, if one thread's alone;
// - an intel_svm and its intel_svm_devs are their mm's owner's (so, bound,
//   only while nothing else can come at the binding), unless another
//   thread's locals or references in flight point at them. Another
//   process's bind reads every binding's mm and flags, which never change
//   once bind set them, under pasid_mutex: a shared read of the driver
//   part, not a reach into the binding.
// Nobody's objects make a step shared. Freeing an object reaches that
// object alone (a step that frees one its thread owns may be local);
// making a file, VMA, intel_svm or intel_svm_dev reaches the new one alone
// where those are numbered canonically (object_canon.h: which index a table
// hands out next is a name), and the new one is its maker's until the step
// ends; making another object reaches a whole table, so it is shared
// anyway (ctx.h).
//
// That no other thread touches an object owned is the premise. The explorer
// checks it at every step and every guard it evaluates (Owners::breach); a
// search that finds it broken starts again without this reduction
// (search_owned). What the check sees is what the reduced search runs: a
// step of another thread that would reach the object only before the owner's
// step that ends its ownership (closing the last fd of a file, say) is never
// run, so never checked. The built-ins show no sign of it: every one, in
// every variant, gives the same violations and terminal states with and
// without this reduction (tst_explore_all), and none breaches the premise.

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

#include "core/base/small_vector.h"
#include "core/base/text.h"
#include "core/engine/config.h"
#include "core/engine/ctx.h"
#include "core/engine/machine.h"
#include "core/explore/explorer.h"

namespace svm {

// A thread that reached an object another thread owns.
struct OwnershipBreach {
  bool found = false;
  int thread = -1;  // who reached it
  int owner = -1;   // whose it was
  ObjId obj;
  FnId fn{};        // the function whose step or guard reached it
  // Not an object reached: the premise of counting frames as their mm's
  // (ExpandMode::frames) broke at frame `obj`: freed while something still
  // refers to it, or (`used`) used once freed.
  bool frame = false;
  bool used = false;
  Text describe(const Config& cfg) const;  // "prq in prq_event_thread() reached mm#1, which belongs to app"
};

// The first breach any worker of a search met; it stops the search.
class BreachLatch {
 public:
  void report(const OwnershipBreach& b) {
    std::lock_guard<std::mutex> g(mu_);
    if (found_.load(std::memory_order_relaxed)) return;
    first_ = b;
    found_.store(true, std::memory_order_release);
  }
  bool found() const { return found_.load(std::memory_order_acquire); }
  OwnershipBreach first() const {
    std::lock_guard<std::mutex> g(mu_);
    return first_;
  }

 private:
  mutable std::mutex mu_;
  std::atomic<bool> found_{false};
  OwnershipBreach first_;
};

// One owner out of several referrers (Owners): the same thread for all, else none.
struct OneOwner {
  int who = -2;  // -2: no referrer yet
  void add(int t) {
    if (who == -2)
      who = t;
    else if (who != t)
      who = -1;
  }
  int get() const { return who < 0 ? -1 : who; }
};

class Owners {
 public:
  Owners(const Machine& m, const Config& cfg);
  // The thread that owns `id`, or -1.
  int of(ObjId id) const;
  // Does `tid` own every object of `fp`?
  bool all_owned_by(const KernelFootprint& fp, int tid) const;
  // The first object of `fp` that another thread than `tid` owns, into `b`.
  bool breach(const KernelFootprint& fp, int tid, OwnershipBreach& b) const;

 private:
  int task_owner(uint32_t idx) const;
  int mm_owner(uint32_t idx) const;
  int vma_owner(uint32_t idx) const;
  int files_owner(uint32_t idx) const;
  int file_owner(uint32_t idx) const;
  int svm_owner(uint32_t idx) const;
  int sdev_owner(uint32_t idx) const;
  // `owner`, unless another thread's locals or references in flight point at `id`.
  int unless_held(ObjId id, int owner) const;
  void add_holders(ObjId id, OneOwner& o) const;
  void add_locals(ObjId id, OneOwner& o) const;
  bool bound_only_by(int32_t pasid, int owner) const;
  bool born(ObjId id) const;
  bool file_referrers(ObjId id, bool shallow, OneOwner& o) const;

  int owner_of(ObjId id) const;

  const Machine& m_;
  const KernelState& k_;
  const DriverState& drv_;
  // of()'s answers: a state's steps and guards ask about the same few
  // objects, each asked twice (breach, then all_owned_by).
  struct Known {
    ObjId id;
    int owner;
  };
  mutable SmallVector<Known, 8> known_;
  // Locals that name an object, every thread's (add_locals).
  struct Local {
    int64_t v;
    SlotKind kind;
    int16_t thread;
  };
  mutable bool locals_known_ = false;
  mutable SmallVector<Local, 16> locals_;
  bool quiet_ = false;  // no thread can reach a bound mm through its binding
  SmallVector<uint64_t, 4> walked_;  // pgds the IOMMU may walk (a device may still translate)
};

// Every device thread has run its script to the end: no DMA, no
// translation, no page request can come any more.
bool devices_done(const Machine& m, const Config& cfg);

// Run `search` with `opt`; should it report a breach, run it again without
// the ownership reduction and return that result, with the breach in
// ExploreResult::ownership_breach (explore() does this for both searches):
// the breach a search on one worker meets first, whatever the workers'
// timing.
ExploreResult search_owned(const Config& cfg, const ExploreOptions& opt,
                           const std::function<ExploreResult(const ExploreOptions&, BreachLatch&)>& search);

}  // namespace svm
