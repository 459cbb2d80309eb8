#include "core/engine/ctx.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <type_traits>

#include "core/engine/dangling.h"
#include "core/mem/pgtable.h"
#include "core/mem/physmem.h"

namespace svm {

namespace {
std::atomic<uint64_t> g_slot_kind_mismatches{0};
std::atomic<FnId> g_last_mismatch{FnId::user_main};
}  // namespace

void note_slot_kind_mismatch(FnId fn) {
  g_slot_kind_mismatches.fetch_add(1, std::memory_order_relaxed);
  g_last_mismatch.store(fn, std::memory_order_relaxed);
}
uint64_t slot_kind_mismatches() { return g_slot_kind_mismatches.load(std::memory_order_relaxed); }
std::string last_slot_kind_mismatch() { return std::string(fn_name(g_last_mismatch.load(std::memory_order_relaxed))); }

Ctx::Ctx(Machine& m, const Config& cfg, int tid, StepSink& sink) : View(m, cfg, tid), m_(m), sink_(sink) {
  touched_ = &sink_.shared;
  kfp_ = sink_.kernel;
  frames_ = sink_.frames;
}

ObjId mm_of_frame(const PhysMem& mem, Pfn f) {
  const FrameInfo* i = mem.info(f);
  if (!i || !i->allocated || i->owner.kind != Kind::Mm || !i->owner) return {};
  switch (i->use) {
    case FrameUse::Pgd:
    case FrameUse::Pud:
    case FrameUse::Pmd:
    case FrameUse::PteTable: return i->owner;
    case FrameUse::UserPage: return i->refs <= 1 ? i->owner : ObjId{};
    default: return {};
  }
}

PhysMem& Ctx::frame(Pfn f) {
  if (frames_ && kfp_)
    if (const ObjId mm = mm_of_frame(*m_.mem, f)) {
      reach(mm, part::kMem);
      return m_.mem.mut();
    }
  return mem();
}

Outcome Ctx::internal(std::string what, std::source_location at) {
  const Frame& f = View::frame();
  const FnDef& d = functions(variant())[f.fn];
  std::string line = f.pc < d.ops.size() ? std::string(d.ops[f.pc].text) : std::string("(past its end)");
  if (line.size() > 60) line = line.substr(0, 57) + "...";
  std::string file = at.file_name();
  if (const auto core = file.rfind("core/"); core != std::string::npos) file = file.substr(core);
  report(ViolationKind::Internal,
         txt(N_("simulator bug in %1(), line %2 (%3): %4 [%5:%6]"), std::string(fn_name(f.fn)), int(f.pc), line,
             std::move(what), file, static_cast<int>(at.line())),
         {});
  thread().state = RunState::Oopsed;
  mark_shared();
  return stop();
}

// Not a shared write: `done` lives in this thread and is read only by the
// "after" guards of others, which it can only open, never close.
void Ctx::set_done(uint16_t n) {
  thread().done = n;
}

void Ctx::task_dead() {
  const ThreadSpec& ts = cfg().threads[tid()];
  if (ts.kind != ThreadKind::Process) return;
  const auto& acts = scenario().processes[static_cast<size_t>(ts.index)].actions;
  const uint16_t started = View::thread().action;  // the action under way is started - 1
  // A process killed in the middle of another action (SIGSEGV in a touch)
  // never completes it.
  if (started > acts.size() || (started >= 1 && acts[started - 1u].type == ActionType::Exit)) set_done(started);
}

Thread& Ctx::thread() { return m_.threads.mut()[tid()]; }
Frame& Ctx::frame() { return thread().stack.back(); }
Task& Ctx::self_task() {
  // Hardware threads have no task_struct: a model function that asks for
  // current's there is a model bug.
  const uint32_t t = View::thread().task;
  if (t == 0 || t > m_.k->tasks.size()) {
    internal(t == 0 ? std::string("current's task_struct on a thread that has none")
                    : "task#" + std::to_string(t) + " does not exist");
    return scratch<Task>();
  }
  sink_.wrote_counted = true;
  sink_.wrote |= part::kKernel;  // not shared: no other thread reads it, but a guard may read the part
  return m_.k.mut().tasks[t - 1];
}

// Write access to one kernel object, intel_svm or intel_svm_dev: recorded
// in the footprint, not as a write of the whole part (the object's table is
// reached only at its index).
void Ctx::reach(ObjId id, uint8_t p) {
  sink_.wrote_counted = true;
  sink_.wrote |= p;
  if (sink_.kernel)
    sink_.kernel->add(id);
  else
    mark_shared();
}
KernelState& Ctx::k_for(ObjId id) {
  reach(id, part::kKernel);
  return m_.k.mut();
}
DriverState& Ctx::drv_for(ObjId id) {
  reach(id, part::kDriver);
  return m_.drv.mut();
}

Thread& Ctx::other_thread(int t) {
  mark_written(part::kThreads);
  return m_.threads.mut()[t];
}

KernelState& Ctx::k() {
  mark_written(part::kKernel);
  sink_.wrote_counted = true;
  return m_.k.mut();
}
DriverState& Ctx::drv() {
  mark_written(part::kDriver);
  sink_.wrote_counted = true;
  return m_.drv.mut();
}
PhysMem& Ctx::mem() {
  mark_written(part::kMem);
  return m_.mem.mut();
}
IommuState& Ctx::hw() {
  mark_written(part::kHw);
  return m_.hw.mut();
}
DeviceState& Ctx::dev(int d) {
  mark_written(part::kDevs);
  return m_.devs.mut()[d];
}
DeviceState& Ctx::dev_registers(int d) {
  if (d < 0 || d >= 64 || !(sink_.dead_devices >> d & 1)) return dev(d);
  sink_.wrote |= part::kDevs;
  return m_.devs.mut()[d];
}
DeviceTable::Mut Ctx::devs() {
  mark_written(part::kDevs);
  return m_.devs.mut();
}

bool View::happened(const AfterRef& r) const {
  touch(part::kThreads);
  return svm::happened(cm_, r);
}

namespace {
// An access through a pointer the model holds as an index. 0 is NULL: the
// kernel would oops there, and so does the model. An index past what was
// ever allocated is no kernel state at all: a model bug.
template <class V>
auto& checked(Ctx& c, V& v, Kind kind, uint32_t idx) {
  using T = std::remove_reference_t<decltype(v[0])>;
  if (idx == 0) {
    c.oops(txt(N_("BUG: unable to handle kernel NULL pointer dereference in %1(): %2 is NULL"),
               std::string(fn_name(c.View::frame().fn)), std::string(kind_name(kind))));
    return c.scratch<T>();
  }
  if (idx > v.size()) {
    c.internal(to_string(ObjId{kind, idx}) + " does not exist (" + std::to_string(v.size()) + " allocated)");
    return c.scratch<T>();
  }
  auto& o = v[idx - 1];
  if (!o.alive) c.report_uaf(ObjId{kind, idx}, o.freed_by);
  return o;
}
}  // namespace

Task& Ctx::task(uint32_t idx) {
  if (idx != 0 && idx == self_task_idx()) return self_task();
  return checked(*this, k_for({Kind::Task, idx}).tasks, Kind::Task, idx);
}
Mm& Ctx::mm(uint32_t idx) { return checked(*this, k_for({Kind::Mm, idx}).mms, Kind::Mm, idx); }
Vma& Ctx::vma(uint32_t idx) { return checked(*this, k_for({Kind::Vma, idx}).vmas, Kind::Vma, idx); }
File& Ctx::file(uint32_t idx) { return checked(*this, k_for({Kind::File, idx}).files, Kind::File, idx); }
Files& Ctx::files(uint32_t idx) { return checked(*this, k_for({Kind::Files, idx}).fdtables, Kind::Files, idx); }
IntelSvm& Ctx::svm(uint32_t idx) { return checked(*this, drv_for({Kind::Svm, idx}).svms, Kind::Svm, idx); }
IntelSvmDev& Ctx::sdev(uint32_t idx) { return checked(*this, drv_for({Kind::Sdev, idx}).sdevs, Kind::Sdev, idx); }

namespace {
template <class V>
uint32_t born(Ctx& c, V& v, Kind kind, StepRecord* rec) {
  v.push_back({});
  const auto idx = static_cast<uint32_t>(v.size());
  if (rec) rec->born.push_back(ObjId{kind, idx});
  (void)c;
  return idx;
}
}  // namespace

uint32_t Ctx::new_mm() { return born(*this, k().mms, Kind::Mm, sink_.rec); }
uint32_t Ctx::new_vma() { return born_here(m_.k, &KernelState::vmas, Kind::Vma, part::kKernel); }
uint32_t Ctx::new_file() { return born_here(m_.k, &KernelState::files, Kind::File, part::kKernel); }
uint32_t Ctx::new_files() { return born(*this, k().fdtables, Kind::Files, sink_.rec); }
uint32_t Ctx::new_task() { return born(*this, k().tasks, Kind::Task, sink_.rec); }
uint32_t Ctx::new_svm() { return born_here(m_.drv, &DriverState::svms, Kind::Svm, part::kDriver); }
uint32_t Ctx::new_sdev() { return born_here(m_.drv, &DriverState::sdevs, Kind::Sdev, part::kDriver); }

Culprit Ctx::culprit() const {
  return Culprit{static_cast<int16_t>(tid()), static_cast<uint16_t>(View::frame().fn)};
}

void Ctx::freed(ObjId id) {
  if (sink_.rec) sink_.rec->freed.push_back(id);
  // A reference held on an object is gone with it (bind's error paths free
  // the intel_svm_dev whose user they hold).
  auto& h = thread().held;
  h.erase(std::remove_if(h.begin(), h.end(), [id](const HeldRef& r) { return r.obj == id; }), h.end());
}

namespace {
template <class T>
void kill(Ctx& c, T& o, ObjId id) {
  if (!o.alive) {
    c.report(ViolationKind::UseAfterFree, txt(N_("double free of %1, freed before by %2"), to_string(id), c.who(o.freed_by)),
             {id});
    return;
  }
  o.alive = false;
  o.freed_by = c.culprit();
  c.freed(id);
}

// The object a free names must exist: freeing what was never allocated is a
// model bug (reported as internal), never an index past the table.
template <class V>
void kill_checked(Ctx& c, V& v, Kind kind, uint32_t idx) {
  if (idx == 0 || idx > v.size()) {
    c.internal("free of " + to_string(ObjId{kind, idx}) + ", which does not exist (" + std::to_string(v.size()) +
               " allocated)");
    return;
  }
  kill(c, v[idx - 1], ObjId{kind, idx});
}
}  // namespace

// Freeing a kernel object writes that object alone (no step walks a
// table), so it is reached like any access to it: the explorer may find it
// its thread's (explore/ownership.h).
void Ctx::free_mm(uint32_t idx) { kill_checked(*this, k_for({Kind::Mm, idx}).mms, Kind::Mm, idx); }
void Ctx::free_vma(uint32_t idx) { kill_checked(*this, k_for({Kind::Vma, idx}).vmas, Kind::Vma, idx); }
void Ctx::free_file(uint32_t idx) { kill_checked(*this, k_for({Kind::File, idx}).files, Kind::File, idx); }
void Ctx::free_files(uint32_t idx) { kill_checked(*this, k_for({Kind::Files, idx}).fdtables, Kind::Files, idx); }
void Ctx::free_task(uint32_t idx) {
  sink_.wrote_counted = true;
  kill_checked(*this, m_.k.mut().tasks, Kind::Task, idx);
}
void Ctx::free_svm(uint32_t idx) { kill_checked(*this, drv_for({Kind::Svm, idx}).svms, Kind::Svm, idx); }
void Ctx::free_sdev(uint32_t idx) { kill_checked(*this, drv_for({Kind::Sdev, idx}).sdevs, Kind::Sdev, idx); }

namespace {
// Does a present entry of a live page table, PASID table or context table
// point at `pfn`? (The IOMMU's caches and the devices' TLBs are the
// dangling check's, step.cpp. A dying mm's pgd field is not: __mmdrop()
// frees the pgd before the mm, and nothing may reach an mm whose mm_count
// is 0.)
bool pointed_at(const PhysMem& mem, Pfn pfn) {
  bool found = false;
  for (size_t i = 0; i < mem.frame_count() && !found; ++i) {
    const Pfn f{PhysMem::kFirstPfn + i};
    const FrameInfo& info = *mem.info(f);
    if (!info.allocated || !frame_holds_pointers(info.use)) continue;
    mem.for_each_word(f, [&](uint64_t, uint64_t e) {
      found = found || ((e & pte::P) && pte::addr(e) >> kPageShift == pfn.v);
    });
  }
  return found;
}
}  // namespace

void Ctx::free_frame(Pfn pfn) {
  if (frame_r(pfn).state(pfn) != FrameState::Live) {
    report(ViolationKind::UseAfterFree, txt(N_("double free of frame %1"), hex(pfn.v << kPageShift)), {ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)}});
    return;
  }
  frame(pfn).free(pfn, culprit());
  freed(ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)});
  if (frames_ && !sink_.dirty_free.v && pointed_at(*m_.mem, pfn)) sink_.dirty_free = pfn;
}

