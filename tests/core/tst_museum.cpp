// The museum's exhibits (docs/history.md): each bug shows its violation in
// its scenario and the fix is clean, in the default run and in every
// interleaving; the counter tuples at the milestones are the ones the
// history tabulates from the source; the steps the era's own code takes name
// that era's release; the scenario format lets a device ask for a
// non-canonical address (and nothing else may name one).

#include <QtTest>
#include <algorithm>
#include <functional>

#include "core/driver/era_flags.h"
#include "core/engine/function.h"
#include "core/explore/explorer.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/fault.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/iommu/translate.h"
#include "core/report/museum.h"
#include "core/scenario/loader.h"
#include "tests/core/fixtures.h"

using fixtures::Tuple;
Q_DECLARE_METATYPE(std::vector<Tuple>)

namespace {
bool has_kind(const std::vector<svm::Violation>& vs, svm::ViolationKind k) {
  return std::any_of(vs.begin(), vs.end(), [&](const svm::Violation& v) { return v.kind == k; });
}
std::string first_message(const std::vector<svm::Violation>& vs) {
  return vs.empty() ? std::string() : vs.front().message.english();
}
}  // namespace

class TstMuseum : public QObject {
  Q_OBJECT
 private slots:
  void exhibits_name_real_scenarios_and_variants();
  void canonical_check_after_mmget_leaks_the_mm();
  void canonical_check_first_is_clean();
  void pasid_freed_in_mmput_reaches_another_process();
  void pasid_freed_in_mmdrop_is_clean();
  void golden_tuples_data();
  void golden_tuples();
  void explore_data();
  void explore();
  void era_steps_name_their_release_data();
  void era_steps_name_their_release();
  void era_2016_is_untouched();
  void scalable_mode_entries_and_walk();
  void scalable_mode_fault_reasons();
  void scalable_mode_flush_descriptors();
  void page_request_may_be_non_canonical();
};

void TstMuseum::exhibits_name_real_scenarios_and_variants() {
  const auto ids = fixtures::builtin_ids();
  QVERIFY(svm::exhibits().size() >= 4);
  for (const svm::Exhibit& e : svm::exhibits()) {
    QVERIFY2(std::find(ids.begin(), ids.end(), std::string(e.scenario)) != ids.end(), e.scenario.data());
    QVERIFY2(svm::find_variant(e.bug), e.bug.data());
    if (!e.fix.empty()) {
      QVERIFY2(svm::find_variant(e.fix), e.fix.data());
      // Bug and fix run on the same era's model: only the era's data differs.
      QCOMPARE(svm::find_variant(e.bug)->era, svm::find_variant(e.fix)->era);
    }
  }
}

void TstMuseum::canonical_check_after_mmget_leaks_the_mm() {
  const svm::Trace t = fixtures::run("prq-noncanonical", "2020-canonical-check");
  QVERIFY(t.complete);
  QVERIFY2(has_kind(t.end, svm::ViolationKind::Leak), first_message(t.violations()).c_str());
  const svm::Violation& leak = *std::find_if(t.end.begin(), t.end.end(),
                                             [](const svm::Violation& v) { return v.kind == svm::ViolationKind::Leak; });
  QVERIFY(std::any_of(leak.objects.begin(), leak.objects.end(), [](svm::ObjId o) { return svm::to_string(o) == "mm#1"; }));
  // mm_users never reaches 0: the reference mmget_not_zero() took is the one left.
  const svm::Machine& end = t.states.back();
  QVERIFY(end.k->mms[0].alive);
  QCOMPARE(end.k->mms[0].users, 1);
  // The request was answered Invalid Request all the same.
  QCOMPARE(end.devs->at(0).dma_failed, 1u);
}

void TstMuseum::canonical_check_first_is_clean() {
  const svm::Trace t = fixtures::run("prq-noncanonical", "2020-canonical-fixed");
  QVERIFY(t.complete);
  QVERIFY2(t.violations().empty(), first_message(t.violations()).c_str());
  const svm::Machine& end = t.states.back();
  QVERIFY(!end.k->mms[0].alive);
  QCOMPARE(end.devs->at(0).dma_failed, 1u);
}

