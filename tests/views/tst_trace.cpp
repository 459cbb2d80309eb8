// The trace view (views/trace): its rows against the trace (one per step, a
// "}" wherever a function returns, ftrace's indentation), the cursor's row,
// clicks and keys asking the session to move, the filter by thread, marks and
// tooltips, a 2000-step trace, and offscreen renders a person looks at
// (/tmp/trace_*.png).

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

#include "core/engine/function.h"
#include "core/engine/step.h"
#include "core/report/trace_format.h"
#include "tests/core/fixtures.h"
#include "views/trace/trace_model.h"
#include "views/trace/trace_view.h"

using namespace svmlab;
using RowKind = TraceModel::RowKind;

namespace {

std::shared_ptr<const svm::Trace> trace(const char* scenario, const char* variant) {
  return std::make_shared<const svm::Trace>(fixtures::run(scenario, variant));
}

QString fn(svm::FnId f) { return QString::fromUtf8(svm::fn_name(f).data(), static_cast<qsizetype>(svm::fn_name(f).size())); }

RowKind kindOf(const QAbstractItemModel* m, int row) {
  return static_cast<RowKind>(m->index(row, 0).data(TraceModel::RowKindRole).toInt());
}

// The first state after a step of `tid` that reached milestone `m`, or -1.
int milestoneState(const svm::Trace& t, svm::Milestone m) {
  for (const svm::StepRecord& s : t.steps)
    if (s.milestone == m) return s.index;
  return -1;
}

// A long trace: `copies` runs of one scenario back to back, renumbered. The
// threads' stacks jump where two runs meet; the view must cope.
std::shared_ptr<const svm::Trace> concatenated(const svm::Trace& one, int copies) {
  auto t = std::make_shared<svm::Trace>();
  t->cfg = one.cfg;
  t->states.push_back(one.states.front());
  for (int c = 0; c < copies; ++c) {
    const int base = static_cast<int>(t->steps.size());
    for (const svm::StepRecord& s : one.steps) {
      svm::StepRecord r = s;
      r.index = base + s.index;
      t->steps.push_back(std::move(r));
      t->states.push_back(one.states[static_cast<size_t>(s.index)]);
    }
  }
  t->end = one.end;
  t->complete = one.complete;
  return t;
}

}  // namespace

class TestTrace : public QObject {
  Q_OBJECT

 private slots:
  void rowsFollowTheSteps_data();
  void rowsFollowTheSteps();
  void bracesCloseWhereFunctionsReturn();
  void cursorSelectsTheStepRow();
  void clickAsksForTheStep();
  void keysAskForTheStep();
  void filterByThread();
  void marksAndToolTips();
  void longTraceIsFast();
  void lineColumnIsReadable();
  void showOnlyThePast();
  void renders();
};

void TestTrace::rowsFollowTheSteps_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  for (const char* s : {"accel-mmap-exit", "accel-dma-during-exit", "fork-shared-fd", "two-process-isolation"})
    for (const char* v : {"v4.4", "v4.5"}) QTest::newRow(qPrintable(QString("%1 %2").arg(s, v))) << QString(s) << QString(v);
  QTest::newRow("accel-dma-during-exit v4.5-no-fault-guard") << "accel-dma-during-exit" << "v4.5-no-fault-guard";
}

