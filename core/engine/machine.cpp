#include "core/engine/machine.h"

#include <algorithm>

namespace svm {

namespace {
// Parts and the tables inside them (CowVector) alike.
template <class P>
size_t part_bytes(const P& c, const P* prev, size_t size) {
  return prev && c.shares(*prev) ? 0 : size;
}
}  // namespace

size_t Machine::unshared_bytes(const Machine* p) const {
  // The kernel's and the driver's tables are shared one by one (CowVector),
  // the VMA table chunk by chunk too: its page pointers, and at most the
  // page and chunk written: a table counts unless it is the previous state's.
  const KernelState& ks = *k;
  const KernelState* pk = p ? &*p->k : nullptr;
  size_t mmb = ks.mms.size() * sizeof(Mm);
  for (const Mm& m : ks.mms) mmb += (m.mmap.size() + m.notifiers.size()) * sizeof(ObjId);
  const size_t kb =
      sizeof(KernelState) + part_bytes(ks.tasks, pk ? &pk->tasks : nullptr, ks.tasks.size() * sizeof(Task)) +
      part_bytes(ks.mms, pk ? &pk->mms : nullptr, mmb) +
      part_bytes(ks.vmas, pk ? &pk->vmas : nullptr,
                 (ks.vmas.size() / 1024 + 1) * 16 + 32 * 16 + std::min<size_t>(ks.vmas.size(), 32) * sizeof(Vma)) +
      part_bytes(ks.files, pk ? &pk->files : nullptr, ks.files.size() * sizeof(File)) +
      part_bytes(ks.fdtables, pk ? &pk->fdtables : nullptr, ks.fdtables.size() * sizeof(Files));
  const DriverState& d = *drv;
  const DriverState* pd = p ? &*p->drv : nullptr;
  const size_t db = sizeof(DriverState) + part_bytes(d.svms, pd ? &pd->svms : nullptr, d.svms.size() * sizeof(IntelSvm)) +
                    part_bytes(d.sdevs, pd ? &pd->sdevs : nullptr, d.sdevs.size() * sizeof(IntelSvmDev)) +
                    part_bytes(d.qi_status, pd ? &pd->qi_status : nullptr, d.qi_status.size());
  // Memory is shared chunk by chunk: the chunk pointers, and about one chunk of each table written.
  const size_t mb = sizeof(PhysMem) + (mem->frame_count() / 64 + mem->frame_count() / 16 + 2) * 16 +
                    std::min<size_t>(mem->frame_count(), 64) * sizeof(FrameInfo) +
                    std::min<size_t>(mem->frame_count(), 16) * sizeof(FrameWords) +
                    std::min<size_t>(mem->word_count(), 64) * 16;
  const IommuState& h = *hw;
  const size_t hb = sizeof(IommuState) + 0 /* rings: shared parts of their own */ + h.iotlb.size() * sizeof(IotlbEntry) +
                    h.pasid_cache.size() * sizeof(PasidCacheEntry) + h.context_cache.size() * sizeof(ContextCacheEntry) +
                    h.frcd.size() * sizeof(FaultRecord);
  size_t devb = 0;
  for (size_t i = 0; i < devs.size(); ++i)
    if (!(p && devs.shares(i, p->devs))) devb += sizeof(DeviceState) + devs[i].devtlb.size() * sizeof(DevTlbEntry);
  size_t tb = threads.size() * sizeof(Cow<Thread>);
  for (size_t i = 0; i < threads.size(); ++i) {
    if (p && threads.shares(i, p->threads)) continue;
    const Thread& t = threads[i];
    tb += sizeof(Thread) + t.stack.size() * sizeof(Frame) + t.vars.size() * 4 + t.gather.pages.size() * 8;
  }
  return part_bytes(k, p ? &p->k : nullptr, kb) + part_bytes(drv, p ? &p->drv : nullptr, db) +
         part_bytes(mem, p ? &p->mem : nullptr, mb) + part_bytes(hw, p ? &p->hw : nullptr, hb) +
         (p && devs.shares(p->devs) ? 0 : devb) + tb;
}

}  // namespace svm
