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
#include "core/iommu/fpd.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/iommu/translate.h"
#include "core/report/museum.h"
#include "core/scenario/loader.h"
#include "tests/core/fixtures.h"
#include <nlohmann/json.hpp>
#include "core/driver/variant.h"

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
  void era2022_teardown_names_its_files_data();
  void era2022_teardown_names_its_files();
  void era2022_teardown_descriptors_data();
  void era2022_teardown_descriptors();
  void era2022_range_flush_descriptors();
  void page_request_may_be_non_canonical();
  void fpd_silences_the_late_dma();
  void era2020_names_its_files_data();
  void era2020_names_its_files();
  void era2020_entry_and_teardown_descriptors();
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
  QVERIFY2(r.complete, r.bound.english().c_str());
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
  QTest::newRow("2020") << "prq-noncanonical" << "2020-canonical-check" << "v5.6"
                        << QStringList{"prq_event_thread", "intel_svm_bind_mm", "intel_svm_unbind_mm",
                                       "intel_pasid_setup_first_level", "intel_pasid_tear_down_entry"};
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
    QCOMPARE(svm::fault_processing_disabled(hw, mem, rq.sid, rq.pasid), svm::FpdWhere::None);
    // Cleared with FPD (pasid_clear_entry_with_fpd(): val[0] = PASID_PTE_FPD = 2), the same fault is
    // one the hardware does not record: the spec evaluates FPD whatever P says.
    mem.write(svm::PhysAddr{pte}, 2);
    const svm::TranslateResult quiet = svm::translate(hw, mem, t.cfg->scenario->iommu, rq, nullptr);
    QCOMPARE(quiet.fault, svm::FaultReason::PasidNotPresent);
    QVERIFY(svm::fault_qualified(quiet.fault));
    QCOMPARE(svm::fault_processing_disabled(hw, mem, rq.sid, rq.pasid), svm::FpdWhere::PasidEntry);
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

// Issue #20: in the 2022 era's runs no step runs the v4.5 intel-svm.c text;
// release(), the unbind and their flushes name drivers/iommu/intel/ and
// dmar.c as of v5.18.
void TstMuseum::era2022_teardown_names_its_files_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("scalable-mode-bind") << "scalable-mode-bind" << "2022-pasid-freed-in-mmdrop";
  QTest::newRow("reuse/mmput") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmput";
  QTest::newRow("reuse/mmdrop") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmdrop";
}

void TstMuseum::era2022_teardown_names_its_files() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const svm::Variant& v = *svm::find_variant(variant.toStdString());
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  const QHash<QString, QString> file = {
      {"intel_mm_release", "drivers/iommu/intel/svm.c (v5.18-rc5"},
      {"intel_svm_unbind_mm", "drivers/iommu/intel/svm.c (v5.18-rc5"},
      {"intel_pasid_tear_down_entry", "drivers/iommu/intel/pasid.c (v5.18-rc5)"},
      {"pasid_cache_invalidation_with_pasid", "drivers/iommu/intel/pasid.c (v5.18-rc5)"},
      {"devtlb_invalidation_with_pasid", "drivers/iommu/intel/pasid.c (v5.18-rc5)"},
      {"qi_flush_piotlb", "drivers/iommu/intel/dmar.c (v5.18-rc5)"},
      {"qi_flush_dev_iotlb_pasid", "drivers/iommu/intel/dmar.c (v5.18-rc5)"},
  };
  QSet<QString> seen;
  for (const svm::StepRecord& s : t.steps) {
    const QString fn = QString::fromUtf8(svm::fn_name(s.fn).data());
    const QString src = QString::fromStdString(svm::source_of(s.fn, v));
    QVERIFY2(!src.contains(QStringLiteral("v4.5 text")), qPrintable(fn + QStringLiteral(": ") + src));
    QVERIFY2(!src.contains(QStringLiteral("intel-svm.c")), qPrintable(fn + QStringLiteral(": ") + src));
    for (const char* gone : {"intel_flush_pasid_dev", "intel_flush_svm_range_dev"})
      QVERIFY2(fn != QLatin1String(gone), gone);  // v5.18 has no such flush on these paths
    if (!file.contains(fn)) continue;
    seen.insert(fn);
    QVERIFY2(src.startsWith(file[fn]), qPrintable(fn + QStringLiteral(": ") + src));
  }
  for (const QString& f : file.keys()) QVERIFY2(seen.contains(f), qPrintable(f + QStringLiteral(" never ran")));
}

