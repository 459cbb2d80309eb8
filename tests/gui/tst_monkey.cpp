// The GUI monkey: a seeded random sequence of thousands of user actions on a
// real main window, offscreen: open scenarios, step with the debugger keys,
// scrub the slider, switch variants, compare, choose threads, resize, fit.
// After every action every view must show the session's step (graph,
// timeline, slider, position, enabled actions, the compare side aligned), and
// Qt must not have warned.
//
// Two runs: seed 1 (always the same actions) and a random seed, printed
// first and in every failure (replay it with SVMLAB_MONKEY_SEED=N).
// SVMLAB_MONKEY_ACTIONS sets the number of actions per run (default 3000;
// 1000 under AddressSanitizer).
//
// Extending it: add a row to MonkeyTest::table() (a name, a weight, what it
// does). Export and language switching have rows already that do nothing
// until the main window offers them (see "hooks" there).

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QRandomGenerator>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include <deque>
#include <functional>
#include <utility>
#include <random>

#include "app/mainwindow.h"
#include "app/scenarios.h"
#include "core/driver/variant.h"
#include "core/engine/refs.h"
#include "core/engine/step.h"
#include "views/refgraph/graph_view.h"
#include "views/timeline/timeline_view.h"

using svmlab::MainWindow;

namespace {

// --- Qt messages. Any warning fails the run, except these, which the
// offscreen platform prints for what it cannot do (each matched as a prefix).
const char* const kHarmless[] = {
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support grabbing the mouse",
    "QStandardPaths: XDG_RUNTIME_DIR not set",
    "QStandardPaths: wrong permissions on runtime directory",
};

QStringList g_messages;  // warnings seen since the last check
QtMessageHandler g_previous = nullptr;

void monkeyMessageHandler(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
  if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
    bool harmless = false;
    for (const char* h : kHarmless) harmless = harmless || msg.startsWith(QLatin1String(h));
    if (harmless) return;  // not even printed: thousands of them
    g_messages << msg;
  }
  if (g_previous) g_previous(type, ctx, msg);
}

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QStringList variantIds() {
  QStringList ids;
  for (const auto& v : svm::all_variants()) ids << qs(v.id);
  return ids;
}

int envInt(const char* name, int fallback) {
  bool ok = false;
  const int v = qEnvironmentVariableIntValue(name, &ok);
  return ok ? v : fallback;
}

// One run of the monkey on one window.
class Monkey {
 public:
  struct Action {
    const char* name;
    int weight;
    std::function<QString(Monkey&)> run;  // returns what it did, for the log
  };

  Monkey(MainWindow& w, quint64 seed) : w_(w), rng_(seed) {
    for (const svmlab::BuiltinInfo& b : svmlab::builtin_scenarios()) builtins_ << b.id;
  }

  static const std::vector<Action>& table();

  // Pick and run one action; returns a problem (empty if the views agree).
  QString step(int n) {
    const auto& t = table();
    int total = 0;
    for (const Action& a : t) total += a.weight;
    int r = below(total);
    const Action* chosen = &t.front();
    for (const Action& a : t) {
      if (r < a.weight) {
        chosen = &a;
        break;
      }
      r -= a.weight;
    }
    const QString what = chosen->run(*this);
    log(QStringLiteral("#%1 %2%3").arg(n).arg(QLatin1String(chosen->name), what.isEmpty() ? QString() : QStringLiteral(" ") + what));
    QApplication::processEvents();
    return check();
  }

  QString history() const {
    QStringList l(log_.begin(), log_.end());
    return l.join(QLatin1Char('\n'));
  }

  // --- randomness (std::mt19937_64 is the same everywhere; the modulo bias is irrelevant here)
  int below(int n) { return n <= 0 ? 0 : static_cast<int>(rng_() % static_cast<quint64>(n)); }
  bool coin(int percent) { return below(100) < percent; }
  template <class T>
  T pick(const QList<T>& l) { return l[below(static_cast<int>(l.size()))]; }

  MainWindow& w() { return w_; }
  svmlab::Session* s() { return w_.session(); }
  const QStringList& builtins() const { return builtins_; }
  QSlider* slider() { return w_.findChild<QSlider*>(QStringLiteral("stepSlider")); }
  QComboBox* box(const char* name) { return w_.findChild<QComboBox*>(QLatin1String(name)); }

