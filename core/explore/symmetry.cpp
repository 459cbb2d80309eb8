#include "core/explore/symmetry.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <numeric>
#include <utility>

#include "core/explore/dead_registers.h"
#include "core/explore/frame_canon.h"
#include "core/explore/object_canon.h"

namespace svm {

namespace {

bool same_action(const Action& a, const Action& b) {
  // Everything but where it was written and its narration.
  return a.type == b.type && a.name == b.name && a.device == b.device && a.fd == b.fd && a.label == b.label &&
         a.after == b.after && a.child == b.child && a.addr == b.addr && a.pages == b.pages && a.write == b.write &&
         a.supervisor == b.supervisor && a.pasid == b.pasid;
}

bool same_script(const std::vector<Action>& a, const std::vector<Action>& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same_action);
}

// Old index -> new index of one kind of object (1-based; 0 stays 0).
struct IndexMap {
  std::vector<uint32_t> to;  // to[i]: new index of i; identity past the end
  uint32_t operator()(uint32_t i) const { return i < to.size() ? to[i] : i; }
};

struct Renaming {
  std::vector<int> thread;  // old thread -> new
  IndexMap task, mm, files;
  PfnMoves frames;  // the members' pgds
  // Or, when active, every address-space frame takes its canonical number
  // (frame_canon.h): the pgds' too, so `frames` is not used.
  const FrameCanon* canon = nullptr;
  const PhysMem* mem = nullptr;  // the machine's, for cached generations (canon)
  // When active, files, VMAs, svms and sdevs take their canonical numbers
  // (object_canon.h), and tombstones nothing refers to are dropped.
  const ObjectCanon* objs = nullptr;
  bool identity = true;
  uint64_t key = 0;  // this renaming of this symmetry, for the memo
  // The same, and the frames' generations, which the renamed IOTLB and
  // device TLBs depend on too (canonical_gen): the key of those alone, so
  // that the other parts' renamed hashes outlive a step that only changes
  // memory.
  uint64_t caches_key = 0;
  uint64_t forget = 0;  // devices whose dead registers are hashed at boot values (dead_registers.h)

  bool canonical() const { return canon && canon->active; }
  bool canonical_objects() const { return objs && objs->active; }
  uint64_t pfn(uint64_t p) const { return canonical() ? canon->pfn(p) : moved_pfn(frames, p); }
  uint64_t phys(uint64_t a) const { return pfn(a >> kPageShift) << kPageShift | (a & (kPageSize - 1)); }
  uint64_t entry(uint64_t e) const { return canonical() ? canon->entry(e) : moved_entry(frames, e); }
  uint16_t gen(uint64_t pfn, uint16_t g) const { return canonical() ? canonical_gen(*mem, pfn, g) : g; }

