// The classroom features, offscreen: presentation mode, autoplay, bookmarks,
// the "predict the next step" quiz, switching the language at run time, the
// themes, and the completeness of the translations.

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QToolButton>
#include <qcustomplot.h>
#include <QToolBar>
#include <QXmlStreamReader>
#include <QtTest>

#include "app/classroom/autoplay.h"
#include "app/classroom/bookmarks.h"
#include "app/classroom/caption.h"
#include "app/classroom/classroom.h"
#include "app/classroom/language.h"
#include "app/classroom/quiz_panel.h"
#include "app/classroom/scenario_strings.h"
#include "app/mainwindow.h"
#include "app/scenarios.h"
#include "core/engine/refs.h"
#include "core/engine/run.h"
#include "core/engine/step.h"
#include "core/report/quiz.h"
#include "views/common/core_text.h"
#include "views/narration/narration_view.h"
#include "views/refgraph/graph_view.h"
#include "views/source/source_view.h"
#include "views/timeline/timeline_view.h"
#include "views/trace/trace_model.h"
#include "views/trace/trace_view.h"

using svmlab::MainWindow;

namespace {

QString source_dir() {
  const QByteArray env = qgetenv("SVMLAB_SOURCE_DIR");
  return env.isEmpty() ? QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT) : QString::fromLocal8Bit(env);
}

QAction* act(MainWindow& w, const QString& name) { return w.findChild<QAction*>(name); }

QStringList menu_titles(MainWindow& w) {
  QStringList t;
  for (QAction* a : w.menuBar()->actions()) t << a->text();
  return t;
}

// The first state after `from` whose step reaches a milestone.
int next_milestone(const svm::Trace& t, int from) {
  for (int i = from + 1; i <= static_cast<int>(t.steps.size()); ++i)
    if (t.steps[static_cast<size_t>(i - 1)].milestone) return i;
  return -1;
}

int64_t counter_at(const svm::Trace& t, int state, svm::ObjId obj, const std::string& name) {
  for (const svm::Counter& c : svm::counters(t.states[static_cast<size_t>(state)]))
    if (c.obj == obj && c.name == name) return c.value;
  return 0;
}

}  // namespace

class TstClassroom : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase();
  void cleanup();
  void presentation_hides_chrome_and_scales();
  void presentation_from_the_command_line_options();
  void autoplay_advances_and_pauses_at_milestones();
  void bookmarks_set_and_jump();
  void shortcuts_do_not_clash();
  void quiz_generated_questions_match_the_trace();
  void quiz_accepts_right_and_wrong_answers();
  void quiz_authored_questions_follow_the_variant();
  void quiz_and_presentation_show_only_the_past();
  void toolbar_shows_text_and_compare_box_only_when_comparing();
  void source_pane_follows_the_step_and_stays_when_presenting();
  void language_switch_changes_the_menus();
  void ts_files_have_no_unfinished_entries();
  void ts_files_keep_kernel_identifiers();
  void scenario_words_are_translated();
  void core_words_are_listed_and_translated();
  void narration_shows_the_core_words_in_german();
  void themes_switch_the_palette();
};

void TstClassroom::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  qputenv("SVMLAB_NO_DIALOGS", "1");
}

void TstClassroom::cleanup() { svmlab::set_language(QStringLiteral("en")); }

void TstClassroom::presentation_hides_chrome_and_scales() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  w.session()->setCursor(103);
  auto* tb = w.findChild<QToolBar*>(QStringLiteral("steppingToolbar"));
  QVERIFY(tb);
  const double graph_pt = w.graph()->font().pointSizeF(), tb_pt = tb->font().pointSizeF();
  const double node_px = w.graph()->nodeRect(QStringLiteral("mm#1")).height() * w.graph()->zoom();
  QList<QDockWidget*> docks = w.findChildren<QDockWidget*>();
  QVERIFY(!docks.isEmpty());
  QVERIFY(!w.classroom()->caption()->isVisible());

  QAction* present = act(w, QStringLiteral("presentation"));
  QVERIFY(present && present->isCheckable());
  QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F12));
  QVERIFY(present->toolTip().contains(QStringLiteral("F12")));
  present->trigger();
  QVERIFY(w.classroom()->presenting());
  QVERIFY(present->isChecked());
  QTRY_VERIFY(w.isFullScreen());
  QVERIFY(w.menuBar()->isHidden());
  QVERIFY(w.statusBar()->isHidden());
  for (QDockWidget* d : docks)  // all but the source pane, which the class reads
    QVERIFY2(d->isHidden() == (d->objectName() != QLatin1String("sourceDock")), qPrintable(d->objectName()));
  QVERIFY(tb->isVisible());  // the step controls stay
  QVERIFY(act(w, QStringLiteral("stepInto"))->isEnabled());
  QVERIFY(!w.findChild<QWidget*>(QStringLiteral("scenarioBox"))->isVisible());
  // Large type: the toolbar, the graph's own font, the caption.
  QVERIFY(tb->font().pointSizeF() >= tb_pt * 1.5);
  QVERIFY(w.graph()->font().pointSizeF() >= graph_pt * 2.5);
  // Content zoom: a node is drawn larger on screen, not just the window.
  QTRY_VERIFY2(w.graph()->nodeRect(QStringLiteral("mm#1")).height() * w.graph()->zoom() > node_px * 1.3,
               qPrintable(QString::number(w.graph()->nodeRect(QStringLiteral("mm#1")).height() * w.graph()->zoom())));
  // The narration is a caption under the graph: the exit_files words at step 103.
  svmlab::CaptionView* cap = w.classroom()->caption();
  QVERIFY(cap->isVisible());
  QVERIFY(cap->font().pointSizeF() > 0);
  QVERIFY(cap->headingText().contains(QStringLiteral("103")));
  QVERIFY2(cap->storyText().contains(QStringLiteral("exit_files()")), qPrintable(cap->storyText()));
  QVERIFY(cap->changesText().contains(QStringLiteral("file#1 f_count 2")));
  QVERIFY(cap->mapTo(&w, QPoint(0, 0)).y() >= w.graph()->mapTo(&w, QPoint(0, w.graph()->height())).y() - 1);
  // High contrast: black on white.
  QCOMPARE(w.graph()->backgroundBrush().color(), QColor(Qt::white));

  // Esc leaves, and everything comes back.
  act(w, QStringLiteral("leavePresentation"))->trigger();
  QVERIFY(!w.classroom()->presenting());
  QTRY_VERIFY(!w.isFullScreen());
  QVERIFY(!w.menuBar()->isHidden());
  QVERIFY(!w.statusBar()->isHidden());
  QVERIFY(!w.dock(QStringLiteral("timelineDock"))->isHidden());
  QTRY_VERIFY(w.findChild<QWidget*>(QStringLiteral("scenarioBox"))->isVisible());  // the toolbar lays out lazily
  QCOMPARE(w.graph()->font().pointSizeF(), graph_pt);
  QVERIFY(!cap->isVisible());
}