  QString key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
    QTest::keyClick(&w_, k, m);
    return QKeySequence(k | m).toString();
  }
  // Opening another scenario keeps compare mode on.
  QString opened(const QString& what, const QString& error, bool was_comparing) {
    if (error.isEmpty() && was_comparing && !w_.comparing())
      problem_ = QStringLiteral("compare mode ended when %1 was opened").arg(what);
    return what + (error.isEmpty() ? QString() : QStringLiteral(" error: ") + error);
  }
  QString trigger(const char* name) {
    QAction* a = w_.action(QLatin1String(name));
    if (!a) return QStringLiteral("(no action %1)").arg(QLatin1String(name));
    a->trigger();
    return {};
  }

 private:
  void log(const QString& line) {
    log_.push_back(line);
    if (log_.size() > 40) log_.pop_front();
  }

  // Every view shows what the session says.
  QString check() {
    if (!problem_.isEmpty()) return std::exchange(problem_, QString());
    if (!g_messages.isEmpty()) {
      const QString m = QStringLiteral("Qt warned: ") + g_messages.join(QStringLiteral(" | "));
      g_messages.clear();
      return m;
    }
    svmlab::Session* s = w_.session();
    auto expect = [](bool ok, const QString& what) { return ok ? QString() : what; };
    QString e;
    auto fail = [&](bool ok, const QString& what) {
      if (e.isEmpty()) e = expect(ok, what);
    };
    QSlider* sl = slider();
    if (!s->isOpen()) {
      fail(!sl->isEnabled(), QStringLiteral("slider enabled with nothing open"));
      fail(!w_.action(QStringLiteral("stepInto"))->isEnabled(), QStringLiteral("stepInto enabled with nothing open"));
      return e;
    }
    const int c = s->cursor(), last = s->lastIndex();
    const auto trace = s->trace();
    fail(0 <= c && c <= last, QStringLiteral("cursor %1 outside 0..%2").arg(c).arg(last));
    fail(last == static_cast<int>(trace->steps.size()), QStringLiteral("lastIndex %1 != %2 steps").arg(last).arg(trace->steps.size()));
    fail(w_.graph()->stateIndex() == c, QStringLiteral("graph at %1, session at %2").arg(w_.graph()->stateIndex()).arg(c));
    fail(w_.timeline()->cursor() == c, QStringLiteral("timeline at %1, session at %2").arg(w_.timeline()->cursor()).arg(c));
    const svm::Alignment& al = w_.alignment();
    const auto* cmp = w_.compareSession();
    if (w_.comparing() && cmp && cmp->isOpen()) {
      // Compare mode: the slider walks the one alignment of both runs.
      const int p = w_.alignedPosition();
      fail(!al.pos.empty() && al.pos.back().a == last && al.pos.back().b == cmp->lastIndex(),
           QStringLiteral("alignment does not end at both runs' ends"));
      fail(0 <= p && p < al.size(), QStringLiteral("aligned position %1 outside 0..%2").arg(p).arg(al.size() - 1));
      if (0 <= p && p < al.size()) {
        const svm::AlignedPos& at = al.pos[static_cast<size_t>(p)];
        fail(at.a == c, QStringLiteral("position %1 names state %2, session at %3").arg(p).arg(at.a).arg(c));
        fail(at.b == cmp->cursor(), QStringLiteral("position %1 names state %2 of the compared run, at %3")
                                        .arg(p).arg(at.b).arg(cmp->cursor()));
        fail(w_.compareGraph()->stateIndex() == at.b,
             QStringLiteral("compare graph at %1, alignment says %2").arg(w_.compareGraph()->stateIndex()).arg(at.b));
      }
      fail(sl->value() == p, QStringLiteral("slider at %1, aligned position %2").arg(sl->value()).arg(p));
      fail(sl->maximum() == al.size() - 1, QStringLiteral("slider max %1, alignment %2").arg(sl->maximum()).arg(al.size()));
    } else {
      fail(sl->value() == c, QStringLiteral("slider at %1, session at %2").arg(sl->value()).arg(c));
      fail(sl->maximum() == last, QStringLiteral("slider max %1, last %2").arg(sl->maximum()).arg(last));
      if (auto* pos = w_.findChild<QLabel*>(QStringLiteral("position")))
        fail(pos->text().contains(QStringLiteral("%1 / %2").arg(c).arg(last)),
             QStringLiteral("position label \"%1\" at %2 / %3").arg(pos->text()).arg(c).arg(last));
    }
    fail(sl->isEnabled(), QStringLiteral("slider disabled with a scenario open"));
    fail(w_.action(QStringLiteral("stepBack"))->isEnabled() == (c > 0), QStringLiteral("stepBack enabled wrong at %1").arg(c));
    fail(w_.action(QStringLiteral("stepInto"))->isEnabled() == (c < last), QStringLiteral("stepInto enabled wrong at %1/%2").arg(c).arg(last));
    fail(box("variantBox")->currentText() == s->variant(),
         QStringLiteral("variant box \"%1\", session \"%2\"").arg(box("variantBox")->currentText(), s->variant()));
    fail(w_.windowTitle().contains(s->variant()), QStringLiteral("title \"%1\" lacks the variant").arg(w_.windowTitle()));
    // The graph shows only objects that exist (live or freed) in this state.
    if (e.isEmpty() && w_.graph()->layoutError().isEmpty()) {
      QSet<QString> ids;
      for (const svm::ObjInfo& o : svm::objects(trace->states[static_cast<size_t>(c)], *trace->cfg))
        ids.insert(QString::fromStdString(svm::to_string(o.id)));
      for (const QString& id : w_.graph()->visibleNodes())
        fail(ids.contains(id), QStringLiteral("graph shows %1, not an object of state %2").arg(id).arg(c));
    }
    // Compare mode: the other side is at the aligned step, and its graph there.
    fail(w_.comparing() == w_.action(QStringLiteral("compare"))->isChecked(), QStringLiteral("compare action out of sync"));
    if (w_.comparing()) {
      svmlab::Session* cs = w_.compareSession();
      fail(cs->isOpen(), QStringLiteral("compare session not open"));
      if (cs->isOpen()) {
        fail(w_.compareGraph()->stateIndex() == cs->cursor(),
             QStringLiteral("compare graph at %1, compare session at %2").arg(w_.compareGraph()->stateIndex()).arg(cs->cursor()));
        fail(w_.compareGraph()->isVisible(), QStringLiteral("compare graph hidden in compare mode"));
        fail(cs->scenario() == s->scenario(), QStringLiteral("compare runs another scenario"));
        fail(box("compareBox")->currentText() == cs->variant(),
             QStringLiteral("compare box \"%1\", compare session \"%2\"").arg(box("compareBox")->currentText(), cs->variant()));
        fail(w_.timeline()->hasCompareTrace(), QStringLiteral("timeline lacks the compare trace"));
      }
    } else {
      fail(!w_.compareGraph()->isVisible(), QStringLiteral("compare graph visible outside compare mode"));
      fail(!w_.timeline()->hasCompareTrace(), QStringLiteral("timeline keeps a compare trace outside compare mode"));
    }
    return e;
  }

  QString problem_;  // what an action itself found wrong
  MainWindow& w_;
  std::mt19937_64 rng_;
  QStringList builtins_;
  std::deque<QString> log_;
};

