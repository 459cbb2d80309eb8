// The main window, offscreen, driven as a user drives it: open a scenario,
// step with the debugger keys, read what the graph and the timeline show.

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <QDialogButtonBox>
#include <QFontMetrics>

#include <sys/resource.h>

#include "app/duration_text.h"
#include "app/classroom/language.h"
#include "app/explore_dialog.h"
#include "app/mainwindow.h"
#include "app/museum_dialog.h"
#include "app/scenarios.h"
#include "app/screenshot.h"
#include "core/engine/refs.h"
#include "core/engine/run.h"
#include "core/explore/resident.h"
#include "core/report/museum.h"
#include "core/report/verdict_words.h"
#include "views/narration/narration_view.h"
#include "views/refgraph/graph_view.h"
#include "views/threads/threads_view.h"
#include "views/timeline/timeline_view.h"
#include "views/trace/trace_view.h"

using svmlab::MainWindow;
using svmlab::MuseumDialog;

namespace {
// Each push button `w` shows is wider than its words by an average
// character each side at least (app_style.h); says which is not.
bool buttonsHaveRoom(const QWidget* w) {
  for (const QPushButton* b : w->findChildren<QPushButton*>()) {
    if (!b->isVisible() || b->text().isEmpty()) continue;
    const QFontMetrics fm = b->fontMetrics();
    const int words = fm.size(Qt::TextShowMnemonic, b->text()).width();
    if (b->width() < words + 2 * fm.averageCharWidth()) {
      qWarning("\"%s\": %d px wide for %d px of words", qPrintable(b->text()), b->width(), words);
      return false;
    }
  }
  return true;
}
}  // namespace

class TstMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase();
  void opens_with_menus_and_toolbar();
  void keys_step_and_views_follow();
  void slider_and_timeline_move_the_cursor();
  void variant_box_reruns();
  void graph_is_legible_at_the_default_size();
  void compare_mode_aligns();
  void side_docks_follow_the_cursor();
  void threads_panel_chooses_the_next_thread();
  void compare_survives_opening_another_scenario();
  void bad_file_is_reported();
  void window_options_from_the_command_line();
  void explore_dialog_loads_a_counterexample();
  void explore_dialog_stops_and_closes_at_once();
  void explore_dialog_offers_breadth_first_at_the_ceiling();
  void explore_dialog_names_interchangeable_processes();
  void explore_dialog_says_frames_were_not_counted();
  void screenshot_command_writes_png();
  void museum_compares_bug_and_fix();
  void bound_stopped_run_is_marked_incomplete();
  void long_resimulation_runs_off_the_gui_thread();
};

void TstMainWindow::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  qputenv("SVMLAB_NO_DIALOGS", "1");
}

void TstMainWindow::opens_with_menus_and_toolbar() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QStringList menus;
  for (QAction* a : w.menuBar()->actions()) menus << a->text().remove(QLatin1Char('&'));
  QCOMPARE(menus, (QStringList{"File", "Run", "View", "Help"}));
  auto* box = w.findChild<QComboBox*>(QStringLiteral("scenarioBox"));
  QVERIFY(box);
  QCOMPARE(box->count(), svmlab::builtin_scenarios().size());  // every built-in one, no more
  QVERIFY(box->count() >= 12);  // ten of the story, two of the museum
  QVERIFY(!w.action(QStringLiteral("stepInto"))->isEnabled());  // nothing open yet
  QCOMPARE(w.action(QStringLiteral("stepInto"))->shortcut(), QKeySequence(Qt::Key_F11));
  QCOMPARE(w.action(QStringLiteral("stepOver"))->shortcut(), QKeySequence(Qt::Key_F10));
  QCOMPARE(w.action(QStringLiteral("stepOut"))->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F11));
  QCOMPARE(w.action(QStringLiteral("runToBreakpoint"))->shortcut(), QKeySequence(Qt::Key_F5));
  QVERIFY(!w.action(QStringLiteral("stepInto"))->toolTip().isEmpty());
  QVERIFY(w.dock(QStringLiteral("timelineDock")));
  QVERIFY(w.dock(QStringLiteral("hardwareDock")));
}

void TstMainWindow::keys_step_and_views_follow() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  auto* s = w.session();
  QCOMPARE(s->cursor(), 0);
  QTest::keyClick(&w, Qt::Key_F11);
  QTest::keyClick(&w, Qt::Key_F11);
  QCOMPARE(s->cursor(), 2);
  QCOMPARE(w.graph()->stateIndex(), 2);
  QCOMPARE(w.timeline()->cursor(), 2);
  QTest::keyClick(&w, Qt::Key_F10, Qt::ShiftModifier);  // step back
  QCOMPARE(s->cursor(), 1);
  // F5 runs to the next milestone: bind.
  QTest::keyClick(&w, Qt::Key_F5);
  const auto& step = s->trace()->steps[static_cast<size_t>(s->cursor() - 1)];
  QVERIFY(step.milestone && *step.milestone == svm::Milestone::Bind);
  // The graph shows exactly the objects alive or freed at that state, and what the step changed.
  const auto infos = svm::objects(s->trace()->states[static_cast<size_t>(s->cursor())], *s->trace()->cfg);
  for (const QString& id : w.graph()->visibleNodes())
    QVERIFY2(std::any_of(infos.begin(), infos.end(), [&](const svm::ObjInfo& o) { return QString::fromStdString(svm::to_string(o.id)) == id; }),
             qPrintable(id));
  // Run to the end: the leak cycle is drawn.
  QTest::keyClick(&w, Qt::Key_F5, Qt::ControlModifier);
  QCOMPARE(s->cursor(), s->lastIndex());
  QStringList cycle;
  for (const auto& e : w.graph()->leakEdges()) cycle << e.from + QStringLiteral("->") + e.to;
  QVERIFY2(cycle.contains(QStringLiteral("file#1->svm#1")), qPrintable(cycle.join(' ')));
  QVERIFY(cycle.contains(QStringLiteral("svm#1->mm#1")));
  // The timeline's value under the cursor is the snapshot's.
  for (const auto& c : svm::counters(s->trace()->states.back()))
    if (c.obj.kind == svm::Kind::Mm && c.name == "mm_users")
      QVERIFY(w.timeline()->readoutText().contains(QString::number(c.value)));
  QTest::keyClick(&w, Qt::Key_Home);
  QCOMPARE(s->cursor(), 0);
}