Pfn Ctx::alloc_frame(FrameUse use, ObjId owner) {
  if (frames_ && kfp_ && owner.kind == Kind::Mm && owner) {
    reach(owner, part::kMem);
    return m_.mem.mut().alloc(use, owner);
  }
  return mem().alloc(use, owner);
}

void Ctx::inc(ObjId id, int32_t& c, std::string_view name) {
  counter_of_object(id);
  if (c <= 0)
    report(ViolationKind::Refcount,
           txt(N_("increment of %1 on %2 from %3: the object may already be on its way out"), name, to_string(id), c),
           {id});
  ++c;
}

// A count inside a kernel object, an intel_svm or an intel_svm_dev is part
// of that object (reached through its accessor, which recorded it); any
// other count is shared.
void Ctx::counter_of_object(ObjId id) {
  if (sink_.kernel && (is_kernel_object(id.kind) || id.kind == Kind::Svm || id.kind == Kind::Sdev))
    sink_.kernel->add(id);
  else
    mark_shared();
}

void Ctx::hold(ObjId id, Ctr ctr) {
  thread().held.push_back({id, ctr, static_cast<uint8_t>(thread().stack.size() - 1)});
}

void Ctx::keep(ObjId id, Ctr ctr) {
  auto& h = thread().held;
  for (auto it = h.end(); it != h.begin();) {
    --it;
    if (it->obj == id && it->ctr == ctr) {
      h.erase(it);
      return;
    }
  }
}