void TstClassroom::presentation_from_the_command_line_options() {
  // What `svmlab screenshot --present` does: presentation at the window's size.
  MainWindow w;
  w.resize(1440, 900);
  w.classroom()->setPresenting(true, /*full_screen=*/false);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(!w.isFullScreen());
  QCOMPARE(w.size(), QSize(1440, 900));
  QVERIFY(w.menuBar()->isHidden());
}

void TstClassroom::autoplay_advances_and_pauses_at_milestones() {
  MainWindow w;
  w.show();
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  const auto t = w.session()->trace();
  svmlab::Autoplay* ap = w.classroom()->autoplay();
  ap->setInterval(10);
  QCOMPARE(ap->interval(), 10);
  const int m1 = next_milestone(*t, 0);
  QVERIFY(m1 > 1);
  QSignalSpy paused(ap, &svmlab::Autoplay::pausedAt);
  act(w, QStringLiteral("autoplay"))->trigger();
  QVERIFY(ap->isRunning());
  QTRY_VERIFY(!ap->isRunning());
  QCOMPARE(w.session()->cursor(), m1);
  QCOMPARE(paused.count(), 1);
  QCOMPARE(paused.first().first().toInt(), m1);
  QVERIFY(!act(w, QStringLiteral("autoplay"))->isChecked());
  // Again: on to the next milestone, not further.
  ap->start();
  QTRY_VERIFY(!ap->isRunning());
  QCOMPARE(w.session()->cursor(), next_milestone(*t, m1));
  // Without milestone pauses it runs to the end.
  ap->setPauseAtMilestones(false);
  ap->start();
  QTRY_VERIFY(!ap->isRunning());
  QCOMPARE(w.session()->cursor(), w.session()->lastIndex());
  // Speed presets move both ways.
  ap->setInterval(1200);
  ap->faster();
  QVERIFY(ap->interval() < 1200);
  ap->slower();
  ap->slower();
  QVERIFY(ap->interval() > 1200);
}

void TstClassroom::bookmarks_set_and_jump() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  QAction* go3 = act(w, QStringLiteral("bookmarkGo3"));
  QAction* set3 = act(w, QStringLiteral("bookmarkSet3"));
  QVERIFY(go3 && set3);
  QCOMPARE(go3->shortcut(), QKeySequence(Qt::Key_3));
  QCOMPARE(set3->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
  QVERIFY(!go3->isEnabled());  // nothing to jump to yet
  w.session()->setCursor(40);
  set3->trigger();
  QCOMPARE(w.classroom()->bookmarks()->at(3), 40);
  QVERIFY(go3->isEnabled());
  QVERIFY(go3->text().contains(QStringLiteral("40")));
  w.session()->setCursor(90);
  QTest::keyClick(&w, Qt::Key_3);  // the key, through the shortcut
  QCOMPARE(w.session()->cursor(), 40);
  w.session()->setCursor(7);
  go3->trigger();
  QCOMPARE(w.session()->cursor(), 40);
  QVERIFY(!w.classroom()->bookmarks()->jump(5));  // unset
  QCOMPARE(w.session()->cursor(), 40);
  // Another scenario: bookmarks of the old one are gone.
  QVERIFY(w.openBuiltin(QStringLiteral("gfx-exit")).isEmpty());
  QCOMPARE(w.classroom()->bookmarks()->at(3), -1);
}