void TstMainWindow::slider_and_timeline_move_the_cursor() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  w.openBuiltin(QStringLiteral("gfx-exit"));
  auto* slider = w.findChild<QSlider*>(QStringLiteral("stepSlider"));
  QCOMPARE(slider->maximum(), w.session()->lastIndex());
  slider->setValue(30);
  QCOMPARE(w.session()->cursor(), 30);
  QCOMPARE(w.graph()->stateIndex(), 30);
  emit w.timeline()->stepRequested(12);
  QCOMPARE(w.session()->cursor(), 12);
  QCOMPARE(slider->value(), 12);
}

void TstMainWindow::variant_box_reruns() {
  MainWindow w;
  w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4"));
  auto* box = w.findChild<QComboBox*>(QStringLiteral("variantBox"));
  QCOMPARE(box->currentText(), QStringLiteral("v4.4"));
  box->setCurrentText(QStringLiteral("v4.5"));
  emit box->activated(box->currentIndex());
  QCOMPARE(w.session()->variant(), QStringLiteral("v4.5"));
  QVERIFY(w.session()->trace()->end.empty());
  QVERIFY(w.windowTitle().contains(QStringLiteral("v4.5")));
}

// STYLE item 18: at the default 1440x900 window, node titles are at least
// 11 px tall on screen, in single and in compare mode.
void TstMainWindow::graph_is_legible_at_the_default_size() {
  MainWindow w;
  w.resize(1440, 900);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  for (const char* s : {"accel-mmap-exit", "two-process-isolation"}) {
    QVERIFY(w.openBuiltin(QLatin1String(s), QStringLiteral("v4.4")).isEmpty());
    QTest::qWait(0);
    QVERIFY2(w.graph()->titlePixelHeight() >= 11, qPrintable(QString::number(w.graph()->titlePixelHeight())));
    QVERIFY(w.setCompare(QStringLiteral("v4.5")).isEmpty());
    QTest::qWait(0);
    QVERIFY2(w.graph()->titlePixelHeight() >= 11, qPrintable(QString::number(w.graph()->titlePixelHeight())));
    QVERIFY2(w.compareGraph()->titlePixelHeight() >= 11, qPrintable(QString::number(w.compareGraph()->titlePixelHeight())));
    // What the step changed is on screen in both panes.
    w.session()->setCursor(103);
    for (svmlab::RefGraphView* g : {w.graph(), w.compareGraph()}) {
      const QRectF seen = g->mapToScene(g->viewport()->rect()).boundingRect();
      const QStringList changed = g->highlightedNodes();
      bool any = changed.isEmpty();
      for (const QString& id : changed) any |= seen.intersects(g->nodeRect(id));
      QVERIFY2(any, qPrintable(changed.join(", ")));
    }
    w.setCompare({});
  }
}

void TstMainWindow::compare_mode_aligns() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4"));
  QVERIFY(w.setCompare(QStringLiteral("v4.5")).isEmpty());
  QVERIFY(w.comparing());
  QVERIFY(w.compareGraph()->isVisible());
  QVERIFY(w.timeline()->hasCompareTrace());
  // Step to exit_files in v4.4: v4.5 is at its exit_files too.
  w.session()->setBreakpoints({{svmlab::Breakpoint::Kind::Milestone, QStringLiteral("exit_files"), 0}});
  w.session()->runToBreakpoint();
  const auto& cs = w.compareSession()->trace()->steps[static_cast<size_t>(w.compareSession()->cursor() - 1)];
  QVERIFY(cs.milestone && *cs.milestone == svm::Milestone::ExitFiles);
  QCOMPARE(w.compareGraph()->stateIndex(), w.compareSession()->cursor());
  // At the end: one leaks, the other does not.
  w.session()->runToEnd();
  QVERIFY(!w.graph()->leakEdges().isEmpty());
  QVERIFY(w.compareGraph()->leakEdges().isEmpty());
  QCOMPARE(w.compareSession()->cursor(), w.compareSession()->lastIndex());

  // One alignment for everything: the slider spans the aligned run; at every
  // position both graphs, the timeline's compare cursor and readout, and both
  // pane headers show the states the alignment names.
  auto* slider = w.findChild<QSlider*>(QStringLiteral("stepSlider"));
  const svm::Alignment& al = w.alignment();
  QCOMPARE(slider->maximum(), al.size() - 1);
  QVERIFY(al.size() > w.session()->lastIndex());  // v4.5 runs longer: the slider covers it
  auto* aHeader = w.findChild<QLabel*>(QStringLiteral("graphHeader"));
  auto* bHeader = w.findChild<QLabel*>(QStringLiteral("compareHeader"));
  QVERIFY(aHeader && bHeader);
  for (int p = 0; p < al.size(); p += 7) {
    slider->setValue(p);
    const svm::AlignedPos& at = al.pos[static_cast<size_t>(p)];
    QCOMPARE(w.alignedPosition(), p);
    QCOMPARE(w.session()->cursor(), at.a);
    QCOMPARE(w.compareSession()->cursor(), at.b);
    QCOMPARE(w.graph()->stateIndex(), at.a);
    QCOMPARE(w.compareGraph()->stateIndex(), at.b);
    QCOMPARE(w.timeline()->cursor(), at.a);
    QCOMPARE(w.timeline()->compareCursor(), at.b);
    QVERIFY2(aHeader->text().contains(QStringLiteral("step %1 of").arg(at.a)), qPrintable(aHeader->text()));
    QVERIFY2(bHeader->text().contains(QStringLiteral("step %1 of").arg(at.b)), qPrintable(bHeader->text()));
    // The readout's v4.5 column is v4.5's own mm_count at its own step.
    const auto& mb = w.compareSession()->trace()->states[static_cast<size_t>(at.b)];
    if (!mb.k->mms.empty() && mb.k->mms[0].alive) {
      const QString line = w.timeline()->readoutText().split('\n').filter(QStringLiteral("mm#1 mm_count")).value(0);
      QVERIFY2(line.simplified().endsWith(QString::number(mb.k->mms[0].count)), qPrintable(line));
    }
  }
  w.setCompare({});
  QVERIFY(!w.comparing());
  QVERIFY(!w.timeline()->hasCompareTrace());
}

