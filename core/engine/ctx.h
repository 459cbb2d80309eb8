#pragma once
// The interface a modeled function's op uses to read and change the machine.
//
// Every access to a kernel or driver object goes through here, so a use after
// free is caught at the access (and reported like KASAN: what, where, freed by
// whom), reference counts are checked on every change, and the explorer
// learns whether a step touched anything another thread can see.

#include <initializer_list>
#include <memory>
#include <source_location>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/base/small_vector.h"
#include "core/engine/config.h"
#include "core/engine/function.h"
#include "core/engine/machine.h"
#include "core/engine/slot.h"
#include "core/engine/trace.h"
#include "core/engine/violation.h"
#include "core/iommu/invalidate.h"

namespace svm {

struct Dangling;
struct DanglingCache;

// The parts of a machine, as masks: which a guard read and which a step
// wrote (DefaultPicker asks a guard again only when a part it read was
// written).
namespace part {
inline constexpr uint8_t kKernel = 1, kDriver = 2, kMem = 4, kHw = 8, kDevs = 16;
inline constexpr uint8_t kThreads = 32;  // other threads: their progress, their state
inline constexpr uint8_t kAll = 63;
}  // namespace part

// The kernel objects (tasks, mms, VMAs, files, fd tables) and the driver's
// intel_svms and intel_svm_devs a step or a guard reached through the
// checked accessors: the explorer asks whether they all
// belong to the stepping thread (explore/ownership.h). Freeing one is here
// too (it writes that object alone). The kernel part's tables and lists as
// a whole (k(), kr(), allocation) are not: reaching them marks the step
// shared.
struct KernelFootprint {
  SmallVector<ObjId, 12> objs;
  void add(ObjId id) {
    for (const ObjId& o : objs)
      if (o == id) return;
    objs.push_back(id);
  }
};

// A task, mm, fd table, frame or physical address passed to a function as a
// plain integer where it declares a TaskRef, MmRef, FilesRef, Pfn or
// PhysAddr (or returned so): the symmetry reduction could not rename it
// (Frame::kinds). Counted, for the tests.
void note_slot_kind_mismatch(FnId fn);
uint64_t slot_kind_mismatches();
std::string last_slot_kind_mismatch();

// The mm whose address space frame `f` is, if it is one mm's alone: a live
// page table, or a user page mapped once (a page fork shares is not). None
// for the IOMMU's and the kernel's frames, the zero page, MMIO and freed
// frames.
ObjId mm_of_frame(const PhysMem& mem, Pfn f);

// Read-only view for guards and for code that decides without changing.
class View {
 public:
  View(const Machine& m, const Config& cfg, int tid) : cm_(m), cfg_(cfg), tid_(tid) {}

  const Config& cfg() const { return cfg_; }
  const Variant& variant() const { return *cfg_.variant; }
  const Scenario& scenario() const { return *cfg_.scenario; }
  int tid() const { return tid_; }
  const Machine& machine() const {
    touch(part::kAll);
    return cm_;
  }
  // Has thread r.thread done that action or reached that milestone (config.h)?
  bool happened(const AfterRef& r) const;
  const Thread& thread() const { return (*cm_.threads)[tid_]; }
  const Frame& frame() const { return thread().stack.back(); }
  // An argument or local of the current frame, as its declaration types it
  // (slot.h): `c[mm]`. A slot outside the frame, or read as another type,
  // does not compile.
  template <class T>
  T operator[](Slot<T> s) const {
    const Frame& f = frame();
    if (SlotCodec<T>::kind != SlotKind::Plain && f.kinds[s.i] != SlotCodec<T>::kind && f.v[s.i] != 0) [[unlikely]]
      note_slot_kind_mismatch(f.fn);
    return SlotCodec<T>::decode(f.v[s.i]);
  }
  // What the function this one called last returned: `mm = get_task_mm(...)`
  // is a call, then `c.set(mm, c.callee_ret<MmRef>())` on the next line.
  template <class T = int64_t>
  T callee_ret() const {
    const Thread& t = thread();
    if (SlotCodec<T>::kind != SlotKind::Plain && t.ret_kind != SlotCodec<T>::kind && t.ret != 0) [[unlikely]]
      note_slot_kind_mismatch(t.stack.back().fn);
    return SlotCodec<T>::decode(t.ret);
  }

