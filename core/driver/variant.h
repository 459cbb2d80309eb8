#pragma once
// Variants of the intel-svm driver, as data. One driver model reads these
// flags at the lines where the versions differ; no variant is a copy of the
// driver. The v4.4 -> v4.5 difference is exactly the four hunks of e57e58bd
// (David Woodhouse, "iommu/vt-d: Fix mm refcounting to hold mm_count not
// mm_users", intel-svm.c blob 5046483 -> 97a8189).
//
// find_variant() is the one place an id is read (command line, scenario
// files, GUI): a preset, or a preset plus hunks of that commit,
// "v4.4+bind+fault" (core/patch/hunks.h, where parse_variant() also says
// why an id is refused). A composite lives as long as the program.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace svm {

// Which kernel's code a variant runs on. The v4.4/v4.5 variants run on the
// 2016 model; the museum's later exhibits run on a model of their own era's
// functions (core/driver/era2020, core/driver/era2022), which replaces the
// 2016 function of the same name in that era's table (engine/function.h).
enum class Era : uint8_t { Y2016, Y2020, Y2022 };

struct Variant {
  std::string_view id;
  std::string_view summary;  // a translatable template (N_): the GUI shows it translated
  // intel_svm_bind_mm(): v4.4 sets `mm = NULL;` after writing the PASID entry,
  // so the get_task_mm() reference is never dropped: the binding holds mm_users.
  bool bind_keeps_mm_users = false;
  // intel_svm_unbind_mm(): v4.4 calls mmu_notifier_unregister(&svm->notifier,
  // svm->mm) unconditionally before idr_remove() and then mmput(svm->mm);
  // v4.5 calls idr_remove() and then, only if svm->mm, the unregister.
  bool unbind_unregister_first = false;
  // intel_mm_release(): clear the PASID-table entry ...
  bool release_clears_entry = true;
  // ... and flush PASID cache, IOTLB and device TLB for every bound device
  // (v4.5). v4.4 only WARNs if any device is still bound.
  bool release_flushes = true;
  // prq_event_thread(): atomic_inc_not_zero(&svm->mm->mm_users) before
  // touching the mm, and mmput() after (v4.5).
  bool fault_guard = true;
  // intel_flush_svm_range_dev(): the extended device-TLB invalidation is
  // built with the QI_DEV_EIOTLB_SID/QDEP macros of include/linux/intel-iommu.h
  // as v4.4 to v4.9 have them (SID << 32, QDEP << 16: the source id is ORed
  // into the PASID field, the queue depth lands in the SID field). Not a hunk
  // of e57e58bd: a fact of the era, true for every 2016 variant; a variant of
  // a later kernel (v4.10 on) leaves it false.
  bool dev_eiotlb_2016_macros = false;
  // The code base the variant's functions come from (see Era).
  Era era = Era::Y2016;
};

std::span<const Variant> all_variants();
const Variant* find_variant(std::string_view id);
const Variant& default_variant();  // v4.5

}  // namespace svm
