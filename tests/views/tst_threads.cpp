// The threads panel (views/threads): each thread's state, what it does and
// what it waits for at the cursor, the marks for the next thread (the trace's
// and the default schedule's), choosing a thread by button and double-click,
// and offscreen renders a person looks at (/tmp/threads_*.png).

#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include "core/engine/function.h"
#include "core/engine/step.h"
#include "tests/core/fixtures.h"
#include "views/threads/threads_view.h"

using namespace svmlab;
using State = ThreadsView::State;

namespace {

std::shared_ptr<const svm::Trace> trace(const char* scenario, const char* variant, std::vector<int> schedule = {}) {
  return std::make_shared<const svm::Trace>(fixtures::run(scenario, variant, std::move(schedule)));
}

int milestoneState(const svm::Trace& t, svm::Milestone m) {
  for (const svm::StepRecord& s : t.steps)
    if (s.milestone == m) return s.index;
  return -1;
}

// The first state at which thread `tid` waits for `what` (as svm::waiting says), or -1.
int waitingState(const svm::Trace& t, int tid, const char* what, int from = 0) {
  for (int i = from; i < static_cast<int>(t.states.size()); ++i) {
    const svm::Wait w = svm::waiting(t.states[i], *t.cfg, tid);
    if (w && std::string(w.what) == what) return i;
  }
  return -1;
}

void doubleClickRow(ThreadsView& view, int tid) {
  QTreeWidget* tree = view.treeWidget();
  const QRect r = tree->visualItemRect(view.item(tid));
  QVERIFY(!r.isEmpty());
  // On the thread's name, away from the Step button.
  const QPoint p(tree->header()->sectionPosition(ThreadsView::StateColumn) + 5, r.center().y());
  // A real double-click is press, release, double-click, release; QTest's
  // mouseDClick on a widget sends the double-click alone.
  QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, p);
  QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, p);
  QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, p);
}

}  // namespace

class TestThreads : public QObject {
  Q_OBJECT

 private slots:
  void oneRowPerThread();
  void deviceWaitsForPageResponse();
  void appWaitsForTheInvalidationQueue();
  void scenarioAfterAndHold();
  void statesAlongTheRun();
  void marksTheNextThread();
  void chosenScheduleIsMarked();
  void doubleClickChoosesRunnable();
  void finishedCannotBeChosen();
  void renders();
};

void TestThreads::oneRowPerThread() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  ThreadsView view;
  view.setTrace(t);
  QCOMPARE(view.threadCount(), static_cast<int>(t->cfg->threads.size()));
  QCOMPARE(view.treeWidget()->topLevelItemCount(), view.threadCount());
  for (int tid = 0; tid < view.threadCount(); ++tid) {
    const QStringList lines = view.text(tid, ThreadsView::ThreadColumn).split('\n');
    QCOMPARE(lines.size(), 2);  // name, kind
    QCOMPARE(lines[0], QString::fromStdString(t->cfg->threads[tid].name));
    QVERIFY(!lines[1].isEmpty());
    QVERIFY(!view.item(tid)->icon(ThreadsView::ThreadColumn).isNull());  // the thread's colour, beside its name
  }
  QCOMPARE(view.text(t->cfg->find_thread("app"), ThreadsView::ThreadColumn), QString("app\nprocess"));
  QCOMPARE(view.text(t->cfg->find_thread("accel0"), ThreadsView::ThreadColumn), QString("accel0\ndevice"));
  QCOMPARE(view.text(t->cfg->find_thread("prq"), ThreadsView::ThreadColumn), QString("prq\nIRQ thread"));
  view.setCursor(100000);
  QCOMPARE(view.stateIndex(), static_cast<int>(t->steps.size()));
}

