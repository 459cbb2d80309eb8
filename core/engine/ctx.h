#pragma once
// The interface a modeled function's op uses to read and change the machine.
//
// Every access to a kernel or driver object goes through here, so a use after
// free is caught at the access (and reported like KASAN: what, where, freed by
// whom), reference counts are checked on every change, and the explorer
// learns whether a step touched anything another thread can see.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/config.h"
#include "core/engine/function.h"
#include "core/engine/machine.h"
#include "core/engine/trace.h"
#include "core/engine/violation.h"

namespace svm {

// Read-only view for guards and for code that decides without changing.
class View {
 public:
  View(const Machine& m, const Config& cfg, int tid) : cm_(m), cfg_(cfg), tid_(tid) {}

  const Config& cfg() const { return cfg_; }
  const Variant& variant() const { return *cfg_.variant; }
  const Scenario& scenario() const { return *cfg_.scenario; }
  int tid() const { return tid_; }
  const Machine& machine() const {
    touch();
    return cm_;
  }
  const Thread& thread() const { return (*cm_.threads)[tid_]; }
  const Frame& frame() const { return thread().stack.back(); }
  int64_t v(int i) const { return frame().v[i]; }

  // Reads of state other threads can see. In a step they count as touching
  // shared state (the explorer's partial-order reduction depends on it).
  const KernelState& kr() const {
    touch();
    return *cm_.k;
  }
  const DriverState& drvr() const {
    touch();
    return *cm_.drv;
  }
  const PhysMem& memr() const {
    touch();
    return *cm_.mem;
  }
  const IommuState& hwr() const {
    touch();
    return *cm_.hw;
  }
  const DeviceState& devr(int d) const {
    touch();
    return (*cm_.devs)[d];
  }

  const Task& task_r(uint32_t idx) const { return kr().tasks[idx - 1]; }
  const Mm& mm_r(uint32_t idx) const { return kr().mms[idx - 1]; }
  const Vma& vma_r(uint32_t idx) const { return kr().vmas[idx - 1]; }
  const File& file_r(uint32_t idx) const { return kr().files[idx - 1]; }
  const IntelSvm& svm_r(uint32_t idx) const { return drvr().svms[idx - 1]; }
  const IntelSvmDev& sdev_r(uint32_t idx) const { return drvr().sdevs[idx - 1]; }
  // This thread's own task_struct: no other thread reads it.
  const Task& self_task_r() const { return cm_.k->tasks[thread().task - 1]; }

 protected:
  void touch() const {
    if (touched_) *touched_ = true;
  }
  bool* touched_ = nullptr;

 private:
  const Machine& cm_;
  const Config& cfg_;
  int tid_;
};

// Where a step's findings go. The trace fills all of it; the explorer only
// wants violations and whether the step touched shared state.
struct StepSink {
  StepRecord* rec = nullptr;
  std::vector<Violation>* violations = nullptr;
  bool shared = false;  // the step read or wrote something another thread can reach
  // The step took write access to the kernel or driver part, where every
  // reference count lives: the trace diffs the counters only after such a
  // step (and the run steps in place, so "its part was cloned" cannot tell).
  bool wrote_counted = false;
};

class Ctx : public View {
 public:
  Ctx(Machine& m, const Config& cfg, int tid, StepSink& sink);

  bool tracing() const { return sink_.rec != nullptr; }
  Machine& m() { return m_; }

  // This thread (private: never touched by another thread).
  Thread& thread();
  Frame& frame();
  int64_t& v(int i) { return frame().v[i]; }
  int64_t arg(int i) const { return View::v(i); }
  Task& self_task();
  uint32_t self_task_idx() const { return View::thread().task; }

  // Shared parts (marks the step as shared).
  KernelState& k();
  DriverState& drv();
  PhysMem& mem();
  IommuState& hw();
  DeviceState& dev(int d);
  Observations& obs() { return m_.obs.mut(); }
  Thread& other_thread(int tid);  // waking or starting another thread
  // Progress other threads wait for ("after"): the script's completed actions.
  void set_done(uint16_t n);

  // Checked access to objects: a freed object is reported as a use after free
  // (and the access still returns its tombstone, as freed memory still holds
  // its old bytes).
  Task& task(uint32_t idx);
  Mm& mm(uint32_t idx);
  Vma& vma(uint32_t idx);
  File& file(uint32_t idx);
  Files& files(uint32_t idx);
  IntelSvm& svm(uint32_t idx);
  IntelSvmDev& sdev(uint32_t idx);

  // Creation and destruction, recorded on the step.
  uint32_t new_mm();
  uint32_t new_vma();
  uint32_t new_file();
  uint32_t new_files();
  uint32_t new_task();
  uint32_t new_svm();
  uint32_t new_sdev();
  void freed(ObjId id);  // mark and record; the caller set alive = false via free_*
  void free_mm(uint32_t idx);
  void free_vma(uint32_t idx);
  void free_file(uint32_t idx);
  void free_files(uint32_t idx);
  void free_task(uint32_t idx);
  void free_svm(uint32_t idx);
  void free_sdev(uint32_t idx);
  void free_frame(Pfn pfn);
  Culprit culprit() const;

  // Atomic reference counts: every change checked (underflow, increment of a
  // count that already reached zero).
  void inc(ObjId id, int32_t& c, std::string_view name);
  bool dec_and_test(ObjId id, int32_t& c, std::string_view name);
  bool inc_not_zero(ObjId id, int32_t& c, std::string_view name);
  // References in flight (Thread::held): `hold` when a local takes one (or a
  // structure hands one over, as tsk->mm = NULL before mmput()), `keep` when
  // the local's reference is stored in a structure. dec_and_test() drops a
  // held one of the same object and counter first.
  void hold(ObjId id, Ctr ctr);
  void keep(ObjId id, Ctr ctr);

  // What happens next.
  Outcome next() const { return {}; }
  Outcome go(std::string_view label) const;
  Outcome call(FnId f, std::initializer_list<int64_t> args = {}) const;
  Outcome call_ret(FnId f, std::initializer_list<int64_t> args = {}) const;  // return f(args);
  // Call, then continue at `label` (the head of the loop the call is in).
  Outcome call_then(FnId f, std::initializer_list<int64_t> args, std::string_view label) const;
  Outcome ret(int64_t value = 0) const;
  Outcome stop() const;
  // A kernel oops (BUG(), NULL pointer dereference): reported, and the thread
  // dies where it stands, holding whatever locks it holds.
  Outcome oops(Text message, std::vector<ObjId> objects = {});

  // Reporting.
  void say(Text note);  // several in one step are joined as sentences
  void text(std::string source_line);  // replace the step's source text (dynamic lines)
  void report(ViolationKind kind, Text message, std::vector<ObjId> objects);
  void report_uaf(ObjId id, Culprit freed_by, Text what = N_("access"));
  void report_freed_frame(Pfn pfn, Text what);
  Text who(Culprit c) const;  // "app in remove_vma()"
  std::string name_of(ObjId id) const;

 private:
  void mark_shared() { sink_.shared = true; }
  friend class View;
  Machine& m_;
  StepSink& sink_;
};

}  // namespace svm
