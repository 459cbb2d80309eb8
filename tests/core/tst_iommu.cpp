// The VT-d model, bit by bit, on hand-built tables: the first-level walk
// (4 KiB, 2 MiB and 1 GiB leaves, A/D updates, every fault reason), the
// caches (hit, miss, LRU, capacity, each invalidation granularity), the
// device TLB's range invalidation, and the page request queue (wrap-around,
// overflow, PRO).

#include <QtTest>

#include <cstdio>

#include "core/base/cfmt.h"
#include "core/base/types.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/invalidate.h"
#include "core/iommu/prq.h"
#include "core/iommu/regs.h"
#include "core/iommu/translate.h"
#include "core/mem/pgtable.h"

using namespace svm;

namespace {

constexpr uint16_t kSid = 0x0020;  // 00:04.0
constexpr uint32_t kPasid = 1;

struct Rig {
  IommuState hw;
  PhysMem mem;
  IommuConfig cfg;
  Pfn pgd;
  uint64_t ctx_addr = 0;

  explicit Rig(bool pri = true) {
    hw.root_table = mem.alloc(FrameUse::RootTable, {});
    const Pfn ct = mem.alloc(FrameUse::ContextTable, {});
    hw.context_tables.emplace_back(0, ct);
    mem.write(PhysAddr{hw.root_table.v << 12}, (ct.v << 12) | vtd::ROOT_P);
    hw.pasid_table = mem.alloc(FrameUse::PasidTable, {});
    ctx_addr = hw.context_entry_addr(kSid);
    mem.write(PhysAddr{ctx_addr}, vtd::CONTEXT_P | vtd::CONTEXT_PASIDE | (pri ? vtd::CONTEXT_PRS : 0) | (1 << 2));
    mem.write(PhysAddr{ctx_addr + 8}, (uint64_t(1) << 8) | 2);  // DID 1, AW 48-bit
    mem.write(PhysAddr{ctx_addr + 16}, (hw.pasid_table.v << 12) | 4);  // PTS 4: 512 PASIDs
    pgd = mem.alloc(FrameUse::Pgd, ObjId{Kind::Mm, 1});
    mem.write(PhysAddr{(hw.pasid_table.v << 12) + kPasid * 8}, (pgd.v << 12) | vtd::PASID_P);
    hw.prq.resize(4);
    hw.iq.resize(16);
    hw.frcd.resize(cfg.fault_records);
  }

  // Walk down to `leaf_level`, allocating tables with `upper` flags, and set the leaf.
  PhysAddr map(uint64_t va, int leaf_level, uint64_t leaf, uint64_t upper = pte::P | pte::RW | pte::US) {
    uint64_t table = pgd.v << 12;
    for (int level = 4; level > leaf_level; --level) {
      const PhysAddr ea{table + pte::index(va, level) * 8};
      uint64_t e = mem.read(ea);
      if (!(e & pte::P)) {
        e = (mem.alloc(FrameUse::PteTable, ObjId{Kind::Mm, 1}).v << 12) | upper;
        mem.write(ea, e);
      }
      table = pte::addr(e);
    }
    const PhysAddr ea{table + pte::index(va, leaf_level) * 8};
    mem.write(ea, leaf);
    return ea;
  }

  TranslateResult walk(uint64_t va, bool write = false, bool priv = false, bool exec = false, uint32_t pasid = kPasid,
                       WalkRecord* rec = nullptr) {
    TranslationRequest rq;
    rq.sid = SourceId{kSid};
    rq.pasid = Pasid{pasid};
    rq.va = va;
    rq.write = write;
    rq.priv = priv;
    rq.exec = exec;
    return translate(hw, mem, cfg, rq, rec);
  }
};

std::string flt(FaultReason r) { return fault_label(r); }

}  // namespace

class TstIommu : public QObject {
  Q_OBJECT
 private slots:
  void walk_4k_sets_accessed_and_dirty();
  void descriptors_that_change_state();
  void walk_2m_and_1g_leaves();
  void fault_reasons_data();
  void fault_reasons();
  void modeled_codes_are_marked();
  void iotlb_hits_and_goes_stale();
  void iotlb_lru_and_capacity();
  void invalidation_granularity_data();
  void invalidation_granularity();
  void device_tlb_range_invalidation();
  void device_tlb_invalidation_without_pasid();
  void v44_device_tlb_descriptor_reaches_the_wrong_device();
  void wait_descriptor_writes_status();
  void page_group_response_reaches_the_device();
  void prq_wraps_around();
  void prq_overflow_sets_pro_and_drops();
  void prq_without_pre_records_fault();
  void prq_overflow_answers_only_what_needs_an_answer();
  void fault_records_fold_and_overflow();
  void descriptors_round_trip();
  void cfmt_writes_what_snprintf_writes();
};

