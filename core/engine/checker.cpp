#include "core/engine/checker.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/engine/refs.h"
#include "core/engine/step.h"
#include "core/iommu/regs.h"

namespace svm {

namespace {

bool alive(const Machine& m, ObjId id) {
  const KernelState& k = *m.k;
  const DriverState& d = *m.drv;
  switch (id.kind) {
    case Kind::Task: return k.tasks[id.idx - 1].alive;
    case Kind::Mm: return k.mms[id.idx - 1].alive;
    case Kind::Vma: return k.vmas[id.idx - 1].alive;
    case Kind::File: return k.files[id.idx - 1].alive;
    case Kind::Files: return k.fdtables[id.idx - 1].alive;
    case Kind::Svm: return d.svms[id.idx - 1].alive;
    case Kind::Sdev: return d.sdevs[id.idx - 1].alive;
    case Kind::Notifier: return d.svms[id.idx - 1].alive && d.svms[id.idx - 1].notifier_registered;
    default: return false;  // PASID entries, devices and frames are not allocations we track as leaks
  }
}

std::vector<ObjId> all_objects(const Machine& m) {
  std::vector<ObjId> out;
  auto add = [&](Kind k, size_t n) {
    for (uint32_t i = 1; i <= n; ++i)
      if (alive(m, ObjId{k, i})) out.push_back(ObjId{k, i});
  };
  add(Kind::Task, m.k->tasks.size());
  add(Kind::Mm, m.k->mms.size());
  add(Kind::Vma, m.k->vmas.size());
  add(Kind::File, m.k->files.size());
  add(Kind::Files, m.k->fdtables.size());
  add(Kind::Svm, m.drv->svms.size());
  add(Kind::Notifier, m.drv->svms.size());
  add(Kind::Sdev, m.drv->sdevs.size());
  return out;
}

// A cycle among `nodes`, found by depth-first search, preferring one through an mm.
std::vector<ObjId> find_cycle(const std::set<ObjId>& nodes, const std::multimap<ObjId, ObjId>& edges) {
  std::vector<ObjId> starts(nodes.begin(), nodes.end());
  std::stable_partition(starts.begin(), starts.end(), [](ObjId o) { return o.kind == Kind::Mm; });
  for (ObjId start : starts) {
    std::vector<ObjId> path;
    std::set<ObjId> on_path, done;
    std::vector<ObjId> found;
    std::function<bool(ObjId)> dfs = [&](ObjId n) {
      path.push_back(n);
      on_path.insert(n);
      auto [lo, hi] = edges.equal_range(n);
      for (auto it = lo; it != hi; ++it) {
        if (!nodes.count(it->second)) continue;
        if (it->second == start) {
          found = path;
          return true;
        }
        if (!on_path.count(it->second) && !done.count(it->second) && dfs(it->second)) return true;
      }
      on_path.erase(n);
      done.insert(n);
      path.pop_back();
      return false;
    };
    if (dfs(start)) return found;
  }
  return {};
}

// The references along a cycle, in words: "mm#1 owns vma#1; vma#1 holds
// file#1's f_count; ...".
Text cycle_links(const std::vector<ObjId>& cycle, const std::vector<Ref>& refs) {
  std::vector<Text> out;
  for (size_t i = 0; i < cycle.size(); ++i) {
    const ObjId from = cycle[i], to = cycle[(i + 1) % cycle.size()];
    const Ref* best = strongest_ref(refs, from, to);
    if (!best) continue;
    if (!out.empty()) out.push_back(Text::verbatim("; "));
    switch (best->kind) {
      case RefKind::Counted:
        out.push_back(txt(N_("%1 holds %2's %3"), to_string(from), to_string(to), std::string(counter_name(best->counter))));
        break;
      case RefKind::Owns: out.push_back(txt(N_("%1 owns %2"), to_string(from), to_string(to))); break;
      case RefKind::Pointer:
        out.push_back(txt(N_("%1 points to %2 (%3)"), to_string(from), to_string(to), best->what));
        break;
    }
  }
  return Text::concat(std::move(out));
}

}  // namespace

std::vector<Violation> check_leaks(const Machine& m, const Config& cfg) {
  const std::vector<Ref> refs = references(m, cfg);
  std::multimap<ObjId, ObjId> edges;
  for (const Ref& r : refs)
    if (r.from != r.to) edges.emplace(r.from, r.to);  // the mm's own "all users" mm_count is no cycle

  // Roots: tasks of threads still running.
  std::set<ObjId> reached;
  std::vector<ObjId> work;
  for (uint32_t i = 1; i <= m.k->tasks.size(); ++i) {
    const Task& t = m.k->tasks[i - 1];
    if (!t.alive || t.thread < 0) continue;
    if ((*m.threads)[t.thread].state != RunState::Live && !t.kthread) continue;
    work.push_back(ObjId{Kind::Task, i});
  }
  while (!work.empty()) {
    ObjId n = work.back();
    work.pop_back();
    if (!reached.insert(n).second) continue;
    auto [lo, hi] = edges.equal_range(n);
    for (auto it = lo; it != hi; ++it) work.push_back(it->second);
  }

  std::set<ObjId> leaked;
  for (ObjId o : all_objects(m))
    if (!reached.count(o)) leaked.insert(o);

  // Frames: page tables and pages of a leaked mm leak with it; those of an mm
  // already freed were orphaned (allocated into a defunct mm and never freed).
  int leaked_frames = 0, orphan_frames = 0;
  std::vector<ObjId> orphan_ids;
  for (const auto& [pfn, fi] : m.mem->frames()) {
    if (!fi.allocated || fi.owner.kind != Kind::Mm || !fi.owner) continue;
    const Mm& owner = m.k->mms[fi.owner.idx - 1];
    if (!owner.alive) {
      ++orphan_frames;
      orphan_ids.push_back(ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)});
    } else if (leaked.count(fi.owner)) {
      ++leaked_frames;
    }
  }

  std::vector<Violation> out;
  if (!leaked.empty()) {
    Violation v;
    v.kind = ViolationKind::Leak;
    v.objects.assign(leaked.begin(), leaked.end());
    v.cycle = find_cycle(leaked, edges);
    std::string ids;
    for (size_t i = 0; i < v.objects.size(); ++i) ids += (i ? ", " : "") + to_string(v.objects[i]);
    std::vector<Text> msg;
    msg.push_back(txt(N_("objects no running task can reach: %1"), ids));
    if (leaked_frames) msg.push_back(txt(N_(", and %1 page frame(s) of the leaked mm"), leaked_frames));
    if (!v.cycle.empty()) {
      std::string cycle;
      for (ObjId o : v.cycle) cycle += to_string(o) + " -> ";
      cycle += to_string(v.cycle.front());
      msg.push_back(txt(N_(". Each is freed only through the one before it in the cycle %1 (%2)"), cycle,
                        cycle_links(v.cycle, refs)));
    }
    // Say what the hardware still does with it.
    for (ObjId o : v.objects)
      if (o.kind == Kind::Svm) {
        const IntelSvm& s = m.drv->svms[o.idx - 1];
        if (pasid_entry(m, s.pasid.v) & vtd::PASID_P)
          msg.push_back(txt(N_(". PASID %1 is still present in the PASID table: devices can still DMA into this dead "
                               "process's memory"),
                            s.pasid.v));
      }
    v.message = Text::concat(std::move(msg));
    out.push_back(std::move(v));
  }
  if (orphan_frames) {
    Violation v;
    v.kind = ViolationKind::Leak;
    v.objects = orphan_ids;
    v.message = txt(N_("%1 page frame(s) belong to an mm that has been freed: allocated into a defunct mm after "
                       "exit_mmap(), never freed"),
                    orphan_frames);
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<Violation> check_deadlock(const Machine& m, const Config& cfg) {
  if (!runnable(m, cfg).empty()) return {};
  std::vector<Violation> out;
  std::vector<Text> waits;
  std::vector<ObjId> objs;
  for (int i = 0; i < static_cast<int>(cfg.threads.size()); ++i) {
    if (cfg.threads[i].daemon) continue;
    const Wait w = waiting(m, cfg, i);
    if (w.kind == Wait::Kind::Finished || w.kind == Wait::Kind::Unborn) continue;
    if (!waits.empty()) waits.push_back(Text::verbatim("; "));
    // w.what is a translatable template of its own (a static N_ literal).
    Text what = txt(N_("%1 waits for %2"), cfg.threads[i].name, Text::literal(w.what));
    if (w.obj) {
      what = txt(N_("%1 waits for %2 of %3"), cfg.threads[i].name, Text::literal(w.what), to_string(w.obj));
      objs.push_back(w.obj);
    }
    waits.push_back(std::move(what));
    if (w.thread >= 0) waits.push_back(Text::verbatim(" (" + cfg.threads[w.thread].name + ")"));
  }
  if (waits.empty()) return {};
  Violation v;
  v.kind = ViolationKind::Deadlock;
  v.objects = objs;
  v.message = txt(N_("no thread can run: %1"), Text::concat(std::move(waits)));
  out.push_back(std::move(v));
  return out;
}

std::vector<Violation> check_end(const Machine& m, const Config& cfg) {
  std::vector<Violation> out = check_deadlock(m, cfg);
  for (auto& v : check_leaks(m, cfg)) out.push_back(std::move(v));
  return out;
}

}  // namespace svm
