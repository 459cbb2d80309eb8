#include "core/explore/cache_order.h"

#include <set>

#include "core/iommu/iommu_state.h"

namespace svm {

uint8_t order_free_caches(const Config& cfg) {
  const Scenario& sc = *cfg.scenario;
  std::set<uint16_t> sids, dids;
  for (const DeviceSpec& d : sc.devices) {
    sids.insert(d.sid);
    dids.insert(d.did);
  }
  uint8_t free = 0;
  // Every request carries its device's own source id.
  if (sids.size() <= sc.iommu.context_cache_entries) free |= order_free::kContextCache;
  // A request carries the PASID its device was programmed with, which a
  // bind allocated (each bind at most one), or the one its action names.
  size_t pasids = 0;
  for (const ProcessSpec& p : sc.processes)
    for (const Action& a : p.actions)
      if (a.type == ActionType::Bind) ++pasids;
  std::set<uint32_t> named;
  for (const DeviceSpec& d : sc.devices)
    for (const Action& a : d.actions)
      if (a.pasid) named.insert(*a.pasid);
  pasids += named.size();
  // The PASID cache is keyed by (domain, PASID) in ECS mode and by PASID in
  // scalable mode: the product bounds both.
  if (dids.size() * pasids <= sc.iommu.pasid_cache_entries) free |= order_free::kPasidCache;
  return free;
}

}  // namespace svm