// release() -> intel_pasid_tear_down_entry(..., true): the entry is cleared
// with FPD (scalable mode: val[0] = PASID_PTE_FPD, val[1..7] = 0; ECS: the
// 64-bit entry is 0), then the three descriptors in the order pasid.c issues
// them, each encoded as include/linux/intel-iommu.h (v5.18) defines it, and
// executed: no cache keeps the PASID. The expected words are spelt out from
// the macros, not computed by the model's encoders:
//   QI_PC_DID(1) | QI_PC_GRAN(QI_PC_PASID_SEL = 1) | QI_PC_PASID(1) | QI_PC_TYPE (7)
//     = 1 << 16 | 1 << 4 | 1 << 32 | 7                                  = 0x0000000100010017
//   QI_EIOTLB_PASID(1) | QI_EIOTLB_DID(1) | QI_EIOTLB_GRAN(QI_GRAN_NONG_PASID = 2) | QI_EIOTLB_TYPE (6)
//     = 1 << 32 | 1 << 16 | 2 << 4 | 6                                  = 0x0000000100010026, qw1 = 0
//   QI_DEV_EIOTLB_PASID(1) | QI_DEV_EIOTLB_SID(sid) << 16 | QI_DEV_EIOTLB_QDEP(32 & 0x1f = 0) |
//   QI_DEIOTLB_TYPE (8) | QI_DEV_IOTLB_PFSID(sid): (sid & 0xf) << 12 | ((sid >> 4) & 0xfff) << 52
//     sid 00:04.0 = 0x20: 1 << 32 | 0x20 << 16 | 8 | 2 << 52            = 0x0020000100200008
//   qw1, addr 0, size_order 52: GENMASK_ULL(63, 12) & ~(1 << 63) | QI_DEV_EIOTLB_SIZE = 0x7ffffffffffff800
void TstMuseum::era2022_teardown_descriptors_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<qulonglong>("pc");
  QTest::addColumn<qulonglong>("piotlb");
  QTest::addColumn<qulonglong>("devtlb");
  QTest::newRow("scalable") << "scalable-mode-bind" << "2022-pasid-freed-in-mmdrop" << 0x0000000100010017ULL
                            << 0x0000000100010026ULL << 0x0020000100200008ULL;
  // ECS: the DID is the device's domain (the scenario's did 1), A's device 00:04.0.
  QTest::newRow("ecs/mmdrop") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmdrop" << 0x0000000100010017ULL
                              << 0x0000000100010026ULL << 0x0020000100200008ULL;
  QTest::newRow("ecs/mmput") << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmput" << 0x0000000100010017ULL
                             << 0x0000000100010026ULL << 0x0020000100200008ULL;
}

