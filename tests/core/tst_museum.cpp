// The museum's exhibits (docs/history.md): each bug shows its violation in
// its scenario and the fix is clean, in the default run and in every
// interleaving; the counter tuples at the milestones are the ones the
// history tabulates from the source; the steps the era's own code takes name
// that era's release; the scenario format lets a device ask for a
// non-canonical address (and nothing else may name one).

#include <QtTest>
#include <algorithm>

#include "core/driver/era_flags.h"
#include "core/engine/function.h"
#include "core/explore/explorer.h"
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

QTEST_APPLESS_MAIN(TstMuseum)
#include "tst_museum.moc"