  int16_t thr(int16_t t) const { return t < 0 ? t : static_cast<int16_t>(thread[static_cast<size_t>(t)]); }
  Culprit culprit(Culprit c) const { return {thr(c.thread), c.fn}; }
  ObjId obj(ObjId o) const {
    switch (o.kind) {
      case Kind::Task: return {o.kind, task(o.idx)};
      case Kind::Mm: return {o.kind, mm(o.idx)};
      case Kind::Files: return {o.kind, files(o.idx)};
      default: return canonical_objects() ? objs->obj(o) : o;
    }
  }
  int64_t slot(int64_t v, SlotKind k) const {
    if (v <= 0) return v;
    const auto i = static_cast<uint32_t>(v);
    switch (k) {
      case SlotKind::Task: return task(i);
      case SlotKind::Mm: return mm(i);
      case SlotKind::Files: return files(i);
      case SlotKind::Pfn: return static_cast<int64_t>(pfn(static_cast<uint64_t>(v)));
      case SlotKind::PhysAddr: return static_cast<int64_t>(phys(static_cast<uint64_t>(v)));
      case SlotKind::File:
      case SlotKind::Vma:
      case SlotKind::Svm:
      case SlotKind::Sdev: return canonical_objects() ? objs->idx(slot_object_kind(k), i) : v;
      case SlotKind::Plain: break;
    }
    return v;
  }
  // The objects of a kind to hash, in their new order: every one, or with
  // canonical objects those kept.
  template <class F>
  void for_each_kept(Kind k, size_t n, F&& f) const {
    if (canonical_objects()) {
      for (uint32_t i : objs->at[static_cast<size_t>(ObjectCanon::slot(k))]) f(i);
      return;
    }
    for (uint32_t i = 1; i <= n; ++i) f(i);
  }
  size_t kept(Kind k, size_t n) const {
    return canonical_objects() ? objs->at[static_cast<size_t>(ObjectCanon::slot(k))].size() : n;
  }
  // A list of references, as hash_append hashes the vector, renamed.
  template <class V>
  void hash_refs(Hasher& h, const V& v) const {
    h(v.size());
    for (const ObjId& o : v) h(obj(o));
  }
};

// Fills r (its buffers reused: the search makes one renaming a state).
void renaming_of(const Machine& m, const ProcessSymmetry& sym, const ProcessPermutation& to, Renaming& r) {
  r.task.to.clear();
  r.mm.to.clear();
  r.files.to.clear();
  r.frames.clear();
  r.canon = nullptr;
  r.objs = nullptr;
  r.mem = &m.mem.get();
  r.identity = true;
  r.forget = 0;
  Hasher key;
  key(sym.id);
  for (const auto& g : to) key(g.size(), g);
  r.key = key.value() | 1;
  r.caches_key = r.key;
  r.thread.resize(m.threads.size());
  std::iota(r.thread.begin(), r.thread.end(), 0);
  const auto grow = [](IndexMap& map, uint32_t n) {
    if (map.to.size() <= n) {
      const size_t old = map.to.size();
      map.to.resize(n + 1);
      std::iota(map.to.begin() + static_cast<std::ptrdiff_t>(old), map.to.end(), static_cast<uint32_t>(old));
    }
  };
  for (size_t g = 0; g < sym.groups.size(); ++g) {
    const auto& members = sym.groups[g];
    for (size_t i = 0; i < members.size(); ++i) {
      const auto& from = members[i];
      const auto& dest = members[static_cast<size_t>(to[g][i])];
      if (from.thread == dest.thread) continue;
      r.identity = false;
      r.thread[static_cast<size_t>(from.thread)] = dest.thread;
      grow(r.task, std::max(from.task, dest.task));
      grow(r.mm, std::max(from.mm, dest.mm));
      grow(r.files, std::max(from.files, dest.files));
      r.task.to[from.task] = dest.task;
      r.mm.to[from.mm] = dest.mm;
      r.files.to[from.files] = dest.files;
      r.frames.emplace_back(from.pgd, dest.pgd);
    }
  }
}

Renaming renaming_of(const Machine& m, const ProcessSymmetry& sym, const ProcessPermutation& to) {
  Renaming r;
  renaming_of(m, sym, to, r);
  return r;
}

void rename_thread(Thread& t, const Renaming& r) {
  t.task = r.task(t.task);
  t.stack.rewrite([&](Frame& f) {
    for (size_t i = 0; i < f.v.size(); ++i) f.v[i] = r.slot(f.v[i], f.kinds[i]);
  });
  t.ret = r.slot(t.ret, t.ret_kind);
  for (HeldRef& h : t.held) h.obj = r.obj(h.obj);
  for (uint64_t& p : t.gather.pages) p = r.pfn(p);
}

// Does the renaming change anything in this thread?
bool touches(const Thread& t, const Renaming& r) {
  if (r.task(t.task) != t.task || r.slot(t.ret, t.ret_kind) != t.ret) return true;
  for (const Frame& f : t.stack)
    for (size_t i = 0; i < f.v.size(); ++i)
      if (f.kinds[i] != SlotKind::Plain && r.slot(f.v[i], f.kinds[i]) != f.v[i]) return true;
  for (const HeldRef& h : t.held)
    if (r.obj(h.obj) != h.obj) return true;
  for (uint64_t p : t.gather.pages)
    if (r.pfn(p) != p) return true;
  return false;
}

template <class T, class A>
std::vector<T, A> permuted(const std::vector<T, A>& xs, const IndexMap& map) {
  std::vector<T, A> out(xs.size());
  for (uint32_t i = 1; i <= xs.size(); ++i) out[map(i) - 1] = xs[i - 1];
  return out;
}

void rename_sem(RwSem& s, const Renaming& r) {
  for (int16_t& t : s.readers) t = r.thr(t);
  s.writer = r.thr(s.writer);
}

void rename_kernel(KernelState& k, const Renaming& r) {
  std::vector<int32_t> pids;
  for (const Task& t : k.tasks) pids.push_back(t.pid);
  k.tasks = decltype(k.tasks)(permuted(*k.tasks, r.task));
  for (size_t i = 0; i < k.tasks.size(); ++i) k.tasks[i].pid = pids[i];  // a pid is where boot put it, nothing reads it
  for (Task& t : k.tasks) {
    t.thread = r.thr(t.thread);
    t.mm = r.obj(t.mm);
    t.active_mm = r.obj(t.active_mm);
    t.files = r.obj(t.files);
    t.freed_by = r.culprit(t.freed_by);
  }
  k.mms = decltype(k.mms)(permuted(*k.mms, r.mm));
  for (Mm& m : k.mms) {
    rename_sem(m.mmap_sem, r);
    m.pgd = Pfn{r.pfn(m.pgd.v)};
    m.owner = r.obj(m.owner);
    m.freed_by = r.culprit(m.freed_by);
  }
  k.fdtables = decltype(k.fdtables)(permuted(*k.fdtables, r.files));
  for (Files& f : k.fdtables) f.freed_by = r.culprit(f.freed_by);
  for (size_t i = 0; i < k.vmas.size(); ++i) {
    const Vma& v = std::as_const(k.vmas)[i];
    const ObjId mm = r.obj(v.mm);
    const Culprit by = r.culprit(v.freed_by);
    if (mm == v.mm && by == v.freed_by) continue;
    Vma& w = k.vmas[i];
    w.mm = mm;
    w.freed_by = by;
  }
  for (File& f : k.files) f.freed_by = r.culprit(f.freed_by);
  for (int16_t& t : k.srcu_readers) t = r.thr(t);
  std::sort(k.srcu_readers.begin(), k.srcu_readers.end());
}

void rename_driver(const DriverState& d, Machine::Part<DriverState>& out, const Renaming& r) {
  bool changed = r.thr(d.pasid_mutex) != d.pasid_mutex;
  for (const IntelSvm& s : d.svms) changed = changed || r.obj(s.mm) != s.mm || r.culprit(s.freed_by) != s.freed_by;
  for (const IntelSvmDev& s : d.sdevs) changed = changed || r.culprit(s.freed_by) != s.freed_by;
  if (!changed) return;
  DriverState& w = out.mut();
  w.pasid_mutex = r.thr(w.pasid_mutex);
  for (IntelSvm& s : w.svms) {
    s.mm = r.obj(s.mm);
    s.freed_by = r.culprit(s.freed_by);
  }
  for (IntelSvmDev& s : w.sdevs) s.freed_by = r.culprit(s.freed_by);
}

// The IOMMU and the devices cache a pgd frame in the PASID cache (a pointer)
// and, once it is freed and reused, in an IOTLB or device TLB (a page).
// Canonical frame numbers rename every frame they cache, and the
// generations they remember.
template <class Entries>
bool caches_pgd(const Entries& entries, const Renaming& r) {
  if (r.canonical()) return !entries.empty();
  return std::any_of(entries.begin(), entries.end(), [&](const auto& e) { return r.pfn(e.pfn.v) != e.pfn.v; });
}
bool caches_pgd(const IommuState& hw, const Renaming& r) {
  return caches_pgd(hw.iotlb, r) || std::any_of(hw.pasid_cache.begin(), hw.pasid_cache.end(), [&](const PasidCacheEntry& e) {
           return r.entry(e.entry) != e.entry || r.entry(e.val2) != e.val2;
         });
}
void rename_caches(IommuState& hw, const Renaming& r) {
  for (IotlbEntry& e : hw.iotlb) {
    e.gen = r.gen(e.pfn.v, e.gen);
    e.pfn = Pfn{r.pfn(e.pfn.v)};
  }
  for (PasidCacheEntry& e : hw.pasid_cache) {
    e.entry = r.entry(e.entry);
    if (e.scalable) e.val2 = r.entry(e.val2);
  }
}
void rename_caches(DeviceState& d, const Renaming& r) {
  for (DevTlbEntry& e : d.devtlb) {
    e.gen = r.gen(e.pfn.v, e.gen);
    e.pfn = Pfn{r.pfn(e.pfn.v)};
  }
}

// Renamed hashes of parts, by (the part's hash, the renaming), and members'
// signatures, by (their thread's hash, the member): most of a state's parts
// are its parent's and its siblings', renamed the same way. One
// direct-mapped table per worker thread for every kind of part, of 2^17
// entries (6 MiB): breadth first, a state's parent was hashed a level
// earlier, and 2^12 entries a kind forgot it (four-symmetric-processes,
// first 300 k states, callgrind: breadth first 14.2 G -> 11.9 G
// instructions, depth first 10.0 G -> 9.6 G, with CanonMemo's 2^12; 2^18
// entries gained 3% more).
class Memo {
 public:
  enum Table { kHw, kDev, kForgottenDev, kThread, kMem, kKernel, kDriver, kSignature };
  template <class F>
  Hash128 get(Table table, const Hash128& part, uint64_t key, F&& compute) {
    key = salted(table, key);
    Entry& e = t_[index(part, key)];
    if (e.key == key && e.part == part) return e.value;
    e = {part, key, compute()};
    return e.value;
  }
  // Asks the cache for the entry get() will read: a state's lookups are
  // asked together, so that their misses overlap (four-symmetric-processes,
  // depth first: 15.6-16.0 -> 14.2-15.5 s of CPU).
  void prefetch(Table table, const Hash128& part, uint64_t key) const {
    const Entry* e = &t_[index(part, salted(table, key))];
    __builtin_prefetch(e);
    __builtin_prefetch(reinterpret_cast<const char*>(e + 1) - 1);  // an entry may straddle two lines
  }

