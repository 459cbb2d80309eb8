// The counter timeline against the trace it draws: the value plotted under the
// cursor is the counter of the snapshot, at every state of both variants; the
// milestone lines sit at the steps whose milestone is set; a click at a
// computed pixel asks for that state; the compare overlay carries the other
// variant's counters; the CSV has one row per state with matching columns.

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <qcustomplot.h>

#include "core/engine/fn_id.h"
#include "core/engine/milestone.h"
#include "core/engine/refs.h"
#include "tests/core/fixtures.h"
#include "views/timeline/counters_csv.h"
#include "views/timeline/timeline_view.h"

using svmlab::TimelineView;

namespace {

std::shared_ptr<const svm::Trace> trace_of(const QString& variant, const QString& scenario = "accel-mmap-exit") {
  return std::make_shared<const svm::Trace>(fixtures::run(scenario.toStdString(), variant.toStdString()));
}

// "mm#1 mm_users" -> value, straight from the core.
std::map<QString, qint64> snapshot_counters(const svm::Machine& m) {
  std::map<QString, qint64> out;
  for (const svm::Counter& c : svm::counters(m))
    out[QString::fromStdString(svm::to_string(c.obj) + " " + std::string(c.name))] = c.value;
  return out;
}

QStringList split_csv_line(const QString& line) { return line.split(QLatin1Char(',')); }

// Save a grab for a person to look at, when asked to.
void keep_screenshot(QWidget& w, const QString& name) {
  const QByteArray dir = qgetenv("SVMLAB_SCREENSHOT_DIR");
  if (dir.isEmpty()) return;
  QVERIFY(w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
}

// How many different colours an image has (a blank render has one or two).
int colour_count(const QImage& img) {
  QSet<QRgb> seen;
  for (int y = 0; y < img.height(); y += 3)
    for (int x = 0; x < img.width(); x += 3) seen.insert(img.pixel(x, y));
  return static_cast<int>(seen.size());
}

}  // namespace

class TstTimeline : public QObject {
  Q_OBJECT

 private slots:
  void valuesUnderCursor_data();
  void valuesUnderCursor();
  void milestoneMarkers_data();
  void milestoneMarkers();
  void milestonesDifferByVariant();
  void clickAndDragRequestSteps();
  void compareOverlay();
  void csvOneRowPerState_data();
  void csvOneRowPerState();
  void exportFiles();
  void legendReadableWithTenSeries_data();
  void legendReadableWithTenSeries();
  void showOnlyThePast();
  void screenshots();
};

// accel-mmap-exit in both variants (the story), and two scenarios with two
// processes (more objects of each kind: shading, more series).
void TstTimeline::valuesUnderCursor_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("accel-mmap-exit v4.4") << "accel-mmap-exit" << "v4.4";
  QTest::newRow("accel-mmap-exit v4.5") << "accel-mmap-exit" << "v4.5";
  QTest::newRow("fork-shared-fd v4.5") << "fork-shared-fd" << "v4.5";
  QTest::newRow("two-process-isolation v4.4") << "two-process-isolation" << "v4.4";
}