const std::vector<Monkey::Action>& Monkey::table() {
  static const std::vector<Action> t = {
      // Opening.
      {"open built-in", 3,
       [](Monkey& m) {
         const QString id = m.pick(m.builtins());
         const QString v = m.coin(50) ? QString() : m.pick(variantIds());
         const bool comparing = m.w().comparing();
         return m.opened(id + QLatin1Char(' ') + v, m.w().openBuiltin(id, v), comparing);
       }},
      {"scenario box", 2,
       [](Monkey& m) {
         QComboBox* b = m.box("scenarioBox");
         const int i = m.below(b->count());
         const bool comparing = m.w().comparing();
         b->setCurrentIndex(i);
         emit b->activated(i);
         return m.opened(b->itemText(i), {}, comparing);
       }},
      {"open file", 1,
       [](Monkey& m) {
         // A built-in from the source tree, or a file with an error (the session must not change).
         const QString dir = QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT);
         const QString path = m.coin(70) ? dir + QStringLiteral("/resources/scenarios/") + m.pick(m.builtins()) + QStringLiteral(".json")
                                         : dir + QStringLiteral("/tests/data/bad-after.json");
         const bool comparing = m.w().comparing();
         return m.opened(QFileInfo(path).fileName(), m.w().openFile(path), comparing);
       }},
      // Stepping with the debugger keys.
      {"F11 step into", 30, [](Monkey& m) { return m.key(Qt::Key_F11); }},
      {"F10 step over", 10, [](Monkey& m) { return m.key(Qt::Key_F10); }},
      {"Shift+F11 step out", 6, [](Monkey& m) { return m.key(Qt::Key_F11, Qt::ShiftModifier); }},
      {"Shift+F10 step back", 14, [](Monkey& m) { return m.key(Qt::Key_F10, Qt::ShiftModifier); }},
      {"F5 run to breakpoint", 5, [](Monkey& m) { return m.key(Qt::Key_F5); }},
      {"Ctrl+F5 run to end", 2, [](Monkey& m) { return m.key(Qt::Key_F5, Qt::ControlModifier); }},
      {"Home reset", 2, [](Monkey& m) { return m.key(Qt::Key_Home); }},
      {"toolbar action", 4,
       [](Monkey& m) {
         static const char* const names[] = {"stepInto", "stepOver", "stepOut", "stepBack", "runToBreakpoint", "runToEnd", "reset"};
         const char* n = names[m.below(7)];
         return QLatin1String(n) + m.trigger(n);
       }},
      // Scrubbing.
      {"slider drag", 8,
       [](Monkey& m) {
         QSlider* s = m.slider();
         const int v = m.below(s->maximum() + 1);
         s->setValue(v);
         return QString::number(v);
       }},
      {"slider keys", 3,
       [](Monkey& m) {
         QSlider* s = m.slider();
         static const Qt::Key keys[] = {Qt::Key_Right, Qt::Key_Left, Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_End};
         const Qt::Key k = keys[m.below(5)];
         QTest::keyClick(s, k);
         return QKeySequence(k).toString();
       }},
      {"timeline click", 3,
       [](Monkey& m) {
         const int i = m.below(m.s()->lastIndex() + 3) - 1;  // the view may ask for a step out of range
         emit m.w().timeline()->stepRequested(i);
         return QString::number(i);
       }},
      // Variants and compare mode.
      {"variant box", 4,
       [](Monkey& m) {
         QComboBox* b = m.box("variantBox");
         const int i = m.below(b->count());
         b->setCurrentIndex(i);
         emit b->activated(i);
         return b->itemText(i);
       }},
      {"compare toggle", 3, [](Monkey& m) { return m.trigger("compare"); }},
      {"compare box", 3,
       [](Monkey& m) {
         QComboBox* b = m.box("compareBox");
         const int i = m.below(b->count());
         b->setCurrentIndex(i);
         emit b->activated(i);
         return b->itemText(i);
       }},
      {"setCompare", 1,
       [](Monkey& m) {
         const QString v = m.coin(30) ? QString() : m.pick(variantIds());
         const QString e = m.w().setCompare(v);
         return (v.isEmpty() ? QStringLiteral("(end)") : v) + (e.isEmpty() ? QString() : QStringLiteral(" error: ") + e);
       }},
      // Choosing the thread that steps next: one that can run (as the threads
      // panel offers them).
      {"choose thread", 4,
       [](Monkey& m) -> QString {
         svmlab::Session* s = m.s();
         if (!s->isOpen() || s->cursor() >= s->lastIndex()) return QStringLiteral("(none)");
         const auto t = s->trace();
         const std::vector<int> r = svm::runnable(t->states[static_cast<size_t>(s->cursor())], *t->cfg);
         if (r.empty()) return QStringLiteral("(none runnable)");
         const int tid = r[static_cast<size_t>(m.below(static_cast<int>(r.size())))];
         const QString e = s->chooseThread(tid);
         return QString::fromStdString(t->cfg->threads[static_cast<size_t>(tid)].name) +
                (e.isEmpty() ? QString() : QStringLiteral(" error: ") + e);
       }},
      // Any thread, as the session allows: one that cannot run is refused
      // and nothing may move.
      {"choose any thread", 1,
       [](Monkey& m) -> QString {
         svmlab::Session* s = m.s();
         if (!s->isOpen()) return QStringLiteral("(none)");
         const auto t = s->trace();
         const int tid = m.below(static_cast<int>(t->cfg->threads.size()));
         const QString e = s->chooseThread(tid);
         return QString::fromStdString(t->cfg->threads[static_cast<size_t>(tid)].name) +
                (e.isEmpty() ? QString() : QStringLiteral(" refused: ") + e);
       }},
      // The window.
      {"resize", 2,
       [](Monkey& m) {
         const QSize sz(640 + m.below(1281), 480 + m.below(721));
         m.w().resize(sz);
         return QStringLiteral("%1x%2").arg(sz.width()).arg(sz.height());
       }},
      {"fit", 2,
       [](Monkey& m) {
         if (m.coin(50)) return m.key(Qt::Key_0, Qt::ControlModifier);
         return m.trigger("fit");
       }},
      {"graph zoom keys", 1,
       [](Monkey& m) {
         static const Qt::Key keys[] = {Qt::Key_Plus, Qt::Key_Minus, Qt::Key_F, Qt::Key_0};
         const Qt::Key k = keys[m.below(4)];
         QTest::keyClick(m.w().graph(), k);
         return QKeySequence(k).toString();
       }},
      {"toggle dock", 1,
       [](Monkey& m) {
         const QString name = m.coin(50) ? QStringLiteral("timelineDock") : QStringLiteral("hardwareDock");
         if (QDockWidget* d = m.w().dock(name)) d->toggleViewAction()->trigger();
         return name;
       }},
      {"hardware tab", 1,
       [](Monkey& m) {
         auto* tabs = m.w().findChild<QTabWidget*>(QStringLiteral("hardwareTabs"));
         if (!tabs || tabs->count() == 0) return QStringLiteral("(no tabs)");
         const int i = m.below(tabs->count());
         tabs->setCurrentIndex(i);
         return tabs->tabText(i);
       }},
      // Hooks: they do nothing until the main window offers the feature. When
      // it lands, call it here (export into a QTemporaryDir, a language from
      // translations/), and give the row a weight.
      {"export (hook)", 0, [](Monkey&) { return QStringLiteral("(not available yet)"); }},
      {"language (hook)", 0, [](Monkey&) { return QStringLiteral("(not available yet)"); }},
      {"presentation (hook)", 1,
       [](Monkey& m) {
         if (!m.w().action(QStringLiteral("presentation"))) return QStringLiteral("(not available yet)");
         return m.trigger("presentation");
       }},
  };
  return t;
}

}  // namespace