void TstMuseum::era2022_teardown_descriptors() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(qulonglong, pc);
  QFETCH(qulonglong, piotlb);
  QFETCH(qulonglong, devtlb);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  // The first tear-down is release()'s: the step after its clear, then the
  // state after its last descriptor has run.
  int clear = -1, end = -1;
  for (size_t i = 0; i < t.steps.size(); ++i) {
    const svm::StepRecord& s = t.steps[i];
    if (clear < 0 && s.fn == svm::FnId::intel_pasid_tear_down_entry && s.text.find("intel_pasid_clear_entry") == 0)
      clear = static_cast<int>(i);
    if (clear >= 0 && s.fn == svm::FnId::intel_mm_release && s.text == "rcu_read_unlock();") {
      end = static_cast<int>(i);
      break;
    }
  }
  QVERIFY(clear >= 0);
  QVERIFY(end > clear);
  const svm::Machine& after_clear = t.states[static_cast<size_t>(clear) + 1];
  const svm::Machine& before = t.states[static_cast<size_t>(clear)];
  QVERIFY(svm::sm::read_entry(*before.hw, *before.mem, 1).present);
  const svm::sm::EntryView e = svm::sm::read_entry(*after_clear.hw, *after_clear.mem, 1);
  QVERIFY(!e.present);
  if (after_clear.hw->mode == svm::IommuMode::Scalable) {
    QCOMPARE(after_clear.mem->read(svm::PhysAddr{e.addr}), svm::sm::PE_FPD);  // pasid_clear_entry_with_fpd()
    for (uint64_t i = 1; i < 8; ++i) QCOMPARE(after_clear.mem->read(svm::PhysAddr{e.addr + 8 * i}), uint64_t(0));
  } else {
    QCOMPARE(after_clear.mem->read(svm::PhysAddr{e.addr}), uint64_t(0));
  }
  // The descriptors queued between the clear and release()'s end, in order.
  std::vector<svm::Desc> queued;
  for (int i = clear; i < end; ++i) {
    const auto& a = *t.states[static_cast<size_t>(i)].hw;
    const auto& b = *t.states[static_cast<size_t>(i) + 1].hw;
    for (size_t k = 0; k < b.iq.size(); ++k)
      if (!(a.iq[k] == b.iq[k]) && svm::qi::type(b.iq[k]) != svm::qi::IWD_TYPE) queued.push_back(b.iq[k]);
  }
  QCOMPARE(queued.size(), size_t(3));
  QCOMPARE(queued[0].lo, uint64_t(pc));
  QCOMPARE(queued[0].hi, uint64_t(0));
  QCOMPARE(queued[1].lo, uint64_t(piotlb));
  QCOMPARE(queued[1].hi, uint64_t(0));
  QCOMPARE(queued[2].lo, uint64_t(devtlb));
  QCOMPARE(queued[2].hi, uint64_t(0x7ffffffffffff800ULL));
  // Decoded where the hardware reads the fields.
  QCOMPARE(svm::qi::dev_eiotlb_sid(queued[2]), uint16_t(0x0020));
  QCOMPARE(svm::qi::dev_eiotlb_pasid(queued[2]), uint32_t(1));
  QCOMPARE(svm::qi::dev_eiotlb_pfsid(queued[2]), uint16_t(0x0020));
  // The hardware ran them: nothing of PASID 1 is cached any more.
  const svm::Machine& m = t.states[static_cast<size_t>(end)];
  for (const auto& c : m.hw->pasid_cache) QVERIFY(c.pasid.v != 1);
  for (const auto& c : m.hw->iotlb) QVERIFY(c.pasid.v != 1);
  for (const auto& d : *m.devs)
    for (const auto& c : d.devtlb) QVERIFY(c.pasid.v != 1);
}

