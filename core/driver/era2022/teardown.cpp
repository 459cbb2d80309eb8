// The 2022 era's PASID teardown and flushes, as the v5.18 driver writes them
// (labelled v5.18-rc5 like the rest of the era; the copies read are undated
// v5.16-v5.18-shaped trees, docs/history.md "Scalable mode: teardown" says
// which lines were read where).
//
// From v5.5 on, the driver no longer flushes from its own svm.c helpers when
// a binding goes: intel_mm_release() and intel_svm_unbind_mm() call
// intel_pasid_tear_down_entry() (drivers/iommu/intel/pasid.c), which clears
// the 512-bit PASID entry and then issues, in this order, a PASID-cache
// invalidation (pasid_cache_invalidation_with_pasid()), a PASID-based IOTLB
// invalidation (qi_flush_piotlb()) and, outside caching mode, a PASID-based
// device-TLB invalidation (devtlb_invalidation_with_pasid() ->
// qi_flush_dev_iotlb_pasid()). The range flush of the invalidate_range
// notifier goes intel_invalidate_range() -> intel_flush_svm_range() ->
// intel_flush_svm_range_dev() (aligned chunks) -> __flush_svm_range_dev().
//
// Glossary: fault_ignore (release() passes true) clears the entry with FPD
// (fault processing disable) set, so that the device's late DMA makes no
// fault records; the unbind passes false. pfsid: the source id of the
// physical function (the device itself unless it is a VF).
//
// Modeled simplifications: the model keeps one PASID table (scalable mode:
// one directory) for every device; pasid-reuse-after-exit runs this 2022 text
// on an ECS IOMMU, where the entry is 64 bits with no DID or PGTT: there the
// tear-down clears that one word and reads the device's domain id and
// PGTT = first level (the only kind an ECS PASID entry is). ioasid, RCU and
// intel_svm_drain_prq() are not modeled.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/engine/slot.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"

