#pragma once
// Every function the model steps through, by name. The definition of each
// (source file, the lines it is made of) sits next to its kin in kernel/,
// driver/, device/ and iommu/; this list only gives them numbers.

#include <cstdint>
#include <string_view>

namespace svm {

#define SVM_FUNCTIONS(X)                                                                                       \
  /* thread bodies */                                                                                          \
  X(user_main) X(device_main) X(irq_thread) X(worker_thread) X(iommu_main)                                     \
  /* syscalls and the VFS */                                                                                   \
  X(do_sys_open) X(do_filp_open) X(fd_install) X(do_vfs_ioctl) X(sys_close) X(__close_fd) X(filp_close)        \
  X(fput) X(____fput) X(__fput) X(delayed_fput) X(task_work_run) X(exit_to_usermode_loop)                      \
  /* mm */                                                                                                     \
  X(sys_mmap_pgoff) X(vm_mmap_pgoff) X(do_mmap) X(mmap_region) X(remap_pfn_range) X(vm_munmap) X(do_munmap) X(unmap_region)      \
  X(remove_vma) X(unmap_vmas) X(free_pgtables) X(tlb_finish_mmu) X(__do_page_fault) X(handle_mm_fault)          \
  X(do_anonymous_page) X(do_wp_page) X(wp_page_copy) X(find_extend_vma) X(get_task_mm) X(mmput) X(mmdrop) X(__mmdrop)           \
  X(exit_mmap) X(mmu_notifier_register) X(mmu_notifier_unregister) X(__mmu_notifier_release)                   \
  X(__mmu_notifier_invalidate_range_start) X(__mmu_notifier_invalidate_range_end) X(__mmu_notifier_invalidate_range) \
  X(__mmu_notifier_change_pte)                                                                                 \
  /* fork and exit */                                                                                          \
  X(_do_fork) X(copy_process) X(dup_fd) X(copy_mm) X(dup_mm) X(dup_mmap) X(copy_page_range) X(wake_up_new_task)            \
  X(do_exit) X(exit_mm) X(exit_files) X(put_files_struct) X(close_files) X(exit_task_work) X(schedule)          \
  X(finish_task_switch)                                                                                        \
  /* drivers/iommu */                                                                                          \
  X(intel_svm_bind_mm) X(intel_svm_unbind_mm) X(intel_iommu_enable_pasid) X(intel_mm_release)                  \
  X(intel_change_pte) X(intel_invalidate_range) X(intel_flush_svm_range) X(intel_flush_svm_range_dev) X(intel_flush_pasid_dev)     \
  X(prq_event_thread) X(qi_submit_sync) X(qi_flush_context)                                                    \
  /* the modeled SVM device driver */                                                                          \
  X(accel_open) X(accel_ioctl) X(accel_mmap) X(accel_release) X(accel_quiesce) X(accel_fault_cb)               \
  /* the museum's 2022 era (core/driver/era2022) */                                                           \
  X(iommu_sva_bind_device) X(intel_svm_bind) X(iommu_sva_alloc_pasid) X(__mmput) X(mm_pasid_drop)              \
  X(intel_pasid_setup_first_level) X(intel_pasid_tear_down_entry) X(pasid_cache_invalidation_with_pasid)      \
  X(devtlb_invalidation_with_pasid) X(qi_flush_piotlb) X(qi_flush_dev_iotlb_pasid) X(__flush_svm_range_dev)    \
  /* the museum's 2020 era (core/driver/era2020) */                                                           \
  X(iotlb_invalidation_with_pasid) X(qi_flush_dev_iotlb)                                                       \
  /* hardware */                                                                                               \
  X(dev_dma)

enum class FnId : uint16_t {
#define SVM_FN_ENUM(name) name,
  SVM_FUNCTIONS(SVM_FN_ENUM)
#undef SVM_FN_ENUM
  Count
};
inline constexpr int kFnCount = static_cast<int>(FnId::Count);

std::string_view fn_name(FnId f);

}  // namespace svm