 private:
  static constexpr int kBits = 17;
  static uint64_t salted(Table table, uint64_t key) { return key ^ (uint64_t(table) + 1) * 0xff51afd7ed558ccdULL; }
  static size_t index(const Hash128& part, uint64_t salted) {
    return static_cast<size_t>((part.lo ^ salted * 0x9e3779b97f4a7c15ULL) >> (64 - kBits));
  }
  struct Entry {
    Hash128 part;
    uint64_t key = 0;
    Hash128 value;
  };
  std::array<Entry, size_t(1) << kBits> t_;
};
Memo& memo() {
  thread_local std::unique_ptr<Memo> m = std::make_unique<Memo>();
  return *m;
}

// What a member is, in terms no renaming changes: equal for a member and its
// image in any renamed state, so sorting by it is a canonical order up to
// ties. Ids a renaming keeps (files, VMAs, svms, PASIDs, frames other than
// the pgds) are in it as they are; a task, mm, fd table or pgd of a member
// only as "its own" or "another member's". Fine enough that members tie
// only when they are alike, so that most states need one renaming at most.
// With canonical frame or object numbers, no such number is in it at all.
Hash128 signature(const Machine& m, const ProcessSymmetry& sym, const ProcessSymmetry::Member& p, uint8_t canon) {
  const bool frames = canon & canonical::kFrames, objects = canon & canonical::kObjects;
  const auto relative = [&](uint32_t idx, uint32_t ProcessSymmetry::Member::*field) -> int64_t {
    if (idx == p.*field) return -1;
    for (const auto& g : sym.groups)
      for (const auto& q : g)
        if (idx == q.*field) return -2;
    return idx;
  };
  const auto relative_pfn = [&](uint64_t pfn) -> int64_t {
    if (frames) return -3;
    if (pfn == p.pgd) return -1;
    for (const auto& g : sym.groups)
      for (const auto& q : g)
        if (pfn == q.pgd) return -2;
    return static_cast<int64_t>(pfn);
  };
  const auto slot = [&](int64_t v, SlotKind k) -> int64_t {
    if (v <= 0) return v;
    switch (k) {
      case SlotKind::Task: return relative(static_cast<uint32_t>(v), &ProcessSymmetry::Member::task);
      case SlotKind::Mm: return relative(static_cast<uint32_t>(v), &ProcessSymmetry::Member::mm);
      case SlotKind::Files: return relative(static_cast<uint32_t>(v), &ProcessSymmetry::Member::files);
      case SlotKind::Pfn: return relative_pfn(static_cast<uint64_t>(v));
      case SlotKind::PhysAddr:
        return relative_pfn(static_cast<uint64_t>(v) >> kPageShift) * kPageSize + (v & (kPageSize - 1));
      case SlotKind::File:
      case SlotKind::Vma:
      case SlotKind::Svm:
      case SlotKind::Sdev: return objects ? -3 : v;
      case SlotKind::Plain: break;
    }
    return v;
  };
  const auto obj = [&](ObjId o) -> int64_t {
    switch (o.kind) {
      case Kind::Task: return relative(o.idx, &ProcessSymmetry::Member::task);
      case Kind::Mm: return relative(o.idx, &ProcessSymmetry::Member::mm);
      case Kind::Files: return relative(o.idx, &ProcessSymmetry::Member::files);
      default: return objects && ObjectCanon::slot(o.kind) >= 0 ? -3 : o.idx;
    }
  };
  Hasher key;
  key(sym.id, p.thread, canon);
  const Hash128 own = memo().get(Memo::kSignature, m.threads.hash128(static_cast<size_t>(p.thread)), key.value() | 1, [&] {
    Hasher h;
    const Thread& t = (*m.threads)[static_cast<size_t>(p.thread)];
    h(t.state, t.action, t.done, t.milestones, t.vars, t.stack.size(), slot(t.ret, t.ret_kind), t.gather.start,
      t.gather.end, t.gather.pages.size());
    for (const Frame& f : t.stack) {
      h(f.fn, f.pc);
      for (size_t i = 0; i < f.v.size(); ++i) h(slot(f.v[i], f.kinds[i]));
    }
    for (const HeldRef& r : t.held) h(r.obj.kind, obj(r.obj), r.ctr, r.depth);
    return h.wide();
  });
  Hasher h;
  h(own.lo, own.hi);
  const KernelState& k = *m.k;
  const Task& task = k.tasks[p.task - 1];
  const Mm& mm = k.mms[p.mm - 1];
  const Files& files = k.fdtables[p.files - 1];
  h(task.state, task.alive);
  if (objects) {  // how many, not which
    h(task.task_works.size(), mm.mmap.size(), mm.notifiers.size(), files.fdt.size());
    for (const auto& [fd, f] : files.fdt) h(fd);
  } else {
    h(task.task_works, mm.mmap, mm.notifiers, files.fdt);
  }
  h(task.task_works_exited, mm.users, mm.count, mm.alive, mm.has_notifier_mm, mm.pasid, mm.lost_users,
    mm.mmap_sem.readers.size(), mm.mmap_sem.writer == p.thread, mm.mmap_sem.writer >= 0, files.count, files.alive);
  return h.wide();
}

bool less(const Hash128& a, const Hash128& b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }

// A table of a part as its CowVector hashes it: on its own, the result
// mixed into the part's hash.
void table_hash(Hasher& out, auto&& body) {
  Hasher h;
  body(h);
  const Hash128 w = h.wide();
  out.mix(w.lo);
  out.mix(w.hi);
}

// The hashes of the renamed parts, as hash128_of() would give them for the
// renamed machine (rename_processes), without building it: every field in
// the order its hash_append() hashes it. tst_symmetry holds the two equal.
Hash128 kernel_hash(const KernelState& k, const Renaming& r) {
  thread_local std::vector<uint32_t> tasks, mms, fdtables;  // new index -> old, 1-based
  const auto src = [](const IndexMap& map, size_t n, std::vector<uint32_t>& from) -> const std::vector<uint32_t>& {
    from.resize(n + 1);
    for (uint32_t i = 1; i <= n; ++i) from[map(i)] = i;
    return from;
  };
  Hasher out;
  table_hash(out, [&](Hasher& h) {
    h(k.tasks.size());
    src(r.task, k.tasks.size(), tasks);
    for (uint32_t i = 1; i <= k.tasks.size(); ++i) {
      const Task& t = k.tasks[tasks[i] - 1];
      h(r.thr(t.thread), k.tasks[i - 1].pid, t.kthread, t.state, r.obj(t.mm), r.obj(t.active_mm), r.obj(t.files));
      r.hash_refs(h, t.task_works);
      h(t.task_works_exited, t.alive, r.culprit(t.freed_by));
    }
  });
  table_hash(out, [&](Hasher& h) {
    h(k.mms.size());
    src(r.mm, k.mms.size(), mms);
    for (uint32_t i = 1; i <= k.mms.size(); ++i) {
      const Mm& m = k.mms[mms[i] - 1];
      h(m.users, m.count);
      h(m.mmap_sem.readers.size());  // RwSem: readers, writer
      for (int16_t t : m.mmap_sem.readers) h(r.thr(t));
      h(r.thr(m.mmap_sem.writer));
      h(Pfn{r.canonical() ? r.canon->pgd(mms[i], m.pgd.v) : r.pfn(m.pgd.v)});
      r.hash_refs(h, m.mmap);
      r.hash_refs(h, m.notifiers);
      h(m.has_notifier_mm, r.obj(m.owner), m.pasid, m.lost_users, m.alive, r.culprit(m.freed_by));
    }
  });
  table_hash(out, [&](Hasher& h) {
    h(r.kept(Kind::Vma, k.vmas.size()));
    r.for_each_kept(Kind::Vma, k.vmas.size(), [&](uint32_t i) {
      const Vma& v = k.vmas[i - 1];
      h(v.start, v.end, v.flags, r.obj(v.mm), r.obj(v.file), v.file_ref, r.obj({Kind::Vma, v.next}).idx, v.ops,
        v.pfn_base, v.alive, r.culprit(v.freed_by));
    });
  });
  table_hash(out, [&](Hasher& h) {
    h(r.kept(Kind::File, k.files.size()));
    r.for_each_kept(Kind::File, k.files.size(), [&](uint32_t i) {
      const File& f = k.files[i - 1];
      h(f.count, f.device, f.has_ctx, f.ctx, f.final_put, f.alive, r.culprit(f.freed_by));
    });
  });
  table_hash(out, [&](Hasher& h) {
    h(k.fdtables.size());
    src(r.files, k.fdtables.size(), fdtables);
    for (uint32_t i = 1; i <= k.fdtables.size(); ++i) {
      const Files& f = k.fdtables[fdtables[i] - 1];
      h(f.count, f.fdt.size());
      for (const auto& [fd, file] : f.fdt) h(fd, r.obj(file));
      h(f.alive, r.culprit(f.freed_by));
    }
  });
  thread_local std::vector<int16_t> srcu;
  srcu.assign(k.srcu_readers.begin(), k.srcu_readers.end());
  for (int16_t& t : srcu) t = r.thr(t);
  std::sort(srcu.begin(), srcu.end());
  r.hash_refs(out, k.delayed_fput_list);
  out(srcu, k.next_pid, k.init_mm_pgd, k.zero_page);
  return out.wide();
}

Hash128 driver_hash(const DriverState& d, const Renaming& r) {
  Hasher out;
  table_hash(out, [&](Hasher& h) {
    h(r.kept(Kind::Svm, d.svms.size()));
    r.for_each_kept(Kind::Svm, d.svms.size(), [&](uint32_t i) {
      const IntelSvm& s = d.svms[i - 1];
      h(r.obj(s.mm), s.pasid, s.flags);
      r.hash_refs(h, s.devs);
      h(s.notifier_hashed, s.notifier_registered, s.notifier_used, s.entry_written, s.holds_mm_users, s.alive,
        s.poisoned, r.culprit(s.freed_by));
    });
  });
  table_hash(out, [&](Hasher& h) {
    h(r.kept(Kind::Sdev, d.sdevs.size()));
    r.for_each_kept(Kind::Sdev, d.sdevs.size(), [&](uint32_t i) {
      const IntelSvmDev& s = d.sdevs[i - 1];
      h(s.device, r.obj(s.svm), s.users, s.did, s.sid, s.dev_iotlb, s.qdep, s.alive, r.culprit(s.freed_by));
    });
  });
  out(d.pasid_idr.size());
  for (const auto& [pasid, svm] : d.pasid_idr) out(pasid, r.obj(svm));
  // Every PASID ever allocated is the graph's only (object_canon.h).
  if (!r.canonical_objects()) out(d.pasids_seen);
  out(d.ioasids, r.thr(d.pasid_mutex), d.qi_free_head, d.qi_free_cnt, d.qi_status);
  return out.wide();
}

Hash128 renamed_hash(const Machine& m, const Renaming& r) {
  if (r.identity && !r.canonical() && !r.canonical_objects()) return r.forget ? hash_forgetting(m, r.forget) : m.hash128();
  Memo& memo = svm::memo();
  memo.prefetch(Memo::kHw, m.hw.hash128(), r.caches_key);
  for (size_t t = 0; t < m.threads.size(); ++t) memo.prefetch(Memo::kThread, m.threads.hash128(t), r.key);
  memo.prefetch(Memo::kMem, m.mem.hash128(), r.key);
  memo.prefetch(Memo::kKernel, m.k.hash128(), r.key);
  memo.prefetch(Memo::kDriver, m.drv.hash128(), r.key);
  const Hash128 hw = memo.get(Memo::kHw, m.hw.hash128(), r.caches_key, [&] {
    if (!caches_pgd(*m.hw, r)) return m.hw.hash128();
    IommuState w = *m.hw;
    rename_caches(w, r);
    return hash128_of(w);
  });
  const Hash128 devs = m.devs.hash128_by([&](size_t d) {
    const bool forget = d < 64 && (r.forget >> d & 1);
    if (!caches_pgd(m.devs[d].devtlb, r)) return forget ? forgotten_hash(m.devs, d) : m.devs.hash128(d);
    return memo.get(forget ? Memo::kForgottenDev : Memo::kDev, m.devs.hash128(d), r.caches_key, [&] {
      DeviceState w = m.devs[d];
      rename_caches(w, r);
      Hasher h;
      w.hash_into(h, forget);
      return h.wide();
    });
  });
  thread_local std::vector<int> from;  // new position -> old
  from.resize(m.threads.size());
  for (size_t t = 0; t < from.size(); ++t) from[static_cast<size_t>(r.thread[t])] = static_cast<int>(t);
  const Hash128 threads = m.threads.hash128_by([&](size_t t) {
    const auto i = static_cast<size_t>(from[t]);
    return memo.get(Memo::kThread, m.threads.hash128(i), r.key, [&] {
      if (!touches(m.threads[i], r)) return m.threads.hash128(i);
      Thread w = m.threads[i];
      rename_thread(w, r);
      return hash128_of(w);
    });
  });
  const Hash128 mem = memo.get(Memo::kMem, m.mem.hash128(), r.key, [&] {
    const auto obj = [&](ObjId o) { return r.obj(o); };
    const auto thr = [&](int16_t t) { return r.thr(t); };
    if (r.canonical()) return canonical_mem_hash(*m.mem, *r.canon, obj, thr);
    return m.mem->renamed_hash128(obj, thr, r.frames);
  });
  const Hash128 k = memo.get(Memo::kKernel, m.k.hash128(), r.key, [&] { return kernel_hash(*m.k, r); });
  const Hash128 drv = memo.get(Memo::kDriver, m.drv.hash128(), r.key, [&] { return driver_hash(*m.drv, r); });
  return Machine::hash_of_parts(k, drv, mem, hw, devs, threads);
}

}  // namespace

