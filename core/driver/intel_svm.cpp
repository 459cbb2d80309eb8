// drivers/iommu/intel-svm.c as of v4.4 (blob 5046483) and with e57e58bd
// (blob 97a8189), one text: the lines that differ carry a variant predicate.
// Also the two helpers it uses from intel-iommu.c (intel_iommu_enable_pasid)
// and dmar.c (qi_submit_sync, qi_flush_context).
//
// Glossary: see driver/svm_state.h. Flushes: intel_flush_pasid_dev() drops
// the PASID-cache entry, intel_flush_svm_range_dev() the IOTLB entries of the
// PASID (extended IOTLB invalidation) and, if the device has ATS, its device
// TLB entries (extended device-TLB invalidation). All go through the
// invalidation queue and wait for completion (qi_submit_sync).

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"

namespace svm {

namespace {

constexpr int64_t kEINVAL = 22;
// virt_to_phys(NULL) on x86-64 v4.4 (arch/x86/include/asm/page_64.h __phys_addr_nodebug()).
constexpr uint64_t kVirtToPhysNull = 0x0000778000000000ULL;
constexpr int64_t kENOSPC = 28;

bool v44(const Variant& v) { return v.unbind_unregister_first; }
bool v45(const Variant& v) { return !v.unbind_unregister_first; }
bool keeps_users(const Variant& v) { return v.bind_keeps_mm_users; }
bool clears(const Variant& v) { return v.release_clears_entry; }
bool flushes(const Variant& v) { return v.release_flushes; }
bool warns(const Variant& v) { return v.release_clears_entry && !v.release_flushes; }
// From v5.5 the unbind tears the device's PASID entry down itself (the
// museum's 2020 and 2022 eras); in 2016 only release() cleared it.
bool tears_down(const Variant& v) { return v.era != Era::Y2016; }

// ECS: the 64-bit entry; scalable mode: val[0] of the 512-bit entry (iommu/scalable.h).
uint64_t pasid_entry_addr(const View& c, uint32_t pasid) { return sm::pasid_entry_addr(c.hwr(), c.memr(), pasid); }

Wait pasid_mutex_free(const View& v) {
  const int16_t owner = v.drvr().pasid_mutex;
  if (owner < 0) return {};
  return {Wait::Kind::Lock, N_("pasid_mutex"), {}, owner};
}

Wait qi_has_room(const View& v) {
  if (v.drvr().qi_free_cnt >= 3) return {};
  return {Wait::Kind::Lock, N_("a free slot in the invalidation queue")};
}

// qi_submit_sync()'s `while (qi->desc_status[wait_index] != QI_DONE)`.
template <Slot<int32_t> wait_index>
Wait qi_wait_done(const View& v) {
  const auto idx = static_cast<size_t>(v[wait_index]);
  if (v.drvr().qi_status[idx] == QiStatus::Done) return {};
  return {Wait::Kind::Event, N_("the invalidation wait descriptor to complete")};
}

}  // namespace

void define_intel_svm(FnTable& t) {
  {
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<int32_t> flags{1};
    static constexpr Slot<FileRef> pasid{2};  // int *pasid: &ctx->pasid of this file
    static constexpr Slot<MmRef> mm{3};
    static constexpr Slot<SvmRef> svm{4};
    static constexpr Slot<SdevRef> sdev{5};
    static constexpr Slot<int32_t> ret{6};
    // ret = idr_alloc(...) until svm->pasid = ret: the C reuses ret, which
    // the model keeps for the return value
    static constexpr Slot<Pasid> new_pasid{7};
    t.def({FnId::intel_svm_bind_mm,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           Milestone::Bind,
           {
               {"struct intel_iommu *iommu = intel_svm_device_to_iommu(dev); pasid_max = "
                "pci_max_pasids(to_pci_dev(dev));"},
               {"if ((flags & SVM_FLAG_SUPERVISOR_MODE)) { if (!ecap_srs(iommu->ecap)) return -EINVAL; } else if "
                "(pasid) { mm = get_task_mm(current);",
                [](Ctx& c) {
                  if (c[flags] & SVM_FLAG_SUPERVISOR_MODE) {
                    if (!(c.hwr().ecap & vtd::ECAP_SRS)) return c.ret(-kEINVAL);
                    return c.go("lock");
                  }
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
                .guard = pasid_mutex_free,
                .label = "lock"},
               {"if (pasid && !(flags & SVM_FLAG_PRIVATE_PASID)) { idr_for_each_entry(&iommu->pasid_idr, svm, i) { "
                "if (svm->mm != mm || (svm->flags & SVM_FLAG_PRIVATE_PASID)) continue; ... "
                "list_for_each_entry(sdev, &svm->devs, list) { if (dev == sdev->dev) { ... sdev->users++; goto "
                "success; } } break; } }",
                [](Ctx& c) {
                  const auto idr = c.drvr().pasid_idr;
                  for (const auto& [id, sid] : idr) {
                    // Every binding's mm and flags, which bind set once and
                    // nothing changes, under pasid_mutex: a shared read, not
                    // a reach into another process's svm (explore/ownership.h).
                    const IntelSvm& other = c.drvr().svms[sid.idx - 1];
                    if (other.mm.idx != c[mm].idx || (other.flags & SVM_FLAG_PRIVATE_PASID)) continue;
                    const IntelSvm& s = c.svm(sid.idx);
                    c.set(svm, SvmRef{sid.idx});
                    for (ObjId d : s.devs) {
                      IntelSvmDev& sd = c.sdev(d.idx);
                      if (sd.device.idx == c[dev].idx) {
                        ++sd.users;
                        c.set(sdev, SdevRef{d.idx});
                        c.hold(d, Ctr::SdevUsers);  // the caller's context holds it once *pasid is set
                        c.say([&] { return txt(N_("This device already uses PASID %1 for this mm: users +1."), id); });
                        return c.go("success");
                      }
                    }
                    c.say([&] { return txt(N_("PASID %1 already serves this mm: the device joins it."), id); });
                    break;
                  }
                  return c.next();
                }},
               {"sdev = kzalloc(sizeof(*sdev), GFP_KERNEL); sdev->dev = dev;",
                [](Ctx& c) {
                  c.set(sdev, SdevRef{c.new_sdev()});
                  IntelSvmDev& d = c.sdev(c[sdev]);
                  d.device = c[dev].id();
                  d.users = 0;  // kzalloc: users is set to 1 below
                  return c.next();
                }},
               {"ret = intel_iommu_enable_pasid(iommu, sdev);",
                [](Ctx& c) { return c.call(FnId::intel_iommu_enable_pasid, {c[sdev]}); }},
               {"if (ret || !pasid) { kfree(sdev); goto out; } sdev->users = 1; sdev->ops = ops; "
                "init_rcu_head(&sdev->rcu);",
                [](Ctx& c) {
                  if (c.callee_ret()) {
                    c.free_sdev(c[sdev].idx);
                    c.set(ret, c.callee_ret<int32_t>());
                    return c.go("out");
                  }
                  c.sdev(c[sdev]).users = 1;
                  c.hold(c[sdev], Ctr::SdevUsers);
                  return c[svm] ? c.go("add") : c.next();
                }},
               {"if (!svm) { svm = kzalloc(sizeof(*svm), GFP_KERNEL); svm->iommu = iommu; if (pasid_max > 2 << "
                "ecap_pss(iommu->ecap)) pasid_max = 2 << ecap_pss(iommu->ecap);",
                [](Ctx& c) {
                  c.set(svm, SvmRef{c.new_svm()});
                  return c.next();
                }},
               {"ret = idr_alloc(&iommu->pasid_idr, svm, !!cap_caching_mode(iommu->cap), pasid_max - 1, GFP_KERNEL);",
                [](Ctx& c) {
                  const uint32_t pasid_max = 2u << vtd::ecap_pss(c.hwr().ecap);
                  uint32_t id = (c.hwr().cap & vtd::CAP_CM) ? 1 : 0;
                  while (id < pasid_max - 1 && c.drvr().idr_find(id)) ++id;
                  if (id >= pasid_max - 1) {  // the end is exclusive: the top PASID is never handed out
                    c.free_svm(c[svm].idx);
                    c.free_sdev(c[sdev].idx);
                    c.set(ret, -kENOSPC);
                    return c.go("out");
                  }
                  auto& idr = c.drv().pasid_idr;
                  idr.emplace_back(id, c[svm].id());
                  std::sort(idr.begin(), idr.end());
                  auto& seen = c.drv().pasids_seen;
                  if (std::find(seen.begin(), seen.end(), id) == seen.end()) {
                    seen.push_back(id);
                    std::sort(seen.begin(), seen.end());
                  }
                  c.set(new_pasid, Pasid{id});
                  c.say([&] { return txt(N_("PASID %1 allocated."), id); });
                  return c.next();
                }},
               {"svm->pasid = ret; svm->notifier.ops = &intel_mmuops; svm->mm = mm; svm->flags = flags; "
                "INIT_LIST_HEAD_RCU(&svm->devs);",
                [](Ctx& c) {
                  IntelSvm& s = c.svm(c[svm]);
                  s.pasid = c[new_pasid];
                  s.mm = c[mm] ? c[mm].id() : ObjId{};
                  s.flags = static_cast<uint32_t>(c[flags]);
                  return c.next();
                }},
               {"if (mm) { ret = mmu_notifier_register(&svm->notifier, mm);",
                [](Ctx& c) {
                  if (!c[mm]) return c.go("supervisor");
                  return c.call(FnId::mmu_notifier_register, {c[svm], c[mm]});
                }},
               {"iommu->pasid_table[svm->pasid].val = (u64)__pa(mm->pgd) | 1;",
                [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  const uint64_t e = (c.mm(c[mm]).pgd.v << kPageShift) | vtd::PASID_P;
                  c.mem().write(PhysAddr{pasid_entry_addr(c, id)}, e);
                  c.svm(c[svm]).entry_written = true;
                  c.say([&] { return txt(N_("PASID entry %1 points at this mm's page tables (FLPTPTR = pgd)."), id); });
                  return c.next();
                }},
               {.text = "mm = NULL;",
                .body = [](Ctx& c) {
                  c.keep(c[mm], Ctr::MmUsers);
                  c.set(mm, MmRef{});
                  c.svm(c[svm]).holds_mm_users = true;
                  c.say(N_("v4.4 forgets its mm pointer here, so the mmput() at out: is skipped: the binding keeps the "
                           "mm_users reference from get_task_mm()."));
                  return c.next();
                },
                .when = keeps_users},
               {"} else", [](Ctx& c) { return c.go("wmb"); }},
               {.text = "iommu->pasid_table[svm->pasid].val = (u64)__pa(init_mm.pgd) | 1 | (1ULL << 11);",
                .body = [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  const uint64_t e = (c.kr().init_mm_pgd.v << kPageShift) | vtd::PASID_P | vtd::PASID_SRE;
                  c.mem().write(PhysAddr{pasid_entry_addr(c, id)}, e);
                  c.svm(c[svm]).entry_written = true;
                  c.say(N_("A supervisor PASID: the kernel's own page tables (init_mm.pgd), SRE set, no mm."));
                  return c.next();
                },
                .label = "supervisor"},
               {.text = "wmb(); /* In caching mode, we still have to flush with PASID 0 when a PASID table entry "
                        "becomes present. ... */ if (cap_caching_mode(iommu->cap)) "
                        "intel_flush_pasid_dev(svm, sdev, 0); }",
                .body = [](Ctx& c) {
                  if (!(c.hwr().cap & vtd::CAP_CM)) return c.next();
                  return c.call(FnId::intel_flush_pasid_dev, {c[svm], c[sdev], Pasid{0}});
                },
                .label = "wmb"},
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
                  // The file's context now holds the user it bound.
                  c.keep(c[sdev], Ctr::SdevUsers);
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
           }});
  }

  {
    // drivers/iommu/intel-iommu.c, v4.4
    static constexpr Slot<SdevRef> sdev{0};
    static constexpr Slot<int32_t> info{1};  // info = sdev->dev->archdata.iommu: the device's 0-based index
    t.def({FnId::intel_iommu_enable_pasid,
           "drivers/iommu/intel-iommu.c",
           Origin::Kernel,
           {},
           {
               {"domain = get_valid_domain_for_dev(sdev->dev); spin_lock_irqsave(&device_domain_lock, flags); "
                "spin_lock(&iommu->lock); info = sdev->dev->archdata.iommu; if (!info || !info->pasid_supported) goto out;",
                [](Ctx& c) {
                  c.set(info, static_cast<int32_t>(c.sdev(c[sdev]).device.idx) - 1);
                  return c.next();
                }},
               {"context = iommu_context_addr(iommu, info->bus, info->devfn, 0); ctx_lo = context[0].lo; sdev->did = "
                "domain->iommu_did[iommu->seq_id]; sdev->sid = PCI_DEVID(info->bus, info->devfn);",
                [](Ctx& c) {
                  const DeviceSpec& d = c.scenario().devices[c[info]];
                  IntelSvmDev& sd = c.sdev(c[sdev]);
                  sd.did = DomainId{d.did};
                  sd.sid = SourceId{d.sid};
                  return c.next();
                }},
               {"if (!(ctx_lo & CONTEXT_PASIDE)) { context[1].hi = (u64)virt_to_phys(iommu->pasid_state_table); "
                "context[1].lo = (u64)virt_to_phys(iommu->pasid_table) | ecap_pss(iommu->ecap); wmb();",
                [](Ctx& c) {
                  const DeviceSpec& d = c.scenario().devices[c[info]];
                  const uint64_t ce = c.hwr().context_entry_addr(d.sid);
                  if (c.memr().read(PhysAddr{ce}) & vtd::CONTEXT_PASIDE) return c.go("dev");
                  // No PASID-state table (ECAP.DIS = 0): iommu->pasid_state_table is NULL, and v4.4 writes
                  // virt_to_phys(NULL) = 0 - __START_KERNEL_map + (__START_KERNEL_map - PAGE_OFFSET) with
                  // PAGE_OFFSET 0xffff880000000000. The hardware ignores it while CONTEXT_DINVE is clear.
                  c.mem().write(PhysAddr{ce + 24}, kVirtToPhysNull);
                  // v4.4 writes PSS into PTS (65ca7f5f7d1c later fixed it); with PSS=4 both agree on one page.
                  c.mem().write(PhysAddr{ce + 16}, (c.hwr().pasid_table.v << kPageShift) | vtd::ecap_pss(c.hwr().ecap));
                  return c.next();
                }},
               {"if ((ctx_lo & CONTEXT_TT_MASK) == (CONTEXT_TT_PASS_THROUGH << 2)) { ... } ctx_lo |= CONTEXT_PASIDE; "
                "if (iommu->pasid_state_table) ctx_lo |= CONTEXT_DINVE; if (info->pri_supported) ctx_lo |= "
                "CONTEXT_PRS; context[0].lo = ctx_lo; wmb();",
                [](Ctx& c) {
                  const DeviceSpec& d = c.scenario().devices[c[info]];
                  const uint64_t ce = c.hwr().context_entry_addr(d.sid);
                  uint64_t lo = c.memr().read(PhysAddr{ce});
                  if (vtd::context_tt(lo) == vtd::CONTEXT_TT_PASS_THROUGH) {
                    lo &= ~vtd::CONTEXT_TT_MASK;
                    lo |= (d.ats ? vtd::CONTEXT_TT_PT_PASID_DEV_IOTLB : vtd::CONTEXT_TT_PT_PASID) << 2;
                  }
                  lo |= vtd::CONTEXT_PASIDE;
                  if (d.pri) lo |= vtd::CONTEXT_PRS;
                  c.mem().write(PhysAddr{ce}, lo);
                  c.say([&] {
                    return Text::literal(d.pri ? N_("The device's extended context entry gets PASIDE and PRE and the PASID table pointer.")
                                               : N_("The device's extended context entry gets PASIDE and the PASID table pointer."));
                  });
                  return c.next();
                }},
               {"iommu->flush.flush_context(iommu, sdev->did, sdev->sid, DMA_CCMD_MASK_NOBIT, DMA_CCMD_DEVICE_INVL); }",
                [](Ctx& c) {
                  const IntelSvmDev& sd = c.sdev(c[sdev]);
                  return c.call(FnId::qi_flush_context, {sd.did, sd.sid});
                }},
               {.text = "if (!info->pasid_enabled) iommu_enable_dev_iotlb(info);  /* PCI PASID, PRI and ATS enabled */",
                .body = [](Ctx& c) {
                  const DeviceSpec& d = c.scenario().devices[c[info]];
                  DeviceState& ds = c.dev(c[info]);
                  ds.pasid_enabled = true;
                  ds.pri_enabled = d.pri;
                  ds.ats_enabled = d.ats;
                  return c.next();
                },
                .label = "dev"},
               {"if (info->ats_enabled) { sdev->dev_iotlb = 1; sdev->qdep = info->ats_qdep; if (sdev->qdep >= "
                "QI_DEV_EIOTLB_MAX_INVS) sdev->qdep = 0; } ret = 0; out: spin_unlock(&iommu->lock); "
                "spin_unlock_irqrestore(&device_domain_lock, flags); return ret;",
                [](Ctx& c) {
                  if (c.scenario().devices[c[info]].ats) {
                    IntelSvmDev& sd = c.sdev(c[sdev]);
                    sd.dev_iotlb = true;
                    // info->ats_qdep = pci_ats_queue_depth(pdev) (intel-iommu.c, v4.4): a device whose ATS
                    // capability reports queue depth 0 means 32 (PCI_ATS_MAX_QDEP); the model's devices all do
                    // (modeled). 32 >= QI_DEV_EIOTLB_MAX_INVS, so sdev->qdep = 0.
                    const uint32_t ats_qdep = 32;
                    sd.qdep = static_cast<uint8_t>(ats_qdep >= qi::DEV_EIOTLB_MAX_INVS ? 0 : ats_qdep);
                  }
                  return c.ret(0);
                }},
           }});
  }

  {
    // drivers/iommu/dmar.c
    static constexpr Slot<DomainId> did{0};
    static constexpr Slot<SourceId> sid{1};
    static constexpr Slot<uint64_t> desc_low{2};  // struct qi_desc desc: desc.low
    static constexpr Slot<uint64_t> desc_high{3};  // desc.high
    t.def({FnId::qi_flush_context,
           "drivers/iommu/dmar.c",
           Origin::Kernel,
           {},
           {
               {"desc.low = QI_CC_FM(fm) | QI_CC_SID(sid) | QI_CC_DID(did) | QI_CC_GRAN(type) | QI_CC_TYPE; "
                "desc.high = 0;",
                [](Ctx& c) {
                  c.set(desc_low,
                        qi::CC_SID(c[sid].v) | qi::CC_DID(c[did].v) | qi::CC_GRAN(qi::CC_GRAN_DEVICE) | qi::CC_TYPE);
                  c.set(desc_high, 0);
                  return c.next();
                }},
               {"qi_submit_sync(&desc, iommu);",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[desc_low], c[desc_high]}); }},
           }});
  }

  {
    // drivers/iommu/dmar.c
    static constexpr Slot<uint64_t> desc_low{0};  // struct qi_desc *desc: desc->low
    static constexpr Slot<uint64_t> desc_high{1};  // desc->high
    static constexpr Slot<int32_t> index{2};
    static constexpr Slot<int32_t> wait_index{3};
    t.def({FnId::qi_submit_sync,
           "drivers/iommu/dmar.c",
           Origin::Kernel,
           {},
           {
               {.text = "raw_spin_lock_irqsave(&qi->q_lock, flags); index = qi->free_head; wait_index = (index + 1) % "
                "QI_LENGTH; hw[index] = *desc; hw[wait_index] = wait_desc; qi->free_head = (qi->free_head + 2) % "
                "QI_LENGTH; qi->free_cnt -= 2; writel(qi->free_head << DMAR_IQ_SHIFT, iommu->reg + DMAR_IQT_REG);",
                .body = [](Ctx& c) {
                  DriverState& d = c.drv();
                  const uint32_t n = static_cast<uint32_t>(d.qi_status.size());
                  c.set(index, static_cast<int32_t>(d.qi_free_head));
                  c.set(wait_index, static_cast<int32_t>((d.qi_free_head + 1) % n));
                  d.qi_status[c[index]] = d.qi_status[c[wait_index]] = QiStatus::InUse;
                  IommuState& hw = c.hw();
                  hw.iq.set(c[index], Desc{c[desc_low], c[desc_high]});
                  hw.iq.set(c[wait_index], Desc{qi::IWD_STATUS_DATA(qi::QI_DONE) | qi::IWD_STATUS_WRITE | qi::IWD_TYPE,
                                                qi::kStatusBase + c[wait_index] * 4});
                  d.qi_free_head = (d.qi_free_head + 2) % n;
                  d.qi_free_cnt -= 2;
                  hw.iqt = d.qi_free_head;
                  c.text([&] {
                    return "qi_submit_sync(): IQ[" + std::to_string(c[index]) + "] = " + qi::describe(hw.iq[c[index]]) +
                           "; IQ[" + std::to_string(c[wait_index]) +
                           "] = invalidation wait; IQT = free_head << DMAR_IQ_SHIFT = " + hex(uint64_t(hw.iqt) << 4) +
                           " (slot " + std::to_string(hw.iqt) + ")";
                  });
                  return c.next();
                },
                .guard = qi_has_room},
               {.text = "while (qi->desc_status[wait_index] != QI_DONE) { ... cpu_relax(); ... } qi->desc_status[index] "
                        "= QI_DONE; reclaim_free_desc(qi); raw_spin_unlock_irqrestore(&qi->q_lock, flags); return rc;",
                .body = [](Ctx& c) {
                  DriverState& d = c.drv();
                  const uint32_t n = static_cast<uint32_t>(d.qi_status.size());
                  d.qi_status[c[index]] = QiStatus::Done;
                  // reclaim_free_desc(): the slots in use run from free_tail to free_head.
                  uint32_t tail = (d.qi_free_head + d.qi_free_cnt) % n;
                  while (d.qi_free_cnt < n &&
                         (d.qi_status[tail] == QiStatus::Done || d.qi_status[tail] == QiStatus::Abort)) {
                    d.qi_status[tail] = QiStatus::Free;
                    tail = (tail + 1) % n;
                    ++d.qi_free_cnt;
                  }
                  c.queue_step(QiEffect::kReclaim);
                  return c.ret(0);
                },
                .guard = qi_wait_done<wait_index>,
                // Once the IOMMU wrote QI_DONE for this wait, only this
                // thread takes it back: another's reclaim_free_desc() stops
                // at this thread's first slot, QI_IN_USE until the line above.
                .guard_monotone = true},
           }});
  }

  {
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
               {"iommu = intel_svm_device_to_iommu(dev); if (!iommu || !iommu->pasid_table) goto out; svm = "
                "idr_find(&iommu->pasid_idr, pasid); if (!svm) goto out;",
                [](Ctx& c) {
                  const ObjId s = c.drvr().idr_find(static_cast<uint32_t>(c[pasid]));
                  if (!s) return c.go("out");
                  c.set(svm, SvmRef{s.idx});
                  return c.next();
                }},
               {"list_for_each_entry(sdev, &svm->devs, list) { if (dev == sdev->dev) { ret = 0; sdev->users--;",
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
               {.text = "intel_pasid_tear_down_entry(iommu, dev, svm->pasid, false); intel_svm_drain_prq(dev, "
                        "svm->pasid);  /* (v5.18-rc5; v5.7 without the last argument and the drain) this device's PASID "
                        "entry is cleared; the two flushes below stand for the tear-down's own */",
                .body = [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  c.mem().write(PhysAddr{pasid_entry_addr(c, id)}, 0);
                  c.say([&] {
                    return txt(N_("PASID entry %1 cleared at unbind: the device can no longer walk the page tables it "
                                  "pointed at."),
                               id);
                  });
                  return c.next();
                },
                .when = tears_down},
               {"intel_flush_pasid_dev(svm, sdev, svm->pasid);",
                [](Ctx& c) { return c.call(FnId::intel_flush_pasid_dev, {c[svm], c[sdev], c.svm(c[svm]).pasid}); }},
               {"intel_flush_svm_range_dev(svm, sdev, 0, -1, 0, !svm->mm);",
                [](Ctx& c) {
                  return c.call(FnId::intel_flush_svm_range_dev, {c[svm], c[sdev], 0, -1, 0, !c.svm(c[svm]).mm});
                }},
               {"kfree_rcu(sdev, rcu);",
                [](Ctx& c) {
                  c.free_sdev(c[sdev].idx);
                  return c.next();
                }},
               {"if (list_empty(&svm->devs)) {",
                [](Ctx& c) { return c.svm(c[svm]).devs.empty() ? c.next() : c.go("out"); }},
               {.text = "mmu_notifier_unregister(&svm->notifier, svm->mm);",
                .body = [](Ctx& c) { return c.call(FnId::mmu_notifier_unregister, {c[svm], MmRef{c.svm(c[svm]).mm.idx}}); },
                .when = v44},
               {"idr_remove(&svm->iommu->pasid_idr, svm->pasid);",
                [](Ctx& c) {
                  const uint32_t id = c.svm(c[svm]).pasid.v;
                  auto& idr = c.drv().pasid_idr;
                  idr.erase(std::remove_if(idr.begin(), idr.end(), [&](const auto& e) { return e.first == id; }),
                            idr.end());
                  return c.next();
                }},
               {.text = "if (svm->mm) mmput(svm->mm);",
                .body = [](Ctx& c) {
                  IntelSvm& s = c.svm(c[svm]);
                  if (!s.mm) return c.next();
                  s.holds_mm_users = false;
                  c.hold(s.mm, Ctr::MmUsers);  // the binding's reference, passed to mmput()
                  return c.call(FnId::mmput, {MmRef{s.mm.idx}});
                },
                .when = v44},
               {.text = "if (svm->mm) mmu_notifier_unregister(&svm->notifier, svm->mm);",
                .body = [](Ctx& c) {
                  const ObjId mm = c.svm(c[svm]).mm;
                  if (!mm) return c.next();
                  return c.call(FnId::mmu_notifier_unregister, {c[svm], MmRef{mm.idx}});
                },
                .when = v45},
               {"memset(svm, 0x6b, sizeof(*svm)); kfree(svm); } } break; } }",
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
           }});
  }

  {
    static constexpr Slot<SvmRef> svm{0};  // container_of(mn, struct intel_svm, notifier)
    static constexpr Slot<MmRef> mm{1};
    static constexpr Slot<int32_t> pos{2};  // where list_for_each_entry_rcu() is in svm->devs
    static constexpr Slot<SdevRef> sdev{3};
    t.def({FnId::intel_mm_release,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           Milestone::NotifierRelease,
           {
               {.text = "svm->iommu->pasid_table[svm->pasid].val = 0;",
                .body = [](Ctx& c) {
                  const uint32_t pasid = c.svm(c[svm]).pasid.v;
                  c.mem().write(PhysAddr{pasid_entry_addr(c, pasid)}, 0);
                  c.say([&] {
                    return txt(N_("PASID entry %1 cleared: the hardware can no longer walk these page tables."), pasid);
                  });
                  return c.next();
                },
                .when = clears},
               {.text = "wmb(); rcu_read_lock();", .when = flushes},
               {.text = "list_for_each_entry_rcu(sdev, &svm->devs, list) {",
                .body = [](Ctx& c) {
                  const auto& devs = c.svm(c[svm]).devs;
                  if (c[pos] >= static_cast<int32_t>(devs.size())) return c.go("done");
                  c.set(sdev, SdevRef{devs[c[pos]].idx});
                  c.set(pos, c[pos] + 1);
                  return c.next();
                },
                .when = flushes,
                .label = "loop"},
               {.text = "intel_flush_pasid_dev(svm, sdev, svm->pasid);",
                .body = [](Ctx& c) {
                  return c.call(FnId::intel_flush_pasid_dev, {c[svm], c[sdev], c.svm(c[svm]).pasid});
                },
                .when = flushes},
               {.text = "intel_flush_svm_range_dev(svm, sdev, 0, -1, 0, !svm->mm); }",
                .body = [](Ctx& c) {
                  return c.call_then(FnId::intel_flush_svm_range_dev, {c[svm], c[sdev], 0, -1, 0, !c.svm(c[svm]).mm},
                                     "loop");
                },
                .when = flushes},
               {.text = "rcu_read_unlock();", .when = flushes, .label = "done"},
               {.text = "/* There's no need to do any flush because we can't get here if there are any devices left "
                        "anyway. */ WARN_ON(!list_empty(&svm->devs));",
                .body = [](Ctx& c) {
                  if (!c.svm(c[svm]).devs.empty())
                    c.report(ViolationKind::Bug,
                             N_("WARNING at drivers/iommu/intel-svm.c intel_mm_release(): devices still bound, and no flush"),
                             {c[svm].id()});
                  return c.next();
                },
                .when = warns},
           }});
  }

  {
    // intel_mmuops.change_pte (v4.4 and v4.5 alike), called by set_pte_at_notify()
    // in wp_page_copy(): one page, IH = 1 (only a PTE changed)
    static constexpr Slot<SvmRef> svm{0};  // container_of(mn, struct intel_svm, notifier)
    static constexpr Slot<MmRef> mm{1};
    static constexpr Slot<uint64_t> address{2};
    t.def({FnId::intel_change_pte,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {{"struct intel_svm *svm = container_of(mn, struct intel_svm, notifier); intel_flush_svm_range(svm, "
             "address, 1, 1, 0);",
             [](Ctx& c) { return c.call_ret(FnId::intel_flush_svm_range, {c[svm], c[address], 1, 1, 0}); }}}});
  }

  {
    static constexpr Slot<SvmRef> svm{0};  // container_of(mn, struct intel_svm, notifier)
    static constexpr Slot<MmRef> mm{1};
    static constexpr Slot<uint64_t> start{2};
    static constexpr Slot<uint64_t> end{3};
    t.def({FnId::intel_invalidate_range,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {{"/* Pages have been freed at this point */ intel_flush_svm_range(svm, start, (end - start + PAGE_SIZE - "
             "1) >> VTD_PAGE_SHIFT, 0, 0);",
             [](Ctx& c) {
               const int64_t pages = static_cast<int64_t>((c[end] - c[start] + kPageSize - 1) >> kPageShift);
               return c.call_ret(FnId::intel_flush_svm_range, {c[svm], c[start], pages, 0, 0});
             }}}});
  }

  {
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<uint64_t> address{1};
    static constexpr Slot<int64_t> pages{2};  // unsigned long in the C, compared with -1 (all)
    static constexpr Slot<int32_t> ih{3};
    static constexpr Slot<int32_t> gl{4};
    static constexpr Slot<int32_t> pos{5};  // where list_for_each_entry_rcu() is in svm->devs
    static constexpr Slot<SdevRef> sdev{6};
    t.def({FnId::intel_flush_svm_range,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {
               {"/* Try deferred invalidate if available */ if (svm->iommu->pasid_state_table && "
                "!cmpxchg64(&svm->iommu->pasid_state_table[svm->pasid].val, 0, 1ULL << 63)) return;  /* no state "
                "table here: ECAP.DIS = 0 */"},
               {.text = "rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list)",
                .body = [](Ctx& c) {
                  const auto& devs = c.svm(c[svm]).devs;
                  if (c[pos] >= static_cast<int32_t>(devs.size())) return c.go("done");
                  c.set(sdev, SdevRef{devs[c[pos]].idx});
                  c.set(pos, c[pos] + 1);
                  return c.next();
                },
                .label = "loop"},
               {"intel_flush_svm_range_dev(svm, sdev, address, pages, ih, gl);",
                [](Ctx& c) {
                  return c.call_then(FnId::intel_flush_svm_range_dev,
                                     {c[svm], c[sdev], c[address], c[pages], c[ih], c[gl]}, "loop");
                }},
               {.text = "rcu_read_unlock();", .label = "done"},
           }});
  }

  {
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<SdevRef> sdev{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<int64_t> pages{3};  // unsigned long in the C, compared with -1 (all)
    static constexpr Slot<int32_t> ih{4};
    static constexpr Slot<int32_t> gl{5};
    static constexpr Slot<uint64_t> desc_low{6};  // struct qi_desc desc: desc.low
    static constexpr Slot<uint64_t> desc_high{7};  // desc.high
    t.def({FnId::intel_flush_svm_range_dev,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {
               {"if (pages == -1) { desc.low = QI_EIOTLB_PASID(svm->pasid) | QI_EIOTLB_DID(sdev->did) | "
                "QI_EIOTLB_GRAN(gl ? QI_GRAN_ALL_ALL : QI_GRAN_NONG_PASID) | QI_EIOTLB_TYPE; desc.high = 0; } else { "
                "int mask = ilog2(__roundup_pow_of_two(pages)); desc.low = ... QI_EIOTLB_GRAN(QI_GRAN_PSI_PASID) ...; "
                "desc.high = QI_EIOTLB_ADDR(address) | QI_EIOTLB_GL(gl) | QI_EIOTLB_IH(ih) | QI_EIOTLB_AM(mask); }",
                [](Ctx& c) {
                  const uint32_t pasid = c.svm(c[svm]).pasid.v;
                  const uint16_t did = c.sdev(c[sdev]).did.v;
                  uint64_t lo = qi::EIOTLB_PASID(pasid) | qi::EIOTLB_DID(did) | qi::EIOTLB_TYPE, hi = 0;
                  if (c[pages] == -1) {
                    lo |= qi::EIOTLB_GRAN(c[gl] ? qi::GRAN_ALL_ALL : qi::GRAN_NONG_PASID);
                  } else {
                    uint64_t mask = 0;  // ilog2(__roundup_pow_of_two(pages))
                    while ((1ULL << mask) < static_cast<uint64_t>(c[pages])) ++mask;
                    lo |= qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID);
                    hi = qi::EIOTLB_ADDR(c[address]) | qi::EIOTLB_GL(c[gl]) | qi::EIOTLB_IH(c[ih]) | qi::EIOTLB_AM(mask);
                  }
                  c.set(desc_low, lo);
                  c.set(desc_high, hi);
                  return c.next();
                }},
               {"qi_submit_sync(&desc, svm->iommu);",
                [](Ctx& c) { return c.call(FnId::qi_submit_sync, {c[desc_low], c[desc_high]}); }},
               {"if (sdev->dev_iotlb) {", [](Ctx& c) { return c.sdev(c[sdev]).dev_iotlb ? c.next() : c.ret(); }},
               {"desc.low = QI_DEV_EIOTLB_PASID(svm->pasid) | QI_DEV_EIOTLB_SID(sdev->sid) | "
                "QI_DEV_EIOTLB_QDEP(sdev->qdep) | QI_DEIOTLB_TYPE; if (pages == -1) desc.high = "
                "QI_DEV_EIOTLB_ADDR(-1ULL >> 1) | QI_DEV_EIOTLB_SIZE; else if (pages > 1) { ... } else desc.high = "
                "QI_DEV_EIOTLB_ADDR(address);",
                [](Ctx& c) {
                  const uint32_t pasid = c.svm(c[svm]).pasid.v;
                  const IntelSvmDev& sd = c.sdev(c[sdev]);
                  // The era's macros (see Variant::dev_eiotlb_2016_macros): the descriptor is built as the
                  // driver wrote it, and the IOMMU decodes the bits where the hardware reads them.
                  const bool era = c.variant().dev_eiotlb_2016_macros;
                  const uint64_t lo = qi::DEV_EIOTLB_PASID(pasid) |
                                      (era ? qi::DEV_EIOTLB_SID_V44(sd.sid.v) : qi::DEV_EIOTLB_SID(sd.sid.v)) |
                                      (era ? qi::DEV_EIOTLB_QDEP_V44(sd.qdep) : qi::DEV_EIOTLB_QDEP(sd.qdep)) |
                                      qi::DEIOTLB_TYPE;
                  uint64_t hi;
                  if (c[pages] == -1) {
                    hi = qi::DEV_EIOTLB_ADDR(~0ULL >> 1) | qi::DEV_EIOTLB_SIZE;
                  } else if (c[pages] > 1) {
                    // The least significant zero bit indicates the size.
                    const uint64_t last = c[address] + (static_cast<uint64_t>(c[pages] - 1) << kPageShift);
                    uint64_t mask = 1;
                    while ((mask << 1) <= (c[address] ^ last)) mask <<= 1;
                    hi = qi::DEV_EIOTLB_ADDR((c[address] & ~mask) | (mask - 1)) | qi::DEV_EIOTLB_SIZE;
                  } else {
                    hi = qi::DEV_EIOTLB_ADDR(c[address]);
                  }
                  c.set(desc_low, lo);
                  c.set(desc_high, hi);
                  const Desc d{lo, hi};
                  if (qi::dev_eiotlb_sid(d) != sd.sid.v || qi::dev_eiotlb_pasid(d) != pasid)
                    c.say([&] {
                      return txt(N_("QI_DEV_EIOTLB_SID() shifts the source id by 32, into the PASID field, and "
                                    "QI_DEV_EIOTLB_QDEP() the queue depth by 16, into the SID field: meant for %1, PASID "
                                    "%2, the descriptor reads SID %3, PASID %4."),
                                 sid_name(sd.sid), pasid, sid_name(SourceId{qi::dev_eiotlb_sid(d)}), qi::dev_eiotlb_pasid(d));
                    });
                  return c.next();
                }},
               {"qi_submit_sync(&desc, svm->iommu); }",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[desc_low], c[desc_high]}); }},
           }});
  }

  {
    static constexpr Slot<SvmRef> svm{0};
    static constexpr Slot<SdevRef> sdev{1};
    static constexpr Slot<Pasid> pasid{2};
    static constexpr Slot<uint64_t> desc_low{3};  // struct qi_desc desc: desc.low
    static constexpr Slot<uint64_t> desc_high{4};  // desc.high
    t.def({FnId::intel_flush_pasid_dev,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {
               {"desc.high = 0; desc.low = QI_PC_TYPE | QI_PC_DID(sdev->did) | QI_PC_PASID_SEL | QI_PC_PASID(pasid);",
                [](Ctx& c) {
                  c.set(desc_low, qi::PC_PASID_SEL | qi::PC_DID(c.sdev(c[sdev]).did.v) | qi::PC_PASID(c[pasid].v));
                  c.set(desc_high, 0);
                  return c.next();
                }},
               {"qi_submit_sync(&desc, svm->iommu);",
                [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c[desc_low], c[desc_high]}); }},
           }});
  }
}

}  // namespace svm
