#include "core/explore/expand.h"

#include <algorithm>
#include <new>
#include <optional>
#include <string>

#include "core/engine/boot.h"
#include "core/engine/step.h"
#include "core/explore/cache_order.h"
#include "core/explore/explorer.h"

namespace svm {

namespace {
// A step of the IOMMU's queue engine that commutes with every other
// thread's steps up to it (explorer.h). The status word of an invalidation
// wait is read by its submitter, which waits for it, and by reclaim in
// qi_submit_sync(), which gets to that slot only after the submitter marked
// the descriptor before it done, itself after the wait. An invalidation that
// found nothing would find something had a device filled a cache first:
// local only once no device can translate. And that reclaim itself, the
// submitter's step after its wait (QiEffect::kReclaim).
bool queue_step_local(QiEffect e, auto&& no_dma) {
  return e == QiEffect::kStatus || e == QiEffect::kReclaim || (e == QiEffect::kNone && no_dma());
}

// The premise of counting frames as their mm's (ExpandMode::frames): the
// page allocator only ever holds frames nothing refers to, so which one an
// allocation takes is a name, and allocations and frees in any order come
// out alike up to the frames' numbers. A frame freed while a table entry
// points at it (StepSink::dirty_free), a dangling pointer of the hardware,
// or a use of a freed frame breaks it.
void frame_premise(const Machine& m, const StepSink& sink, const std::vector<Violation>& vs, int tid,
                   OwnershipBreach& b) {
  Pfn pfn = sink.dirty_free;
  bool used = false;
  for (const Violation& v : vs)
    if (!pfn.v && (v.kind == ViolationKind::Dangling || v.kind == ViolationKind::UseAfterFree))
      for (const ObjId& o : v.objects)
        if (o.kind == Kind::Frame) {
          pfn = Pfn{o.idx};
          used = v.kind == ViolationKind::UseAfterFree;
        }
  if (!pfn.v) return;
  b.found = true;
  b.frame = true;
  b.used = used;
  b.thread = tid;
  b.obj = ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)};
  const Thread& t = (*m.threads)[static_cast<size_t>(tid)];
  b.fn = t.stack.empty() ? FnId{} : t.stack.back().fn;
}
}  // namespace