void TstIommu::walk_4k_sets_accessed_and_dirty() {
  Rig r;
  const Pfn page = r.mem.alloc(FrameUse::UserPage, ObjId{Kind::Mm, 1});
  const PhysAddr pte_addr = r.map(0x600000, 1, (page.v << 12) | pte::P | pte::RW | pte::US);
  WalkRecord rec;
  TranslateResult t = r.walk(0x600123, false, false, false, kPasid, &rec);
  QVERIFY(t.ok);
  QCOMPARE(t.pa(0x600123), (page.v << 12) | 0x123);
  QCOMPARE(rec.levels.size(), size_t(4));
  QCOMPARE(rec.levels[0].level, 4);
  QCOMPARE(rec.levels[3].index, pte::index(0x600000, 1));
  for (const auto& l : rec.levels) QVERIFY(l.set_a);  // first walk sets A everywhere
  QVERIFY(r.mem.read(pte_addr) & pte::A);
  QVERIFY(!(r.mem.read(pte_addr) & pte::D));  // a read sets no D
  // A write hit on a clean entry walks again to set D.
  t = r.walk(0x600000, true, false, false, kPasid, &rec);
  QVERIFY(t.ok);
  QVERIFY(!rec.iotlb_hit);
  QVERIFY(rec.levels.back().set_d);
  QVERIFY(r.mem.read(pte_addr) & pte::D);
  // Now the IOTLB answers.
  t = r.walk(0x600008, true, false, false, kPasid, &rec);
  QVERIFY(t.iotlb_hit);
  QVERIFY(rec.levels.empty());
}

void TstIommu::walk_2m_and_1g_leaves() {
  Rig r;
  // 2 MiB leaf at 0x40000000 -> phys 0x80000000
  r.map(0x40000000, 2, 0x80000000ULL | pte::P | pte::RW | pte::US | pte::PS);
  WalkRecord rec;
  TranslateResult t = r.walk(0x40123456, false, false, false, kPasid, &rec);
  QVERIFY(t.ok);
  QCOMPARE(t.level, uint8_t(2));
  QCOMPARE(t.pa(0x40123456), 0x80123456ULL);
  QCOMPARE(rec.levels.size(), size_t(3));
  // 1 GiB leaf, supervisor-only, for a privileged request with SRE.
  r.mem.write(PhysAddr{(r.hw.pasid_table.v << 12) + kPasid * 8}, (r.pgd.v << 12) | vtd::PASID_P | vtd::PASID_SRE);
  r.hw.pasid_cache.clear();
  r.map(0x7fc0000000ULL, 3, 0x100000000ULL | pte::P | pte::RW | pte::PS, pte::P | pte::RW);
  t = r.walk(0x7fc0001234ULL, true, true, false, kPasid, &rec);
  QVERIFY2(t.ok, flt(t.fault).c_str());
  QCOMPARE(t.level, uint8_t(3));
  QCOMPARE(t.pa(0x7fc0001234ULL), 0x100001234ULL);
  QCOMPARE(rec.levels.size(), size_t(2));
  QVERIFY(rec.levels.back().set_d);
  // The same page for a user request: U/S = 0.
  r.hw.iotlb.clear();
  t = r.walk(0x7fc0001234ULL, false, false);
  QCOMPARE(t.fault, FaultReason::UserNotAllowed);
}

void TstIommu::fault_reasons_data() {
  QTest::addColumn<int>("setup");
  QTest::addColumn<int>("expected");
  QTest::newRow("PTE not present") << 0 << int(FaultReason::FlNotPresent);
  QTest::newRow("write to read-only") << 1 << int(FaultReason::NoWrite);
  QTest::newRow("user to supervisor page") << 2 << int(FaultReason::UserNotAllowed);
  QTest::newRow("execute no-execute") << 3 << int(FaultReason::NoExecute);
  QTest::newRow("reserved bit in a 2M leaf") << 4 << int(FaultReason::FlReserved);
  QTest::newRow("non-canonical") << 5 << int(FaultReason::NonCanonical);
  QTest::newRow("PASID entry not present") << 6 << int(FaultReason::PasidNotPresent);
  QTest::newRow("supervisor without SRE") << 7 << int(FaultReason::SreDisabled);
  QTest::newRow("PASIDE off") << 8 << int(FaultReason::PasidDisabled);
  QTest::newRow("PASID beyond the table") << 9 << int(FaultReason::PasidTooLarge);
  QTest::newRow("context not present") << 10 << int(FaultReason::ContextNotPresent);
  QTest::newRow("root not present") << 11 << int(FaultReason::RootNotPresent);
  QTest::newRow("PS in a PML4E") << 12 << int(FaultReason::FlReserved);
}