bool Ctx::dec_and_test(ObjId id, int32_t& c, std::string_view name) {
  counter_of_object(id);
  keep(id, counter_of(name));
  if (c <= 0) {
    report(ViolationKind::Refcount,
           txt(N_("refcount underflow: %1 of %2 decremented from %3"), name, to_string(id), c),
           {id});
  }
  --c;
  return c == 0;
}

bool Ctx::inc_not_zero(ObjId id, int32_t& c, std::string_view name) {
  counter_of_object(id);
  if (c == 0) return false;
  ++c;
  hold(id, counter_of(name));
  return true;
}

Outcome Ctx::go(std::string_view label, std::source_location at) {
  const int pc = functions(variant())[View::frame().fn].pc_of(label);
  if (pc < 0) return internal("jump to label \"" + std::string(label) + "\", which the function does not have", at);
  Outcome o;
  o.kind = Outcome::Kind::Jump;
  o.pc = static_cast<uint8_t>(pc);
  return o;
}

Outcome Ctx::call(FnId f, std::initializer_list<Arg> args, std::source_location at) {
  Outcome o;
  if (f >= FnId::Count) return internal("call of function number " + std::to_string(static_cast<int>(f)), at);
  if (args.size() > o.args.size())
    return internal("call of " + std::string(fn_name(f)) + "() with " + std::to_string(args.size()) +
                        " arguments; a call passes at most " + std::to_string(o.args.size()),
                    at);
  o.kind = Outcome::Kind::Call;
  o.callee = f;
  std::transform(args.begin(), args.end(), o.args.begin(), [](Arg a) { return a.v; });
  std::transform(args.begin(), args.end(), o.arg_kinds.begin(), [](Arg a) { return a.kind; });
  return o;
}