void TstClassroom::shortcuts_do_not_clash() {
  MainWindow w;
  QHash<QKeySequence, QString> seen;
  for (QAction* a : w.findChildren<QAction*>())
    for (const QKeySequence& k : a->shortcuts()) {
      QVERIFY2(!seen.contains(k), qPrintable(QStringLiteral("%1: %2 and %3").arg(k.toString(), seen.value(k), a->objectName())));
      seen.insert(k, a->objectName());
    }
  QVERIFY(seen.contains(QKeySequence(Qt::Key_F11)));  // Step Into keeps F11
  QCOMPARE(seen.value(QKeySequence(Qt::Key_F12)), QStringLiteral("presentation"));
  QCOMPARE(seen.value(QKeySequence(Qt::Key_F8)), QStringLiteral("autoplay"));
}

void TstClassroom::quiz_generated_questions_match_the_trace() {
  for (const char* variant : {"v4.4", "v4.5"}) {
    MainWindow w;
    QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QString::fromLatin1(variant)).isEmpty());
    const auto t = w.session()->trace();
    const auto qs = svm::quiz_questions(*t);
    QVERIFY(qs.size() >= 4);
    bool leak = false, counter = false, freed = false;
    int last_state = -1;
    for (const svm::QuizQuestion& q : qs) {
      QVERIFY(q.state > last_state);  // ordered, one per state
      last_state = q.state;
      QVERIFY(q.answer >= 0 && q.answer < static_cast<int>(q.choices.size()));
      QVERIFY(q.choices.size() >= 2);
      QVERIFY(q.reveal >= q.state);
      switch (q.kind) {
        case svm::QuizKind::Leak:
          leak = true;
          // From the checker: v4.4 leaks, v4.5 does not.
          QCOMPARE(q.choices[static_cast<size_t>(q.answer)], std::string(variant == std::string("v4.4") ? "yes" : "no"));
          break;
        case svm::QuizKind::Counter:
          counter = true;
          QCOMPARE(q.before, counter_at(*t, q.state, q.obj, q.counter));
          QCOMPARE(q.after, counter_at(*t, q.reveal, q.obj, q.counter));
          QCOMPARE(q.choices[static_cast<size_t>(q.answer)], std::to_string(q.after));
          break;
        case svm::QuizKind::FreedNext: {
          freed = true;
          // No object is freed between the question and the reveal step, except at it.
          for (int i = q.state + 1; i < q.reveal; ++i)
            for (svm::ObjId o : t->steps[static_cast<size_t>(i - 1)].freed) QCOMPARE(o.kind, svm::Kind::Frame);
          const auto& f = t->steps[static_cast<size_t>(q.reveal - 1)].freed;
          QVERIFY(std::find(f.begin(), f.end(), q.obj) != f.end());
          break;
        }
        case svm::QuizKind::Authored: QVERIFY(q.authored); break;
      }
    }
    QVERIFY(leak);
    QVERIFY(counter);
    if (std::string(variant) == "v4.5") QVERIFY(freed);  // v4.4 frees nothing at exit
  }
}

void TstClassroom::quiz_accepts_right_and_wrong_answers() {
  MainWindow w;
  w.show();
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  svmlab::QuizPanel* quiz = w.classroom()->quiz();
  act(w, QStringLiteral("quizMode"))->trigger();
  QVERIFY(w.classroom()->quizMode());
  const auto& qs = quiz->questions();
  QVERIFY(qs.size() >= 3);

  // A wrong answer.
  const svm::QuizQuestion q1 = qs[0];
  w.session()->setCursor(q1.state);
  QVERIFY(quiz->isVisible());
  QVERIFY(quiz->pending());
  QVERIFY(!quiz->promptText().isEmpty());
  QVERIFY(!act(w, QStringLiteral("stepInto"))->isEnabled());  // predict first
  QVERIFY(!act(w, QStringLiteral("runToEnd"))->isEnabled());
  QSignalSpy answered(quiz, &svmlab::QuizPanel::answered);
  const int wrong = q1.answer == 0 ? 1 : 0;
  QVERIFY(!quiz->answer(wrong));
  QCOMPARE(answered.count(), 1);
  QCOMPARE(answered.first().at(1).toBool(), false);
  QVERIFY(!quiz->pending());
  QVERIFY2(quiz->feedbackText().contains(QStringLiteral("Not quite")), qPrintable(quiz->feedbackText()));
  QVERIFY(act(w, QStringLiteral("stepInto"))->isEnabled());
  QVERIFY(!quiz->answer(q1.answer));  // answered already: no second try
  QCOMPARE(quiz->rightAnswers(), 0);

  // A right answer, by clicking the choice.
  const svm::QuizQuestion q2 = qs[1];
  w.session()->setCursor(q2.state);
  QVERIFY(quiz->pending());
  auto* button = quiz->findChild<QPushButton*>(QStringLiteral("quizChoice%1").arg(q2.answer));
  QVERIFY(button);
  QTest::mouseClick(button, Qt::LeftButton);
  QCOMPARE(answered.count(), 2);
  QCOMPARE(answered.last().at(1).toBool(), true);
  QVERIFY(quiz->feedbackText().contains(QStringLiteral("Right")));
  QCOMPARE(quiz->rightAnswers(), 1);
  QCOMPARE(quiz->answeredCount(), 2);

  // Autoplay holds at an unanswered question.
  const svm::QuizQuestion q3 = qs[2];
  w.session()->setCursor(q3.state - 1 > q2.state ? q3.state - 1 : q2.state);
  svmlab::Autoplay* ap = w.classroom()->autoplay();
  ap->setPauseAtMilestones(false);
  ap->setInterval(10);
  ap->start();
  QTRY_VERIFY(!ap->isRunning());
  QCOMPARE(w.session()->cursor(), q3.state);
  QVERIFY(quiz->pending());
  quiz->skip();
  QVERIFY(!quiz->pending());
  QVERIFY(act(w, QStringLiteral("stepInto"))->isEnabled());

  // Quiz mode off: nothing waits.
  act(w, QStringLiteral("quizMode"))->trigger();
  w.session()->setCursor(qs.back().state);
  QVERIFY(!quiz->isVisible());
  QVERIFY(act(w, QStringLiteral("stepInto"))->isEnabled());
}

