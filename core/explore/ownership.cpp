#include "core/explore/ownership.h"

#include <algorithm>

#include "core/engine/dangling.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"

namespace svm {

namespace {
// A daemon waiting at the top of its loop (irq_thread, worker_thread) has
// no work in hand.
bool idle(const Machine& m, int tid) {
  if (tid < 0) return true;
  const Thread& t = (*m.threads)[tid];
  return t.state != RunState::Live || t.stack.size() <= 1;
}

}  // namespace

// References in flight (Thread::held): a local that holds a count on `id`.
// And an object nothing else refers to (its count gone to zero, on its way
// to being freed: the fd table close_files() empties, the file __fput()
// releases) is the thread's whose locals point at it.
void Owners::add_holders(ObjId id, OneOwner& o) const {
  for (size_t t = 0; t < m_.threads->size(); ++t)
    for (const HeldRef& r : (*m_.threads)[t].held)
      if (r.obj == id) {
        o.add(static_cast<int>(t));
        break;
      }
  if (o.who == -2) add_locals(id, o);
}

void Owners::add_locals(ObjId id, OneOwner& o) const {
  const SlotKind kind = slot_kind(id.kind);
  if (kind == SlotKind::Plain) return;
  // Every thread's locals that name an object, gathered once a state: a
  // state's questions each scanned every stack.
  if (!locals_known_) {
    locals_known_ = true;
    for (size_t t = 0; t < m_.threads->size(); ++t) {
      const Thread& th = (*m_.threads)[t];
      if (th.ret_kind != SlotKind::Plain && th.ret > 0) locals_.push_back({th.ret, th.ret_kind, static_cast<int16_t>(t)});
      for (const Frame& f : th.stack)
        // Only the slots that name something (every kind past Plain): the
        // loop over all eight took 1.2% of the exit race's instructions, this 0.65%.
        for (uint64_t named = f.slots_from(SlotKind::Task); named; named &= named - 1) {
          const size_t i = static_cast<size_t>(__builtin_ctzll(named)) / 8;
          if (f.v[i] > 0) locals_.push_back({f.v[i], f.kinds[i], static_cast<int16_t>(t)});
        }
    }
  }
  for (const Local& l : locals_)
    if (l.kind == kind && l.v == static_cast<int64_t>(id.idx)) o.add(l.thread);
}

Owners::Owners(const Machine& m, const Config& cfg) : m_(m), k_(*m.k), drv_(*m.drv) {
  // A device that may still do DMA can raise a page request, which the
  // page-request thread serves on the bound mm; the kworker's delayed fput
  // can unbind it.
  const bool dma = !devices_done(m, cfg);
  quiet_ = idle(m, cfg.prq_thread()) && !m.hw->prq_irq_pending && m.hw->pqh == m.hw->pqt &&
           idle(m, cfg.kworker_thread()) && k_.delayed_fput_list.empty() && !dma;
  // While a device may still translate, the IOMMU walks whatever page tables
  // a present PASID entry, or a cached one, points at, bound or not (a
  // PASID entry left behind by its binding, a PASID handed to another mm).
  if (dma) {
    thread_local std::vector<std::pair<uint32_t, uint64_t>> entries;
    present_pasid_entries(*m.mem, *m.hw, entries);
    for (const auto& e : entries) walked_.push_back(e.second >> kPageShift);
    for (const PasidCacheEntry& c : m.hw->pasid_cache)
      if (c.entry & vtd::PASID_P) walked_.push_back(sm::cached_flptr(c) >> kPageShift);
  }
}

bool devices_done(const Machine& m, const Config& cfg) {
  for (size_t i = 0; i < cfg.threads.size(); ++i) {
    const Thread& t = (*m.threads)[i];
    if (cfg.threads[i].kind == ThreadKind::Device && t.state == RunState::Live && !t.stack.empty()) return false;
  }
  return true;
}

int Owners::task_owner(uint32_t idx) const {
  if (idx == 0 || idx > k_.tasks.size()) return -1;
  const Task& t = k_.tasks[idx - 1];
  if (!t.alive || t.thread < 0 || t.thread >= static_cast<int>(m_.threads->size())) return -1;
  return (*m_.threads)[t.thread].state == RunState::Unborn ? -1 : t.thread;
}

int Owners::mm_owner(uint32_t idx) const {
  if (idx == 0 || idx > k_.mms.size()) return -1;
  const Mm& mm = k_.mms[idx - 1];
  if (!mm.alive || mm.owner.kind != Kind::Task) return -1;
  const int owner = task_owner(mm.owner.idx);
  if (owner < 0) return -1;
  const ObjId id{Kind::Mm, idx};
  if (std::find(walked_.begin(), walked_.end(), mm.pgd.v) != walked_.end()) return -1;
  for (size_t i = 0; i < k_.tasks.size(); ++i) {
    const Task& t = k_.tasks[i];
    if (t.alive && (t.mm == id || t.active_mm == id) && task_owner(static_cast<uint32_t>(i + 1)) != owner) return -1;
  }
  // Bound: the page-request thread and the kworker can reach it through the
  // binding while they have work, and whoever holds a file bound to its
  // PASID can unbind it (a child with an fd its parent bound).
  for (const IntelSvm& s : drv_.svms)
    if (s.alive && s.mm == id && (!quiet_ || !bound_only_by(static_cast<int32_t>(s.pasid.v), owner))) return -1;
  OneOwner held;
  held.add(owner);
  add_holders(id, held);
  return held.get();
}

// Does only `owner` refer to the files bound to `pasid`?
bool Owners::bound_only_by(int32_t pasid, int owner) const {
  for (size_t f = 0; f < k_.files.size(); ++f) {
    const File& file = k_.files[f];
    if (!file.alive || !file.has_ctx || file.ctx.pasid != pasid) continue;
    OneOwner o;
    if (!file_referrers({Kind::File, static_cast<uint32_t>(f + 1)}, true, o) || o.who != owner) return false;
  }
  return true;
}

int Owners::vma_owner(uint32_t idx) const {
  if (idx == 0 || idx > k_.vmas.size()) return -1;
  const Vma& v = k_.vmas[idx - 1];
  if (!v.alive || v.mm.kind != Kind::Mm) return -1;
  return of(v.mm);
}

int Owners::files_owner(uint32_t idx) const {
  if (idx == 0 || idx > k_.fdtables.size() || !k_.fdtables[idx - 1].alive) return -1;
  const ObjId id{Kind::Files, idx};
  OneOwner o;
  for (size_t i = 0; i < k_.tasks.size(); ++i)
    if (k_.tasks[i].alive && k_.tasks[i].files == id) o.add(task_owner(static_cast<uint32_t>(i + 1)));
  add_holders(id, o);
  return o.get();
}

// The threads that refer to file `id` (fd tables, VMAs, task_works, held
// references), into `o`; false if it waits for the kworker. `shallow`: a
// VMA counts as its mm's creator's, for mm_owner, which would come back
// here through the file's binding (the cycle of mm -> VMA -> file ->
// binding -> mm).
bool Owners::file_referrers(ObjId id, bool shallow, OneOwner& o) const {
  if (std::find(k_.delayed_fput_list.begin(), k_.delayed_fput_list.end(), id) != k_.delayed_fput_list.end()) return false;
  for (size_t i = 0; i < k_.fdtables.size(); ++i) {
    const Files& f = k_.fdtables[i];
    if (!f.alive) continue;
    for (const auto& [fd, file] : f.fdt)
      if (file == id) o.add(of({Kind::Files, static_cast<uint32_t>(i + 1)}));
  }
  for (size_t i = 0; i < k_.vmas.size(); ++i) {
    const Vma& v = k_.vmas[i];
    if (!v.alive || v.file != id) continue;
    if (!shallow) {
      o.add(of({Kind::Vma, static_cast<uint32_t>(i + 1)}));
      continue;
    }
    const Mm* mm = v.mm.kind == Kind::Mm && v.mm.idx >= 1 && v.mm.idx <= k_.mms.size() ? &k_.mms[v.mm.idx - 1] : nullptr;
    o.add(mm && mm->owner.kind == Kind::Task ? task_owner(mm->owner.idx) : -1);
  }
  for (size_t i = 0; i < k_.tasks.size(); ++i) {
    const Task& t = k_.tasks[i];
    if (t.alive && std::find(t.task_works.begin(), t.task_works.end(), id) != t.task_works.end())
      o.add(task_owner(static_cast<uint32_t>(i + 1)));
  }
  add_holders(id, o);
  return true;
}

int Owners::file_owner(uint32_t idx) const {
  if (idx == 0 || idx > k_.files.size() || !k_.files[idx - 1].alive) return -1;
  OneOwner o;
  return file_referrers({Kind::File, idx}, false, o) ? o.get() : -1;
}

// An intel_svm is its mm's owner's (which a bound mm has only while no
// other thread can come at it through the binding: mm_owner), unless
// another thread's locals or references in flight point at it.
int Owners::svm_owner(uint32_t idx) const {
  if (idx == 0 || idx > drv_.svms.size()) return -1;
  const IntelSvm& s = drv_.svms[idx - 1];
  if (!s.alive || s.mm.kind != Kind::Mm) return -1;  // a supervisor PASID: no mm, nobody's
  return unless_held({Kind::Svm, idx}, of(s.mm));
}

// An intel_svm_dev is its svm's owner's, on the same terms.
int Owners::sdev_owner(uint32_t idx) const {
  if (idx == 0 || idx > drv_.sdevs.size()) return -1;
  const IntelSvmDev& sd = drv_.sdevs[idx - 1];
  if (!sd.alive || sd.svm.kind != Kind::Svm) return -1;
  return unless_held({Kind::Sdev, idx}, of(sd.svm));
}

int Owners::unless_held(ObjId id, int owner) const {
  OneOwner o;
  o.add(owner);
  add_holders(id, o);
  add_locals(id, o);
  return o.get();
}

int Owners::of(ObjId id) const {
  for (const Known& k : known_)
    if (k.id == id) return k.owner;
  const int owner = owner_of(id);
  known_.push_back({id, owner});
  return owner;
}

int Owners::owner_of(ObjId id) const {
  switch (id.kind) {
    case Kind::Task: return task_owner(id.idx);
    case Kind::Mm: return mm_owner(id.idx);
    case Kind::Vma: return vma_owner(id.idx);
    case Kind::Files: return files_owner(id.idx);
    case Kind::File: return file_owner(id.idx);
    case Kind::Svm: return svm_owner(id.idx);
    case Kind::Sdev: return sdev_owner(id.idx);
    default: return -1;
  }
}

bool Owners::all_owned_by(const KernelFootprint& fp, int tid) const {
  for (const ObjId& id : fp.objs)
    if (of(id) != tid && !born(id)) return false;
  return true;
}

// Past the end of its table here: made by the step whose footprint names
// it (StepSink::objects), so nobody else could have reached it yet.
bool Owners::born(ObjId id) const {
  switch (id.kind) {
    case Kind::Vma: return id.idx > k_.vmas.size();
    case Kind::File: return id.idx > k_.files.size();
    case Kind::Svm: return id.idx > drv_.svms.size();
    case Kind::Sdev: return id.idx > drv_.sdevs.size();
    default: return false;
  }
}

bool Owners::breach(const KernelFootprint& fp, int tid, OwnershipBreach& b) const {
  for (const ObjId& id : fp.objs) {
    const int o = of(id);
    if (o >= 0 && o != tid) {
      const Thread& t = (*m_.threads)[tid];
      b = {true, tid, o, id, t.stack.empty() ? FnId{} : t.stack.back().fn};
      return true;
    }
  }
  return false;
}

Text OwnershipBreach::describe(const Config& cfg) const {
  auto name = [&](int t) { return t >= 0 && t < static_cast<int>(cfg.threads.size()) ? cfg.threads[t].name : std::string("?"); };
  if (frame)
    return Text::literal(used ? N_("%1 in %2() used frame %3 after it was freed")
                              : N_("%1 in %2() freed frame %3 while something still refers to it"))
        .arg(name(thread))
        .arg(std::string(fn_name(fn)))
        .arg(hex(uint64_t(obj.idx) << kPageShift));
  return Text(N_("%1 in %2() reached %3, which belongs to %4"))
      .arg(name(thread))
      .arg(std::string(fn_name(fn)))
      .arg(to_string(obj))
      .arg(name(owner));
}

}  // namespace svm
