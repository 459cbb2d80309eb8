// drivers/iommu/intel-svm.c and intel-pasid.c as of v5.6 (2020): the bind,
// the unbind, the release() notifier and the flushes the 2020 exhibit runs,
// so that none of its steps runs the v4.5 text (prq_event_thread() is in
// prq_event_thread.cpp beside this file).
//
// What v5.6 does that 2016 did not:
// - SVM needs scalable mode: intel_svm_check() marks an IOMMU SVM-capable
//   only if pasid_supported(), i.e. sm_supported() && ecap_pasid(). The
//   PASID entry is the 512-bit one, written by intel_pasid_setup_first_level()
//   into the device's PASID directory/table (intel-pasid.c).
// - PASIDs come from the IOASID allocator (ioasid_alloc(NULL, PASID_MIN,
//   pasid_max - 1, svm), 5.5's "Replace Intel specific PASID allocator with
//   IOASID"): PASID 0 is reserved for RID2PASID, so the first bind gets 1.
//   ioasid_find() is what the model's pasid_idr answers.
// - The unbind and release() tear the entry down themselves
//   (intel_pasid_tear_down_entry(): clear, PASID-cache, PASID IOTLB and
//   device-TLB invalidations) and then flush the range as before; release()
//   clears with no FPD (fault_ignore came with v5.8).
// - Descriptors are 256 bits (qw0..qw3; the model's queue carries qw0 and
//   qw1, qw2 and qw3 are zero in every descriptor here), and the device-TLB
//   macros are the corrected ones (SID << 16, QDEP << 4).
//
// Sources (docs/history.md "2020: the functions and their sources"): the
// IOASID conversion patch (Jacob Pan, v4 6/8, 2019-11-21) for bind/unbind
// hunks; a vSVA development tree of 2020 (v5.7-rc based) for the surrounding
// v5.6 lines it did not change; Lu Baolu's "Disable non-recoverable fault
// processing before unbind" (v5 3/5, 2020-05-12) for the v5.6/v5.7 form of
// intel_mm_release(), intel_pasid_tear_down_entry() and
// devtlb_invalidation_with_pasid(); the dmar.c qi_flush_dev_iotlb() hunk of
// "Move qi_flush_dev_iotlb" era patches (qw0/qw1 form).
//
// Modeled simplifications, as in the 2022 era: one PASID directory for every
// device (engine/boot.cpp); on an ECS IOMMU (a 2020 variant running a
// scenario that asks for ECS, which v5.6 would refuse) the bind writes the
// 64-bit ECS entry and enables the PASID with the 2016 helper, and the tear-
// down clears that one word. Private PASIDs, supervisor binds and
// intel_svm_is_pasid_valid() are not on the exhibit's path and not modeled.

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

constexpr int64_t kEINVAL = 22;
constexpr int64_t kENOSPC = 28;
constexpr unsigned kVtdPageShift = 12;
constexpr uint32_t kPASID_MIN = 1;  // drivers/iommu/intel-pasid.h: PASID 0 is RID2PASID
constexpr const char* kV56 = "v5.6";

Wait pasid_mutex_free(const View& v) {
  const int16_t owner = v.drvr().pasid_mutex;
  if (owner < 0) return {};
  return {Wait::Kind::Lock, N_("pasid_mutex"), {}, owner};
}

const DeviceSpec& spec(const View& c, DeviceRef d) { return c.scenario().devices[d.idx - 1]; }
bool scalable(const View& c) { return c.hwr().mode == IommuMode::Scalable; }
uint64_t entry_addr(const View& c, uint32_t pasid) { return sm::pasid_entry_addr(c.hwr(), c.memr(), pasid); }

// ilog2(__roundup_pow_of_two(n))
uint64_t order_base_2(uint64_t n) {
  uint64_t k = 0;
  while ((uint64_t{1} << k) < n) ++k;
  return k;
}

}  // namespace