void TstMainWindow::side_docks_follow_the_cursor() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  for (const char* d : {"narrationDock", "threadsDock", "traceDock"}) QVERIFY2(w.dock(QLatin1String(d)), d);
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  QCOMPARE(w.narration()->stateIndex(), 0);
  QVERIFY(w.narration()->plainText().contains(QStringLiteral("accel-mmap-exit")) ||
          w.narration()->plainText().contains(QString::fromStdString(w.session()->scenario()->title)));
  for (int k = 0; k < 5; ++k) QTest::keyClick(&w, Qt::Key_F11);
  const int c = w.session()->cursor();
  QCOMPARE(c, 5);
  QCOMPARE(w.narration()->stateIndex(), c);
  QCOMPARE(w.threads()->stateIndex(), c);
  QCOMPARE(w.traceView()->selectedStep(), c);
  // The narration names the function of the step that led here.
  const auto& st = w.session()->trace()->steps[static_cast<size_t>(c - 1)];
  QVERIFY(w.narration()->plainText().contains(QString::fromUtf8(svm::fn_name(st.fn).data())));
  // A click on a trace row moves the session (and so every view).
  QTreeView* tree = w.traceView()->treeView();
  const int row = w.traceView()->visibleRowOfStep(40);
  QVERIFY(row >= 0);
  const QModelIndex idx = tree->model()->index(row, 0);
  tree->scrollTo(idx);
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(idx).center());
  QTRY_COMPARE(w.session()->cursor(), 40);
  QCOMPARE(w.narration()->stateIndex(), 40);
  QCOMPARE(w.graph()->stateIndex(), 40);
  // At the end the narration tells the outcome.
  QTest::keyClick(&w, Qt::Key_F5, Qt::ControlModifier);
  QVERIFY(w.narration()->plainText().contains(QStringLiteral("Leak")));
}

void TstMainWindow::threads_panel_chooses_the_next_thread() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-dma-during-exit"), QStringLiteral("v4.5")).isEmpty());
  // Walk forward to a state where a thread other than the trace's next one can run.
  svmlab::ThreadsView* t = w.threads();
  int other = -1;
  for (int guard = 0; guard < 400 && other < 0; ++guard) {
    for (int tid = 0; tid < t->threadCount(); ++tid)
      if (t->canChoose(tid) && tid != t->traceNext()) other = tid;
    if (other < 0) QVERIFY(w.session()->stepInto());
  }
  QVERIFY2(other >= 0, "no state where two threads can run");
  const int at = w.session()->cursor();
  const QString before = w.session()->scheduleText();
  QVERIFY(t->choose(other));
  QCOMPARE(w.session()->cursor(), at + 1);
  QCOMPARE(w.session()->trace()->steps[static_cast<size_t>(at)].thread, other);
  QVERIFY(!w.session()->choices().empty());
  QVERIFY(w.session()->scheduleText() != before);
  QCOMPARE(t->stateIndex(), at + 1);

  // Saved with the scenario, the chosen interleaving comes back when loaded.
  std::vector<int> threads;
  for (const auto& st : w.session()->trace()->steps) threads.push_back(st.thread);
  const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                           .filePath(QStringLiteral("svmlab-chosen-schedule.json"));
  QVERIFY(w.saveScenario(path).isEmpty());
  MainWindow w2;
  const QString reopened = w2.openFile(path);
  QVERIFY2(reopened.isEmpty(), qPrintable(reopened));
  QCOMPARE(w2.session()->variant(), QStringLiteral("v4.5"));
  std::vector<int> again;
  for (const auto& st : w2.session()->trace()->steps) again.push_back(st.thread);
  QCOMPARE(again, threads);
  QFile::remove(path);
  QVERIFY(!w.saveScenario(QStringLiteral("/nonexistent-dir/x.json")).isEmpty());
}

void TstMainWindow::compare_survives_opening_another_scenario() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  // Compare mode switched on before any scenario is open...
  w.action(QStringLiteral("compare"))->trigger();
  QVERIFY(w.comparing());
  // ...still compares once one is opened, and the next one too.
  QVERIFY(w.openBuiltin(QStringLiteral("gfx-exit"), QStringLiteral("v4.4")).isEmpty());
  QVERIFY(w.comparing());
  QVERIFY(w.compareSession()->isOpen());
  QCOMPARE(w.compareSession()->variant(), QStringLiteral("v4.5"));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit")).isEmpty());
  QVERIFY(w.comparing());
  QCOMPARE(w.compareSession()->scenario(), w.session()->scenario());
  // Stepping past the end of the shorter trace never leaves a view behind.
  QTest::keyClick(&w, Qt::Key_F5, Qt::ControlModifier);
  QCOMPARE(w.compareGraph()->stateIndex(), w.compareSession()->cursor());
  QCOMPARE(w.compareSession()->cursor(), w.compareSession()->lastIndex());
}

