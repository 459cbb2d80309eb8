// The PASID's lifetime in 2022 (labelled v5.18-rc5, the text the fix in v5.18-rc6 patched; the
// release 701fac40384f first appeared in is UNVERIFIED): the mm keeps its PASID
// (mm->pasid) from the first bind to mm_pasid_drop(). 701fac40384f ("iommu/sva:
// Assign a PASID to mm on PASID allocation and free it on mm exit", Fenghua
// Yu) called mm_pasid_drop() from __mmput(), when mm_users reaches 0. But a
// device driver unbinds at file->release(), after exit_mm(), holding only
// mm_count (the MMU notifier's mmgrab): between __mmput() and release() the
// device is still programmed with a PASID the allocator has already given
// back, and the next bind anywhere gets the same number. 2667ed10d9f0 ("mm:
// Fix PASID use-after-free issue", Fenghua Yu, v5.18-rc6) moved mm_pasid_drop()
// to __mmdrop(): the PASID lives as long as the mm_struct, which the binding
// holds.
//
// Modeled from this era: the bind chain (iommu_sva_bind_device ->
// intel_svm_bind -> iommu_sva_alloc_pasid, intel_svm_bind_mm), mmput/__mmput,
// __mmdrop, mm_pasid_drop, and the modeled device driver's ioctl on the 2022
// API. Unbind, release() and the flushes are v5.18-rc5's too, in
// era2022/teardown.cpp (intel_pasid_tear_down_entry() and the PASID-based
// invalidations); the per-device scalable-mode PASID tables of the
// real 2022 driver are not modeled; the model's one PASID table stands for
// the table of a device that A and B share (a shared work queue).
//
// Sources (docs/history.md): the 701fac40384f patch mail (v2, kernel/fork.c
// hunk `mm_pasid_drop(mm); mmdrop(mm);` in __mmput, iommu-sva-lib.c
// iommu_sva_alloc_pasid, intel/svm.c intel_svm_bind), the 2667ed10d9f0 thread
// (the kernel/fork.c diff moving the line), intel/svm.c intel_svm_bind_mm as
// of the SVA-API conversion.

#include <algorithm>

#include "core/driver/era_flags.h"
#include "core/driver/accel_ctx.h"
#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"

