#include "core/engine/step.h"

#include <array>
#include <cassert>
#include <cstdint>

namespace svm {

void settle(Machine& m, const Config& cfg, int tid) {
  const FnTable& fns = functions();
  const Thread& ct = (*m.threads)[tid];
  if (ct.state != RunState::Live) return;
  // Only write when something moves, so settled threads stay shared.
  auto settled = [&](const Thread& t) {
    if (t.stack.empty()) return false;
    const Frame& f = t.stack.back();
    const FnDef& d = fns[f.fn];
    return f.pc < d.ops.size() && (!d.ops[f.pc].when || d.ops[f.pc].when(*cfg.variant));
  };
  if (settled(ct)) return;
  Thread& t = m.threads.mut()[tid];
  while (!t.stack.empty()) {
    Frame& f = t.stack.back();
    const FnDef& d = fns[f.fn];
    while (f.pc < d.ops.size() && d.ops[f.pc].when && !d.ops[f.pc].when(*cfg.variant)) ++f.pc;
    if (f.pc < d.ops.size()) return;
    t.stack.pop_back();  // ran off the end: return
  }
  t.state = RunState::Done;
}

const Op* next_op(const Machine& m, int tid) {
  const Thread& t = (*m.threads)[tid];
  if (t.state != RunState::Live || t.stack.empty()) return nullptr;
  const Frame& f = t.stack.back();
  const FnDef& d = functions()[f.fn];
  return f.pc < d.ops.size() ? &d.ops[f.pc] : nullptr;
}

Wait waiting(const Machine& m, const Config& cfg, int tid) {
  const Thread& t = (*m.threads)[tid];
  if (t.state == RunState::Unborn) return {Wait::Kind::Unborn, N_("not born yet")};
  if (t.state != RunState::Live || t.stack.empty()) return {Wait::Kind::Finished, N_("finished")};
  const Op* op = next_op(m, tid);
  if (!op || !op->guard) return {};
  return op->guard(View(m, cfg, tid));
}

bool can_step(const Machine& m, const Config& cfg, int tid) { return !waiting(m, cfg, tid); }

std::vector<int> runnable(const Machine& m, const Config& cfg) {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(cfg.threads.size()); ++i)
    if (can_step(m, cfg, i)) out.push_back(i);
  return out;
}

void step(Machine& m, const Config& cfg, int tid, StepSink& sink) {
  const FnTable& fns = functions();
  const Thread& before = (*m.threads)[tid];
  assert(before.state == RunState::Live && !before.stack.empty());
  const Frame f0 = before.stack.back();
  const FnDef& d = fns[f0.fn];
  const Op& op = d.ops[f0.pc];
  const int depth = static_cast<int>(before.stack.size()) - 1;

  if (StepRecord* r = sink.rec) {
    r->thread = tid;
    r->fn = f0.fn;
    r->depth = depth;
    r->kind = StepKind::Op;
    r->text = std::string(op.text);
    r->stack.clear();
    r->stack.reserve(before.stack.size() + 1);  // one allocation, room for a callee
    for (const Frame& f : before.stack) r->stack.push_back(f.fn);
  }

  Outcome o;
  if (op.body) {
    Ctx c(m, cfg, tid, sink);
    o = op.body(c);
  }

  Thread& t = m.threads.mut()[tid];
  if (t.state != RunState::Live) {  // oopsed in the op
    t.stack.clear();
    return;
  }
  switch (o.kind) {
    case Outcome::Kind::Next: ++t.stack.back().pc; break;
    case Outcome::Kind::Jump: t.stack.back().pc = o.pc; break;
    case Outcome::Kind::Call: {
      if (o.then_return)
        t.stack.back().pc = static_cast<uint8_t>(d.ops.size());  // popped when the callee returns
      else if (o.resume >= 0)
        t.stack.back().pc = static_cast<uint8_t>(o.resume);
      else
        ++t.stack.back().pc;
      Frame nf;
      nf.fn = o.callee;
      std::copy(o.args.begin(), o.args.end(), nf.v.begin());
      t.stack.push_back(nf);
      const FnDef& cd = fns[o.callee];
      if (cd.milestone) {
        t.milestones |= 1u << static_cast<unsigned>(*cd.milestone);
        sink.shared = true;  // other threads may wait for this milestone
      }
      if (StepRecord* r = sink.rec) {
        r->kind = StepKind::Enter;
        r->fn = o.callee;
        r->depth = depth + 1;
        r->stack.push_back(o.callee);
        r->milestone = cd.milestone;
      }
      break;
    }
    case Outcome::Kind::Return:
      t.stack.pop_back();
      t.ret = o.ret;
      break;
    case Outcome::Kind::Stop:
      t.stack.clear();
      t.state = RunState::Done;
      break;
  }
  settle(m, cfg, tid);
}

int default_pick(const Machine& m, const Config& cfg, int last) {
  const int n = static_cast<int>(cfg.threads.size());
  auto held = [&](int i) {
    for (const HoldRef& h : cfg.holds)
      if (h.thread == i && !happened(m, h.until)) return true;
    return false;
  };
  // Each thread's guard is asked once, however many rules below look at it
  // (a process is looked at up to three times; the traced run calls this
  // every step).
  constexpr int kCached = 64;
  std::array<int8_t, kCached> known;
  known.fill(-1);
  auto can = [&](int i) {
    if (i >= kCached) return can_step(m, cfg, i);
    if (known[static_cast<size_t>(i)] < 0) known[static_cast<size_t>(i)] = can_step(m, cfg, i) ? 1 : 0;
    return known[static_cast<size_t>(i)] == 1;
  };
  auto ok = [&](int i) { return can(i) && (cfg.holds.empty() || !held(i)); };
  for (ThreadKind k : {ThreadKind::Iommu, ThreadKind::Device, ThreadKind::PrqIrq, ThreadKind::Kworker})
    for (int i = 0; i < n; ++i)
      if (cfg.threads[i].kind == k && ok(i)) return i;
  if (last >= 0 && last < n && cfg.threads[last].kind == ThreadKind::Process && ok(last)) return last;
  for (int i = 0; i < n; ++i)
    if (cfg.threads[i].kind == ThreadKind::Process && ok(i)) return i;
  // Only held threads can run: a hold never deadlocks the machine.
  for (int i = 0; i < n; ++i)
    if (can(i)) return i;
  return -1;
}

}  // namespace svm