void TstIommu::fault_reasons() {
  QFETCH(int, setup);
  QFETCH(int, expected);
  Rig r;
  const Pfn page = r.mem.alloc(FrameUse::UserPage, ObjId{Kind::Mm, 1});
  uint64_t va = 0x600000;
  bool write = false, priv = false, exec = false;
  uint32_t pasid = kPasid;
  switch (setup) {
    case 0: r.map(va, 1, 0); break;
    case 1: r.map(va, 1, (page.v << 12) | pte::P | pte::US); write = true; break;
    case 2: r.map(va, 1, (page.v << 12) | pte::P | pte::RW); break;
    case 3: r.map(va, 1, (page.v << 12) | pte::P | pte::US | pte::XD); exec = true; break;
    case 4: r.map(va, 2, 0x80000000ULL | (1ULL << 13) | pte::P | pte::US | pte::PS); break;
    case 5: va = 0x0000900000000000ULL; break;
    case 6: pasid = 7; break;
    case 7: r.map(va, 1, (page.v << 12) | pte::P | pte::US); priv = true; break;
    case 8: r.mem.write(PhysAddr{r.ctx_addr}, vtd::CONTEXT_P); break;
    case 9: pasid = 600; break;
    case 10: r.mem.write(PhysAddr{r.ctx_addr}, 0); break;
    case 11: r.mem.write(PhysAddr{r.hw.root_table.v << 12}, 0); break;
    case 12: r.mem.write(PhysAddr{(r.pgd.v << 12) + pte::index(va, 4) * 8}, 0x90000000ULL | pte::P | pte::US | pte::PS); break;
  }
  const TranslateResult t = r.walk(va, write, priv, exec, pasid);
  QVERIFY(!t.ok);
  QCOMPARE(int(t.fault), expected);
}

void TstIommu::modeled_codes_are_marked() {
  QVERIFY(QString::fromStdString(fault_label(FaultReason::PasidNotPresent)).startsWith(QStringLiteral("0x59")));
  QVERIFY(QString::fromStdString(fault_label(FaultReason::PasidNotPresent)).endsWith(QStringLiteral("(modeled)")));
  QVERIFY(QString::fromStdString(fault_label(FaultReason::NoWrite)).contains(QStringLiteral("0x85")));
  QVERIFY(!QString::fromStdString(fault_label(FaultReason::ContextNotPresent)).contains(QStringLiteral("modeled")));
}

void TstIommu::iotlb_hits_and_goes_stale() {
  Rig r;
  const Pfn page = r.mem.alloc(FrameUse::UserPage, ObjId{Kind::Mm, 1});
  const PhysAddr pte_addr = r.map(0x600000, 1, (page.v << 12) | pte::P | pte::RW | pte::US);
  TranslateResult t = r.walk(0x600000, true);
  QVERIFY(t.ok && !t.iotlb_hit);
  const uint16_t gen = t.gen;
  // The kernel unmaps and frees the page without telling the IOMMU.
  r.mem.write(pte_addr, 0);
  r.mem.free(page, {});
  WalkRecord rec;
  t = r.walk(0x600000, true, false, false, kPasid, &rec);
  QVERIFY(t.ok && t.iotlb_hit);  // a lookup hits, stale or not
  QCOMPARE(t.gen, gen);
  QVERIFY(rec.stale);
  QCOMPARE(r.mem.state(t.pfn_of(0x600000)), FrameState::Freed);
}

void TstIommu::iotlb_lru_and_capacity() {
  Rig r;
  r.cfg.iotlb_entries = 3;
  for (int i = 0; i < 4; ++i) {
    const Pfn p = r.mem.alloc(FrameUse::UserPage, ObjId{Kind::Mm, 1});
    r.map(0x600000 + i * 0x1000, 1, (p.v << 12) | pte::P | pte::RW | pte::US | pte::A | pte::D);
  }
  r.walk(0x600000);
  r.walk(0x601000);
  r.walk(0x602000);
  QVERIFY(r.walk(0x600000).iotlb_hit);  // 0x600000 becomes most recent
  r.walk(0x603000);                      // evicts the least recent: 0x601000
  QCOMPARE(r.hw.iotlb.size(), size_t(3));
  QVERIFY(!r.walk(0x601000).iotlb_hit);
  QVERIFY(r.walk(0x600000).iotlb_hit);
}