void TstTimeline::valuesUnderCursor() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = trace_of(variant, scenario);
  TimelineView view;
  view.resize(1000, 520);
  view.setTrace(t);
  QVERIFY(view.seriesCount() >= 4);  // mm_users, mm_count, f_count, count, users

  for (int i = 0; i < static_cast<int>(t->states.size()); ++i) {
    view.setCursor(i);
    QCOMPARE(view.cursor(), i);
    const auto want = snapshot_counters(t->states[static_cast<size_t>(i)]);
    const auto got = view.valuesAtCursor();
    QCOMPARE(got.size(), view.seriesCount());
    int live = 0;
    for (const auto& v : got) {
      const auto it = want.find(v.series);
      if (it == want.end()) {
        QVERIFY2(!v.value, qPrintable(QStringLiteral("state %1: %2 is not live but plotted at %3")
                                          .arg(i)
                                          .arg(v.series)
                                          .arg(v.value.value_or(-1))));
      } else {
        QVERIFY2(v.value, qPrintable(QStringLiteral("state %1: %2 missing").arg(i).arg(v.series)));
        QCOMPARE(*v.value, it->second);
        ++live;
      }
      QVERIFY(!v.compare);  // no compare trace
    }
    QCOMPARE(live, static_cast<int>(want.size()));  // every live counter has a series

    // The box by the cursor says the same.
    const QStringList lines = view.readoutText().split(QLatin1Char('\n'));
    QVERIFY(lines.value(0).startsWith(QStringLiteral("state %1").arg(i)));
    for (const auto& v : got) {
      // Ten series stand two to a line: the value follows the name.
      const QString name = v.series + QLatin1Char(' ');
      const auto line = std::find_if(lines.begin() + 1, lines.end(), [&](const QString& l) { return l.contains(name); });
      QVERIFY2(line != lines.end(), qPrintable(v.series));
      const QString last = line->mid(line->indexOf(name) + name.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
      if (v.value) QCOMPARE(last, QString::number(*v.value));
      else QVERIFY(last == QStringLiteral("-") || last == QStringLiteral("freed"));
    }
  }
  // Out-of-range cursors clamp.
  view.setCursor(-3);
  QCOMPARE(view.cursor(), 0);
  view.setCursor(1 << 20);
  QCOMPARE(view.cursor(), static_cast<int>(t->states.size()) - 1);
}

void TstTimeline::milestoneMarkers_data() { valuesUnderCursor_data(); }

void TstTimeline::milestoneMarkers() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = trace_of(variant, scenario);
  TimelineView view;
  view.setTrace(t);

  QList<QPair<int, QString>> want;
  for (const svm::StepRecord& s : t->steps)
    if (s.milestone) want.append({s.index, QString::fromStdString(std::string(svm::milestone_name(*s.milestone)))});
  QVERIFY(want.size() >= 4);

  QList<QPair<int, QString>> got;
  for (const auto& m : view.milestoneMarkers()) {
    QVERIFY(!m.compare);
    got.append({m.state, m.name});
    // Whose milestone it is: the thread of that step.
    const svm::StepRecord& s = t->steps[static_cast<size_t>(m.state - 1)];
    QCOMPARE(m.thread, QString::fromStdString(t->cfg->threads[static_cast<size_t>(s.thread)].name));
  }
  QCOMPARE(got, want);
  // Each marker's step record really is that milestone, and the step axis
  // position is the state after the step (states[index]).
  for (const auto& [state, name] : got) {
    const svm::StepRecord& s = t->steps[static_cast<size_t>(state - 1)];
    QCOMPARE(s.index, state);
    QVERIFY(s.milestone);
    QCOMPARE(QString::fromStdString(std::string(svm::milestone_name(*s.milestone))), name);
  }
}

void TstTimeline::milestonesDifferByVariant() {
  // v4.4 leaks: the file is never released and the mm never freed, so
  // neither marker may appear; v4.5 has both, release before final_mmdrop.
  auto names = [](const TimelineView& v) {
    QStringList n;
    for (const auto& m : v.milestoneMarkers()) n << m.name;
    return n;
  };
  TimelineView a, b;
  a.setTrace(trace_of("v4.4"));
  b.setTrace(trace_of("v4.5"));
  QVERIFY(names(a).contains("exit_mm"));
  QVERIFY(!names(a).contains("release"));
  QVERIFY(!names(a).contains("final_mmdrop"));
  QVERIFY(names(b).contains("exit_mmap"));
  QVERIFY(names(b).indexOf("release") >= 0);
  QVERIFY(names(b).indexOf("release") < names(b).indexOf("final_mmdrop"));
}

