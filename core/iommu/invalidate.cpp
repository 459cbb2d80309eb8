#include "core/iommu/invalidate.h"

#include <algorithm>

namespace svm {

namespace {

template <class V, class P>
int erase_count(V& v, P pred) {
  const auto before = v.size();
  std::erase_if(v, pred);
  return static_cast<int>(before - v.size());
}

int device_of(const std::vector<DeviceSid>& sids, uint16_t sid) {
  for (const auto& s : sids)
    if (s.sid == sid) return s.device;
  return -1;
}

std::string removed(int n, const char* what, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? what : plural) + " removed";
}

}  // namespace

std::string execute_descriptor(const Desc& d, IommuState& hw, std::vector<DeviceState>& devs,
                               const std::vector<DeviceSid>& sids, DriverState& drv) {
  const uint64_t type = qi::type(d);
  const unsigned g = (d.lo >> 4) & 3;
  const DomainId did{static_cast<uint16_t>((d.lo >> 16) & 0xffff)};
  const Pasid pasid{static_cast<uint32_t>((d.lo >> 32) & 0xfffff)};
  switch (type) {
    case qi::CC_TYPE: {
      const uint16_t sid = (d.lo >> 32) & 0xffff;
      const int n = erase_count(hw.context_cache, [&](const ContextCacheEntry& e) {
        return g == qi::CC_GRAN_GLOBAL || (g == qi::CC_GRAN_DOMAIN && e.did == did) ||
               (g == qi::CC_GRAN_DEVICE && e.sid.v == sid);
      });
      return removed(n, "context-cache entry", "context-cache entries");
    }
    case qi::IOTLB_TYPE:
    case qi::DIOTLB_TYPE:
      // These invalidate second-level (requests-without-PASID) translations,
      // which this model does not cache.
      return "no first-level entries affected";
    case qi::IWD_TYPE: {
      if (!(d.lo & qi::IWD_STATUS_WRITE)) return "fence";
      const uint64_t idx = (d.hi - qi::kStatusBase) / 4;
      if (idx < drv.qi_status.size()) drv.qi_status[idx] = QiStatus::Done;
      return "status QI_DONE written to desc_status[" + std::to_string(idx) + "]";
    }
    case qi::EIOTLB_TYPE: {
      const bool gl = d.hi & (1ULL << 7);
      const uint64_t addr = d.hi & ~0xfffULL, am = d.hi & 0x3f;
      const uint64_t span = kPageSize << am;
      const int n = erase_count(hw.iotlb, [&](const IotlbEntry& e) {
        if (e.did != did) return false;
        switch (g) {
          case qi::GRAN_ALL_ALL: return true;
          case qi::GRAN_NONG_ALL: return !e.global;
          case qi::GRAN_NONG_PASID: return e.pasid == pasid && !e.global;
          default:
            return e.pasid == pasid && (!e.global || gl) && e.va < addr + span && addr < e.va + e.size();
        }
      });
      return removed(n, "IOTLB entry", "IOTLB entries");
    }
    case qi::PC_TYPE: {
      const int n = erase_count(hw.pasid_cache,
                                [&](const PasidCacheEntry& e) { return e.did == did && (g == 0 || e.pasid == pasid); });
      return removed(n, "PASID-cache entry", "PASID-cache entries");
    }
    case qi::DEIOTLB_TYPE: {
      const uint16_t sid = (d.lo >> 16) & 0xffff;
      const int dev = device_of(sids, sid);
      if (dev < 0) return "no device with that source id";
      uint64_t addr = d.hi & ~0xfffULL, size = kPageSize;
      if (d.hi & qi::DEV_EIOTLB_SIZE) {
        // The lowest zero bit of the address (above bit 11) gives the size.
        unsigned k = 12;
        while (k < 63 && (addr >> k) & 1) ++k;
        size = k >= 63 ? ~0ULL : (1ULL << (k + 1));
        addr = size == ~0ULL ? 0 : addr & ~(size - 1);
      }
      const int n = erase_count(devs[dev].devtlb, [&](const DevTlbEntry& e) {
        return e.pasid == pasid && (size == ~0ULL || (e.va < addr + size && addr < e.va + e.size()));
      });
      return removed(n, "device-TLB entry", "device-TLB entries");
    }
    case qi::PGRP_RESP_TYPE:
    case qi::PSTRM_RESP_TYPE: {
      const uint16_t rid = type == qi::PGRP_RESP_TYPE ? (d.lo >> 16) & 0xffff : 0;
      const uint16_t prg = type == qi::PGRP_RESP_TYPE ? (d.hi >> 55) & 0x1ff : (d.lo >> 55) & 0x1ff;
      const uint8_t code = d.hi & 0xf;
      const int dev = device_of(sids, rid);
      if (dev < 0) return "response to an unknown requester";
      devs[dev].responses.push_back({prg, code});
      return qi::response_name(code) + " delivered to the device (PRG " + std::to_string(prg) + ")";
    }
  }
  hw.fsts |= 1u << 4;  // IQE: invalid descriptor type
  return "invalid descriptor type: IQE";
}

}  // namespace svm
