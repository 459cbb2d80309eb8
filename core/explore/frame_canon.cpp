#include "core/explore/frame_canon.h"

#include <utility>

#include "core/explore/canon_memo.h"

namespace svm {

namespace {

// An address space's frame: renumbered. The rest keep their numbers.
bool movable(const FrameInfo& f) { return f.owner.kind == Kind::Mm; }

// Which mms (by 1-based index, into `out`) something can still reach and so
// walk the pgd of: a live mm; a freed one only through a live task, a live
// intel_svm, or a thread's local or reference in flight (each such use is a
// use after free, reported). A freed mm nothing reaches leaves its pgd
// field a name only: its frame, freed, is garbage like any other, whatever
// tombstone names it.
void reachable_mms(const Machine& m, std::vector<uint8_t>& out) {
  const KernelState& k = *m.k;
  out.assign(k.mms.size() + 1, 0);
  bool dead = false;
  for (size_t i = 0; i < k.mms.size(); ++i) {
    out[i + 1] = k.mms[i].alive;
    dead = dead || !k.mms[i].alive;
  }
  if (!dead) return;
  auto mark = [&](ObjId o) {
    if (o.kind == Kind::Mm && o.idx < out.size()) out[o.idx] = 1;
  };
  for (const Task& t : k.tasks)
    if (t.alive) {
      mark(t.mm);
      mark(t.active_mm);
    }
  for (const IntelSvm& s : m.drv->svms)
    if (s.alive) mark(s.mm);
  for (const Thread& th : *m.threads) {
    for (const HeldRef& r : th.held) mark(r.obj);
    if (th.ret_kind == SlotKind::Mm) mark({Kind::Mm, static_cast<uint32_t>(th.ret)});
    for (const Frame& f : th.stack)
      if (f.has_kind_from(SlotKind::Mm))
        for (size_t i = 0; i < f.v.size(); ++i)
          if (f.kinds[i] == SlotKind::Mm) mark({Kind::Mm, static_cast<uint32_t>(f.v[i])});
  }
}

class Walk {
 public:
  Walk(const PhysMem& mem, FrameCanon& c) : mem_(mem), c_(c) {}

  // Number `pfn` if it is an address-space frame not numbered yet, then
  // what its entries point at, in the order of their offsets.
  void visit(uint64_t pfn) {
    if (pfn < PhysMem::kFirstPfn || pfn - PhysMem::kFirstPfn >= c_.to.size()) return;
    uint64_t& to = c_.to[pfn - PhysMem::kFirstPfn];
    if (to != 0) return;
    const FrameInfo* f = mem_.info(Pfn{pfn});
    if (!movable(*f)) return;
    to = FrameCanon::kBase + c_.order.size();
    c_.order.push_back(pfn);
    if (frame_holds_pointers(f->use)) pointers_in(pfn);
  }
  void pointers_in(uint64_t pfn) {
    mem_.for_each_word(Pfn{pfn}, [&](uint64_t, uint64_t v) { visit(pte::addr(v) >> kPageShift); });
  }
  void slot(int64_t v, SlotKind k) {
    if (v <= 0) return;
    if (k == SlotKind::Pfn) visit(static_cast<uint64_t>(v));
    if (k == SlotKind::PhysAddr) visit(static_cast<uint64_t>(v) >> kPageShift);
  }
  // A cached translation of a large page covers frames by their numbers:
  // renumbering one of them would break it.
  template <class E>
  bool large_page(const E& e) const {
    if (e.level <= 1) return false;
    const FrameInfo* f = mem_.info(e.pfn);
    return f && movable(*f);
  }

