#include "core/engine/ctx.h"

#include <algorithm>
#include <cassert>

#include "core/mem/physmem.h"

namespace svm {

Ctx::Ctx(Machine& m, const Config& cfg, int tid, StepSink& sink) : View(m, cfg, tid), m_(m), sink_(sink) {
  touched_ = &sink_.shared;
}

// Not a shared write: `done` lives in this thread and is read only by the
// "after" guards of others, which it can only open, never close.
void Ctx::set_done(uint16_t n) {
  thread().done = n;
}

Thread& Ctx::thread() { return m_.threads.mut()[tid()]; }
Frame& Ctx::frame() { return thread().stack.back(); }
Task& Ctx::self_task() {
  sink_.wrote_counted = true;
  return m_.k.mut().tasks[View::thread().task - 1];
}

Thread& Ctx::other_thread(int t) {
  mark_shared();
  return m_.threads.mut()[t];
}

KernelState& Ctx::k() {
  mark_shared();
  sink_.wrote_counted = true;
  return m_.k.mut();
}
DriverState& Ctx::drv() {
  mark_shared();
  sink_.wrote_counted = true;
  return m_.drv.mut();
}
PhysMem& Ctx::mem() {
  mark_shared();
  return m_.mem.mut();
}
IommuState& Ctx::hw() {
  mark_shared();
  return m_.hw.mut();
}
DeviceState& Ctx::dev(int d) {
  mark_shared();
  return m_.devs.mut()[d];
}

namespace {
template <class V>
auto& checked(Ctx& c, V& v, Kind kind, uint32_t idx) {
  auto& o = v[idx - 1];
  if (!o.alive) c.report_uaf(ObjId{kind, idx}, o.freed_by);
  return o;
}
}  // namespace

Task& Ctx::task(uint32_t idx) {
  if (idx == self_task_idx()) return self_task();
  return checked(*this, k().tasks, Kind::Task, idx);
}
Mm& Ctx::mm(uint32_t idx) { return checked(*this, k().mms, Kind::Mm, idx); }
Vma& Ctx::vma(uint32_t idx) { return checked(*this, k().vmas, Kind::Vma, idx); }
File& Ctx::file(uint32_t idx) { return checked(*this, k().files, Kind::File, idx); }
Files& Ctx::files(uint32_t idx) { return checked(*this, k().fdtables, Kind::Files, idx); }
IntelSvm& Ctx::svm(uint32_t idx) {
  IntelSvm& s = checked(*this, drv().svms, Kind::Svm, idx);
  return s;
}
IntelSvmDev& Ctx::sdev(uint32_t idx) { return checked(*this, drv().sdevs, Kind::Sdev, idx); }

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
uint32_t Ctx::new_vma() { return born(*this, k().vmas, Kind::Vma, sink_.rec); }
uint32_t Ctx::new_file() { return born(*this, k().files, Kind::File, sink_.rec); }
uint32_t Ctx::new_files() { return born(*this, k().fdtables, Kind::Files, sink_.rec); }
uint32_t Ctx::new_task() { return born(*this, k().tasks, Kind::Task, sink_.rec); }
uint32_t Ctx::new_svm() { return born(*this, drv().svms, Kind::Svm, sink_.rec); }
uint32_t Ctx::new_sdev() { return born(*this, drv().sdevs, Kind::Sdev, sink_.rec); }

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
}  // namespace

void Ctx::free_mm(uint32_t idx) { kill(*this, k().mms[idx - 1], ObjId{Kind::Mm, idx}); }
void Ctx::free_vma(uint32_t idx) { kill(*this, k().vmas[idx - 1], ObjId{Kind::Vma, idx}); }
void Ctx::free_file(uint32_t idx) { kill(*this, k().files[idx - 1], ObjId{Kind::File, idx}); }
void Ctx::free_files(uint32_t idx) { kill(*this, k().fdtables[idx - 1], ObjId{Kind::Files, idx}); }
void Ctx::free_task(uint32_t idx) {
  sink_.wrote_counted = true;
  kill(*this, m_.k.mut().tasks[idx - 1], ObjId{Kind::Task, idx});
}
void Ctx::free_svm(uint32_t idx) { kill(*this, drv().svms[idx - 1], ObjId{Kind::Svm, idx}); }
void Ctx::free_sdev(uint32_t idx) { kill(*this, drv().sdevs[idx - 1], ObjId{Kind::Sdev, idx}); }

void Ctx::free_frame(Pfn pfn) {
  if (memr().state(pfn) != FrameState::Live) {
    report(ViolationKind::UseAfterFree, txt(N_("double free of frame %1"), hex(pfn.v << kPageShift)), {ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)}});
    return;
  }
  mem().free(pfn, culprit());
  freed(ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)});
}

void Ctx::inc(ObjId id, int32_t& c, std::string_view name) {
  mark_shared();
  if (c <= 0)
    report(ViolationKind::Refcount,
           txt(N_("increment of %1 on %2 from %3: the object may already be on its way out"), name, to_string(id), c),
           {id});
  ++c;
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
  mark_shared();
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
  mark_shared();
  if (c == 0) return false;
  ++c;
  hold(id, counter_of(name));
  return true;
}

Outcome Ctx::go(std::string_view label) const {
  Outcome o;
  o.kind = Outcome::Kind::Jump;
  o.pc = static_cast<uint8_t>(functions()[View::frame().fn].pc_of(label));
  return o;
}

Outcome Ctx::call(FnId f, std::initializer_list<int64_t> args) const {
  Outcome o;
  o.kind = Outcome::Kind::Call;
  o.callee = f;
  assert(args.size() <= o.args.size());
  std::copy(args.begin(), args.end(), o.args.begin());
  return o;
}

Outcome Ctx::call_ret(FnId f, std::initializer_list<int64_t> args) const {
  Outcome o = call(f, args);
  o.then_return = true;
  return o;
}

Outcome Ctx::call_then(FnId f, std::initializer_list<int64_t> args, std::string_view label) const {
  Outcome o = call(f, args);
  o.resume = static_cast<int16_t>(functions()[View::frame().fn].pc_of(label));
  return o;
}

Outcome Ctx::ret(int64_t value) const {
  Outcome o;
  o.kind = Outcome::Kind::Return;
  o.ret = value;
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
  if (sink_.rec) sink_.rec->text = std::move(source_line);
}

void Ctx::report(ViolationKind kind, Text message, std::vector<ObjId> objects) {
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
