#pragma once
// State of drivers/iommu/intel-svm.c (and the parts of dmar.c it uses).
//
// Glossary: an intel_svm is one PASID bound to one mm (or, for a supervisor
// PASID, to no mm: the kernel's init_mm page tables). It embeds the
// mmu_notifier that keeps it informed of changes to the mm, and it lists the
// devices using the PASID as intel_svm_dev entries, each with a users count
// (bind twice from the same device, unbind twice). The PASID is an index into
// the per-IOMMU PASID table and a key in pasid_idr.

#include <cstdint>
#include <utility>
#include <vector>

#include "core/base/cow_vector.h"
#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/pool_allocator.h"
#include "core/base/small_vector.h"
#include "core/base/types.h"
#include "core/mem/physmem.h"

namespace svm {

inline constexpr uint32_t SVM_FLAG_PRIVATE_PASID = 1 << 0;
inline constexpr uint32_t SVM_FLAG_SUPERVISOR_MODE = 1 << 1;

struct IntelSvm {
  ObjId mm;  // svm->mm: none for a supervisor PASID
  Pasid pasid;
  uint32_t flags = 0;
  PoolVector<ObjId> devs;  // svm->devs (sdev ids)
  bool notifier_hashed = false;      // notifier on mm->mmu_notifier_mm->list
  bool notifier_registered = false;  // between mmu_notifier_register and _unregister: holds mm_count
  bool notifier_used = false;        // was registered once (for the graph: live, or a tombstone)
  bool entry_written = false;        // bind wrote the PASID-table entry
  bool holds_mm_users = false;       // v4.4: the get_task_mm() reference kept by bind
  bool alive = true;
  bool poisoned = false;  // memset(svm, 0x6b) before kfree
  Culprit freed_by;

  bool operator==(const IntelSvm&) const = default;
  friend void hash_append(Hasher& h, const IntelSvm& s) {
    h(s.mm, s.pasid, s.flags, s.devs, s.notifier_hashed, s.notifier_registered, s.notifier_used, s.entry_written, s.holds_mm_users, s.alive,
      s.poisoned, s.freed_by);
  }
};

struct IntelSvmDev {
  ObjId device;
  ObjId svm;
  int32_t users = 1;
  DomainId did;
  SourceId sid;
  bool dev_iotlb = false;
  uint8_t qdep = 0;
  bool alive = true;
  Culprit freed_by;

  bool operator==(const IntelSvmDev&) const = default;
  friend void hash_append(Hasher& h, const IntelSvmDev& d) {
    h(d.device, d.svm, d.users, d.did, d.sid, d.dev_iotlb, d.qdep, d.alive, d.freed_by);
  }
};

// Status words of the invalidation queue's slots (dmar.c: desc_status[]).
enum class QiStatus : uint8_t { Free, InUse, Done, Abort };

// The tables a step writes apart are shared and hashed on their own
// (cow_vector.h): a queue step writes the status words, a bind the svms.
struct DriverState {
  CowVector<PoolVector<IntelSvm>> svms;
  CowVector<SmallVector<IntelSvmDev, 4>> sdevs;
  PoolVector<std::pair<uint32_t, ObjId>> pasid_idr;  // PASID -> svm, sorted
  SmallVector<uint32_t, 4> pasids_seen;                  // every PASID ever allocated, sorted (tombstones)
  // 2022 era: the IOASID allocator (drivers/iommu/ioasid.c), the PASIDs it
  // has handed out, sorted. There the allocator and the PASID -> svm lookup
  // (pasid_private, kept in pasid_idr) are two things, and the bug of
  // 701fac40384f lives between them. The 2016 model never uses it.
  SmallVector<uint32_t, 4> ioasids;
  int16_t pasid_mutex = -1;                           // owner thread of pasid_mutex
  // struct q_inval
  uint32_t qi_free_head = 0;
  uint32_t qi_free_cnt = 0;
  CowVector<SmallVector<QiStatus, 256>> qi_status;  // QI_LENGTH slots

  ObjId idr_find(uint32_t pasid) const {
    for (const auto& [p, s] : pasid_idr)
      if (p == pasid) return s;
    return {};
  }
  bool operator==(const DriverState&) const = default;
  friend void hash_append(Hasher& h, const DriverState& d) {
    h(d.svms, d.sdevs, d.pasid_idr, d.pasids_seen, d.ioasids, d.pasid_mutex, d.qi_free_head, d.qi_free_cnt, d.qi_status);
  }
  // Copies of its own of every table: a machine handed to another thread
  // (Machine::unshare()).
  void unshare() {
    svms.unshare();
    sdevs.unshare();
    qi_status.unshare();
  }
};

}  // namespace svm