Hash128 renamed_hash(const Machine& m, const ProcessSymmetry& sym, const ProcessPermutation& to) {
  return renamed_hash(m, renaming_of(m, sym, to));
}

ProcessSymmetry find_process_symmetry(const Config& cfg, const Machine& booted) {
  static std::atomic<uint64_t> next_id{1};
  ProcessSymmetry sym;
  sym.id = next_id.fetch_add(1, std::memory_order_relaxed);
  const Scenario& sc = *cfg.scenario;
  const size_t n = cfg.threads.size();
  std::vector<bool> named(n, false);  // some thread waits for it
  for (const ThreadSpec& t : cfg.threads)
    for (const AfterRef& a : t.after)
      if (a.thread >= 0) named[static_cast<size_t>(a.thread)] = true;
  std::vector<int> eligible;
  for (size_t t = 0; t < n; ++t) {
    const ThreadSpec& ts = cfg.threads[t];
    if (ts.kind != ThreadKind::Process || named[t] || (*booted.threads)[t].state != RunState::Live) continue;
    const auto& acts = sc.processes[static_cast<size_t>(ts.index)].actions;
    // Its own "after"s may wait for other threads: those are named, so no
    // member, and a renaming leaves them where they are.
    if (std::any_of(acts.begin(), acts.end(), [](const Action& a) { return a.type == ActionType::Fork; })) continue;
    eligible.push_back(static_cast<int>(t));
  }
  std::vector<bool> taken(n, false);
  for (size_t i = 0; i < eligible.size(); ++i) {
    const int a = eligible[i];
    if (taken[static_cast<size_t>(a)]) continue;
    const auto& script = sc.processes[static_cast<size_t>(cfg.threads[static_cast<size_t>(a)].index)].actions;
    std::vector<ProcessSymmetry::Member> g;
    for (size_t j = i; j < eligible.size(); ++j) {
      const int b = eligible[j];
      if (taken[static_cast<size_t>(b)] ||
          !same_script(script, sc.processes[static_cast<size_t>(cfg.threads[static_cast<size_t>(b)].index)].actions))
        continue;
      const Thread& th = (*booted.threads)[static_cast<size_t>(b)];
      const Task& task = booted.k->tasks[th.task - 1];
      g.push_back({b, th.task, task.mm.idx, task.files.idx, booted.k->mms[task.mm.idx - 1].pgd.v});
    }
    if (g.size() < 2) continue;
    for (const auto& member : g) taken[static_cast<size_t>(member.thread)] = true;
    sym.groups.push_back(std::move(g));
  }
  return sym;
}

