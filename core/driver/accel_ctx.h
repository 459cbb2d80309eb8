#pragma once
// What the modeled device driver (driver/accel.cpp) does to a bound file's
// context, shared with the 2022 era's ioctl (driver/era2022), which binds
// through the later API but programs the device the same way.

#include "core/engine/ctx.h"

namespace svm {

// The file's context holds one user of the intel_svm_dev it bound (the
// reference graph draws it). Unbinding passes that user to
// intel_svm_unbind_mm(), which drops it at sdev->users--.
void hand_over_binding(Ctx& c, FileRef file);

// After the bind returned: on success, writel(ctx->pasid, ACCEL_PASID) and
// ACCEL_START; the ioctl returns the bind's result.
Outcome program_device(Ctx& c, FileRef file);

}  // namespace svm
