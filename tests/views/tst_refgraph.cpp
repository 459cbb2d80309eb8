// The reference graph: the Graphviz layout wrapper on hand-built graphs (and
// under a decimal-comma locale), then the view on real traces of the built-in
// scenarios, and offscreen renders a person looks at (/tmp/refgraph_*.png).

#include <atomic>
#include <clocale>
#include <cmath>
#include <memory>
#include <set>
#include <thread>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

#include "core/driver/variant.h"
#include "core/engine/refs.h"
#include "tests/core/fixtures.h"
#include "views/refgraph/graph_layout.h"
#include "views/refgraph/graph_view.h"

using namespace svmlab;
using layout::RankDir;

namespace {

std::shared_ptr<const svm::Trace> trace(const char* scenario, const char* variant) {
  return std::make_shared<const svm::Trace>(fixtures::run(scenario, variant));
}

// The state after the first step that reaches milestone m, or -1.
int milestoneState(const svm::Trace& t, svm::Milestone m) {
  for (const svm::StepRecord& s : t.steps)
    if (s.milestone == m) return s.index;
  return -1;
}

// The state after the step that allocated `id`, or -1.
int bornState(const svm::Trace& t, const char* id) {
  const svm::ObjId o = *svm::parse_obj_id(id);
  for (const svm::StepRecord& s : t.steps)
    for (svm::ObjId b : s.born)
      if (b == o) return s.index;
  return -1;
}

bool finite(QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }

// A hand-built graph: a chain a -> b -> c, a short cut a -> c, two edges
// closing cycles (c -> a labelled, c -> b not), two labelled edges, and a
// lone node whose id needs quoting in DOT.
layout::LayoutRequest handBuilt(RankDir dir) {
  layout::LayoutRequest r;
  r.rankdir = dir;
  r.nodes = {{"a", {80.5, 30.25}}, {"b", {120, 40}}, {"c", {60, 50}}, {"lonely \"one\"", {40, 20}}};
  r.edges = {{"a", "b", {}}, {"b", "c", {70.5, 14.5}}, {"a", "c", {}}, {"c", "a", {40, 14}}, {"c", "b", {}}};
  return r;
}

QStringList sorted(QStringList l) {
  l.sort();
  return l;
}

std::set<std::pair<QString, QString>> pairs(const QList<RefGraphView::DrawnEdge>& edges) {
  std::set<std::pair<QString, QString>> out;
  for (const auto& e : edges) out.insert({e.from, e.to});
  return out;
}

// Tries hard to get a decimal-comma LC_NUMERIC: the system's de_DE, or one
// compiled into `dir` with localedef (Debian images ship only C.UTF-8).
bool setGermanNumeric(const QString& dir) {
  if (std::setlocale(LC_NUMERIC, "de_DE.UTF-8")) return true;
  const QString out = dir + "/de_DE.UTF-8";
  QProcess::execute("localedef", {"-i", "de_DE", "-f", "UTF-8", out});  // exit status 1 on mere warnings
  if (!QFileInfo(out).isDir()) return false;
  qputenv("LOCPATH", dir.toLocal8Bit());
  return std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr;
}

}  // namespace

class TestRefGraph : public QObject {
  Q_OBJECT

 private slots:
  // --- The layout wrapper.
  void layoutHandBuilt_data();
  void layoutHandBuilt();
  void layoutRejectsBadRequests();
  void layoutUnderDecimalCommaLocale();
  void layoutFromThreads();

  // --- The view on real traces.
  void stableAndTidy_data();
  void stableAndTidy();
  void leakCycleAtEnd();
  void bindHighlightsIntelSvm();
  void exitMmSwapsTheTaskReference();
  void highlightsFollowTheStep();
  void cleanRunHasNoLeak();
  void toolTips();
  void zoomAndFit();
  void renders_data();
  void renders();
};

// ---------------------------------------------------------------------------

void TestRefGraph::layoutHandBuilt_data() {
  QTest::addColumn<RankDir>("dir");
  QTest::newRow("LR") << RankDir::LeftToRight;
  QTest::newRow("TB") << RankDir::TopToBottom;
}

