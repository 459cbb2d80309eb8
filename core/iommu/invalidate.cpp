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

// one: "%1 IOTLB entry removed", many: "%1 IOTLB entries removed"
Text removed(int n, const char* one, const char* many) { return txt(Text::literal(n == 1 ? one : many), n); }

// `Devs` indexes to a writable DeviceState: DeviceTable::Mut or a vector.
template <class Devs>
Text execute(const Desc& d, IommuState& hw, Devs& devs, const std::vector<DeviceSid>& sids, DriverState& drv,
             QiEffect& effect) {
  effect = QiEffect::kNone;
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
      if (n > 0) effect = QiEffect::kChanged;
      return removed(n, N_("%1 context-cache entry removed"), N_("%1 context-cache entries removed"));
    }
    case qi::IOTLB_TYPE:
      // It invalidates second-level (requests-without-PASID) translations,
      // which this model does not cache.
      return N_("no first-level entries affected");
    case qi::DIOTLB_TYPE: {
      // The ATS invalidation the IOMMU sends for it carries no PASID, so the
      // device drops the matching entries of every PASID (the v5.6 tear-down
      // flushes an SVA PASID this way: drivers/iommu/intel-pasid.c).
      const uint16_t sid = qi::dev_iotlb_sid(d);
      const int dev = device_of(sids, sid);
      if (dev < 0)
        return txt(N_("no device has requester id %1: no device TLB is invalidated"), sid_name(SourceId{sid}));
      uint64_t addr = d.hi & ~0xfffULL, size = kPageSize;
      if (d.hi & qi::DEV_IOTLB_SIZE) {
        unsigned k = 12;
        while (k < 63 && (addr >> k) & 1) ++k;
        size = k >= 63 ? ~0ULL : (1ULL << (k + 1));
        addr = size == ~0ULL ? 0 : addr & ~(size - 1);
      }
      const int n = erase_count(devs[dev].devtlb, [&](const DevTlbEntry& e) {
        return size == ~0ULL || (e.va < addr + size && addr < e.va + e.size());
      });
      if (n > 0) effect = QiEffect::kChanged;
      return removed(n, N_("%1 device-TLB entry removed"), N_("%1 device-TLB entries removed"));
    }
    case qi::IWD_TYPE: {
      if (!(d.lo & qi::IWD_STATUS_WRITE)) return N_("fence");
      const uint64_t idx = (d.hi - qi::kStatusBase) / 4;
      if (idx < drv.qi_status.size()) drv.qi_status[idx] = QiStatus::Done;
      effect = QiEffect::kStatus;
      return txt(N_("status QI_DONE written to desc_status[%1]"), idx);
    }
    case qi::EIOTLB_TYPE: {
      const bool gl = d.hi & (1ULL << 7);
      // Page-selective: the naturally aligned block of 2^AM pages that holds
      // ADDR; the address's bits below the mask are ignored, as QEMU's
      // vtd_hash_remove_by_page() does (gfn = (addr >> 12) & ~((1 << am) - 1)).
      const uint64_t am = d.hi & 0x3f;
      const uint64_t span = am >= 52 ? ~0ULL : kPageSize << am;
      const uint64_t addr = d.hi & ~0xfffULL & (am >= 52 ? 0 : ~(span - 1));
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
      if (n > 0) effect = QiEffect::kChanged;
      return removed(n, N_("%1 IOTLB entry removed"), N_("%1 IOTLB entries removed"));
    }
    case qi::PC_TYPE: {
      const int n = erase_count(hw.pasid_cache,
                                [&](const PasidCacheEntry& e) { return e.did == did && (g == 0 || e.pasid == pasid); });
      if (n > 0) effect = QiEffect::kChanged;
      return removed(n, N_("%1 PASID-cache entry removed"), N_("%1 PASID-cache entries removed"));
    }
    case qi::DEIOTLB_TYPE: {
      // The hardware sends the invalidation to the requester id in SID
      // (31:16) for the PASID in 51:32, whatever the driver meant to put
      // there (v4.4's macros put the source id in the PASID field).
      const uint16_t sid = qi::dev_eiotlb_sid(d);
      const int dev = device_of(sids, sid);
      if (dev < 0)
        return txt(N_("no device has requester id %1: no device TLB is invalidated"), sid_name(SourceId{sid}));
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
      if (n > 0) effect = QiEffect::kChanged;
      return removed(n, N_("%1 device-TLB entry removed"), N_("%1 device-TLB entries removed"));
    }
    case qi::PGRP_RESP_TYPE:
    case qi::PSTRM_RESP_TYPE: {
      const uint16_t rid = type == qi::PGRP_RESP_TYPE ? (d.lo >> 16) & 0xffff : 0;
      const uint16_t prg = type == qi::PGRP_RESP_TYPE ? (d.hi >> 55) & 0x1ff : (d.lo >> 55) & 0x1ff;
      const uint8_t code = d.hi & 0xf;
      const int dev = device_of(sids, rid);
      if (dev < 0) return N_("response to an unknown requester");
      devs[dev].responses.push_back({prg, code});
      effect = QiEffect::kChanged;
      return txt(N_("%1 delivered to the device (PRG %2)"), qi::response_name(code), prg);
    }
  }
  hw.fsts |= 1u << 4;  // IQE: invalid descriptor type
  effect = QiEffect::kChanged;
  return N_("invalid descriptor type: IQE");
}

}  // namespace

Text execute_descriptor(const Desc& d, IommuState& hw, DeviceTable::Mut devs, const std::vector<DeviceSid>& sids,
                        DriverState& drv, QiEffect* effect) {
  QiEffect ignored;
  return execute(d, hw, devs, sids, drv, effect ? *effect : ignored);
}
Text execute_descriptor(const Desc& d, IommuState& hw, std::vector<DeviceState>& devs,
                        const std::vector<DeviceSid>& sids, DriverState& drv, QiEffect* effect) {
  QiEffect ignored;
  return execute(d, hw, devs, sids, drv, effect ? *effect : ignored);
}

}  // namespace svm