void TstTimeline::clickAndDragRequestSteps() {
  const auto t = trace_of("v4.5");
  TimelineView view;
  view.resize(1000, 520);
  view.setTrace(t);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.plot()->replot();

  QSignalSpy spy(&view, &TimelineView::stepRequested);
  QCustomPlot* plot = view.plot();
  const QRect area = plot->axisRect()->rect();
  const int y = area.center().y();
  const int last = static_cast<int>(t->states.size()) - 1;
  const int milestone = view.milestoneMarkers().value(3).state;
  for (int want : {0, 1, last / 3, milestone, last - 1, last}) {
    const int x = static_cast<int>(std::lround(plot->xAxis->coordToPixel(want)));
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(x, y));
    QVERIFY2(!spy.isEmpty(), qPrintable(QStringLiteral("no request for %1").arg(want)));
    QCOMPARE(spy.takeLast().at(0).toInt(), want);
    QCOMPARE(view.stateAt(QPoint(x, y)), want);
    spy.clear();
  }
  // The view does not move itself: the session answers with setCursor().
  QCOMPARE(view.cursor(), 0);

  // Outside the plotting area (the milestone band above it): nothing.
  QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(area.center().x(), area.top() - 20));
  QCOMPARE(spy.count(), 0);
  QCOMPARE(view.stateAt(QPoint(area.center().x(), area.top() - 20)), -1);

  // Drag: press at one state, move to another: both requested, in order.
  const int from = last / 4, to = last / 2;
  const QPoint p0(static_cast<int>(std::lround(plot->xAxis->coordToPixel(from))), y);
  const QPoint p1(static_cast<int>(std::lround(plot->xAxis->coordToPixel(to))), y);
  QTest::mousePress(plot, Qt::LeftButton, {}, p0);
  QMouseEvent move(QEvent::MouseMove, p1, plot->mapToGlobal(p1), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(plot, &move);
  QTest::mouseRelease(plot, Qt::LeftButton, {}, p1);
  QCOMPARE(spy.count(), 2);
  QCOMPARE(spy.at(0).at(0).toInt(), from);
  QCOMPARE(spy.at(1).at(0).toInt(), to);
}

void TstTimeline::compareOverlay() {
  const auto a = trace_of("v4.4");
  const auto b = trace_of("v4.5");
  TimelineView view;
  view.setTrace(a);
  const int alone = view.seriesCount();
  const int graphsAlone = view.plot()->graphCount();
  view.setCompareTrace(b);
  QVERIFY(view.hasCompareTrace());
  QVERIFY(view.seriesCount() >= alone);
  QVERIFY(view.plot()->graphCount() > graphsAlone);

  const int n = static_cast<int>(a->states.size());
  QVERIFY(b->states.size() > a->states.size());  // v4.5 tears down: more steps
  bool differs = false;
  for (int i = 0; i < n; ++i) {
    view.setCursor(i);
    const auto wantA = snapshot_counters(a->states[static_cast<size_t>(i)]);
    const auto wantB = snapshot_counters(b->states[static_cast<size_t>(i)]);
    for (const auto& v : view.valuesAtCursor()) {
      const auto ia = wantA.find(v.series);
      const auto ib = wantB.find(v.series);
      QCOMPARE(v.value.has_value(), ia != wantA.end());
      QCOMPARE(v.compare.has_value(), ib != wantB.end());
      if (v.value) QCOMPARE(*v.value, ia->second);
      if (v.compare) QCOMPARE(*v.compare, ib->second);
      if (v.value && v.compare && *v.value != *v.compare) differs = true;
    }
  }
  QVERIFY(differs);  // mm_users after bind: 2 in v4.4, 1 in v4.5
  // Past the end of the primary trace, the compare series are still drawn
  // (the cursor cannot go there, so read the plotted data directly).
  int checked = 0;
  for (int i = n; i < static_cast<int>(b->states.size()); ++i) {
    const auto wantB = snapshot_counters(b->states[static_cast<size_t>(i)]);
    for (int s = 0; s < view.seriesCount(); ++s) {
      QVERIFY(!view.plottedValue(s, i));
      const auto it = wantB.find(view.seriesName(s));
      const auto got = view.plottedCompareValue(s, i);
      QCOMPARE(got.has_value(), it != wantB.end());
      if (got) {
        QCOMPARE(*got, it->second);
        ++checked;
      }
    }
  }
  QVERIFY(checked > 100);
  // Milestones of both traces, the compare ones marked as such.
  int cmp = 0;
  for (const auto& m : view.milestoneMarkers()) cmp += m.compare;
  int wantCmp = 0;
  for (const auto& s : b->steps) wantCmp += s.milestone.has_value();
  QCOMPARE(cmp, wantCmp);
  QVERIFY(view.readoutText().contains(QStringLiteral("v4.5")));

  view.clearCompareTrace();
  QVERIFY(!view.hasCompareTrace());
  QCOMPARE(view.seriesCount(), alone);
  QCOMPARE(view.plot()->graphCount(), graphsAlone);
  for (const auto& v : view.valuesAtCursor()) QVERIFY(!v.compare);
  for (const auto& m : view.milestoneMarkers()) QVERIFY(!m.compare);
}

