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

// What a descriptor did, beyond moving IQH (the explorer's reduction reads
// it, explore/expand.cpp).
enum class QiEffect : uint8_t {
  kNone,     // nothing: an invalidation that found nothing to remove, a fence
  kStatus,   // only the status word of an invalidation wait, which its submitter alone reads
  kChanged,  // an entry removed, a response delivered, an error raised (IQE)
  // Not the IOMMU's: qi_submit_sync() after its wait, marking its own
  // descriptor done and reclaiming the slots done before it. Other
  // submitters take slots at free_head and leave free_head + free_cnt where
  // reclaim starts; reclaim stops at a slot still in use, so it never reads
  // a status the IOMMU has yet to write; and it only frees room (expand.cpp).
  kReclaim,
};

// The machine's devices (a device the descriptor touches is cloned alone),
// or a plain vector of them (the unit tests).
Text execute_descriptor(const Desc& d, IommuState& hw, DeviceTable::Mut devs, const std::vector<DeviceSid>& sids,
                        DriverState& drv, QiEffect* effect = nullptr);
Text execute_descriptor(const Desc& d, IommuState& hw, std::vector<DeviceState>& devs,
                        const std::vector<DeviceSid>& sids, DriverState& drv, QiEffect* effect = nullptr);

}  // namespace svm
