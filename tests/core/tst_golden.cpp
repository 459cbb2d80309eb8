// Golden sequences: the reference's "State after" tables, replayed.
//
// For gfx-exit and accel-mmap-exit in v4.4 and v4.5, the (mm_users, mm_count,
// f_count) tuples after each step must contain, in order, the tuples of the
// tables OLD (a), OLD (b), FIXED (a) and FIXED (b) of
// reference/kernel-exit-and-svm.md section 3, and each run must end as the
// reference says.

#include <QtTest>

#include "core/engine/refs.h"
#include "core/engine/function.h"
#include "tests/core/fixtures.h"

using fixtures::Tuple;
Q_DECLARE_METATYPE(std::vector<Tuple>)

class TstGolden : public QObject {
  Q_OBJECT
 private slots:
  void tuples_data();
  void tuples();
  void v44_accel_leaks_the_cycle();
  void clean_runs_free_everything_data();
  void clean_runs_free_everything();
  void every_step_names_a_real_function();
};

void TstGolden::tuples_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<std::vector<Tuple>>("table");
  // OLD (a): after bind (2,2,1); exit_mm; exit_files; release -> unbind (unregister, mmdrop; mmput -> exit_mmap);
  // final switch.
  QTest::newRow("OLD (a) gfx-exit v4.4") << "gfx-exit" << "v4.4"
                                         << std::vector<Tuple>{{2, 2, 1}, {1, 3, 1}, {1, 3, 0}, {1, 2, 0}, {0, 1, 0}, {0, 0, 0}};
  // OLD (b): after bind and mmap (2,2,2); exit_mm; exit_files; (task work: nothing); final switch: permanent.
  QTest::newRow("OLD (b) accel-mmap-exit v4.4") << "accel-mmap-exit" << "v4.4"
                                                << std::vector<Tuple>{{2, 2, 2}, {1, 3, 2}, {1, 3, 1}, {1, 2, 1}};
  // FIXED (a): after bind (1,2,1); exit_mm count+1; mmput; exit_mmap+mmdrop; exit_files; unbind; final.
  QTest::newRow("FIXED (a) gfx-exit v4.5")
      << "gfx-exit" << "v4.5"
      << std::vector<Tuple>{{1, 2, 1}, {1, 3, 1}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
  // FIXED (b): after bind and mmap (1,2,2); exit_mmap with remove_vma's fput; mmdrop; exit_files; unbind; final.
  QTest::newRow("FIXED (b) accel-mmap-exit v4.5")
      << "accel-mmap-exit" << "v4.5"
      << std::vector<Tuple>{{1, 2, 2}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
}

void TstGolden::tuples() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(std::vector<Tuple>, table);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  std::string missing;
  const auto seq = fixtures::tuples(t);
  QVERIFY2(fixtures::contains_in_order(seq, table, &missing), missing.c_str());
  QCOMPARE(seq.back(), table.back());  // and it ends there
}

void TstGolden::v44_accel_leaks_the_cycle() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.4");
  QCOMPARE(t.end.size(), size_t(1));
  const svm::Violation& v = t.end.front();
  QCOMPARE(v.kind, svm::ViolationKind::Leak);
  std::vector<std::string> cycle;
  for (svm::ObjId o : v.cycle) cycle.push_back(svm::to_string(o));
  QCOMPARE(cycle, (std::vector<std::string>{"mm#1", "vma#1", "file#1", "svm#1"}));
  for (const char* leaked : {"mm#1", "vma#1", "file#1", "svm#1", "sdev#1", "notifier#1"})
    QVERIFY2(std::any_of(v.objects.begin(), v.objects.end(), [&](svm::ObjId o) { return svm::to_string(o) == leaked; }),
             leaked);
  // The PASID entry still points at the dead process's page tables.
  const svm::Machine& end = t.states.back();
  QVERIFY(svm::pasid_entry(end, 0) & 1);
  QVERIFY(QString::fromStdString(v.message.english()).contains("still present in the PASID table"));
  // The task itself is reaped.
  QVERIFY(!end.k->tasks[0].alive);
}

void TstGolden::clean_runs_free_everything_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("gfx-exit v4.4") << "gfx-exit" << "v4.4";
  QTest::newRow("gfx-exit v4.5") << "gfx-exit" << "v4.5";
  QTest::newRow("accel-mmap-exit v4.5") << "accel-mmap-exit" << "v4.5";
}

void TstGolden::clean_runs_free_everything() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  QVERIFY2(t.violations().empty(), t.violations().empty() ? "" : t.violations().front().message.english().c_str());
  const svm::Machine& end = t.states.back();
  for (const auto& m : end.k->mms) QVERIFY(!m.alive);
  for (const auto& f : end.k->files) QVERIFY(!f.alive);
  for (const auto& s : end.drv->svms) QVERIFY(!s.alive);
  QVERIFY(!(svm::pasid_entry(end, 0) & 1));  // the PASID entry was cleared
  // Every page the process's mm owned went back.
  for (const auto& [pfn, fi] : end.mem->frames())
    if (fi.owner.kind == svm::Kind::Mm && fi.owner) QVERIFY2(!fi.allocated, svm::hex(pfn.v).c_str());
}

void TstGolden::every_step_names_a_real_function() {
  for (const char* v : {"v4.4", "v4.5"}) {
    const svm::Trace t = fixtures::run("accel-mmap-exit", v);
    for (const svm::StepRecord& s : t.steps) {
      const svm::FnDef& d = svm::functions(svm::find_variant(v)->era)[s.fn];
      QVERIFY(!d.file.empty());
      QVERIFY(!s.text.empty());
      QCOMPARE(s.stack.back(), s.fn);
      QCOMPARE(static_cast<size_t>(s.depth) + 1, s.stack.size());
    }
  }
}

QTEST_APPLESS_MAIN(TstGolden)
#include "tst_golden.moc"