void TstClassroom::quiz_authored_questions_follow_the_variant() {
  QString e;
  const auto s = svmlab::resolve_scenario(QStringLiteral("gfx-exit"), &e);
  QVERIFY2(s, qPrintable(e));
  QVERIFY(s->questions.size() >= 3);
  for (const char* variant : {"v4.4", "v4.5"}) {
    MainWindow w;
    QVERIFY(w.openBuiltin(QStringLiteral("gfx-exit"), QString::fromLatin1(variant)).isEmpty());
    const auto qs = svm::quiz_questions(*w.session()->trace());
    int authored = 0;
    for (const svm::QuizQuestion& q : qs)
      if (q.kind == svm::QuizKind::Authored) {
        ++authored;
        QVERIFY(q.authored->variant.empty() || q.authored->variant == variant);
        if (q.authored->at == "bind") {
          // The bind step follows the question.
          QVERIFY(w.session()->trace()->steps[static_cast<size_t>(q.state)].milestone == svm::Milestone::Bind);
          QCOMPARE(q.choices[static_cast<size_t>(q.answer)],
                   std::string(variant == std::string("v4.4") ? "mm_users and mm_count" : "mm_count only"));
        }
      }
    QCOMPARE(authored, 2);  // one bind question for this variant, one for every variant
  }
}

// The trace view's visible rows: the steps they stand for.
QList<int> trace_rows(MainWindow& w) {
  QList<int> out;
  const QAbstractItemModel* m = w.traceView()->proxyModel();
  for (int r = 0; r < m->rowCount(); ++r) out << m->index(r, 0).data(svmlab::TraceModel::StateRole).toInt();
  return out;
}

// The furthest step any timeline graph has a point at.
double last_plotted(MainWindow& w) {
  double last = -1;
  QCustomPlot* p = w.timeline()->plot();
  for (int g = 0; g < p->graphCount(); ++g)
    if (!p->graph(g)->data()->isEmpty()) last = std::max(last, (p->graph(g)->data()->constEnd() - 1)->key);
  return last;
}

void TstClassroom::quiz_and_presentation_show_only_the_past() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  const int last = w.session()->lastIndex();
  QAction* past = act(w, QStringLiteral("showOnlyPast"));
  QVERIFY(past && past->isCheckable());
  QVERIFY(w.findChild<QMenu*>(QStringLiteral("viewMenu"))->actions().contains(past));
  w.session()->setCursor(40);
  // By default the whole run is drawn and listed.
  QVERIFY(!past->isChecked());
  QCOMPARE(last_plotted(w), double(last));
  QCOMPARE(trace_rows(w).last(), last);

  // The quiz hides the future: no point, no trace row past the cursor.
  act(w, QStringLiteral("quizMode"))->trigger();
  QVERIFY(w.classroom()->quizMode());
  QVERIFY(past->isChecked());
  for (int at : {40, 59, 90}) {
    w.session()->setCursor(at);
    QVERIFY2(last_plotted(w) <= at, qPrintable(QString::number(last_plotted(w))));
    QVERIFY(last_plotted(w) >= 0);
    for (int step : trace_rows(w)) QVERIFY(step <= at);
    QVERIFY(trace_rows(w).contains(at));
    // The graph draws only objects there by the cursor: none a later step allocates.
    const auto t = w.session()->trace();
    QSet<QString> by_now;
    for (const svm::ObjInfo& o : svm::objects(t->states[0], *t->cfg)) by_now << QString::fromStdString(svm::to_string(o.id));
    for (int i = 1; i <= at; ++i)
      for (svm::ObjId o : t->steps[static_cast<size_t>(i - 1)].born) by_now << QString::fromStdString(svm::to_string(o));
    int later = 0;
    for (int i = at + 1; i <= last; ++i)
      for (svm::ObjId o : t->steps[static_cast<size_t>(i - 1)].born) {
        const QString id = QString::fromStdString(svm::to_string(o));
        if (by_now.contains(id)) continue;
        QVERIFY2(!w.graph()->visibleNodes().contains(id), qPrintable(id));
        later += w.graph()->nodeIds().contains(id);
      }
    if (at < 59) QVERIFY(later > 0);  // the file and the binding come later: there was something to hide
  }
  // The toggle still works in the quiz (a teacher showing the whole run) ...
  past->trigger();
  QCOMPARE(last_plotted(w), double(last));
  past->trigger();
  QVERIFY(last_plotted(w) <= 90);
  // ... and leaving it puts back the reader's own choice: the whole run.
  act(w, QStringLiteral("quizMode"))->trigger();
  QVERIFY(!past->isChecked());
  QCOMPARE(last_plotted(w), double(last));
  QCOMPARE(trace_rows(w).last(), last);

  // Presentation mode: the same default.
  w.classroom()->setPresenting(true, /*full_screen=*/false);
  QVERIFY(past->isChecked());
  QVERIFY(w.timeline()->showsOnlyPast());
  QVERIFY(w.traceView()->showsOnlyPast());
  QVERIFY(last_plotted(w) <= 90);
  w.classroom()->setPresenting(false);
  QVERIFY(!past->isChecked());
  // Chosen outside both, it stays after them.
  past->trigger();
  QVERIFY(w.timeline()->showsOnlyPast());
  act(w, QStringLiteral("quizMode"))->trigger();
  act(w, QStringLiteral("quizMode"))->trigger();
  QVERIFY(past->isChecked());
  QVERIFY(last_plotted(w) <= 90);
}

