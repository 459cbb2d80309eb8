#pragma once
// What the IOMMU does with one invalidation-queue descriptor: which cache
// entries go, which device TLB entries go, which status word is written,
// which page response reaches which device. Returns a sentence for the trace.

#include <string>
#include <vector>

#include "core/base/text.h"
#include "core/device/device_state.h"
#include "core/driver/svm_state.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/iommu_state.h"

namespace svm {

struct DeviceSid {
  uint16_t sid;
  int device;  // index into the device vector
};

// The machine's devices (a device the descriptor touches is cloned alone),
// or a plain vector of them (the unit tests). `changed`, if given, says
// whether the descriptor changed anything: a cache or device-TLB entry
// removed, a status written, a response delivered, an error raised (an
// invalidation that finds nothing to remove changes nothing).
Text execute_descriptor(const Desc& d, IommuState& hw, DeviceTable::Mut devs, const std::vector<DeviceSid>& sids,
                        DriverState& drv, bool* changed = nullptr);
Text execute_descriptor(const Desc& d, IommuState& hw, std::vector<DeviceState>& devs,
                        const std::vector<DeviceSid>& sids, DriverState& drv, bool* changed = nullptr);

}  // namespace svm