 private:
  const PhysMem& mem_;
  FrameCanon& c_;
};

void number(const Machine& m, const std::vector<uint32_t>& mm_at, const std::vector<int>& thread_at,
            const std::vector<uint8_t>& reachable, FrameCanon& c) {
  c.reachable = reachable;
  const PhysMem& mem = *m.mem;
  const IommuState& hw = *m.hw;
  c.to.assign(mem.frame_count(), 0);
  c.order.clear();
  c.active = false;
  c.key = 0;
  Walk w(mem, c);
  for (const IotlbEntry& e : hw.iotlb)
    if (w.large_page(e)) return;
  for (size_t d = 0; d < m.devs.size(); ++d)
    for (const DevTlbEntry& e : m.devs[d].devtlb)
      if (w.large_page(e)) return;
  c.active = true;
  for (uint32_t idx : mm_at)
    if (reachable[idx]) w.visit(m.k->mms[idx - 1].pgd.v);
  for (size_t i = 0; i < mem.frame_count(); ++i) {
    const FrameInfo* f = mem.info(Pfn{PhysMem::kFirstPfn + i});
    if (!movable(*f) && frame_holds_pointers(f->use)) w.pointers_in(PhysMem::kFirstPfn + i);
  }
  for (const PasidCacheEntry& e : hw.pasid_cache) {
    w.visit(pte::addr(e.entry) >> kPageShift);
    if (e.scalable) w.visit(pte::addr(e.val2) >> kPageShift);
  }
  for (const IotlbEntry& e : hw.iotlb) w.visit(e.pfn.v);
  for (size_t d = 0; d < m.devs.size(); ++d)
    for (const DevTlbEntry& e : m.devs[d].devtlb) w.visit(e.pfn.v);
  for (int t : thread_at) {
    const Thread& th = (*m.threads)[static_cast<size_t>(t)];
    for (const Frame& f : th.stack)
      if (f.has_kind_from(SlotKind::Pfn))
        for (size_t i = 0; i < f.v.size(); ++i) w.slot(f.v[i], f.kinds[i]);
    w.slot(th.ret, th.ret_kind);
    for (uint64_t p : th.gather.pages) w.visit(p);
  }
  // Live frames nothing above reaches, by number; the freed rest is garbage.
  for (size_t i = 0; i < mem.frame_count(); ++i) {
    const FrameInfo* f = mem.info(Pfn{PhysMem::kFirstPfn + i});
    if (f->allocated) w.visit(PhysMem::kFirstPfn + i);
    if (movable(*f) && c.to[i] == 0) c.to[i] = FrameCanon::kGarbage;
  }
  // The numbering, and which freed mms still name their pgd (kernel_hash
  // hashes the others' as garbage): what the renamed parts depend on.
  Hasher h;
  h(c.order, c.reachable);
  c.key = h.value();
}

}  // namespace

const FrameCanon& canonical_frames(const Machine& m, const std::vector<uint32_t>& mm_at,
                                   const std::vector<int>& thread_at) {
  // What the walk reads: memory, the IOMMU's and the devices' caches, the
  // pgds and the frames in locals, in the walk's order.
  Hasher h;
  const Hash128 mem = m.mem.hash128();
  h(mem.lo, mem.hi);
  // Of the IOMMU and the devices, only the frames their caches hold (the
  // rest of them, queue registers and status words, changes at most of
  // their steps: keyed by their whole hashes, the memo missed half the time).
  const IommuState& hw = *m.hw;
  h(hw.iotlb.size(), hw.pasid_cache.size());
  for (const IotlbEntry& e : hw.iotlb) h(e.level, e.pfn.v);
  for (const PasidCacheEntry& e : hw.pasid_cache) h(e.entry, e.scalable ? e.val2 : 0);
  for (size_t d = 0; d < m.devs.size(); ++d) {
    h(m.devs[d].devtlb.size());
    for (const DevTlbEntry& e : m.devs[d].devtlb) h(e.level, e.pfn.v);
  }
  thread_local std::vector<uint8_t> reachable;
  reachable_mms(m, reachable);
  for (uint32_t idx : mm_at) h(reachable[idx] ? m.k->mms[idx - 1].pgd.v : 0);
  for (int t : thread_at) {
    const Thread& th = (*m.threads)[static_cast<size_t>(t)];
    for (const Frame& f : th.stack) {
      h(f.v.size());  // a frame's start: no frame number is
      if (f.has_kind_from(SlotKind::Pfn))
        for (size_t i = 0; i < f.v.size(); ++i)
          if (f.kinds[i] == SlotKind::Pfn || f.kinds[i] == SlotKind::PhysAddr) h(f.v[i]);
    }
    if (th.ret_kind == SlotKind::Pfn || th.ret_kind == SlotKind::PhysAddr) h(th.ret);
    h(th.gather.pages);
  }
  thread_local CanonMemo<FrameCanon> memo;
  // (The renamed caches' hashes depend on the frames' generations too,
  // canonical_gen: symmetry.cpp keys those by the memory's hash as well.)
  return memo.get(h.wide(), [&](FrameCanon& c) { number(m, mm_at, thread_at, reachable, c); });
}

Hash128 canonical_mem_hash(const PhysMem& mem, const FrameCanon& c, const std::function<ObjId(ObjId)>& obj,
                           const std::function<int16_t(int16_t)>& thread) {
  Hasher h;
  const auto frame = [&](uint64_t pfn) {
    FrameInfo f = *mem.info(Pfn{pfn});
    f.owner = obj(f.owner);
    f.freed_by.thread = thread(f.freed_by.thread);
    f.gen = 0;
    h(f);
    const bool pointers = frame_holds_pointers(f.use);
    mem.for_each_word(Pfn{pfn}, [&](uint64_t a, uint64_t v) { h(a & (kPageSize - 1), pointers ? c.entry(v) : v); });
    h(kPageSize);  // no offset is: the end of the frame's words
  };
  // The frames that keep their numbers, by number; then the renumbered, in
  // their new order.
  size_t kept = 0;
  for (size_t i = 0; i < c.to.size(); ++i)
    if (c.to[i] == 0) {
      h(i);
      frame(PhysMem::kFirstPfn + i);
      ++kept;
    }
  h(kept, c.order.size());
  for (uint64_t pfn : c.order) frame(pfn);
  // The free list from its lowest entry that is not garbage.
  const auto& free = mem.free_list();
  size_t from = 0;
  while (from < free.size() && c.to[free[from] - PhysMem::kFirstPfn] == FrameCanon::kGarbage) ++from;
  h(free.size() - from);
  for (size_t i = from; i < free.size(); ++i)
    h(c.to[free[i] - PhysMem::kFirstPfn] == FrameCanon::kGarbage ? FrameCanon::kGarbage : c.pfn(free[i]));
  h(mem.other_words());
  return h.wide();
}

}  // namespace svm