  // Reads of state other threads can see. In a step they count as touching
  // shared state (the explorer's partial-order reduction depends on it).
  const KernelState& kr() const {
    touch(part::kKernel);
    return *cm_.k;
  }
  const DriverState& drvr() const {
    touch(part::kDriver);
    return *cm_.drv;
  }
  const PhysMem& memr() const {
    touch(part::kMem);
    return *cm_.mem;
  }
  const IommuState& hwr() const {
    touch(part::kHw);
    return *cm_.hw;
  }
  // Memory, to read frame `f`: a page table or page of one address space
  // (mm_of_frame) reaches that mm when the explorer counts an mm's frames
  // as its own (StepSink::frames); any other frame is shared.
  const PhysMem& frame_r(Pfn f) const {
    if (frames_ && kfp_)
      if (const ObjId mm = mm_of_frame(*cm_.mem, f)) {
        touch_obj(mm, part::kMem);
        return *cm_.mem;
      }
    touch(part::kMem);
    return *cm_.mem;
  }
  const DeviceState& devr(int d) const {
    touch(part::kDevs);
    return (*cm_.devs)[d];
  }

  const Task& task_r(uint32_t idx) const {
    touch_obj({Kind::Task, idx});
    return cm_.k->tasks[idx - 1];
  }
  const Mm& mm_r(uint32_t idx) const {
    touch_obj({Kind::Mm, idx});
    return cm_.k->mms[idx - 1];
  }
  const Vma& vma_r(uint32_t idx) const {
    touch_obj({Kind::Vma, idx});
    return cm_.k->vmas[idx - 1];
  }
  const File& file_r(uint32_t idx) const {
    touch_obj({Kind::File, idx});
    return cm_.k->files[idx - 1];
  }
  const IntelSvm& svm_r(uint32_t idx) const {
    touch_obj({Kind::Svm, idx}, part::kDriver);
    return cm_.drv->svms[idx - 1];
  }
  const IntelSvmDev& sdev_r(uint32_t idx) const {
    touch_obj({Kind::Sdev, idx}, part::kDriver);
    return cm_.drv->sdevs[idx - 1];
  }
  const Task& task_r(TaskRef r) const { return task_r(r.idx); }
  const Mm& mm_r(MmRef r) const { return mm_r(r.idx); }
  const Vma& vma_r(VmaRef r) const { return vma_r(r.idx); }
  const File& file_r(FileRef r) const { return file_r(r.idx); }
  const IntelSvm& svm_r(SvmRef r) const { return svm_r(r.idx); }
  const IntelSvmDev& sdev_r(SdevRef r) const { return sdev_r(r.idx); }
  // This thread's own task_struct: no other thread reads it.
  const Task& self_task_r() const { return cm_.k->tasks[thread().task - 1]; }

 protected:
  void touch(uint8_t p) const {
    if (touched_) *touched_ = true;
    if (reads_) *reads_ |= p;
  }
  // One kernel object (or intel_svm, intel_svm_dev of the driver part):
  // into the footprint when there is one, else the whole part counts as
  // touched.
  void touch_obj(ObjId id, uint8_t p = part::kKernel) const {
    if (reads_) *reads_ |= p;
    if (kfp_)
      kfp_->add(id);
    else if (touched_)
      *touched_ = true;
  }
  bool* touched_ = nullptr;
  KernelFootprint* kfp_ = nullptr;
  bool frames_ = false;  // StepSink::frames

 public:
  // Collect the parts this view reads into `*reads` (a guard's, for DefaultPicker).
  void collect_reads(uint8_t* reads) { reads_ = reads; }
  // Collect the kernel objects this view reads into `*fp` (a guard's, for
  // the explorer's ownership check).
  void collect_objects(KernelFootprint* fp) { kfp_ = fp; }
  // Set `*shared` if this view reads shared state other than such objects.
  void collect_shared(bool* shared) { touched_ = shared; }