void TestTrace::rowsFollowTheSteps() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = trace(qPrintable(scenario), qPrintable(variant));
  TraceTableView view;
  view.setTrace(t);
  const TraceModel* m = view.traceModel();

  // One row per step plus one per "}".
  int closes = 0, steps = 0;
  for (int r = 0; r < m->rowCount(); ++r) {
    if (kindOf(m, r) == RowKind::Close) {
      ++closes;
      QCOMPARE(m->index(r, 0).data(TraceModel::LineRole).toString(), QString("}"));
    } else {
      ++steps;
    }
  }
  QCOMPARE(steps, static_cast<int>(t->steps.size()));
  QCOMPARE(m->rowCount(), static_cast<int>(t->steps.size()) + closes);
  QCOMPARE(m->closeRowCount(), closes);
  QVERIFY(closes > 10);

  // Each step's row, in order, says what the step did, indented as ftrace.
  int prev_row = -1;
  for (const svm::StepRecord& s : t->steps) {
    const int r = m->rowOfStep(s.index);
    QVERIFY2(r > prev_row, qPrintable(QString("step %1").arg(s.index)));
    prev_row = r;
    const bool enter = s.kind == svm::StepKind::Enter;
    const QString line = enter ? fn(s.fn) + "() {" : QString::fromStdString(std::string(s.text));
    const int level = enter ? s.depth - 1 : s.depth;
    QCOMPARE(kindOf(m, r), enter ? RowKind::Enter : RowKind::Op);
    QCOMPARE(m->index(r, 0).data(TraceModel::StateRole).toInt(), s.index);
    QCOMPARE(m->index(r, TraceModel::StepColumn).data().toInt(), s.index);
    QCOMPARE(m->index(r, TraceModel::ThreadColumn).data().toString(), QString::fromStdString(t->cfg->threads[s.thread].name));
    QCOMPARE(m->index(r, 0).data(TraceModel::LineRole).toString(), line);
    QCOMPARE(m->index(r, TraceModel::LineColumn).data().toString(), QString(level * 2, ' ') + line);
    QCOMPARE(m->index(r, TraceModel::SourceColumn).data().toString(), QString::fromStdString(svm::source_of(s.fn, *t->cfg->variant)));
    QCOMPARE(m->index(r, TraceModel::CountersColumn).data().toString(), QString::fromStdString(svm::changes_text(s)));
  }
}

// Every "}" closes the innermost open call of its thread, at that call's
// indentation, right after the step that returned; a thread that finished has
// nothing open; a thread still alive at the end has exactly its stack open.
void TestTrace::bracesCloseWhereFunctionsReturn() {
  for (const char* v : {"v4.4", "v4.5"}) {
    const auto t = trace("accel-dma-during-exit", v);
    TraceTableView view;
    view.setTrace(t);
    const TraceModel* m = view.traceModel();
    std::vector<std::vector<int>> open(t->cfg->threads.size());  // levels of open calls
    int last_step_row_state = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
      const QModelIndex i = m->index(r, 0);
      const int tid = i.data(TraceModel::ThreadRole).toInt();
      const int level = i.data(TraceModel::LevelRole).toInt();
      const int state = i.data(TraceModel::StateRole).toInt();
      switch (kindOf(m, r)) {
        case RowKind::Enter:
          open[tid].push_back(level);
          last_step_row_state = state;
          break;
        case RowKind::Op:
          // An op runs inside its innermost open call (or the thread's body).
          QCOMPARE(level, open[tid].empty() ? 0 : open[tid].back() + 1);
          last_step_row_state = state;
          break;
        case RowKind::Close:
          QVERIFY2(!open[tid].empty(), qPrintable(QString("row %1: } with nothing open").arg(r)));
          QCOMPARE(level, open[tid].back());
          open[tid].pop_back();
          QCOMPARE(state, last_step_row_state);  // follows the step that returned
          QCOMPARE(t->steps[state - 1].thread, tid);
          break;
      }
    }
    const svm::Machine& end = t->states.back();
    for (size_t tid = 0; tid < open.size(); ++tid) {
      const svm::Thread& th = (*end.threads)[tid];
      const size_t expect = th.state == svm::RunState::Live && !th.stack.empty() ? th.stack.size() - 1 : 0;
      QVERIFY2(open[tid].size() == expect,
               qPrintable(QString("%1 %2: %3 calls open, %4 expected").arg(v).arg(tid).arg(open[tid].size()).arg(expect)));
    }
    // The app returns from exit_mmap() before exit_files() is entered.
    const int exit_files = m->rowOfStep(milestoneState(*t, svm::Milestone::ExitFiles));
    QVERIFY(exit_files > 0);
    QCOMPARE(m->index(exit_files, TraceModel::LineColumn).data().toString().trimmed(), QString("exit_files() {"));
  }
}