Outcome Ctx::call_ret(FnId f, std::initializer_list<Arg> args, std::source_location at) {
  Outcome o = call(f, args, at);
  if (o.kind == Outcome::Kind::Call) o.then_return = true;
  return o;
}

Outcome Ctx::call_then(FnId f, std::initializer_list<Arg> args, std::string_view label, std::source_location at) {
  Outcome o = call(f, args, at);
  if (o.kind != Outcome::Kind::Call) return o;
  const int pc = functions(variant())[View::frame().fn].pc_of(label);
  if (pc < 0) return internal("loop head \"" + std::string(label) + "\", which the function does not have", at);
  o.resume = static_cast<int16_t>(pc);
  return o;
}

Outcome Ctx::ret(Arg value) const {
  Outcome o;
  o.kind = Outcome::Kind::Return;
  o.ret = value.v;
  o.ret_kind = value.kind;
  return o;
}

Outcome Ctx::stop() const {
  Outcome o;
  o.kind = Outcome::Kind::Stop;
  return o;
}

Outcome Ctx::oops(Text message, std::vector<ObjId> objects) {
  report(ViolationKind::Bug, std::move(message), std::move(objects));
  thread().state = RunState::Oopsed;
  mark_shared();
  return stop();
}

void Ctx::say(Text note) {
  if (!sink_.rec) return;
  sink_.rec->note = Text::join(std::move(sink_.rec->note), std::move(note));
}

void Ctx::text(std::string source_line) {
  if (sink_.rec) sink_.rec->text.set_owned(source_line);
}