void TestRefGraph::layoutHandBuilt() {
  QFETCH(RankDir, dir);
  const layout::LayoutRequest req = handBuilt(dir);
  const layout::LayoutResult r = layout::layoutGraph(req);
  QVERIFY2(r.ok(), qPrintable(r.error()));
  const layout::GraphLayout& l = r.value();
  qInfo("hand-built graph laid out in %.2f ms", l.milliseconds);

  QCOMPARE(l.bounds.topLeft(), QPointF(0, 0));
  QVERIFY(l.bounds.width() > 0 && l.bounds.height() > 0);
  const QRectF inside = l.bounds.adjusted(-0.5, -0.5, 0.5, 0.5);
  QCOMPARE(l.nodes.size(), qsizetype(req.nodes.size()));
  for (const layout::NodeSpec& n : req.nodes) {
    QVERIFY2(l.nodes.contains(n.id), qPrintable(n.id));
    const layout::NodeBox b = l.nodes.value(n.id);
    QVERIFY(finite(b.centre));
    // Sizes come back as asked, rounded up to whole points (scene unit = point).
    QVERIFY2(std::abs(b.size.width() - std::ceil(n.size.width())) < 0.01 &&
                 std::abs(b.size.height() - std::ceil(n.size.height())) < 0.01,
             qPrintable(QString("%1: %2x%3").arg(n.id).arg(b.size.width()).arg(b.size.height())));
    QVERIFY2(inside.contains(b.rect()), qPrintable(n.id));
  }

  // The y-flip and the rank direction: a is ranked first, so it is left of b
  // and c (LR) or above them (TB), in scene coordinates where y grows down.
  const QPointF a = l.nodes["a"].centre, b = l.nodes["b"].centre, c = l.nodes["c"].centre;
  if (dir == RankDir::LeftToRight) {
    QVERIFY(a.x() < b.x() && b.x() < c.x());
  } else {
    QVERIFY(a.y() < b.y() && b.y() < c.y());
  }

  QCOMPARE(l.edges.size(), req.edges.size());
  for (size_t i = 0; i < l.edges.size(); ++i) {
    const layout::EdgePath& e = l.edges[i];
    const QString what = req.edges[i].from + "->" + req.edges[i].to;
    QVERIFY2(e.points.size() >= 4 && (e.points.size() - 1) % 3 == 0, qPrintable(what));
    for (QPointF p : e.points) {
      QVERIFY2(finite(p), qPrintable(what));
      QVERIFY2(inside.contains(p), qPrintable(what));
    }
    // It runs from the tail's border to the head's: the arrow tip touches
    // the head, even for the edges closing cycles, laid out turned round.
    const QRectF tail = l.nodes[req.edges[i].from].rect(), head = l.nodes[req.edges[i].to].rect();
    QVERIFY2(tail.adjusted(-2, -2, 2, 2).contains(e.points.front()), qPrintable(what));
    QVERIFY2(e.arrow_tip.has_value(), qPrintable(what));
    QVERIFY2(head.adjusted(-2, -2, 2, 2).contains(*e.arrow_tip), qPrintable(what));
    QVERIFY2(!head.adjusted(2, 2, -2, -2).contains(*e.arrow_tip), qPrintable(what));  // on the border, not inside
    QVERIFY2(finite(e.label_centre) && inside.contains(e.label_centre), qPrintable(what));
  }
  // The labelled edge b -> c keeps its label between b and c, clear of both.
  const QPointF lc = l.edges[1].label_centre;
  const QRectF label(lc.x() - 35.25, lc.y() - 7.25, 70.5, 14.5);
  QVERIFY(!label.intersects(l.nodes["b"].rect()) && !label.intersects(l.nodes["c"].rect()));
  if (dir == RankDir::LeftToRight) QVERIFY(b.x() < lc.x() && lc.x() < c.x());
  else QVERIFY(b.y() < lc.y() && lc.y() < c.y());

  // Deterministic: the same request, the same layout.
  const layout::LayoutResult again = layout::layoutGraph(req);
  QVERIFY(again.ok());
  QCOMPARE(again.value().nodes["c"].centre, c);
}