void TestTrace::cursorSelectsTheStepRow() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  TraceTableView view;
  view.resize(900, 600);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  QCOMPARE(view.selectedStep(), 0);
  const int n = static_cast<int>(t->steps.size());
  for (int i : {1, 2, 7, 8, 150, 208, n - 1, n, 40}) {
    view.setCursor(i);
    QCOMPARE(view.stateIndex(), i);
    QCOMPARE(view.selectedStep(), i);
    const QModelIndex cur = view.treeView()->currentIndex();
    QCOMPARE(cur.data(TraceModel::StateRole).toInt(), i);
    QVERIFY(cur.data(TraceModel::RowKindRole).toInt() != static_cast<int>(RowKind::Close));
    // Scrolled into view.
    const QRect r = view.treeView()->visualRect(cur);
    QVERIFY2(view.treeView()->viewport()->rect().contains(r), qPrintable(QString("step %1 not visible").arg(i)));
    // With some rows of context on both sides, away from the ends of the trace.
    if (i > 30 && i < n - 30)
      QVERIFY2(r.top() >= 3 * r.height() && r.bottom() <= view.treeView()->viewport()->height() - 3 * r.height(),
               qPrintable(QString("step %1 at y %2").arg(i).arg(r.top())));
  }
  // Stepping forward one at a time scrolls smoothly: the row moves down the
  // view until it nears the bottom edge, and then the view recentres.
  view.setCursor(150);
  int prev_y = view.treeView()->visualRect(view.treeView()->currentIndex()).top();
  int recentred = 0;
  for (int i = 151; i < 220; ++i) {
    view.setCursor(i);
    const QRect r = view.treeView()->visualRect(view.treeView()->currentIndex());
    QVERIFY(view.treeView()->viewport()->rect().contains(r));
    if (r.top() < prev_y) ++recentred;
    prev_y = r.top();
  }
  QVERIFY(recentred >= 1 && recentred <= 6);
  view.setCursor(0);
  QCOMPARE(view.selectedStep(), 0);
  QVERIFY(view.treeView()->selectionModel()->selectedRows().isEmpty());
  view.setCursor(n + 50);  // clamped
  QCOMPARE(view.stateIndex(), n);
  QCOMPARE(view.selectedStep(), n);
}

void TestTrace::clickAsksForTheStep() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  TraceTableView view;
  view.resize(900, 600);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  view.setCursor(100);
  QSignalSpy spy(&view, &TraceTableView::stepRequested);
  QTreeView* tree = view.treeView();

  // A step row some way below.
  for (int target : {103, 97, 135}) {
    spy.clear();
    const QModelIndex idx = view.proxyModel()->index(view.visibleRowOfStep(target), TraceModel::LineColumn);
    tree->scrollTo(idx);
    const QRect r = tree->visualRect(idx);
    QVERIFY(tree->viewport()->rect().contains(r.center()));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), target);
    view.setCursor(target);  // the session answers
    QCOMPARE(view.selectedStep(), target);
  }

  // A "}" row asks for the step that returned.
  const TraceModel* m = view.traceModel();
  int close_row = -1;
  for (int r = m->rowOfStep(120); r < m->rowCount(); ++r)
    if (kindOf(m, r) == RowKind::Close) {
      close_row = r;
      break;
    }
  QVERIFY(close_row > 0);
  const int returned = m->index(close_row, 0).data(TraceModel::StateRole).toInt();
  spy.clear();
  const QModelIndex ci = view.proxyModel()->mapFromSource(m->index(close_row, TraceModel::StepColumn));
  tree->scrollTo(ci);
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ci).center());
  QCOMPARE(spy.count(), 1);
  QCOMPARE(spy.at(0).at(0).toInt(), returned);

  // Clicking the row of the step already shown asks for nothing.
  view.setCursor(returned);
  spy.clear();
  const QModelIndex same = view.proxyModel()->index(view.visibleRowOfStep(returned), TraceModel::LineColumn);
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(same).center());
  QCOMPARE(spy.count(), 0);

  // setCursor itself never emits.
  for (int i = 1; i < 40; ++i) view.setCursor(i);
  QCOMPARE(spy.count(), 0);
}

