// Graphviz without its plugins (GVBINDIR pointing at an empty directory, set
// before the process's first layout): layout is an error value, not a crash,
// and the view says so instead of drawing.

#include <memory>

#include <QTemporaryDir>
#include <QtTest>

#include "tests/core/fixtures.h"
#include "views/refgraph/graph_layout.h"
#include "views/refgraph/graph_view.h"

using namespace svmlab;

class TestRefGraphNoPlugin : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void layoutFails();
  void viewShowsTheError();

 private:
  QTemporaryDir empty_;
};

void TestRefGraphNoPlugin::initTestCase() {
  QVERIFY(empty_.isValid());
  qputenv("GVBINDIR", empty_.path().toLocal8Bit());
}

void TestRefGraphNoPlugin::layoutFails() {
  layout::LayoutRequest req;
  req.nodes = {{"a", {40, 20}}, {"b", {40, 20}}};
  req.edges = {{"a", "b", {30, 12}}};
  for (int i = 0; i < 2; ++i) {  // and again: the context stays usable
    const layout::LayoutResult r = layout::layoutGraph(req);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains("gvLayout"), qPrintable(r.error()));
    QVERIFY2(r.error().contains("\"dot\" not recognized"), qPrintable(r.error()));
    if (i == 0) qInfo("error value: %s", qPrintable(r.error()));
  }
}

void TestRefGraphNoPlugin::viewShowsTheError() {
  RefGraphView view;
  view.resize(800, 500);
  view.setTrace(std::make_shared<const svm::Trace>(fixtures::run("accel-mmap-exit", "v4.4")));
  QVERIFY(!view.layoutError().isEmpty());
  view.setCursor(5);
  QVERIFY(view.visibleNodes().isEmpty());
  QVERIFY(view.leakEdges().isEmpty());
  QVERIFY(!view.scene()->items().isEmpty());  // the message
  view.fitToView();
  QVERIFY(!view.grab().isNull());
}

QTEST_MAIN(TestRefGraphNoPlugin)
#include "tst_refgraph_noplugin.moc"