void TstTimeline::csvOneRowPerState_data() { valuesUnderCursor_data(); }

void TstTimeline::csvOneRowPerState() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = trace_of(variant, scenario);
  const QString csv = QString::fromStdString(svmlab::counters_csv(*t));
  QStringList lines = csv.split(QLatin1Char('\n'));
  QCOMPARE(lines.last(), QString());  // ends with a newline
  lines.removeLast();
  QCOMPARE(lines.size(), static_cast<int>(t->states.size()) + 1);
  const QStringList header = split_csv_line(lines[0]);
  QCOMPARE(header.mid(0, 3), (QStringList{"step", "thread", "function"}));
  QVERIFY(header.contains("mm#1.mm_users"));
  QVERIFY(header.contains("mm#1.mm_count"));
  QVERIFY(header.contains("file#1.f_count"));
  QCOMPARE(header.size(), 3 + static_cast<int>(svmlab::counter_table(*t).columns.size()));

  for (int i = 0; i < static_cast<int>(t->states.size()); ++i) {
    const QStringList row = split_csv_line(lines[i + 1]);
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row[0].toInt(), i);
    if (i > 0) {
      const svm::StepRecord& s = t->steps[static_cast<size_t>(i - 1)];
      QCOMPARE(row[1], QString::fromStdString(t->cfg->threads[static_cast<size_t>(s.thread)].name));
      QCOMPARE(row[2], QString::fromStdString(std::string(svm::fn_name(s.fn))));
    }
    std::map<QString, qint64> want;
    for (const svm::Counter& c : svm::counters(t->states[static_cast<size_t>(i)]))
      want[QString::fromStdString(svm::to_string(c.obj) + "." + std::string(c.name))] = c.value;
    for (int c = 3; c < header.size(); ++c) {
      const auto it = want.find(header[c]);
      if (it == want.end()) QVERIFY2(row[c].isEmpty(), qPrintable(QStringLiteral("row %1 %2").arg(i).arg(header[c])));
      else QCOMPARE(row[c], QString::number(it->second));
    }
  }
}

void TstTimeline::exportFiles() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  TimelineView view;
  view.resize(900, 480);
  view.setTrace(trace_of("v4.5"));
  view.setCompareTrace(trace_of("v4.4"));
  view.setCursor(94);

  const QString svg = dir.filePath("t.svg"), png = dir.filePath("t.png"), pdf = dir.filePath("t.pdf");
  QVERIFY(view.saveSvg(svg, 1200, 600));
  QVERIFY(view.savePng(png, 1200, 600));
  QVERIFY(view.savePdf(pdf, 1200, 600));

  QFile s(svg);
  QVERIFY(s.open(QIODevice::ReadOnly));
  const QByteArray sv = s.readAll();
  QVERIFY(sv.contains("<svg"));
  QVERIFY(sv.contains("mm#1 mm_users"));  // the legend is in it
  QVERIFY(sv.contains("exit_mmap"));      // so are the milestone labels
  const QImage img(png);
  QCOMPARE(img.size(), QSize(1200, 600));
  QVERIFY(colour_count(img) > 20);
  QFile p(pdf);
  QVERIFY(p.open(QIODevice::ReadOnly));
  QVERIFY(p.read(5) == "%PDF-");

  // After exporting at another size, clicks still map to the right state.
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  const QRect area = view.plot()->axisRect()->rect();
  QVERIFY(area.right() < view.plot()->width());
  const int x = static_cast<int>(std::lround(view.plot()->xAxis->coordToPixel(50)));
  QCOMPARE(view.stateAt(QPoint(x, area.center().y())), 50);
}

void TstTimeline::legendReadableWithTenSeries_data() {
  QTest::addColumn<QString>("compare");
  QTest::addColumn<int>("width");
  QTest::addColumn<int>("height");
  // The timeline dock of the 1440x900 window, and a smaller one.
  QTest::newRow("dock") << QString() << 830 << 290;
  QTest::newRow("small") << QString() << 700 << 280;
  QTest::newRow("compare") << QStringLiteral("v4.5") << 830 << 330;
}