void TestTrace::keysAskForTheStep() {
  const auto t = trace("accel-mmap-exit", "v4.5");
  TraceTableView view;
  view.resize(900, 600);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  view.setCursor(20);
  QSignalSpy spy(&view, &TraceTableView::stepRequested);
  view.treeView()->setFocus();
  const TraceModel* m = view.traceModel();
  // The row below step 20: step 21, or a "}" that step 20 closed.
  const int below = m->index(m->rowOfStep(20) + 1, 0).data(TraceModel::StateRole).toInt();
  QTest::keyClick(view.treeView(), Qt::Key_Down);
  if (below == 20) {
    QCOMPARE(spy.count(), 0);  // a "}" of the same step: already there
  } else {
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), below);
  }
}

void TestTrace::filterByThread() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  TraceTableView view;
  view.resize(900, 600);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  const TraceModel* m = view.traceModel();
  const QAbstractItemModel* shown = view.proxyModel();
  QCOMPARE(shown->rowCount(), m->rowCount());
  QCOMPARE(view.threadCombo()->count(), static_cast<int>(t->cfg->threads.size()) + 1);

  const int dev = t->cfg->find_thread("accel0");
  QVERIFY(dev >= 0);
  // Filtering moves rows under the selection; it never asks the session to move.
  view.setCursor(140);
  QSignalSpy spy(&view, &TraceTableView::stepRequested);
  // Through the combo box, as a user would.
  QComboBox* combo = view.threadCombo();
  const int ci = combo->findData(dev);
  QVERIFY(ci > 0);
  combo->setCurrentIndex(ci);
  emit combo->activated(ci);
  QCOMPARE(view.threadFilter(), dev);
  int expected = 0;
  for (int r = 0; r < m->rowCount(); ++r) expected += m->index(r, 0).data(TraceModel::ThreadRole).toInt() == dev;
  QVERIFY(expected > 10);
  QCOMPARE(shown->rowCount(), expected);
  for (int r = 0; r < shown->rowCount(); ++r) {
    QCOMPARE(shown->index(r, 0).data(TraceModel::ThreadRole).toInt(), dev);
    QCOMPARE(shown->index(r, TraceModel::ThreadColumn).data().toString(), QString("accel0"));
  }

  // The cursor on one of its steps selects it; on another thread's step, nothing.
  int dev_step = -1, app_step = -1;
  for (const svm::StepRecord& s : t->steps) {
    if (s.thread == dev && dev_step < 0 && s.index > 110) dev_step = s.index;
    if (s.thread != dev && app_step < 0 && s.index > 130) app_step = s.index;
  }
  view.setCursor(dev_step);
  QCOMPARE(view.selectedStep(), dev_step);
  view.setCursor(app_step);
  QCOMPARE(view.selectedStep(), 0);
  QCOMPARE(view.visibleRowOfStep(app_step), -1);

  // Back to every thread.
  view.setThreadFilter(-1);
  QCOMPARE(combo->currentData().toInt(), -1);
  QCOMPARE(shown->rowCount(), m->rowCount());
  QCOMPARE(view.selectedStep(), app_step);
  // A new trace shows every thread again.
  view.setThreadFilter(dev);
  view.setTrace(trace("accel-mmap-exit", "v4.4"));
  QCOMPARE(view.threadFilter(), -1);
  QCOMPARE(shown->rowCount(), view.traceModel()->rowCount());
  QCOMPARE(spy.count(), 0);
}

