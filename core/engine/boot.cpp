#include "core/engine/boot.h"

#include "core/engine/step.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/mem/pgtable.h"

namespace svm {

namespace {

uint32_t new_process(KernelState& k, PhysMem& mem, int thread) {
  k.tasks.push_back({});
  const auto task = static_cast<uint32_t>(k.tasks.size());
  k.mms.push_back({});
  const auto mm = static_cast<uint32_t>(k.mms.size());
  k.fdtables.push_back({});
  const auto files = static_cast<uint32_t>(k.fdtables.size());
  Task& t = k.tasks[task - 1];
  t.thread = static_cast<int16_t>(thread);
  t.pid = k.next_pid++;
  t.mm = t.active_mm = ObjId{Kind::Mm, mm};
  t.files = ObjId{Kind::Files, files};
  Mm& m = k.mms[mm - 1];
  m.owner = ObjId{Kind::Task, task};
  m.pgd = mem.alloc(FrameUse::Pgd, ObjId{Kind::Mm, mm});
  return task;
}

uint32_t new_kthread(KernelState& k, int thread) {
  k.tasks.push_back({});
  Task& t = k.tasks.back();
  t.thread = static_cast<int16_t>(thread);
  t.pid = k.next_pid++;
  t.kthread = true;
  return static_cast<uint32_t>(k.tasks.size());
}

}  // namespace

Machine boot(const Config& cfg) {
  const Scenario& sc = *cfg.scenario;
  const IommuConfig& ic = sc.iommu;
  KernelState k;
  DriverState drv;
  PhysMem mem;
  IommuState hw;

  // init_mm: the kernel's page tables, with the direct map as 1 GiB pages
  // (PS=1 in the PDPTE), supervisor-only, global.
  {
    k.init_mm_pgd = mem.alloc(FrameUse::KernelPage, {});
    const Pfn pdpt = mem.alloc(FrameUse::KernelPage, {});
    mem.write(PhysAddr{(k.init_mm_pgd.v << kPageShift) + pte::index(kPageOffset, 4) * 8},
              (pdpt.v << kPageShift) | pte::P | pte::RW | pte::A | pte::D);
    for (unsigned gb = 0; gb < 4; ++gb)
      mem.write(PhysAddr{(pdpt.v << kPageShift) + (pte::index(kPageOffset, 3) + gb) * 8},
                (uint64_t(gb) << 30) | pte::P | pte::RW | pte::A | pte::D | pte::PS | pte::G);
  }
  k.zero_page = mem.alloc(FrameUse::KernelPage, {});

  // The IOMMU: root table, one extended context table per bus (half), a
  // second-level table per device for its DMA domain, the PASID table, and
  // one page each for the invalidation queue and the page request queue.
  hw.cap = vtd::CAP_PSI | (uint64_t(9) << 48) | (uint64_t(ic.fault_records - 1) << 40) |
           (ic.caching_mode ? vtd::CAP_CM : 0);
  hw.ecap = vtd::ECAP_QI | vtd::ECAP_DT | vtd::ECAP_PT | vtd::ECAP_ECS | vtd::ECAP_PRS | vtd::ECAP_ERS |
            (ic.supervisor ? vtd::ECAP_SRS : 0) | vtd::ecap_with_pss(ic.pss) | vtd::ECAP_PASID;
  // Scalable mode is the mode of the 2020 and 2022 kernels (intel-pasid.c,
  // v5.6; intel/pasid.c, v5.18): the 2016 driver has no scalable-mode code
  // and programs ECS tables, so it runs a scalable-mode scenario on an ECS
  // IOMMU.
  hw.mode = cfg.variant->era != Era::Y2016 ? ic.mode : IommuMode::Ecs;
  const bool scalable = hw.mode == IommuMode::Scalable;
  if (scalable) {
    // A rev 3.x unit: ECS, DIS and the old PASID bit 28 are reserved there;
    // SMTS and FLTS say it walks scalable-mode tables and first-level page tables.
    hw.ecap = (hw.ecap & ~(vtd::ECAP_ECS | vtd::ECAP_DIS)) | sm::ECAP_SMTS | sm::ECAP_FLTS;
  }
  hw.root_table = mem.alloc(FrameUse::RootTable, {});
  hw.rtaddr = (hw.root_table.v << kPageShift) | (scalable ? sm::RTADDR_SMT : vtd::RTADDR_RTT);
  // Scalable mode: the PASID directory intel_pasid_alloc_table() gives a
  // device at probe (one page: see sm::kPdsOnePage). Linux gives each device
  // its own; the model's devices share one, as the 2022 model's one PASID
  // table stands for the table of a device processes share.
  if (scalable) hw.pasid_dir = mem.alloc(FrameUse::PasidTable, {});
  for (const DeviceSpec& d : sc.devices) {
    const uint16_t key = static_cast<uint16_t>((d.sid >> 8) << 1 | ((d.sid & 0xff) >= 0x80));
    if (!hw.context_table_for(d.sid).v) {
      const Pfn ct = mem.alloc(FrameUse::ContextTable, {});
      hw.context_tables.emplace_back(key, ct);
      const uint64_t re = (hw.root_table.v << kPageShift) + (d.sid >> 8) * 16 + ((d.sid & 0xff) >= 0x80 ? 8 : 0);
      mem.write(PhysAddr{re}, (ct.v << kPageShift) | vtd::ROOT_P);
    }
    const uint64_t ce = hw.context_entry_addr(d.sid);
    if (scalable) {
      // domain_context_mapping_one() (drivers/iommu/intel/iommu.c, v5.18), sm_supported() branch:
      // context->lo = (u64)virt_to_phys(table->table) | context_pdts(pds);
      // context_set_sm_rid2pasid(context, PASID_RID2PASID);  (hi: RID_PASID = 0)
      // if (info && info->ats_supported) context_set_sm_dte(context);
      // if (info && info->pri_supported) context_set_sm_pre(context);
      // ... context_set_fault_enable(context); context_set_present(context);
      // PASIDE (CONTEXT_PASIDE, BIT_ULL(3)) is set by intel_iommu_enable_pasid() when the
      // device driver enables IOMMU_DEV_FEAT_SVA at probe, before the scenario's first step:
      // `if (!(ctx_lo & CONTEXT_PASIDE)) { ctx_lo |= CONTEXT_PASIDE; context[0].lo = ctx_lo; ... }`.
      // The RID2PASID entry (PASID 0, for requests without PASID) is not modeled.
      mem.write(PhysAddr{ce}, (hw.pasid_dir.v << kPageShift) | sm::context_pdts(sm::kPdsOnePage) |
                                  (d.ats ? sm::CTX_DTE : 0) | (d.pri ? sm::CTX_PRE : 0) | sm::CTX_PASIDE | sm::CTX_P);
      mem.write(PhysAddr{ce + 8}, 0);
      continue;
    }
    const Pfn slpt = mem.alloc(FrameUse::Pgd, ObjId{Kind::Device, 0});
    const uint64_t tt = d.ats ? vtd::CONTEXT_TT_DEV_IOTLB : vtd::CONTEXT_TT_MULTI_LEVEL;
    mem.write(PhysAddr{ce}, (slpt.v << kPageShift) | (tt << 2) | vtd::CONTEXT_P);
    mem.write(PhysAddr{ce + 8}, (uint64_t(d.did) << 8) | 2 /* AW: 48-bit */);
  }
  if (!scalable) hw.pasid_table = mem.alloc(FrameUse::PasidTable, {});
  hw.iq_page = mem.alloc(FrameUse::InvalidationQueue, {});
  hw.prq_page = mem.alloc(FrameUse::PageRequestQueue, {});
  hw.iq.resize(ic.iq_entries);
  hw.prq.resize(ic.prq_entries);
  hw.frcd.resize(ic.fault_records);
  hw.translation_enabled = true;
  hw.qi_enabled = true;
  drv.qi_status.mut().assign(ic.iq_entries, QiStatus::Free);
  drv.qi_free_cnt = ic.iq_entries;

  std::vector<Thread> threads(cfg.threads.size());
  for (size_t i = 0; i < cfg.threads.size(); ++i) {
    const ThreadSpec& ts = cfg.threads[i];
    Thread& t = threads[i];
    switch (ts.kind) {
      case ThreadKind::Process:
        t.stack.push_back({FnId::user_main});
        t.vars.assign(cfg.fd_names.size(), -1);
        if (sc.processes[ts.index].parent.empty())
          t.task = new_process(k, mem, static_cast<int>(i));
        else
          t.state = RunState::Unborn;
        break;
      case ThreadKind::Device: t.stack.push_back({FnId::device_main}); break;
      case ThreadKind::PrqIrq:
        t.task = new_kthread(k, static_cast<int>(i));
        t.stack.push_back({FnId::irq_thread});
        break;
      case ThreadKind::Kworker:
        t.task = new_kthread(k, static_cast<int>(i));
        t.stack.push_back({FnId::worker_thread});
        break;
      case ThreadKind::Iommu: t.stack.push_back({FnId::iommu_main}); break;
    }
  }

  Machine m;
  m.k = Machine::Part<KernelState>(std::move(k));
  m.drv = Machine::Part<DriverState>(std::move(drv));
  m.mem = Machine::Part<PhysMem>(std::move(mem));
  m.hw = Machine::Part<IommuState>(std::move(hw));
  m.devs = DeviceTable(std::vector<DeviceState>(sc.devices.size()));
  m.threads = ThreadTable(std::move(threads));
  for (size_t i = 0; i < cfg.threads.size(); ++i) settle(m, cfg, static_cast<int>(i));
  return m;
}

}  // namespace svm