void TestThreads::deviceWaitsForPageResponse() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  const int dev = t->cfg->find_thread("accel0"), prq = t->cfg->find_thread("prq");
  const int at = waitingState(*t, dev, "page group responses");
  QVERIFY(at > 0);
  ThreadsView view;
  view.setTrace(t);
  view.setCursor(at);
  QCOMPARE(view.state(dev), State::Waiting);
  QCOMPARE(view.text(dev, ThreadsView::StateColumn), QString("waiting"));
  const QString wait = view.text(dev, ThreadsView::WaitColumn);
  QVERIFY2(wait.contains("page group responses"), qPrintable(wait));
  QVERIFY2(wait.contains("from prq"), qPrintable(wait));
  QVERIFY(!view.canChoose(dev));
  QVERIFY(!view.stepButton(dev)->isEnabled());
  QVERIFY2(view.toolTip(dev, ThreadsView::ChooseColumn).contains("page group responses"),
           qPrintable(view.toolTip(dev, ThreadsView::ChooseColumn)));
  // What it is doing: its innermost function and the line it runs next.
  const svm::Machine th_m = t->states[at];  // a snapshot is read by value: keep it
  const svm::Thread& th = (*th_m.threads)[dev];
  const QString doing = view.text(dev, ThreadsView::DoingColumn);
  QVERIFY2(doing.startsWith(QString::fromUtf8(svm::fn_name(th.stack.back().fn).data()) + "()"), qPrintable(doing));
  QVERIFY(doing.contains(QString::fromUtf8(svm::next_op(t->states[at], dev)->text.data())));
  // The page-request thread is not waiting: the default schedule holds it.
  QVERIFY(view.text(prq, ThreadsView::WaitColumn).isEmpty() || view.text(prq, ThreadsView::WaitColumn).contains("held back"));
  // Once the response is there, the device runs again.
  int free = -1;
  for (int i = at; i < static_cast<int>(t->states.size()); ++i)
    if (svm::can_step(t->states[i], *t->cfg, dev)) {
      free = i;
      break;
    }
  QVERIFY(free > at);
  view.setCursor(free);
  QCOMPARE(view.state(dev), State::Runnable);
  QVERIFY(view.text(dev, ThreadsView::WaitColumn).isEmpty());
  QVERIFY(view.stepButton(dev)->isEnabled());
}

void TestThreads::appWaitsForTheInvalidationQueue() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  const int app = t->cfg->find_thread("app"), iommu = t->cfg->find_thread("iommu");
  const int at = waitingState(*t, app, "the invalidation wait descriptor to complete");
  QVERIFY(at > 0);
  ThreadsView view;
  view.setTrace(t);
  view.setCursor(at);
  QCOMPARE(view.state(app), State::Waiting);
  QVERIFY(view.text(app, ThreadsView::WaitColumn).contains("the invalidation wait descriptor to complete"));
  QVERIFY(view.text(app, ThreadsView::DoingColumn).startsWith("qi_submit_sync()"));
  // The IOMMU has the descriptors: it runs, and it is what runs next.
  QCOMPARE(view.state(iommu), State::Runnable);
  QCOMPARE(view.defaultPick(), iommu);
  QVERIFY(view.text(iommu, ThreadsView::NextColumn).contains(QChar(0x25b6)));
}

void TestThreads::scenarioAfterAndHold() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  const int dev = t->cfg->find_thread("accel0"), prq = t->cfg->find_thread("prq");
  ThreadsView view;
  view.setTrace(t);
  // The device's first transfer waits for the app's "ready".
  int at = -1;
  for (int i = 0; i < static_cast<int>(t->states.size()) && at < 0; ++i)
    if (svm::waiting(t->states[i], *t->cfg, dev).kind == svm::Wait::Kind::After) at = i;
  QVERIFY(at >= 0);
  view.setCursor(at);
  const QString wait = view.text(dev, ThreadsView::WaitColumn);
  QVERIFY2(wait.contains("after") && wait.contains("app has done \"ready\""), qPrintable(wait));

  // The page-request thread can run once the request is queued, but the
  // scenario holds it back from the default schedule until app@exit_files.
  int held = -1;
  for (int i = 1; i < milestoneState(*t, svm::Milestone::ExitFiles) && held < 0; ++i)
    if (svm::can_step(t->states[i], *t->cfg, prq)) held = i;
  QVERIFY(held > 0);
  view.setCursor(held);
  QCOMPARE(view.state(prq), State::Runnable);
  QVERIFY(view.canChoose(prq));  // the user may still choose it
  QVERIFY2(view.text(prq, ThreadsView::WaitColumn).contains("app reaches exit_files"), qPrintable(view.text(prq, ThreadsView::WaitColumn)));
  QVERIFY(view.toolTip(prq, ThreadsView::WaitColumn).contains("you can still choose it"));
  QVERIFY(view.defaultPick() != prq);
}