 private:
  uint8_t* reads_ = nullptr;

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
  // Where the kernel objects it reached through the checked accessors go,
  // for the explorer (explore/ownership.h). Null (a run, a replay): reaching
  // one marks the step shared, as any access to the kernel part does.
  KernelFootprint* kernel = nullptr;
  // A step of the IOMMU's queue engine that moved IQH and changed nothing
  // another thread reads before it runs (explore/expand.cpp).
  QiEffect queue_step = QiEffect::kChanged;
  // The step took write access to the kernel or driver part, where every
  // reference count lives: the trace diffs the counters only after such a
  // step (and the run steps in place, so "its part was cloned" cannot tell).
  bool wrote_counted = false;
  uint8_t wrote = 0;  // the parts the step took write access to (part::)
  // The explorer counts an address space's frames (mm_of_frame) as its mm:
  // reading or writing one, allocating one for an mm or freeing one goes
  // into `kernel` as that mm (explore/ownership.h). Allocation then reaches
  // the page allocator's free list unrecorded, on the premise that it holds
  // only frames nothing refers to (so which one comes out is only a name):
  // a free that leaves a frame some present table entry still points at
  // breaks it and is reported here.
  bool frames = false;
  Pfn dirty_free{};
  // The explorer numbers files, VMAs, intel_svms and intel_svm_devs
  // canonically (explore/object_canon.h): making one appends to its table
  // at whatever index is next, a name only, so it reaches the new object
  // alone (into `kernel`), as its first writes do (Ctx::vma(), file(), ...).
  bool objects = false;
  // Devices (bit d) whose registers only their own thread reads and it is
  // finished (explore/dead_registers.h): writing those registers is read by
  // nothing, so it reaches nothing (Ctx::dev_registers).
  uint64_t dead_devices = 0;
  // A run that steps one machine in place keeps the dangling pointers of
  // that machine here (dangling.h), so step() need not hold the parts as
  // they were before the op, which made every write to them a clone.
  DanglingCache* dangling = nullptr;
  // The machine as it was before the step, when the caller keeps it anyway
  // (the explorer's parent state): step() then reads the parts as they were
  // from it instead of holding copies (a copy of the device table is an
  // allocation, at every step).
  const Machine* before = nullptr;
};

class Ctx : public View {
 public:
  Ctx(Machine& m, const Config& cfg, int tid, StepSink& sink);

  bool tracing() const { return sink_.rec != nullptr; }
  Machine& m() { return m_; }

  // This thread (private: never touched by another thread).
  Thread& thread();
  Frame& frame();
  // Assign an argument or local: the value must have the slot's type.
  template <class T>
  void set(Slot<T> s, std::type_identity_t<T> x) {
    Frame& f = frame();
    f.v[s.i] = SlotCodec<T>::encode(x);
    f.kinds[s.i] = SlotCodec<T>::kind;
  }
  Task& self_task();
  uint32_t self_task_idx() const { return View::thread().task; }

  // Shared parts (marks the step as shared).
  KernelState& k();
  DriverState& drv();
  PhysMem& mem();
  IommuState& hw();
  DeviceState& dev(int d);
  // Device d, to write only what its own thread reads (pasid, pasid_valid,
  // stopped: DeviceState::hash_into's own_at_boot fields).
  DeviceState& dev_registers(int d);
  DeviceTable::Mut devs();
  Observations& obs() { return m_.obs.mut(); }
  // The IOMMU's queue engine: what its descriptor did (StepSink::queue_step).
  void queue_step(QiEffect e) { sink_.queue_step = e; }
  Thread& other_thread(int tid);  // waking or starting another thread
  // Progress other threads wait for ("after"): the script's completed actions.
  void set_done(uint16_t n);
  // The task is dead (TASK_DEAD, past its last schedule()): the script's
  // `exit` (or main()'s return) is complete, whatever became of its mm, so
  // "after" and narration anchored at its label go on.
  void task_dead();

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
  Task& task(TaskRef r) { return task(r.idx); }
  Mm& mm(MmRef r) { return mm(r.idx); }
  Vma& vma(VmaRef r) { return vma(r.idx); }
  File& file(FileRef r) { return file(r.idx); }
  Files& files(FilesRef r) { return files(r.idx); }
  IntelSvm& svm(SvmRef r) { return svm(r.idx); }
  IntelSvmDev& sdev(SdevRef r) { return sdev(r.idx); }

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
  // A frame for `owner` (an mm's page table or page; none: the IOMMU's or
  // the kernel's), from the page allocator.
  Pfn alloc_frame(FrameUse use, ObjId owner);
  // Memory, to write frame `f` (View::frame_r's rule).
  PhysMem& frame(Pfn f);
  bool counts_frames() const { return frames_ && kfp_; }
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
  template <Kind K>
  void hold(ObjRef<K> r, Ctr ctr) {
    hold(r.id(), ctr);
  }
  template <Kind K>
  void keep(ObjRef<K> r, Ctr ctr) {
    keep(r.id(), ctr);
  }