void TestRefGraph::layoutRejectsBadRequests() {
  layout::LayoutRequest dup;
  dup.nodes = {{"x", {10, 10}}, {"x", {10, 10}}};
  layout::LayoutResult r = layout::layoutGraph(dup);
  QVERIFY(!r.ok());
  QVERIFY2(r.error().contains("duplicate"), qPrintable(r.error()));

  layout::LayoutRequest unknown;
  unknown.nodes = {{"x", {10, 10}}};
  unknown.edges = {{"x", "nowhere", {}}};
  r = layout::layoutGraph(unknown);
  QVERIFY(!r.ok());
  QVERIFY2(r.error().contains("nowhere"), qPrintable(r.error()));

  layout::LayoutRequest sizeless;
  sizeless.nodes = {{"x", {0, 10}}};
  QVERIFY(!layout::layoutGraph(sizeless).ok());

  const layout::LayoutResult empty = layout::layoutGraph({});
  QVERIFY(empty.ok());
  QVERIFY(empty.value().nodes.isEmpty());

  // After failures the context still works.
  QVERIFY(layout::layoutGraph(handBuilt(RankDir::LeftToRight)).ok());
}

void TestRefGraph::layoutUnderDecimalCommaLocale() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  if (!setGermanNumeric(dir.path())) QSKIP("no de_DE locale and localedef could not make one");
  QCOMPARE(std::localeconv()->decimal_point, ",");
  {
    layout::CNumericLocale c;
    QVERIFY(c.active());
    QCOMPARE(std::localeconv()->decimal_point, ".");
  }
  QCOMPARE(std::localeconv()->decimal_point, ",");  // restored

  // strtod reads "1.125000" (81 / 72 inches) as 1 under a decimal comma;
  // the sizes coming back as asked show Graphviz read them in the C locale.
  // (Graphviz 2.43 also switches the process-wide locale itself inside
  // gvLayout, gv_fixLocale(); our per-thread guard does not rely on that.)
  const layout::LayoutRequest req = handBuilt(RankDir::LeftToRight);
  const layout::LayoutResult r = layout::layoutGraph(req);
  const QByteArray point_after = std::localeconv()->decimal_point;
  std::setlocale(LC_NUMERIC, "C");
  QCOMPARE(point_after, QByteArray(","));  // the caller's locale is back
  QVERIFY2(r.ok(), qPrintable(r.error()));
  for (const layout::NodeSpec& n : req.nodes) {
    const layout::NodeBox b = r.value().nodes.value(n.id);
    QVERIFY2(std::abs(b.size.width() - std::ceil(n.size.width())) < 0.01 &&
                 std::abs(b.size.height() - std::ceil(n.size.height())) < 0.01,
             qPrintable(QString("%1: %2x%3").arg(n.id).arg(b.size.width()).arg(b.size.height())));
  }
}

// Graphviz is not thread-safe; the wrapper serialises it. Layouts from
// several threads at once all come out whole and identical.
void TestRefGraph::layoutFromThreads() {
  const layout::LayoutRequest req = handBuilt(RankDir::TopToBottom);
  const layout::LayoutResult ref = layout::layoutGraph(req);
  QVERIFY(ref.ok());
  std::atomic<int> bad{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        const layout::LayoutResult r = layout::layoutGraph(req);
        if (!r.ok() || r.value().nodes.value("c").centre != ref.value().nodes.value("c").centre ||
            r.value().edges.size() != ref.value().edges.size())
          ++bad;
      }
    });
  for (auto& th : threads) th.join();
  QCOMPARE(bad.load(), 0);
}

// ---------------------------------------------------------------------------

