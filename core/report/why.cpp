#include "core/report/why.h"

#include <algorithm>
#include <map>

#include "core/engine/fn_id.h"
#include "core/engine/state_store.h"
#include "core/engine/refs.h"
#include "core/patch/hunks.h"
#include "core/report/wrap.h"

namespace svm {

namespace {

std::string fn_at(const Trace& t, int step) {
  return step >= 1 && step <= static_cast<int>(t.steps.size()) ? std::string(fn_name(t.steps[step - 1].fn)) : "";
}

// What alone would drop a reference of this shape, and what that waits for.
std::string dropper(const Ref& r) {
  const Kind f = r.from.kind, to = r.to.kind;
  if (f == Kind::Vma && to == Kind::File)
    return "only remove_vma() drops it (fput), and remove_vma() runs in exit_mmap() or munmap(); exit_mmap() waits "
           "for the mm's mm_users to reach 0";
  if (f == Kind::Mm && to == Kind::Vma)
    return "only exit_mmap() (or a munmap() nobody makes) frees it, and exit_mmap() runs only when " +
           to_string(r.from) + "'s mm_users reaches 0";
  if (f == Kind::File && to == Kind::Svm)
    return "only the file's release() unbinds it (intel_svm_unbind_mm), and __fput() calls release() only when " +
           to_string(r.from) + "'s f_count reaches 0";
  if (f == Kind::Svm && to == Kind::Mm && r.counted() && r.counter == Ctr::MmUsers)
    return "only intel_svm_unbind_mm() drops it (mmput), and only release() calls unbind";
  if (r.counted())
    return "it is dropped only when " + to_string(r.from) + " lets go of it";
  return "it goes only when " + to_string(r.from) + " is freed";
}

std::string ref_words(const Ref& r) {
  switch (r.kind) {
    case RefKind::Counted:
      return to_string(r.from) + " holds " + to_string(r.to) + "'s " + std::string(counter_name(r.counter)) + " (" +
             r.what + ")";
    case RefKind::Owns: return to_string(r.from) + " owns " + to_string(r.to) + " (" + r.what + ")";
    case RefKind::Pointer: break;
  }
  return to_string(r.from) + " points to " + to_string(r.to) + " (" + r.what + ")";
}

bool same_ref(const Ref& a, const Ref& b) { return a.from == b.from && a.to == b.to && a.what == b.what && a.kind == b.kind; }

// The step that took each reference: the one after which it exists and stays
// until the end; 0 if it was there at boot. One pass forward over the states,
// each replayed once from the one before: a pass back per reference replayed
// from a checkpoint at every state (a 50,000-step check spent 17 s here).
std::vector<int> taken_at(const StateStore& states, const Config& cfg, const std::vector<Ref>& wanted) {
  std::vector<int> at(wanted.size(), 0);
  int i = 0;
  for (const Machine m : states) {
    ++i;
    const auto refs = references(m, cfg);
    for (size_t j = 0; j < wanted.size(); ++j)
      if (std::none_of(refs.begin(), refs.end(), [&](const Ref& x) { return same_ref(x, wanted[j]); })) at[j] = i;
  }
  return at;
}

std::vector<WhyLink> leak_chain(const Violation& v, const Trace& t, const StateStore& states) {
  std::vector<WhyLink> out;
  const Config& cfg = *t.cfg;
  const auto refs = references(states.back(), cfg);
  const size_t n = v.cycle.size();
  std::vector<const Ref*> links(n);
  std::vector<Ref> wanted;
  for (size_t i = 0; i < n; ++i)
    if ((links[i] = strongest_ref(refs, v.cycle[i], v.cycle[(i + 1) % n]))) wanted.push_back(*links[i]);
  const std::vector<int> taken = taken_at(states, cfg, wanted);
  for (size_t i = 0, w = 0; i < n; ++i) {
    const ObjId to = v.cycle[(i + 1) % n];
    const Ref* r = links[i];
    if (!r) continue;
    const int step = taken[w++];
    WhyLink l;
    l.object = to;
    if (step >= 1) {
      l.step = step;
      l.function = fn_at(t, step);
      l.says = ref_words(*r) + " since step " + std::to_string(step) + " (" + l.function + "); " + dropper(*r) + ".";
    } else {
      l.says = ref_words(*r) + " from boot; " + dropper(*r) + ".";
    }
    out.push_back(std::move(l));
  }
  if (!out.empty()) {
    std::string ring;
    for (ObjId o : v.cycle) ring += to_string(o) + " -> ";
    ring += to_string(v.cycle.front());
    out.push_back({-1, "", v.cycle.front(),
                   "So nothing is ever freed: each of " + ring + " waits for the one before it, and no running task "
                   "holds any of them."});
  }
  return out;
}

// The path through which a freed object was still reachable, from the
// access's message and the state just before it.
bool fault_path(const std::string& fn);

struct Path {
  std::string words;
  HunkSet closed_by = 0;
};

Path uaf_path(const Violation& v) {
  const std::string msg = v.message.english();
  const std::string fn = v.function;
  if (msg.find("IOMMU page walk") != std::string::npos)
    return {"the IOMMU walked page tables that exit_mmap() had freed: the PASID entry (or the PASID cache's copy of "
            "it) still pointed at them, because release() did not flush the PASID cache, IOTLB and device TLB",
            hunk_bit(HunkId::Release)};
  if (msg.find("DMA") != std::string::npos)
    return {"the device used a cached translation (IOTLB or device TLB) to a page that had been freed: nothing "
            "flushed it when the mm's pages went",
            hunk_bit(HunkId::Release)};
  if (fault_path(fn))
    return {"the page-request handler read the mm's VMAs under mmap_sem while exit_mmap(), which takes no mmap_sem, "
            "freed them: nothing stopped it from touching a defunct mm",
            hunk_bit(HunkId::Fault)};
  return {"it was still reachable from " + fn + "()", 0};
}

std::vector<WhyLink> uaf_chain(const Violation& v, const Trace& t) {
  std::vector<WhyLink> out;
  if (v.objects.empty() || v.step < 1) return out;
  const ObjId o = v.objects.front();
  int freed = -1;
  for (int i = v.step - 1; i >= 1; --i) {
    const auto& f = t.steps[static_cast<size_t>(i - 1)].freed;
    if (std::find(f.begin(), f.end(), o) != f.end()) {
      freed = i;
      break;
    }
  }
  if (freed >= 1)
    out.push_back({freed, fn_at(t, freed), o, to_string(o) + " is freed at step " + std::to_string(freed) + " (" + fn_at(t, freed) + ")."});
  const Path p = uaf_path(v);
  std::string says = "At step " + std::to_string(v.step) + " (" + fn_at(t, v.step) + ") it is used again: " + p.words + ".";
  const HunkSet have = hunks_of(*t.cfg->variant);
  const Variant& var = *t.cfg->variant;
  // A device's DMA through its device TLB outlives the flush when the flush
  // was built with the era's QI_DEV_EIOTLB_SID/QDEP macros: say so, since
  // e57e58bd is not what lets it through.
  const bool stale_devtlb = p.closed_by == hunk_bit(HunkId::Release) && var.dev_eiotlb_2016_macros &&
                            v.message.english().find("DMA") != std::string::npos;
  const std::string descriptor =
      "the device-TLB invalidation is built with the 2016 QI_DEV_EIOTLB_SID()/QDEP() macros, which put the source "
      "id in the PASID field and the queue depth in the SID field, so the hardware invalidates no entry of this "
      "device. That is not part of e57e58bd: v4.5-devtlb-fixed encodes the descriptor as later kernels do.";
  if (stale_devtlb && (have & p.closed_by))
    says += " " + std::string(var.id) + " has the `release` hunk, and its flush was sent; but " + descriptor;
  else if (stale_devtlb)
    says += " The `release` hunk of e57e58bd, absent from " + std::string(var.id) + ", flushes the caches at release; even then " +
            descriptor;
  else if (p.closed_by && !(have & p.closed_by))
    says += " The `" + hunk_set_name(p.closed_by) + "` hunk of e57e58bd, absent from " + std::string(t.cfg->variant->id) +
            ", closes this path.";
  else if (p.closed_by)
    says += " " + std::string(t.cfg->variant->id) + " has the `" + hunk_set_name(p.closed_by) +
            "` hunk; what it guards was undone elsewhere (" + (preset_extra(*t.cfg->variant).empty() ? std::string("see the trace") : std::string(preset_extra(*t.cfg->variant))) + ").";
  out.push_back({v.step, fn_at(t, v.step), o, says});
  return out;
}

bool fault_path(const std::string& fn) {
  return fn == "prq_event_thread" || fn == "find_extend_vma" || fn == "handle_mm_fault" || fn == "do_anonymous_page" ||
         fn == "do_wp_page";
}

// A leak that no cycle holds (objects or frames nobody frees): where each
// was allocated, and, if the page-request handler did it, the hunk that
// would have stopped it.
std::vector<WhyLink> orphan_chain(const Violation& v, const Trace& t) {
  std::vector<WhyLink> out;
  bool by_fault_handler = false;
  size_t shown = 0;
  for (ObjId o : v.objects) {
    for (int i = static_cast<int>(t.steps.size()); i >= 1; --i) {
      const auto& born = t.steps[static_cast<size_t>(i - 1)].born;
      if (std::find(born.begin(), born.end(), o) == born.end()) continue;
      const std::string fn = fn_at(t, i);
      by_fault_handler = by_fault_handler || fault_path(fn);
      if (shown++ < 4)
        out.push_back({i, fn, o, to_string(o) + " is allocated at step " + std::to_string(i) + " (" + fn + ") and nothing frees it afterwards."});
      break;
    }
  }
  std::string says = "At the end: " + v.message.english() + ".";
  const HunkSet have = hunks_of(*t.cfg->variant);
  if (by_fault_handler && !(have & hunk_bit(HunkId::Fault)))
    says += " The page-request handler faulted pages into an mm whose exit_mmap() had already run; the `fault` hunk of "
            "e57e58bd, absent from " + std::string(t.cfg->variant->id) + ", refuses a defunct mm (atomic_inc_not_zero).";
  out.push_back({-1, "", v.objects.empty() ? ObjId{} : v.objects.front(), says});
  return out;
}

}  // namespace

std::vector<WhyLink> why_chain(const Violation& v, const Trace& t) {
  if (!t.cfg) return {};
  if (v.kind == ViolationKind::Leak && !v.cycle.empty()) {
    if (t.states.size() == t.steps.size() + 1) return leak_chain(v, t, t.states);
    RunOptions o;
    for (const StepRecord& s : t.steps) o.schedule.push_back(s.thread);
    o.max_steps = t.steps.size();
    const Trace full = simulate(t.cfg, o);
    if (full.states.size() != t.steps.size() + 1) return {};
    return leak_chain(v, t, full.states);
  }
  if (v.kind == ViolationKind::Leak) return orphan_chain(v, t);
  if (v.kind == ViolationKind::UseAfterFree) return uaf_chain(v, t);
  if (v.step >= 1)
    return {{v.step, fn_at(t, v.step), v.objects.empty() ? ObjId{} : v.objects.front(),
             "Found at step " + std::to_string(v.step) + " (" + fn_at(t, v.step) + "): " + v.message.english() + "."}};
  return {{-1, "", v.objects.empty() ? ObjId{} : v.objects.front(), "At the end: " + v.message.english() + "."}};
}

std::string why_text(const std::vector<WhyLink>& why, size_t width, size_t indent) {
  std::string out;
  for (const WhyLink& l : why) {
    // Each link's words already name its step and function.
    const std::string line = (l.step >= 1 ? "- " : "= ") + l.says;
    out += width ? wrap_hanging(line, width, indent) : line + "\n";
  }
  return out;
}

}  // namespace svm