void TstIommu::invalidation_granularity_data() {
  QTest::addColumn<quint64>("lo");
  QTest::addColumn<quint64>("hi");
  QTest::addColumn<int>("left");  // entries left of the 4 filled (2 in PASID 1, 2 in PASID 2)
  const uint64_t t6 = qi::EIOTLB_TYPE | qi::EIOTLB_DID(1);
  QTest::newRow("all in DID") << quint64(t6 | qi::EIOTLB_GRAN(qi::GRAN_ALL_ALL)) << quint64(0) << 0;
  QTest::newRow("non-global, all PASIDs") << quint64(t6 | qi::EIOTLB_GRAN(qi::GRAN_NONG_ALL)) << quint64(0) << 0;
  QTest::newRow("non-global, PASID 1") << quint64(t6 | qi::EIOTLB_GRAN(qi::GRAN_NONG_PASID) | qi::EIOTLB_PASID(1))
                                       << quint64(0) << 2;
  QTest::newRow("page 0x600000 of PASID 1")
      << quint64(t6 | qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID) | qi::EIOTLB_PASID(1)) << quint64(0x600000) << 3;
  QTest::newRow("two pages of PASID 2 (AM 1)")
      << quint64(t6 | qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID) | qi::EIOTLB_PASID(2)) << quint64(0x600000 | 1) << 2;
  // ADDR's bits below the mask are ignored: 0x601000 with AM 1 is the aligned
  // block 0x600000-0x601fff, both pages (an unaligned [0x601000, 0x603000)
  // would have left 0x600000).
  QTest::newRow("unaligned ADDR, AM 1: the aligned block")
      << quint64(t6 | qi::EIOTLB_GRAN(qi::GRAN_PSI_PASID) | qi::EIOTLB_PASID(2)) << quint64(0x601000 | 1) << 2;
  QTest::newRow("another DID") << quint64(qi::EIOTLB_TYPE | qi::EIOTLB_DID(5) | qi::EIOTLB_GRAN(qi::GRAN_ALL_ALL))
                               << quint64(0) << 4;
}

void TstIommu::invalidation_granularity() {
  QFETCH(quint64, lo);
  QFETCH(quint64, hi);
  QFETCH(int, left);
  IommuState hw;
  for (uint32_t pasid : {1u, 2u})
    for (uint64_t va : {0x600000ULL, 0x601000ULL}) {
      IotlbEntry e;
      e.did = DomainId{1};
      e.pasid = Pasid{pasid};
      e.va = va;
      e.pfn = Pfn{0x2000 + va / 0x1000};
      hw.iotlb.push_back(e);
    }
  std::vector<DeviceState> devs;
  DriverState drv;
  QiEffect effect = QiEffect::kStatus;
  execute_descriptor(Desc{lo, hi}, hw, devs, {}, drv, &effect);
  QCOMPARE(int(hw.iotlb.size()), left);
  // What the explorer's reduction reads: an invalidation changed the state
  // exactly when it removed something.
  QVERIFY(effect == (left < 4 ? QiEffect::kChanged : QiEffect::kNone));
}

void TstIommu::device_tlb_range_invalidation() {
  IommuState hw;
  std::vector<DeviceState> devs(1);
  for (uint64_t va = 0x600000; va < 0x610000; va += 0x1000) {
    DevTlbEntry e;
    e.pasid = Pasid{1};
    e.va = va;
    devs[0].devtlb.push_back(e);
  }
  DriverState drv;
  const std::vector<DeviceSid> sids = {{kSid, 0}};
  const uint64_t lo = qi::DEIOTLB_TYPE | qi::DEV_EIOTLB_SID(kSid) | qi::DEV_EIOTLB_PASID(1);
  // S=1 and address ...0x601000 (bit 12 set, bit 13 clear): 16 KiB at 0x600000.
  execute_descriptor(Desc{lo, 0x601000 | qi::DEV_EIOTLB_SIZE}, hw, devs, sids, drv);
  QCOMPARE(devs[0].devtlb.size(), size_t(12));
  QCOMPARE(devs[0].devtlb.front().va, 0x604000ULL);
  // One page, no S.
  execute_descriptor(Desc{lo, 0x604000}, hw, devs, sids, drv);
  QCOMPARE(devs[0].devtlb.size(), size_t(11));
  // Everything: -1 >> 1 with S, as intel_flush_svm_range_dev() sends it.
  QiEffect effect = QiEffect::kNone;
  execute_descriptor(Desc{lo, qi::DEV_EIOTLB_ADDR(~0ULL >> 1) | qi::DEV_EIOTLB_SIZE}, hw, devs, sids, drv, &effect);
  QVERIFY(devs[0].devtlb.empty());
  QVERIFY(effect == QiEffect::kChanged);
  // Again, on an empty device TLB: nothing to remove, nothing changed.
  execute_descriptor(Desc{lo, qi::DEV_EIOTLB_ADDR(~0ULL >> 1) | qi::DEV_EIOTLB_SIZE}, hw, devs, sids, drv, &effect);
  QVERIFY(effect == QiEffect::kNone);
}

