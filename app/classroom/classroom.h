#pragma once
// The classroom features of the main window, in one place: presentation
// mode, autoplay, bookmarks, the "predict the next step" quiz, the language
// and the theme. The main window creates one Classroom after building itself;
// the Classroom adds its actions to the View menu and the stepping toolbar,
// puts the quiz panel and the presentation caption under the graph, and
// drives the window's session like a user would.
//
// Keys (none clashes with the stepping keys F5, F10, F11, Home):
//   F12 presentation on/off, Esc leaves it;  F8 autoplay on/off,
//   ] faster, [ slower;  Ctrl+1..9 sets bookmark N, 1..9 jumps to it;
//   Ctrl+Shift+K quiz mode;  Ctrl+Shift+P show only the past;
//   Page Down / Page Up step (presenter remotes).

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QRect>
#include <QSize>
#include <functional>

#include "app/classroom/theme.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QToolBar;

namespace svmlab {

class MainWindow;
class Autoplay;
class Bookmarks;
class CaptionView;
class QuizPanel;

class Classroom : public QObject {
  Q_OBJECT

 public:
  explicit Classroom(MainWindow* w);
  ~Classroom() override;

  // Presentation mode. full_screen = false keeps the window's size (the
  // screenshot command renders at 1440x900).
  void setPresenting(bool on, bool full_screen = true);
  bool presenting() const { return presenting_; }
  // How much larger type and graph get in presentation mode.
  static constexpr double kTypeScale = 1.6;
  static constexpr double kGraphScale = 3.0;
  static constexpr double kCaptionScale = 2.0;

  void setQuizMode(bool on);
  bool quizMode() const { return quiz_mode_; }
  // Whether the timeline and the trace show only the steps up to the cursor
  // (View > Show Only the Past; on by default in the quiz and presenting).
  bool showsOnlyPast() const;

  void setTheme(Theme t);
  Theme theme() const { return theme_; }

  Autoplay* autoplay() const { return autoplay_; }
  Bookmarks* bookmarks() const { return bookmarks_; }
  QuizPanel* quiz() const { return quiz_; }
  CaptionView* caption() const { return caption_; }
  QAction* action(const QString& name) const { return actions_.value(name); }

 protected:
  bool eventFilter(QObject* o, QEvent* e) override;

 private:
  void buildActions();
  void buildMenus();
  void retranslate();
  void onTraceChanged();
  void onCursorChanged(int state);
  void gateForwardSteps();
  void followPastDefault();
  void applyShowOnlyPast(bool on);
  void fitGraphs();
  void sizeSourceDock();
  void updateBookmarkTexts();
  QAction* make(const QString& name, const QKeySequence& key, std::function<void()> slot, bool checkable = false);

  MainWindow* w_;
  Autoplay* autoplay_;
  Bookmarks* bookmarks_;
  QuizPanel* quiz_;
  CaptionView* caption_;
  QHash<QString, QAction*> actions_;
  QActionGroup* languages_ = nullptr;
  QActionGroup* themes_ = nullptr;
  QMenu* classroom_menu_ = nullptr;
  QMenu* bookmarks_menu_ = nullptr;
  QMenu* speed_menu_ = nullptr;
  QMenu* language_menu_ = nullptr;
  QMenu* theme_menu_ = nullptr;
  bool presenting_ = false;
  bool quiz_mode_ = false;
  bool own_past_only_ = false;  // the reader's choice outside the quiz and presentation mode
  Theme theme_ = Theme::System;

  // What presentation mode changed, to put back.
  struct Saved {
    bool menu_bar = true, status_bar = true, maximized = false;
    QList<QPointer<QDockWidget>> docks;
    QList<QPointer<QToolBar>> toolbars;
    QList<QPointer<QAction>> toolbar_items;
    QSize icon_size;
    int source_width = 0;
    QRect geometry;
  } saved_;
};

}  // namespace svmlab