void TstClassroom::toolbar_shows_text_and_compare_box_only_when_comparing() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  auto* tb = w.findChild<QToolBar*>(QStringLiteral("steppingToolbar"));
  QVERIFY(tb);
  QCOMPARE(tb->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
  const QMap<QString, QString> words = {{"reset", "Reset"},     {"stepBack", "Back"},       {"stepInto", "Into"},
                                        {"stepOver", "Over"},   {"stepOut", "Out"},         {"runToBreakpoint", "Continue"},
                                        {"runToEnd", "To End"}, {"autoplay", "Play"},       {"quizMode", "Quiz"},
                                        {"compare", "Compare"}, {"presentation", "Present"}};
  QTRY_VERIFY(tb->widgetForAction(act(w, QStringLiteral("stepInto"))) != nullptr);
  for (auto it = words.begin(); it != words.end(); ++it) {
    auto* b = qobject_cast<QToolButton*>(tb->widgetForAction(act(w, it.key())));
    QVERIFY2(b, qPrintable(it.key()));
    QCOMPARE(b->text(), it.value());
    QCOMPARE(b->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
    QVERIFY2(b->isVisible() && b->x() + b->width() <= tb->width(), qPrintable(it.key()));  // not in the overflow menu
  }
  // Every button of the toolbar fits in the default window: none overflows.
  for (QAction* a : tb->actions())
    if (QWidget* wi = tb->widgetForAction(a); wi && a->isVisible()) QVERIFY2(wi->isVisible(), qPrintable(a->objectName()));
  // The toggle hides the words.
  act(w, QStringLiteral("toolbarText"))->trigger();
  QCOMPARE(tb->toolButtonStyle(), Qt::ToolButtonIconOnly);
  act(w, QStringLiteral("toolbarText"))->trigger();
  QCOMPARE(tb->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
  // In German the words are German.
  svmlab::set_language(QStringLiteral("de"));
  QTRY_COMPARE(qobject_cast<QToolButton*>(tb->widgetForAction(act(w, QStringLiteral("stepBack"))))->text(), QStringLiteral("Zurück"));
  svmlab::set_language(QStringLiteral("en"));

  // The compare-variant box: only while comparing.
  QWidget* box = w.findChild<QWidget*>(QStringLiteral("compareBox"));
  QVERIFY(box);
  QVERIFY(!box->isVisible());
  QVERIFY(w.setCompare(QStringLiteral("v4.5")).isEmpty());
  QTRY_VERIFY(box->isVisible());
  // With the box the toolbar still fits the 1440 px window: nothing in its overflow menu.
  QCOMPARE(w.width(), 1440);
  for (QAction* a : tb->actions())
    if (QWidget* wi = tb->widgetForAction(a); wi && a->isVisible()) QTRY_VERIFY2(wi->isVisible(), qPrintable(a->objectName()));
  QVERIFY(w.setCompare(QString()).isEmpty());
  QTRY_VERIFY(!box->isVisible());
  act(w, QStringLiteral("compare"))->trigger();
  QTRY_VERIFY(box->isVisible());
  act(w, QStringLiteral("compare"))->trigger();
  QTRY_VERIFY(!box->isVisible());
}

void TstClassroom::source_pane_follows_the_step_and_stays_when_presenting() {
  MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  const auto t = w.session()->trace();
  svmlab::SourceView* src = w.sourceView();
  QVERIFY(src);
  QDockWidget* dock = w.dock(QStringLiteral("sourceDock"));
  QVERIFY(dock && dock->isVisible());
  // Under the trace, both on screen at once.
  QDockWidget* trace = w.dock(QStringLiteral("traceDock"));
  QVERIFY(trace->isVisible());
  QVERIFY(dock->geometry().top() >= trace->geometry().bottom());
  QVERIFY(dock->geometry().left() < trace->geometry().right() && trace->geometry().left() < dock->geometry().right());
  for (int at : {1, 59, 103, 118}) {
    w.session()->setCursor(at);
    QCOMPARE(src->highlightedText(), QString::fromStdString(std::string(t->steps[static_cast<size_t>(at) - 1].text)));
  }
  // A click on do_exit() in the stack at a line of exit_files() shows the call.
  int at = -1;
  for (const svm::StepRecord& s : t->steps)
    if (s.fn == svm::FnId::exit_files && s.kind == svm::StepKind::Op) at = s.index;
  QVERIFY(at > 0);
  w.session()->setCursor(at);
  QListWidget* stack = src->stackList();
  int row = -1;
  for (int r = 0; r < stack->count(); ++r)
    if (stack->item(r)->text().startsWith(QStringLiteral("do_exit()"))) row = r;
  QVERIFY(row > 0);
  QTest::mouseClick(stack->viewport(), Qt::LeftButton, {}, stack->visualItemRect(stack->item(row)).center());
  QCOMPARE(src->shownFunction(), QStringLiteral("do_exit"));
  QCOMPARE(src->highlightedText(), QStringLiteral("exit_files(tsk);"));
  // The next step shows its own line again.
  w.session()->setCursor(at + 1);
  QCOMPARE(src->highlightedText(), QString::fromStdString(std::string(t->steps[static_cast<size_t>(at)].text)));

  // Presenting: the pane stays, in large type.
  const double pt = src->font().pointSizeF();
  w.classroom()->setPresenting(true, /*full_screen=*/false);
  QVERIFY(dock->isVisible());
  QVERIFY(src->font().pointSizeF() >= pt * 1.5);
  QVERIFY(!trace->isVisible());
  w.session()->setCursor(59);
  QCOMPARE(src->highlightedText(), QString::fromStdString(std::string(t->steps[58].text)));
  w.classroom()->setPresenting(false);
  QCOMPARE(src->font().pointSizeF(), pt);
  QVERIFY(trace->isVisible());
}

void TstClassroom::language_switch_changes_the_menus() {
  MainWindow w;
  w.show();
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  w.session()->setCursor(103);
  QCOMPARE(menu_titles(w), (QStringList{"&File", "&Run", "&View", "&Help"}));
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  QTRY_COMPARE(menu_titles(w).value(0), QStringLiteral("&Datei"));
  QCOMPARE(svmlab::current_language(), QStringLiteral("de"));
  QVERIFY(act(w, QStringLiteral("language_de"))->isChecked());
  QCOMPARE(act(w, QStringLiteral("stepInto"))->text(), QCoreApplication::translate("svmlab::MainWindow", "Step &Into"));
  QVERIFY(act(w, QStringLiteral("stepInto"))->text() != QStringLiteral("Step &Into"));
  QVERIFY(act(w, QStringLiteral("presentation"))->text() != QStringLiteral("&Presentation Mode"));
  QVERIFY(w.findChild<QMenu*>(QStringLiteral("languageMenu"))->title() != QStringLiteral("&Language"));
  QVERIFY(w.dock(QStringLiteral("timelineDock"))->windowTitle() != QStringLiteral("Counters over time"));
  // The narration of the built-in scenario too, and the position.
  w.classroom()->setPresenting(true, false);
  QVERIFY2(!w.classroom()->caption()->storyText().startsWith(QStringLiteral("exit_files() drops")),
           qPrintable(w.classroom()->caption()->storyText()));
  QVERIFY(!w.classroom()->caption()->headingText().startsWith(QStringLiteral("Step 103")));
  w.classroom()->setPresenting(false, false);
  // At step 0 the status bar names the scenario: by its German title too.
  const QString title = QString::fromStdString(w.session()->trace()->cfg->scenario->title);
  const QString titleDe = QCoreApplication::translate("scenario", title.toUtf8().constData());
  QVERIFY2(titleDe != title, qPrintable(titleDe));
  w.session()->setCursor(0);
  QTRY_COMPARE(w.statusBar()->currentMessage(), titleDe);
  w.session()->setCursor(103);
  w.classroom()->setPresenting(true, false);

  QCOMPARE(svmlab::set_language(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
  QTRY_VERIFY(menu_titles(w).value(0).contains(QStringLiteral("\u6587\u4ef6")));  // 文件
  QCOMPARE(svmlab::set_language(QStringLiteral("en_US")), QStringLiteral("en"));
  QTRY_COMPARE(menu_titles(w), (QStringList{"&File", "&Run", "&View", "&Help"}));
  QCOMPARE(act(w, QStringLiteral("stepInto"))->text(), QStringLiteral("Step &Into"));
  QVERIFY(w.classroom()->caption()->storyText().startsWith(QStringLiteral("exit_files() drops")));
  QCOMPARE(svmlab::set_language(QStringLiteral("de_AT")), QStringLiteral("de"));  // by language
  QCOMPARE(svmlab::set_language(QStringLiteral("xx")), QStringLiteral("en"));
}

void TstClassroom::ts_files_have_no_unfinished_entries() {
  for (const QString& lang : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
    QFile f(source_dir() + QStringLiteral("/translations/svmlab_%1.ts").arg(lang));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QXmlStreamReader xml(&f);
    int messages = 0, unfinished = 0, empty = 0;
    QString source, first_bad;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement()) continue;
      if (xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.name() == QLatin1String("translation")) {
        ++messages;
        const QString type = xml.attributes().value(QLatin1String("type")).toString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        const bool bad_type = type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
        if (bad_type) ++unfinished;
        if (text.trimmed().isEmpty()) ++empty;
        if ((bad_type || text.trimmed().isEmpty()) && first_bad.isEmpty()) first_bad = source;
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 500, qPrintable(QString::number(messages)));
    QVERIFY2(unfinished == 0 && empty == 0,
             qPrintable(QStringLiteral("%1: %2 unfinished, %3 empty, e.g. \"%4\"").arg(lang).arg(unfinished).arg(empty).arg(first_bad)));
  }
}

void TstClassroom::ts_files_keep_kernel_identifiers() {
  // Kernel identifiers are never translated: each one in a source is in its translation.
  const QStringList ids = {"mm_users", "mm_count", "exit_mmap", "exit_mm()", "f_count", "PASID", "IOTLB", "mmput"};
  for (const QString& lang : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
    QFile f(source_dir() + QStringLiteral("/translations/svmlab_%1.ts").arg(lang));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString source;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement()) continue;
      if (xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.name() == QLatin1String("translation")) {
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        for (const QString& id : ids)
          QVERIFY2(!source.contains(id) || text.contains(id),
                   qPrintable(QStringLiteral("%1: \"%2\" lost %3: %4").arg(lang, source, id, text)));
        for (const char* arg : {"%1", "%2", "%3"})
          QVERIFY2(source.contains(arg) == text.contains(arg), qPrintable(QStringLiteral("%1: %2 in \"%3\"").arg(lang, arg, source)));
      }
    }
  }
}

void TstClassroom::scenario_words_are_translated() {
  // Every word of accel-mmap-exit and gfx-exit is in the generated list
  // (scripts/scenario_strings.py is not stale) and has a translation.
  QSet<QString> listed;
  for (int i = 0; i < svmlab::kScenarioStringCount; ++i) listed.insert(QString::fromUtf8(svmlab::kScenarioStrings[i]));
  for (const svmlab::BuiltinInfo& b : svmlab::builtin_scenarios()) {
    QString e;
    const auto s = svmlab::resolve_scenario(b.id, &e);
    QVERIFY2(s, qPrintable(e));
    QStringList words = {QString::fromStdString(s->title), QString::fromStdString(s->summary)};
    for (const auto& n : s->narration) words << QString::fromStdString(n.text);
    for (const auto& q : s->questions) {
      words << QString::fromStdString(q.prompt);
      for (const auto& c : q.choices) words << QString::fromStdString(c);
    }
    for (const QString& wd : words) QVERIFY2(listed.contains(wd), qPrintable(b.id + QStringLiteral(": not listed: ") + wd));
  }
  for (const QString& lang : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
    QCOMPARE(svmlab::set_language(lang), lang);
    for (const QString& wd : std::as_const(listed)) {
      const QString t = QCoreApplication::translate("scenario", wd.toUtf8().constData());
      static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));  // mm_users stays mm_users
      QVERIFY2(t != wd || identifier.match(wd).hasMatch(), qPrintable(lang + QStringLiteral(": untranslated: ") + wd));
    }
  }
}