void TstMainWindow::window_options_from_the_command_line() {
  // `svmlab SCENARIO`, `svmlab gui SCENARIO` and `svmlab screenshot SCENARIO -o F` all name the scenario.
  for (const QStringList& args : {QStringList{"svmlab", "accel-mmap-exit", "--variant", "v4.4", "--step", "7"},
                                  QStringList{"svmlab", "gui", "accel-mmap-exit", "--step", "7", "--variant", "v4.4"}}) {
    svmlab::WindowOptions o;
    QVERIFY(svmlab::parse_window_options(args, o, nullptr).isEmpty());
    QCOMPARE(o.scenario, QStringLiteral("accel-mmap-exit"));
    QCOMPARE(o.variant, QStringLiteral("v4.4"));
    QCOMPARE(o.step, 7);
    MainWindow w;
    QVERIFY(svmlab::apply_window_options(w, o, false).isEmpty());
    QCOMPARE(w.session()->cursor(), 7);
  }
  svmlab::WindowOptions o;
  QString out;
  QVERIFY(svmlab::parse_window_options({"svmlab", "screenshot", "gfx-exit", "-o", "x.png"}, o, &out).isEmpty());
  QCOMPARE(o.scenario, QStringLiteral("gfx-exit"));
  QCOMPARE(out, QStringLiteral("x.png"));
  QVERIFY(!svmlab::parse_window_options({"svmlab", "a", "b"}, o, nullptr).isEmpty());  // one scenario only
}

// A search far too large to finish (eight devices, 64 pages each: it would
// run into the memory ceiling after minutes): Stop ends it, and closing the
// dialog while it runs deletes the dialog and ends its thread; the window
// keeps stepping meanwhile. No timing is asserted: the waits are generous,
// what is checked is that the search stopped, which it would not do for
// minutes on its own.
void TstMainWindow::explore_dialog_stops_and_closes_at_once() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  const QString path = QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT "/tests/data/eight-devices-64-pages.json");
  QVERIFY(w.openFile(path).isEmpty());

  w.action(QStringLiteral("explore"))->trigger();
  auto* d = w.findChild<svmlab::ExploreDialog*>(QStringLiteral("exploreDialog"));
  QVERIFY(d);
  QSignalSpy explored(d, &svmlab::ExploreDialog::explored);
  auto* summary = d->findChild<QLabel*>(QStringLiteral("exploreSummary"));
  QVERIFY(summary);
  // The search's ceiling is on top of what the window holds (under ASan that
  // alone is over a GiB), so it runs rather than stopping at its root.
  QVERIFY(d->ceilingBytes() >= svm::ResidentMemory().bytes() + (size_t(1000) << 20));
  // Progress is shown while it runs...
  QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(QStringLiteral("states/s")), qPrintable(summary->text()), 60000);
  QVERIFY2(summary->text().contains(QStringLiteral("MiB ceiling")), qPrintable(summary->text()));
  QVERIFY(!d->finished());
  // Nothing to offer yet: the breadth-first search is offered at the ceiling only.
  auto* breadth = d->findChild<QPushButton*>(QStringLiteral("exploreBreadthFirst"));
  QVERIFY(breadth && !breadth->isVisible());
  const QString shot = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("explore_dialog_running.png"));
  QVERIFY(d->grab().save(shot));  // to look at
  qInfo("explore dialog, running -> %s", qPrintable(shot));
  // ...and the main window still steps.
  const int before = w.session()->cursor();
  w.action(QStringLiteral("stepInto"))->trigger();
  QTRY_COMPARE(w.session()->cursor(), before + 1);
  auto* stop = d->findChild<QPushButton*>(QStringLiteral("stopExplore"));
  QVERIFY(stop && stop->isEnabled());
  QTest::mouseClick(stop, Qt::LeftButton);
  QVERIFY(explored.count() == 1 || explored.wait(60000));
  QVERIFY(d->finished());
  QVERIFY2(summary->text().contains(QStringLiteral("Stopped before the end")), qPrintable(summary->text()));
  QVERIFY(!stop->isEnabled());
  QVERIFY(!breadth->isVisible());  // stopped by hand, not by a bound: nothing to offer
  d->close();
  QTRY_VERIFY(w.findChild<svmlab::ExploreDialog*>(QStringLiteral("exploreDialog")) == nullptr);

  // Closing the dialog mid-search: the dialog goes, and so does its thread.
  w.action(QStringLiteral("explore"))->trigger();
  d = w.findChild<svmlab::ExploreDialog*>(QStringLiteral("exploreDialog"));
  QVERIFY(d);
  summary = d->findChild<QLabel*>(QStringLiteral("exploreSummary"));
  QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(QStringLiteral("states/s")), qPrintable(summary->text()), 60000);
  const size_t ceiling = d->ceilingBytes();
  QPointer<QThread> worker = d->worker();
  QVERIFY(worker && worker->isRunning());
  QSignalSpy workerGone(worker.data(), &QObject::destroyed);
  QSignalSpy dialogGone(d, &QObject::destroyed);
  d->close();
  // Deferred deletes: QTRY's qWait() delivers them, a spy's wait() would not.
  QTRY_COMPARE_WITH_TIMEOUT(dialogGone.count(), 1, 60000);
  QTRY_COMPARE_WITH_TIMEOUT(workerGone.count(), 1, 60000);
  QVERIFY(worker.isNull());
  // Stopped, not finished: left alone, this search runs until the process
  // holds 15/16 of its ceiling (what the window held, plus 1 GiB); it
  // stopped well short of that.
  struct rusage ru {};
  QCOMPARE(getrusage(RUSAGE_SELF, &ru), 0);
  const size_t peak = static_cast<size_t>(ru.ru_maxrss) * 1024;
  QVERIFY2(peak < ceiling - ceiling / 16 - (size_t(60) << 20),
           qPrintable(QStringLiteral("peak %1 MiB, ceiling %2 MiB").arg(peak >> 20).arg(ceiling >> 20)));
  w.action(QStringLiteral("stepInto"))->trigger();
  QTRY_COMPARE(w.session()->cursor(), before + 2);
}