  // What happens next. A label the function does not have, or more
  // arguments than a frame takes, is a model bug: `internal`, never a
  // silent return.
  Outcome next() const { return {}; }
  Outcome go(std::string_view label, std::source_location at = std::source_location::current());
  Outcome call(FnId f, std::initializer_list<Arg> args = {},
               std::source_location at = std::source_location::current());
  Outcome call_ret(FnId f, std::initializer_list<Arg> args = {},
                   std::source_location at = std::source_location::current());  // return f(args);
  // Call, then continue at `label` (the head of the loop the call is in).
  Outcome call_then(FnId f, std::initializer_list<Arg> args, std::string_view label,
                    std::source_location at = std::source_location::current());
  Outcome ret(Arg value = 0) const;
  Outcome stop() const;
  // A kernel oops (BUG(), NULL pointer dereference): reported, and the thread
  // dies where it stands, holding whatever locks it holds.
  Outcome oops(Text message, std::vector<ObjId> objects = {});
  // The simulator reached a state the model cannot be in (a bug in SVM Lab,
  // not in the kernel): an `internal` violation naming the model function,
  // its line and the check's place in our source. The thread stops, and so
  // does the run (simulate()). Always on, whatever the build type.
  Outcome internal(std::string what, std::source_location at = std::source_location::current());
  // Stand-ins returned by a checked access to no object (a NULL or an
  // out-of-range index) once it is reported: the op finishes on them, then
  // its thread stops; nothing written to them reaches the machine.
  template <class T>
  T& scratch();

  // Reporting.
  void say(Text note);  // several in one step are joined as sentences
  void text(std::string source_line);  // replace the step's source text (dynamic lines)
  // The same, made only when a trace records the step: the explorer never
  // reads them, and formatting them (a queue descriptor described, an
  // address in hex) was 4% of its instructions on the exit race.
  template <class F>
    requires std::is_invocable_v<F>
  void say(F&& note) {
    if (sink_.rec) say(Text(note()));
  }
  template <class F>
    requires std::is_invocable_v<F>
  void text(F&& source_line) {
    if (sink_.rec) text(std::string(source_line()));
  }
  void report(ViolationKind kind, Text message, std::vector<ObjId> objects);
  void report_uaf(ObjId id, Culprit freed_by, Text what = N_("access"));
  void report_freed_frame(Pfn pfn, Text what);
  void report_dangling(const Dangling& d);  // a `dangling` violation (dangling.h)
  Text who(Culprit c) const;  // "app in remove_vma()"
  std::string name_of(ObjId id) const;

 private:
  void mark_shared() { sink_.shared = true; }
  // One object written: into the footprint when there is one, else the part is shared.
  void reach(ObjId id, uint8_t part);
  KernelState& k_for(ObjId id);
  DriverState& drv_for(ObjId id);
  void counter_of_object(ObjId id);
  // A new object at the end of part.*table: reaching that object alone
  // (StepSink::objects), else the whole part.
  template <class P, Sharing S, class Table>
  uint32_t born_here(Cow<P, S>& part, Table P::*table, Kind kind, uint8_t p) {
    if (!sink_.objects || !kfp_) mark_written(p);
    sink_.wrote_counted = true;
    auto& v = part.mut().*table;
    v.push_back({});
    const auto idx = static_cast<uint32_t>(v.size());
    if (sink_.rec) sink_.rec->born.push_back(ObjId{kind, idx});
    if (sink_.objects && kfp_) reach({kind, idx}, p);
    return idx;
  }
  void mark_written(uint8_t p) {
    sink_.shared = true;
    sink_.wrote |= p;
  }
  friend class View;
  Machine& m_;
  StepSink& sink_;
  // Made on the first checked access to no object (an error path): built
  // with every Ctx, the seven stand-ins cost the explorer 1.6% of its
  // instructions.
  std::unique_ptr<std::tuple<Task, Mm, Vma, File, Files, IntelSvm, IntelSvmDev>> scratch_;
};

template <class T>
T& Ctx::scratch() {
  if (!scratch_) scratch_ = std::make_unique<std::tuple<Task, Mm, Vma, File, Files, IntelSvm, IntelSvmDev>>();
  T& s = std::get<T>(*scratch_);
  s = T{};
  return s;
}

}  // namespace svm