// What each descriptor does beyond IQH, whatever the caches hold: a fence
// nothing, a wait with a status write only that word, a page response and an
// invalid type change what other threads see.
void TstIommu::descriptors_that_change_state() {
  IommuState hw;
  std::vector<DeviceState> devs(1);
  DriverState drv;
  drv.qi_status.mut().assign(4, QiStatus::InUse);
  const std::vector<DeviceSid> sids = {{kSid, 0}};
  QiEffect effect = QiEffect::kChanged;
  execute_descriptor(Desc{qi::IWD_TYPE, 0}, hw, devs, sids, drv, &effect);
  QVERIFY(effect == QiEffect::kNone);  // a fence
  execute_descriptor(Desc{qi::IWD_STATUS_DATA(qi::QI_DONE) | qi::IWD_STATUS_WRITE | qi::IWD_TYPE, qi::kStatusBase + 2 * 4},
                     hw, devs, sids, drv, &effect);
  QVERIFY(effect == QiEffect::kStatus);
  QVERIFY(drv.qi_status[2] == QiStatus::Done);
  execute_descriptor(Desc{qi::PGRP_RESP_TYPE | (uint64_t{kSid} << 16), 0}, hw, devs, sids, drv, &effect);
  QVERIFY(effect == QiEffect::kChanged);
  QCOMPARE(devs[0].responses.size(), size_t(1));
  execute_descriptor(Desc{qi::CC_TYPE, 0}, hw, devs, sids, drv, &effect);
  QVERIFY(effect == QiEffect::kNone);  // an empty context cache
  execute_descriptor(Desc{0xf, 0}, hw, devs, sids, drv, &effect);
  QVERIFY(effect == QiEffect::kChanged);
  QVERIFY(hw.fsts & (1u << 4));
}

// Type 3 (qi_flush_dev_iotlb(), the v5.6 tear-down's device-TLB flush): the
// ATS invalidation carries no PASID, so the device drops the matching
// entries of every PASID. Words from include/linux/intel-iommu.h (v5.x):
// QI_DEV_IOTLB_SID(sid) = sid << 32, QI_DIOTLB_TYPE = 3, QI_DEV_IOTLB_SIZE = 1.
void TstIommu::device_tlb_invalidation_without_pasid() {
  IommuState hw;
  std::vector<DeviceState> devs(1);
  for (uint32_t pasid : {1u, 2u})
    for (uint64_t va = 0x600000; va < 0x604000; va += 0x1000) {
      DevTlbEntry e;
      e.pasid = Pasid{pasid};
      e.va = va;
      devs[0].devtlb.push_back(e);
    }
  DriverState drv;
  const std::vector<DeviceSid> sids = {{kSid, 0}};
  const uint64_t lo = (uint64_t{kSid} << 32) | 3;
  QCOMPARE(qi::DEV_IOTLB_SID(kSid) | qi::DIOTLB_TYPE, lo);
  // One page, no S: both PASIDs' entries for 0x601000 go.
  execute_descriptor(Desc{lo, 0x601000}, hw, devs, sids, drv);
  QCOMPARE(devs[0].devtlb.size(), size_t(6));
  for (const DevTlbEntry& e : devs[0].devtlb) QVERIFY(e.va != 0x601000);
  // Another device's SID reaches nobody.
  execute_descriptor(Desc{(uint64_t{kSid + 1} << 32) | 3, 0x7ffffffffffff001ULL}, hw, devs, sids, drv);
  QCOMPARE(devs[0].devtlb.size(), size_t(6));
  // Everything, as devtlb_invalidation_with_pasid() asks (addr 0, mask 52):
  // (1ULL << 63) - 1, page-masked, | S = 0x7ffffffffffff001.
  execute_descriptor(Desc{lo, 0x7ffffffffffff001ULL}, hw, devs, sids, drv);
  QVERIFY(devs[0].devtlb.empty());
}