// The invalidate_range path of the 2022 driver: munmap-invalidate run on the
// 2022 driver. munmap() of 2 pages at 0x600000: intel_invalidate_range() ->
// intel_flush_svm_range() -> intel_flush_svm_range_dev() (shift =
// ilog2(__roundup_pow_of_two(2)) = 1, one aligned 8 KiB chunk) ->
// __flush_svm_range_dev(svm, sdev, 0x600000, 2, 0):
//   qi_flush_piotlb(): qw0 = QI_EIOTLB_PASID(1) | QI_EIOTLB_DID(1) | QI_EIOTLB_GRAN(QI_GRAN_PSI_PASID = 3) |
//     QI_EIOTLB_TYPE = 0x0000000100010036, qw1 = QI_EIOTLB_ADDR(0x600000) | QI_EIOTLB_IH(0) | QI_EIOTLB_AM(1)
//     = 0x600001;
//   qi_flush_dev_iotlb_pasid(..., sdev->qdep = 0, 0x600000, order_base_2(2) = 1): qw0 = 0x0020000100200008
//     (as above), qw1 = 0x600000 | GENMASK_ULL(12, 12), & ~(1 << 12), | QI_DEV_EIOTLB_SIZE = 0x600800.
// The corrected SID lands where the hardware reads it: the device's stale
// entries go, and its next write misses instead of reaching a freed page.
void TstMuseum::era2022_range_flush_descriptors() {
  const svm::FnTable& ft = svm::functions(*svm::find_variant("2022-pasid-freed-in-mmdrop"));
  QCOMPARE(QString::fromUtf8(ft[svm::FnId::intel_invalidate_range].file.data()),
           QStringLiteral("drivers/iommu/intel/svm.c"));
  // The 2016 table keeps its own text.
  QCOMPARE(QString::fromUtf8(svm::functions(svm::Era::Y2016)[svm::FnId::intel_invalidate_range].file.data()),
           QStringLiteral("drivers/iommu/intel-svm.c"));
  const svm::Trace t = fixtures::run("munmap-invalidate", "2022-pasid-freed-in-mmdrop");
  QVERIFY(t.complete);
  std::vector<svm::Desc> queued;
  bool ran = false;
  for (size_t i = 0; i < t.steps.size(); ++i) {
    if (t.steps[i].fn == svm::FnId::__flush_svm_range_dev) ran = true;
    const auto& a = *t.states[i].hw;
    const auto& b = *t.states[i + 1].hw;
    for (size_t k = 0; k < b.iq.size(); ++k)
      if (!(a.iq[k] == b.iq[k])) {
        const uint64_t type = svm::qi::type(b.iq[k]);
        if (type == svm::qi::EIOTLB_TYPE || type == svm::qi::DEIOTLB_TYPE) queued.push_back(b.iq[k]);
      }
  }
  QVERIFY(ran);
  QVERIFY(queued.size() >= 2);
  QCOMPARE(queued[0].lo, uint64_t(0x0000000100010036ULL));
  QCOMPARE(queued[0].hi, uint64_t(0x600001));
  QCOMPARE(queued[1].lo, uint64_t(0x0020000100200008ULL));
  QCOMPARE(queued[1].hi, uint64_t(0x600800));
  QVERIFY2(t.violations().empty(), first_message(t.violations()).c_str());
}

QTEST_APPLESS_MAIN(TstMuseum)
// release() (intel_mm_release, v5.18) tears the PASID entry down with
// fault_ignore: val[0] = FPD. An untranslated DMA that then finds the entry
// not present is a qualified fault, and FPD keeps it out of the fault
// recording registers. The same run on an ECS IOMMU, whose 64-bit PASID
// entries have no FPD, records it.
void TstMuseum::fpd_silences_the_late_dma() {
  QFile f(QString::fromStdString(fixtures::source_dir()) + "/resources/scenarios/scalable-mode-bind.json");
  QVERIFY(f.open(QIODevice::ReadOnly));
  auto doc = nlohmann::json::parse(f.readAll().toStdString());
  auto& dev = doc["machine"]["devices"][0];
  dev["ats"] = false;  // untranslated requests: the IOMMU records what fails
  dev["pri"] = false;
  auto late = [&](const std::string& after, bool scalable = true) {
    auto d = doc;
    if (!scalable) d["machine"].erase("iommu");
    d["machine"]["devices"][0]["actions"].push_back({{"do", "dma_write"}, {"addr", "0x600000"}, {"after", after}});
    svm::LoadResult l = svm::load_scenario(d.dump(), "late-dma.json");
    if (!l) return svm::Trace{};
    auto cfg = std::make_shared<svm::Config>();
    if (!svm::make_config(std::make_shared<const svm::Scenario>(*l.scenario), *svm::find_variant("2022-pasid-freed-in-mmdrop"), *cfg).empty())
      return svm::Trace{};
    return svm::simulate(cfg);
  };
  auto pasid_faults = [](const svm::Trace& t) {
    int n = 0;
    for (const svm::FaultRecord& r : t.states.back().hw->frcd) n += r.f && r.reason == svm::FaultReason::PasidNotPresent;
    return n;
  };
  auto said = [](const svm::Trace& t, const std::string& words) {
    for (const svm::StepRecord& s : t.steps)
      if (s.note.english().find(words) != std::string::npos) return true;
    return false;
  };
  // Between release() and unbind: exit_files() has begun, the file is not released yet.
  const svm::Trace between = late("app@exit_files");
  QVERIFY(between.complete);
  QVERIFY(said(between, "not recorded: FPD (fault processing disable) is set in the PASID entry"));
  QCOMPARE(pasid_faults(between), 0);
  const svm::Trace ecs = late("app@exit_files", false);
  QVERIFY(ecs.complete);
  QCOMPARE(ecs.states.back().hw->mode, svm::IommuMode::Ecs);
  QVERIFY(!said(ecs, "not recorded: FPD"));
  QCOMPARE(pasid_faults(ecs), 1);
}