void TestThreads::statesAlongTheRun() {
  // fork-shared-fd forks a child: not born, then runnable; everything that
  // is not a daemon finishes.
  const auto t = trace("fork-shared-fd", "v4.5");
  ThreadsView view;
  view.setTrace(t);
  bool saw_unborn = false;
  for (int tid = 0; tid < view.threadCount(); ++tid)
    if (view.state(tid) == State::NotBorn) {
      saw_unborn = true;
      QCOMPARE(view.text(tid, ThreadsView::StateColumn), QString("not born"));
      QVERIFY(!view.canChoose(tid));
      QVERIFY(view.toolTip(tid, ThreadsView::ChooseColumn).contains("not born"));
    }
  QVERIFY(saw_unborn);
  view.setCursor(static_cast<int>(t->steps.size()));
  for (int tid = 0; tid < view.threadCount(); ++tid) {
    const svm::RunState rs = (*t->states.back().threads)[tid].state;
    if (rs == svm::RunState::Done) QCOMPARE(view.text(tid, ThreadsView::StateColumn), QString("finished"));
    if (!t->cfg->threads[tid].daemon) QCOMPARE(view.state(tid), State::Finished);
  }
  QCOMPARE(view.defaultPick(), -1);
  QCOMPARE(view.traceNext(), -1);
}

void TestThreads::marksTheNextThread() {
  // two-process-isolation: with two processes runnable, the default schedule
  // keeps the one that ran last, so the previous step's thread matters.
  int depends_on_last = 0;
  for (const char* id : {"accel-dma-during-exit", "two-process-isolation"}) {
    const auto t = trace(id, "v4.5");
    ThreadsView view;
    view.setTrace(t);
    for (int i = 0; i < static_cast<int>(t->steps.size()); ++i) {
      view.setCursor(i);
      const int last = i >= 1 ? t->steps[i - 1].thread : -1;
      const int pick = svm::default_pick(t->states[i], *t->cfg, last);
      depends_on_last += pick != svm::default_pick(t->states[i], *t->cfg, -1);
      QCOMPARE(view.defaultPick(), pick);
      QCOMPARE(view.traceNext(), t->steps[i].thread);
      // Under the default schedule, the two agree, and exactly that row is marked.
      QCOMPARE(pick, t->steps[i].thread);
      for (int tid = 0; tid < view.threadCount(); ++tid) {
        const QString next = view.text(tid, ThreadsView::NextColumn);
        QCOMPARE(next.contains(QChar(0x25b6)), tid == pick);
        QVERIFY(!next.contains(QChar(0x25b7)));
        QCOMPARE(view.item(tid)->font(ThreadsView::ThreadColumn).bold(), tid == pick);
      }
      QVERIFY(view.canChoose(pick));
    }
  }
  QVERIFY(depends_on_last > 0);
}

void TestThreads::chosenScheduleIsMarked() {
  // Let the page-request thread run as soon as it can, instead of waiting
  // for exit_files: the trace's next thread and the default's differ there.
  const auto base = trace("accel-dma-during-exit", "v4.5");
  const int prq = base->cfg->find_thread("prq");
  int at = -1;
  for (int i = 1; i < static_cast<int>(base->states.size()) && at < 0; ++i)
    if (svm::can_step(base->states[i], *base->cfg, prq) && base->steps[i].thread != prq) at = i;
  QVERIFY(at > 0);
  std::vector<int> schedule;
  for (int i = 0; i < at; ++i) schedule.push_back(base->steps[i].thread);
  schedule.push_back(prq);
  const auto t = trace("accel-dma-during-exit", "v4.5", schedule);
  QCOMPARE(t->steps[at].thread, prq);
  ThreadsView view;
  view.setTrace(t);
  view.setCursor(at);
  QCOMPARE(view.traceNext(), prq);
  QVERIFY(view.defaultPick() != prq && view.defaultPick() >= 0);
  QVERIFY(view.text(prq, ThreadsView::NextColumn).contains(QChar(0x25b6)));
  QCOMPARE(view.text(view.defaultPick(), ThreadsView::NextColumn), QString(QChar(0x25b7)));
  QVERIFY(view.toolTip(view.defaultPick(), ThreadsView::NextColumn).contains("default schedule would step"));
  QVERIFY(view.toolTip(prq, ThreadsView::NextColumn).contains("as chosen"));
}