void TstIommu::v44_device_tlb_descriptor_reaches_the_wrong_device() {
  // intel_flush_svm_range_dev() in v4.4 builds the descriptor with
  // QI_DEV_EIOTLB_SID(sid) = sid << 32 and QI_DEV_EIOTLB_QDEP(qd) = qd << 16;
  // the hardware reads SID at 31:16 and PASID at 51:32.
  const uint32_t pasid = 1, qdep = 0;
  const Desc v44{qi::DEV_EIOTLB_PASID(pasid) | qi::DEV_EIOTLB_SID_V44(kSid) | qi::DEV_EIOTLB_QDEP_V44(qdep) |
                     qi::DEIOTLB_TYPE,
                 qi::DEV_EIOTLB_ADDR(0x600000)};
  QCOMPARE(qi::dev_eiotlb_sid(v44), uint16_t(qdep));         // the queue depth, as a requester id: 00:00.0
  QCOMPARE(qi::dev_eiotlb_pasid(v44), pasid | kSid);          // the source id ORed into the PASID
  QCOMPARE(qi::dev_eiotlb_mip(v44), 0u);
  QCOMPARE(QString::fromStdString(qi::describe(v44)),
           QStringLiteral("extended device-TLB inv, SID 00:00.0, PASID 33, MIP 0, addr 0x600000"));
  // A device at 00:00.0 with no entries, and the meant device at 00:04.0.
  auto fill = [](std::vector<DeviceState>& devs, int dev, uint32_t p) {
    DevTlbEntry e;
    e.pasid = Pasid{p};
    e.va = 0x600000;
    devs[dev].devtlb.push_back(e);
  };
  IommuState hw;
  DriverState drv;
  std::vector<DeviceState> devs(2);
  fill(devs, 1, pasid);
  const std::vector<DeviceSid> two = {{0x0000, 0}, {kSid, 1}};
  const std::vector<DeviceSid> one = {{kSid, 1}};
  // Without a device at 00:00.0 nothing is invalidated ...
  QVERIFY(execute_descriptor(v44, hw, devs, one, drv).english().find("no device has requester id 00:00.0") == 0);
  QCOMPARE(devs[1].devtlb.size(), size_t(1));
  // ... and with one, it is asked about PASID 33, which it does not cache: the meant device keeps its entry.
  fill(devs, 0, pasid | kSid);
  execute_descriptor(v44, hw, devs, two, drv);
  QVERIFY(devs[0].devtlb.empty());  // the wrong device loses its PASID-33 entry
  QCOMPARE(devs[1].devtlb.size(), size_t(1));
  // With the macros of later kernels the meant device loses it.
  const Desc later{qi::DEV_EIOTLB_PASID(pasid) | qi::DEV_EIOTLB_SID(kSid) | qi::DEV_EIOTLB_QDEP(qdep) |
                       qi::DEIOTLB_TYPE,
                   qi::DEV_EIOTLB_ADDR(0x600000)};
  QCOMPARE(qi::dev_eiotlb_sid(later), kSid);
  QCOMPARE(qi::dev_eiotlb_pasid(later), pasid);
  execute_descriptor(later, hw, devs, two, drv);
  QVERIFY(devs[1].devtlb.empty());
}

void TstIommu::wait_descriptor_writes_status() {
  IommuState hw;
  std::vector<DeviceState> devs;
  DriverState drv;
  drv.qi_status.mut().assign(16, QiStatus::InUse);
  execute_descriptor(Desc{qi::IWD_STATUS_DATA(qi::QI_DONE) | qi::IWD_STATUS_WRITE | qi::IWD_TYPE, qi::kStatusBase + 5 * 4},
                     hw, devs, {}, drv);
  QCOMPARE(drv.qi_status[5], QiStatus::Done);
  QCOMPARE(drv.qi_status[4], QiStatus::InUse);
}

void TstIommu::page_group_response_reaches_the_device() {
  IommuState hw;
  std::vector<DeviceState> devs(2);
  DriverState drv;
  const std::vector<DeviceSid> sids = {{0x0028, 0}, {kSid, 1}};
  const Desc resp{qi::PGRP_PASID(1) | qi::PGRP_DID(kSid) | qi::PGRP_PASID_P(1) | qi::PGRP_RESP_TYPE,
                  qi::PGRP_IDX(7) | qi::PGRP_RESP_CODE(qi::RESP_INVALID)};
  execute_descriptor(resp, hw, devs, sids, drv);
  QVERIFY(devs[0].responses.empty());
  QCOMPARE(devs[1].responses.size(), size_t(1));
  QCOMPARE(devs[1].responses[0].prg, uint16_t(7));
  QCOMPARE(devs[1].responses[0].code, uint8_t(qi::RESP_INVALID));
}

void TstIommu::prq_wraps_around() {
  Rig r;
  PageRequest pr;
  pr.pasid_present = true;
  pr.pasid = kPasid;
  pr.devfn = kSid & 0xff;
  pr.lpig = true;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 3; ++i) {  // 4 slots hold 3: tail + 1 == head means full
      pr.prg_index = static_cast<uint16_t>(round * 3 + i);
      QCOMPARE(queue_page_request(r.hw, r.mem, r.cfg, pr), PrqResult::Queued);
    }
    QVERIFY(r.hw.prq_irq_pending);
    // Software consumes them in order and writes PQH = PQT.
    for (uint32_t h = r.hw.pqh; h != r.hw.pqt; h = (h + 1) % 4)
      QCOMPARE(int(PageRequest::decode(r.hw.prq[h]).prg_index), round * 3 + int((h + 4 - r.hw.pqh) % 4));
    r.hw.pqh = r.hw.pqt;
    r.hw.prq_irq_pending = false;
  }
  QCOMPARE(r.hw.pqt, uint32_t(9 % 4));
  QVERIFY(!(r.hw.prs & vtd::PRS_PRO));
}