void TstMuseum::pasid_freed_in_mmput_reaches_another_process() {
  const svm::Trace t = fixtures::run("pasid-reuse-after-exit", "2022-pasid-freed-in-mmput");
  QVERIFY(t.complete);
  const auto vs = t.violations();
  QVERIFY2(has_kind(vs, svm::ViolationKind::Isolation) || has_kind(vs, svm::ViolationKind::UseAfterFree),
           first_message(vs).c_str());
  for (const svm::Violation& v : vs) qInfo("%s", v.message.english().c_str());
  // B's bind was given A's PASID while A's device still had it.
  std::vector<int32_t> pasid_of_mm(2, -1);
  for (const svm::Machine& m : t.states)
    for (size_t i = 0; i < 2 && i < m.k->mms.size(); ++i)
      if (m.k->mms[i].pasid >= 0) pasid_of_mm[i] = m.k->mms[i].pasid;
  QVERIFY(pasid_of_mm[0] >= 1);
  QCOMPARE(pasid_of_mm[1], pasid_of_mm[0]);
}

void TstMuseum::pasid_freed_in_mmdrop_is_clean() {
  const svm::Trace t = fixtures::run("pasid-reuse-after-exit", "2022-pasid-freed-in-mmdrop");
  QVERIFY(t.complete);
  QVERIFY2(t.violations().empty(), first_message(t.violations()).c_str());
  std::vector<int32_t> pasid_of_mm(2, -1);
  for (const svm::Machine& m : t.states)
    for (size_t i = 0; i < 2 && i < m.k->mms.size(); ++i)
      if (m.k->mms[i].pasid >= 0) pasid_of_mm[i] = m.k->mms[i].pasid;
  QVERIFY(pasid_of_mm[0] >= 1 && pasid_of_mm[1] >= 1);
  QVERIFY(pasid_of_mm[1] != pasid_of_mm[0]);
  // Every PASID went back to the allocator, with its mm_struct.
  QVERIFY(t.states.back().drv->ioasids.empty());
}

void TstMuseum::golden_tuples_data() {
  // (mm_users, mm_count, f_count) of mm#1 and file#1, in order; see
  // docs/history.md, "2020: ..." and "2022: ..." for each row's source line.
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<std::vector<Tuple>>("table");
  // 2020 bug: bind (get_task_mm, mmu_notifier_register, mmput); mmget_not_zero; the non-canonical
  // goto bad_req keeps it; exit_mm: active_mm grab, mmput (2 -> 1, no __mmput); exit_files;
  // release -> unbind -> mmu_notifier_unregister's mmdrop; the final switch's mmdrop. mm_users stays 1.
  QTest::newRow("2020 bug") << "prq-noncanonical" << "2020-canonical-check"
                            << std::vector<Tuple>{{1, 2, 1}, {2, 2, 1}, {2, 3, 1}, {1, 3, 1}, {1, 3, 0}, {1, 2, 0}, {1, 1, 0}};
  // 2020 fix: the request never touches mm_users; then FIXED (a) of the 2016 reference.
  QTest::newRow("2020 fix") << "prq-noncanonical" << "2020-canonical-fixed"
                            << std::vector<Tuple>{{1, 2, 1}, {1, 3, 1}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
  // 2022 (A's mm and file): the bind takes no mm_users (current->mm), only the notifier's mm_count;
  // exit_mm; __mmput; mmdrop; exit_files; the final switch and the last unbind of the intel_svm (A's own
  // with the fix; B's, which joined A's intel_svm, with the bug). The counters are the same in both
  // variants: the bug is in when the PASID is freed, not in a count.
  QTest::newRow("2022 bug") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmput"
                            << std::vector<Tuple>{{1, 2, 1}, {1, 3, 1}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
  QTest::newRow("2022 fix") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmdrop"
                            << std::vector<Tuple>{{1, 2, 1}, {1, 3, 1}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
}

void TstMuseum::golden_tuples() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(std::vector<Tuple>, table);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  std::string missing;
  const auto seq = fixtures::tuples(t);
  QVERIFY2(fixtures::contains_in_order(seq, table, &missing), missing.c_str());
  QCOMPARE(seq.back(), table.back());
}

void TstMuseum::explore_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<bool>("bug");
  for (const svm::Exhibit& e : svm::exhibits()) {
    if (e.year < 2020) continue;  // the 2016 exhibits are tst_explore_all's
    QTest::newRow(e.bug.data()) << QString::fromUtf8(e.scenario.data()) << QString::fromUtf8(e.bug.data()) << true;
    QTest::newRow(e.fix.data()) << QString::fromUtf8(e.scenario.data()) << QString::fromUtf8(e.fix.data()) << false;
  }
}

void TstMuseum::explore() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(bool, bug);
  const svm::ExploreResult r = svm::explore(fixtures::config(scenario.toStdString(), variant.toStdString()));
  QVERIFY2(r.complete, r.bound.c_str());
  if (bug) {
    QVERIFY(!r.violations.empty());
  } else {
    QVERIFY2(r.violations.empty(), r.violations.empty() ? "" : r.violations[0].violation.message.english().c_str());
  }
}