// The successors of one state, into `out` in thread order: a single local
// step if there is one (the lowest such thread), else one per thread that can
// step.
//
// Only a thread whose op has no guard, or a monotone one, can take a local
// step, and only stepping it tells whether it did. Those threads are stepped
// first: stepping every thread in order and then keeping only a local step
// found late made a quarter of the explorer's steps for nothing on
// four-dma-devices (1.9 M thrown away against 3.8 M kept). The successor
// chosen is the same (the first candidate in thread order that turns out
// local is the lowest local thread), and so is the set otherwise.
size_t expand(const Machine& m, const Config& cfg, const ExpandMode& mode, std::vector<Succ>& out, OwnershipBreach& breach,
              const Learned& learned) {
  out.clear();
  const int n = static_cast<int>(cfg.threads.size());
  // Who owns what in m: worked out once, and only if a step or guard
  // reached a kernel object.
  // (In storage of its own: a std::optional<Owners> was zeroed whole, 480
  // bytes, at every state: 0.7% of the exit race's instructions, GCC 12.)
  alignas(Owners) unsigned char owners_at[sizeof(Owners)];
  Owners* owners = nullptr;
  struct Drop {
    Owners*& o;
    ~Drop() {
      if (o) o->~Owners();
    }
  } drop{owners};
  auto owners_of_m = [&]() -> const Owners& {
    if (!owners) owners = new (owners_at) Owners(m, cfg);
    return *owners;
  };
  // No device will translate again (every device thread is done), so no
  // IOMMU cache or device TLB will be filled: an invalidation that finds
  // nothing commutes with every other step.
  std::optional<bool> no_more_dma;
  auto no_dma = [&] {
    if (!no_more_dma) no_more_dma = devices_done(m, cfg);
    return *no_more_dma;
  };
  // Devices whose registers nobody reads any more (dead_registers.h).
  std::optional<uint64_t> dead_devices;
  auto dead = [&]() -> uint64_t {
    if (!mode.owned || !mode.dead_registers) return 0;
    if (!dead_devices) {
      dead_devices = 0;
      for (size_t d = 0; d < m.devs.size() && d < 64; ++d)
        if (registers_dead(m, *mode.dead_registers, d)) *dead_devices |= uint64_t(1) << d;
    }
    return *dead_devices;
  };
  auto check = [&](const KernelFootprint& fp, int tid) {
    if (!breach.found && !fp.objs.empty()) owners_of_m().breach(fp, tid, breach);
  };
  size_t steps = 0;
  // `settled`: a step found not local stays so after other threads' local
  // steps (Learned).
  // Made in place, at the end of `out`: a Succ made here and moved there
  // left an emptied machine to destroy, at every step.
  auto successor = [&](int tid, bool* local, bool* settled = nullptr) -> Succ& {
    Succ& s = out.emplace_back(m, static_cast<int16_t>(tid));
    StepSink sink{nullptr, &s.violations, false};
    KernelFootprint reached;
    sink.kernel = &reached;
    sink.before = &m;
    sink.frames = mode.frames;
    sink.objects = mode.objects;
    sink.dead_devices = dead();
    ++steps;
    step(*s.m, cfg, tid, sink);
    if (mode.frames && !breach.found) frame_premise(m, sink, s.violations, tid, breach);
    if (mode.owned) check(reached, tid);
    if (local)
      *local = (!sink.shared || (mode.private_queue_steps && queue_step_local(sink.queue_step, no_dma))) &&
               (reached.objs.empty() || (mode.owned && owners_of_m().all_owned_by(reached, tid)));
    // Not local because it touched a part other threads reach: that stays
    // so after their local steps (Learned). Not because of whose the kernel
    // objects it reached were: another thread's local step can drop its
    // own pointer to an object, and leave it this thread's alone (the
    // parent's fput() after the child's close(), fork-shared-fd).
    if (settled)
      *settled = sink.shared && !(mode.private_queue_steps && queue_step_local(sink.queue_step, [] { return true; }));
    return s;
  };
  // Each guard is evaluated once a state: `enabled` keeps the answer, and
  // `stable` whether it reads nothing but objects its thread owns.
  thread_local std::vector<int8_t> enabled, stable;  // -1: not evaluated yet
  enabled.assign(static_cast<size_t>(n), -1);
  stable.assign(static_cast<size_t>(n), 0);
  auto can = [&](int tid) {
    int8_t& e = enabled[static_cast<size_t>(tid)];
    if (e >= 0) return e == 1;
    if (!mode.owned) return (e = can_step(m, cfg, tid)) == 1;
    KernelFootprint read;
    bool shared = false;
    e = can_step(m, cfg, tid, read, &shared);
    check(read, tid);
    stable[static_cast<size_t>(tid)] = e && !shared && (read.objs.empty() || owners_of_m().all_owned_by(read, tid));
    return e == 1;
  };
  // Can it step, with a guard no other thread can close: none, a monotone
  // one, or one that reads nothing but objects its thread owns (down_read()
  // of its own mm's mmap_sem: nobody else can take it). And might its step
  // be local at all: a device's DMA steps never are (Op::never_local).
  auto candidate = [&](int tid) {
    const Op* op = next_op(m, cfg, tid);
    if (!op || (op->never_local && mode.skip_never_local)) return false;
    if (!op->guard || op->guard_monotone) return can(tid);
    return mode.owned && can(tid) && stable[static_cast<size_t>(tid)];
  };
  thread_local std::vector<uint8_t> stepped;  // candidates already in `out`
  stepped.assign(static_cast<size_t>(n), 0);
  bool single = false;  // a local step stands for the rest
  if (mode.reduce) {
    // Threads known not to have a local step here; those found so.
    const uint64_t known = mode.learn && learned.dead == dead() ? learned.nonlocal : 0;
    uint64_t found = 0;
    for (int tid = 0; tid < n && !single; ++tid) {
      if (tid < 64 && (known >> tid & 1)) continue;  // stepped below if no thread has a local step
      if (!candidate(tid)) continue;
      bool local = false, settled = false;
      Succ& s = successor(tid, &local, &settled);
      if (local) {
        s.learned = {(known | found) & ~(tid < 64 ? uint64_t(1) << tid : 0), dead()};
        if (out.size() > 1) {  // it alone stands for the candidates before it
          out.front() = std::move(out.back());
          out.resize(1);
        }
      } else if (settled && tid < 64) {
        found |= uint64_t(1) << tid;
      }
      single = local;
      stepped[static_cast<size_t>(tid)] = 1;
    }
  }
  if (!single) {
    const bool any = !out.empty();
    for (int tid = 0; tid < n; ++tid)
      if (!stepped[static_cast<size_t>(tid)] && can(tid)) successor(tid, nullptr);
    if (any) std::sort(out.begin(), out.end(), [](const Succ& a, const Succ& b) { return a.tid < b.tid; });
  }
  // Hashed once, here (breadth first, on the worker), and only what is
  // kept: a candidate stepped before a later one turned out local is thrown
  // away unhashed (a third of the successors made on
  // four-symmetric-processes, each hashed under every renaming tried).
  for (Succ& s : out) s.hash = state_hash(*s.m, mode);
  return steps;
}

