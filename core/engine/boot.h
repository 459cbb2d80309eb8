#pragma once
// The machine as the scenario starts: firmware and boot are done. The IOMMU
// is enabled in ECS mode with queued invalidation, every device has a context
// entry (PASIDs not enabled yet), the kernel has init_mm with its direct map,
// and each process that is not born by fork() exists with an empty address
// space, an fd table, and its script.

#include "core/engine/config.h"
#include "core/engine/machine.h"

namespace svm {

Machine boot(const Config& cfg);

// Where the kernel's direct map starts (PAGE_OFFSET on x86-64 in v4.4).
inline constexpr uint64_t kPageOffset = 0xffff880000000000ULL;

}  // namespace svm
