// The explorer's memory ceiling, measured by the kernel: on a scenario whose
// states outgrow the ceiling, the search (breadth first, then depth first on
// both cores) stops cleanly, incomplete, saying so, and the process never
// held more than 10% over it. The kernel's peak (VmHWM) is reset before each
// search, so it is that search's.

#include <QtTest>

#include <fstream>
#include <string>

#include "core/driver/variant.h"
#include "core/explore/explorer.h"
#include "core/explore/resident.h"
#include "core/scenario/loader.h"
#include "tests/core/fixtures.h"

class TstExploreMemory : public QObject {
  Q_OBJECT
 private slots:
  void ceiling_is_honoured_data();
  void ceiling_is_honoured();
};

namespace {

// The process's peak resident memory since it was last reset, in bytes
// (VmHWM in /proc/self/status); 0 if it cannot be read.
size_t peak_resident() {
  std::ifstream f("/proc/self/status");
  for (std::string line; std::getline(f, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;  // kB
  return 0;
}

// Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0).
bool reset_peak_resident() {
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.flush();
  return f.good();
}

}  // namespace

void TstExploreMemory::ceiling_is_honoured_data() {
  QTest::addColumn<bool>("depth_first");
  QTest::addColumn<QString>("covered");  // what the bound says the search covered
  QTest::newRow("breadth first") << false << "steps explored";
  QTest::newRow("depth first") << true << "searched depth first";
}

void TstExploreMemory::ceiling_is_honoured() {
  QFETCH(bool, depth_first);
  QFETCH(QString, covered);
  const svm::LoadResult l = svm::load_scenario_file(fixtures::source_dir() + "/tests/data/eight-devices-64-pages.json");
  QVERIFY2(l, l.error.format().c_str());
  auto cfg = std::make_shared<svm::Config>();
  QVERIFY(svm::make_config(std::make_shared<const svm::Scenario>(*l.scenario), *svm::find_variant("v4.5"), *cfg).empty());

  svm::trim_heap();  // what an earlier row freed
  QVERIFY2(reset_peak_resident(), "cannot reset the peak resident size (/proc/self/clear_refs)");
  const size_t before = svm::ResidentMemory().bytes();
  QVERIFY(before > 0);
  svm::ExploreOptions o;
  // This much more than the process holds already: depth first, the visited
  // set (12 bytes a state) must grow that far, a few seconds.
  o.max_bytes = before + (size_t(depth_first ? 40 : 80) << 20);
  o.depth_first = depth_first;
  const svm::ExploreResult r = svm::explore(cfg, o);

  QVERIFY2(!r.complete, "the scenario was meant to outgrow the ceiling");
  QVERIFY2(r.bound.english().find("stopped at the memory ceiling") == 0, r.bound.english().c_str());
  QVERIFY2(r.bound.english().find(covered.toStdString()) != std::string::npos, r.bound.english().c_str());
  QVERIFY(r.states > 1000);
  QVERIFY(r.bytes <= o.max_bytes);
  const double peak = static_cast<double>(peak_resident());
  qInfo("%zu states, peak %.1f MiB, ceiling %.1f MiB, before %.1f MiB", r.states, peak / 1048576.0, double(o.max_bytes) / 1048576.0, double(before) / 1048576.0);
  QVERIFY2(peak <= 1.10 * static_cast<double>(o.max_bytes),
           qPrintable(QStringLiteral("peak %1 MiB, ceiling %2 MiB").arg(peak / 1048576.0).arg(double(o.max_bytes) / 1048576.0)));
  // And the memory was really used: the search went up to the ceiling, not far below it.
  QVERIFY(peak >= 0.75 * static_cast<double>(o.max_bytes));
}

QTEST_APPLESS_MAIN(TstExploreMemory)
#include "tst_explore_memory.moc"
