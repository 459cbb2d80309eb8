#include "views/hardware/cache_slots.h"

#include <algorithm>

#include "core/engine/config.h"

namespace svmlab::hw {

std::vector<CacheSlots::Key> CacheSlots::keys(const svm::Machine& m, int cache) {
  std::vector<Key> out;
  switch (cache) {
    case kIotlb:
      for (const svm::IotlbEntry& e : m.hw->iotlb) out.push_back({uint64_t(e.did.v) << 32 | e.pasid.v, e.va | e.level});
      break;
    case kPasidCache:
      for (const svm::PasidCacheEntry& e : m.hw->pasid_cache) out.push_back({e.did.v, e.pasid.v});
      break;
    case kContextCache:
      for (const svm::ContextCacheEntry& e : m.hw->context_cache) out.push_back({e.sid.v, 0});
      break;
    default: {
      const size_t d = static_cast<size_t>(cache - kFirstDevTlb);
      if (d < m.devs->size())
        for (const svm::DevTlbEntry& e : (*m.devs)[d].devtlb) out.push_back({e.pasid.v, e.va | e.level});
    }
  }
  return out;
}

CacheSlots::CacheSlots(const svm::Trace& t) {
  if (!t.cfg || t.states.empty()) return;
  const svm::IommuConfig& ic = t.cfg->iommu();
  capacity_ = {static_cast<int>(ic.iotlb_entries), static_cast<int>(ic.pasid_cache_entries),
               static_cast<int>(ic.context_cache_entries)};
  if (t.cfg->scenario)
    for (const svm::DeviceSpec& d : t.cfg->scenario->devices) capacity_.push_back(static_cast<int>(d.devtlb_entries));
  const int n = caches();
  slots_.assign(t.states.size(), {});
  std::vector<std::vector<Key>> prev_keys(static_cast<size_t>(n));
  for (size_t i = 0; i < t.states.size(); ++i) {
    const svm::Machine& m = t.states[i];
    slots_[i].resize(static_cast<size_t>(n));
    const bool same_hw = i > 0 && m.hw.shares(t.states[i - 1].hw);
    const bool same_devs = i > 0 && m.devs.shares(t.states[i - 1].devs);
    for (int c = 0; c < n; ++c) {
      const size_t cs = static_cast<size_t>(c);
      if (i > 0 && (c < kFirstDevTlb ? same_hw : same_devs)) {
        slots_[i][cs] = slots_[i - 1][cs];
        continue;
      }
      std::vector<Key> k = keys(m, c);
      const std::vector<SlotInfo>* before = i > 0 ? slots_[i - 1][cs].get() : nullptr;
      if (i > 0 && k == prev_keys[cs]) {  // same entries in the same order
        slots_[i][cs] = slots_[i - 1][cs];
        continue;
      }
      std::vector<SlotInfo> now(k.size());
      std::vector<bool> used(static_cast<size_t>(std::max<int>(capacity_[cs], static_cast<int>(k.size()))), false);
      std::vector<bool> placed(k.size(), false);
      for (size_t e = 0; e < k.size(); ++e) {
        const auto& pk = prev_keys[cs];
        const auto it = std::find(pk.begin(), pk.end(), k[e]);
        if (it == pk.end() || !before) continue;
        now[e] = (*before)[static_cast<size_t>(it - pk.begin())];
        used[static_cast<size_t>(now[e].slot)] = true;
        placed[e] = true;
      }
      for (size_t e = 0; e < k.size(); ++e) {
        if (placed[e]) continue;
        const auto free = std::find(used.begin(), used.end(), false);
        now[e] = {static_cast<int>(free - used.begin()), static_cast<int>(i)};
        *free = true;
      }
      slots_[i][cs] = std::make_shared<const std::vector<SlotInfo>>(std::move(now));
      prev_keys[cs] = std::move(k);
    }
  }
}

const std::vector<SlotInfo>& CacheSlots::at(int state, int cache) const {
  if (state < 0 || state >= static_cast<int>(slots_.size()) || cache < 0 || cache >= caches()) return none_;
  const auto& p = slots_[static_cast<size_t>(state)][static_cast<size_t>(cache)];
  return p ? *p : none_;
}

}  // namespace svmlab::hw