void TstMuseum::era_steps_name_their_release_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<QString>("release");
  QTest::addColumn<QStringList>("functions");
  QTest::newRow("2020") << "prq-noncanonical" << "2020-canonical-check" << "v5.6" << QStringList{"prq_event_thread"};
  QTest::newRow("2022") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmput" << "v5.18-rc5"
                        << QStringList{"mmput", "__mmput", "mm_pasid_drop", "__mmdrop", "iommu_sva_bind_device",
                                       "intel_svm_bind", "iommu_sva_alloc_pasid", "intel_svm_bind_mm"};
}

void TstMuseum::era_steps_name_their_release() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(QString, release);
  QFETCH(QStringList, functions);
  const svm::Variant& v = *svm::find_variant(variant.toStdString());
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QSet<QString> seen;
  for (const svm::StepRecord& s : t.steps) {
    const QString fn = QString::fromUtf8(svm::fn_name(s.fn).data());
    const QString src = QString::fromStdString(svm::source_of(s.fn, v));
    QVERIFY(!svm::functions(v)[s.fn].file.empty());
    if (!functions.contains(fn)) continue;
    seen.insert(fn);
    QVERIFY2(src.contains(QStringLiteral("(") + release), qPrintable(fn + QStringLiteral(": ") + src));
  }
  for (const QString& f : functions) QVERIFY2(seen.contains(f), qPrintable(f + QStringLiteral(" never ran")));
}

void TstMuseum::era_2016_is_untouched() {
  // The later eras replace functions only in their own tables.
  for (svm::FnId f : {svm::FnId::prq_event_thread, svm::FnId::mmput, svm::FnId::__mmdrop, svm::FnId::intel_svm_bind_mm}) {
    QVERIFY(svm::functions(svm::Era::Y2016)[f].version.empty());
    QCOMPARE(&svm::functions(*svm::find_variant("v4.4"))[f], &svm::functions(svm::Era::Y2016)[f]);
  }
  QVERIFY(&svm::functions(svm::Era::Y2020)[svm::FnId::prq_event_thread] !=
          &svm::functions(svm::Era::Y2016)[svm::FnId::prq_event_thread]);
  QVERIFY(!svm::era_flags(*svm::find_variant("v4.4")).canonical_check_after_mmget);
}

void TstMuseum::page_request_may_be_non_canonical() {
  const std::string head = R"({"format": "svmlab-scenario/1", "machine": {"devices": [{"name": "d", "sid": "00:04.0", "actions": [)";
  const std::string tail = R"(]}]}, "processes": [{"name": "p", "actions": [{"do": "exit"}]}]})";
  auto load = [&](const std::string& action) { return svm::load_scenario(head + action + tail, "t.json"); };
  const auto ok = load(R"({"do": "page_request", "addr": "0x800000000000"})");
  QVERIFY2(ok, ok ? "" : ok.error.format().c_str());
  QCOMPARE(ok.scenario->devices[0].actions[0].addr, uint64_t(0x800000000000));
  // A DMA still may not: only a page request carries the address as the device sent it.
  const auto dma = load(R"({"do": "dma_write", "addr": "0x800000000000"})");
  QVERIFY(!dma);
  QVERIFY(QString::fromStdString(dma.error.format()).contains("not a canonical"));
  const auto unaligned = load(R"({"do": "page_request", "addr": "0x800000000008"})");
  QVERIFY(!unaligned);
  QVERIFY(QString::fromStdString(unaligned.error.format()).contains("not page aligned"));
  // Saved and loaded again, it says the same.
  const auto again = svm::load_scenario(svm::save_scenario(*ok.scenario), "t.json");
  QVERIFY2(again, again ? "" : again.error.format().c_str());
  QCOMPARE(again.scenario->devices[0].actions, ok.scenario->devices[0].actions);
}

namespace {
// The first state in which `pred` holds, or -1.
int first_where(const svm::Trace& t, const std::function<bool(const svm::Machine&)>& pred) {
  for (size_t i = 0; i < t.states.size(); ++i)
    if (pred(t.states[i])) return static_cast<int>(i);
  return -1;
}
}  // namespace