class TstMonkey : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase();
  void cleanupTestCase();
  void fixed_seed();
  void hardware_table_resize_loop();
  void random_seed();
  // What the monkey found, replayed step by step.
  void variant_switch_to_a_shorter_trace();
  void choosing_a_blocked_thread_keeps_the_views();
  void compare_chosen_before_opening_stays_on();

 private:
  void runMonkey(quint64 seed, int actions = 0);
};

void TstMonkey::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  qputenv("SVMLAB_NO_DIALOGS", "1");
  g_previous = qInstallMessageHandler(monkeyMessageHandler);
}

void TstMonkey::cleanupTestCase() { qInstallMessageHandler(g_previous); }

void TstMonkey::fixed_seed() { runMonkey(1); }

// A seed a random run found: a resize (#174), a step over and a step into
// made a hardware table's horizontal scroll bar and its scroll area's
// vertical one bring each other back and forth until the stack overflowed
// (hw_common.cpp, fit_height). 200 actions reach it.
void TstMonkey::hardware_table_resize_loop() { runMonkey(11251602464351432981ULL, 200); }

void TstMonkey::random_seed() {
  bool ok = false;
  const quint64 env = qEnvironmentVariable("SVMLAB_MONKEY_SEED").toULongLong(&ok);
  runMonkey(ok ? env : QRandomGenerator::system()->generate64());
}