void TstIommu::prq_overflow_sets_pro_and_drops() {
  Rig r;
  PageRequest pr;
  pr.pasid_present = true;
  pr.pasid = kPasid;
  pr.devfn = kSid & 0xff;
  for (int i = 0; i < 3; ++i) QCOMPARE(queue_page_request(r.hw, r.mem, r.cfg, pr), PrqResult::Queued);
  QCOMPARE(queue_page_request(r.hw, r.mem, r.cfg, pr), PrqResult::Overflow);
  QVERIFY(r.hw.prs & vtd::PRS_PRO);
  const uint32_t tail = r.hw.pqt;
  r.hw.pqh = r.hw.pqt;  // software drains, but (as Linux 4.4) never clears PRO
  QCOMPARE(queue_page_request(r.hw, r.mem, r.cfg, pr), PrqResult::Dropped);
  QCOMPARE(r.hw.pqt, tail);
  r.hw.prs &= ~vtd::PRS_PRO;  // a later kernel clears it
  QCOMPARE(queue_page_request(r.hw, r.mem, r.cfg, pr), PrqResult::Queued);
}

void TstIommu::prq_without_pre_records_fault() {
  Rig r(false);
  PageRequest pr;
  pr.pasid_present = true;
  pr.pasid = kPasid;
  pr.devfn = kSid & 0xff;
  pr.addr = 0x600000;
  QCOMPARE(queue_page_request(r.hw, r.mem, r.cfg, pr), PrqResult::PreDisabled);
  QVERIFY(r.hw.frcd[0].f);
  QCOMPARE(r.hw.frcd[0].reason, FaultReason::PageRequestDisabled);
}

// A dropped request is answered by the IOMMU (modeled) only if it needs an
// answer: the last request of its group, and not a stop marker.
void TstIommu::prq_overflow_answers_only_what_needs_an_answer() {
  IommuConfig cfg;
  PageRequest pr;
  pr.wr = true;
  pr.lpig = true;
  QVERIFY(autoresponds_on_overflow(cfg, pr));
  pr.lpig = false;  // not the last of its group: its group's last one is answered
  QVERIFY(!autoresponds_on_overflow(cfg, pr));
  pr.lpig = true;
  pr.wr = false;  // LPIG with neither read nor write: a stop marker
  QVERIFY(!autoresponds_on_overflow(cfg, pr));
  pr.rd = true;
  QVERIFY(autoresponds_on_overflow(cfg, pr));
  cfg.prq_overflow_autorespond = false;  // as QEMU: nobody answers
  QVERIFY(!autoresponds_on_overflow(cfg, pr));
}

void TstIommu::fault_records_fold_and_overflow() {
  IommuState hw;
  IommuConfig cfg;
  cfg.fault_records = 2;
  FaultRecord f;
  f.reason = FaultReason::PasidNotPresent;
  f.sid = SourceId{1};
  QVERIFY(record_fault(hw, cfg, f));
  QVERIFY(!record_fault(hw, cfg, f));  // same source still pending: folded
  f.sid = SourceId{2};
  QVERIFY(record_fault(hw, cfg, f));
  f.sid = SourceId{3};
  QVERIFY(!record_fault(hw, cfg, f));  // next record busy: overflow
  QVERIFY(hw.fsts & vtd::FSTS_PFO);
}

void TstIommu::descriptors_round_trip() {
  PageRequest pr;
  pr.srr = false;
  pr.pasid_present = true;
  pr.lpig = true;
  pr.pasid = 0xabcde;
  pr.bus = 0x3;
  pr.devfn = 0x20;
  pr.priv_data = 0x12345;
  pr.prg_index = 0x1ff;
  pr.wr = true;
  pr.addr = 0x7f0000123000ULL;
  const PageRequest back = PageRequest::decode(pr.encode());
  QCOMPARE(back.pasid, pr.pasid);
  QCOMPARE(back.prg_index, pr.prg_index);
  QCOMPARE(back.addr, pr.addr);
  QCOMPARE(back.sid().v, uint16_t(0x0320));
  QVERIFY(back.wr && !back.rd && back.lpig && back.pasid_present);
  // Bits where the reference puts them: PASID 23:4, PRG index 63:55, address 63:12 of QW1.
  QCOMPARE((pr.encode().lo >> 4) & 0xfffff, uint64_t(0xabcde));
  QCOMPARE(pr.encode().lo >> 55, uint64_t(0x1ff));
  QVERIFY(QString::fromStdString(qi::describe(Desc{qi::PC_PASID_SEL | qi::PC_DID(1) | qi::PC_PASID(3), 0}))
              .contains(QStringLiteral("PASID-selective, DID 1, PASID 3")));
}

