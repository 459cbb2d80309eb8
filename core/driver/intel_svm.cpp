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

Wait qi_wait_done(const View& v) {
  const auto idx = static_cast<size_t>(v.v(3));
  if (v.drvr().qi_status[idx] == QiStatus::Done) return {};
  return {Wait::Kind::Event, N_("the invalidation wait descriptor to complete")};
}

}  // namespace

void define_intel_svm(FnTable& t) {
  // v0: device (1-based); v1: flags; v2: file whose ctx->pasid receives the PASID;
  // v3: mm; v4: svm; v5: sdev; v6: ret
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
                if (c.arg(1) & SVM_FLAG_SUPERVISOR_MODE) {
                  if (!(c.hwr().ecap & vtd::ECAP_SRS)) return c.ret(-kEINVAL);
                  return c.go("lock");
                }
                return c.call(FnId::get_task_mm, {c.self_task_idx()});
              }},
             {"BUG_ON(!mm); }",
              [](Ctx& c) {
                c.v(3) = c.View::thread().ret;
                if (!c.arg(3)) return c.oops(N_("kernel BUG at drivers/iommu/intel-svm.c: BUG_ON(!mm)"));
                return c.next();
              }},
             {"mutex_lock(&pasid_mutex);",
              [](Ctx& c) {
                c.drv().pasid_mutex = static_cast<int16_t>(c.tid());
                return c.next();
              },
              pasid_mutex_free, nullptr, "lock"},
             {"if (pasid && !(flags & SVM_FLAG_PRIVATE_PASID)) { idr_for_each_entry(&iommu->pasid_idr, svm, i) { "
              "if (svm->mm != mm || (svm->flags & SVM_FLAG_PRIVATE_PASID)) continue; ... "
              "list_for_each_entry(sdev, &svm->devs, list) { if (dev == sdev->dev) { ... sdev->users++; goto "
              "success; } } break; } }",
              [](Ctx& c) {
                const auto idr = c.drvr().pasid_idr;
                for (const auto& [pasid, sid] : idr) {
                  const IntelSvm& s = c.svm(sid.idx);
                  if (s.mm.idx != c.arg(3) || (s.flags & SVM_FLAG_PRIVATE_PASID)) continue;
                  c.v(4) = sid.idx;
                  for (ObjId d : s.devs) {
                    IntelSvmDev& sd = c.sdev(d.idx);
                    if (sd.device.idx == c.arg(0)) {
                      ++sd.users;
                      c.v(5) = d.idx;
                      c.hold(d, Ctr::SdevUsers);  // the caller's context holds it once *pasid is set
                      c.say(txt(N_("This device already uses PASID %1 for this mm: users +1."), pasid));
                      return c.go("success");
                    }
                  }
                  c.say(txt(N_("PASID %1 already serves this mm: the device joins it."), pasid));
                  break;
                }
                return c.next();
              }},
             {"sdev = kzalloc(sizeof(*sdev), GFP_KERNEL); sdev->dev = dev;",
              [](Ctx& c) {
                const uint32_t sd = c.new_sdev();
                c.drv().sdevs[sd - 1].device = ObjId{Kind::Device, static_cast<uint32_t>(c.arg(0))};
                c.drv().sdevs[sd - 1].users = 0;  // kzalloc: users is set to 1 below
                c.v(5) = sd;
                return c.next();
              }},
             {"ret = intel_iommu_enable_pasid(iommu, sdev);",
              [](Ctx& c) { return c.call(FnId::intel_iommu_enable_pasid, {c.arg(5)}); }},
             {"if (ret || !pasid) { kfree(sdev); goto out; } sdev->users = 1; sdev->ops = ops; "
              "init_rcu_head(&sdev->rcu);",
              [](Ctx& c) {
                if (c.View::thread().ret) {
                  c.free_sdev(c.arg(5));
                  c.v(6) = c.View::thread().ret;
                  return c.go("out");
                }
                c.sdev(c.arg(5)).users = 1;
                c.hold(ObjId{Kind::Sdev, static_cast<uint32_t>(c.arg(5))}, Ctr::SdevUsers);
                return c.arg(4) ? c.go("add") : c.next();
              }},
             {"if (!svm) { svm = kzalloc(sizeof(*svm), GFP_KERNEL); svm->iommu = iommu; if (pasid_max > 2 << "
              "ecap_pss(iommu->ecap)) pasid_max = 2 << ecap_pss(iommu->ecap);",
              [](Ctx& c) {
                c.v(4) = c.new_svm();
                return c.next();
              }},
             {"ret = idr_alloc(&iommu->pasid_idr, svm, !!cap_caching_mode(iommu->cap), pasid_max - 1, GFP_KERNEL);",
              [](Ctx& c) {
                const uint32_t pasid_max = 2u << vtd::ecap_pss(c.hwr().ecap);
                uint32_t id = (c.hwr().cap & vtd::CAP_CM) ? 1 : 0;
                while (id < pasid_max - 1 && c.drvr().idr_find(id)) ++id;
                if (id >= pasid_max - 1) {  // the end is exclusive: the top PASID is never handed out
                  c.free_svm(c.arg(4));
                  c.free_sdev(c.arg(5));
                  c.v(6) = -kENOSPC;
                  return c.go("out");
                }
                auto& idr = c.drv().pasid_idr;
                idr.emplace_back(id, ObjId{Kind::Svm, static_cast<uint32_t>(c.arg(4))});
                std::sort(idr.begin(), idr.end());
                auto& seen = c.drv().pasids_seen;
                if (std::find(seen.begin(), seen.end(), id) == seen.end()) {
                  seen.push_back(id);
                  std::sort(seen.begin(), seen.end());
                }
                c.v(7) = id;
                c.say(txt(N_("PASID %1 allocated."), id));
                return c.next();
              }},
             {"svm->pasid = ret; svm->notifier.ops = &intel_mmuops; svm->mm = mm; svm->flags = flags; "
              "INIT_LIST_HEAD_RCU(&svm->devs);",
              [](Ctx& c) {
                IntelSvm& s = c.svm(c.arg(4));
                s.pasid = Pasid{static_cast<uint32_t>(c.arg(7))};
                s.mm = c.arg(3) ? ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(3))} : ObjId{};
                s.flags = static_cast<uint32_t>(c.arg(1));
                return c.next();
              }},
             {"if (mm) { ret = mmu_notifier_register(&svm->notifier, mm);",
              [](Ctx& c) {
                if (!c.arg(3)) return c.go("supervisor");
                return c.call(FnId::mmu_notifier_register, {c.arg(4), c.arg(3)});
              }},
             {"iommu->pasid_table[svm->pasid].val = (u64)__pa(mm->pgd) | 1;",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(4)).pasid.v;
                const uint64_t e = (c.mm(c.arg(3)).pgd.v << kPageShift) | vtd::PASID_P;
                c.mem().write(PhysAddr{pasid_entry_addr(c, pasid)}, e);
                c.svm(c.arg(4)).entry_written = true;
                c.say(txt(N_("PASID entry %1 points at this mm's page tables (FLPTPTR = pgd)."), pasid));
                return c.next();
              }},
             {"mm = NULL;",
              [](Ctx& c) {
                c.keep(ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(3))}, Ctr::MmUsers);
                c.v(3) = 0;
                c.svm(c.arg(4)).holds_mm_users = true;
                c.say(N_("v4.4 forgets its mm pointer here, so the mmput() at out: is skipped: the binding keeps the "
                         "mm_users reference from get_task_mm()."));
                return c.next();
              },
              nullptr, keeps_users},
             {"} else", [](Ctx& c) { return c.go("wmb"); }},
             {"iommu->pasid_table[svm->pasid].val = (u64)__pa(init_mm.pgd) | 1 | (1ULL << 11);",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(4)).pasid.v;
                const uint64_t e = (c.kr().init_mm_pgd.v << kPageShift) | vtd::PASID_P | vtd::PASID_SRE;
                c.mem().write(PhysAddr{pasid_entry_addr(c, pasid)}, e);
                c.svm(c.arg(4)).entry_written = true;
                c.say(N_("A supervisor PASID: the kernel's own page tables (init_mm.pgd), SRE set, no mm."));
                return c.next();
              },
              nullptr, nullptr, "supervisor"},
             {"wmb(); /* In caching mode, we still have to flush with PASID 0 when a PASID table entry becomes "
              "present. ... */ if (cap_caching_mode(iommu->cap)) intel_flush_pasid_dev(svm, sdev, 0); }",
              [](Ctx& c) {
                if (!(c.hwr().cap & vtd::CAP_CM)) return c.next();
                return c.call(FnId::intel_flush_pasid_dev, {c.arg(4), c.arg(5), 0});
              },
              nullptr, nullptr, "wmb"},
             {"list_add_rcu(&sdev->list, &svm->devs);",
              [](Ctx& c) {
                auto& devs = c.svm(c.arg(4)).devs;
                devs.insert(devs.begin(), ObjId{Kind::Sdev, static_cast<uint32_t>(c.arg(5))});
                c.sdev(c.arg(5)).svm = ObjId{Kind::Svm, static_cast<uint32_t>(c.arg(4))};
                return c.next();
              },
              nullptr, nullptr, "add"},
             {"success: *pasid = svm->pasid; ret = 0;",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(4)).pasid.v;
                c.file(c.arg(2)).ctx.pasid = static_cast<int32_t>(pasid);
                // The file's context now holds the user it bound.
                c.keep(ObjId{Kind::Sdev, static_cast<uint32_t>(c.arg(5))}, Ctr::SdevUsers);
                c.v(6) = 0;
                return c.next();
              },
              nullptr, nullptr, "success"},
             {"out: mutex_unlock(&pasid_mutex);",
              [](Ctx& c) {
                c.drv().pasid_mutex = -1;
                return c.next();
              },
              nullptr, nullptr, "out"},
             {"if (mm) mmput(mm);",
              [](Ctx& c) {
                if (!c.arg(3)) return c.next();
                return c.call(FnId::mmput, {c.arg(3)});
              }},
             {"return ret;", [](Ctx& c) { return c.ret(c.arg(6)); }},
         }});

  // drivers/iommu/intel-iommu.c, v4.4. v0: sdev; v1: device index (0-based)
  t.def({FnId::intel_iommu_enable_pasid,
         "drivers/iommu/intel-iommu.c",
         Origin::Kernel,
         {},
         {
             {"domain = get_valid_domain_for_dev(sdev->dev); spin_lock_irqsave(&device_domain_lock, flags); "
              "spin_lock(&iommu->lock); info = sdev->dev->archdata.iommu; if (!info || !info->pasid_supported) goto out;",
              [](Ctx& c) {
                c.v(1) = static_cast<int64_t>(c.sdev(c.arg(0)).device.idx) - 1;
                return c.next();
              }},
             {"context = iommu_context_addr(iommu, info->bus, info->devfn, 0); ctx_lo = context[0].lo; sdev->did = "
              "domain->iommu_did[iommu->seq_id]; sdev->sid = PCI_DEVID(info->bus, info->devfn);",
              [](Ctx& c) {
                const DeviceSpec& d = c.scenario().devices[c.arg(1)];
                IntelSvmDev& sd = c.sdev(c.arg(0));
                sd.did = DomainId{d.did};
                sd.sid = SourceId{d.sid};
                return c.next();
              }},
             {"if (!(ctx_lo & CONTEXT_PASIDE)) { context[1].hi = (u64)virt_to_phys(iommu->pasid_state_table); "
              "context[1].lo = (u64)virt_to_phys(iommu->pasid_table) | ecap_pss(iommu->ecap); wmb();",
              [](Ctx& c) {
                const DeviceSpec& d = c.scenario().devices[c.arg(1)];
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
                const DeviceSpec& d = c.scenario().devices[c.arg(1)];
                const uint64_t ce = c.hwr().context_entry_addr(d.sid);
                uint64_t lo = c.memr().read(PhysAddr{ce});
                if (vtd::context_tt(lo) == vtd::CONTEXT_TT_PASS_THROUGH) {
                  lo &= ~vtd::CONTEXT_TT_MASK;
                  lo |= (d.ats ? vtd::CONTEXT_TT_PT_PASID_DEV_IOTLB : vtd::CONTEXT_TT_PT_PASID) << 2;
                }
                lo |= vtd::CONTEXT_PASIDE;
                if (d.pri) lo |= vtd::CONTEXT_PRS;
                c.mem().write(PhysAddr{ce}, lo);
                c.say(d.pri ? N_("The device's extended context entry gets PASIDE and PRE and the PASID table pointer.")
                            : N_("The device's extended context entry gets PASIDE and the PASID table pointer."));
                return c.next();
              }},
             {"iommu->flush.flush_context(iommu, sdev->did, sdev->sid, DMA_CCMD_MASK_NOBIT, DMA_CCMD_DEVICE_INVL); }",
              [](Ctx& c) {
                const IntelSvmDev& sd = c.sdev(c.arg(0));
                return c.call(FnId::qi_flush_context, {sd.did.v, sd.sid.v});
              }},
             {"if (!info->pasid_enabled) iommu_enable_dev_iotlb(info);  /* PCI PASID, PRI and ATS enabled */",
              [](Ctx& c) {
                const DeviceSpec& d = c.scenario().devices[c.arg(1)];
                DeviceState& ds = c.dev(static_cast<int>(c.arg(1)));
                ds.pasid_enabled = true;
                ds.pri_enabled = d.pri;
                ds.ats_enabled = d.ats;
                return c.next();
              },
              nullptr, nullptr, "dev"},
             {"if (info->ats_enabled) { sdev->dev_iotlb = 1; sdev->qdep = info->ats_qdep; if (sdev->qdep >= "
              "QI_DEV_EIOTLB_MAX_INVS) sdev->qdep = 0; } ret = 0; out: spin_unlock(&iommu->lock); "
              "spin_unlock_irqrestore(&device_domain_lock, flags); return ret;",
              [](Ctx& c) {
                if (c.scenario().devices[c.arg(1)].ats) {
                  IntelSvmDev& sd = c.sdev(c.arg(0));
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

  // drivers/iommu/dmar.c. v0: did; v1: sid; v2/v3: descriptor
  t.def({FnId::qi_flush_context,
         "drivers/iommu/dmar.c",
         Origin::Kernel,
         {},
         {
             {"desc.low = QI_CC_FM(fm) | QI_CC_SID(sid) | QI_CC_DID(did) | QI_CC_GRAN(type) | QI_CC_TYPE; "
              "desc.high = 0;",
              [](Ctx& c) {
                c.v(2) = static_cast<int64_t>(qi::CC_SID(c.arg(1)) | qi::CC_DID(c.arg(0)) |
                                              qi::CC_GRAN(qi::CC_GRAN_DEVICE) | qi::CC_TYPE);
                c.v(3) = 0;
                return c.next();
              }},
             {"qi_submit_sync(&desc, iommu);", [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c.arg(2), c.arg(3)}); }},
         }});

  // drivers/iommu/dmar.c. v0/v1: descriptor; v2: index; v3: wait_index
  t.def({FnId::qi_submit_sync,
         "drivers/iommu/dmar.c",
         Origin::Kernel,
         {},
         {
             {"raw_spin_lock_irqsave(&qi->q_lock, flags); index = qi->free_head; wait_index = (index + 1) % "
              "QI_LENGTH; hw[index] = *desc; hw[wait_index] = wait_desc; qi->free_head = (qi->free_head + 2) % "
              "QI_LENGTH; qi->free_cnt -= 2; writel(qi->free_head << DMAR_IQ_SHIFT, iommu->reg + DMAR_IQT_REG);",
              [](Ctx& c) {
                DriverState& d = c.drv();
                const uint32_t n = static_cast<uint32_t>(d.qi_status.size());
                const uint32_t index = d.qi_free_head, wait_index = (index + 1) % n;
                d.qi_status[index] = d.qi_status[wait_index] = QiStatus::InUse;
                IommuState& hw = c.hw();
                hw.iq.set(index, Desc{static_cast<uint64_t>(c.arg(0)), static_cast<uint64_t>(c.arg(1))});
                hw.iq.set(wait_index, Desc{qi::IWD_STATUS_DATA(qi::QI_DONE) | qi::IWD_STATUS_WRITE | qi::IWD_TYPE,
                                           qi::kStatusBase + wait_index * 4});
                d.qi_free_head = (d.qi_free_head + 2) % n;
                d.qi_free_cnt -= 2;
                hw.iqt = d.qi_free_head;
                c.v(2) = index;
                c.v(3) = wait_index;
                c.text("qi_submit_sync(): IQ[" + std::to_string(index) + "] = " + qi::describe(hw.iq[index]) +
                       "; IQ[" + std::to_string(wait_index) + "] = invalidation wait; IQT = free_head << DMAR_IQ_SHIFT = " +
                       hex(uint64_t(hw.iqt) << 4) + " (slot " + std::to_string(hw.iqt) + ")");
                return c.next();
              },
              qi_has_room},
             {"while (qi->desc_status[wait_index] != QI_DONE) { ... cpu_relax(); ... } qi->desc_status[index] = "
              "QI_DONE; reclaim_free_desc(qi); raw_spin_unlock_irqrestore(&qi->q_lock, flags); return rc;",
              [](Ctx& c) {
                DriverState& d = c.drv();
                const uint32_t n = static_cast<uint32_t>(d.qi_status.size());
                d.qi_status[c.arg(2)] = QiStatus::Done;
                // reclaim_free_desc(): the slots in use run from free_tail to free_head.
                uint32_t tail = (d.qi_free_head + d.qi_free_cnt) % n;
                while (d.qi_free_cnt < n &&
                       (d.qi_status[tail] == QiStatus::Done || d.qi_status[tail] == QiStatus::Abort)) {
                  d.qi_status[tail] = QiStatus::Free;
                  tail = (tail + 1) % n;
                  ++d.qi_free_cnt;
                }
                return c.ret(0);
              },
              qi_wait_done},
         }});

  // v0: device; v1: pasid; v2: svm; v3: sdev
  t.def({FnId::intel_svm_unbind_mm,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         Milestone::Unbind,
         {
             {"mutex_lock(&pasid_mutex);",
              [](Ctx& c) {
                c.drv().pasid_mutex = static_cast<int16_t>(c.tid());
                return c.next();
              },
              pasid_mutex_free},
             {"iommu = intel_svm_device_to_iommu(dev); if (!iommu || !iommu->pasid_table) goto out; svm = "
              "idr_find(&iommu->pasid_idr, pasid); if (!svm) goto out;",
              [](Ctx& c) {
                const ObjId s = c.drvr().idr_find(static_cast<uint32_t>(c.arg(1)));
                if (!s) return c.go("out");
                c.v(2) = s.idx;
                return c.next();
              }},
             {"list_for_each_entry(sdev, &svm->devs, list) { if (dev == sdev->dev) { ret = 0; sdev->users--;",
              [](Ctx& c) {
                for (ObjId d : c.svm(c.arg(2)).devs) {
                  IntelSvmDev& sd = c.sdev(d.idx);
                  if (sd.device.idx != c.arg(0)) continue;
                  --sd.users;
                  c.keep(d, Ctr::SdevUsers);  // the unbinding caller's user, handed over by the driver
                  c.v(3) = d.idx;
                  return sd.users ? c.go("out") : c.next();
                }
                return c.go("out");
              }},
             {"if (!sdev->users) { list_del_rcu(&sdev->list);",
              [](Ctx& c) {
                auto& devs = c.svm(c.arg(2)).devs;
                devs.erase(std::remove(devs.begin(), devs.end(), ObjId{Kind::Sdev, static_cast<uint32_t>(c.arg(3))}),
                           devs.end());
                return c.next();
              }},
             {"intel_pasid_tear_down_entry(iommu, dev, svm->pasid, false); intel_svm_drain_prq(dev, svm->pasid);  "
              "/* (v5.18-rc5; v5.7 without the last argument and the drain) this device's PASID entry is cleared; "
              "the two flushes below stand for the tear-down's own */",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(2)).pasid.v;
                c.mem().write(PhysAddr{pasid_entry_addr(c, pasid)}, 0);
                c.say(txt(N_("PASID entry %1 cleared at unbind: the device can no longer walk the page tables it "
                             "pointed at."),
                          pasid));
                return c.next();
              },
              nullptr, tears_down},
             {"intel_flush_pasid_dev(svm, sdev, svm->pasid);",
              [](Ctx& c) { return c.call(FnId::intel_flush_pasid_dev, {c.arg(2), c.arg(3), c.svm(c.arg(2)).pasid.v}); }},
             {"intel_flush_svm_range_dev(svm, sdev, 0, -1, 0, !svm->mm);",
              [](Ctx& c) {
                return c.call(FnId::intel_flush_svm_range_dev, {c.arg(2), c.arg(3), 0, -1, 0, !c.svm(c.arg(2)).mm});
              }},
             {"kfree_rcu(sdev, rcu);",
              [](Ctx& c) {
                c.free_sdev(c.arg(3));
                return c.next();
              }},
             {"if (list_empty(&svm->devs)) {",
              [](Ctx& c) { return c.svm(c.arg(2)).devs.empty() ? c.next() : c.go("out"); }},
             {"mmu_notifier_unregister(&svm->notifier, svm->mm);",
              [](Ctx& c) { return c.call(FnId::mmu_notifier_unregister, {c.arg(2), c.svm(c.arg(2)).mm.idx}); },
              nullptr, v44},
             {"idr_remove(&svm->iommu->pasid_idr, svm->pasid);",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(2)).pasid.v;
                auto& idr = c.drv().pasid_idr;
                idr.erase(std::remove_if(idr.begin(), idr.end(), [&](const auto& e) { return e.first == pasid; }),
                          idr.end());
                return c.next();
              }},
             {"if (svm->mm) mmput(svm->mm);",
              [](Ctx& c) {
                IntelSvm& s = c.svm(c.arg(2));
                if (!s.mm) return c.next();
                s.holds_mm_users = false;
                c.hold(s.mm, Ctr::MmUsers);  // the binding's reference, passed to mmput()
                return c.call(FnId::mmput, {s.mm.idx});
              },
              nullptr, v44},
             {"if (svm->mm) mmu_notifier_unregister(&svm->notifier, svm->mm);",
              [](Ctx& c) {
                const ObjId mm = c.svm(c.arg(2)).mm;
                if (!mm) return c.next();
                return c.call(FnId::mmu_notifier_unregister, {c.arg(2), mm.idx});
              },
              nullptr, v45},
             {"memset(svm, 0x6b, sizeof(*svm)); kfree(svm); } } break; } }",
              [](Ctx& c) {
                c.svm(c.arg(2)).poisoned = true;
                c.free_svm(c.arg(2));
                c.say(N_("The binding is gone: intel_svm poisoned with 0x6b and freed."));
                return c.next();
              }},
             {"out: mutex_unlock(&pasid_mutex); return ret;",
              [](Ctx& c) {
                c.drv().pasid_mutex = -1;
                return c.ret(0);
              },
              nullptr, nullptr, "out"},
         }});

  // v0: svm; v1: mm; v2: index into svm->devs; v3: sdev
  t.def({FnId::intel_mm_release,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         Milestone::NotifierRelease,
         {
             {"svm->iommu->pasid_table[svm->pasid].val = 0;",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(0)).pasid.v;
                c.mem().write(PhysAddr{pasid_entry_addr(c, pasid)}, 0);
                c.say(txt(N_("PASID entry %1 cleared: the hardware can no longer walk these page tables."), pasid));
                return c.next();
              },
              nullptr, clears},
             {"wmb(); rcu_read_lock();", nullptr, nullptr, flushes},
             {"list_for_each_entry_rcu(sdev, &svm->devs, list) {",
              [](Ctx& c) {
                const auto& devs = c.svm(c.arg(0)).devs;
                if (c.arg(2) >= static_cast<int64_t>(devs.size())) return c.go("done");
                c.v(3) = devs[c.arg(2)].idx;
                c.v(2) = c.arg(2) + 1;
                return c.next();
              },
              nullptr, flushes, "loop"},
             {"intel_flush_pasid_dev(svm, sdev, svm->pasid);",
              [](Ctx& c) { return c.call(FnId::intel_flush_pasid_dev, {c.arg(0), c.arg(3), c.svm(c.arg(0)).pasid.v}); },
              nullptr, flushes},
             {"intel_flush_svm_range_dev(svm, sdev, 0, -1, 0, !svm->mm); }",
              [](Ctx& c) {
                return c.call_then(FnId::intel_flush_svm_range_dev, {c.arg(0), c.arg(3), 0, -1, 0, !c.svm(c.arg(0)).mm},
                                   "loop");
              },
              nullptr, flushes},
             {"rcu_read_unlock();", nullptr, nullptr, flushes, "done"},
             {"/* There's no need to do any flush because we can't get here if there are any devices left anyway. */ "
              "WARN_ON(!list_empty(&svm->devs));",
              [](Ctx& c) {
                if (!c.svm(c.arg(0)).devs.empty())
                  c.report(ViolationKind::Bug,
                           N_("WARNING at drivers/iommu/intel-svm.c intel_mm_release(): devices still bound, and no flush"),
                           {ObjId{Kind::Svm, static_cast<uint32_t>(c.arg(0))}});
                return c.next();
              },
              nullptr, warns},
         }});

  // intel_mmuops.change_pte (v4.4 and v4.5 alike), called by set_pte_at_notify()
  // in wp_page_copy(): one page, IH = 1 (only a PTE changed). v0: svm; v1: mm; v2: address
  t.def({FnId::intel_change_pte,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         {},
         {{"struct intel_svm *svm = container_of(mn, struct intel_svm, notifier); intel_flush_svm_range(svm, "
           "address, 1, 1, 0);",
           [](Ctx& c) { return c.call_ret(FnId::intel_flush_svm_range, {c.arg(0), c.arg(2), 1, 1, 0}); }}}});

  // v0: svm; v1: mm; v2: start; v3: end
  t.def({FnId::intel_invalidate_range,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         {},
         {{"/* Pages have been freed at this point */ intel_flush_svm_range(svm, start, (end - start + PAGE_SIZE - "
           "1) >> VTD_PAGE_SHIFT, 0, 0);",
           [](Ctx& c) {
             const uint64_t start = c.arg(2), end = c.arg(3);
             const int64_t pages = static_cast<int64_t>((end - start + kPageSize - 1) >> kPageShift);
             return c.call_ret(FnId::intel_flush_svm_range, {c.arg(0), c.arg(2), pages, 0, 0});
           }}}});

  // v0: svm; v1: address; v2: pages; v3: ih; v4: gl; v5: index; v6: sdev
  t.def({FnId::intel_flush_svm_range,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         {},
         {
             {"/* Try deferred invalidate if available */ if (svm->iommu->pasid_state_table && "
              "!cmpxchg64(&svm->iommu->pasid_state_table[svm->pasid].val, 0, 1ULL << 63)) return;  /* no state "
              "table here: ECAP.DIS = 0 */"},
             {"rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list)",
              [](Ctx& c) {
                const auto& devs = c.svm(c.arg(0)).devs;
                if (c.arg(5) >= static_cast<int64_t>(devs.size())) return c.go("done");
                c.v(6) = devs[c.arg(5)].idx;
                c.v(5) = c.arg(5) + 1;
                return c.next();
              },
              nullptr, nullptr, "loop"},
             {"intel_flush_svm_range_dev(svm, sdev, address, pages, ih, gl);",
              [](Ctx& c) {
                return c.call_then(FnId::intel_flush_svm_range_dev,
                                   {c.arg(0), c.arg(6), c.arg(1), c.arg(2), c.arg(3), c.arg(4)}, "loop");
              }},
             {"rcu_read_unlock();", nullptr, nullptr, nullptr, "done"},
         }});

  // v0: svm; v1: sdev; v2: address; v3: pages (-1: all); v4: ih; v5: gl; v6/v7: descriptor
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
                const uint32_t pasid = c.svm(c.arg(0)).pasid.v;
                const uint16_t did = c.sdev(c.arg(1)).did.v;
                uint64_t lo = qi::EIOTLB_PASID(pasid) | qi::EIOTLB_DID(did) | qi::EIOTLB_TYPE, hi = 0;
                if (c.arg(3) == -1) {
                  lo |= qi::EIOTLB_GRAN(c.arg(5) ? qi::GRAN_ALL_ALL : qi::GRAN_NONG_PASID);
                } else {
                  uint64_t pages = static_cast<uint64_t>(c.arg(3)), mask = 0;
                  while ((1ULL << mask) < pages) ++mask;
                  lo |= qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID);
                  hi = qi::EIOTLB_ADDR(c.arg(2)) | qi::EIOTLB_GL(c.arg(5)) | qi::EIOTLB_IH(c.arg(4)) | qi::EIOTLB_AM(mask);
                }
                c.v(6) = static_cast<int64_t>(lo);
                c.v(7) = static_cast<int64_t>(hi);
                return c.next();
              }},
             {"qi_submit_sync(&desc, svm->iommu);", [](Ctx& c) { return c.call(FnId::qi_submit_sync, {c.arg(6), c.arg(7)}); }},
             {"if (sdev->dev_iotlb) {", [](Ctx& c) { return c.sdev(c.arg(1)).dev_iotlb ? c.next() : c.ret(); }},
             {"desc.low = QI_DEV_EIOTLB_PASID(svm->pasid) | QI_DEV_EIOTLB_SID(sdev->sid) | "
              "QI_DEV_EIOTLB_QDEP(sdev->qdep) | QI_DEIOTLB_TYPE; if (pages == -1) desc.high = "
              "QI_DEV_EIOTLB_ADDR(-1ULL >> 1) | QI_DEV_EIOTLB_SIZE; else if (pages > 1) { ... } else desc.high = "
              "QI_DEV_EIOTLB_ADDR(address);",
              [](Ctx& c) {
                const uint32_t pasid = c.svm(c.arg(0)).pasid.v;
                const IntelSvmDev& sd = c.sdev(c.arg(1));
                // The era's macros (see Variant::dev_eiotlb_2016_macros): the descriptor is built as the
                // driver wrote it, and the IOMMU decodes the bits where the hardware reads them.
                const bool era = c.variant().dev_eiotlb_2016_macros;
                const uint64_t lo = qi::DEV_EIOTLB_PASID(pasid) |
                                    (era ? qi::DEV_EIOTLB_SID_V44(sd.sid.v) : qi::DEV_EIOTLB_SID(sd.sid.v)) |
                                    (era ? qi::DEV_EIOTLB_QDEP_V44(sd.qdep) : qi::DEV_EIOTLB_QDEP(sd.qdep)) |
                                    qi::DEIOTLB_TYPE;
                uint64_t hi;
                const int64_t pages = c.arg(3);
                const uint64_t address = static_cast<uint64_t>(c.arg(2));
                if (pages == -1) {
                  hi = qi::DEV_EIOTLB_ADDR(~0ULL >> 1) | qi::DEV_EIOTLB_SIZE;
                } else if (pages > 1) {
                  // The least significant zero bit indicates the size.
                  const uint64_t last = address + (static_cast<uint64_t>(pages - 1) << kPageShift);
                  uint64_t mask = 1;
                  while ((mask << 1) <= (address ^ last)) mask <<= 1;
                  hi = qi::DEV_EIOTLB_ADDR((address & ~mask) | (mask - 1)) | qi::DEV_EIOTLB_SIZE;
                } else {
                  hi = qi::DEV_EIOTLB_ADDR(address);
                }
                c.v(6) = static_cast<int64_t>(lo);
                c.v(7) = static_cast<int64_t>(hi);
                const Desc d{lo, hi};
                if (qi::dev_eiotlb_sid(d) != sd.sid.v || qi::dev_eiotlb_pasid(d) != pasid)
                  c.say(txt(N_("QI_DEV_EIOTLB_SID() shifts the source id by 32, into the PASID field, and "
                               "QI_DEV_EIOTLB_QDEP() the queue depth by 16, into the SID field: meant for %1, PASID "
                               "%2, the descriptor reads SID %3, PASID %4."),
                            sid_name(sd.sid), pasid, sid_name(SourceId{qi::dev_eiotlb_sid(d)}), qi::dev_eiotlb_pasid(d)));
                return c.next();
              }},
             {"qi_submit_sync(&desc, svm->iommu); }",
              [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c.arg(6), c.arg(7)}); }},
         }});

  // v0: svm; v1: sdev; v2: pasid; v3/v4: descriptor
  t.def({FnId::intel_flush_pasid_dev,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         {},
         {
             {"desc.high = 0; desc.low = QI_PC_TYPE | QI_PC_DID(sdev->did) | QI_PC_PASID_SEL | QI_PC_PASID(pasid);",
              [](Ctx& c) {
                c.v(3) = static_cast<int64_t>(qi::PC_PASID_SEL | qi::PC_DID(c.sdev(c.arg(1)).did.v) | qi::PC_PASID(c.arg(2)));
                c.v(4) = 0;
                return c.next();
              }},
             {"qi_submit_sync(&desc, svm->iommu);", [](Ctx& c) { return c.call_ret(FnId::qi_submit_sync, {c.arg(3), c.arg(4)}); }},
         }});
}

}  // namespace svm