Machine rename_processes(const Machine& m, const ProcessSymmetry& sym, const ProcessPermutation& to) {
  const Renaming r = renaming_of(m, sym, to);
  if (r.identity) return m;
  Machine out = m;
  out.threads = m.threads.permuted(r.thread);
  for (size_t t = 0; t < out.threads.size(); ++t)
    if (touches(out.threads[t], r)) rename_thread(out.threads.mut()[t], r);
  rename_kernel(out.k.mut(), r);
  rename_driver(*m.drv, out.drv, r);
  // Frames keep their owner mm and who freed them; the pgds trade places.
  PhysMem& mem = out.mem.mut();
  mem.rename([&](ObjId o) { return r.obj(o); }, [&](int16_t t) { return r.thr(t); });
  mem.renumber(r.frames);
  // What the IOMMU and the devices cached of them.
  if (caches_pgd(*m.hw, r)) rename_caches(out.hw.mut(), r);
  for (size_t d = 0; d < m.devs.size(); ++d)
    if (caches_pgd(m.devs[d].devtlb, r)) rename_caches(out.devs.mut()[d], r);
  return out;
}

// Frames and objects numbered as the renamed machine would number them:
// its tasks, mms, fd tables and threads in their new order.
void number(const Machine& m, uint8_t canon, Renaming& r) {
  thread_local std::vector<uint32_t> task_at, mm_at, files_at;
  thread_local std::vector<int> thread_at;
  const auto at = [](const IndexMap& map, size_t n, std::vector<uint32_t>& out) {
    out.resize(n);
    for (uint32_t i = 1; i <= n; ++i) out[map(i) - 1] = i;
  };
  at(r.mm, m.k->mms.size(), mm_at);
  thread_at.resize(r.thread.size());
  for (size_t t = 0; t < r.thread.size(); ++t) thread_at[static_cast<size_t>(r.thread[t])] = static_cast<int>(t);
  if (canon & canonical::kFrames) {
    r.canon = &canonical_frames(m, mm_at, thread_at);
    if (r.canonical()) r.key = (r.key ^ r.canon->key * 0x9e3779b97f4a7c15ULL) | 1;
  }
  if (canon & canonical::kObjects) {
    at(r.task, m.k->tasks.size(), task_at);
    at(r.files, m.k->fdtables.size(), files_at);
    r.objs = &canonical_objects(m, task_at, mm_at, files_at, thread_at);
    r.key = (r.key ^ r.objs->key * 0xc2b2ae3d27d4eb4fULL) | 1;
  }
  r.caches_key = r.canonical() ? (r.key ^ m.mem.hash128().lo * 0xd6e8feb86659fd93ULL) | 1 : r.key;
}