void TestTrace::marksAndToolTips() {
  const auto t = trace("accel-dma-during-exit", "v4.5-no-fault-guard");
  TraceTableView view;
  view.setTrace(t);
  const TraceModel* m = view.traceModel();
  int violations = 0, milestones = 0;
  for (const svm::StepRecord& s : t->steps) {
    const int r = m->rowOfStep(s.index);
    const QString mark = m->index(r, TraceModel::MarkColumn).data().toString();
    const QString tip = m->index(r, TraceModel::MarkColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(mark.contains(QChar(0x26a0)), !s.violations.empty());
    QCOMPARE(mark.contains(QChar(0x25c6)), s.milestone.has_value());
    if (!s.violations.empty()) {
      ++violations;
      for (const svm::Violation& v : s.violations)  // each by its kind: dangling, use-after-free
        QVERIFY2(tip.contains(QString::fromUtf8(svm::violation_kind_name(v.kind).data())), qPrintable(tip));
      QVERIFY(m->index(r, 0).data(TraceModel::ViolationRole).toBool());
    }
    if (s.milestone) {
      ++milestones;
      QVERIFY(tip.contains(QString::fromUtf8(svm::milestone_name(*s.milestone).data())));
    }
    // The source column's tooltip has the whole line and the file.
    const QString src_tip = m->index(r, TraceModel::SourceColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(src_tip.contains(QString::fromStdString(svm::source_of(s.fn, *t->cfg->variant)).toHtmlEscaped()), qPrintable(src_tip));
    QVERIFY2(src_tip.contains(QString::fromStdString(std::string(s.text)).toHtmlEscaped()), qPrintable(src_tip));
  }
  QVERIFY(violations >= 1);
  QVERIFY(milestones >= 5);
  // Code is monospace.
  const QFont code = m->index(0, TraceModel::LineColumn).data(Qt::FontRole).value<QFont>();
  // (By the glyphs: Qt does not flag Noto Sans Mono, the monospace of some
  // machines, as fixed pitch, for the few wide symbols it has.)
  const QFontMetrics cm(code);
  QCOMPARE(cm.horizontalAdvance(QStringLiteral("iiii")), cm.horizontalAdvance(QStringLiteral("WWWW")));
  // Threads are told apart by name, and a swatch of their colour.
  QVERIFY(!m->index(0, TraceModel::ThreadColumn).data(Qt::DecorationRole).isNull());
}

void TestTrace::longTraceIsFast() {
  const svm::Trace one = fixtures::run("two-process-isolation", "v4.5");
  const auto t = concatenated(one, 4);
  QVERIFY(t->steps.size() >= 2000);
  TraceTableView view;
  view.resize(900, 600);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  QElapsedTimer timer;
  timer.start();
  view.setTrace(t);
  const double set_ms = timer.nsecsElapsed() / 1e6;
  timer.restart();
  const int n = static_cast<int>(t->steps.size());
  for (int i = 1; i <= n; i += 7) view.setCursor(i);
  view.setCursor(n);
  const double step_ms = timer.nsecsElapsed() / 1e6 / (n / 7 + 1);
  timer.restart();
  view.setThreadFilter(1);
  view.setThreadFilter(-1);
  const double filter_ms = timer.nsecsElapsed() / 1e6;
  qInfo("%d steps, %d rows: setTrace %.1f ms, setCursor %.3f ms each, filter on+off %.1f ms", n, view.traceModel()->rowCount(), set_ms,
        step_ms, filter_ms);
  QCOMPARE(view.selectedStep(), n);
  QCOMPARE(view.traceModel()->rowCount() - view.traceModel()->closeRowCount(), n);
  QVERIFY(view.treeView()->uniformRowHeights());
}

void TestTrace::lineColumnIsReadable() {
  // In the main window's trace dock (about 600 px wide): the line column
  // shows at least 40 characters of code, whole on screen, and so does the
  // counters column; the rest scrolls sideways.
  const auto t = trace("accel-mmap-exit", "v4.4");
  TraceTableView view;
  view.resize(600, 400);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  QHeaderView* h = view.treeView()->header();
  const QFont code = view.traceModel()->index(0, TraceModel::LineColumn).data(Qt::FontRole).value<QFont>();
  const QFontMetrics cm(code);
  QVERIFY2(h->sectionSize(TraceModel::LineColumn) >= cm.horizontalAdvance(QString(40, QLatin1Char('x'))),
           qPrintable(QString::number(h->sectionSize(TraceModel::LineColumn))));
  const int viewport = view.treeView()->viewport()->width();
  QVERIFY2(h->sectionPosition(TraceModel::LineColumn) + h->sectionSize(TraceModel::LineColumn) <= viewport,
           qPrintable(QString::number(viewport)));
  // A deep op keeps most of its text: at depth 6, 28 characters show.
  int deep = -1;
  for (const svm::StepRecord& s : t->steps)
    if (s.depth >= 6 && s.kind == svm::StepKind::Op && s.text.size() > 28) deep = s.index;
  QVERIFY(deep > 0);
  const QModelIndex idx = view.proxyModel()->index(view.visibleRowOfStep(deep), TraceModel::LineColumn);
  const QString shown = idx.data().toString();
  const QString visible = cm.elidedText(shown, Qt::ElideRight, h->sectionSize(TraceModel::LineColumn) - 8);
  QVERIFY2(visible.trimmed().size() >= 24, qPrintable(visible));
  // One line per step: uniform rows, no wrapping.
  QVERIFY(view.treeView()->uniformRowHeights());
  QVERIFY(!view.treeView()->wordWrap());
}

void TestTrace::showOnlyThePast() {
  const auto t = trace("accel-mmap-exit", "v4.5");
  TraceTableView view;
  view.resize(900, 500);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  QSignalSpy asked(&view, &TraceTableView::stepRequested);
  view.setShowOnlyPast(true);
  QVERIFY(view.showsOnlyPast());
  const QAbstractItemModel* m = view.proxyModel();
  for (int at : {0, 1, 37, 100, static_cast<int>(t->steps.size())}) {
    view.setCursor(at);
    int highest = 0;
    for (int r = 0; r < m->rowCount(); ++r) highest = std::max(highest, m->index(r, 0).data(TraceModel::StateRole).toInt());
    QCOMPARE(highest, at);  // every step up to the cursor, none after
    if (at > 0) QCOMPARE(view.selectedStep(), at);
  }
  // With a thread filter too.
  view.setCursor(100);
  view.setThreadFilter(t->cfg->find_thread("app"));
  for (int r = 0; r < m->rowCount(); ++r) QVERIFY(m->index(r, 0).data(TraceModel::StateRole).toInt() <= 100);
  view.setThreadFilter(-1);
  QCOMPARE(asked.count(), 0);  // rows coming and going are not the user asking to move
  view.setShowOnlyPast(false);
  QCOMPARE(m->rowCount(), view.traceModel()->rowCount());
}

void TestTrace::renders() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  // While exit_mmap() runs and the device waits for its page response.
  const int exit_mmap = milestoneState(*t, svm::Milestone::ExitMmap);
  QVERIFY(exit_mmap > 0);
  const int at = exit_mmap + 4;  // inside intel_mm_release()
  TraceTableView view;
  view.resize(900, 600);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  view.setCursor(at);
  QTest::qWait(20);
  const QString path = "/tmp/trace_dma_exit_v45.png";
  QVERIFY(view.grab().save(path));
  qInfo("wrote %s", qPrintable(path));

  const auto uaf = trace("accel-dma-during-exit", "v4.5-no-fault-guard");
  view.setTrace(uaf);
  for (const svm::StepRecord& s : uaf->steps)
    if (!s.violations.empty()) {
      view.setCursor(s.index);
      break;
    }
  QTest::qWait(20);
  QVERIFY(view.grab().save("/tmp/trace_uaf_no_fault_guard.png"));
  view.setThreadFilter(uaf->cfg->find_thread("prq"));
  QTest::qWait(20);
  QVERIFY(view.grab().save("/tmp/trace_filter_prq.png"));
  qInfo("wrote /tmp/trace_uaf_no_fault_guard.png /tmp/trace_filter_prq.png");
  view.setThreadFilter(-1);
  view.setViewPalette(Palette::dark());
  QTest::qWait(20);
  QVERIFY(view.grab().save("/tmp/trace_dark.png"));
  qInfo("wrote /tmp/trace_dark.png");
}

QTEST_MAIN(TestTrace)
#include "tst_trace.moc"