// Stopped at the memory ceiling, the dialog offers the breadth-first search,
// which starts at once on the same scenario, shows the depth it has
// reached, and, stopped there too, says up to how many steps it explored
// every schedule. (A 16 MiB budget on eight devices stops the default search,
// depth first, within a second or two, well before its 4 M states: it keeps
// 12 bytes a state, and 64 MiB let it reach the state bound first. Under
// ASan the window alone is over the budget, and the search says it never
// started: the offer stands in both cases.)
void TstMainWindow::explore_dialog_offers_breadth_first_at_the_ceiling() {
  MainWindow w;
  QVERIFY(w.openFile(QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT "/tests/data/eight-devices-64-pages.json")).isEmpty());
  auto* d = new svmlab::ExploreDialog(w.session()->trace()->cfg, &w, size_t(16) << 20);
  QSignalSpy explored(d, &svmlab::ExploreDialog::explored);
  auto* summary = d->findChild<QLabel*>(QStringLiteral("exploreSummary"));
  auto* again = d->findChild<QPushButton*>(QStringLiteral("exploreBreadthFirst"));
  auto* stop = d->findChild<QPushButton*>(QStringLiteral("stopExplore"));
  QVERIFY(summary && again && stop);
  d->show();
  QVERIFY(explored.wait(60000));
  QVERIFY2(summary->text().contains(QStringLiteral("memory ceiling")), qPrintable(summary->text()));
  QVERIFY(again->isVisible());
  QVERIFY(!d->breadthFirst());
  // Unfinished and clean is no verdict, never "no violation in any interleaving".
  QVERIFY2(summary->text().contains(QStringLiteral("No verdict")), qPrintable(summary->text()));
  QVERIFY2(!summary->text().contains(QStringLiteral("No violation in any interleaving")), qPrintable(summary->text()));
  // What the verdict rests on, for whoever hovers: hash compaction's odds
  // and the reductions.
  QVERIFY2(summary->toolTip().contains(QStringLiteral("102 bits")), qPrintable(summary->toolTip()));
  QVERIFY2(summary->toolTip().contains(QStringLiteral("Reduced by: persistent sets of local steps; steps on kernel objects "
                                                      "their thread owns are local; IOMMU queue steps no other thread reads")),
           qPrintable(summary->toolTip()));
  // The bound is the model's words, translated like them: in German, the
  // ceiling and what was covered read in German, the numbers unchanged
  // (under ASan the process alone is over the ceiling: "nicht begonnen").
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  auto english = qScopeGuard([] { svmlab::set_language(QStringLiteral("en")); });  // whatever fails below
  QTRY_VERIFY2(summary->text().contains(QRegularExpression(
                   QStringLiteral("(an der Speicherobergrenze von [0-9]+ MiB angehalten \\([0-9]+ MiB resident\\)|"
                                  "nicht begonnen: Der Prozess hielt bereits [0-9]+ MiB, über der Speicherobergrenze von "
                                  "[0-9]+ MiB); zuerst in die Tiefe gesucht, daher wurde keine Ablauflänge vollständig erkundet"))),
               qPrintable(summary->text()));
  QVERIFY2(!summary->text().contains(QStringLiteral("memory ceiling")), qPrintable(summary->text()));
  QVERIFY2(summary->toolTip().contains(QStringLiteral("Reduziert durch: persistente Mengen lokaler Schritte; ")),
           qPrintable(summary->toolTip()));
  // Qt's own button too (qt6-translations-l10n, scripts/deps.sh).
  auto* close = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
  QCOMPARE(close->text(), QStringLiteral("Schließen"));
  const QString shotDe = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("explore_dialog_ceiling_de.png"));
  QTest::qWait(50);  // the layout, asked to follow the new words, runs from the event loop
  QVERIFY(d->grab().save(shotDe));
  qInfo("explore dialog at the ceiling, German -> %s", qPrintable(shotDe));
  QCOMPARE(svmlab::set_language(QStringLiteral("en")), QStringLiteral("en"));
  QTRY_VERIFY(summary->text().contains(QStringLiteral("memory ceiling")));
  QTest::qWait(50);
  const QString shot = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("explore_dialog_ceiling.png"));
  QVERIFY(d->grab().save(shot));  // to look at
  qInfo("explore dialog at the ceiling -> %s", qPrintable(shot));
  QTest::mouseClick(again, Qt::LeftButton);
  QVERIFY(d->breadthFirst());
  QVERIFY(!again->isVisible());
  QVERIFY(!d->finished());
  QVERIFY(stop->isEnabled());
  // Running (or, under ASan, already refused): the depth it reached, or at
  // the end how many steps every schedule was explored to.
  QTRY_VERIFY_WITH_TIMEOUT(d->finished() || summary->text().contains(QRegularExpression(QStringLiteral("depth [0-9]+"))), 60000);
  QTRY_VERIFY_WITH_TIMEOUT(d->finished(), 60000);  // the ceiling stops it within seconds
  QCOMPARE(explored.count(), 2);
  QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("every schedule of up to [0-9]+ steps explored"))),
           qPrintable(summary->text()));
  QVERIFY(!again->isVisible());  // offered once
  const QString after = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("explore_dialog_breadth_first.png"));
  QVERIFY(d->grab().save(after));
  qInfo("explore dialog, breadth first -> %s", qPrintable(after));
  d->close();
}