// Every built-in scenario (the catalogue) in every variant.
void TestRefGraph::stableAndTidy_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QFile catalogue(QString::fromStdString(fixtures::source_dir()) + "/resources/scenarios/catalogue.txt");
  QVERIFY(catalogue.open(QIODevice::ReadOnly | QIODevice::Text));
  int rows = 0;
  for (const QByteArray& raw : catalogue.readAll().split('\n')) {
    const QString id = QString::fromUtf8(raw).trimmed();
    if (id.isEmpty() || id.startsWith('#')) continue;
    for (const svm::Variant& v : svm::all_variants()) {
      const QString variant = QString::fromUtf8(v.id.data(), qsizetype(v.id.size()));
      QTest::addRow("%s/%s", qPrintable(id), qPrintable(variant)) << id << variant;
      ++rows;
    }
  }
  QVERIFY(rows >= 2);
}

// Every node keeps its place at every cursor; no two nodes overlap; no label
// sits on a node; the core names no object it does not list.
void TestRefGraph::stableAndTidy() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = trace(qPrintable(scenario), qPrintable(variant));
  RefGraphView view;
  view.resize(1440, 900);
  QElapsedTimer timer;
  timer.start();
  view.setTrace(t);
  const double total_ms = timer.nsecsElapsed() / 1e6;
  QVERIFY2(view.layoutError().isEmpty(), qPrintable(view.layoutError()));
  qInfo("%s %s: %d states, %lld nodes, %zu edges: Graphviz layout %.2f ms, whole setTrace %.2f ms",
        qPrintable(scenario), qPrintable(variant), view.model()->stateCount(), view.nodeIds().size(),
        view.model()->edges().size(), view.layoutMilliseconds(), total_ms);
  QVERIFY2(view.model()->danglingReferences().isEmpty(), qPrintable(view.model()->danglingReferences().join("; ")));

  const QStringList ids = view.nodeIds();
  QHash<QString, QPointF> at0;
  for (const QString& id : ids) {
    at0.insert(id, view.nodePosition(id));
    QVERIFY(finite(at0[id]));
  }
  QSet<QString> ever_live;
  for (int s = 0; s < view.model()->stateCount(); ++s) {
    view.setCursor(s);
    QCOMPARE(view.stateIndex(), s);
    // Nothing is drawn freed that was never drawn live.
    for (const QString& id : view.freedNodes())
      QVERIFY2(ever_live.contains(id), qPrintable(QString("%1 freed at state %2 before it lived").arg(id).arg(s)));
    for (const QString& id : view.visibleNodes())
      if (!view.freedNodes().contains(id)) ever_live.insert(id);
    for (const QString& id : ids)
      if (view.nodePosition(id) != at0[id]) QFAIL(qPrintable(QString("%1 moved at state %2").arg(id).arg(s)));
    // Every drawn edge joins two drawn nodes.
    const QStringList visible = view.visibleNodes();
    for (const auto& e : view.drawnEdges())
      QVERIFY2(visible.contains(e.from) && visible.contains(e.to), qPrintable(e.from + "->" + e.to));
  }

  for (int i = 0; i < ids.size(); ++i)
    for (int j = i + 1; j < ids.size(); ++j)
      QVERIFY2(!view.nodeRect(ids[i]).intersects(view.nodeRect(ids[j])), qPrintable(ids[i] + " overlaps " + ids[j]));
  for (QGraphicsItem* item : view.scene()->items()) {
    auto* label = dynamic_cast<refgraph::EdgeLabelItem*>(item);
    if (!label) continue;
    const QRectF box = label->sceneBoundingRect().adjusted(2, 2, -2, -2);
    for (const QString& id : ids)
      QVERIFY2(!box.intersects(view.nodeRect(id)), qPrintable("label '" + label->text() + "' on " + id));
  }
}