// Under AddressSanitizer (the asan preset) everything is a few times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kDefaultActions = 1000;
#else
constexpr int kDefaultActions = 3000;
#endif

void TstMonkey::runMonkey(quint64 seed, int fixed_actions) {
  const int actions = fixed_actions > 0 ? fixed_actions : envInt("SVMLAB_MONKEY_ACTIONS", kDefaultActions);
  qInfo("monkey seed %llu, %d actions (replay: SVMLAB_MONKEY_SEED=%llu tst_monkey random_seed)", seed, actions, seed);
  g_messages.clear();
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  Monkey monkey(w, seed);
  QElapsedTimer timer;
  timer.start();
  for (int n = 1; n <= actions; ++n) {
    const QString problem = monkey.step(n);
    if (!problem.isEmpty())
      QFAIL(qPrintable(QStringLiteral("seed %1, action %2: %3\nlast actions:\n%4\nreplay: SVMLAB_MONKEY_SEED=%1 "
                                      "SVMLAB_MONKEY_ACTIONS=%2 tst_monkey random_seed")
                           .arg(seed)
                           .arg(n)
                           .arg(problem, monkey.history())));
  }
  qInfo("monkey seed %llu: %d actions in %.1f s", seed, actions, static_cast<double>(timer.elapsed()) / 1000.0);
}