#include "tst_museum.moc"

// Every step of the 2020 exhibit runs v5.6 text: the driver's functions name
// drivers/iommu/intel-svm.c (v5.6, <variant>), the PASID-table and queue
// helpers intel-pasid.c and dmar.c (v5.6); none runs the v4.5 stand-in, and
// the 2016 flush v5.6 no longer has (intel_flush_pasid_dev()) never runs.
void TstMuseum::era2020_names_its_files_data() {
  QTest::addColumn<QString>("variant");
  QTest::newRow("check") << "2020-canonical-check";
  QTest::newRow("fixed") << "2020-canonical-fixed";
}

void TstMuseum::era2020_names_its_files() {
  QFETCH(QString, variant);
  const svm::Variant& v = *svm::find_variant(variant.toStdString());
  const svm::Trace t = fixtures::run("prq-noncanonical", variant.toStdString());
  QVERIFY(t.complete);
  QCOMPARE(t.states.front().hw->mode, svm::IommuMode::Scalable);
  const QString svmc = QStringLiteral("drivers/iommu/intel-svm.c (v5.6, ") + variant + QStringLiteral(")");
  const QHash<QString, QString> file = {
      {"prq_event_thread", svmc},
      {"intel_svm_bind_mm", svmc},
      {"intel_svm_unbind_mm", svmc},
      {"intel_mm_release", svmc},
      {"intel_flush_svm_range_dev", svmc},
      {"intel_pasid_setup_first_level", "drivers/iommu/intel-pasid.c (v5.6)"},
      {"intel_pasid_tear_down_entry", "drivers/iommu/intel-pasid.c (v5.6)"},
      {"pasid_cache_invalidation_with_pasid", "drivers/iommu/intel-pasid.c (v5.6)"},
      {"iotlb_invalidation_with_pasid", "drivers/iommu/intel-pasid.c (v5.6)"},
      {"devtlb_invalidation_with_pasid", "drivers/iommu/intel-pasid.c (v5.6)"},
      {"qi_flush_dev_iotlb", "drivers/iommu/dmar.c (v5.6)"},
  };
  QSet<QString> seen;
  for (const svm::StepRecord& s : t.steps) {
    const QString fn = QString::fromUtf8(svm::fn_name(s.fn).data());
    const QString src = QString::fromStdString(svm::source_of(s.fn, v));
    QVERIFY2(!src.contains(QStringLiteral("v4.5 text")), qPrintable(fn + QStringLiteral(": ") + src));
    QVERIFY2(fn != QLatin1String("intel_flush_pasid_dev"), qPrintable(src));
    QVERIFY2(fn != QLatin1String("intel_iommu_enable_pasid"), qPrintable(src));  // scalable mode: done at probe
    if (!file.contains(fn)) continue;
    seen.insert(fn);
    QVERIFY2(src == file[fn], qPrintable(fn + QStringLiteral(": ") + src));
  }
  for (const QString& f : file.keys()) QVERIFY2(seen.contains(f), qPrintable(f + QStringLiteral(" never ran")));
  // The 2016 table keeps its own text.
  QVERIFY(svm::functions(svm::Era::Y2016)[svm::FnId::intel_svm_bind_mm].version.empty());
  QCOMPARE(QString::fromUtf8(svm::functions(svm::Era::Y2016)[svm::FnId::intel_pasid_tear_down_entry].version.data()),
           QStringLiteral("v5.18-rc5"));
}

