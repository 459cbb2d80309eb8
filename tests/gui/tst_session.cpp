// The session: stepping as a debugger does it, on a precomputed trace;
// choosing threads.

#include <QSignalSpy>
#include <QtTest>

#include "app/session.h"
#include "core/engine/function.h"
#include "core/engine/step.h"
#include "tests/core/fixtures.h"

using svmlab::Session;

namespace {
int depth(const Session& s, int i, int tid) {
  const svm::Machine t_m = s.trace()->states[static_cast<size_t>(i)];  // a snapshot is read by value: keep it
  const auto& t = (*t_m.threads)[tid];
  return t.state == svm::RunState::Live ? static_cast<int>(t.stack.size()) : 0;
}
}  // namespace

class TstSession : public QObject {
  Q_OBJECT
 private slots:
  void open_and_signals();
  void step_into_and_back();
  void step_over_skips_the_call();
  void step_out_returns();
  void breakpoints();
  void choose_thread();
};

void TstSession::open_and_signals() {
  Session s;
  QSignalSpy traces(&s, &Session::traceChanged), cursors(&s, &Session::cursorChanged);
  QVERIFY(s.open(fixtures::builtin("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  QCOMPARE(traces.count(), 1);
  QCOMPARE(s.cursor(), 0);
  QVERIFY(s.lastIndex() > 50);
  QVERIFY(s.setVariant(QStringLiteral("v4.5")).isEmpty());
  QCOMPARE(QString::fromUtf8(s.trace()->cfg->variant->id.data()), QStringLiteral("v4.5"));
  QVERIFY(!s.setVariant(QStringLiteral("nope")).isEmpty());
}

void TstSession::step_into_and_back() {
  Session s;
  s.open(fixtures::builtin("gfx-exit"), QStringLiteral("v4.5"));
  for (int i = 0; i < 20; ++i) QVERIFY(s.stepInto());
  QCOMPARE(s.cursor(), 20);
  for (int i = 0; i < 7; ++i) QVERIFY(s.stepBack());
  QCOMPARE(s.cursor(), 13);
  QVERIFY(s.runToEnd());
  QVERIFY(!s.stepInto());
  QCOMPARE(s.cursor(), s.lastIndex());
  QVERIFY(s.reset());
  QVERIFY(!s.stepBack());
}

void TstSession::step_over_skips_the_call() {
  Session s;
  s.open(fixtures::builtin("accel-mmap-exit"), QStringLiteral("v4.5"));
  // Find the state just before do_exit calls exit_mm.
  const auto& steps = s.trace()->steps;
  int before = -1;
  for (size_t i = 0; i < steps.size(); ++i)
    if (steps[i].kind == svm::StepKind::Enter && svm::fn_name(steps[i].fn) == std::string_view("exit_mm")) {
      before = static_cast<int>(i);
      break;
    }
  QVERIFY(before > 0);
  s.setCursor(before);
  const int tid = s.nextThread();
  const int d0 = depth(s, before, tid);
  QVERIFY(s.stepOver());
  // exit_mm ran to completion (mmput, exit_mmap and all): back in do_exit, one line on.
  QCOMPARE(depth(s, s.cursor(), tid), d0);
  QVERIFY(s.cursor() - before > 20);
  const auto& last = s.trace()->steps[static_cast<size_t>(s.cursor() - 1)];
  QVERIFY(last.depth >= d0);  // the last step taken was inside the call
  // Step over a plain line moves one step.
  const int at = s.cursor();
  if (s.trace()->steps[static_cast<size_t>(at)].kind == svm::StepKind::Op) {
    QVERIFY(s.stepOver());
    QCOMPARE(s.cursor(), at + 1);
  }
}

void TstSession::step_out_returns() {
  Session s;
  s.open(fixtures::builtin("accel-mmap-exit"), QStringLiteral("v4.5"));
  int inside = -1;
  const auto& steps = s.trace()->steps;
  for (size_t i = 0; i < steps.size(); ++i)
    if (steps[i].kind == svm::StepKind::Enter && svm::fn_name(steps[i].fn) == std::string_view("exit_mmap")) {
      inside = static_cast<int>(i) + 1;  // the state just inside exit_mmap
      break;
    }
  QVERIFY(inside > 0);
  s.setCursor(inside);
  const int tid = s.nextThread();
  const int d0 = depth(s, inside, tid);
  QVERIFY(s.stepOut());
  QCOMPARE(depth(s, s.cursor(), tid), d0 - 1);
  // Everything between was exit_mmap's.
  for (int i = inside; i < s.cursor(); ++i) QVERIFY(depth(s, i, tid) >= d0);
}

void TstSession::breakpoints() {
  Session s;
  s.open(fixtures::builtin("accel-mmap-exit"), QStringLiteral("v4.4"));
  s.setBreakpoints({{svmlab::Breakpoint::Kind::Milestone, QStringLiteral("exit_files"), 0}});
  QVERIFY(s.runToBreakpoint());
  const auto& st = s.trace()->steps[static_cast<size_t>(s.cursor() - 1)];
  QVERIFY(st.milestone && *st.milestone == svm::Milestone::ExitFiles);
  s.reset();
  s.setBreakpoints({{svmlab::Breakpoint::Kind::Counter, QStringLiteral("file#1 f_count"), 1, }});
  QVERIFY(s.runToBreakpoint());
  bool hit = false;
  for (const auto& c : s.trace()->steps[static_cast<size_t>(s.cursor() - 1)].changes)
    hit |= svm::to_string(c.obj) == "file#1" && c.counter == "f_count" && c.after == 1;
  QVERIFY(hit);
  s.reset();
  s.setBreakpoints({{svmlab::Breakpoint::Kind::Violation, {}, 0}});
  QVERIFY(s.runToBreakpoint());
  QCOMPARE(s.cursor(), s.lastIndex());  // the leak is found at the end
  s.reset();
  s.setBreakpoints({{svmlab::Breakpoint::Kind::Function, QStringLiteral("intel_svm_bind_mm"), 0}});
  QVERIFY(s.runToBreakpoint());
  QCOMPARE(svm::fn_name(s.trace()->steps[static_cast<size_t>(s.cursor() - 1)].fn), std::string_view("intel_svm_bind_mm"));
}

void TstSession::choose_thread() {
  // In accel-dma-during-exit, let prq run early instead of waiting for its hold.
  Session s;
  s.open(fixtures::builtin("accel-dma-during-exit"), QStringLiteral("v4.5"));
  const auto& cfg = *s.trace()->cfg;
  const int prq = cfg.find_thread("prq");
  int when = -1;
  for (int i = 0; i < s.lastIndex(); ++i)
    if (svm::can_step(s.trace()->states[static_cast<size_t>(i)], cfg, prq) &&
        s.trace()->steps[static_cast<size_t>(i)].thread != prq) {
      when = i;
      break;
    }
  QVERIFY(when > 0);
  const auto before = s.trace();
  s.setCursor(when);
  QVERIFY(s.chooseThread(prq).isEmpty());
  QCOMPARE(s.cursor(), when + 1);
  QCOMPARE(s.trace()->steps[static_cast<size_t>(when)].thread, prq);
  // Everything before the choice is as it was.
  for (int i = 0; i <= when; ++i) QVERIFY(s.trace()->states[static_cast<size_t>(i)] == before->states[static_cast<size_t>(i)]);
  QVERIFY(s.scheduleText().contains(QStringLiteral("prq")));
  // A thread that cannot run is refused and nothing changes.
  const auto kept = s.trace();
  QVERIFY(!s.chooseThread(cfg.find_thread("kworker")).isEmpty());
  QCOMPARE(s.trace(), kept);
}

QTEST_APPLESS_MAIN(TstSession)
#include "tst_session.moc"
