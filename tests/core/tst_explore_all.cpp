// Every built-in scenario, in every variant, explored to the end: the
// explorer must come back complete, with the outcome each summary promises,
// and the same with and without its ownership reduction and its canonical
// numbers.
// Slow (minutes): labelled "explore-all"; the sanitizer run skips it.

#include <QtTest>
#include <algorithm>
#include <set>

#include "core/explore/expand.h"
#include "core/explore/explorer.h"
#include "core/report/museum.h"
#include "tests/core/fixtures.h"

class TstExploreAll : public QObject {
  Q_OBJECT
 private slots:
  void complete_data();
  void complete();
};

void TstExploreAll::complete_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  // Every built-in scenario in every variant of every era; a museum exhibit's
  // own scenario in the variants of its era (pasid-reuse-after-exit, two
  // processes and two devices, is 0.8-1.4 M states in each 2016 variant:
  // minutes each, and it shows nothing there).
  for (const std::string& s : fixtures::builtin_ids())
    for (const svm::Variant& v : svm::all_variants()) {
      const svm::Exhibit* e = svm::exhibit_of_scenario(s);
      if (e && e->year > 2016 && svm::find_variant(e->bug)->era != v.era) continue;
      const QString sid = QString::fromStdString(s), vid = QString::fromUtf8(v.id.data(), static_cast<int>(v.id.size()));
      QTest::newRow(qPrintable(sid + QLatin1Char(' ') + vid)) << sid << vid;
    }
}

void TstExploreAll::complete() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto cfg = fixtures::config(scenario.toStdString(), variant.toStdString());
  const svm::ExploreResult r = svm::explore(cfg);
  qInfo("%s %s: %zu states, %zu transitions, %.2f s", qPrintable(scenario), qPrintable(variant), r.states,
        r.transitions, r.seconds);
  QVERIFY2(r.complete, r.bound.english().c_str());
  // The ownership reduction (ownership.h) against the same search without
  // it: its premise held, and it lost no violation and no terminal state.
  svm::ExploreOptions unowned;
  unowned.own_objects = false;
  const svm::ExploreResult u = svm::explore(cfg, unowned);
  QVERIFY(u.complete);
  auto keys = [&](const svm::ExploreResult& x) {
    std::set<std::string> k;
    for (const auto& c : x.violations) k.insert(svm::explore_key(c.violation, *cfg));
    return k;
  };
  // No thread reached an object another owns. Frames counted as their mm's
  // may have had to go: only where a frame is freed while the hardware
  // still points at it, or used once freed.
  const bool frames_broke = r.frames_breach && std::any_of(r.violations.begin(), r.violations.end(), [](const auto& c) {
    return c.violation.kind == svm::ViolationKind::Dangling || c.violation.kind == svm::ViolationKind::UseAfterFree;
  });
  QVERIFY2(r.ownership_breach.empty() || frames_broke, r.ownership_breach.english().c_str());
  QCOMPARE(keys(r), keys(u));
  QCOMPARE(r.terminal_states, u.terminal_states);
  QVERIFY(r.states <= u.states);
  // Each of these reductions against the same search without it: the same
  // violations, and no more states or terminal states with it.
  auto without = [&](const char* what, auto&& turn_off) {
    svm::ExploreOptions o;
    turn_off(o);
    const svm::ExploreResult n = svm::explore(cfg, o);
    QVERIFY2(n.complete, what);
    QVERIFY2(keys(r) == keys(n), what);
    QVERIFY2(r.states <= n.states, what);
    QVERIFY2(r.terminal_states <= n.terminal_states, what);
  };
  // What a parent's expansion learned of its successor (Learned, expand.h)
  // only saves steps: the very same search without it.
  {
    svm::ExploreOptions o;
    o.learn_nonlocal = false;
    const svm::ExploreResult n = svm::explore(cfg, o);
    QVERIFY(n.complete);
    QCOMPARE(r.states, n.states);
    QCOMPARE(r.transitions, n.transitions);
    QCOMPARE(r.terminal_states, n.terminal_states);
    QCOMPARE(keys(r), keys(n));
  }
  // Canonical frame and object numbers (frame_canon.h, object_canon.h), on
  // where two or more processes run.
  if (svm::expand_mode(svm::ExploreOptions{}, *cfg).canon)
    without("canonical numbers", [](svm::ExploreOptions& o) { o.canonical_frames = o.canonical_objects = false; });
  // Dead device registers (dead_registers.h).
  without("dead registers", [](svm::ExploreOptions& o) { o.dead_registers = false; });
  // The fault recording registers (IommuState::faults_unhashed).
  without("fault records", [](svm::ExploreOptions& o) { o.unhashed_faults = false; });
  // Queue steps no other thread reads: the IOMMU's and qi_submit_sync()'s
  // reclaim (expand.cpp).
  without("queue steps", [](svm::ExploreOptions& o) { o.private_queue_steps = false; });
  // An address space's frames counted as its mm's (StepSink::frames).
  without("frames", [](svm::ExploreOptions& o) { o.own_frames = false; });
  // The objects a step makes, its own (StepSink::objects).
  without("new objects", [](svm::ExploreOptions& o) { o.own_new_objects = false; });
  // v4.5 as merged: nothing, anywhere, in any interleaving, except what the
  // 2016 device-TLB descriptor lets through (QI_DEV_EIOTLB_SID/QDEP as v4.4
  // to v4.9 wrote them: no device TLB is ever invalidated, docs/history.md):
  // a device DMA through a stale device-TLB entry into a freed frame.
  if (variant == QLatin1String("v4.5")) {
    for (const auto& c : r.violations) {
      const std::string m = c.violation.message.english();
      if (c.violation.kind == svm::ViolationKind::Dangling) continue;  // the hazard before the access
    QVERIFY2(c.violation.kind == svm::ViolationKind::UseAfterFree && m.find(" DMA ") != std::string::npos, m.c_str());
    }
  }
  // e57e58bd alone, with the device-TLB descriptor as later kernels encode
  // it: nothing at all, anywhere, in any interleaving.
  if (variant == QLatin1String("v4.5-devtlb-fixed"))
    QVERIFY2(r.violations.empty(), r.violations.empty() ? "" : r.violations[0].violation.message.english().c_str());
  // Each museum fix on its own scenario: nothing at all.
  const svm::Exhibit* e = svm::exhibit_of_scenario(scenario.toStdString());
  if (e && !e->fix.empty() && e->year > 2016 && variant.toStdString() == e->fix) {
    QVERIFY2(r.violations.empty(), r.violations.empty() ? "" : r.violations[0].violation.message.english().c_str());
  }
}

QTEST_APPLESS_MAIN(TstExploreAll)
#include "tst_explore_all.moc"