void TestThreads::doubleClickChoosesRunnable() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  const int dev = t->cfg->find_thread("accel0"), app = t->cfg->find_thread("app");
  // A state where the app can run and the device waits.
  const int at = waitingState(*t, dev, "page group responses");
  QVERIFY(at > 0);
  ThreadsView view;
  view.resize(700, 250);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  view.setCursor(at);
  QVERIFY(view.canChoose(app));
  QSignalSpy spy(&view, &ThreadsView::threadChosen);
  doubleClickRow(view, app);
  QCOMPARE(spy.count(), 1);
  QCOMPARE(spy.at(0).at(0).toInt(), app);
  // The waiting device: nothing.
  spy.clear();
  doubleClickRow(view, dev);
  QCOMPARE(spy.count(), 0);
  // The Step button does the same.
  QTest::mouseClick(view.stepButton(app), Qt::LeftButton);
  QCOMPARE(spy.count(), 1);
  QCOMPARE(spy.at(0).at(0).toInt(), app);
  QTest::mouseClick(view.stepButton(dev), Qt::LeftButton);  // disabled
  QCOMPARE(spy.count(), 1);
  // Moving the cursor never chooses.
  for (int i = 0; i < 50; ++i) view.setCursor(i);
  QCOMPARE(spy.count(), 1);
}

void TestThreads::finishedCannotBeChosen() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  const int app = t->cfg->find_thread("app");
  ThreadsView view;
  view.resize(700, 250);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  view.setCursor(static_cast<int>(t->steps.size()));
  QCOMPARE(view.state(app), State::Finished);
  QVERIFY(!view.canChoose(app));
  QVERIFY(!view.stepButton(app)->isEnabled());
  QVERIFY(view.toolTip(app, ThreadsView::ChooseColumn).contains("finished"));
  QSignalSpy spy(&view, &ThreadsView::threadChosen);
  doubleClickRow(view, app);
  QTest::mouseClick(view.stepButton(app), Qt::LeftButton);
  QVERIFY(!view.choose(app));
  QCOMPARE(spy.count(), 0);
  QCOMPARE(view.text(app, ThreadsView::DoingColumn), QString::fromUtf8("\u2014"));
}

void TestThreads::renders() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  const int dev = t->cfg->find_thread("accel0");
  // During exit_mmap(), while the device waits for its page response; and
  // the app waiting for the invalidation queue (inside intel_mm_release()).
  const int exit_mmap = milestoneState(*t, svm::Milestone::ExitMmap);
  const int qi = waitingState(*t, t->cfg->find_thread("app"), "the invalidation wait descriptor to complete", exit_mmap);
  QVERIFY(exit_mmap > 0 && qi > exit_mmap);
  QVERIFY(svm::waiting(t->states[qi], *t->cfg, dev));
  struct Shot {
    int state;
    const char* file;
  } shots[] = {{exit_mmap + 4, "/tmp/threads_dma_exit_mmap.png"}, {qi, "/tmp/threads_dma_qi_wait.png"}, {0, "/tmp/threads_start.png"},
               {static_cast<int>(t->steps.size()), "/tmp/threads_end.png"}};
  ThreadsView view;
  view.resize(700, 250);
  view.show();
  QVERIFY(QTest::qWaitForWindowExposed(&view));
  view.setTrace(t);
  for (const Shot& s : shots) {
    view.setCursor(s.state);
    QTest::qWait(10);
    QVERIFY(view.grab().save(s.file));
    qInfo("wrote %s (state %d)", s.file, s.state);
  }
  // A forked child not born yet, and a chosen schedule (prq first).
  const auto fork = trace("fork-shared-fd", "v4.5");
  view.setTrace(fork);
  view.setCursor(3);
  QTest::qWait(10);
  QVERIFY(view.grab().save("/tmp/threads_fork_unborn.png"));
  qInfo("wrote /tmp/threads_fork_unborn.png");
}

QTEST_MAIN(TestThreads)
#include "tst_threads.moc"
