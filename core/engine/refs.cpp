#include "core/engine/refs.h"

#include <algorithm>

#include "core/engine/function.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"

namespace svm {

namespace {
ObjId id(Kind k, uint32_t i) { return ObjId{k, i}; }
}  // namespace

uint64_t pasid_entry(const Machine& m, uint32_t pasid) {
  if (m.hw->mode == IommuMode::Ecs)
    return m.mem->read(PhysAddr{(m.hw->pasid_table.v << kPageShift) + uint64_t(pasid) * 8});
  // Scalable mode: P, FLPTR and SRE of the 512-bit entry, put where ECS keeps them.
  const sm::EntryView e = sm::read_entry(*m.hw, *m.mem, pasid);
  return (e.present ? vtd::PASID_P : 0) | e.flptr | (e.sre ? vtd::PASID_SRE : 0);
}

std::string Ref::label() const {
  if (!counted()) return what;
  std::string s = what + " (" + std::string(counter_name(counter)) + ")";
  if (refs > 1) s += " x" + std::to_string(refs);
  return s;
}

const Ref* strongest_ref(const std::vector<Ref>& refs, ObjId from, ObjId to) {
  const Ref* best = nullptr;
  for (const Ref& r : refs)
    if (r.from == from && r.to == to && (!best || r.kind < best->kind)) best = &r;
  return best;
}

std::string_view ref_kind_name(RefKind k) {
  switch (k) {
    case RefKind::Counted: return "counted";
    case RefKind::Owns: return "owns";
    case RefKind::Pointer: return "pointer";
  }
  return "?";
}

namespace {

Ref counted(ObjId from, ObjId to, std::string what, Ctr c, int refs = 1) {
  return Ref{from, to, std::move(what), RefKind::Counted, c, refs};
}
Ref owns(ObjId from, ObjId to, std::string what) { return Ref{from, to, std::move(what), RefKind::Owns}; }
Ref pointer(ObjId from, ObjId to, std::string what) { return Ref{from, to, std::move(what), RefKind::Pointer}; }

// The files whose driver context is bound to (device, PASID): each holds one
// of the intel_svm_dev's users until its release() (or ioctl) unbinds.
void sdev_users(const KernelState& k, const DriverState& d, std::vector<Ref>& r) {
  for (uint32_t i = 1; i <= d.sdevs.size(); ++i) {
    const IntelSvmDev& sd = d.sdevs[i - 1];
    if (!sd.alive || !sd.svm) continue;
    const uint32_t pasid = d.svms[sd.svm.idx - 1].pasid.v;
    for (uint32_t f = 1; f <= k.files.size(); ++f) {
      const File& file = k.files[f - 1];
      if (file.alive && file.has_ctx && !file.ctx.unbinding && file.ctx.pasid == int32_t(pasid) &&
          file.ctx.device == sd.device)
        r.push_back(counted(id(Kind::File, f), id(Kind::Sdev, i), "bound: release() unbinds", Ctr::SdevUsers));
    }
  }
}

}  // namespace

std::vector<Ref> references(const Machine& m, const Config& cfg) {
  std::vector<Ref> r;
  const KernelState& k = *m.k;
  const DriverState& d = *m.drv;
  for (uint32_t i = 1; i <= k.tasks.size(); ++i) {
    const Task& t = k.tasks[i - 1];
    if (!t.alive) continue;
    const ObjId tk = id(Kind::Task, i);
    if (t.mm) r.push_back(counted(tk, t.mm, "mm", Ctr::MmUsers));
    if (t.active_mm && t.active_mm != t.mm) r.push_back(counted(tk, t.active_mm, "active_mm, lazy", Ctr::MmCount));
    if (t.files) r.push_back(counted(tk, t.files, "files", Ctr::FilesCount));
    for (ObjId f : t.task_works) r.push_back(pointer(tk, f, "task_work: ____fput"));
    if (t.kthread && t.thread == cfg.kworker_thread())
      for (ObjId f : k.delayed_fput_list) r.push_back(pointer(tk, f, "delayed_fput"));
    // References in flight in the locals of the thread that runs this task.
    if (t.thread < 0) continue;
    const Thread& th = (*m.threads)[t.thread];
    for (const HeldRef& h : th.held) {
      const size_t depth = std::min<size_t>(h.depth, th.stack.empty() ? 0 : th.stack.size() - 1);
      const std::string fn = th.stack.empty() ? "?" : std::string(fn_name(th.stack[depth].fn));
      r.push_back(counted(tk, h.obj, "in flight in " + fn + "()", h.ctr));
    }
  }
  for (uint32_t i = 1; i <= k.fdtables.size(); ++i) {
    const Files& f = k.fdtables[i - 1];
    if (!f.alive) continue;
    for (const auto& [fd, file] : f.fdt) r.push_back(counted(id(Kind::Files, i), file, "fd " + std::to_string(fd), Ctr::FCount));
  }
  for (uint32_t i = 1; i <= k.mms.size(); ++i) {
    const Mm& mm = k.mms[i - 1];
    if (!mm.alive) continue;
    const ObjId me = id(Kind::Mm, i);
    // mm_count is one more than its other holders while any mm_users exist:
    // all users together hold one, dropped by the mmdrop() at the end of the
    // last mmput() (in flight from mm_users reaching 0 until then).
    if (mm.users > 0) r.push_back(counted(me, me, "all mm_users together", Ctr::MmCount));
    for (int32_t n = 0; n < mm.lost_users; ++n) r.push_back(counted(me, me, "leaked: taken, never put, no holder", Ctr::MmUsers));
    for (ObjId v : mm.mmap) r.push_back(owns(me, v, "mmap"));
    for (ObjId s : mm.notifiers) r.push_back(pointer(me, id(Kind::Notifier, s.idx), "mmu_notifier list"));
  }
  for (uint32_t i = 1; i <= k.vmas.size(); ++i) {
    const Vma& v = k.vmas[i - 1];
    if (!v.alive) continue;
    if (v.file && v.file_ref) r.push_back(counted(id(Kind::Vma, i), v.file, "vm_file", Ctr::FCount));
    else if (v.file) r.push_back(pointer(id(Kind::Vma, i), v.file, "vm_file, not counted"));
  }
  for (uint32_t i = 1; i <= k.files.size(); ++i) {
    const File& f = k.files[i - 1];
    if (!f.alive || !f.has_ctx || f.ctx.pasid < 0) continue;
    if (ObjId s = d.idr_find(static_cast<uint32_t>(f.ctx.pasid)))
      r.push_back(pointer(id(Kind::File, i), s, "private_data: PASID " + std::to_string(f.ctx.pasid) + ", release() unbinds"));
  }
  sdev_users(k, d, r);
  for (uint32_t i = 1; i <= d.svms.size(); ++i) {
    const IntelSvm& s = d.svms[i - 1];
    if (!s.alive) continue;
    const ObjId sv = id(Kind::Svm, i);
    if (s.holds_mm_users && s.mm) r.push_back(counted(sv, s.mm, "svm->mm, from get_task_mm", Ctr::MmUsers));
    if (s.mm) {
      r.push_back(owns(sv, id(Kind::Notifier, i), "notifier (embedded)"));
      if (s.notifier_registered) r.push_back(counted(id(Kind::Notifier, i), s.mm, "registered", Ctr::MmCount));
    }
    for (ObjId sd : s.devs) r.push_back(pointer(sv, sd, "devs"));
    if (d.idr_find(s.pasid.v) == sv) r.push_back(owns(sv, id(Kind::Pasid, s.pasid.v + 1), "pasid (IDR)"));
  }
  for (uint32_t i = 1; i <= d.sdevs.size(); ++i) {
    const IntelSvmDev& sd = d.sdevs[i - 1];
    if (sd.alive) r.push_back(pointer(id(Kind::Sdev, i), sd.device, "dev"));
  }
  // Hardware: PASID-table entries point at page tables; devices hold a PASID.
  const uint32_t n = 2u << vtd::ecap_pss(m.hw->ecap);
  for (uint32_t p = 0; p < n; ++p) {
    const uint64_t e = pasid_entry(m, p);
    if (!(e & vtd::PASID_P)) continue;
    const uint64_t pgd = (e & vtd::kAddrMask) >> kPageShift;
    for (uint32_t i = 1; i <= k.mms.size(); ++i)
      if (k.mms[i - 1].pgd.v == pgd) r.push_back(pointer(id(Kind::Pasid, p + 1), id(Kind::Mm, i), "FLPTPTR = pgd"));
  }
  for (uint32_t i = 1; i <= m.devs->size(); ++i) {
    const DeviceState& ds = (*m.devs)[i - 1];
    if (ds.pasid_valid) r.push_back(pointer(id(Kind::Device, i), id(Kind::Pasid, ds.pasid + 1), "PASID register"));
  }
  return r;
}

std::vector<ObjInfo> objects(const Machine& m, const Config& cfg) {
  std::vector<ObjInfo> out;
  auto add = [&out](ObjId o, bool alive, Text title, Text detail) {
    out.push_back({o, alive, std::move(title), std::move(detail)});
  };
  auto v = [](std::string s) { return Text::verbatim(std::move(s)); };
  const KernelState& k = *m.k;
  const DriverState& d = *m.drv;
  for (uint32_t i = 1; i <= k.tasks.size(); ++i) {
    const Task& t = k.tasks[i - 1];
    std::string name = t.thread >= 0 ? cfg.threads[t.thread].name : "?";
    add(id(Kind::Task, i), t.alive, v("task " + name),
        t.kthread ? txt(N_("pid %1 (kthread)"), t.pid) : v("pid " + std::to_string(t.pid)));
  }
  for (uint32_t i = 1; i <= k.mms.size(); ++i) {
    const Mm& mm = k.mms[i - 1];
    add(id(Kind::Mm, i), mm.alive, v("mm_struct"),
        v("mm_users " + std::to_string(mm.users) + "  mm_count " + std::to_string(mm.count)));
  }
  for (uint32_t i = 1; i <= k.vmas.size(); ++i) {
    const Vma& vma = k.vmas[i - 1];
    add(id(Kind::Vma, i), vma.alive, v("VMA " + hex(vma.start) + "-" + hex(vma.end)), v(vm::flags_to_string(vma.flags)));
  }
  for (uint32_t i = 1; i <= k.files.size(); ++i) {
    const File& f = k.files[i - 1];
    std::string dev = f.device ? cfg.scenario->devices[f.device.idx - 1].name : "?";
    add(id(Kind::File, i), f.alive, v("struct file /dev/" + dev), v("f_count " + std::to_string(f.count)));
  }
  for (uint32_t i = 1; i <= k.fdtables.size(); ++i)
    add(id(Kind::Files, i), k.fdtables[i - 1].alive, v("files_struct"),
        txt(N_("%1 open fd(s)"), k.fdtables[i - 1].fdt.size()));
  for (uint32_t i = 1; i <= d.svms.size(); ++i) {
    const IntelSvm& s = d.svms[i - 1];
    const bool in_idr = d.idr_find(s.pasid.v) == id(Kind::Svm, i);
    const bool being_set_up = s.alive && !in_idr && !s.notifier_used;
    add(id(Kind::Svm, i), s.alive,
        being_set_up ? Text(N_("intel_svm (no PASID yet)")) : v("intel_svm (PASID " + std::to_string(s.pasid.v) + ")"),
        being_set_up ? Text(N_("being set up")) : s.mm ? v("mm " + to_string(s.mm)) : Text(N_("supervisor: no mm")));
    // The embedded notifier exists for the graph once it was registered.
    if (s.notifier_used)
      add(id(Kind::Notifier, i), s.alive && s.notifier_registered, v("mmu_notifier"),
          !s.notifier_registered ? Text(N_("unregistered"))
          : s.notifier_hashed    ? Text(N_("hooked on the mm"))
                                 : Text(N_("unhooked")));
  }
  for (uint32_t i = 1; i <= d.sdevs.size(); ++i) {
    const IntelSvmDev& sd = d.sdevs[i - 1];
    add(id(Kind::Sdev, i), sd.alive, v("intel_svm_dev"), v("users " + std::to_string(sd.users)));
  }
  // PASID entries: every PASID ever allocated (a cleared one stays as a tombstone).
  for (uint32_t p : d.pasids_seen) {
    const uint64_t e = pasid_entry(m, p);
    const bool present = e & vtd::PASID_P;
    const ObjId owner = d.idr_find(p);
    const bool written = owner && d.svms[owner.idx - 1].entry_written;
    add(id(Kind::Pasid, p + 1), present || owner, v("PASID entry " + std::to_string(p)),
        present   ? v("P FLPTPTR " + hex(e & vtd::kAddrMask) + ((e & vtd::PASID_SRE) ? " SRE" : ""))
        : written ? Text(N_("cleared, the PASID still bound"))
        : owner   ? Text(N_("allocated, entry not written yet"))
                  : Text(N_("cleared (not present)")));
  }
  for (uint32_t i = 1; i <= cfg.scenario->devices.size(); ++i) {
    const DeviceSpec& ds = cfg.scenario->devices[i - 1];
    add(id(Kind::Device, i), true, v("device " + ds.name), v(sid_name(SourceId{ds.sid})));
  }
  return out;
}

std::vector<Counter> counters(const Machine& m) {
  std::vector<Counter> out;
  counters(m, out);
  return out;
}

void counters(const Machine& m, std::vector<Counter>& out) {
  out.clear();
  const KernelState& k = *m.k;
  for (uint32_t i = 1; i <= k.mms.size(); ++i) {
    const Mm& mm = k.mms[i - 1];
    if (!mm.alive) continue;
    out.push_back({id(Kind::Mm, i), "mm_users", mm.users});
    out.push_back({id(Kind::Mm, i), "mm_count", mm.count});
  }
  for (uint32_t i = 1; i <= k.files.size(); ++i)
    if (k.files[i - 1].alive) out.push_back({id(Kind::File, i), "f_count", k.files[i - 1].count});
  for (uint32_t i = 1; i <= k.fdtables.size(); ++i)
    if (k.fdtables[i - 1].alive) out.push_back({id(Kind::Files, i), "count", k.fdtables[i - 1].count});
  for (uint32_t i = 1; i <= m.drv->sdevs.size(); ++i)
    if (m.drv->sdevs[i - 1].alive) out.push_back({id(Kind::Sdev, i), "users", m.drv->sdevs[i - 1].users});
}

}  // namespace svm