void TstTimeline::legendReadableWithTenSeries() {
  QFETCH(QString, compare);
  QFETCH(int, width);
  QFETCH(int, height);
  const auto t = trace_of("v4.4", "two-process-isolation");
  TimelineView view;
  view.resize(width, height);
  view.setTrace(t);
  if (!compare.isEmpty()) view.setCompareTrace(trace_of(compare, "two-process-isolation"));
  view.setCursor(500);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.plot()->replot();
  QCOMPARE(view.seriesCount(), 10);

  // Each series has one legend entry whose text is its name, underscores
  // and all; the entries have distinct (colour, dash) pairs, one colour per
  // object and one dash per counter.
  QCPLegend* legend = view.plot()->legend;
  QStringList names;
  QSet<QPair<QRgb, int>> styles;
  QMap<QString, QRgb> colourOf;  // object -> colour
  QMap<QString, int> dashOf;     // counter -> pen style
  QList<QRect> rects;
  for (int i = 0; i < legend->itemCount(); ++i) {
    auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i));
    if (!item) continue;
    auto* g = qobject_cast<QCPGraph*>(item->plottable());
    QVERIFY(g);
    rects << item->outerRect();
    // Tall enough for its text, descenders (the underscore) included, and inside the widget.
    QVERIFY2(item->rect().height() >= QFontMetrics(item->font()).height(), qPrintable(g->name()));
    QVERIFY2(view.plot()->rect().contains(item->outerRect()), qPrintable(g->name()));
    if (g->name().contains(QLatin1Char(':'))) continue;  // compare mode's key to the two variants
    names << g->name();
    styles.insert({g->pen().color().rgb(), static_cast<int>(g->pen().style())});
    const QString obj = g->name().section(QLatin1Char(' '), 0, 0), counter = g->name().section(QLatin1Char(' '), 1);
    if (colourOf.contains(obj)) QCOMPARE(colourOf[obj], g->pen().color().rgb());
    colourOf[obj] = g->pen().color().rgb();
    if (dashOf.contains(counter)) QCOMPARE(dashOf[counter], static_cast<int>(g->pen().style()));
    dashOf[counter] = static_cast<int>(g->pen().style());
  }
  QStringList want;
  for (int i = 0; i < view.seriesCount(); ++i) want << view.seriesName(i);
  QCOMPARE(names, want);
  for (const char* c : {"mm#1 mm_users", "mm#2 mm_count", "file#2 f_count", "files#1 count", "sdev#2 users"})
    QVERIFY2(names.contains(QLatin1String(c)), c);
  QCOMPARE(styles.size(), 10);
  QCOMPARE(QSet<QRgb>(colourOf.begin(), colourOf.end()).size(), colourOf.size());  // a hue per object
  QCOMPARE(QSet<int>(dashOf.begin(), dashOf.end()).size(), dashOf.size());         // a dash per counter
  for (int i = 0; i < rects.size(); ++i)
    for (int j = i + 1; j < rects.size(); ++j) QVERIFY(!rects[i].intersects(rects[j]));

  // The title: as tall and as wide as its text, inside the widget.
  auto* title = qobject_cast<QCPTextElement*>(view.plot()->plotLayout()->element(0, 0));
  QVERIFY(title);
  const QRect need = QFontMetrics(title->font()).boundingRect(QRect(), Qt::AlignCenter, title->text());
  QVERIFY2(title->rect().height() >= need.height() && title->rect().width() >= need.width(),
           qPrintable(title->text()));
  QVERIFY(view.plot()->rect().contains(title->rect()));
  // The readout by the legend, its last line included, is inside the widget too.
  QCPItemText* readout = nullptr;
  for (int i = 0; i < view.plot()->itemCount(); ++i)
    if (auto* text = qobject_cast<QCPItemText*>(view.plot()->item(i)); text && text->text() == view.readoutText()) readout = text;
  QVERIFY(readout);
  QVERIFY2(readout->bottomRight->pixelPosition().y() <= view.plot()->height() &&
               readout->bottomRight->pixelPosition().x() <= view.plot()->width(),
           qPrintable(QStringLiteral("%1,%2").arg(readout->bottomRight->pixelPosition().x()).arg(readout->bottomRight->pixelPosition().y())));
  keep_screenshot(view, QStringLiteral("timeline_ten_series_%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
}

void TstTimeline::showOnlyThePast() {
  const auto t = trace_of("v4.4");
  TimelineView view;
  view.resize(900, 340);
  view.setTrace(t);
  view.setShowOnlyPast(true);
  QVERIFY(view.showsOnlyPast());
  const int last = static_cast<int>(t->states.size()) - 1;
  int top_seen = 0;
  for (int at : {0, 10, 59, 103, last}) {
    view.setCursor(at);
    // No data point beyond the cursor, in any graph.
    for (int g = 0; g < view.plot()->graphCount(); ++g)
      for (auto it = view.plot()->graph(g)->data()->constBegin(); it != view.plot()->graph(g)->data()->constEnd(); ++it)
        QVERIFY2(it->key <= at, qPrintable(QStringLiteral("cursor %1: %2 has a point at %3").arg(at).arg(view.plot()->graph(g)->name()).arg(it->key)));
    // The values at the cursor are still the snapshot's, and nothing is read beyond it.
    const auto want = snapshot_counters(t->states[static_cast<size_t>(at)]);
    for (const auto& v : view.valuesAtCursor()) {
      const auto w = want.find(v.series);
      QCOMPARE(v.value.has_value(), w != want.end());
      if (v.value) QCOMPARE(*v.value, w->second);
    }
    for (int s = 0; s < view.seriesCount(); ++s) QVERIFY(!view.plottedValue(s, at + 1));
    // Milestone lines: only those reached.
    for (int i = 0; i < view.plot()->itemCount(); ++i)
      if (auto* line = qobject_cast<QCPItemStraightLine*>(view.plot()->item(i)); line && line->visible())
        QVERIFY(line->point1->coords().x() <= at);
    // The y axis only as high as the counts so far.
    int64_t top = 1;
    for (int s = 0; s <= at; ++s)
      for (const auto& [name, value] : snapshot_counters(t->states[static_cast<size_t>(s)])) top = std::max<int64_t>(top, value);
    QCOMPARE(view.plot()->yAxis->range().upper, top + 0.6);
    top_seen = static_cast<int>(top);
  }
  QVERIFY(top_seen >= 3);
  // Back to the whole run: the lines reach the last state whatever the cursor.
  view.setCursor(10);
  view.setShowOnlyPast(false);
  bool reaches = false;
  for (int g = 0; g < view.plot()->graphCount(); ++g)
    if (!view.plot()->graph(g)->data()->isEmpty() && (view.plot()->graph(g)->data()->constEnd() - 1)->key > 10) reaches = true;
  QVERIFY(reaches);
  QVERIFY(view.plottedValue(0, last).has_value() || view.plottedValue(1, last).has_value());
}

void TstTimeline::screenshots() {
  const auto a = trace_of("v4.4");
  const auto b = trace_of("v4.5");
  TimelineView view;
  view.resize(1100, 560);
  view.setTrace(a);
  view.setCursor(94);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  QImage img = view.grab().toImage();
  QVERIFY(colour_count(img) > 20);
  keep_screenshot(view, "timeline_v44.png");

  view.setTrace(b);
  view.setCursor(182);
  keep_screenshot(view, "timeline_v45.png");

  view.setTrace(a);
  view.setCompareTrace(b);
  view.setCursor(100);
  keep_screenshot(view, "timeline_compare.png");

  view.clearCompareTrace();
  view.setViewPalette(svmlab::Palette::dark());
  view.setTrace(b);
  view.setCursor(160);
  keep_screenshot(view, "timeline_dark.png");
  view.resize(640, 380);
  QCoreApplication::processEvents();
  keep_screenshot(view, "timeline_small.png");

  view.setViewPalette(svmlab::Palette::light());
  view.resize(1100, 560);
  view.setTrace(trace_of("v4.4", "two-process-isolation"));
  view.setCursor(300);
  QCoreApplication::processEvents();
  keep_screenshot(view, "timeline_two_process.png");
}

QTEST_MAIN(TstTimeline)
#include "tst_timeline.moc"