namespace {
// An explore dialog on w's scenario, shown and searched to the end: its
// summary label (null if it did not finish within a minute).
QLabel* explored_summary(MainWindow& w) {
  auto* d = new svmlab::ExploreDialog(w.session()->trace()->cfg, &w);
  QSignalSpy explored(d, &svmlab::ExploreDialog::explored);
  d->show();
  auto* summary = d->findChild<QLabel*>(QStringLiteral("exploreSummary"));
  return summary && explored.wait(60000) ? summary : nullptr;
}
}  // namespace

// Two processes with one script: the dialog says it took them as
// interchangeable, and that a violation shown for one stands for each.
void TstMainWindow::explore_dialog_names_interchangeable_processes() {
  MainWindow w;
  QVERIFY(w.openFile(QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT "/tests/data/two-binds.json")).isEmpty());
  QLabel* summary = explored_summary(w);
  QVERIFY(summary);
  QVERIFY2(summary->text().contains(QStringLiteral("4411")) || summary->text().contains(QStringLiteral("4,411")),
           qPrintable(summary->text()));
  QVERIFY2(summary->text().contains(QStringLiteral("Every interleaving was explored, up to which of p0, p1 is which.")),
           qPrintable(summary->text()));
  QVERIFY2(summary->toolTip().contains(
               QStringLiteral("; interchangeable processes (symmetry); which free frames the page allocator handed out; "
                              "which files, VMAs and svms were made first; device registers no thread reads again.")),
           qPrintable(summary->toolTip()));
  QVERIFY2(summary->toolTip().contains(
               QStringLiteral("Interchangeable processes: p0, p1. A violation shown for one stands for each.")),
           qPrintable(summary->toolTip()));
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  auto english = qScopeGuard([] { svmlab::set_language(QStringLiteral("en")); });
  QTRY_VERIFY2(summary->toolTip().contains(QStringLiteral("Austauschbare Prozesse: p0, p1.")), qPrintable(summary->toolTip()));
  QVERIFY2(summary->toolTip().contains(QStringLiteral("austauschbare Prozesse (Symmetrie)")), qPrintable(summary->toolTip()));
  QVERIFY2(summary->text().contains(QStringLiteral("bis darauf, welcher von p0, p1 welcher ist")), qPrintable(summary->text()));
  summary->window()->close();
}

// A parent that forks and exits frees a page-table page its child's copy
// still points at: the search that counted frames as their mm's is thrown
// away, and the dialog says why, as the command line does.
void TstMainWindow::explore_dialog_says_frames_were_not_counted() {
  MainWindow w;
  QVERIFY(w.openBuiltin(QStringLiteral("fork-shared-fd"), QStringLiteral("v4.5")).isEmpty());
  QLabel* summary = explored_summary(w);
  QVERIFY(summary);
  QVERIFY2(summary->toolTip().contains(
               QStringLiteral("Searched again without counting frames as their mm's, because parent in tlb_finish_mmu() "
                              "freed frame 0x1010000 while something still refers to it.")),
           qPrintable(summary->toolTip()));
  QVERIFY2(!summary->toolTip().contains(QStringLiteral("without kernel-object ownership")), qPrintable(summary->toolTip()));
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  auto english = qScopeGuard([] { svmlab::set_language(QStringLiteral("en")); });
  // The reason too, not only the sentence around it.
  QTRY_VERIFY2(summary->toolTip().contains(QStringLiteral("Erneut gesucht, ohne Frames ihrem mm zuzurechnen, weil parent "
                                                          "gab in tlb_finish_mmu() den Frame 0x1010000 frei, obwohl noch "
                                                          "etwas auf ihn verweist.")),
               qPrintable(summary->toolTip()));
  summary->window()->close();
}