void Ctx::report(ViolationKind kind, Text message, std::vector<ObjId> objects) {
  // Once the thread has died in this op (an oops, a simulator bug), the rest
  // of the op runs on stand-ins: what it does there is no finding.
  if (View::thread().state != RunState::Live && kind != ViolationKind::Internal && kind != ViolationKind::Dangling) return;
  Violation v;
  v.kind = kind;
  v.objects = std::move(objects);
  v.message = std::move(message);
  v.thread = tid();
  v.function = std::string(fn_name(View::frame().fn));
  if (sink_.violations) {
    for (const auto& old : *sink_.violations)
      if (old.key() == v.key()) return;
    sink_.violations->push_back(v);
  }
  if (sink_.rec) sink_.rec->violations.push_back(std::move(v));
}

Text Ctx::who(Culprit c) const {
  if (c.thread < 0) return Text::verbatim("?");
  return txt(N_("%1 in %2()"), cfg().threads[c.thread].name, std::string(fn_name(static_cast<FnId>(c.fn))));
}

std::string Ctx::name_of(ObjId id) const { return to_string(id); }

void Ctx::report_uaf(ObjId id, Culprit freed_by, Text what) {
  report(ViolationKind::UseAfterFree,
         txt(N_("use-after-free: %1 of %2 in %3() by %4; freed by %5"), std::move(what), to_string(id),
             std::string(fn_name(View::frame().fn)), cfg().threads[tid()].name, who(freed_by)),
         {id});
}

void Ctx::report_freed_frame(Pfn pfn, Text what) {
  const FrameInfo* f = memr().info(pfn);
  std::vector<Text> parts;
  parts.push_back(txt(N_("use-after-free: %1 frame %2"), std::move(what), hex(pfn.v << kPageShift)));
  if (f) {
    if (f->owner)
      parts.push_back(txt(N_(" (%1 of %2)"), std::string(frame_use_name(f->use)), to_string(f->owner)));
    else
      parts.push_back(txt(N_(" (%1)"), std::string(frame_use_name(f->use))));
    if (!f->allocated)
      parts.push_back(txt(N_(", freed by %1"), who(f->freed_by)));
    else
      parts.push_back(N_(", freed and reallocated"));
  }
  report(ViolationKind::UseAfterFree, Text::concat(std::move(parts)), {ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)}});
}

}  // namespace svm

namespace svm {

namespace {
// "(user page of mm#1), freed by app in tlb_finish_mmu()", or "(freed and reused as a pte table)".
Text frame_story(const Ctx& c, const PhysMem& mem, Pfn pfn) {
  const FrameInfo* f = mem.info(pfn);
  if (!f) return Text::verbatim("");
  const std::string use(frame_use_name(f->use));
  if (f->allocated) return txt(N_("(freed and reused as %1)"), use);
  if (f->owner) return txt(N_("(%1 of %2), freed by %3"), use, to_string(f->owner), c.who(f->freed_by));
  return txt(N_("(%1), freed by %2"), use, c.who(f->freed_by));
}
}  // namespace

void Ctx::report_dangling(const Dangling& d) {
  const std::string frame = hex(d.frame.v << kPageShift);
  Text story = frame_story(*this, *m_.mem, d.frame);
  Text msg;
  switch (d.holder) {
    case Dangling::Holder::PasidEntry:
      msg = d.via_tables
                ? txt(N_("PASID %1's entry is present and its page tables lead, for %2, to frame %3 %4: a device's "
                         "next DMA with this PASID walks into freed memory"),
                      d.pasid, hex(d.va), frame, std::move(story))
                : txt(N_("PASID %1's entry is present and its FLPTPTR points at frame %2 %3: a device's next DMA "
                         "with this PASID walks freed memory as its page tables"),
                      d.pasid, frame, std::move(story));
      break;
    case Dangling::Holder::PasidCache:
      msg = txt(N_("the PASID cache holds PASID %1's entry, whose FLPTPTR points at frame %2 %3: the IOMMU walks it "
                   "without reading the table again"),
                d.pasid, frame, std::move(story));
      break;
    case Dangling::Holder::Iotlb:
      msg = txt(N_("the IOTLB holds a translation of %1 (PASID %2) to frame %3 %4: a DMA that hits it reaches freed "
                   "memory"),
                hex(d.va), d.pasid, frame, std::move(story));
      break;
    case Dangling::Holder::DevTlb:
      msg = txt(N_("%1's device TLB holds a translation of %2 (PASID %3) to frame %4 %5: the device reaches freed "
                   "memory without asking the IOMMU"),
                cfg().scenario->devices[static_cast<size_t>(d.device)].name, hex(d.va), d.pasid, frame,
                std::move(story));
      break;
  }
  report(ViolationKind::Dangling, std::move(msg), d.objects());
}

}  // namespace svm