namespace svm {

namespace {

constexpr unsigned kVtdPageShift = 12;
// pci_ats_queue_depth() of the model's devices: 32 (driver/intel_svm.cpp).
constexpr uint16_t kAtsQdep = 32;

Wait pasid_mutex_free(const View& v) {
  const int16_t owner = v.drvr().pasid_mutex;
  if (owner < 0) return {};
  return {Wait::Kind::Lock, N_("pasid_mutex"), {}, owner};
}

const DeviceSpec& spec(const View& c, DeviceRef d) { return c.scenario().devices[d.idx - 1]; }

// order_base_2(n): the smallest k with 2^k >= n.
uint64_t order_base_2(uint64_t n) {
  uint64_t k = 0;
  while ((uint64_t{1} << k) < n) ++k;
  return k;
}

}  // namespace

// Functions only 2022 has: in every table (registered next to
// define_era2022_helpers()).
void define_era2022_teardown_helpers(FnTable& t) {
  {
    // drivers/iommu/intel/pasid.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<bool> fault_ignore{2};
    static constexpr Slot<uint16_t> did{3};
    static constexpr Slot<uint64_t> pgtt{4};
    static constexpr Slot<uint64_t> pte{5};  // physical address of val[0]
    t.def({FnId::intel_pasid_tear_down_entry,
           "drivers/iommu/intel/pasid.c",
           Origin::Kernel,
           {},
           {
               {.text = "pte = intel_pasid_get_entry(dev, pasid); if (WARN_ON(!pte)) return; if "
                        "(!pasid_pte_is_present(pte)) return;",
                .body =
                    [](Ctx& c) {
                      const uint64_t a = sm::pasid_entry_addr(c.hwr(), c.memr(), c[pasid].v);
                      if (!a || !(c.memr().read(PhysAddr{a}) & sm::PE_P)) {
                        c.say([&] {
                          return txt(N_("PASID entry %1 is not present: nothing to tear down."), c[pasid].v);
                        });
                        return c.ret();
                      }
                      c.set(pte, a);
                      return c.next();
                    }},
               {.text = "did = pasid_get_domain_id(pte); pgtt = pasid_pte_get_pgtt(pte);",
                .body =
                    [](Ctx& c) {
                      if (c.hwr().mode == IommuMode::Scalable) {
                        c.set(did, sm::pe_did(c.memr().read(PhysAddr{c[pte] + 8})));
                        c.set(pgtt, sm::pe_pgtt(c.memr().read(PhysAddr{c[pte]})));
                      } else {
                        // ECS: the 64-bit entry has neither; the device's domain and first level.
                        c.set(did, spec(c, c[dev]).did);
                        c.set(pgtt, sm::PGTT_FL_ONLY);
                      }
                      return c.next();
                    }},
               {.text = "intel_pasid_clear_entry(dev, pasid, fault_ignore);  /* if (fault_ignore && "
                        "pasid_pte_is_present(pe)) pasid_clear_entry_with_fpd(pe); else pasid_clear_entry(pe); "
                        "the first writes val[0] = PASID_PTE_FPD, both zero val[1..7] */",
                .body =
                    [](Ctx& c) {
                      const uint32_t p = c[pasid].v;
                      if (c.hwr().mode != IommuMode::Scalable) {
                        c.mem().write(PhysAddr{c[pte]}, 0);
                        c.say([&] {
                          return txt(N_("PASID entry %1 cleared: the hardware can no longer walk the page tables it "
                                        "pointed at."),
                                     p);
                        });
                        return c.next();
                      }
                      c.mem().write(PhysAddr{c[pte]}, c[fault_ignore] ? sm::PE_FPD : 0);
                      for (uint64_t i = 1; i < 8; ++i) c.mem().write(PhysAddr{c[pte] + 8 * i}, 0);
                      c.say([&] {
                        return c[fault_ignore]
                                   ? txt(N_("PASID entry %1 cleared (all 512 bits), with FPD set: the device's late "
                                            "DMA is blocked and makes no fault records."),
                                         p)
                                   : txt(N_("PASID entry %1 cleared (all 512 bits)."), p);
                      });
                      return c.next();
                    }},
               {.text = "if (!ecap_coherent(iommu->ecap)) clflush_cache_range(pte, sizeof(*pte)); "
                        "pasid_cache_invalidation_with_pasid(iommu, did, pasid);",
                .body = [](Ctx& c) {
                  return c.call(FnId::pasid_cache_invalidation_with_pasid, {c[did], c[pasid]});
                }},
               {.text = "if (pgtt == PASID_ENTRY_PGTT_PT || pgtt == PASID_ENTRY_PGTT_FL_ONLY) qi_flush_piotlb(iommu, "
                        "did, pasid, 0, -1, 0); else iommu->flush.flush_iotlb(iommu, did, 0, 0, DMA_TLB_DSI_FLUSH);",
                .body =
                    [](Ctx& c) {
                      if (c[pgtt] != sm::PGTT_PT && c[pgtt] != sm::PGTT_FL_ONLY) return c.next();  // never: FL only
                      return c.call(FnId::qi_flush_piotlb, {c[did], c[pasid], uint64_t{0}, int64_t{-1}, false});
                    }},
               {.text = "/* Device IOTLB doesn't need to be flushed in caching mode. */ if "
                        "(!cap_caching_mode(iommu->cap)) devtlb_invalidation_with_pasid(iommu, dev, pasid);",
                .body =
                    [](Ctx& c) {
                      if (c.hwr().cap & vtd::CAP_CM) return c.ret();
                      return c.call_ret(FnId::devtlb_invalidation_with_pasid, {c[dev], c[pasid]});
                    }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/pasid.c
    static constexpr Slot<uint16_t> did{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<uint64_t> qw0{2};
    t.def({FnId::pasid_cache_invalidation_with_pasid,
           "drivers/iommu/intel/pasid.c",
           Origin::Kernel,
           {},
           {
               {.text = "desc.qw0 = QI_PC_DID(did) | QI_PC_GRAN(QI_PC_PASID_SEL) | QI_PC_PASID(pasid) | QI_PC_TYPE; "
                        "desc.qw1 = 0; desc.qw2 = 0; desc.qw3 = 0;  /* QI_PC_PASID_SEL 1: a granularity now */",
                .body =
                    [](Ctx& c) {
                      c.set(qw0, qi::PC_DID(c[did]) | qi::PC_GRAN(qi::PC_GRAN_PASID_SEL) | qi::PC_PASID(c[pasid].v) |
                                     qi::PC_TYPE);
                      return c.next();
                    }},
               {.text = "qi_submit_sync(iommu, &desc, 1, 0);",
                .body = [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], uint64_t{0}}); }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/pasid.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<Pasid> pasid{1};
    t.def({FnId::devtlb_invalidation_with_pasid,
           "drivers/iommu/intel/pasid.c",
           Origin::Kernel,
           {},
           {
               {.text = "info = get_domain_info(dev); if (!info || !info->ats_enabled) return; sid = info->bus << 8 "
                        "| info->devfn; qdep = info->ats_qdep; pfsid = info->pfsid;",
                .body = [](Ctx& c) { return c.devr(static_cast<int>(c[dev].idx) - 1).ats_enabled ? c.next() : c.ret(); }},
               {.text = "if (pasid == PASID_RID2PASID) qi_flush_dev_iotlb(iommu, sid, pfsid, qdep, 0, 64 - "
                        "VTD_PAGE_SHIFT); else qi_flush_dev_iotlb_pasid(iommu, sid, pfsid, pasid, qdep, 0, 64 - "
                        "VTD_PAGE_SHIFT);",
                .body =
                    [](Ctx& c) {
                      // The model's devices are physical functions: pfsid = sid. Requests without a
                      // PASID (RID2PASID) are not modeled, and SVA PASIDs start at 1.
                      const uint16_t sid = spec(c, c[dev]).sid;
                      return c.call_ret(FnId::qi_flush_dev_iotlb_pasid,
                                        {sid, sid, c[pasid], kAtsQdep, uint64_t{0}, uint64_t{64 - kVtdPageShift}});
                    }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/dmar.c
    static constexpr Slot<uint16_t> did{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<uint64_t> addr{2};
    static constexpr Slot<int64_t> npages{3};  // unsigned long in C; -1: the whole PASID
    static constexpr Slot<bool> ih{4};
    static constexpr Slot<uint64_t> qw0{5};
    static constexpr Slot<uint64_t> qw1{6};
    t.def({FnId::qi_flush_piotlb,
           "drivers/iommu/intel/dmar.c",
           Origin::Kernel,
           {},
           {
               {.text = "struct qi_desc desc = {.qw2 = 0, .qw3 = 0}; if (WARN_ON(!npages)) { pr_err(\"Invalid input "
                        "npages = %ld\\n\", npages); return; }",
                .body = [](Ctx& c) { return c[npages] == 0 ? c.ret() : c.next(); }},
               {.text = "if (npages == -1) { desc.qw0 = QI_EIOTLB_PASID(pasid) | QI_EIOTLB_DID(did) | "
                        "QI_EIOTLB_GRAN(QI_GRAN_NONG_PASID) | QI_EIOTLB_TYPE; desc.qw1 = 0; } else { int mask = "
                        "ilog2(__roundup_pow_of_two(npages)); unsigned long align = (1ULL << (VTD_PAGE_SHIFT + "
                        "mask)); if (WARN_ON_ONCE(!IS_ALIGNED(addr, align))) addr = ALIGN_DOWN(addr, align); "
                        "desc.qw0 = ... QI_EIOTLB_GRAN(QI_GRAN_PSI_PASID) | QI_EIOTLB_TYPE; desc.qw1 = "
                        "QI_EIOTLB_ADDR(addr) | QI_EIOTLB_IH(ih) | QI_EIOTLB_AM(mask); }",
                .body =
                    [](Ctx& c) {
                      const uint64_t base = qi::EIOTLB_PASID(c[pasid].v) | qi::EIOTLB_DID(c[did]) | qi::EIOTLB_TYPE;
                      if (c[npages] == -1) {
                        c.set(qw0, base | qi::EIOTLB_GRAN(qi::GRAN_NONG_PASID));
                        c.set(qw1, uint64_t{0});
                        return c.next();
                      }
                      const uint64_t mask = order_base_2(static_cast<uint64_t>(c[npages]));
                      const uint64_t align = uint64_t{1} << (kVtdPageShift + mask);
                      const uint64_t a = c[addr] & ~(align - 1);
                      c.set(qw0, base | qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID));
                      c.set(qw1, qi::EIOTLB_ADDR(a) | qi::EIOTLB_IH(c[ih]) | qi::EIOTLB_AM(mask & 0x3f));
                      return c.next();
                    }},
               {.text = "qi_submit_sync(iommu, &desc, 1, 0);",
                .body = [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], c[qw1]}); }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/dmar.c
    static constexpr Slot<uint16_t> sid{0};
    static constexpr Slot<uint16_t> pfsid{1};
    static constexpr Slot<Pasid> pasid{2};
    static constexpr Slot<uint16_t> qdep{3};
    static constexpr Slot<uint64_t> addr{4};
    static constexpr Slot<uint64_t> size_order{5};
    static constexpr Slot<uint64_t> qw0{6};
    static constexpr Slot<uint64_t> qw1{7};
    t.def({FnId::qi_flush_dev_iotlb_pasid,
           "drivers/iommu/intel/dmar.c",
           Origin::Kernel,
           {},
           {
               {.text = "unsigned long mask = 1UL << (VTD_PAGE_SHIFT + size_order - 1); struct qi_desc desc = {.qw1 = "
                        "0, .qw2 = 0, .qw3 = 0}; desc.qw0 = QI_DEV_EIOTLB_PASID(pasid) | QI_DEV_EIOTLB_SID(sid) | "
                        "QI_DEV_EIOTLB_QDEP(qdep) | QI_DEIOTLB_TYPE | QI_DEV_IOTLB_PFSID(pfsid);",
                .body =
                    [](Ctx& c) {
                      c.set(qw0, qi::DEV_EIOTLB_PASID(c[pasid].v) | qi::DEV_EIOTLB_SID(c[sid]) |
                                     qi::DEV_EIOTLB_QDEP(c[qdep]) | qi::DEIOTLB_TYPE | qi::DEV_IOTLB_PFSID(c[pfsid]));
                      return c.next();
                    }},
               {.text = "if (!IS_ALIGNED(addr, VTD_PAGE_SIZE << size_order)) pr_warn_ratelimited(...); /* Take page "
                        "address */ desc.qw1 = QI_DEV_EIOTLB_ADDR(addr); if (size_order) { desc.qw1 |= "
                        "GENMASK_ULL(size_order + VTD_PAGE_SHIFT - 1, VTD_PAGE_SHIFT); desc.qw1 &= ~mask; desc.qw1 "
                        "|= QI_DEV_EIOTLB_SIZE; }",
                .body =
                    [](Ctx& c) {
                      uint64_t q1 = qi::DEV_EIOTLB_ADDR(c[addr]);
                      const uint64_t so = c[size_order];
                      if (so) {
                        const uint64_t hi_bit = so + kVtdPageShift - 1;  // GENMASK_ULL(hi_bit, 12)
                        const uint64_t genmask = (hi_bit >= 63 ? ~uint64_t{0} : ((uint64_t{1} << (hi_bit + 1)) - 1)) &
                                                 ~((uint64_t{1} << kVtdPageShift) - 1);
                        q1 |= genmask;
                        q1 &= ~(uint64_t{1} << hi_bit);  // mask
                        q1 |= qi::DEV_EIOTLB_SIZE;
                      }
                      c.set(qw1, q1);
                      return c.next();
                    }},
               {.text = "qi_submit_sync(iommu, &desc, 1, 0);",
                .body = [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], c[qw1]}); }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<SdevRef> sdev{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<uint64_t> pages{3};
    static constexpr Slot<bool> ih{4};
    t.def({FnId::__flush_svm_range_dev,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           {},
           {
               {.text = "struct device_domain_info *info = get_domain_info(sdev->dev); if (WARN_ON(!pages)) return;",
                .body = [](Ctx& c) { return c[pages] == 0 ? c.ret() : c.next(); }},
               {.text = "qi_flush_piotlb(sdev->iommu, sdev->did, svm->pasid, address, pages, ih);",
                .body =
                    [](Ctx& c) {
                      return c.call(FnId::qi_flush_piotlb, {c.sdev_r(c[sdev]).did.v, c.svm_r(c[svm]).pasid,
                                                            c[address], static_cast<int64_t>(c[pages]), c[ih]});
                    }},
               {.text = "if (info->ats_enabled) qi_flush_dev_iotlb_pasid(sdev->iommu, sdev->sid, info->pfsid, "
                        "svm->pasid, sdev->qdep, address, order_base_2(pages));",
                .body =
                    [](Ctx& c) {
                      const IntelSvmDev& sd = c.sdev_r(c[sdev]);
                      if (!c.devr(static_cast<int>(sd.device.idx) - 1).ats_enabled) return c.ret();
                      return c.call_ret(FnId::qi_flush_dev_iotlb_pasid,
                                        {sd.sid.v, sd.sid.v, c.svm_r(c[svm]).pasid, uint16_t{sd.qdep}, c[address],
                                         order_base_2(c[pages])});
                    }},
           },
           "v5.18-rc5"});
  }
}

// Replacements of 2016 functions in the 2022 overlay (registered next to
// define_era2022()).
void define_era2022_teardown(FnTable& t) {
  {
    // drivers/iommu/intel/svm.c, intel_mmuops.release
    static constexpr Slot<SvmRef> svm{0};
    [[maybe_unused]] static constexpr Slot<MmRef> mm{1};  // the notifier's mm: unused, as in the C
    static constexpr Slot<int64_t> i{2};  // position in svm->devs
    static constexpr Slot<SdevRef> sdev{3};
    t.def({FnId::intel_mm_release,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           Milestone::NotifierRelease,
           {
               {.text = "/* This might end up being called from exit_mmap(), *before* the page tables are cleared. "
                        "... We do it by clearing the entry in the PASID table and then flushing the IOTLB and the "
                        "PASID table caches. */ rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list)",
                .body =
                    [](Ctx& c) {
                      const auto& devs = c.svm_r(c[svm]).devs;
                      if (c[i] >= static_cast<int64_t>(devs.size())) return c.go("done");
                      c.set(sdev, SdevRef{devs[static_cast<size_t>(c[i])].idx});
                      c.set(i, c[i] + 1);
                      return c.next();
                    },
                .label = "loop"},
               {.text = "intel_pasid_tear_down_entry(sdev->iommu, sdev->dev, svm->pasid, true);",
                .body =
                    [](Ctx& c) {
                      const DeviceRef dev{c.sdev_r(c[sdev]).device.idx};
                      return c.call_then(FnId::intel_pasid_tear_down_entry, {dev, c.svm_r(c[svm]).pasid, true},
                                         "loop");
                    }},
               {.text = "rcu_read_unlock();", .label = "done"},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c, intel_mmuops.invalidate_range
    static constexpr Slot<SvmRef> svm{0};
    [[maybe_unused]] static constexpr Slot<MmRef> mm{1};  // the notifier's mm: unused, as in the C
    static constexpr Slot<uint64_t> start{2};
    static constexpr Slot<uint64_t> end{3};
    t.def({FnId::intel_invalidate_range,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           {},
           {
               {.text = "/* Pages have been freed at this point */ struct intel_svm *svm = container_of(mn, struct "
                        "intel_svm, notifier); intel_flush_svm_range(svm, start, (end - start + PAGE_SIZE - 1) >> "
                        "VTD_PAGE_SHIFT, 0);",
                .body =
                    [](Ctx& c) {
                      const uint64_t pages = (c[end] - c[start] + kPageSize - 1) >> kVtdPageShift;
                      return c.call_ret(FnId::intel_flush_svm_range, {c[svm], c[start], pages, false});
                    }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<uint64_t> address{1};
    static constexpr Slot<uint64_t> pages{2};
    static constexpr Slot<bool> ih{3};
    static constexpr Slot<int64_t> i{4};
    static constexpr Slot<SdevRef> sdev{5};
    t.def({FnId::intel_flush_svm_range,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           {},
           {
               {.text = "rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list)",
                .body =
                    [](Ctx& c) {
                      const auto& devs = c.svm_r(c[svm]).devs;
                      if (c[i] >= static_cast<int64_t>(devs.size())) return c.go("done");
                      c.set(sdev, SdevRef{devs[static_cast<size_t>(c[i])].idx});
                      c.set(i, c[i] + 1);
                      return c.next();
                    },
                .label = "loop"},
               {.text = "intel_flush_svm_range_dev(svm, sdev, address, pages, ih);",
                .body =
                    [](Ctx& c) {
                      return c.call_then(FnId::intel_flush_svm_range_dev,
                                         {c[svm], c[sdev], c[address], c[pages], c[ih]}, "loop");
                    }},
               {.text = "rcu_read_unlock();", .label = "done"},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c: the range in naturally aligned chunks.
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<SdevRef> sdev{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<uint64_t> pages{3};
    static constexpr Slot<bool> ih{4};
    static constexpr Slot<uint64_t> start{5};
    static constexpr Slot<uint64_t> end{6};
    static constexpr Slot<uint64_t> align{7};
    t.def({FnId::intel_flush_svm_range_dev,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           {},
           {
               {.text = "unsigned long shift = ilog2(__roundup_pow_of_two(pages)); unsigned long align = (1ULL << "
                        "(VTD_PAGE_SHIFT + shift)); unsigned long start = ALIGN_DOWN(address, align); unsigned long "
                        "end = ALIGN(address + (pages << VTD_PAGE_SHIFT), align);",
                .body =
                    [](Ctx& c) {
                      const uint64_t a = uint64_t{1} << (kVtdPageShift + order_base_2(c[pages]));
                      c.set(align, a);
                      c.set(start, c[address] & ~(a - 1));
                      c.set(end, (c[address] + (c[pages] << kVtdPageShift) + a - 1) & ~(a - 1));
                      return c.next();
                    }},
               {.text = "while (start < end) {",
                .body = [](Ctx& c) { return c[start] < c[end] ? c.next() : c.ret(); },
                .label = "loop"},
               {.text = "__flush_svm_range_dev(svm, sdev, start, align >> VTD_PAGE_SHIFT, ih); start += align; }",
                .body =
                    [](Ctx& c) {
                      const uint64_t s = c[start];
                      c.set(start, s + c[align]);
                      return c.call_then(FnId::__flush_svm_range_dev,
                                         {c[svm], c[sdev], s, c[align] >> kVtdPageShift, c[ih]}, "loop");
                    }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c: intel_svm_unbind() takes pasid_mutex and
    // calls intel_svm_unbind_mm() (the model's device driver calls it
    // straight, as iommu_sva_unbind_device() -> ops->sva_unbind() does).
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<int64_t> pasid{1};
    static constexpr Slot<SvmRef> svm{2};
    static constexpr Slot<SdevRef> sdev{3};
    t.def({FnId::intel_svm_unbind_mm,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           Milestone::Unbind,
           {
               {.text = "/* intel_svm_unbind(): */ mutex_lock(&pasid_mutex); pasid = intel_svm_get_pasid(sva); "
                        "intel_svm_unbind_mm(sdev->dev, pasid);",
                .body =
                    [](Ctx& c) {
                      c.drv().pasid_mutex = static_cast<int16_t>(c.tid());
                      return c.next();
                    },
                .guard = pasid_mutex_free},
               {.text = "iommu = device_to_iommu(dev, NULL, NULL); if (!iommu) goto out; ret = "
                        "pasid_to_svm_sdev(dev, pasid, &svm, &sdev); if (ret) goto out; mm = svm->mm;  /* svm = "
                        "pasid_private_find(pasid); sdev = svm_lookup_device_by_dev(svm, dev); */",
                .body =
                    [](Ctx& c) {
                      if (c[pasid] < 0) return c.go("out");
                      const ObjId s = c.drvr().idr_find(static_cast<uint32_t>(c[pasid]));
                      if (!s) return c.go("out");
                      c.set(svm, SvmRef{s.idx});
                      for (ObjId d : c.svm_r(c[svm]).devs)
                        if (c.sdev_r(d.idx).device.idx == c[dev].idx) c.set(sdev, SdevRef{d.idx});
                      return c.next();
                    }},
               {.text = "if (sdev) { sdev->users--; if (!sdev->users) {",
                .body =
                    [](Ctx& c) {
                      if (!c[sdev]) return c.go("out");
                      IntelSvmDev& sd = c.sdev(c[sdev]);
                      --sd.users;
                      c.keep(c[sdev], Ctr::SdevUsers);  // the unbinding caller's user, handed over by the driver
                      return sd.users ? c.go("out") : c.next();
                    }},
               {.text = "list_del_rcu(&sdev->list);",
                .body =
                    [](Ctx& c) {
                      auto& devs = c.svm(c[svm]).devs;
                      devs.erase(std::remove(devs.begin(), devs.end(), c[sdev].id()), devs.end());
                      return c.next();
                    }},
               {.text = "/* Flush the PASID cache and IOTLB for this device. ... */ "
                        "intel_pasid_tear_down_entry(iommu, dev, svm->pasid, false);",
                .body = [](Ctx& c) {
                  return c.call(FnId::intel_pasid_tear_down_entry, {c[dev], c.svm_r(c[svm]).pasid, false});
                }},
               {.text = "intel_svm_drain_prq(dev, svm->pasid);  /* not modeled */ kfree_rcu(sdev, rcu);",
                .body =
                    [](Ctx& c) {
                      c.free_sdev(c[sdev].idx);
                      return c.next();
                    }},
               {.text = "if (list_empty(&svm->devs)) { if (svm->notifier.ops)",
                .body =
                    [](Ctx& c) {
                      const IntelSvm& s = c.svm_r(c[svm]);
                      if (!s.devs.empty()) return c.go("out");
                      return s.mm ? c.next() : c.go("remove");
                    }},
               {.text = "mmu_notifier_unregister(&svm->notifier, mm);",
                .body = [](Ctx& c) {
                  return c.call(FnId::mmu_notifier_unregister, {c[svm], MmRef{c.svm_r(c[svm]).mm.idx}});
                }},
               {.text = "pasid_private_remove(svm->pasid);",
                .body =
                    [](Ctx& c) {
                      const uint32_t p = c.svm_r(c[svm]).pasid.v;
                      auto& idr = c.drv().pasid_idr;
                      idr.erase(std::remove_if(idr.begin(), idr.end(), [&](const auto& e) { return e.first == p; }),
                                idr.end());
                      return c.next();
                    },
                .label = "remove"},
               {.text = "/* We mandate that no page faults may be outstanding for the PASID when "
                        "intel_svm_unbind_mm() is called. ... */ memset(svm, 0x6b, sizeof(*svm)); kfree(svm); } } }",
                .body =
                    [](Ctx& c) {
                      c.svm(c[svm]).poisoned = true;
                      c.free_svm(c[svm].idx);
                      c.say(N_("The binding is gone: intel_svm poisoned with 0x6b and freed."));
                      return c.next();
                    }},
               {.text = "out: return ret;  /* intel_svm_unbind(): mutex_unlock(&pasid_mutex); */",
                .body =
                    [](Ctx& c) {
                      c.drv().pasid_mutex = -1;
                      return c.ret(0);
                    },
                .label = "out"},
           },
           "v5.18-rc5"});
  }
}

}  // namespace svm