void TstMainWindow::explore_dialog_loads_a_counterexample() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(!w.action(QStringLiteral("explore"))->isEnabled());  // nothing open
  QVERIFY(w.openBuiltin(QStringLiteral("accel-dma-during-exit"), QStringLiteral("v4.5-no-fault-guard")).isEmpty());
  QVERIFY(w.action(QStringLiteral("explore"))->isEnabled());
  const int defaultSteps = w.session()->lastIndex();
  w.action(QStringLiteral("explore"))->trigger();
  auto* d = w.findChild<svmlab::ExploreDialog*>(QStringLiteral("exploreDialog"));
  QVERIFY(d);
  QTRY_VERIFY_WITH_TIMEOUT(d->finished(), 180000);
  int uaf = -1;
  for (int r = 0; r < d->violationCount(); ++r)
    if (d->table()->topLevelItem(r)->text(0) == QLatin1String("use-after-free")) uaf = r;
  QVERIFY2(uaf >= 0, "the explorer finds the W1 use-after-free");
  // Searched depth first, then shortened: the schedules a breadth-first
  // search alone gives, row for row, and said to be the shortest.
  auto* summary = d->findChild<QLabel*>(QStringLiteral("exploreSummary"));
  QVERIFY2(summary->text().contains(QStringLiteral("each with its shortest schedule")), qPrintable(summary->text()));
  // Its time as a person reads it: milliseconds under a second, not "0.02 s".
  QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("transitions, ([0-9]+(\\.[0-9])? ms|[0-9]+\\.[0-9]{2} s)\\."))),
           qPrintable(summary->text()));
  QVERIFY2(!summary->text().contains(QStringLiteral(" 0.0")), qPrintable(summary->text()));
  const auto& cfg = *w.session()->trace()->cfg;
  const auto bfs = svm::explore(w.session()->trace()->cfg);
  QCOMPARE(d->violationCount(), static_cast<int>(bfs.violations.size()));
  for (int r = 0; r < d->violationCount(); ++r) {
    QCOMPARE(d->schedule(r), QString::fromStdString(svm::format_schedule(cfg, bfs.violations[static_cast<size_t>(r)].schedule, true)));
    QCOMPARE(d->table()->topLevelItem(r)->text(1), QString::number(bfs.violations[static_cast<size_t>(r)].schedule.size()));
  }
  const QString schedule = d->schedule(uaf);
  // A language switch re-words the open dialog, its rows included.
  const QString english = d->table()->topLevelItem(uaf)->text(2);
  const QString header = d->table()->headerItem()->text(0);
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  QTRY_VERIFY(d->table()->headerItem()->text(0) != header);
  QCOMPARE(d->table()->topLevelItemCount(), d->violationCount());
  QVERIFY2(d->table()->topLevelItem(uaf)->text(2) != english, qPrintable(english));
  // In German digits: a decimal comma, as the merge odds below it.
  QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("Übergänge, ([0-9]+(,[0-9])? ms|[0-9]+,[0-9]{2} s)\\."))),
           qPrintable(summary->text()));
  QCOMPARE(svmlab::durationText(0.00064, QStringLiteral("%1 ms"), QStringLiteral("%1 s"), QLocale(QLocale::German)),
           QStringLiteral("0,6 ms"));
  QCOMPARE(svmlab::durationText(2.414, QStringLiteral("%1 ms"), QStringLiteral("%1 s"), QLocale(QLocale::German)),
           QStringLiteral("2,41 s"));
  QCOMPARE(svmlab::durationText(0.00064), QStringLiteral("0.6 ms"));  // the command line's: C's digits
  QCOMPARE(svmlab::set_language(QStringLiteral("en")), QStringLiteral("en"));
  QTRY_COMPARE(d->table()->topLevelItem(uaf)->text(2), english);
  // Every button shown has room around its words, in both languages (Load
  // Counterexample's touched its frame).
  QTRY_VERIFY(buttonsHaveRoom(d));
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  QTRY_VERIFY(buttonsHaveRoom(d));
  QCOMPARE(svmlab::set_language(QStringLiteral("en")), QStringLiteral("en"));
  QTRY_VERIFY(buttonsHaveRoom(d));
  const QString shot = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("explore_dialog.png"));
  QVERIFY(d->grab().save(shot));  // to look at
  qInfo("explore dialog -> %s", qPrintable(shot));
  d->load(uaf);
  // The cursor stops on the last step of the shortest schedule: the one that
  // touches freed memory.
  const int c = w.session()->cursor();
  QVERIFY(c > 0 && c < defaultSteps);
  QCOMPARE(static_cast<int>(w.session()->choices().size()), c);
  bool here = false;
  for (const auto& v : w.session()->trace()->steps[static_cast<size_t>(c - 1)].violations)
    here = here || v.kind == svm::ViolationKind::UseAfterFree;
  QVERIFY(here);
  std::string err;
  const auto parsed = svm::parse_schedule(*w.session()->trace()->cfg, schedule.toStdString(), &err);
  QVERIFY2(parsed, err.c_str());
  QCOMPARE(w.session()->choices(), *parsed);
  d->close();
}

void TstMainWindow::bad_file_is_reported() {
  MainWindow w;
  const QString path = QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT "/tests/data/bad-after.json");
  const QString e = w.openFile(path);
  QVERIFY(e.contains(QStringLiteral("bad-after.json:5:")));
  QVERIFY(!w.session()->isOpen());
}

void TstMainWindow::screenshot_command_writes_png() {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("shot.png"));
  QProcess p;
  p.start(QStringLiteral(SVMLAB_BINARY), {QStringLiteral("screenshot"), QStringLiteral("accel-mmap-exit"),
                                          QStringLiteral("--variant"), QStringLiteral("v4.4"), QStringLiteral("--step"),
                                          QStringLiteral("100000"), QStringLiteral("-o"), out});
  QVERIFY(p.waitForFinished(60000));
  QCOMPARE(p.exitCode(), 0);
  QImage img(out);
  QCOMPARE(img.size(), QSize(1440, 900));
  // An unwritable path: exit 2, one line.
  p.start(QStringLiteral(SVMLAB_BINARY), {QStringLiteral("screenshot"), QStringLiteral("gfx-exit"), QStringLiteral("-o"),
                                          QStringLiteral("/nonexistent-dir/x.png")});
  QVERIFY(p.waitForFinished(60000));
  QCOMPARE(p.exitCode(), 2);
  QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("/nonexistent-dir/x.png:0:0:")));
}

void TstMainWindow::museum_compares_bug_and_fix() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  // Help > Museum, from the menu's action.
  w.action(QStringLiteral("museum"))->trigger();
  MuseumDialog* d = w.museumDialog();
  QVERIFY(d->isVisible());
  QCOMPARE(d->exhibitCount(), static_cast<int>(svm::exhibits().size()));
  QTRY_VERIFY(buttonsHaveRoom(d));  // "Compare Bug and Fix" touched its frame
  for (int row = 0; row < d->exhibitCount(); ++row) {
    const svm::Exhibit& e = svm::exhibits()[static_cast<size_t>(row)];
    d->select(row);
    // Each page says its year, its commits, its quote and its scenario.
    QVERIFY(d->text().contains(QString::number(e.year)));
    QVERIFY(d->text().contains(QString::fromUtf8(e.scenario.data())));
    QVERIFY(d->text().contains(QString::fromUtf8(e.quote.data()).left(40)));
    QCOMPARE(d->compareButton()->isEnabled(), !e.fix.empty());
    if (e.fix.empty()) continue;
    // One click: the scenario in the bug's variant, compared with the fix.
    QVERIFY(d->compareBugAndFix().isEmpty());
    QVERIFY(w.comparing());
    QCOMPARE(w.session()->scenario()->id, std::string(e.scenario));
    QCOMPARE(w.session()->variant(), QString::fromUtf8(e.bug.data()));
    QCOMPARE(w.compareSession()->variant(), QString::fromUtf8(e.fix.data()));
    QVERIFY(w.session()->trace()->complete && w.compareSession()->trace()->complete);
  }
  // Rows by exhibit id: the list is in year order and grows.
  auto row_of = [](std::string_view id) {
    const auto all = svm::exhibits();
    for (size_t i = 0; i < all.size(); ++i)
      if (all[i].id == id) return static_cast<int>(i);
    return -1;
  };
  // For a person to look at (not compared): the 2022 page.
  d->select(row_of("2022-pasid"));
  d->show();
  QVERIFY(d->grab().save(QStringLiteral("/tmp/museum_dialog.png")));
  // The 2020 exhibit: the bug ends with the mm leaked, the fix with it freed.
  d->select(row_of("2020-canonical"));
  QVERIFY(d->compareBugAndFix().isEmpty());
  QVERIFY(w.session()->trace()->states.back().k->mms[0].alive);
  QVERIFY(!w.compareSession()->trace()->states.back().k->mms[0].alive);
}