void TstClassroom::core_words_are_listed_and_translated() {
  // The generated list is current (scripts/core_strings.py --check), ...
  const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
  if (!python.isEmpty()) {
    QProcess p;
    p.start(python, {source_dir() + QStringLiteral("/scripts/core_strings.py"), QStringLiteral("--check")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, qPrintable(QStringLiteral("views/common/core_strings.cpp is stale: run scripts/core_strings.py. ") +
                                           QString::fromUtf8(p.readAllStandardError())));
  }
  QSet<QString> listed;
  for (int i = 0; i < svmlab::kCoreStringCount; ++i) listed.insert(QString::fromUtf8(svmlab::kCoreStrings[i]));
  // ... and every template the model uses in the built-in scenarios, in
  // every variant, is in it (a literal that missed its N_() is not).
  QSet<QString> used;
  for (const svmlab::BuiltinInfo& b : svmlab::builtin_scenarios()) {
    QString e;
    const auto s = svmlab::resolve_scenario(b.id, &e);
    QVERIFY2(s, qPrintable(e));
    for (const svm::Variant& v : svm::all_variants()) {
      auto cfg = std::make_shared<svm::Config>();
      if (!svm::make_config(s, v, *cfg).empty()) continue;
      const svm::Trace t = svm::simulate(cfg);
      std::vector<std::string> tmpls;
      for (const svm::StepRecord& st : t.steps) {
        st.note.templates(tmpls);
        for (const svm::Violation& x : st.violations) x.message.templates(tmpls);
      }
      for (const svm::Violation& x : t.end) x.message.templates(tmpls);
      for (size_t i = 0; i < t.states.size(); i += 7)
        for (int th = 0; th < static_cast<int>(cfg->threads.size()); ++th)
          if (const svm::Wait w = svm::waiting(t.states[i], *cfg, th); w && *w.what) tmpls.push_back(w.what);
      for (const std::string& x : tmpls) {
        QVERIFY2(listed.contains(QString::fromStdString(x)), qPrintable(b.id + QStringLiteral(": not listed: ") + QString::fromStdString(x)));
        used.insert(QString::fromStdString(x));
      }
    }
  }
  QVERIFY(used.size() > 40);
  // Every listed template has a translation (kernel messages and lone
  // identifiers may keep their words; placeholders must all survive).
  static const QRegularExpression keeps(QStringLiteral("^([a-z_]+|%1 %2|%1\\.|%1 in %2\\(\\)| \\(%1\\)|kernel BUG .*)$"));
  for (const QString& lang : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
    QCOMPARE(svmlab::set_language(lang), lang);
    for (const QString& src : std::as_const(listed)) {
      const QString t = QCoreApplication::translate(svmlab::kCoreContext, src.toUtf8().constData());
      QVERIFY2(t != src || keeps.match(src).hasMatch(), qPrintable(lang + QStringLiteral(": untranslated: ") + src));
      for (int n = 1; n <= 9; ++n) {
        const QString arg = QStringLiteral("%") + QString::number(n);
        QVERIFY2(src.contains(arg) == t.contains(arg), qPrintable(lang + QStringLiteral(": ") + arg + QStringLiteral(" in ") + src));
      }
    }
  }
}

void TstClassroom::narration_shows_the_core_words_in_german() {
  MainWindow w;
  w.show();
  QVERIFY(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")).isEmpty());
  const auto trace = w.session()->trace();
  QVERIFY(trace);
  // A step whose words are the model's own note.
  int step = 0;
  for (const svm::StepRecord& s : trace->steps)
    if (s.note.english() == "The task is exiting: PF_EXITING is set.") step = s.index;
  QVERIFY(step > 0);
  w.session()->setCursor(step);
  QVERIFY(w.narration()->plainText().contains(QStringLiteral("The task is exiting: PF_EXITING is set.")));
  QCOMPARE(svmlab::set_language(QStringLiteral("de")), QStringLiteral("de"));
  QTRY_VERIFY2(w.narration()->plainText().contains(QStringLiteral("Der Task beendet sich: PF_EXITING ist gesetzt.")),
               qPrintable(w.narration()->plainText()));
  QVERIFY(!w.narration()->plainText().contains(QStringLiteral("The task is exiting")));
  // A note with an argument: the PASID is filled into the German sentence.
  for (const svm::StepRecord& s : trace->steps)
    if (s.note.tmpl() == "PASID %1 allocated.") step = s.index;
  w.session()->setCursor(step);
  QVERIFY2(w.narration()->plainText().contains(QStringLiteral("PASID 0 vergeben.")), qPrintable(w.narration()->plainText()));
  // The v4.4 leak at the end of the run, in German, cycle and PASID included.
  w.session()->setCursor(static_cast<int>(trace->steps.size()));
  const QString end = w.narration()->plainText();
  QVERIFY2(end.contains(QStringLiteral("Objekte, die keine laufende Task erreicht: mm#1, vma#1")), qPrintable(end));
  QVERIFY2(end.contains(QStringLiteral("im Zyklus mm#1 -> vma#1 -> file#1 -> svm#1 -> mm#1 (mm#1 besitzt vma#1")), qPrintable(end));
  QVERIFY2(end.contains(QStringLiteral("PASID 0 ist in der PASID-Tabelle noch vorhanden")), qPrintable(end));
  QVERIFY(!end.contains(QStringLiteral("unreferenced objects")));
  // The graph's node details too: the leaked notifier is still hooked on the mm.
  const int last = static_cast<int>(trace->steps.size());
  auto notifierDetail = [&w, last] {
    const auto* gm = w.graph()->model();
    const int n = gm ? gm->nodeIndex(QStringLiteral("notifier#1")) : -1;
    return n < 0 ? QString() : gm->node(last, n).detail;
  };
  QTRY_COMPARE(notifierDetail(), QStringLiteral("am mm eingeh\u00e4ngt"));
  // Simplified Chinese, then back to English: the panel re-words itself.
  QCOMPARE(svmlab::set_language(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
  QTRY_VERIFY2(w.narration()->plainText().contains(QStringLiteral("\u6ca1\u6709\u4efb\u4f55\u8fd0\u884c\u4e2d\u7684\u4efb\u52a1\u80fd\u8bbf\u95ee\u5230\u7684\u5bf9\u8c61\uff1amm#1")),  // 没有任何运行中的任务能访问到的对象：mm#1
               qPrintable(w.narration()->plainText()));
  QCOMPARE(svmlab::set_language(QStringLiteral("en")), QStringLiteral("en"));
  QTRY_VERIFY(w.narration()->plainText().contains(QStringLiteral("objects no running task can reach: mm#1")));
  QTRY_COMPARE(notifierDetail(), QStringLiteral("hooked on the mm"));
  // The command line's and the exports' English is untouched.
  QVERIFY(trace->end.front().message.english().starts_with("objects no running task can reach: mm#1"));
}

void TstClassroom::themes_switch_the_palette() {
  MainWindow w;
  w.show();
  QVERIFY(w.openBuiltin(QStringLiteral("gfx-exit")).isEmpty());
  w.classroom()->setTheme(svmlab::Theme::Dark);
  QVERIFY(act(w, QStringLiteral("theme_dark"))->isChecked());
  QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
  QCOMPARE(w.graph()->backgroundBrush().color(), svmlab::Palette::dark().background);
  w.classroom()->setTheme(svmlab::Theme::Light);
  QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
  QCOMPARE(w.graph()->backgroundBrush().color(), svmlab::Palette::light().background);
  // Presentation wins over the theme while it lasts, then the theme is back.
  w.classroom()->setTheme(svmlab::Theme::Dark);
  w.classroom()->setPresenting(true, false);
  QCOMPARE(w.graph()->backgroundBrush().color(), svmlab::Palette::projector().background);
  w.classroom()->setPresenting(false);
  QCOMPARE(w.graph()->backgroundBrush().color(), svmlab::Palette::dark().background);
  w.classroom()->setTheme(svmlab::Theme::System);
}

QTEST_MAIN(TstClassroom)
#include "tst_classroom.moc"