// 2020-canonical-fixed, where exit_mmap() runs release(). The words are
// spelt out from the v5.6 macros (include/linux/intel-iommu.h,
// drivers/iommu/intel-pasid.h), not computed by the model's encoders.
// The bind: intel_pasid_setup_first_level(iommu, dev, mm->pgd, 1, FLPT_DEFAULT_DID = 1, 0):
//   val[0] = pasid_set_address_width(agaw 2) << 2 | pasid_set_translation_type(1) << 6 | present
//          = 0x8 | 0x40 | 0x1 = 0x49; val[1] = DID 1; val[2] = __pa(pgd); val[3..7] = 0.
// release() -> intel_pasid_tear_down_entry(iommu, dev, 1): pasid_clear_entry(), all eight words 0
// (no FPD before v5.8), then, in this order:
//   QI_PC_DID(1) | QI_PC_PASID_SEL (QI_PC_TYPE | QI_PC_GRAN(1)) | QI_PC_PASID(1)
//     = 1 << 16 | 7 | 1 << 4 | 1 << 32                                 = 0x0000000100010017, qw1 0
//   iotlb_invalidation_with_pasid(): QI_EIOTLB_PASID(1) | QI_EIOTLB_DID(1) |
//     QI_EIOTLB_GRAN(QI_GRAN_NONG_PASID = 2) | QI_EIOTLB_TYPE (6)     = 0x0000000100010026, qw1 0
//   qi_flush_dev_iotlb(iommu, sid 0x20, pfsid 0x20, qdep 32, 0, 52): qdep >= 32 -> 0;
//     QI_DEV_IOTLB_SID(0x20) = 0x20 << 32 | QI_DIOTLB_TYPE (3) | QI_DEV_IOTLB_PFSID(0x20) = 2 << 52
//                                                                      = 0x0020002000000003
//     qw1: addr = 0 | (1ULL << (12 + 52 - 1)) - 1; QI_DEV_IOTLB_ADDR() & ~0xfff | QI_DEV_IOTLB_SIZE (1)
//                                                                      = 0x7ffffffffffff001
// then intel_flush_svm_range_dev(svm, sdev, 0, -1, 0):
//   the same PASID IOTLB word                                          = 0x0000000100010026, qw1 0
//   QI_DEV_EIOTLB_PASID(1) | QI_DEV_EIOTLB_SID(0x20) = 0x20 << 16 | QI_DEV_EIOTLB_QDEP(0) | QI_DEIOTLB_TYPE (8)
//                                                                      = 0x0000000100200008 (no PFSID in v5.6)
//     qw1 = QI_DEV_EIOTLB_ADDR(-1ULL >> 1) | QI_DEV_EIOTLB_SIZE (1 << 11) = 0x7ffffffffffff800
// The unbind then tears the cleared entry down again: v5.6 has no present
// check, and reads DID 0 there: QI_PC_DID(0) | 0x17 | 1 << 32 = 0x0000000100000017.
void TstMuseum::era2020_entry_and_teardown_descriptors() {
  const svm::Trace t = fixtures::run("prq-noncanonical", "2020-canonical-fixed");
  QVERIFY(t.complete);
  const int bound = first_where(t, [](const svm::Machine& m) {
    return svm::sm::read_entry(*m.hw, *m.mem, 1).present;
  });
  QVERIFY(bound > 0);
  {
    const svm::Machine& m = t.states[static_cast<size_t>(bound)];
    const svm::sm::EntryView e = svm::sm::read_entry(*m.hw, *m.mem, 1);
    QCOMPARE(m.mem->read(svm::PhysAddr{e.addr}), uint64_t(0x49));
    QCOMPARE(m.mem->read(svm::PhysAddr{e.addr + 8}), uint64_t(1));
    QCOMPARE(m.mem->read(svm::PhysAddr{e.addr + 16}), m.k->mms[0].pgd.v << svm::kPageShift);
    QCOMPARE(e.flptr, m.k->mms[0].pgd.v << svm::kPageShift);
    for (uint64_t i = 3; i < 8; ++i) QCOMPARE(m.mem->read(svm::PhysAddr{e.addr + 8 * i}), uint64_t(0));
  }
  // release()'s tear-down: from its clear to release()'s end; then the unbind's.
  int clear = -1, end = -1, unbind_clear = -1, unbind_end = -1;
  for (size_t i = 0; i < t.steps.size(); ++i) {
    const svm::StepRecord& s = t.steps[i];
    const bool is_clear =
        s.fn == svm::FnId::intel_pasid_tear_down_entry && s.text.find("intel_pasid_clear_entry") == 0;
    if (clear < 0 && is_clear) clear = static_cast<int>(i);
    else if (clear >= 0 && end < 0 && s.fn == svm::FnId::intel_mm_release && s.text == "rcu_read_unlock();")
      end = static_cast<int>(i);
    else if (end >= 0 && unbind_clear < 0 && is_clear) unbind_clear = static_cast<int>(i);
    else if (unbind_clear >= 0 && s.fn == svm::FnId::intel_svm_unbind_mm && s.text.find("kfree_rcu") == 0) {
      unbind_end = static_cast<int>(i);
      break;
    }
  }
  QVERIFY(clear >= 0);
  QVERIFY(end > clear);
  QVERIFY(unbind_clear > end);
  QVERIFY(unbind_end > unbind_clear);
  {
    const svm::Machine& m = t.states[static_cast<size_t>(clear) + 1];
    const svm::sm::EntryView e = svm::sm::read_entry(*m.hw, *m.mem, 1);
    QVERIFY(!e.present);
    for (uint64_t i = 0; i < 8; ++i) QCOMPARE(m.mem->read(svm::PhysAddr{e.addr + 8 * i}), uint64_t(0));
  }
  auto queued_between = [&](int from, int to) {
    std::vector<svm::Desc> q;
    for (int i = from; i < to; ++i) {
      const auto& a = *t.states[static_cast<size_t>(i)].hw;
      const auto& b = *t.states[static_cast<size_t>(i) + 1].hw;
      for (size_t k = 0; k < b.iq.size(); ++k)
        if (!(a.iq[k] == b.iq[k]) && svm::qi::type(b.iq[k]) != svm::qi::IWD_TYPE) q.push_back(b.iq[k]);
    }
    return q;
  };
  const std::vector<svm::Desc> rel = queued_between(clear, end);
  QCOMPARE(rel.size(), size_t(5));
  const std::vector<std::pair<uint64_t, uint64_t>> want = {
      {0x0000000100010017ULL, 0},
      {0x0000000100010026ULL, 0},
      {0x0020002000000003ULL, 0x7ffffffffffff001ULL},
      {0x0000000100010026ULL, 0},
      {0x0000000100200008ULL, 0x7ffffffffffff800ULL},
  };
  for (size_t i = 0; i < want.size(); ++i) {
    QCOMPARE(rel[i].lo, want[i].first);
    QCOMPARE(rel[i].hi, want[i].second);
  }
  // Decoded where the hardware reads the fields.
  QCOMPARE(svm::qi::dev_iotlb_sid(rel[2]), uint16_t(0x0020));
  QCOMPARE(svm::qi::dev_eiotlb_sid(rel[4]), uint16_t(0x0020));
  QCOMPARE(svm::qi::dev_eiotlb_pasid(rel[4]), uint32_t(1));
  const std::vector<svm::Desc> unb = queued_between(unbind_clear, unbind_end);
  QVERIFY(!unb.empty());
  QCOMPARE(unb[0].lo, uint64_t(0x0000000100000017ULL));
}