// A run stopped at the step bound is no verdict: the narration says so at
// the end, the verdict words say so, and the position beside the slider is
// marked INCOMPLETE, with the bound in its tooltip.
void TstMainWindow::bound_stopped_run_is_marked_incomplete() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  w.session()->setMaxSteps(5);
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  const auto t = w.session()->trace();
  QCOMPARE(t->steps.size(), size_t(5));
  QVERIFY(!t->bound.empty());
  auto* pos = w.findChild<QLabel*>(QStringLiteral("position"));
  QVERIFY(pos);
  QVERIFY2(pos->text().contains(QStringLiteral("INCOMPLETE")), qPrintable(pos->text()));
  QVERIFY(pos->toolTip().contains(QStringLiteral("stopped at the bound of 5 steps")));
  QTest::keyClick(&w, Qt::Key_F5, Qt::ControlModifier);
  QCOMPARE(w.session()->cursor(), 5);
  const QString end = w.narration()->plainText();
  QVERIFY2(end.contains(QStringLiteral("No verdict")), qPrintable(end));
  QVERIFY(end.contains(QStringLiteral("stopped at the bound of 5 steps")));
  QVERIFY(!end.contains(QStringLiteral("No violation")));
  // In German, the bound is German too, its number unchanged.
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  auto english = qScopeGuard([] { svmlab::set_language(QStringLiteral("en")); });  // whatever fails below
  QTRY_VERIFY2(pos->toolTip().contains(QStringLiteral("Der Lauf hielt an der Schranke von 5 Schritten an")), qPrintable(pos->toolTip()));
  // The longer, bold German mark is shown whole: the label asks the toolbar
  // for all of its width, so the slider gives way (then the last buttons).
  w.resize(1440, 900);
  QTRY_VERIFY2(pos->text().contains(QStringLiteral("UNVOLLSTÄNDIG")), qPrintable(pos->text()));
  QVERIFY(pos->minimumWidth() >= pos->sizeHint().width());
  QTRY_VERIFY(pos->isVisible() && pos->width() >= pos->sizeHint().width());
  QTRY_VERIFY2(w.narration()->plainText().contains(QStringLiteral("Der Lauf hielt an der Schranke von 5 Schritten an")),
               qPrintable(w.narration()->plainText()));
  QCOMPARE(svmlab::set_language(QStringLiteral("en")), QStringLiteral("en"));
  QCOMPARE(svm::verdict_summary(*t), std::string("no verdict (the run stopped early)"));
  QVERIFY(svm::verdict_parts(*t).front().sentence.rfind("No verdict:", 0) == 0);
  // The same scenario run to its end is not marked.
  w.session()->setMaxSteps(svm::kMaxRunSteps);
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.5")).isEmpty());
  QVERIFY(!pos->text().contains(QStringLiteral("INCOMPLETE")));
}

// Choosing a thread re-simulates from the cursor's snapshot; when the rest of
// the run is long, on a worker: the call returns at once, the session is busy
// until the new trace is installed, and the result is the chosen schedule.
void TstMainWindow::long_resimulation_runs_off_the_gui_thread() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-dma-during-exit"), QStringLiteral("v4.5")).isEmpty());
  w.session()->setSyncResimSteps(0);  // every re-simulation is "long" here
  svmlab::ThreadsView* t = w.threads();
  int other = -1;
  for (int guard = 0; guard < 400 && other < 0; ++guard) {
    for (int tid = 0; tid < t->threadCount(); ++tid)
      if (t->canChoose(tid) && tid != t->traceNext()) other = tid;
    if (other < 0) QVERIFY(w.session()->stepInto());
  }
  QVERIFY2(other >= 0, "no state where two threads can run");
  const int at = w.session()->cursor();
  QSignalSpy busy(w.session(), &svmlab::Session::busyChanged);
  QVERIFY(w.session()->chooseThread(other).isEmpty());
  QVERIFY(w.session()->busy());
  QCOMPARE(busy.count(), 1);
  w.session()->waitIdle();
  QVERIFY(!w.session()->busy());
  QCOMPARE(busy.count(), 2);
  QCOMPARE(w.session()->cursor(), at + 1);
  QCOMPARE(w.session()->trace()->steps[static_cast<size_t>(at)].thread, other);
  svm::RunOptions opt;
  opt.schedule = w.session()->choices();
  const svm::Trace whole = svm::simulate(w.session()->trace()->cfg, opt);
  QCOMPARE(w.session()->trace()->steps.size(), whole.steps.size());
  QVERIFY(w.session()->trace()->states.back() == whole.states.back());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