Hash128 symmetric_hash(const Machine& m, const ProcessSymmetry& sym, uint8_t canon, uint64_t forget) {
  if (sym.empty() && !canon) return forget ? hash_forgetting(m, forget) : m.hash128();
  // order[g]: the group's member indices, sorted by signature; ties start in
  // ascending order so that next_permutation visits every order of each.
  // Buffers kept from state to state: this runs for every state a search makes.
  thread_local std::vector<std::vector<int>> order;
  thread_local std::vector<std::vector<Hash128>> sig;
  thread_local ProcessPermutation to;
  thread_local Renaming r;
  order.resize(sym.groups.size());
  sig.resize(sym.groups.size());
  to.resize(sym.groups.size());
  for (size_t g = 0; g < sym.groups.size(); ++g) {
    const auto& members = sym.groups[g];
    sig[g].clear();
    for (const auto& p : members) sig[g].push_back(signature(m, sym, p, canon));
    order[g].resize(members.size());
    std::iota(order[g].begin(), order[g].end(), 0);
    std::stable_sort(order[g].begin(), order[g].end(),
                     [&](int a, int b) { return less(sig[g][static_cast<size_t>(a)], sig[g][static_cast<size_t>(b)]); });
  }
  const auto tie = [&](size_t g, size_t i, size_t j) {
    return sig[g][static_cast<size_t>(order[g][i])] == sig[g][static_cast<size_t>(order[g][j])];
  };
  // The next order of the ties, group by group; false when every one was tried.
  const auto next_order = [&] {
    for (size_t g = 0; g < order.size(); ++g) {
      auto& o = order[g];
      for (size_t i = 0; i < o.size();) {
        size_t j = i + 1;
        while (j < o.size() && tie(g, i, j)) ++j;
        if (j - i > 1 &&
            std::next_permutation(o.begin() + static_cast<std::ptrdiff_t>(i), o.begin() + static_cast<std::ptrdiff_t>(j)))
          return true;
        i = j;
      }
    }
    return false;
  };
  constexpr size_t kMaxOrders = 120;  // 5!: any renaming is sound, the rest only merge less
  Hash128 best{};
  size_t tried = 0;
  do {
    // The member sorted to place i takes member i's place.
    for (size_t g = 0; g < order.size(); ++g) {
      to[g].resize(order[g].size());
      for (size_t i = 0; i < order[g].size(); ++i) to[g][static_cast<size_t>(order[g][i])] = static_cast<int>(i);
    }
    renaming_of(m, sym, to, r);
    r.forget = forget;
    if (canon) number(m, canon, r);
    const Hash128 h = renamed_hash(m, r);
    if (tried == 0 || less(h, best)) best = h;
  } while (++tried < kMaxOrders && next_order());
  return best;
}

}  // namespace svm