// The two v5.6 helpers no other era has (intel-pasid.c and dmar.c): in every
// table, as the 2022 helpers are.
void define_era2020_helpers(FnTable& t) {
  {
    // drivers/iommu/intel-pasid.c: static, called by intel_pasid_tear_down_entry().
    static constexpr Slot<uint16_t> did{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<uint64_t> qw0{2};
    t.def({FnId::iotlb_invalidation_with_pasid,
           "drivers/iommu/intel-pasid.c",
           Origin::Kernel,
           {},
           {
               {"desc.qw0 = QI_EIOTLB_PASID(pasid) | QI_EIOTLB_DID(did) | QI_EIOTLB_GRAN(QI_GRAN_NONG_PASID) | "
                "QI_EIOTLB_TYPE; desc.qw1 = 0; desc.qw2 = 0; desc.qw3 = 0;",
                [](Ctx& c) {
                  c.set(qw0, qi::EIOTLB_PASID(c[pasid].v) | qi::EIOTLB_DID(c[did]) |
                                 qi::EIOTLB_GRAN(qi::GRAN_NONG_PASID) | qi::EIOTLB_TYPE);
                  return c.next();
                }},
               {"qi_submit_sync(&desc, iommu);",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], uint64_t{0}}); }},
           },
           kV56});
  }

  {
    // drivers/iommu/dmar.c: the device-TLB invalidation *without* PASID
    // (type 3). v5.6's tear-down uses it for SVA PASIDs too; an ATS
    // invalidation without a PASID prefix reaches every PASID's entries of
    // the device (iommu/invalidate.cpp). 5.8's "Fix PASID devTLB
    // invalidation" made SVA PASIDs use qi_flush_dev_iotlb_pasid().
    static constexpr Slot<uint16_t> sid{0};
    static constexpr Slot<uint16_t> pfsid{1};
    static constexpr Slot<uint16_t> qdep{2};
    static constexpr Slot<uint64_t> addr{3};
    static constexpr Slot<uint64_t> mask{4};  // unsigned in the C: the size order
    static constexpr Slot<uint64_t> qw0{5};
    static constexpr Slot<uint64_t> qw1{6};
    t.def({FnId::qi_flush_dev_iotlb,
           "drivers/iommu/dmar.c",
           Origin::Kernel,
           {},
           {
               {"if (mask) { WARN_ON_ONCE(addr & ((1ULL << (VTD_PAGE_SHIFT + mask)) - 1)); addr |= (1ULL << "
                "(VTD_PAGE_SHIFT + mask - 1)) - 1; desc.qw1 = QI_DEV_IOTLB_ADDR(addr) | QI_DEV_IOTLB_SIZE; } else "
                "desc.qw1 = QI_DEV_IOTLB_ADDR(addr);",
                [](Ctx& c) {
                  uint64_t a = c[addr];
                  if (!c[mask]) {
                    c.set(qw1, qi::DEV_IOTLB_ADDR(a));
                    return c.next();
                  }
                  // mask = 52 (the whole space): the WARN's shift is 64, which the C
                  // leaves undefined (the line was later removed); the model skips it.
                  a |= (uint64_t{1} << (kVtdPageShift + c[mask] - 1)) - 1;
                  c.set(qw1, qi::DEV_IOTLB_ADDR(a) | qi::DEV_IOTLB_SIZE);
                  return c.next();
                }},
               {"if (qdep >= QI_DEV_IOTLB_MAX_INVS) qdep = 0; desc.qw0 = QI_DEV_IOTLB_SID(sid) | "
                "QI_DEV_IOTLB_QDEP(qdep) | QI_DIOTLB_TYPE | QI_DEV_IOTLB_PFSID(pfsid); desc.qw2 = 0; desc.qw3 = 0;",
                [](Ctx& c) {
                  const uint16_t q = c[qdep] >= qi::DEV_EIOTLB_MAX_INVS ? uint16_t{0} : c[qdep];
                  c.set(qw0, qi::DEV_IOTLB_SID(c[sid]) | qi::DEV_IOTLB_QDEP(q) | qi::DIOTLB_TYPE |
                                 qi::DEV_IOTLB_PFSID(c[pfsid]));
                  return c.next();
                }},
               {"qi_submit_sync(&desc, iommu);",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], c[qw1]}); }},
           },
           kV56});
  }
}

