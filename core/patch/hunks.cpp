#include "core/patch/hunks.h"

#include <array>

#include "core/base/text.h"

namespace svm {

namespace {

// The commit's diff, hunk by hunk (see hunks.h for how it was checked).
constexpr const char* kBindDiff =
      "@@ -379,7 +397,6 @@ int intel_svm_bind_mm(struct device *dev, int *pasid, int flags, struct svm_dev_\n"
      " \t\t\t\tgoto out;\n"
      " \t\t\t}\n"
      " \t\t\tiommu->pasid_table[svm->pasid].val = (u64)__pa(mm->pgd) | 1;\n"
      "-\t\t\tmm = NULL;\n"
      " \t\t} else\n"
      " \t\t\tiommu->pasid_table[svm->pasid].val = (u64)__pa(init_mm.pgd) | 1 | (1ULL << 11);\n"
      " \t\twmb();\n";

constexpr const char* kUnbindDiff =
      "@@ -442,11 +459,11 @@ int intel_svm_unbind_mm(struct device *dev, int pasid)\n"
      " \t\t\t\tkfree_rcu(sdev, rcu);\n"
      " \n"
      " \t\t\t\tif (list_empty(&svm->devs)) {\n"
      "-\t\t\t\t\tmmu_notifier_unregister(&svm->notifier, svm->mm);\n"
      " \n"
      " \t\t\t\t\tidr_remove(&svm->iommu->pasid_idr, svm->pasid);\n"
      " \t\t\t\t\tif (svm->mm)\n"
      "-\t\t\t\t\t\tmmput(svm->mm);\n"
      "+\t\t\t\t\t\tmmu_notifier_unregister(&svm->notifier, svm->mm);\n"
      "+\n"
      " \t\t\t\t\t/* We mandate that no page faults may be outstanding\n"
      " \t\t\t\t\t * for the PASID when intel_svm_unbind_mm() is called.\n"
      " \t\t\t\t\t * If that is not obeyed, subtle errors will happen.\n";

constexpr const char* kReleaseDiff =
      "@@ -249,12 +249,30 @@ static void intel_flush_pasid_dev(struct intel_svm *svm, struct intel_svm_dev *s\n"
      " static void intel_mm_release(struct mmu_notifier *mn, struct mm_struct *mm)\n"
      " {\n"
      " \tstruct intel_svm *svm = container_of(mn, struct intel_svm, notifier);\n"
      "+\tstruct intel_svm_dev *sdev;\n"
      " \n"
      "+\t/* This might end up being called from exit_mmap(), *before* the page\n"
      "+\t * tables are cleared. And __mmu_notifier_release() will delete us from\n"
      "+\t * the list of notifiers so that our invalidate_range() callback doesn't\n"
      "+\t * get called when the page tables are cleared. So we need to protect\n"
      "+\t * against hardware accessing those page tables.\n"
      "+\t *\n"
      "+\t * We do it by clearing the entry in the PASID table and then flushing\n"
      "+\t * the IOTLB and the PASID table caches. This might upset hardware;\n"
      "+\t * perhaps we'll want to point the PASID to a dummy PGD (like the zero\n"
      "+\t * page) so that we end up taking a fault that the hardware really\n"
      "+\t * *has* to handle gracefully without affecting other processes.\n"
      "+\t */\n"
      " \tsvm->iommu->pasid_table[svm->pasid].val = 0;\n"
      "+\twmb();\n"
      "+\n"
      "+\trcu_read_lock();\n"
      "+\tlist_for_each_entry_rcu(sdev, &svm->devs, list) {\n"
      "+\t\tintel_flush_pasid_dev(svm, sdev, svm->pasid);\n"
      "+\t\tintel_flush_svm_range_dev(svm, sdev, 0, -1, 0, !svm->mm);\n"
      "+\t}\n"
      "+\trcu_read_unlock();\n"
      " \n"
      "-\t/* There's no need to do any flush because we can't get here if there\n"
      "-\t * are any devices left anyway. */\n"
      "-\tWARN_ON(!list_empty(&svm->devs));\n"
      " }\n"
      " \n"
      " static const struct mmu_notifier_ops intel_mmuops = {\n";

constexpr const char* kFaultDiff =
      "@@ -551,6 +568,9 @@ static irqreturn_t prq_event_thread(int irq, void *d)\n"
      " \t\t * any faults on kernel addresses. */\n"
      " \t\tif (!svm->mm)\n"
      " \t\t\tgoto bad_req;\n"
      "+\t\t/* If the mm is already defunct, don't handle faults. */\n"
      "+\t\tif (!atomic_inc_not_zero(&svm->mm->mm_users))\n"
      "+\t\t\tgoto bad_req;\n"
      " \t\tdown_read(&svm->mm->mmap_sem);\n"
      " \t\tvma = find_extend_vma(svm->mm, address);\n"
      " \t\tif (!vma || address < vma->vm_start)\n"
      "@@ -567,6 +587,7 @@ static irqreturn_t prq_event_thread(int irq, void *d)\n"
      " \t\tresult = QI_RESP_SUCCESS;\n"
      " \tinvalid:\n"
      " \t\tup_read(&svm->mm->mmap_sem);\n"
      "+\t\tmmput(svm->mm);\n"
      " \tbad_req:\n"
      " \t\t/* Accounting for major/minor faults? */\n"
      " \t\trcu_read_lock();\n";

constexpr std::array<Hunk, kHunkCount> kHunks = {{
    {HunkId::Bind, "bind", "intel_svm_bind_mm",
     N_("bind drops the get_task_mm() reference: `mm = NULL;` is deleted, so mmput(mm) at out: runs and the "
        "binding holds only the notifier's mm_count"),
     379, 397, kBindDiff, [](const Variant& v) { return !v.bind_keeps_mm_users; },
     [](Variant& v) { v.bind_keeps_mm_users = false; }},
    {HunkId::Unbind, "unbind", "intel_svm_unbind_mm",
     N_("unbind no longer mmput()s: idr_remove(), then mmu_notifier_unregister() only if svm->mm"), 442, 459,
     kUnbindDiff, [](const Variant& v) { return !v.unbind_unregister_first; },
     [](Variant& v) { v.unbind_unregister_first = false; }},
    {HunkId::Release, "release", "intel_mm_release",
     N_("release() flushes the PASID cache, IOTLB and device TLB of every bound device after clearing the PASID "
        "entry (and no longer WARNs)"),
     249, 249, kReleaseDiff, [](const Variant& v) { return v.release_flushes; },
     [](Variant& v) { v.release_flushes = true; }},
    {HunkId::Fault, "fault", "prq_event_thread",
     N_("the page-request handler takes mm_users with atomic_inc_not_zero() (failing the request on a defunct mm) "
        "and mmput()s after up_read()"),
     551, 568, kFaultDiff, [](const Variant& v) { return v.fault_guard; }, [](Variant& v) { v.fault_guard = true; }},
}};

}  // namespace

std::span<const Hunk> all_hunks() { return kHunks; }

const Hunk& hunk(HunkId h) { return kHunks[static_cast<size_t>(h)]; }

const Hunk* find_hunk(std::string_view name) {
  for (const Hunk& h : kHunks)
    if (h.name == name) return &h;
  return nullptr;
}

HunkSet hunks_of(const Variant& v) {
  HunkSet s = 0;
  for (const Hunk& h : kHunks)
    if (h.present(v)) s |= hunk_bit(h.id);
  return s;
}

std::string hunk_set_name(HunkSet s) {
  std::string out;
  for (const Hunk& h : kHunks)
    if (s & hunk_bit(h.id)) out += (out.empty() ? "" : "+") + std::string(h.name);
  return out.empty() ? "none" : out;
}

std::string hunk_variant_id(std::string_view base, HunkSet s) {
  std::string out(base);
  for (const Hunk& h : kHunks)
    if (s & hunk_bit(h.id)) out += "+" + std::string(h.name);
  return out;
}

std::string variant_composition(const Variant& v) {
  const Variant* base = find_variant("v4.4");
  if (!base || v.id == base->id) return {};
  std::string out = hunk_variant_id(base->id, hunks_of(v) & ~hunks_of(*base));
  if (!preset_extra(v).empty()) out += ", and " + std::string(preset_extra(v));
  return out;
}

}  // namespace svm