void TestRefGraph::leakCycleAtEnd() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  RefGraphView view;
  view.setTrace(t);
  const int last = int(t->states.size()) - 1;

  view.setCursor(last);
  const std::set<std::pair<QString, QString>> cycle = {
      {"mm#1", "vma#1"}, {"vma#1", "file#1"}, {"file#1", "svm#1"}, {"svm#1", "mm#1"}};
  QCOMPARE(pairs(view.leakEdges()), cycle);
  QCOMPARE(sorted(view.leakNodes()), sorted({"mm#1", "vma#1", "file#1", "svm#1"}));
  QVERIFY(view.leakCaptionVisible());
  QVERIFY(view.leakCaption().startsWith("leak cycle: mm#1 \u2192 vma#1 \u2192 file#1 \u2192 svm#1 \u2192 mm#1"));
  // The cycle's counted links are the ones that keep it alive.
  for (const auto& e : view.leakEdges())
    if (e.from == "vma#1" || e.from == "svm#1") QVERIFY2(e.counted, qPrintable(e.label));
  // Nothing outside the cycle is drawn as a leak; leaked objects off the
  // cycle are still named leaked.
  QVERIFY(!view.leakNodes().contains("sdev#1"));
  QVERIFY(view.model()->node(last, view.model()->nodeIndex("sdev#1")).leaked);

  // Only at the end.
  view.setCursor(last - 1);
  QVERIFY(view.leakEdges().isEmpty());
  QVERIFY(view.leakNodes().isEmpty());
  QVERIFY(!view.leakCaptionVisible());
}

void TestRefGraph::bindHighlightsIntelSvm() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  RefGraphView view;
  view.setTrace(t);
  const int bind = milestoneState(*t, svm::Milestone::Bind);
  const int born = bornState(*t, "svm#1");
  QVERIFY(bind > 0 && born > bind);

  view.setCursor(born - 1);
  QVERIFY(!view.visibleNodes().contains("svm#1"));
  view.setCursor(born);
  QVERIFY(view.visibleNodes().contains("svm#1"));
  QVERIFY(view.highlightedNodes().contains("svm#1"));
  QVERIFY(view.model()->node(born, view.model()->nodeIndex("svm#1")).notes.contains("allocated"));
  // Its notifier and PASID entry appear when registered and made present,
  // never as "freed" before that.
  for (int s = born; s < int(t->states.size()); ++s) {
    view.setCursor(s);
    if (view.visibleNodes().contains("notifier#1")) {
      QVERIFY(!view.freedNodes().contains("notifier#1"));
      QVERIFY(view.model()->node(s, view.model()->nodeIndex("notifier#1")).notes.contains("registered"));
      break;
    }
  }

  // When intel_svm_bind_mm has returned, the binding holds mm_users (v4.4).
  int returned = -1;
  const int depth = t->steps[bind - 1].depth, thread = t->steps[bind - 1].thread;
  for (int s = bind; s < int(t->steps.size()); ++s)
    if (t->steps[s].thread == thread && t->steps[s].depth < depth) {
      returned = s + 1;
      break;
    }
  QVERIFY(returned > born);
  view.setCursor(returned);
  QVERIFY(view.visibleNodes().contains("svm#1"));
  QVERIFY(!view.freedNodes().contains("svm#1"));
  bool holds = false;
  for (const auto& e : view.drawnEdges())
    holds |= e.from == "svm#1" && e.to == "mm#1" && e.counted && e.label.contains("mm_users") && !e.removed;
  QVERIFY(holds);
}

void TestRefGraph::exitMmSwapsTheTaskReference() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  RefGraphView view;
  view.setTrace(t);
  int swap = -1;
  for (size_t s = 0; s < t->states.size() && swap < 0; ++s)
    for (const svm::Ref& r : svm::references(t->states[s], *t->cfg))
      if (r.label() == "active_mm, lazy (mm_count)") swap = int(s);
  QVERIFY(swap > 0);
  view.setCursor(swap);
  bool added = false, removed = false;
  for (const auto& e : view.drawnEdges()) {
    if (e.from != "task#1" || e.to != "mm#1") continue;
    if (e.label == "active_mm, lazy (mm_count)") added = e.changed && !e.removed;
    if (e.label == "mm (mm_users)") removed = e.changed && e.removed;
  }
  QVERIFY(added);
  QVERIFY(removed);
  view.setCursor(swap + 1);  // the ghost is gone a step later
  for (const auto& e : view.drawnEdges()) QVERIFY(e.label != "mm (mm_users)" || e.from != "task#1");
}