namespace svm {

namespace {

constexpr int64_t kEINVAL = 22;
constexpr int64_t kENOMEM = 12;
constexpr int64_t kEBUSY = 16;
constexpr uint32_t kPASID_MIN = 1;  // include/linux/intel-iommu.h: PASID 0 is reserved (RID2PASID)

bool in_mmput(const Variant& v) { return era_flags(v).pasid_freed_in_mmput; }
bool in_mmdrop(const Variant& v) { return v.era == Era::Y2022 && !era_flags(v).pasid_freed_in_mmput; }

Wait pasid_mutex_free(const View& v) {
  const int16_t owner = v.drvr().pasid_mutex;
  if (owner < 0) return {};
  return {Wait::Kind::Lock, N_("pasid_mutex"), {}, owner};
}

// ECS: the 64-bit entry; scalable mode: val[0] of the 512-bit entry (iommu/scalable.h).
uint64_t pasid_entry_addr(const View& c, uint32_t pasid) { return sm::pasid_entry_addr(c.hwr(), c.memr(), pasid); }

inline constexpr int64_t kAccelBind = 1;

}  // namespace

void define_pasid_setup(FnTable& t);

void define_era2022_helpers(FnTable& t) {
  define_pasid_setup(t);
  {
    // drivers/iommu/iommu.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<uint32_t> flags{1};  // *drvdata: SVM_FLAG_*
    static constexpr Slot<FileRef> file{2};    // whose context gets the PASID (not an argument in the C)
    static constexpr Slot<MmRef> mm{3};
    t.def({FnId::iommu_sva_bind_device,
           "drivers/iommu/iommu.c",
           Origin::Kernel,
           {},
           {
               {"group = iommu_group_get(dev); ... mutex_lock(&group->mutex); if (iommu_group_device_count(group) != 1) "
                "goto out_unlock; handle = ops->sva_bind(dev, mm, drvdata);  /* intel_svm_bind() */",
                [](Ctx& c) { return c.call_ret(FnId::intel_svm_bind, {c[dev], c[flags], c[file], c[mm]}); }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<uint32_t> flags{1};  // *drvdata: SVM_FLAG_*
    static constexpr Slot<FileRef> file{2};    // whose context gets the PASID (not an argument in the C)
    static constexpr Slot<MmRef> mm{3};
    t.def({FnId::intel_svm_bind,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           {},
           {
               {.text = "struct intel_iommu *iommu = device_to_iommu(dev, NULL, NULL); if (drvdata) flags = *(unsigned "
                        "int *)drvdata; mutex_lock(&pasid_mutex);",
                .body = [](Ctx& c) {
                  c.drv().pasid_mutex = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = pasid_mutex_free},
               {"ret = intel_svm_alloc_pasid(dev, mm, flags);  /* return iommu_sva_alloc_pasid(mm, PASID_MIN, "
                "max_pasid - 1); */",
                [](Ctx& c) {
                  const int64_t max_pasid = int64_t(2) << vtd::ecap_pss(c.hwr().ecap);
                  return c.call(FnId::iommu_sva_alloc_pasid, {c[mm], kPASID_MIN, max_pasid - 1});
                }},
               {"if (ret) { mutex_unlock(&pasid_mutex); return ERR_PTR(ret); }",
                [](Ctx& c) {
                  if (!c.callee_ret()) return c.next();
                  c.drv().pasid_mutex = -1;
                  return c.ret(c.callee_ret());
                }},
               {"sva = intel_svm_bind_mm(iommu, dev, mm, flags);",
                [](Ctx& c) { return c.call(FnId::intel_svm_bind_mm, {c[dev], c[flags], c[file], c[mm]}); }},
               {"mutex_unlock(&pasid_mutex); return sva;",
                [](Ctx& c) {
                  c.drv().pasid_mutex = -1;
                  return c.ret(c.callee_ret());
                }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/iommu-sva-lib.c
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<uint32_t> min{1};  // ioasid_t
    // ioasid_t. ioasid_alloc() treats it as inclusive (XA_LIMIT(min, max) in
    // default_alloc(), drivers/iommu/ioasid.c v5.18); the check of an mm's
    // existing PASID above it reads `mm->pasid >= max`, as the code does.
    static constexpr Slot<uint32_t> max{2};
    static constexpr Slot<Pasid> pasid{3};
    t.def({FnId::iommu_sva_alloc_pasid,
           "drivers/iommu/iommu-sva-lib.c",
           Origin::Kernel,
           {},
           {
               {"if (min == INVALID_IOASID || max == INVALID_IOASID || min == 0 || max < min) return -EINVAL; "
                "mutex_lock(&iommu_sva_lock);",
                [](Ctx& c) { return (c[min] == 0 || c[max] < c[min]) ? c.ret(-kEINVAL) : c.next(); }},
               {"/* Is a PASID already associated with this mm? */ if (pasid_valid(mm->pasid)) { if (mm->pasid < min "
                "|| mm->pasid >= max) ret = -EOVERFLOW; goto out; }",
                [](Ctx& c) {
                  const int32_t p = c.mm(c[mm]).pasid;
                  if (p < 0) return c.next();
                  c.say([&] { return txt(N_("This mm already has PASID %1: it keeps it for its whole life."), p); });
                  return c.ret(0);
                }},
               {"pasid = ioasid_alloc(&iommu_sva_pasid, min, max, mm);  /* the lowest free IOASID */",
                [](Ctx& c) {
                  auto& ids = c.drv().ioasids;
                  int64_t id = c[min];
                  while (id <= c[max] && std::find(ids.begin(), ids.end(), static_cast<uint32_t>(id)) != ids.end()) ++id;
                  if (id > c[max]) return c.ret(-kENOMEM);
                  ids.push_back(static_cast<uint32_t>(id));
                  std::sort(ids.begin(), ids.end());
                  auto& seen = c.drv().pasids_seen;
                  if (std::find(seen.begin(), seen.end(), static_cast<uint32_t>(id)) == seen.end()) {
                    seen.push_back(static_cast<uint32_t>(id));
                    std::sort(seen.begin(), seen.end());
                  }
                  c.set(pasid, Pasid{static_cast<uint32_t>(id)});
                  c.say([&] { return txt(N_("ioasid_alloc(): PASID %1 is the lowest free one."), id); });
                  return c.next();
                }},
               {"if (!pasid_valid(pasid)) ret = -ENOMEM; else mm_pasid_set(mm, pasid);  /* mm->pasid = pasid */ out: "
                "mutex_unlock(&iommu_sva_lock); return ret;",
                [](Ctx& c) {
                  c.mm(c[mm]).pasid = static_cast<int32_t>(c[pasid].v);
                  return c.ret(0);
                }},
           },
           "v5.18-rc5"});
  }

  {
    // kernel/fork.c
    static constexpr Slot<MmRef> mm{0};
    t.def({FnId::__mmput,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"VM_BUG_ON(atomic_read(&mm->mm_users)); uprobe_clear_state(mm); exit_aio(mm); ksm_exit(mm); "
                "khugepaged_exit(mm); /* must run before exit_mmap */"},
               {"exit_mmap(mm);", [](Ctx& c) { return c.call(FnId::exit_mmap, {c[mm]}); }},
               {"mm_put_huge_zero_page(mm); set_mm_exe_file(mm, NULL); if (!list_empty(&mm->mmlist)) { ... } if "
                "(mm->binfmt) module_put(mm->binfmt->module);"},
               {.text = "mm_pasid_drop(mm);",
                .body = [](Ctx& c) {
                  c.say(N_("701fac40384f: the PASID goes with the address space, while a driver may still have it "
                           "programmed into its device."));
                  return c.call(FnId::mm_pasid_drop, {c[mm]});
                },
                .when = in_mmput},
               {"mmdrop(mm);", [](Ctx& c) { return c.call_ret(FnId::mmdrop, {c[mm]}); }},
           },
           "v5.18-rc5"});
  }

  {
    // include/linux/sched/mm.h
    static constexpr Slot<MmRef> mm{0};
    t.def({FnId::mm_pasid_drop,
           "include/linux/sched/mm.h",
           Origin::Kernel,
           {},
           {
               {"if (pasid_valid(mm->pasid)) { ioasid_free(mm->pasid); mm->pasid = INVALID_IOASID; }",
                [](Ctx& c) {
                  Mm& m = c.mm(c[mm]);
                  if (m.pasid < 0) return c.ret();
                  const uint32_t p = static_cast<uint32_t>(m.pasid);
                  auto& ids = c.drv().ioasids;
                  ids.erase(std::remove(ids.begin(), ids.end(), p), ids.end());
                  m.pasid = -1;
                  c.say([&] {
                    return txt(N_("ioasid_free(%1): the allocator may hand PASID %1 to the next bind."), p);
                  });
                  return c.ret();
                }},
           },
           "v5.18-rc5"});
  }
}

// drivers/iommu/intel/pasid.c (v5.18-rc5): the 512-bit scalable-mode PASID
// entry of a first-level (SVA) binding. Runs only on a scalable-mode IOMMU.
void define_pasid_setup(FnTable& t) {
  {
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<Pasid> pasid{1};
    static constexpr Slot<Pfn> pgd{2};  // the pgd's frame
    static constexpr Slot<DomainId> did{3};
    static constexpr Slot<int32_t> flags{4};  // PASID_FLAG_SUPERVISOR_MODE
    static constexpr Slot<PhysAddr> pte{5};   // the entry's val[0]
    t.def({FnId::intel_pasid_setup_first_level,
           "drivers/iommu/intel/pasid.c",
           Origin::Kernel,
           {},
           {
               {"if (!ecap_flts(iommu->ecap)) { pr_err(\"No first level translation support on %s\\n\", iommu->name); "
                "return -EINVAL; }",
                [](Ctx& c) { return (c.hwr().ecap & sm::ECAP_FLTS) ? c.next() : c.ret(-kEINVAL); }},
               {"pte = intel_pasid_get_entry(dev, pasid); if (WARN_ON(!pte)) return -EINVAL;  /* dir_index = pasid >> "
                "PASID_PDE_SHIFT; index = pasid & PASID_PTE_MASK; a missing PASID table page is allocated and "
                "dir[dir_index].val = (u64)virt_to_phys(entries) | PASID_PTE_PRESENT */",
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
               {"/* Caller must ensure PASID entry is not in use. */ if (pasid_pte_is_present(pte)) return -EBUSY;",
                [](Ctx& c) {
                  return (c.memr().read(c[pte]) & sm::PE_P) ? c.ret(-kEBUSY) : c.next();
                }},
               {"pasid_clear_entry(pte); /* Setup the first level page table pointer: */ pasid_set_flptr(pte, "
                "(u64)__pa(pgd));",
                [](Ctx& c) {
                  const uint64_t val = c[pte].v;
                  for (uint64_t i = 0; i < 8; ++i) c.mem().write(PhysAddr{val + 8 * i}, 0);
                  c.mem().write(PhysAddr{val + 16}, (c[pgd].v << kPageShift) & sm::kPageMask);
                  return c.next();
                }},
               {"if (flags & PASID_FLAG_SUPERVISOR_MODE) { ... pasid_set_sre(pte); if (pasid_enable_wpe(pte)) return "
                "-EINVAL; }",
                [](Ctx& c) {
                  if (!(c[flags] & 1)) return c.next();
                  const PhysAddr w2{c[pte].v + 16};
                  c.mem().write(w2, c.memr().read(w2) | sm::PE_SRE | sm::PE_WPE);
                  return c.next();
                }},
               {"pasid_set_domain_id(pte, did); pasid_set_address_width(pte, iommu->agaw); pasid_set_page_snoop(pte, "
                "!!ecap_smpwc(iommu->ecap));",
                [](Ctx& c) {
                  c.mem().write(PhysAddr{c[pte].v + 8}, c[did].v);  // ECAP.SMPWC = 0: PWSNP clear
                  c.mem().write(c[pte], sm::kAgaw48 << 2);
                  return c.next();
                }},
               {"/* Setup Present and PASID Granular Transfer Type: */ pasid_set_translation_type(pte, "
                "PASID_ENTRY_PGTT_FL_ONLY); pasid_set_present(pte);",
                [](Ctx& c) {
                  c.mem().write(c[pte], c.memr().read(c[pte]) | (sm::PGTT_FL_ONLY << 6) | sm::PE_P);
                  c.say([&] {
                    return txt(N_("PASID entry %1 (512 bits): PGTT = 001 (first level only), DID %2, FLPTR = this mm's "
                                  "pgd, present."),
                               c[pasid].v, c[did].v);
                  });
                  return c.next();
                }},
               {"pasid_flush_caches(iommu, pte, pasid, did);  /* if (cap_caching_mode(iommu->cap)) { "
                "pasid_cache_invalidation_with_pasid(iommu, did, pasid); qi_flush_piotlb(iommu, did, pasid, 0, -1, 0); } "
                "else iommu_flush_write_buffer(iommu); */",
                [](Ctx& c) {
                  if (!(c.hwr().cap & vtd::CAP_CM)) return c.ret(0);
                  // desc.qw0 = QI_PC_DID(did) | QI_PC_GRAN(QI_PC_PASID_SEL) | QI_PC_PASID(pasid) | QI_PC_TYPE;
                  const uint64_t lo = qi::PC_PASID_SEL | qi::PC_DID(c[did].v) | qi::PC_PASID(c[pasid].v);
                  return c.call(FnId::qi_submit_sync, {lo, 0});
                }},
               {"qi_flush_piotlb(iommu, did, pasid, 0, -1, 0);  /* desc.qw0 = QI_EIOTLB_PASID(pasid) | "
                "QI_EIOTLB_DID(did) | QI_EIOTLB_GRAN(QI_GRAN_NONG_PASID) | QI_EIOTLB_TYPE; desc.qw1 = 0; */",
                [](Ctx& c) {
                  const uint64_t lo = qi::EIOTLB_PASID(c[pasid].v) | qi::EIOTLB_DID(c[did].v) |
                                      qi::EIOTLB_GRAN(qi::GRAN_NONG_PASID) | qi::EIOTLB_TYPE;
                  return c.call(FnId::qi_submit_sync, {lo, 0});
                }},
               {"return 0;", [](Ctx& c) { return c.ret(0); }},
           },
           "v5.18-rc5"});
  }
}

void define_era2022(FnTable& t) {
  {
    // kernel/fork.c
    static constexpr Slot<MmRef> mm{0};
    t.def({FnId::mmput,
           "kernel/fork.c",
           Origin::Kernel,
           {},
           {
               {"might_sleep(); if (atomic_dec_and_test(&mm->mm_users))",
                [](Ctx& c) {
                  if (!c.dec_and_test(c[mm].id(), c.mm(c[mm]).users, "mm_users")) return c.ret();
                  c.hold(c[mm], Ctr::MmCount);
                  c.say(N_("mm_users reached 0: the address space is torn down now."));
                  return c.next();
                }},
               {"__mmput(mm);", [](Ctx& c) { return c.call_ret(FnId::__mmput, {c[mm]}); }},
           },
           "v5.18-rc5"});
  }

  {
    // kernel/fork.c
    static constexpr Slot<MmRef> mm{0};
    t.def({FnId::__mmdrop,
           "kernel/fork.c",
           Origin::Kernel,
           Milestone::FinalMmdrop,
           {
               {"BUG_ON(mm == &init_mm); WARN_ON_ONCE(mm == current->mm); WARN_ON_ONCE(mm == current->active_mm); "
                "mm_free_pgd(mm);",
                [](Ctx& c) {
                  Mm& m = c.mm(c[mm]);
                  c.free_frame(m.pgd);
                  c.say(N_("The pgd page is freed: any PASID entry still pointing at it now points at free memory."));
                  return c.next();
                }},
               {"destroy_context(mm); mmu_notifier_subscriptions_destroy(mm); check_mm(mm); put_user_ns(mm->user_ns);",
                [](Ctx& c) {
                  Mm& m = c.mm(c[mm]);
                  if (!m.notifiers.empty())
                    return c.oops(N_("kernel BUG at mm/mmu_notifier.c: notifier subscriptions destroyed with notifiers"),
                                  {c[mm].id()});
                  m.has_notifier_mm = false;
                  return c.next();
                }},
               {.text = "mm_pasid_drop(mm);",
                .body = [](Ctx& c) {
                  c.say(N_("2667ed10d9f0: the PASID goes with the mm_struct, which every binding holds (mm_count)."));
                  return c.call(FnId::mm_pasid_drop, {c[mm]});
                },
                .when = in_mmdrop},
               {"free_mm(mm);",
                [](Ctx& c) {
                  c.free_mm(c[mm].idx);
                  c.say(N_("The mm_struct itself is freed."));
                  return c.next();
                }},
           },
           "v5.18-rc5"});
  }

  {
    // drivers/iommu/intel/svm.c
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<uint32_t> flags{1};
    static constexpr Slot<FileRef> file{2};  // whose context gets the PASID (not an argument in the C)
    static constexpr Slot<MmRef> mm{3};
    static constexpr Slot<SvmRef> svm{4};
    static constexpr Slot<SdevRef> sdev{5};
    t.def({FnId::intel_svm_bind_mm,
           "drivers/iommu/intel/svm.c",
           Origin::Driver,
           Milestone::Bind,
           {
               {"svm = pasid_private_find(mm->pasid);",
                [](Ctx& c) {
                  const uint32_t pasid = static_cast<uint32_t>(c.mm(c[mm]).pasid);
                  const ObjId s = c.drvr().idr_find(pasid);
                  c.set(svm, SvmRef{s.idx});
                  if (s && c.svm_r(s.idx).mm.idx != c[mm].idx) {
                    c.say([&] {
                      return txt(N_("PASID %1 already has an intel_svm, and it is another mm's: the number was freed "
                                    "while that binding still uses it. This bind joins it."),
                                 pasid);
                    });
                    return c.go("find");
                  }
                  return s ? c.go("find") : c.next();
                }},
               {"if (!svm) { svm = kzalloc(sizeof(*svm), GFP_KERNEL); svm->pasid = mm->pasid; svm->mm = mm; "
                "svm->flags = flags; INIT_LIST_HEAD_RCU(&svm->devs);",
                [](Ctx& c) {
                  c.set(svm, SvmRef{c.new_svm()});
                  IntelSvm& s = c.svm(c[svm]);
                  s.pasid = Pasid{static_cast<uint32_t>(c.mm(c[mm]).pasid)};
                  s.mm = c[mm].id();
                  s.flags = c[flags];
                  return c.next();
                }},
               {"if (!(flags & SVM_FLAG_SUPERVISOR_MODE)) { svm->notifier.ops = &intel_mmuops; ret = "
                "mmu_notifier_register(&svm->notifier, mm); ... }",
                [](Ctx& c) { return c.call(FnId::mmu_notifier_register, {c[svm], c[mm]}); }},
               {"ret = pasid_private_add(svm->pasid, svm); ... }",
                [](Ctx& c) {
                  auto& idr = c.drv().pasid_idr;
                  idr.emplace_back(c.svm(c[svm]).pasid.v, c[svm].id());
                  std::sort(idr.begin(), idr.end());
                  return c.next();
                }},
               {.text = "/* Find the matching device in svm list */ sdev = svm_lookup_device_by_dev(svm, dev); if "
                        "(sdev) { sdev->users++; goto success; }",
                .body = [](Ctx& c) {
                  for (ObjId d : c.svm(c[svm]).devs) {
                    IntelSvmDev& sd = c.sdev(d.idx);
                    if (sd.device.idx != c[dev].idx) continue;
                    ++sd.users;
                    c.set(sdev, SdevRef{d.idx});
                    c.hold(d, Ctr::SdevUsers);
                    return c.go("success");
                  }
                  return c.next();
                },
                .label = "find"},
               {"sdev = kzalloc(sizeof(*sdev), GFP_KERNEL); sdev->dev = dev; sdev->iommu = iommu; sdev->did = "
                "FLPT_DEFAULT_DID; sdev->sid = PCI_DEVID(info->bus, info->devfn); sdev->users = 1; sdev->pasid = "
                "svm->pasid;",
                [](Ctx& c) {
                  c.set(sdev, SdevRef{c.new_sdev()});
                  IntelSvmDev& d = c.sdev(c[sdev]);
                  d.device = c[dev].id();
                  d.users = 1;
                  c.hold(c[sdev], Ctr::SdevUsers);
                  return c.next();
                }},
               {"if (info->ats_enabled) { sdev->dev_iotlb = 1; sdev->qdep = info->ats_qdep; ... }  /* the device's "
                "PASID, PRI and ATS were enabled by iommu_dev_enable_feature(dev, IOMMU_DEV_FEAT_SVA): modeled by "
                "the 2016 intel_iommu_enable_pasid() on an ECS IOMMU; in scalable mode at probe */",
                [](Ctx& c) {
                  if (c.hwr().mode != IommuMode::Scalable) return c.call(FnId::intel_iommu_enable_pasid, {c[sdev]});
                  // Scalable mode: the context entry was set up at probe (domain_context_mapping_one()
                  // and intel_iommu_enable_pasid()'s CONTEXT_PASIDE, engine/boot.cpp); this line and the
                  // one before set the sdev as they read. info->ats_qdep is 32 as in 2016 (see
                  // driver/intel_svm.cpp), 32 >= QI_DEV_EIOTLB_MAX_INVS, so sdev->qdep = 0.
                  const DeviceSpec& d = c.scenario().devices[c[dev].idx - 1];
                  IntelSvmDev& sd = c.sdev(c[sdev]);
                  sd.did = DomainId{sm::FLPT_DEFAULT_DID};
                  sd.sid = SourceId{d.sid};
                  DeviceState& ds = c.dev(static_cast<int>(c[dev].idx) - 1);
                  ds.pasid_enabled = true;
                  ds.pri_enabled = d.pri;
                  ds.ats_enabled = d.ats;
                  if (d.ats) {
                    sd.dev_iotlb = true;
                    sd.qdep = 0;
                  }
                  return c.next();
                }},
               {"/* Setup the pasid table: */ ret = intel_pasid_setup_first_level(iommu, dev, mm->pgd, mm->pasid, "
                "FLPT_DEFAULT_DID, sflags);",
                [](Ctx& c) {
                  const uint32_t pasid = static_cast<uint32_t>(c.mm(c[mm]).pasid);
                  if (c.hwr().mode == IommuMode::Scalable) {
                    // sflags = (flags & SVM_FLAG_SUPERVISOR_MODE) ? PASID_FLAG_SUPERVISOR_MODE : 0;
                    c.svm(c[svm]).entry_written = true;
                    return c.call(FnId::intel_pasid_setup_first_level,
                                  {c[dev], Pasid{pasid}, c.mm(c[mm]).pgd, DomainId{sm::FLPT_DEFAULT_DID},
                                   static_cast<int32_t>(c[flags] & 1)});
                  }
                  const uint64_t e = (c.mm(c[mm]).pgd.v << kPageShift) | vtd::PASID_P;
                  c.mem().write(PhysAddr{pasid_entry_addr(c, pasid)}, e);
                  c.svm(c[svm]).entry_written = true;
                  c.say([&] {
                    return txt(N_("PASID entry %1 points at this mm's page tables (first-level pointer = pgd)."), pasid);
                  });
                  return c.next();
                }},
               {"list_add_rcu(&sdev->list, &svm->devs);",
                [](Ctx& c) {
                  auto& devs = c.svm(c[svm]).devs;
                  devs.insert(devs.begin(), c[sdev].id());
                  c.sdev(c[sdev]).svm = c[svm].id();
                  return c.next();
                }},
               {.text = "success: return &sdev->sva;",
                .body = [](Ctx& c) {
                  const uint32_t pasid = c.svm(c[svm]).pasid.v;
                  c.file(c[file]).ctx.pasid = static_cast<int32_t>(pasid);
                  c.keep(c[sdev], Ctr::SdevUsers);
                  return c.ret(0);
                },
                .label = "success"},
           },
           "v5.18-rc5"});
  }

  {
    // The modeled device driver on the 2022 API (drivers/misc/svm_accel.c,
    // MODELED, as driver/accel.cpp)
    static constexpr Slot<FileRef> file{0};
    static constexpr Slot<int64_t> cmd{1};
    static constexpr Slot<int64_t> arg{2};  // ACCEL_BIND_PASID: the SVM_FLAG_* word
    t.def({FnId::accel_ioctl,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           {},
           {
               {"struct accel_ctx *ctx = file->private_data; switch (cmd) { case ACCEL_BIND_PASID:",
                [](Ctx& c) { return c[cmd] == kAccelBind ? c.next() : c.go("unbind"); }},
               {"sva = iommu_sva_bind_device(ctx->dev, current->mm, NULL); if (IS_ERR(sva)) return PTR_ERR(sva); "
                "ctx->sva = sva; ctx->pasid = iommu_sva_get_pasid(sva);",
                [](Ctx& c) {
                  File& f = c.file(c[file]);
                  f.ctx.supervisor = c[arg] != 0;
                  return c.call(FnId::iommu_sva_bind_device,
                                {DeviceRef{f.ctx.device.idx}, static_cast<uint32_t>(c[arg]), c[file],
                                 MmRef{c.self_task_r().mm.idx}});
                }},
               {"writel(ctx->pasid, ctx->regs + ACCEL_PASID); writel(ACCEL_START, ctx->regs + ACCEL_CTRL); return 0;",
                [](Ctx& c) { return program_device(c, c[file]); }},
               {.text = "case ACCEL_UNBIND_PASID: accel_quiesce(ctx);",
                .body = [](Ctx& c) {
                  if (c.file(c[file]).ctx.pasid < 0) return c.ret(-kEINVAL);
                  return c.call(FnId::accel_quiesce, {c[file]});
                },
                .label = "unbind"},
               {"iommu_sva_unbind_device(ctx->sva);  /* -> intel_svm_unbind_mm(dev, pasid) */",
                [](Ctx& c) {
                  hand_over_binding(c, c[file]);
                  const File& f = c.file(c[file]);
                  return c.call(FnId::intel_svm_unbind_mm, {f.ctx.device.idx, f.ctx.pasid});
                }},
               {"ctx->pasid = -1; return 0; }",
                [](Ctx& c) {
                  c.file(c[file]).ctx.pasid = -1;
                  c.file(c[file]).ctx.unbinding = false;
                  return c.ret(0);
                }},
           }});
  }
}

}  // namespace svm
