// The explorer's memory ceiling, held in a process of its own so that the
// kernel's count of its peak resident memory (ru_maxrss) is this search's:
// on a scenario whose states outgrow the ceiling, the search stops cleanly,
// incomplete, saying so, and the process never held more than 10% over it.

#include <QtTest>
#include <sys/resource.h>

#include "core/driver/variant.h"
#include "core/explore/explorer.h"
#include "core/explore/resident.h"
#include "core/scenario/loader.h"
#include "tests/core/fixtures.h"

class TstExploreMemory : public QObject {
  Q_OBJECT
 private slots:
  void ceiling_is_honoured();
};

void TstExploreMemory::ceiling_is_honoured() {
  const svm::LoadResult l = svm::load_scenario_file(fixtures::source_dir() + "/tests/data/eight-devices-64-pages.json");
  QVERIFY2(l, l.error.format().c_str());
  auto cfg = std::make_shared<svm::Config>();
  QVERIFY(svm::make_config(std::make_shared<const svm::Scenario>(*l.scenario), *svm::find_variant("v4.5"), *cfg).empty());

  const size_t before = svm::ResidentMemory().bytes();
  QVERIFY(before > 0);
  svm::ExploreOptions o;
  o.max_bytes = before + (size_t(80) << 20);  // this much more than the process holds already
  const svm::ExploreResult r = svm::explore(cfg, o);

  QVERIFY2(!r.complete, "the scenario was meant to outgrow the ceiling");
  QVERIFY2(r.bound.find("stopped at the memory ceiling") == 0, r.bound.c_str());
  QVERIFY2(r.bound.find("steps explored") != std::string::npos, r.bound.c_str());
  QVERIFY(r.states > 1000);
  QVERIFY(r.bytes <= o.max_bytes);
  struct rusage ru {};
  QCOMPARE(getrusage(RUSAGE_SELF, &ru), 0);
  const double peak = static_cast<double>(ru.ru_maxrss) * 1024.0;  // KiB on Linux
  QVERIFY2(peak <= 1.10 * static_cast<double>(o.max_bytes),
           qPrintable(QStringLiteral("peak %1 MiB, ceiling %2 MiB").arg(peak / 1048576.0).arg(double(o.max_bytes) / 1048576.0)));
  // And the memory was really used: the search went up to the ceiling, not far below it.
  QVERIFY(peak >= 0.75 * static_cast<double>(o.max_bytes));
}

QTEST_APPLESS_MAIN(TstExploreMemory)
#include "tst_explore_memory.moc"