// At every state of a run: what the step allocated, freed or counted is
// highlighted, and nothing is highlighted at the booted state.
void TestRefGraph::highlightsFollowTheStep() {
  const auto t = trace("accel-mmap-exit", "v4.5");
  RefGraphView view;
  view.setTrace(t);
  QVERIFY(view.highlightedNodes().isEmpty());
  const QStringList ids = view.nodeIds();
  int checked = 0;
  for (size_t i = 1; i < t->states.size(); ++i) {
    view.setCursor(int(i));
    const QStringList hl = view.highlightedNodes();
    const svm::StepRecord& step = t->steps[i - 1];
    std::vector<svm::ObjId> touched = step.born;
    touched.insert(touched.end(), step.freed.begin(), step.freed.end());
    for (const auto& c : step.changes) touched.push_back(c.obj);
    for (svm::ObjId o : touched) {
      const QString id = QString::fromStdString(svm::to_string(o));
      if (!ids.contains(id)) continue;  // page frames are not drawn
      QVERIFY2(hl.contains(id), qPrintable(QString("%1 not highlighted at state %2").arg(id).arg(i)));
      ++checked;
    }
  }
  QVERIFY(checked > 10);
}

void TestRefGraph::cleanRunHasNoLeak() {
  const auto t = trace("accel-mmap-exit", "v4.5");
  RefGraphView view;
  view.setTrace(t);
  view.setCursor(int(t->states.size()) - 1);
  QVERIFY(view.leakEdges().isEmpty());
  QVERIFY(view.leakNodes().isEmpty());
  QVERIFY(!view.leakCaptionVisible());
  QVERIFY(view.freedNodes().contains("mm#1"));
  QVERIFY(view.visibleNodes().contains("mm#1"));
  for (const char* id : {"vma#1", "file#1", "svm#1", "sdev#1"}) QVERIFY2(view.freedNodes().contains(id), id);
}

void TestRefGraph::toolTips() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  RefGraphView view;
  view.setTrace(t);
  view.setCursor(int(t->states.size()) - 1);
  const QString tip = view.nodeToolTip("mm#1");
  for (const char* want : {"mm#1", "mm_struct", "mm_users 1", "refers to:", "vma#1", "referenced by:", "svm#1",
                           "leaked: in the cycle"})
    QVERIFY2(tip.contains(want), qPrintable(want + QString(" not in ") + tip));
  QVERIFY(view.nodeToolTip("no-such#1").isEmpty());
  // Hovering shows the item's tool tip (QGraphicsScene::helpEvent): the node
  // under mm#1's centre carries it.
  QGraphicsItem* under = view.scene()->itemAt(view.nodePosition("mm#1"), QTransform());
  QVERIFY(under);
  QCOMPARE(under->toolTip(), tip);
  // Edges and their labels explain themselves too.
  bool edge_tip = false;
  for (QGraphicsItem* item : view.scene()->items())
    if (auto* e = dynamic_cast<refgraph::EdgeItem*>(item); e && e->lens().from == "svm#1" && e->lens().to == "mm#1")
      edge_tip = e->toolTip().contains("holds 1 unit(s) of mm#1") && e->toolTip().contains("leak cycle");
  QVERIFY(edge_tip);
}