// Found by the monkey (seed 1): at the end of accel-mmap-exit in v4.5 (241
// steps), switching to v4.4 (118 steps) made the main window read step 241 of
// the new trace: Session::rebuild() announced the new trace before clamping
// the cursor to it, and MainWindow::updateControls() indexed steps[cursor - 1].
void TstMonkey::variant_switch_to_a_shorter_trace() {
  g_messages.clear();
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.5")).isEmpty());
  QVERIFY(w.setCompare(QStringLiteral("v4.4")).isEmpty());
  QTest::keyClick(&w, Qt::Key_F5, Qt::ControlModifier);
  const int long_end = w.session()->lastIndex();
  auto* box = w.findChild<QComboBox*>(QStringLiteral("variantBox"));
  box->setCurrentText(QStringLiteral("v4.4"));
  emit box->activated(box->currentIndex());
  QVERIFY(w.session()->lastIndex() < long_end);
  QCOMPARE(w.session()->cursor(), w.session()->lastIndex());
  QCOMPARE(w.graph()->stateIndex(), w.session()->cursor());
  QCOMPARE(w.timeline()->cursor(), w.session()->cursor());
  QCOMPARE(w.findChild<QSlider*>(QStringLiteral("stepSlider"))->value(), w.session()->cursor());
  QCOMPARE(w.compareGraph()->stateIndex(), w.compareSession()->cursor());
  QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QStringLiteral(" | "))));
}

// Session::chooseThread() with a thread that cannot run here keeps the trace
// it had, and says why; the views must stay where they were too.
void TstMonkey::choosing_a_blocked_thread_keeps_the_views() {
  g_messages.clear();
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-dma-during-exit"), QStringLiteral("v4.5")).isEmpty());
  svmlab::Session* s = w.session();
  // The first state after a few steps where some thread cannot run.
  int blocked = -1;
  for (int i = 3; i < s->lastIndex() && blocked < 0; ++i) {
    const auto t = s->trace();
    const auto r = svm::runnable(t->states[static_cast<size_t>(i)], *t->cfg);
    for (int tid = 0; tid < static_cast<int>(t->cfg->threads.size()); ++tid)
      if (std::find(r.begin(), r.end(), tid) == r.end()) {
        s->setCursor(i);
        blocked = tid;
        break;
      }
  }
  QVERIFY(blocked >= 0);
  const int at = s->cursor();
  const auto before = s->trace();
  QVERIFY(!s->chooseThread(blocked).isEmpty());  // refused, with the reason
  QCOMPARE(s->trace(), before);
  QCOMPARE(s->cursor(), at);
  QCOMPARE(w.graph()->stateIndex(), at);
  QCOMPARE(w.timeline()->cursor(), at);
  QCOMPARE(w.findChild<QSlider*>(QStringLiteral("stepSlider"))->value(), at);
}

// Compare mode switched on before anything is open: opening a scenario shows
// both variants (it used to end compare mode: the compare session, never
// opened, had no variant to reopen with).
void TstMonkey::compare_chosen_before_opening_stays_on() {
  g_messages.clear();
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.setCompare(QStringLiteral("v4.4")).isEmpty());
  QVERIFY(w.comparing());
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.5")).isEmpty());
  QVERIFY(w.comparing());
  QVERIFY(w.action(QStringLiteral("compare"))->isChecked());
  QVERIFY(w.compareSession()->isOpen());
  QCOMPARE(w.compareSession()->variant(), QStringLiteral("v4.4"));
  QCOMPARE(w.compareGraph()->stateIndex(), w.compareSession()->cursor());
}

QTEST_MAIN(TstMonkey)
#include "tst_monkey.moc"