ExpandMode expand_mode(const ExploreOptions& opt, const Config& cfg) {
  // One process makes its frames and objects in the order of its own
  // steps: only two or more (processes, or a parent and the child it forks)
  // can make them in different orders and come out alike. Elsewhere the
  // canonical numbering would cost a third more time per state for nothing.
  const auto processes = std::count_if(cfg.threads.begin(), cfg.threads.end(),
                                       [](const ThreadSpec& t) { return t.kind == ThreadKind::Process; });
  const bool many = processes >= 2;
  const uint8_t canon =
      !many ? 0 : (opt.canonical_frames ? canonical::kFrames : 0) | (opt.canonical_objects ? canonical::kObjects : 0);
  // Frames counted as their mm's, only with canonical frame numbers: an
  // allocation then commutes with other threads' allocations and frees up
  // to which frame it got, and only the canonical numbers make the two
  // orders one state (without, the search would keep one order's terminal
  // states of each class, not each of them). So only where two or more
  // processes run too: one process's frames interleave only with the
  // page-request thread's faults, and where a device TLB outlives a page
  // (the exit race) the premise breaks and the first search is thrown away.
  const bool frames = (canon & canonical::kFrames) && opt.reduce && opt.own_objects && opt.own_frames;
  // So are the objects a step makes, with canonical object numbers.
  const bool objects = (canon & canonical::kObjects) && opt.reduce && opt.own_objects && opt.own_new_objects;
  ExpandMode mode{opt.reduce, opt.reduce && opt.own_objects, frames, objects,
                  opt.reduce && opt.private_queue_steps, opt.reduce && opt.learn_nonlocal, nullptr, canon, nullptr};
  mode.skip_never_local = opt.reduce && opt.skip_never_local;
  if (opt.dead_registers && !cfg.scenario->devices.empty())
    mode.dead_registers = std::make_shared<const DeviceReaders>(device_readers(cfg));
  if (opt.symmetry)
    if (ProcessSymmetry sym = find_process_symmetry(cfg, boot(cfg)); !sym.empty())
      mode.symmetry = std::make_shared<const ProcessSymmetry>(std::move(sym));
  return mode;
}

void prepare_root(Machine& root, const Config& cfg, const ExploreOptions& opt, const ExpandMode& mode,
                  ExploreResult& res) {
  std::vector<std::string>& reductions = res.reductions;
  if (opt.reduce) reductions.push_back(N_("persistent sets of local steps"));
  if (opt.reduce && opt.own_objects) reductions.push_back(N_("steps on kernel objects their thread owns are local"));
  if (mode.frames) reductions.push_back(N_("an address space's page tables and pages are its owner's"));
  if (mode.objects) reductions.push_back(N_("a file, VMA or svm is its maker's"));
  if (opt.reduce && opt.private_queue_steps)
    reductions.push_back(N_("IOMMU queue steps no other thread reads"));
  if (opt.reduce && opt.merge_cache_order)
    if (const uint8_t f = order_free_caches(cfg)) {
      root.hw.mut().order_free = f;
      if (f & order_free::kContextCache) reductions.push_back(N_("LRU order of the context cache"));
      if (f & order_free::kPasidCache) reductions.push_back(N_("LRU order of the PASID cache"));
    }
  if (opt.unhashed_faults) {
    root.hw.mut().faults_unhashed = true;
    reductions.push_back(N_("fault recording registers, which only the narration reads"));
  }
  if (mode.symmetry) {
    reductions.push_back(N_("interchangeable processes (symmetry)"));
    for (const auto& g : mode.symmetry->groups) {
      res.interchangeable.emplace_back();
      for (const auto& p : g) res.interchangeable.back().push_back(cfg.threads[static_cast<size_t>(p.thread)].name);
    }
  }
  if (mode.canon & canonical::kFrames) reductions.push_back(N_("which free frames the page allocator handed out"));
  if (mode.canon & canonical::kObjects) reductions.push_back(N_("which files, VMAs and svms were made first"));
  if (mode.dead_registers) reductions.push_back(N_("device registers no thread reads again"));
}

void explain_stop(const StopFacts& f, ExploreResult& res) {
  if (f.out_of_memory) {
    res.bound = N_("stopped when memory ran out (an allocation failed)");
  } else if (f.cancelled && !f.over && res.bound.empty()) {
    res.cancelled = true;
    res.bound = N_("cancelled");
  } else if (f.over && f.at_start > f.trigger) {
    res.at_memory_ceiling = true;
    res.bound = Text(N_("not started: the process already held %1 MiB, over the memory ceiling of %2 MiB"))
                    .arg(f.at_start >> 20)
                    .arg(f.max_bytes >> 20);
  } else if (f.over) {
    res.at_memory_ceiling = true;
    res.bound = Text(N_("stopped at the memory ceiling of %1 MiB (%2 MiB resident)")).arg(f.max_bytes >> 20).arg(f.bytes >> 20);
  }
}

}  // namespace svm