void TestRefGraph::zoomAndFit() {
  RefGraphView view;
  view.resize(800, 500);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(trace("accel-mmap-exit", "v4.4"));
  // Legible by default: titles are readable, even though the graph no longer fits.
  QCOMPARE(view.zoomMode(), RefGraphView::ZoomMode::Legible);
  QVERIFY2(view.titlePixelHeight() >= RefGraphView::kMinTitlePixels - 0.01, qPrintable(QString::number(view.titlePixelHeight())));
  const double legible = view.zoom();
  QTest::keyClick(&view, Qt::Key_F);
  QCOMPARE(view.zoomMode(), RefGraphView::ZoomMode::Fit);
  const double fit = view.zoom();
  QVERIFY(fit < legible);
  // Fitted: the whole scene is in the viewport.
  const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
  QVERIFY(shown.adjusted(-1, -1, 1, 1).contains(view.scene()->sceneRect()));

  QTest::keyClick(&view, Qt::Key_Plus);
  QVERIFY(qAbs(view.zoom() / fit - 1.25) < 1e-6);
  QTest::keyClick(&view, Qt::Key_Minus);
  QTest::keyClick(&view, Qt::Key_Minus);
  QVERIFY(qAbs(view.zoom() / fit - 0.8) < 1e-6);
  QTest::keyClick(&view, Qt::Key_F);
  QVERIFY(qAbs(view.zoom() - fit) < 1e-6);

  const QPointF at = view.viewport()->rect().center();
  QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                    Qt::ControlModifier, Qt::NoScrollPhase, false);
  QApplication::sendEvent(view.viewport(), &wheel);
  QVERIFY(qAbs(view.zoom() / fit - 1.25) < 1e-6);
  QCOMPARE(view.zoomMode(), RefGraphView::ZoomMode::Manual);
  QTest::keyClick(&view, Qt::Key_L);
  QVERIFY(qAbs(view.zoom() - legible) < 1e-6);

  // Stepping follows what changed: at every state that changed a node, one
  // of them is on screen (all of them when they fit together).
  const auto t = trace("accel-mmap-exit", "v4.4");
  view.setTrace(t);
  int followed = 0;
  for (int s = 1; s < int(t->states.size()); ++s) {
    view.setCursor(s);
    const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
    const QStringList changed = view.highlightedNodes();
    if (changed.isEmpty()) continue;
    bool any = false;
    for (const QString& id : changed) any |= seen.intersects(view.nodeRect(id));
    QVERIFY2(any, qPrintable(QString("state %1: none of %2 on screen").arg(s).arg(changed.join(", "))));
    ++followed;
  }
  QVERIFY(followed > 20);
  // A reference added or dropped is shown with its ends, not as a label
  // between two boxes out of view; a step that changed nothing drawn (and a
  // jump to it) shows the last step that did; the booted machine shows an
  // object, whole.
  for (const char* scenario : {"accel-mmap-exit", "munmap-invalidate"}) {
    const auto tr = trace(scenario, "v4.5");
    view.setTrace(tr);
    int ends = 0, quiet = 0;
    int last_changed = -1;
    for (int s = 0; s < int(tr->states.size()); ++s) {
      view.setCursor(0);
      view.setCursor(s);
      const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
      const QString where = QString("%1 state %2").arg(scenario).arg(s);
      QStringList edge_ends;
      for (const RefGraphView::DrawnEdge& e : view.drawnEdges())
        if (e.changed) edge_ends << e.to << e.from;
      const bool changed_here = !view.highlightedNodes().isEmpty() || !edge_ends.isEmpty();
      if (s == 0) {
        bool whole = false;
        for (const QString& id : view.visibleNodes()) whole |= seen.contains(view.nodeRect(id));
        QVERIFY2(whole, qPrintable(where + ": no object whole on screen"));
      } else if (view.highlightedNodes().isEmpty() && !edge_ends.isEmpty()) {
        bool whole = false;
        for (const QString& id : edge_ends) whole |= seen.contains(view.nodeRect(id));
        QVERIFY2(whole, qPrintable(where + ": no end of " + edge_ends.join(", ") + " whole on screen"));
        ++ends;
      } else if (view.highlightedNodes().isEmpty() && last_changed > 0) {
        view.setCursor(last_changed);
        QStringList before = view.highlightedNodes();
        for (const RefGraphView::DrawnEdge& e : view.drawnEdges())
          if (e.changed) before << e.to << e.from;
        bool any = false;
        for (const QString& id : before) any |= seen.intersects(view.nodeRect(id));
        QVERIFY2(any, qPrintable(where + ": none of " + before.join(", ") + QString(" (changed at %1) on screen").arg(last_changed)));
        ++quiet;
      }
      if (changed_here) last_changed = s;
    }
    QVERIFY2(quiet > 10, qPrintable(QString("%1: %2 quiet states").arg(scenario).arg(quiet)));
    qInfo("%s: %d states followed by a reference's ends, %d quiet states", scenario, ends, quiet);
  }
  // A manual zoom gives way to the legible default with a new trace.
  view.zoomIn();
  view.setTrace(trace("accel-mmap-exit", "v4.5"));
  QCOMPARE(view.zoomMode(), RefGraphView::ZoomMode::Legible);
}

