// Compare mode's alignment: one table of (state in A, state in B) positions
// that visits every state of both runs, in order, with matched milestones at
// the same position.

#include <QtTest>

#include "core/engine/align.h"
#include "tests/core/fixtures.h"

class TstAlign : public QObject {
  Q_OBJECT
 private slots:
  void covers_both_runs_in_order_data();
  void covers_both_runs_in_order();
  void same_variant_is_the_identity();
  void milestones_share_a_position();
  void a_milestone_state_shows_the_same_milestone();
};

void TstAlign::covers_both_runs_in_order_data() {
  QTest::addColumn<QString>("scenario");
  for (const std::string& s : fixtures::builtin_ids()) QTest::newRow(s.c_str()) << QString::fromStdString(s);
}

void TstAlign::covers_both_runs_in_order() {
  QFETCH(QString, scenario);
  const svm::Trace a = fixtures::run(scenario.toStdString(), "v4.4");
  const svm::Trace b = fixtures::run(scenario.toStdString(), "v4.5");
  const svm::Alignment al = svm::align_runs(a, b);
  QVERIFY(!al.pos.empty());
  QCOMPARE(al.pos.front(), (svm::AlignedPos{0, 0, false}));
  QCOMPARE(al.pos.back().a, int(a.states.size()) - 1);
  QCOMPARE(al.pos.back().b, int(b.states.size()) - 1);
  for (int i = 1; i < al.size(); ++i) {
    const auto& p = al.pos[i - 1];
    const auto& q = al.pos[i];
    // Each position moves at least one run by exactly one step, never back.
    QVERIFY2(q.a - p.a >= 0 && q.a - p.a <= 1 && q.b - p.b >= 0 && q.b - p.b <= 1 && (q.a != p.a || q.b != p.b),
             qPrintable(QString("position %1: (%2,%3) -> (%4,%5)").arg(i).arg(p.a).arg(p.b).arg(q.a).arg(q.b)));
  }
  // The run of A's states seen through position_of_a lands on that state.
  for (int s = 0; s < int(a.states.size()); ++s) QCOMPARE(al.pos[al.position_of_a(s)].a, s);
  for (int s = 0; s < int(b.states.size()); ++s) QCOMPARE(al.pos[al.position_of_b(s)].b, s);
}

void TstAlign::same_variant_is_the_identity() {
  const svm::Trace a = fixtures::run("accel-mmap-exit", "v4.5");
  const svm::Alignment al = svm::align_runs(a, a);
  QCOMPARE(al.size(), int(a.states.size()));
  for (int i = 0; i < al.size(); ++i) {
    QCOMPARE(al.pos[i].a, i);
    QCOMPARE(al.pos[i].b, i);
  }
}

void TstAlign::milestones_share_a_position() {
  // accel-mmap-exit: both runs bind, mmap, exit and reach exit_mmap; v4.4 never
  // reaches intel_mm_release before exit_files, v4.5 does.
  const svm::Trace a = fixtures::run("accel-mmap-exit", "v4.4");
  const svm::Trace b = fixtures::run("accel-mmap-exit", "v4.5");
  const svm::Alignment al = svm::align_runs(a, b);
  int anchored = 0;
  for (const auto& p : al.pos) {
    if (!p.anchor) continue;
    ++anchored;
    const auto& sa = a.steps[p.a - 1];
    const auto& sb = b.steps[p.b - 1];
    QVERIFY(sa.milestone && sb.milestone);
    QCOMPARE(*sa.milestone, *sb.milestone);
  }
  for (svm::Milestone m : {svm::Milestone::Bind, svm::Milestone::Mmap, svm::Milestone::DoExit, svm::Milestone::ExitMm}) {
    bool found = false;
    for (const auto& p : al.pos)
      found |= p.anchor && a.steps[p.a - 1].milestone == m;
    QVERIFY2(found, svm::milestone_name(m).data());
  }
  QVERIFY(anchored >= 4);
}

// Stepping the first run to one of its milestones shows the second run at the
// same milestone; between exit_mm and exit_files v4.5 stays before its own
// exit_files (it has exit_mmap and release() to run first).
void TstAlign::a_milestone_state_shows_the_same_milestone() {
  const svm::Trace a = fixtures::run("accel-mmap-exit", "v4.4");
  const svm::Trace b = fixtures::run("accel-mmap-exit", "v4.5");
  const svm::Alignment al = svm::align_runs(a, b);
  auto at = [](const svm::Trace& t, svm::Milestone m) {
    for (const auto& s : t.steps)
      if (s.milestone == m) return s.index;
    return -1;
  };
  auto b_of = [&](int s) { return al.pos[static_cast<size_t>(al.position_of_a(s))].b; };
  for (svm::Milestone m : {svm::Milestone::Bind, svm::Milestone::Mmap, svm::Milestone::ExitMm, svm::Milestone::ExitFiles})
    QCOMPARE(b_of(at(a, m)), at(b, m));
  QVERIFY(b_of(at(a, svm::Milestone::ExitMm) + 3) < at(b, svm::Milestone::ExitFiles));
  QCOMPARE(b_of(0), 0);
}

QTEST_APPLESS_MAIN(TstAlign)
#include "tst_align.moc"
