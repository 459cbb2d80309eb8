#pragma once
// The machine state: a value. Copying it is cheap (each part is shared until
// written), comparing and hashing it is exact. A trace is a vector of these;
// stepping back is indexing; the explorer's visited set holds them.

#include <cstdint>
#include <vector>

#include "core/base/cow.h"
#include "core/device/device_state.h"
#include "core/driver/svm_state.h"
#include "core/engine/thread_table.h"
#include "core/iommu/iommu_state.h"
#include "core/iommu/prq.h"
#include "core/iommu/translate.h"
#include "core/kernel/kernel_state.h"
#include "core/mem/physmem.h"

namespace svm {

// What the hardware did that a view shows but that does not make two states
// different: counters of cache hits and the last translation. Excluded from
// equality and hashing so the explorer can merge states reached differently.
struct Observations {
  uint64_t iotlb_hits = 0, iotlb_misses = 0;
  uint64_t devtlb_hits = 0, devtlb_misses = 0;
  uint64_t pasid_cache_hits = 0, pasid_cache_misses = 0;
  WalkRecord last_walk;
  std::vector<PrqDrop> prq_dropped;  // every page request dropped so far, in order
};

struct Machine {
  // Its own parts: counted plainly where no other thread can reach them (cow.h).
  template <class T>
  using Part = Cow<T, Sharing::kConfinable>;
  Part<KernelState> k;
  Part<DriverState> drv;
  Part<PhysMem> mem;
  Part<IommuState> hw;
  DeviceTable devs;
  ThreadTable threads;
  Part<Observations> obs;

  bool operator==(const Machine& o) const {
    return threads == o.threads && k == o.k && drv == o.drv && hw == o.hw && devs == o.devs && mem == o.mem;
  }
  Hash128 hash128() const {
    Hasher h;
    for (const Hash128 p : {k.hash128(), drv.hash128(), mem.hash128(), hw.hash128(), devs.hash128(), threads.hash128()}) {
      h.mix(p.lo);
      h.mix(p.hi);
    }
    return h.wide();
  }
  // hash128() from the parts' hashes: the symmetry reduction hashes a
  // renamed machine from its renamed parts. The same formula; hash128()
  // keeps its own, as calling this one costs the explorer 0.5% more
  // instructions. tst_symmetry holds the two equal.
  static Hash128 hash_of_parts(Hash128 k, Hash128 drv, Hash128 mem, Hash128 hw, Hash128 devs, Hash128 threads) {
    Hasher h;
    for (const Hash128 p : {k, drv, mem, hw, devs, threads}) {
      h.mix(p.lo);
      h.mix(p.hi);
    }
    return h.wide();
  }
  uint64_t hash() const { return hash128().lo; }
  void unshare() {
    k.unshare();
    k.mut().unshare();
    drv.unshare();
    drv.mut().unshare();
    mem.unshare();
    hw.unshare();
    devs.unshare();
    threads.unshare();
    obs.unshare();
  }
  // Approximate bytes of the parts this machine does not share with `prev`.
  size_t unshared_bytes(const Machine* prev) const;
};

}  // namespace svm
