#include "core/engine/step.h"

#include "core/engine/dangling.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <cassert>
#include <cstdint>

namespace svm {

void settle(Machine& m, const Config& cfg, int tid) {
  const FnTable& fns = cfg.fns ? *cfg.fns : functions(*cfg.variant);
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

const Op* next_op(const Machine& m, const Config& cfg, int tid) {
  const Thread& t = (*m.threads)[tid];
  if (t.state != RunState::Live || t.stack.empty()) return nullptr;
  const Frame& f = t.stack.back();
  const FnDef& d = (cfg.fns ? *cfg.fns : functions(*cfg.variant))[f.fn];
  return f.pc < d.ops.size() ? &d.ops[f.pc] : nullptr;
}

namespace {
// Whether `tid` can step, and the parts of the machine that answer read
// (its own thread aside).
bool can_step_reading(const Machine& m, const Config& cfg, int tid, uint8_t* reads, KernelFootprint* objects = nullptr,
                      bool* shared = nullptr) {
  const Thread& t = (*m.threads)[tid];
  if (t.state != RunState::Live || t.stack.empty()) return false;
  const Op* op = next_op(m, cfg, tid);
  if (!op || !op->guard) return true;
  View v(m, cfg, tid);
  v.collect_reads(reads);
  v.collect_objects(objects);
  v.collect_shared(shared);
  return !op->guard(v);
}
}  // namespace

Wait waiting(const Machine& m, const Config& cfg, int tid) {
  const Thread& t = (*m.threads)[tid];
  if (t.state == RunState::Unborn) return {Wait::Kind::Unborn, N_("not born yet")};
  if (t.state != RunState::Live || t.stack.empty()) return {Wait::Kind::Finished, N_("finished")};
  const Op* op = next_op(m, cfg, tid);
  if (!op || !op->guard) return {};
  return op->guard(View(m, cfg, tid));
}

bool can_step(const Machine& m, const Config& cfg, int tid) { return can_step_reading(m, cfg, tid, nullptr); }
bool can_step(const Machine& m, const Config& cfg, int tid, KernelFootprint& objects, bool* shared) {
  return can_step_reading(m, cfg, tid, nullptr, &objects, shared);
}

std::vector<int> runnable(const Machine& m, const Config& cfg) {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(cfg.threads.size()); ++i)
    if (can_step(m, cfg, i)) out.push_back(i);
  return out;
}

void step(Machine& m, const Config& cfg, int tid, StepSink& sink) {
  const FnTable& fns = cfg.fns ? *cfg.fns : functions(*cfg.variant);
  const Thread& before = (*m.threads)[tid];  // not used once the op has run (it may write the table)
  if (before.state != RunState::Live || before.stack.empty()) {
    // The caller asked a thread that cannot step to step: an engine bug.
    std::fprintf(stderr, "svmlab: internal error: step() of thread %d, which has no next line\n", tid);
    std::abort();
  }
  const Frame f0 = before.stack.back();
  const FnDef& d = fns[f0.fn];
  const Op& op = d.ops[f0.pc];
  const size_t frames = before.stack.size();
  const int depth = static_cast<int>(frames) - 1;

  if (StepRecord* r = sink.rec) {
    r->thread = tid;
    r->fn = f0.fn;
    r->depth = depth;
    r->kind = StepKind::Op;
    r->text = op.text;
    r->stack.clear();
    for (const Frame& f : before.stack) r->stack.push_back(f.fn);
  }

  // The parts a dangling hardware pointer lives in, as they were before the
  // op (sharing them costs nothing: the caller's state holds them too). Of
  // the kernel part only the live pgds (dangling.h): the run steps one
  // machine in place, and holding the kernel part would make the op clone
  // it whole on its first write, which most steps make. One buffer per
  // thread (the explorer steps on several), so no step allocates for it.
  // A run in place holds none of them: it carries the machine's dangling
  // pointers instead (StepSink::dangling), brought up to date here first if
  // the live pgds moved since.
  thread_local LivePgds k0;
  k0.take(*m.k);
  DanglingCache* const cache = sink.dangling;
  if (cache && (!cache->valid || !(cache->pgds == k0))) {
    cache->set = find_dangling(k0, *m.mem, *m.hw, m.devs);
    cache->pgds = k0;
    cache->valid = true;
  }
  // (Empty when not held: a default Cow would make a fresh part.)
  std::optional<Machine::Part<PhysMem>> mem0;
  std::optional<Machine::Part<IommuState>> hw0;
  std::optional<DeviceTable> devs0;
  if (!cache && !sink.before) {
    mem0 = m.mem;
    hw0 = m.hw;
    devs0 = m.devs;
  }
  // The parts as they were (null with a cache, which stands for them).
  const Machine::Part<PhysMem>* mem_was = sink.before ? &sink.before->mem : mem0 ? &*mem0 : nullptr;
  const Machine::Part<IommuState>* hw_was = sink.before ? &sink.before->hw : hw0 ? &*hw0 : nullptr;
  const DeviceTable* devs_was = sink.before ? &sink.before->devs : devs0 ? &*devs0 : nullptr;

  Outcome o;
  {
    Ctx c(m, cfg, tid, sink);
    if (op.body) o = op.body(c);
    // A frame freed under the hardware, or a pointer to freed memory written
    // into it: reported at the step it arose, used or not.
    constexpr uint8_t kDanglingParts = part::kMem | part::kHw | part::kDevs;
    if (cache ? (sink.wrote & kDanglingParts) != 0 : (!m.mem.shares(*mem_was) || !m.hw.shares(*hw_was) || !m.devs.shares(*devs_was))) {
      thread_local LivePgds k1;  // the live pgds after the op, read once
      k1.take(*m.k);
      std::vector<Dangling> now = find_dangling(k1, *m.mem, *m.hw, *m.devs);
      if (!now.empty()) {
        const std::vector<Dangling> was = cache ? std::move(cache->set) : find_dangling(k0, **mem_was, **hw_was, *devs_was);
        for (const Dangling& x : now)
          if (std::find(was.begin(), was.end(), x) == was.end()) c.report_dangling(x);
      }
      if (cache) {
        cache->set = std::move(now);
        std::swap(cache->pgds, k1);  // k1 is taken afresh next time
      }
    }
    // What the op asks for next must exist: a model bug is reported, not
    // followed into a silent return or past an array.
    if (c.View::thread().state == RunState::Live) {
      if (o.kind == Outcome::Kind::Jump && o.pc >= d.ops.size())
        o = c.internal("jump to line " + std::to_string(o.pc) + " of " + std::to_string(d.ops.size()));
      else if (o.kind == Outcome::Kind::Call && o.callee >= FnId::Count)
        o = c.internal("call of function number " + std::to_string(static_cast<int>(o.callee)));
      else if (o.kind == Outcome::Kind::Call && o.resume >= static_cast<int>(d.ops.size()))
        o = c.internal("resume at line " + std::to_string(o.resume) + " of " + std::to_string(d.ops.size()));
      else if (o.kind == Outcome::Kind::Call && frames >= kMaxStackDepth)
        o = c.internal("call of " + std::string(fn_name(o.callee)) + "() deeper than " + std::to_string(kMaxStackDepth) +
                       " frames: runaway recursion in the model");
    }
  }

  Thread& t = m.threads.mut()[tid];
  if (t.state != RunState::Live) {  // oopsed in the op, or stopped by a simulator bug
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
      std::copy(o.arg_kinds.begin(), o.arg_kinds.end(), nf.kinds.begin());
      t.stack.push_back(nf);
      const FnDef& cd = fns[o.callee];
      // Not a shared write, as `done` is not (Ctx::set_done): only "after"
      // guards read milestones, and reaching one can only open them.
      if (cd.milestone) t.milestones |= 1u << static_cast<unsigned>(*cd.milestone);
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
      t.ret_kind = o.ret_kind;
      break;
    case Outcome::Kind::Stop:
      t.stack.clear();
      t.state = RunState::Done;
      break;
  }
  settle(m, cfg, tid);
}

bool at_line(const Machine& m, int tid, FnId fn, int pc) {
  const Thread& t = (*m.threads)[tid];
  return t.state == RunState::Live && !t.stack.empty() && t.stack.back().fn == fn && t.stack.back().pc == pc;
}

namespace {
// The default schedule's order of threads: hardware first (the IOMMU, the
// devices, the page-request thread, kworkers), then processes.
void pick_order(const Config& cfg, std::vector<int>& hardware, std::vector<int>& processes) {
  const int n = static_cast<int>(cfg.threads.size());
  hardware.clear();
  processes.clear();
  for (ThreadKind k : {ThreadKind::Iommu, ThreadKind::Device, ThreadKind::PrqIrq, ThreadKind::Kworker})
    for (int i = 0; i < n; ++i)
      if (cfg.threads[i].kind == k) hardware.push_back(i);
  for (int i = 0; i < n; ++i)
    if (cfg.threads[i].kind == ThreadKind::Process) processes.push_back(i);
}

// The default schedule's rules, asking `can(i)` whether thread i can step.
template <class Can>
int pick_by_rules(const Machine& m, const Config& cfg, int last, const std::vector<int>& hardware,
                  const std::vector<int>& processes, Can&& can) {
  const int n = static_cast<int>(cfg.threads.size());
  auto held = [&](int i) {
    for (const HoldRef& h : cfg.holds)
      if (h.thread == i && !happened(m, h.until) && (!h.fn || at_line(m, i, *h.fn, h.pc))) return true;
    return false;
  };
  auto ok = [&](int i) { return can(i) && (cfg.holds.empty() || !held(i)); };
  for (int i : hardware)
    if (ok(i)) return i;
  if (last >= 0 && last < n && cfg.threads[last].kind == ThreadKind::Process && ok(last)) return last;
  for (int i : processes)
    if (ok(i)) return i;
  // Only held threads can run: a hold never deadlocks the machine.
  for (int i = 0; i < n; ++i)
    if (can(i)) return i;
  return -1;
}
}  // namespace

int default_pick(const Machine& m, const Config& cfg, int last) {
  // A picker that knows nothing yet asks each guard once, however many rules
  // look at it (a process is looked at up to three times).
  DefaultPicker fresh;
  return fresh.pick(m, cfg, last);
}

int DefaultPicker::pick(const Machine& m, const Config& cfg, int last) {
  if (can_.size() != cfg.threads.size()) {
    can_.assign(cfg.threads.size(), -1);
    reads_.assign(cfg.threads.size(), 0);
    pick_order(cfg, hardware_, processes_);
  }
  return pick_by_rules(m, cfg, last, hardware_, processes_, [&](int i) {
    const auto u = static_cast<size_t>(i);
    if (can_[u] < 0) {
      // Another thread's step can start or end this one (other_thread()).
      reads_[u] = part::kThreads;
      can_[u] = can_step_reading(m, cfg, i, &reads_[u]) ? 1 : 0;
    }
    return can_[u] == 1;
  });
}

DefaultPicker::Progress DefaultPicker::progress(const Machine& m, int tid) {
  const Thread& t = (*m.threads)[tid];
  return {t.state, t.done, t.milestones, t.stack.empty()};
}

void DefaultPicker::stepped(int tid, uint8_t wrote, bool progressed) {
  if (progressed) wrote |= part::kThreads;  // read by "after" guards
  for (size_t j = 0; j < can_.size(); ++j)
    if (static_cast<int>(j) == tid || (reads_[j] & wrote) != 0) can_[j] = -1;
}

}  // namespace svm