// ---------------------------------------------------------------------------
// Renders for a person to judge: /tmp/refgraph_<name>.png at 1440x900.

void TestRefGraph::renders_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<QString>("where");
  QTest::addColumn<bool>("dark");
  // The three the brief asks for, then the moments in between and the other
  // ends a reader compares them with.
  QTest::newRow("start") << "accel-mmap-exit" << "v4.4" << "start" << false;
  QTest::newRow("exit_files") << "accel-mmap-exit" << "v4.4" << "exit_files" << false;
  QTest::newRow("end") << "accel-mmap-exit" << "v4.4" << "end" << false;
  QTest::newRow("svm_born") << "accel-mmap-exit" << "v4.4" << "svm_born" << false;
  QTest::newRow("exit_mm") << "accel-mmap-exit" << "v4.4" << "exit_mm" << false;
  QTest::newRow("v45_end") << "accel-mmap-exit" << "v4.5" << "end" << false;
  QTest::newRow("dark_end") << "accel-mmap-exit" << "v4.4" << "end" << true;
  QTest::newRow("two_process_middle") << "two-process-isolation" << "v4.4" << "middle" << false;
  QTest::newRow("fork_end") << "fork-shared-fd" << "v4.4" << "end" << false;
}

void TestRefGraph::renders() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(QString, where);
  QFETCH(bool, dark);
  const auto t = trace(qPrintable(scenario), qPrintable(variant));
  RefGraphView view;
  if (dark) view.setGraphPalette(Palette::dark());
  view.resize(1440, 900);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  int state = 0;
  if (where == "end") state = int(t->states.size()) - 1;
  if (where == "middle") state = int(t->states.size()) / 2;
  if (where == "svm_born") state = bornState(*t, "svm#1");
  if (where == "exit_mm") {
    // tsk->mm = NULL: the task keeps the mm only as its lazy active_mm.
    for (size_t s = 0; s < t->states.size() && !state; ++s)
      for (const svm::Ref& r : svm::references(t->states[s], *t->cfg))
        if (r.label() == "active_mm, lazy (mm_count)") state = int(s);
  }
  if (where == "exit_files") {
    // In exit_files, the fput of close_files(): file#1 loses the fd's count.
    const int from = milestoneState(*t, svm::Milestone::ExitFiles);
    QVERIFY(from > 0);
    for (int s = from; s < int(t->states.size()) && !state; ++s)
      for (const auto& c : t->steps[s - 1].changes)
        if (svm::to_string(c.obj) == "file#1") state = s;
    QVERIFY(state > 0);
  }
  view.setCursor(state);
  const QImage img = view.grab().toImage();
  QCOMPARE(img.size(), QSize(1440, 900));
  const QString path = "/tmp/refgraph_" + QString(QTest::currentDataTag()) + ".png";
  QVERIFY(img.save(path));
  qInfo("state %d of %s %s -> %s", state, qPrintable(scenario), qPrintable(variant), qPrintable(path));
  // Something was drawn: many pixels differ from the background.
  const QRgb bg = img.pixel(2, 2);
  int ink = 0;
  for (int y = 0; y < img.height(); y += 4)
    for (int x = 0; x < img.width(); x += 4) ink += img.pixel(x, y) != bg;
  QVERIFY(ink > 2000);
}

QTEST_MAIN(TestRefGraph)
#include "tst_refgraph.moc"