// Replacements in the 2020 overlay (registered next to define_era2020()).
void define_era2020_svm(FnTable& t) {
  {
    // drivers/iommu/intel-svm.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<int32_t> flags{1};
    static constexpr Slot<FileRef> pasid{2};  // int *pasid: &ctx->pasid of this file
    static constexpr Slot<MmRef> mm{3};
    static constexpr Slot<SvmRef> svm{4};
    static constexpr Slot<SdevRef> sdev{5};
    static constexpr Slot<int32_t> ret{6};
    t.def({FnId::intel_svm_bind_mm,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           Milestone::Bind,
           {
               {"struct intel_iommu *iommu = intel_svm_device_to_iommu(dev); ... if (!iommu || dmar_disabled) return "
                "-EINVAL; if (!intel_svm_capable(iommu)) return -ENOTSUPP; if (dev_is_pci(dev)) { pasid_max = "
                "pci_max_pasids(to_pci_dev(dev)); if (pasid_max < 0) return -EINVAL; } else pasid_max = 1 << 20;"},
               {"if (flags & SVM_FLAG_SUPERVISOR_MODE) { if (!ecap_srs(iommu->ecap)) return -EINVAL; } else if (pasid) "
                "{ mm = get_task_mm(current);",
                [](Ctx& c) {
                  if (c[flags] & SVM_FLAG_SUPERVISOR_MODE) return c.ret(-kEINVAL);  // not modeled in 2020
                  return c.call(FnId::get_task_mm, {TaskRef{c.self_task_idx()}});
                }},
               {"BUG_ON(!mm); }",
                [](Ctx& c) {
                  c.set(mm, c.callee_ret<MmRef>());
                  if (!c[mm]) return c.oops(N_("kernel BUG at drivers/iommu/intel-svm.c: BUG_ON(!mm)"));
                  return c.next();
                }},
               {.text = "mutex_lock(&pasid_mutex);",
                .body = [](Ctx& c) {
                  c.drv().pasid_mutex = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = pasid_mutex_free},
               {"if (pasid && !(flags & SVM_FLAG_PRIVATE_PASID)) { struct intel_svm *t; list_for_each_entry(t, "
                "&global_svm_list, list) { if (t->mm != mm || (t->flags & SVM_FLAG_PRIVATE_PASID)) continue; svm = "
                "t; ... list_for_each_entry(sdev, &svm->devs, list) { if (dev == sdev->dev) { ... sdev->users++; "
                "goto success; } } break; } }",
                [](Ctx& c) {
                  // global_svm_list: the model's live bindings, in PASID order.
                  for (const auto& [id, sid] : c.drvr().pasid_idr) {
                    // Each binding's mm and flags, set once at bind: a shared
                    // read, not a reach into another process's svm (intel_svm.cpp).
                    const IntelSvm& other = c.drvr().svms[sid.idx - 1];
                    if (other.mm.idx != c[mm].idx || (other.flags & SVM_FLAG_PRIVATE_PASID)) continue;
                    const IntelSvm& s = c.svm_r(sid.idx);
                    c.set(svm, SvmRef{sid.idx});
                    for (ObjId d : s.devs) {
                      IntelSvmDev& sd = c.sdev(d.idx);
                      if (sd.device.idx != c[dev].idx) continue;
                      ++sd.users;
                      c.set(sdev, SdevRef{d.idx});
                      c.hold(d, Ctr::SdevUsers);  // the caller's context holds it once *pasid is set
                      c.say([&] { return txt(N_("This device already uses PASID %1 for this mm: users +1."), id); });
                      return c.go("success");
                    }
                    c.say([&] { return txt(N_("PASID %1 already serves this mm: the device joins it."), id); });
                    break;
                  }
                  return c.next();
                }},
               {"sdev = kzalloc(sizeof(*sdev), GFP_KERNEL); sdev->dev = dev; ret = intel_iommu_enable_pasid(iommu, "
                "dev); if (ret || !pasid) { kfree(sdev); goto out; }",
                [](Ctx& c) {
                  c.set(sdev, SdevRef{c.new_sdev()});
                  IntelSvmDev& d = c.sdev(c[sdev]);
                  d.device = c[dev].id();
                  d.users = 0;  // kzalloc: users is set to 1 below
                  // Scalable mode: the context entry (PASIDE included) was set up at probe
                  // (engine/boot.cpp), so intel_iommu_enable_pasid() finds PASIDE set and only
                  // enables the device's PASID/ATS/PRI, which the next step records.
                  if (!scalable(c)) return c.call(FnId::intel_iommu_enable_pasid, {c[sdev]});
                  return c.next();
                }},
               {"info = dev->archdata.iommu; if (!info || !info->pasid_supported) { kfree(sdev); goto out; } "
                "sdev->did = FLPT_DEFAULT_DID; sdev->sid = PCI_DEVID(info->bus, info->devfn); if "
                "(info->ats_enabled) { sdev->dev_iotlb = 1; sdev->qdep = info->ats_qdep; if (sdev->qdep >= "
                "QI_DEV_EIOTLB_MAX_INVS) sdev->qdep = 0; }",
                [](Ctx& c) {
                  if (!scalable(c)) {
                    if (c.callee_ret()) {
                      c.free_sdev(c[sdev].idx);
                      c.set(ret, c.callee_ret<int32_t>());
                      return c.go("out");
                    }
                    return c.next();  // the 2016 helper set did, sid, dev_iotlb and qdep
                  }
                  const DeviceSpec& d = spec(c, c[dev]);
                  IntelSvmDev& sd = c.sdev(c[sdev]);
                  sd.did = DomainId{sm::FLPT_DEFAULT_DID};
                  sd.sid = SourceId{d.sid};
                  DeviceState& ds = c.dev(static_cast<int>(c[dev].idx) - 1);
                  ds.pasid_enabled = true;
                  ds.pri_enabled = d.pri;
                  ds.ats_enabled = d.ats;
                  if (d.ats) {
                    // info->ats_qdep is 32 (pci_ats_queue_depth() of the model's devices), which
                    // is >= QI_DEV_EIOTLB_MAX_INVS (32): sdev->qdep = 0.
                    sd.dev_iotlb = true;
                    sd.qdep = 0;
                  }
                  return c.next();
                }},
               {"/* Finish the setup now we know we're keeping it */ sdev->users = 1; sdev->ops = ops; "
                "init_rcu_head(&sdev->rcu);",
                [](Ctx& c) {
                  c.sdev(c[sdev]).users = 1;
                  c.hold(c[sdev], Ctr::SdevUsers);
                  return c[svm] ? c.go("existing") : c.next();
                }},
               {"if (!svm) { svm = kzalloc(sizeof(*svm), GFP_KERNEL); svm->iommu = iommu; if (pasid_max > "
                "intel_pasid_max_id) pasid_max = intel_pasid_max_id;",
                [](Ctx& c) {
                  c.set(svm, SvmRef{c.new_svm()});
                  return c.next();
                }},
               {"/* Do not use PASID 0, reserved for RID to PASID */ svm->pasid = ioasid_alloc(NULL, PASID_MIN, "
                "pasid_max - 1, svm); if (svm->pasid == INVALID_IOASID) { kfree(svm); kfree(sdev); ret = -ENOSPC; "
                "goto out; }",
                [](Ctx& c) {
                  // ioasid_alloc(): the lowest free ID in [min, max], inclusive; the
                  // private data (svm) is what ioasid_find() returns.
                  const uint32_t max = (2u << vtd::ecap_pss(c.hwr().ecap)) - 1;
                  uint32_t id = kPASID_MIN;
                  while (id <= max && c.drvr().idr_find(id)) ++id;
                  if (id > max) {
                    c.free_svm(c[svm].idx);
                    c.free_sdev(c[sdev].idx);
                    c.set(ret, -kENOSPC);
                    return c.go("out");
                  }
                  auto& idr = c.drv().pasid_idr;
                  idr.emplace_back(id, c[svm].id());
                  std::sort(idr.begin(), idr.end());
                  auto& ids = c.drv().ioasids;
                  ids.push_back(id);
                  std::sort(ids.begin(), ids.end());
                  auto& seen = c.drv().pasids_seen;
                  if (std::find(seen.begin(), seen.end(), id) == seen.end()) {
                    seen.push_back(id);
                    std::sort(seen.begin(), seen.end());
                  }
                  c.svm(c[svm]).pasid = Pasid{id};
                  c.say([&] {
                    return txt(N_("ioasid_alloc(): PASID %1, the lowest free one (PASID 0 is reserved for requests "
                                  "without PASID)."),
                               id);
                  });
                  return c.next();
                }},
               {"svm->notifier.ops = &intel_mmuops; svm->mm = mm; svm->flags = flags; INIT_LIST_HEAD_RCU(&svm->devs); "
                "INIT_LIST_HEAD(&svm->list); ret = -ENOMEM; if (mm) { ret = mmu_notifier_register(&svm->notifier, "
                "mm); if (ret) { ioasid_free(svm->pasid); kfree(svm); kfree(sdev); goto out; } }",
                [](Ctx& c) {
                  IntelSvm& s = c.svm(c[svm]);
                  s.mm = c[mm].id();
                  s.flags = static_cast<uint32_t>(c[flags]);
                  return c.call(FnId::mmu_notifier_register, {c[svm], c[mm]});
                }},
               {"spin_lock(&iommu->lock); ret = intel_pasid_setup_first_level(iommu, dev, mm ? mm->pgd : "
                "init_mm.pgd, svm->pasid, FLPT_DEFAULT_DID, mm ? 0 : PASID_FLAG_SUPERVISOR_MODE); "
                "spin_unlock(&iommu->lock);",
                [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  c.svm(c[svm]).entry_written = true;
                  if (scalable(c))
                    return c.call(FnId::intel_pasid_setup_first_level,
                                  {c[dev], Pasid{id}, c.mm(c[mm]).pgd, DomainId{sm::FLPT_DEFAULT_DID}, int32_t{0}});
                  const uint64_t e = (c.mm(c[mm]).pgd.v << kPageShift) | vtd::PASID_P;
                  c.mem().write(PhysAddr{entry_addr(c, id)}, e);
                  c.say([&] {
                    return txt(N_("PASID entry %1 points at this mm's page tables (first-level pointer = pgd)."), id);
                  });
                  return c.next();
                }},
               {"if (ret) { if (mm) mmu_notifier_unregister(&svm->notifier, mm); ioasid_free(svm->pasid); kfree(svm); "
                "kfree(sdev); goto out; } list_add_tail(&svm->list, &global_svm_list);",
                [](Ctx& c) {
                  if (c.callee_ret()) return c.ret(c.callee_ret());  // never: the entry was not in use
                  return c.go("add");
                }},
               {.text = "} else { /* Binding a new device with existing PASID, need to setup the PASID entry. */ "
                        "spin_lock(&iommu->lock); ret = intel_pasid_setup_first_level(iommu, dev, mm ? mm->pgd : "
                        "init_mm.pgd, svm->pasid, FLPT_DEFAULT_DID, mm ? 0 : PASID_FLAG_SUPERVISOR_MODE); "
                        "spin_unlock(&iommu->lock); ... }",
                .body = [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  if (scalable(c))
                    return c.call(FnId::intel_pasid_setup_first_level,
                                  {c[dev], Pasid{id}, c.mm(c[mm]).pgd, DomainId{sm::FLPT_DEFAULT_DID}, int32_t{0}});
                  return c.next();  // ECS: one entry for the PASID, already written
                },
                .label = "existing"},
               {.text = "list_add_rcu(&sdev->list, &svm->devs);",
                .body = [](Ctx& c) {
                  auto& devs = c.svm(c[svm]).devs;
                  devs.insert(devs.begin(), c[sdev].id());
                  c.sdev(c[sdev]).svm = c[svm].id();
                  return c.next();
                },
                .label = "add"},
               {.text = "success: *pasid = svm->pasid; ret = 0;",
                .body = [](Ctx& c) {
                  c.file(c[pasid]).ctx.pasid = static_cast<int32_t>(c.svm(c[svm]).pasid.v);
                  c.keep(c[sdev], Ctr::SdevUsers);  // the file's context now holds the user it bound
                  c.set(ret, 0);
                  return c.next();
                },
                .label = "success"},
               {.text = "out: mutex_unlock(&pasid_mutex);",
                .body = [](Ctx& c) {
                  c.drv().pasid_mutex = -1;
                  return c.next();
                },
                .label = "out"},
               {"if (mm) mmput(mm);",
                [](Ctx& c) {
                  if (!c[mm]) return c.next();
                  return c.call(FnId::mmput, {c[mm]});
                }},
               {"return ret;", [](Ctx& c) { return c.ret(c[ret]); }},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-svm.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<int32_t> pasid{1};
    static constexpr Slot<SvmRef> svm{2};
    static constexpr Slot<SdevRef> sdev{3};
    t.def({FnId::intel_svm_unbind_mm,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           Milestone::Unbind,
           {
               {.text = "mutex_lock(&pasid_mutex);",
                .body = [](Ctx& c) {
                  c.drv().pasid_mutex = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = pasid_mutex_free},
               {"iommu = intel_svm_device_to_iommu(dev); if (!iommu) goto out; svm = ioasid_find(NULL, pasid, NULL); "
                "if (!svm) goto out; if (IS_ERR(svm)) { ret = PTR_ERR(svm); goto out; }",
                [](Ctx& c) {
                  if (c[pasid] < 0) return c.go("out");
                  const ObjId s = c.drvr().idr_find(static_cast<uint32_t>(c[pasid]));
                  if (!s) return c.go("out");
                  c.set(svm, SvmRef{s.idx});
                  return c.next();
                }},
               {"for_each_svm_dev(sdev, svm, dev) { ret = 0; sdev->users--;",
                [](Ctx& c) {
                  for (ObjId d : c.svm(c[svm]).devs) {
                    IntelSvmDev& sd = c.sdev(d.idx);
                    if (sd.device.idx != c[dev].idx) continue;
                    --sd.users;
                    c.keep(d, Ctr::SdevUsers);  // the unbinding caller's user, handed over by the driver
                    c.set(sdev, SdevRef{d.idx});
                    return sd.users ? c.go("out") : c.next();
                  }
                  return c.go("out");
                }},
               {"if (!sdev->users) { list_del_rcu(&sdev->list);",
                [](Ctx& c) {
                  auto& devs = c.svm(c[svm]).devs;
                  devs.erase(std::remove(devs.begin(), devs.end(), c[sdev].id()), devs.end());
                  return c.next();
                }},
               {"/* Flush the PASID cache and IOTLB for this device. Note that we do depend on the hardware *not* "
                "using the PASID any more. ... */ intel_pasid_tear_down_entry(iommu, dev, svm->pasid);",
                [](Ctx& c) {
                  return c.call(FnId::intel_pasid_tear_down_entry, {c[dev], c.svm(c[svm]).pasid});
                }},
               {"intel_flush_svm_range_dev(svm, sdev, 0, -1, 0);",
                [](Ctx& c) {
                  return c.call(FnId::intel_flush_svm_range_dev,
                                {c[svm], c[sdev], uint64_t{0}, int64_t{-1}, int32_t{0}});
                }},
               {"kfree_rcu(sdev, rcu);",
                [](Ctx& c) {
                  c.free_sdev(c[sdev].idx);
                  return c.next();
                }},
               {"if (list_empty(&svm->devs)) {",
                [](Ctx& c) { return c.svm(c[svm]).devs.empty() ? c.next() : c.go("out"); }},
               {"ioasid_free(svm->pasid);",
                [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  auto& idr = c.drv().pasid_idr;
                  idr.erase(std::remove_if(idr.begin(), idr.end(), [&](const auto& e) { return e.first == id; }),
                            idr.end());
                  auto& ids = c.drv().ioasids;
                  ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
                  return c.next();
                }},
               {"if (svm->mm) mmu_notifier_unregister(&svm->notifier, svm->mm);",
                [](Ctx& c) {
                  const ObjId mm = c.svm(c[svm]).mm;
                  if (!mm) return c.next();
                  return c.call(FnId::mmu_notifier_unregister, {c[svm], MmRef{mm.idx}});
                }},
               {"list_del(&svm->list); /* We mandate that no page faults may be outstanding for the PASID when "
                "intel_svm_unbind_mm() is called. ... */ memset(svm, 0x6b, sizeof(*svm)); kfree(svm); } } break; }",
                [](Ctx& c) {
                  c.svm(c[svm]).poisoned = true;
                  c.free_svm(c[svm].idx);
                  c.say(N_("The binding is gone: intel_svm poisoned with 0x6b and freed."));
                  return c.next();
                }},
               {.text = "out: mutex_unlock(&pasid_mutex); return ret;",
                .body = [](Ctx& c) {
                  c.drv().pasid_mutex = -1;
                  return c.ret(0);
                },
                .label = "out"},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-svm.c, intel_mmuops.release
    static constexpr Slot<SvmRef> svm{0};  // container_of(mn, struct intel_svm, notifier)
    [[maybe_unused]] static constexpr Slot<MmRef> mm{1};  // the notifier's mm: unused, as in the C
    static constexpr Slot<int32_t> pos{2};  // where list_for_each_entry_rcu() is in svm->devs
    static constexpr Slot<SdevRef> sdev{3};
    t.def({FnId::intel_mm_release,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           Milestone::NotifierRelease,
           {
               {.text = "/* This might end up being called from exit_mmap(), *before* the page tables are cleared. "
                        "... We do it by clearing the entry in the PASID table and then flushing the IOTLB and the "
                        "PASID table caches. ... */ rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list) {",
                .body = [](Ctx& c) {
                  const auto& devs = c.svm(c[svm]).devs;
                  if (c[pos] >= static_cast<int32_t>(devs.size())) return c.go("done");
                  c.set(sdev, SdevRef{devs[static_cast<size_t>(c[pos])].idx});
                  c.set(pos, c[pos] + 1);
                  return c.next();
                },
                .label = "loop"},
               {"intel_pasid_tear_down_entry(svm->iommu, sdev->dev, svm->pasid);",
                [](Ctx& c) {
                  return c.call(FnId::intel_pasid_tear_down_entry,
                                {DeviceRef{c.sdev(c[sdev]).device.idx}, c.svm(c[svm]).pasid});
                }},
               {"intel_flush_svm_range_dev(svm, sdev, 0, -1, 0); }",
                [](Ctx& c) {
                  return c.call_then(FnId::intel_flush_svm_range_dev,
                                     {c[svm], c[sdev], uint64_t{0}, int64_t{-1}, int32_t{0}}, "loop");
                }},
               {.text = "rcu_read_unlock();", .label = "done"},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-svm.c, intel_mmuops.invalidate_range
    static constexpr Slot<SvmRef> svm{0};
    [[maybe_unused]] static constexpr Slot<MmRef> mm{1};
    static constexpr Slot<uint64_t> start{2};
    static constexpr Slot<uint64_t> end{3};
    t.def({FnId::intel_invalidate_range,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {{"/* Pages have been freed at this point */ struct intel_svm *svm = container_of(mn, struct intel_svm, "
             "notifier); intel_flush_svm_range(svm, start, (end - start + PAGE_SIZE - 1) >> VTD_PAGE_SHIFT, 0);",
             [](Ctx& c) {
               const int64_t pages = static_cast<int64_t>((c[end] - c[start] + kPageSize - 1) >> kVtdPageShift);
               return c.call_ret(FnId::intel_flush_svm_range, {c[svm], c[start], pages, int32_t{0}});
             }}},
           kV56});
  }

  {
    // drivers/iommu/intel-svm.c: no deferred invalidation any more (the
    // PASID-state table went with ECS).
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<uint64_t> address{1};
    static constexpr Slot<int64_t> pages{2};  // unsigned long in the C, compared with -1 (all)
    static constexpr Slot<int32_t> ih{3};
    static constexpr Slot<int32_t> pos{4};
    static constexpr Slot<SdevRef> sdev{5};
    t.def({FnId::intel_flush_svm_range,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {
               {.text = "rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list)",
                .body = [](Ctx& c) {
                  const auto& devs = c.svm(c[svm]).devs;
                  if (c[pos] >= static_cast<int32_t>(devs.size())) return c.go("done");
                  c.set(sdev, SdevRef{devs[static_cast<size_t>(c[pos])].idx});
                  c.set(pos, c[pos] + 1);
                  return c.next();
                },
                .label = "loop"},
               {"intel_flush_svm_range_dev(svm, sdev, address, pages, ih);",
                [](Ctx& c) {
                  return c.call_then(FnId::intel_flush_svm_range_dev, {c[svm], c[sdev], c[address], c[pages], c[ih]},
                                     "loop");
                }},
               {.text = "rcu_read_unlock();", .label = "done"},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-svm.c: the 256-bit descriptors; no GL argument
    // (supervisor PASIDs use the global bit no more).
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<SdevRef> sdev{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<int64_t> pages{3};  // unsigned long in the C, compared with -1 (all)
    static constexpr Slot<int32_t> ih{4};
    static constexpr Slot<uint64_t> qw0{5};
    static constexpr Slot<uint64_t> qw1{6};
    t.def({FnId::intel_flush_svm_range_dev,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {
               {"if (pages == -1) { desc.qw0 = QI_EIOTLB_PASID(svm->pasid) | QI_EIOTLB_DID(sdev->did) | "
                "QI_EIOTLB_GRAN(QI_GRAN_NONG_PASID) | QI_EIOTLB_TYPE; desc.qw1 = 0; } else { int mask = "
                "ilog2(__roundup_pow_of_two(pages)); desc.qw0 = QI_EIOTLB_PASID(svm->pasid) | "
                "QI_EIOTLB_DID(sdev->did) | QI_EIOTLB_GRAN(QI_GRAN_PSI_PASID) | QI_EIOTLB_TYPE; desc.qw1 = "
                "QI_EIOTLB_ADDR(address) | QI_EIOTLB_IH(ih) | QI_EIOTLB_AM(mask); } desc.qw2 = 0; desc.qw3 = 0;",
                [](Ctx& c) {
                  const uint64_t base = qi::EIOTLB_PASID(c.svm(c[svm]).pasid.v) | qi::EIOTLB_DID(c.sdev(c[sdev]).did.v) |
                                        qi::EIOTLB_TYPE;
                  if (c[pages] == -1) {
                    c.set(qw0, base | qi::EIOTLB_GRAN(qi::GRAN_NONG_PASID));
                    c.set(qw1, uint64_t{0});
                    return c.next();
                  }
                  const uint64_t mask = order_base_2(static_cast<uint64_t>(c[pages]));
                  c.set(qw0, base | qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID));
                  c.set(qw1, qi::EIOTLB_ADDR(c[address]) | qi::EIOTLB_IH(c[ih]) | qi::EIOTLB_AM(mask));
                  return c.next();
                }},
               {"qi_submit_sync(&desc, svm->iommu);",
                [](Ctx& c) { return c.call(FnId::qi_submit_sync, {c[qw0], c[qw1]}); }},
               {"if (sdev->dev_iotlb) {", [](Ctx& c) { return c.sdev(c[sdev]).dev_iotlb ? c.next() : c.ret(); }},
               {"desc.qw0 = QI_DEV_EIOTLB_PASID(svm->pasid) | QI_DEV_EIOTLB_SID(sdev->sid) | "
                "QI_DEV_EIOTLB_QDEP(sdev->qdep) | QI_DEIOTLB_TYPE; if (pages == -1) { desc.qw1 = "
                "QI_DEV_EIOTLB_ADDR(-1ULL >> 1) | QI_DEV_EIOTLB_SIZE; } else if (pages > 1) { /* The least "
                "significant zero bit indicates the size. ... */ unsigned long last = address + ((unsigned "
                "long)(pages - 1) << VTD_PAGE_SHIFT); unsigned long mask = __rounddown_pow_of_two(address ^ last); "
                "desc.qw1 = QI_DEV_EIOTLB_ADDR((address & ~mask) | (mask - 1)) | QI_DEV_EIOTLB_SIZE; } else { "
                "desc.qw1 = QI_DEV_EIOTLB_ADDR(address); } desc.qw2 = 0; desc.qw3 = 0;",
                [](Ctx& c) {
                  const IntelSvmDev& sd = c.sdev(c[sdev]);
                  c.set(qw0, qi::DEV_EIOTLB_PASID(c.svm(c[svm]).pasid.v) | qi::DEV_EIOTLB_SID(sd.sid.v) |
                                 qi::DEV_EIOTLB_QDEP(sd.qdep) | qi::DEIOTLB_TYPE);
                  if (c[pages] == -1) {
                    c.set(qw1, qi::DEV_EIOTLB_ADDR(~0ULL >> 1) | qi::DEV_EIOTLB_SIZE);
                  } else if (c[pages] > 1) {
                    const uint64_t last = c[address] + (static_cast<uint64_t>(c[pages] - 1) << kVtdPageShift);
                    uint64_t mask = 1;
                    while ((mask << 1) <= (c[address] ^ last)) mask <<= 1;
                    c.set(qw1, qi::DEV_EIOTLB_ADDR((c[address] & ~mask) | (mask - 1)) | qi::DEV_EIOTLB_SIZE);
                  } else {
                    c.set(qw1, qi::DEV_EIOTLB_ADDR(c[address]));
                  }
                  return c.next();
                }},
               {"qi_submit_sync(&desc, svm->iommu); }",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], c[qw1]}); }},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-pasid.c: v5.6 sets no -EBUSY check, no WPE, and
    // writes the translation type as the literal 1.
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<Pfn> pgd{2};  // the pgd's frame
    static constexpr Slot<DomainId> did{3};
    static constexpr Slot<int32_t> flags{4};  // PASID_FLAG_SUPERVISOR_MODE
    static constexpr Slot<PhysAddr> pte{5};   // the entry's val[0]
    t.def({FnId::intel_pasid_setup_first_level,
           "drivers/iommu/intel-pasid.c",
           Origin::Kernel,
           {},
           {
               {"if (!ecap_flts(iommu->ecap)) { pr_err(\"No first level translation support on %s\\n\", iommu->name); "
                "return -EINVAL; }",
                [](Ctx& c) { return (c.hwr().ecap & sm::ECAP_FLTS) ? c.next() : c.ret(-kEINVAL); }},
               {"pte = intel_pasid_get_entry(dev, pasid); if (WARN_ON(!pte)) return -EINVAL;  /* dir_index = pasid >> "
                "PASID_PDE_SHIFT; index = pasid & PASID_PTE_MASK; spin_lock(&pasid_lock); entries = "
                "get_pasid_table_from_pde(&dir[dir_index]); if (!entries) { entries = "
                "alloc_pgtable_page(info->iommu->node); ... WRITE_ONCE(dir[dir_index].val, (u64)virt_to_phys(entries) "
                "| PASID_PTE_PRESENT); } spin_unlock(&pasid_lock); return &entries[index]; */",
                [](Ctx& c) {
                  const uint32_t p = c[pasid].v;
                  const uint64_t dea = sm::dir_entry_addr(c.hwr(), p);
                  if (!(c.memr().read(PhysAddr{dea}) & sm::PDE_P)) {
                    const Pfn table = c.mem().alloc(FrameUse::PasidTable, {});
                    c.mem().write(PhysAddr{dea}, (table.v << kPageShift) | sm::PDE_P);
                    const uint32_t first = p & ~sm::PASID_PTE_MASK;
                    c.say([&] {
                      return txt(N_("No PASID table for PASIDs %1-%2 yet: a page is allocated for it and PASID directory "
                                    "entry %3 is made present, pointing at it."),
                                 first, first + sm::PASID_PTE_MASK, p >> sm::PASID_PDE_SHIFT);
                    });
                  }
                  c.set(pte, PhysAddr{sm::pasid_entry_addr(c.hwr(), c.memr(), p)});
                  return c.next();
                }},
               {"pasid_clear_entry(pte); /* Setup the first level page table pointer: */ pasid_set_flptr(pte, "
                "(u64)__pa(pgd));",
                [](Ctx& c) {
                  const uint64_t val = c[pte].v;
                  for (uint64_t i = 0; i < 8; ++i) c.mem().write(PhysAddr{val + 8 * i}, 0);
                  c.mem().write(PhysAddr{val + 16}, (c[pgd].v << kPageShift) & sm::kPageMask);
                  return c.next();
                }},
               {"if (flags & PASID_FLAG_SUPERVISOR_MODE) { if (!ecap_srs(iommu->ecap)) { ... return -EINVAL; } "
                "pasid_set_sre(pte); }",
                [](Ctx& c) {
                  if (!(c[flags] & 1)) return c.next();
                  const PhysAddr w2{c[pte].v + 16};
                  c.mem().write(w2, c.memr().read(w2) | sm::PE_SRE);
                  return c.next();
                }},
               {"pasid_set_domain_id(pte, did); pasid_set_address_width(pte, iommu->agaw); pasid_set_page_snoop(pte, "
                "!!ecap_smpwc(iommu->ecap));",
                [](Ctx& c) {
                  c.mem().write(PhysAddr{c[pte].v + 8}, c[did].v);  // ECAP.SMPWC = 0: PWSNP clear
                  c.mem().write(c[pte], sm::kAgaw48 << 2);
                  return c.next();
                }},
               {"/* Setup Present and PASID Granular Transfer Type: */ pasid_set_translation_type(pte, 1); "
                "pasid_set_present(pte);",
                [](Ctx& c) {
                  c.mem().write(c[pte], c.memr().read(c[pte]) | (sm::PGTT_FL_ONLY << 6) | sm::PE_P);
                  c.say([&] {
                    return txt(N_("PASID entry %1 (512 bits): PGTT = 001 (first level only), DID %2, FLPTR = this mm's "
                                  "pgd, present."),
                               c[pasid].v, c[did].v);
                  });
                  return c.next();
                }},
               {"pasid_flush_caches(iommu, pte, pasid, did):  if (!ecap_coherent(iommu->ecap)) "
                "clflush_cache_range(pte, sizeof(*pte)); if (cap_caching_mode(iommu->cap)) { "
                "pasid_cache_invalidation_with_pasid(iommu, did, pasid);",
                [](Ctx& c) {
                  if (!(c.hwr().cap & vtd::CAP_CM)) return c.go("wbf");
                  return c.call(FnId::pasid_cache_invalidation_with_pasid, {c[did].v, c[pasid]});
                }},
               {"iotlb_invalidation_with_pasid(iommu, did, pasid); } else {",
                [](Ctx& c) { return c.call(FnId::iotlb_invalidation_with_pasid, {c[did].v, c[pasid]}); }},
               {.text = "iommu_flush_write_buffer(iommu); }  /* the model's IOMMU has no RWBF capability: it returns */",
                .body = [](Ctx& c) { return (c.hwr().cap & vtd::CAP_CM) ? c.ret(0) : c.next(); },
                .label = "wbf"},
               {"return 0;", [](Ctx& c) { return c.ret(0); }},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-pasid.c: three arguments (fault_ignore came with
    // v5.8), no present check, the IOTLB flush by iotlb_invalidation_with_pasid()
    // and the device TLB's without PASID.
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<uint16_t> did{2};
    static constexpr Slot<uint64_t> pte{3};  // physical address of val[0]
    t.def({FnId::intel_pasid_tear_down_entry,
           "drivers/iommu/intel-pasid.c",
           Origin::Kernel,
           {},
           {
               {"pte = intel_pasid_get_entry(dev, pasid); if (WARN_ON(!pte)) return;",
                [](Ctx& c) {
                  const uint64_t a = entry_addr(c, c[pasid].v);
                  if (!a) return c.ret();
                  c.set(pte, a);
                  return c.next();
                }},
               {"did = pasid_get_domain_id(pte);",
                [](Ctx& c) {
                  // ECS: the 64-bit entry has no DID; the device's domain.
                  c.set(did, scalable(c) ? sm::pe_did(c.memr().read(PhysAddr{c[pte] + 8})) : spec(c, c[dev]).did);
                  if (scalable(c) && !(c.memr().read(PhysAddr{c[pte]}) & sm::PE_P))
                    c.say([&] {
                      return txt(N_("PASID entry %1 is already clear: v5.6 does not check, and flushes with the DID it "
                                    "reads there (%2)."),
                                 c[pasid].v, c[did]);
                    });
                  return c.next();
                }},
               {"intel_pasid_clear_entry(dev, pasid);  /* pe = intel_pasid_get_entry(dev, pasid); if (WARN_ON(!pe)) "
                "return; pasid_clear_entry(pe): WRITE_ONCE(pe->val[0..7], 0) */",
                [](Ctx& c) {
                  const uint64_t words = scalable(c) ? 8 : 1;
                  for (uint64_t i = 0; i < words; ++i) c.mem().write(PhysAddr{c[pte] + 8 * i}, 0);
                  c.say([&] {
                    return txt(N_("PASID entry %1 cleared: the hardware can no longer walk the page tables it pointed "
                                  "at."),
                               c[pasid].v);
                  });
                  return c.next();
                }},
               {"if (!ecap_coherent(iommu->ecap)) clflush_cache_range(pte, sizeof(*pte)); "
                "pasid_cache_invalidation_with_pasid(iommu, did, pasid);",
                [](Ctx& c) { return c.call(FnId::pasid_cache_invalidation_with_pasid, {c[did], c[pasid]}); }},
               {"iotlb_invalidation_with_pasid(iommu, did, pasid);",
                [](Ctx& c) { return c.call(FnId::iotlb_invalidation_with_pasid, {c[did], c[pasid]}); }},
               {"/* Device IOTLB doesn't need to be flushed in caching mode. */ if (!cap_caching_mode(iommu->cap)) "
                "devtlb_invalidation_with_pasid(iommu, dev, pasid);",
                [](Ctx& c) {
                  if (c.hwr().cap & vtd::CAP_CM) return c.ret();
                  return c.call_ret(FnId::devtlb_invalidation_with_pasid, {c[dev], c[pasid]});
                }},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-pasid.c: QI_PC_PASID_SEL was type and granularity
    // in one macro (QI_PC_TYPE | QI_PC_GRAN(1)); the bits are 2022's.
    static constexpr Slot<uint16_t> did{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<uint64_t> qw0{2};
    t.def({FnId::pasid_cache_invalidation_with_pasid,
           "drivers/iommu/intel-pasid.c",
           Origin::Kernel,
           {},
           {
               {"desc.qw0 = QI_PC_DID(did) | QI_PC_PASID_SEL | QI_PC_PASID(pasid); desc.qw1 = 0; desc.qw2 = 0; "
                "desc.qw3 = 0;",
                [](Ctx& c) {
                  c.set(qw0, qi::PC_DID(c[did]) | qi::PC_PASID_SEL | qi::PC_PASID(c[pasid].v));
                  return c.next();
                }},
               {"qi_submit_sync(&desc, iommu);",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[qw0], uint64_t{0}}); }},
           },
           kV56});
  }

  {
    // drivers/iommu/intel-pasid.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<Pasid> pasid{1};
    t.def({FnId::devtlb_invalidation_with_pasid,
           "drivers/iommu/intel-pasid.c",
           Origin::Kernel,
           {},
           {
               {"info = dev->archdata.iommu; if (!info || !info->ats_enabled) return; sid = info->bus << 8 | "
                "info->devfn; qdep = info->ats_qdep; pfsid = info->pfsid;",
                [](Ctx& c) { return c.devr(static_cast<int>(c[dev].idx) - 1).ats_enabled ? c.next() : c.ret(); }},
               {"qi_flush_dev_iotlb(iommu, sid, pfsid, qdep, 0, 64 - VTD_PAGE_SHIFT);",
                [](Ctx& c) {
                  // The model's devices are physical functions (pfsid = sid); ats_qdep is 32.
                  const uint16_t sid = spec(c, c[dev]).sid;
                  return c.call_ret(FnId::qi_flush_dev_iotlb,
                                    {sid, sid, uint16_t{32}, uint64_t{0}, uint64_t{64 - kVtdPageShift}});
                }},
           },
           kV56});
  }
}

}  // namespace svm