// The descriptor and page-request lines of the trace are formatted without
// snprintf (core/base/cfmt.h); golden traces hold what snprintf wrote.
void TstIommu::cfmt_writes_what_snprintf_writes() {
  char buf[256];
  const unsigned long long big = 0xfffffffffffff000ULL;
  for (const unsigned u : {0u, 1u, 7u, 0x1fu, 0xabcdeu, 0xffffffffu}) {
    std::snprintf(buf, sizeof buf, "a %u b %x c %02x d %04x e %s%s", u, u, u, u, "str", "");
    QCOMPARE(cfmt("a %u b %x c %02x d %04x e %s%s", u, u, u, u, "str", ""), std::string(buf));
  }
  std::snprintf(buf, sizeof buf, "addr 0x%llx, AM %u%s 100%%", big, 9u, ", IH");
  QCOMPARE(cfmt("addr 0x%llx, AM %u%s 100%%", big, 9u, ", IH"), std::string(buf));
  // What it does not know, or has no argument for, it writes as it stands.
  QCOMPARE(cfmt("%d and %u", 3u), std::string("%d and 3"));
  QCOMPARE(cfmt("%u %u", 3u), std::string("3 %u"));
  QCOMPARE(cfmt("trailing %"), std::string("trailing %"));
  QCOMPARE(sid_name(SourceId{0x0320}), std::string("03:04.0"));
  QCOMPARE(sid_name(SourceId{0xffff}), std::string("ff:1f.7"));
  // Every descriptor type, decoded fields and all.
  const Desc descs[] = {
      {qi::CC_TYPE | (1ULL << 4) | (5ULL << 16) | (0x20ULL << 32), 0},
      {qi::IOTLB_TYPE | (3ULL << 16), 0},
      {qi::DIOTLB_TYPE | (0x0321ULL << 32), 0},
      {qi::IWD_TYPE | qi::IWD_STATUS_WRITE | (1ULL << 32), 0x1000},
      {qi::EIOTLB_TYPE | (3ULL << 4) | (1ULL << 16) | (0x20ULL << 32), 0x7f0000123000ULL | (1ULL << 6) | 2},
      {qi::EIOTLB_TYPE | (1ULL << 4) | (1ULL << 16) | (0x20ULL << 32), 0},
      {qi::PC_PASID_SEL | qi::PC_DID(1) | qi::PC_PASID(3), 0},
      {qi::DEIOTLB_TYPE | (0x0320ULL << 16) | (5ULL << 32), 0x600000ULL | 1},
      {qi::PGRP_RESP_TYPE | (0x0320ULL << 16) | (7ULL << 32), (3ULL << 55) | qi::RESP_INVALID},
      {qi::PSTRM_RESP_TYPE, qi::RESP_FAILURE},
  };
  const char* want[] = {
      "context-cache inv, global, DID 5, SID 0020",
      "IOTLB inv, DID 3",
      "device-TLB inv, SID 0321",
      "invalidation wait (SW), status 1",
      "extended IOTLB inv, page-selective, one PASID, DID 1, PASID 32, addr 0x7f0000123000, AM 2, IH",
      "extended IOTLB inv, non-global, all PASIDs, DID 1, PASID 32",
      "PASID-cache inv, PASID-selective, DID 1, PASID 3",
      "PGRP",
      "page group response, RID 0320, PASID 7, PRG 3: Invalid Request",
      "page stream response: Response Failure",
  };
  for (size_t i = 0; i < std::size(descs); ++i) {
    const std::string got = qi::describe(descs[i]);
    if (std::string(want[i]) == "PGRP")  // the SID and PASID fields as the hardware reads them
      QVERIFY2(got.rfind("extended device-TLB inv, SID ", 0) == 0 && got.find(", addr 0x600000") != std::string::npos,
               got.c_str());
    else
      QVERIFY2(got == want[i], (got + " != " + want[i]).c_str());
  }
  PageRequest pr;
  pr.pasid_present = true;
  pr.rd = pr.wr = true;
  pr.pasid = 1;
  pr.addr = 0x600000;
  pr.prg_index = 2;
  pr.lpig = true;
  QCOMPARE(pr.describe(), std::string("PR RW PASID 1 addr 0x600000 PRG 2 LPIG"));
}

QTEST_APPLESS_MAIN(TstIommu)
#include "tst_iommu.moc"