// scalable-mode-bind: the bits Linux v5.18 writes (domain_context_mapping_one(),
// intel_pasid_setup_first_level()), read back from simulated memory, and the
// device's walk through directory and table.
void TstMuseum::scalable_mode_entries_and_walk() {
  const svm::Trace t = fixtures::run("scalable-mode-bind", "2022-pasid-freed-in-mmdrop");
  QVERIFY(t.complete);
  QVERIFY2(t.violations().empty(), first_message(t.violations()).c_str());
  const svm::Machine& boot = t.states.front();
  QCOMPARE(boot.hw->mode, svm::IommuMode::Scalable);
  QVERIFY(boot.hw->rtaddr & svm::sm::RTADDR_SMT);
  QVERIFY(!(boot.hw->rtaddr & svm::vtd::RTADDR_RTT));
  QVERIFY(boot.hw->ecap & svm::sm::ECAP_SMTS);
  // Context entry of 00:04.0: P, DTE (ATS), PASIDE, PRE (PRI), PDTS 2, the directory; hi: RID_PASID 0.
  const uint64_t ce = boot.hw->context_entry_addr(0x0020);
  const uint64_t lo = boot.mem->read(svm::PhysAddr{ce});
  QCOMPARE(lo & 0x1f, svm::sm::CTX_P | svm::sm::CTX_DTE | svm::sm::CTX_PASIDE | svm::sm::CTX_PRE);
  QCOMPARE(svm::sm::ctx_pdts(lo), uint64_t(2));
  QCOMPARE(lo & svm::vtd::kAddrMask, boot.hw->pasid_dir.v << svm::kPageShift);
  QCOMPARE(boot.mem->read(svm::PhysAddr{ce + 8}), uint64_t(0));
  // No PASID table page before the bind: intel_pasid_get_entry() allocates it.
  QCOMPARE(svm::sm::pasid_entry_addr(*boot.hw, *boot.mem, 1), uint64_t(0));

  const int bound = first_where(t, [](const svm::Machine& m) { return svm::sm::read_entry(*m.hw, *m.mem, 1).present; });
  QVERIFY(bound > 0);
  const svm::Machine& b = t.states[size_t(bound)];
  const uint64_t pde = b.mem->read(svm::PhysAddr{svm::sm::dir_entry_addr(*b.hw, 1)});
  QVERIFY(pde & svm::sm::PDE_P);
  const uint64_t pte = svm::sm::pasid_entry_addr(*b.hw, *b.mem, 1);
  QCOMPARE(pte, (pde & svm::vtd::kAddrMask) + 1 * svm::sm::kEntryBytes);  // PASID 1: index 1 of table 0
  // val[0]: P | AW 2 (4-level, 48-bit) << 2 | PGTT 001 << 6; val[1]: DID = FLPT_DEFAULT_DID;
  // val[2]: FLPTR = the mm's pgd, SRE clear (a user binding); val[3..7] zero.
  QCOMPARE(b.mem->read(svm::PhysAddr{pte}), uint64_t(0x49));
  QCOMPARE(svm::sm::pe_pgtt(b.mem->read(svm::PhysAddr{pte})), svm::sm::PGTT_FL_ONLY);
  QCOMPARE(b.mem->read(svm::PhysAddr{pte + 8}), uint64_t(svm::sm::FLPT_DEFAULT_DID));
  QCOMPARE(b.mem->read(svm::PhysAddr{pte + 16}), b.k->mms[0].pgd.v << svm::kPageShift);
  for (uint64_t i = 3; i < 8; ++i) QCOMPARE(b.mem->read(svm::PhysAddr{pte + 8 * i}), uint64_t(0));

  // The DMA's walk: directory -> table -> four first-level levels.
  const int walked = first_where(t, [](const svm::Machine& m) { return m.obs->last_walk.valid && m.obs->last_walk.ok; });
  QVERIFY(walked > bound);
  const svm::WalkRecord& w = t.states[size_t(walked)].obs->last_walk;
  QVERIFY(w.scalable);
  QCOMPARE(w.dir_entry_addr, svm::sm::dir_entry_addr(*b.hw, 1));
  QCOMPARE(w.pasid_entry_addr, pte);
  QCOMPARE(w.pasid_entry_sm[0], uint64_t(0x49));
  QCOMPARE(int(w.levels.size()), 4);
  QCOMPARE(w.levels.front().entry_addr & ~0xfffULL, b.k->mms[0].pgd.v << svm::kPageShift);
  // The PASID cache holds the scalable entry with its own DID.
  const auto& pc = t.states[size_t(walked)].hw->pasid_cache;
  QVERIFY(std::any_of(pc.begin(), pc.end(), [](const svm::PasidCacheEntry& e) {
    return e.scalable && e.pasid.v == 1 && e.did.v == svm::sm::FLPT_DEFAULT_DID;
  }));

  // The same scenario in a 2016 variant runs ECS: that kernel has no scalable-mode code.
  const svm::Trace old = fixtures::run("scalable-mode-bind", "v4.5");
  QCOMPARE(old.states.front().hw->mode, svm::IommuMode::Ecs);
}

