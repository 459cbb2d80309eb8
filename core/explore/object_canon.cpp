#include "core/explore/object_canon.h"

#include "core/explore/canon_memo.h"

namespace svm {

namespace {

class Walk {
 public:
  Walk(const Machine& m, ObjectCanon& c) : k_(*m.k), d_(*m.drv), c_(c) {}

  // Number `o` if it is one of the renumbered kinds and not numbered yet,
  // then what it refers to.
  void visit(ObjId o) {
    const int s = ObjectCanon::slot(o.kind);
    if (s < 0 || o.idx == 0) return;
    auto& to = c_.to[static_cast<size_t>(s)];
    if (o.idx >= to.size() || to[o.idx] != 0) return;
    auto& at = c_.at[static_cast<size_t>(s)];
    at.push_back(o.idx);
    to[o.idx] = static_cast<uint32_t>(at.size());
    switch (o.kind) {
      case Kind::Vma: {
        const Vma& v = k_.vmas[o.idx - 1];
        visit(v.file);
        visit({Kind::Vma, v.next});
        break;
      }
      case Kind::Svm:
        for (ObjId sd : d_.svms[o.idx - 1].devs) visit(sd);
        break;
      case Kind::Sdev: visit(d_.sdevs[o.idx - 1].svm); break;
      default: break;
    }
  }
  void task(uint32_t idx) {
    const Task& t = k_.tasks[idx - 1];
    if (t.files) files(t.files.idx);
    for (ObjId f : t.task_works) visit(f);
    if (t.mm) mm(t.mm.idx);
  }
  void mm(uint32_t idx) {
    const Mm& mm = k_.mms[idx - 1];
    for (ObjId v : mm.mmap) visit(v);
    for (ObjId s : mm.notifiers) visit(s);
  }
  void files(uint32_t idx) {
    for (const auto& [fd, f] : k_.fdtables[idx - 1].fdt) visit(f);
  }

 private:
  const KernelState& k_;
  const DriverState& d_;
  ObjectCanon& c_;
};

void number(const Machine& m, const std::vector<uint32_t>& task_at, const std::vector<uint32_t>& mm_at,
            const std::vector<uint32_t>& files_at, const std::vector<int>& thread_at, ObjectCanon& c) {
  const KernelState& k = *m.k;
  const DriverState& d = *m.drv;
  const std::array<size_t, 4> sizes{k.files.size(), k.vmas.size(), d.svms.size(), d.sdevs.size()};
  for (size_t s = 0; s < 4; ++s) {
    c.to[s].assign(sizes[s] + 1, 0);
    c.at[s].clear();
  }
  c.active = true;
  Walk w(m, c);
  for (uint32_t t : task_at) w.task(t);
  for (uint32_t i : mm_at) w.mm(i);
  for (uint32_t i : files_at) w.files(i);
  for (ObjId f : k.delayed_fput_list) w.visit(f);
  for (const auto& [pasid, s] : d.pasid_idr) w.visit(s);
  for (int t : thread_at) {
    const Thread& th = (*m.threads)[static_cast<size_t>(t)];
    for (const HeldRef& r : th.held) w.visit(r.obj);
    for (const Frame& f : th.stack)
      if (f.has_kind_from(SlotKind::File))
        for (size_t i = 0; i < f.v.size(); ++i)
          if (f.v[i] > 0) w.visit({slot_object_kind(f.kinds[i]), static_cast<uint32_t>(f.v[i])});
    if (th.ret > 0) w.visit({slot_object_kind(th.ret_kind), static_cast<uint32_t>(th.ret)});
  }
  // Alive and reached by nothing above: by number.
  for (uint32_t i = 1; i <= k.files.size(); ++i)
    if (k.files[i - 1].alive) w.visit({Kind::File, i});
  for (uint32_t i = 1; i <= k.vmas.size(); ++i)
    if (k.vmas[i - 1].alive) w.visit({Kind::Vma, i});
  for (uint32_t i = 1; i <= d.svms.size(); ++i)
    if (d.svms[i - 1].alive) w.visit({Kind::Svm, i});
  for (uint32_t i = 1; i <= d.sdevs.size(); ++i)
    if (d.sdevs[i - 1].alive) w.visit({Kind::Sdev, i});
  Hasher h;
  for (const auto& at : c.at) h(at);
  c.key = h.value();
}

}  // namespace

const ObjectCanon& canonical_objects(const Machine& m, const std::vector<uint32_t>& task_at,
                                     const std::vector<uint32_t>& mm_at, const std::vector<uint32_t>& files_at,
                                     const std::vector<int>& thread_at) {
  // What the walk reads: the kernel and the driver, the order, and the
  // threads' references in flight and locals of these kinds.
  Hasher h;
  for (const Hash128 p : {m.k.hash128(), m.drv.hash128()}) h(p.lo, p.hi);
  h(task_at, mm_at, files_at);
  for (int t : thread_at) {
    const Thread& th = (*m.threads)[static_cast<size_t>(t)];
    h(th.held.size());
    for (const HeldRef& r : th.held) h(r.obj);
    for (const Frame& f : th.stack) {
      h(f.v.size());  // a frame's start: no slot index is
      if (f.has_kind_from(SlotKind::File))
        for (size_t i = 0; i < f.v.size(); ++i)
          if (slot_object_kind(f.kinds[i]) != Kind::Frame) h(i, f.v[i]);
    }
    if (slot_object_kind(th.ret_kind) != Kind::Frame) h(th.ret);
    h(~uint64_t(0));
  }
  thread_local CanonMemo<ObjectCanon> memo;
  return memo.get(h.wide(), [&](ObjectCanon& c) { number(m, task_at, mm_at, files_at, thread_at, c); });
}

}  // namespace svm
