#include "app/classroom/classroom.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "app/classroom/autoplay.h"
#include "app/classroom/bookmarks.h"
#include "app/classroom/caption.h"
#include "app/classroom/language.h"
#include "app/classroom/quiz_panel.h"
#include "app/mainwindow.h"
#include "views/refgraph/graph_view.h"
#include "views/source/source_view.h"
#include "views/timeline/timeline_view.h"
#include "views/trace/trace_view.h"

namespace svmlab {

namespace {

const char* kForward[] = {"stepInto", "stepOver", "stepOut", "runToBreakpoint", "runToEnd"};
// Toolbar widgets presentation mode hides: choosing is for before class.
const QStringList kChooserBoxes = {QStringLiteral("scenarioBox"), QStringLiteral("variantBox"), QStringLiteral("compareBox")};

void set_texts(QAction* a, const QString& text, const QString& tip) {
  a->setText(text);
  const QKeySequence key = a->shortcut();
  a->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
  a->setStatusTip(tip);
}

QFont scaled(QFont f, double s) {
  f.setPointSizeF((f.pointSizeF() > 0 ? f.pointSizeF() : 10.0) * s);
  return f;
}

}  // namespace

Classroom::Classroom(MainWindow* w)
    : QObject(w),
      w_(w),
      autoplay_(new Autoplay(w->session(), this)),
      bookmarks_(new Bookmarks(w->session(), this)),
      quiz_(new QuizPanel),
      caption_(new CaptionView) {
  setObjectName(QStringLiteral("classroom"));
  // Under the graph: the quiz panel and (presenting) the caption.
  auto* box = new QWidget;
  box->setObjectName(QStringLiteral("centreBox"));
  auto* lay = new QVBoxLayout(box);
  lay->setContentsMargins(0, 0, 0, 0);
  lay->setSpacing(0);
  lay->addWidget(w->takeCentralWidget(), 1);
  lay->addWidget(quiz_);
  lay->addWidget(caption_);
  caption_->hide();
  w->setCentralWidget(box);

  autoplay_->setHoldAt([this](int s) { return quiz_mode_ && quiz_->hasQuestionAt(s) && !quiz_->isAnswered(s); });
  connect(w->session(), &Session::traceChanged, this, &Classroom::onTraceChanged);
  connect(w->session(), &Session::cursorChanged, this, &Classroom::onCursorChanged);
  connect(quiz_, &QuizPanel::pendingChanged, this, &Classroom::gateForwardSteps);
  connect(quiz_, &QuizPanel::revealRequested, this, [this](int s) { w_->session()->setCursor(s); });
  connect(bookmarks_, &Bookmarks::changed, this, &Classroom::updateBookmarkTexts);
  buildActions();
  buildMenus();
  retranslate();
  w->installEventFilter(this);
  apply_theme(theme_, w_);
}

Classroom::~Classroom() = default;

QAction* Classroom::make(const QString& name, const QKeySequence& key, std::function<void()> slot, bool checkable) {
  auto* a = new QAction(w_);
  a->setObjectName(name);
  if (!key.isEmpty()) a->setShortcut(key);
  a->setCheckable(checkable);
  connect(a, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
  w_->addAction(a);  // shortcuts work while the menu bar is hidden
  actions_[name] = a;
  return a;
}

void Classroom::buildActions() {
  QAction* p = make(QStringLiteral("presentation"), QKeySequence(Qt::Key_F12), [this] { setPresenting(!presenting_); }, true);
  p->setIcon(QIcon(QStringLiteral(":/icons/presentation.svg")));
  make(QStringLiteral("leavePresentation"), QKeySequence(Qt::Key_Escape), [this] { setPresenting(false); })->setEnabled(false);
  QAction* play = make(QStringLiteral("autoplay"), QKeySequence(Qt::Key_F8), [this] { autoplay_->toggle(); }, true);
  play->setIcon(QIcon(QStringLiteral(":/icons/autoplay.svg")));
  connect(autoplay_, &Autoplay::runningChanged, this, [this, play](bool on) {
    play->setChecked(on);
    play->setIcon(QIcon(on ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/autoplay.svg")));
  });
  make(QStringLiteral("autoplayFaster"), QKeySequence(Qt::Key_BracketRight), [this] { autoplay_->faster(); });
  make(QStringLiteral("autoplaySlower"), QKeySequence(Qt::Key_BracketLeft), [this] { autoplay_->slower(); });
  QAction* pause = make(QStringLiteral("pauseAtMilestones"), {}, [this] {
    autoplay_->setPauseAtMilestones(actions_["pauseAtMilestones"]->isChecked());
  }, true);
  pause->setChecked(autoplay_->pausesAtMilestones());
  for (int n = 1; n <= Bookmarks::kCount; ++n) {
    make(QStringLiteral("bookmarkSet%1").arg(n), QKeySequence(Qt::CTRL | (Qt::Key_0 + n)), [this, n] { bookmarks_->set(n); });
    make(QStringLiteral("bookmarkGo%1").arg(n), QKeySequence(Qt::Key_0 + n), [this, n] { bookmarks_->jump(n); })->setEnabled(false);
  }
  QAction* quiz = make(QStringLiteral("quizMode"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] {
    setQuizMode(actions_["quizMode"]->isChecked());
  }, true);
  quiz->setIcon(QIcon(QStringLiteral(":/icons/quiz.svg")));
  make(QStringLiteral("showOnlyPast"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
    const bool on = actions_["showOnlyPast"]->isChecked();
    if (!quiz_mode_ && !presenting_) own_past_only_ = on;  // the reader's own choice, kept for later
    applyShowOnlyPast(on);
  }, true);
  // A presenter's remote sends Page Down / Page Up.
  make(QStringLiteral("remoteNext"), QKeySequence(Qt::Key_PageDown), [this] {
    if (QAction* a = w_->action(QStringLiteral("stepInto")); a && a->isEnabled()) a->trigger();
  });
  make(QStringLiteral("remotePrevious"), QKeySequence(Qt::Key_PageUp), [this] {
    if (QAction* a = w_->action(QStringLiteral("stepBack")); a && a->isEnabled()) a->trigger();
  });

  languages_ = new QActionGroup(this);
  for (const QString& code : available_languages()) {
    QAction* a = make(QStringLiteral("language_%1").arg(code), {}, [code] { set_language(code); }, true);
    a->setText(language_name(code));  // each language in its own words, never translated
    a->setChecked(code == current_language());
    languages_->addAction(a);
  }
  themes_ = new QActionGroup(this);
  for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
    QAction* a = make(QStringLiteral("theme_%1").arg(theme_id(t)), {}, [this, t] { setTheme(t); }, true);
    a->setChecked(t == theme_);
    themes_->addAction(a);
  }
}

void Classroom::buildMenus() {
  QMenu* view = w_->findChild<QMenu*>(QStringLiteral("viewMenu"));
  if (!view) view = w_->menuBar()->addMenu(QString());
  view->addSeparator();
  view->addAction(actions_["presentation"]);
  view->addAction(actions_["quizMode"]);
  view->addAction(actions_["showOnlyPast"]);
  view->addAction(actions_["autoplay"]);
  speed_menu_ = view->addMenu(QString());
  speed_menu_->setObjectName(QStringLiteral("autoplayMenu"));
  speed_menu_->addAction(actions_["autoplayFaster"]);
  speed_menu_->addAction(actions_["autoplaySlower"]);
  speed_menu_->addAction(actions_["pauseAtMilestones"]);
  bookmarks_menu_ = view->addMenu(QString());
  bookmarks_menu_->setObjectName(QStringLiteral("bookmarksMenu"));
  for (int n = 1; n <= Bookmarks::kCount; ++n) bookmarks_menu_->addAction(actions_[QStringLiteral("bookmarkGo%1").arg(n)]);
  bookmarks_menu_->addSeparator();
  for (int n = 1; n <= Bookmarks::kCount; ++n) bookmarks_menu_->addAction(actions_[QStringLiteral("bookmarkSet%1").arg(n)]);
  view->addSeparator();
  language_menu_ = view->addMenu(QString());
  language_menu_->setObjectName(QStringLiteral("languageMenu"));
  language_menu_->addActions(languages_->actions());
  theme_menu_ = view->addMenu(QString());
  theme_menu_->setObjectName(QStringLiteral("themeMenu"));
  theme_menu_->addActions(themes_->actions());

  // Play/pause beside the stepping buttons, presentation at the end.
  if (auto* tb = w_->findChild<QToolBar*>(QStringLiteral("steppingToolbar"))) {
    QAction* before = nullptr;
    for (QAction* a : tb->actions())
      if (QWidget* wi = tb->widgetForAction(a); wi && wi->objectName() == QLatin1String("stepSlider")) before = a;
    tb->insertAction(before, actions_["autoplay"]);
    tb->insertAction(before, actions_["quizMode"]);
    tb->addSeparator();
    tb->addAction(actions_["presentation"]);
  }
}

void Classroom::retranslate() {
  set_texts(actions_["presentation"], tr("&Presentation Mode"),
            tr("Full screen, large type, only the step controls: for a projector. F11 is Step Into, so this is F12"));
  set_texts(actions_["leavePresentation"], tr("Leave Presentation Mode"), tr("Back to the normal window"));
  set_texts(actions_["autoplay"], tr("&Autoplay"), tr("Step on a timer; pauses at each milestone"));
  // Under the toolbar's icons: a word each.
  actions_["autoplay"]->setIconText(tr("Play"));
  actions_["quizMode"]->setIconText(tr("Quiz"));
  actions_["presentation"]->setIconText(tr("Present"));
  set_texts(actions_["autoplayFaster"], tr("&Faster"), tr("Autoplay faster"));
  set_texts(actions_["autoplaySlower"], tr("&Slower"), tr("Autoplay slower"));
  set_texts(actions_["pauseAtMilestones"], tr("&Pause at Milestones"), tr("Autoplay stops at every milestone of the story"));
  set_texts(actions_["quizMode"], tr("Predict the &Next Step"),
            tr("Quiz mode: at key steps, predict what happens before it is shown"));
  set_texts(actions_["showOnlyPast"], tr("Show Only the &Past"),
            tr("The timeline and the trace show the steps up to the current one only, so they do not give away "
               "what comes next; on by default in quiz and presentation mode"));
  set_texts(actions_["remoteNext"], tr("Next Step (Remote)"), tr("Step Into, for a presenter's remote"));
  set_texts(actions_["remotePrevious"], tr("Previous Step (Remote)"), tr("Step Back, for a presenter's remote"));
  set_texts(actions_["theme_system"], tr("&System"), tr("Follow the desktop's light or dark palette"));
  set_texts(actions_["theme_light"], tr("&Light"), tr("Dark text on a light background"));
  set_texts(actions_["theme_dark"], tr("&Dark"), tr("Light text on a dark background"));
  for (const QString& code : available_languages())
    actions_["language_" + code]->setToolTip(tr("Switch the language to %1").arg(language_name(code)));
  speed_menu_->setTitle(tr("Autoplay &Speed"));
  bookmarks_menu_->setTitle(tr("&Bookmarks"));
  language_menu_->setTitle(tr("&Language"));
  theme_menu_->setTitle(tr("&Theme"));
  updateBookmarkTexts();
}

void Classroom::updateBookmarkTexts() {
  for (int n = 1; n <= Bookmarks::kCount; ++n) {
    const int s = bookmarks_->at(n);
    QAction* go = actions_[QStringLiteral("bookmarkGo%1").arg(n)];
    set_texts(go, s < 0 ? tr("Go to Bookmark %1 (not set)").arg(n) : tr("Go to Bookmark %1: step %2").arg(n).arg(s),
              tr("Jump to bookmark %1").arg(n));
    go->setEnabled(s >= 0);
    set_texts(actions_[QStringLiteral("bookmarkSet%1").arg(n)], tr("Set Bookmark %1").arg(n),
              tr("Mark the current step as bookmark %1").arg(n));
  }
}

bool Classroom::eventFilter(QObject* o, QEvent* e) {
  // The window's layout has already given the graphs their new size.
  if (o == w_ && presenting_ && (e->type() == QEvent::Resize || e->type() == QEvent::Show)) {
    sizeSourceDock();
    fitGraphs();
  }
  if (o == w_ && e->type() == QEvent::LanguageChange) {
    retranslate();
    for (QAction* a : languages_->actions()) a->setChecked(a->objectName() == QLatin1String("language_") + current_language());
  }
  return QObject::eventFilter(o, e);
}

// Presenting, the source pane takes under a third of the width: the graph
// is what the back row looks at.
void Classroom::sizeSourceDock() {
  if (QDockWidget* d = w_->dock(QStringLiteral("sourceDock")); d && presenting_ && !d->isHidden() && !d->isFloating())
    w_->resizeDocks({d}, {w_->width() * 3 / 10}, Qt::Horizontal);
}

// Content zoom: of the two rank directions, the one whose fitted graph
// shows text larger on this screen (a wide projector often prefers left to
// right, a graph beside another in compare mode top to bottom).
void Classroom::fitGraphs() {
  if (!presenting_) return;
  for (RefGraphView* g : w_->findChildren<RefGraphView*>()) {
    if (!g->isVisible() || g->nodeIds().isEmpty()) continue;  // not shown yet: no size to fit
    g->setRankDir(layout::RankDir::LeftToRight);
    const double lr = g->zoom();
    g->setRankDir(layout::RankDir::TopToBottom);
    if (lr > g->zoom() * 1.05) g->setRankDir(layout::RankDir::LeftToRight);
  }
}

void Classroom::onTraceChanged() {
  caption_->setTrace(w_->session()->trace());
  quiz_->setTrace(w_->session()->trace());
  fitGraphs();
  onCursorChanged(w_->session()->cursor());
}

void Classroom::onCursorChanged(int state) {
  caption_->setCursor(state);
  if (quiz_mode_) quiz_->showFor(state);
  gateForwardSteps();
}

// While a question waits for its answer, the window cannot step forward:
// the prediction comes before the reveal. (The slider still moves: the
// teacher is in charge.)
void Classroom::gateForwardSteps() {
  Session* s = w_->session();
  const bool can = s->isOpen() && s->cursor() < s->lastIndex() && !(quiz_mode_ && quiz_->pending());
  for (const char* n : kForward)
    if (QAction* a = w_->action(QString::fromLatin1(n))) a->setEnabled(can);
  actions_["autoplay"]->setEnabled(can || autoplay_->isRunning());
  if (!can) autoplay_->stop();
}

// In the quiz and in presentation mode the views show only the past by
// default (the reader may still turn it off there); leaving both puts back
// what the reader had chosen before.
void Classroom::followPastDefault() {
  const bool on = quiz_mode_ || presenting_ ? true : own_past_only_;
  actions_["showOnlyPast"]->setChecked(on);
  applyShowOnlyPast(on);
}

void Classroom::applyShowOnlyPast(bool on) {
  if (TimelineView* t = w_->timeline()) t->setShowOnlyPast(on);
  if (TraceTableView* t = w_->traceView()) t->setShowOnlyPast(on);
  // The graph shows only the past by itself: each state hides objects not
  // allocated yet and draws only the references held at the cursor.
}

void Classroom::setQuizMode(bool on) {
  if (on != quiz_mode_) {
    quiz_mode_ = on;
    followPastDefault();
  }
  actions_["quizMode"]->setChecked(on);
  if (on)
    quiz_->showFor(w_->session()->cursor());
  else
    quiz_->hide();
  gateForwardSteps();
}

bool Classroom::showsOnlyPast() const { return actions_["showOnlyPast"]->isChecked(); }

void Classroom::setTheme(Theme t) {
  theme_ = t;
  actions_["theme_" + theme_id(t)]->setChecked(true);
  const Palette projector = Palette::projector();
  apply_theme(t, w_, presenting_ ? &projector : nullptr);
  if (presenting_) caption_->setViewPalette(projector);
}

void Classroom::setPresenting(bool on, bool full_screen) {
  if (on == presenting_) return;
  presenting_ = on;
  followPastDefault();
  actions_["presentation"]->setChecked(on);
  actions_["leavePresentation"]->setEnabled(on);
  auto* tb = w_->findChild<QToolBar*>(QStringLiteral("steppingToolbar"));
  if (on) {
    saved_ = {};
    saved_.menu_bar = !w_->menuBar()->isHidden();
    saved_.status_bar = !w_->statusBar()->isHidden();
    saved_.maximized = w_->isMaximized();
    saved_.geometry = w_->geometry();
    // Every dock goes but the source pane: the class reads the kernel's lines.
    for (QDockWidget* d : w_->findChildren<QDockWidget*>())
      if (!d->isHidden() && d->objectName() != QLatin1String("sourceDock")) saved_.docks << d, d->hide();
    if (QDockWidget* d = w_->dock(QStringLiteral("sourceDock"))) saved_.source_width = d->width();
    if (SourceView* src = w_->sourceView()) src->setFont(scaled(QApplication::font(), kTypeScale));
    sizeSourceDock();
    for (QToolBar* t : w_->findChildren<QToolBar*>())
      if (t != tb && !t->isHidden()) saved_.toolbars << t, t->hide();
    w_->menuBar()->hide();
    w_->statusBar()->hide();
    if (tb) {
      saved_.icon_size = tb->iconSize();
      for (QAction* a : tb->actions())
        if (QWidget* wi = tb->widgetForAction(a); wi && kChooserBoxes.contains(wi->objectName()) && a->isVisible())
          saved_.toolbar_items << a, a->setVisible(false);
      tb->setIconSize(saved_.icon_size * kTypeScale * 1.25);
      tb->setFont(scaled(QApplication::font(), kTypeScale));
    }
    for (RefGraphView* g : w_->findChildren<RefGraphView*>()) g->setFont(scaled(QApplication::font(), kGraphScale));
    fitGraphs();
    const Palette projector = Palette::projector();
    apply_view_palette(w_, projector);
    caption_->setViewPalette(projector);
    caption_->setFontScale(kCaptionScale);
    caption_->show();
    quiz_->setFontScale(kTypeScale);
    if (full_screen) w_->showFullScreen();
  } else {
    if (w_->isFullScreen()) saved_.maximized ? w_->showMaximized() : w_->showNormal();
    w_->menuBar()->setVisible(saved_.menu_bar);
    w_->statusBar()->setVisible(saved_.status_bar);
    for (const auto& d : saved_.docks)
      if (d) d->show();
    for (const auto& t : saved_.toolbars)
      if (t) t->show();
    if (tb) {
      for (const auto& a : saved_.toolbar_items)
        if (a) a->setVisible(true);
      tb->setIconSize(saved_.icon_size);
      tb->setFont(QApplication::font());
    }
    for (RefGraphView* g : w_->findChildren<RefGraphView*>()) {
      g->setFont(QApplication::font());
      g->setRankDir(layout::RankDir::TopToBottom);
    }
    if (SourceView* src = w_->sourceView()) src->setFont(QApplication::font());
    if (QDockWidget* d = w_->dock(QStringLiteral("sourceDock")); d && saved_.source_width > 0)
      w_->resizeDocks({d}, {saved_.source_width}, Qt::Horizontal);
    caption_->hide();
    quiz_->setFontScale(1.0);
    apply_theme(theme_, w_);
  }
}

}  // namespace svmlab