// A request through a missing directory entry and through a cleared PASID
// entry, on the bound machine: the scalable-mode codes, without "(modeled)".
void TstMuseum::scalable_mode_fault_reasons() {
  const svm::Trace t = fixtures::run("scalable-mode-bind", "2022-pasid-freed-in-mmdrop");
  const int walked = first_where(t, [](const svm::Machine& m) { return m.obs->last_walk.valid && m.obs->last_walk.ok; });
  QVERIFY(walked > 0);
  const svm::Machine& m = t.states[size_t(walked)];
  svm::TranslationRequest rq;
  rq.sid = svm::SourceId{0x0020};
  rq.pasid = svm::Pasid{1};
  rq.va = 0x600000;
  {
    svm::IommuState hw = *m.hw;
    svm::PhysMem mem = *m.mem;
    hw.pasid_cache.clear();
    hw.iotlb.clear();
    // PASID 64 is in directory entry 1, which has no table.
    rq.pasid = svm::Pasid{64};
    svm::WalkRecord rec;
    const svm::TranslateResult r = svm::translate(hw, mem, t.cfg->scenario->iommu, rq, &rec);
    QCOMPARE(r.fault, svm::FaultReason::PasidDirNotPresent);
    QCOMPARE(int(r.fault), 0x51);
    QVERIFY(rec.scalable);
  }
  {
    svm::IommuState hw = *m.hw;
    svm::PhysMem mem = *m.mem;
    hw.pasid_cache.clear();
    hw.iotlb.clear();
    rq.pasid = svm::Pasid{1};
    const uint64_t pte = svm::sm::pasid_entry_addr(hw, mem, 1);
    mem.write(svm::PhysAddr{pte}, 0);
    const svm::TranslateResult r = svm::translate(hw, mem, t.cfg->scenario->iommu, rq, nullptr);
    QCOMPARE(r.fault, svm::FaultReason::PasidNotPresent);
    const std::string sm_text = svm::fault_text(r.fault, true).english();
    QVERIFY2(sm_text.find("(modeled)") == std::string::npos, sm_text.c_str());
    QVERIFY(svm::fault_text(r.fault).english().find("(modeled)") != std::string::npos);
    // A second-level-only entry is not what SVA writes: reported as an invalid entry.
    mem.write(svm::PhysAddr{pte}, svm::sm::PE_P | (svm::sm::PGTT_SL_ONLY << 6));
    QCOMPARE(svm::translate(hw, mem, t.cfg->scenario->iommu, rq, nullptr).fault, svm::FaultReason::PasidEntryInvalid);
  }
}

// At exit, intel_mm_release() flushes PASID 1 with DID 1 (FLPT_DEFAULT_DID):
// PASID-cache (type 7), PASID-based IOTLB (type 6) and PASID-based
// device-TLB (type 8) descriptors, the device's SID where the hardware reads it.
void TstMuseum::scalable_mode_flush_descriptors() {
  const svm::Trace t = fixtures::run("scalable-mode-bind", "2022-pasid-freed-in-mmdrop");
  const svm::Machine& end = t.states.back();
  bool pc = false, piotlb = false, devtlb = false;
  for (const svm::Desc& d : end.hw->iq) {
    const uint64_t type = svm::qi::type(d);
    const unsigned did = unsigned((d.lo >> 16) & 0xffff), pasid = unsigned((d.lo >> 32) & 0xfffff);
    if (type == svm::qi::PC_TYPE && did == 1 && pasid == 1 && ((d.lo >> 4) & 3) == 1) pc = true;
    if (type == svm::qi::EIOTLB_TYPE && did == 1 && pasid == 1 && ((d.lo >> 4) & 3) == svm::qi::GRAN_NONG_PASID)
      piotlb = true;
    if (type == svm::qi::DEIOTLB_TYPE && svm::qi::dev_eiotlb_sid(d) == 0x0020 && svm::qi::dev_eiotlb_pasid(d) == 1)
      devtlb = true;
  }
  QVERIFY(pc);
  QVERIFY(piotlb);
  QVERIFY(devtlb);
  // The entry is cleared at the end: P is 0.
  QVERIFY(!svm::sm::read_entry(*end.hw, *end.mem, 1).present);
}

QTEST_APPLESS_MAIN(TstMuseum)
#include "tst_museum.moc"
