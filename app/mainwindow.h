#pragma once
// The main window: the reference graph in the middle (two, side by side, in
// compare mode), the other views in docks, the stepping controls in the
// toolbar. It owns the sessions; views only render what the sessions give
// them and ask the sessions to move.

#include <QMainWindow>
#include <memory>

#include "app/session.h"
#include "core/engine/align.h"
#include "core/scenario/scenario.h"

class QAction;
class QDockWidget;
class QComboBox;
class QLabel;
class QSlider;
class QSplitter;

namespace svmlab {

class NarrationView;
class RefGraphView;
class SourceView;
class ThreadsView;
class TimelineView;
class TraceTableView;
class TraceView;
class Classroom;
class ExploreDialog;
class MuseumDialog;
class MatrixDialog;
class PatchPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opening. Each returns an error message ("FILE:LINE:COLUMN: problem" for
  // a bad file), empty on success.
  QString openBuiltin(const QString& id, const QString& variant = {});
  QString openFile(const QString& path, const QString& variant = {});
  QString openScenario(std::shared_ptr<const svm::Scenario> s, const QString& variant = {});
  // Run > Explore Interleavings: a dialog exploring the open scenario's
  // variant; loading a counterexample replays its schedule here.
  ExploreDialog* exploreDialog();
  // Help > Museum: the exhibits, each with a one-click compare of bug and fix.
  MuseumDialog* museumDialog();
  // Run > Patch Matrix: scenarios (built-in ids; empty: all) x hunk sets;
  // clicking a cell opens it here with its counterexample.
  MatrixDialog* matrixDialog(const QStringList& scenarios = {}, const QString& base = QStringLiteral("v4.4"));
  // The Patch panel (dock "patchDock"): a hunk set for this run and the compared one.
  PatchPanel* patchPanel() const { return patch_; }
  // Save the open scenario, in its variant and with the schedule chosen by
  // hand, written atomically. An error message, empty on success.
  QString saveScenario(const QString& path);
  // Compare with another variant; an empty string ends compare mode.
  QString setCompare(const QString& variant);
  bool comparing() const { return compare_ != nullptr; }

  Session* session() { return &session_; }
  Session* compareSession() { return compare_.get(); }
  // Compare mode: the one alignment of both runs, and the position shown
  // (the slider's value): alignment().pos[alignedPosition()] = {a, b}.
  const svm::Alignment& alignment() const { return alignment_; }
  int alignedPosition() const { return aligned_pos_; }
  void setAlignedPosition(int p);
  RefGraphView* graph() const { return graph_; }
  RefGraphView* compareGraph() const { return compare_graph_; }
  TimelineView* timeline() const { return timeline_; }
  NarrationView* narration() const { return narration_; }
  ThreadsView* threads() const { return threads_; }
  TraceTableView* traceView() const { return trace_; }
  SourceView* sourceView() const { return source_; }
  // A dock by its object name ("timelineDock", "hardwareDock", ...).
  QDockWidget* dock(const QString& name) const;

  // The actions, by what they do (tests drive the window through them).
  QAction* action(const QString& name) const;
  // Presentation, autoplay, bookmarks, quiz, language, theme.
  Classroom* classroom() const { return classroom_; }

 protected:
  void dragEnterEvent(QDragEnterEvent* e) override;
  void dropEvent(QDropEvent* e) override;
  void closeEvent(QCloseEvent* e) override;
  void changeEvent(QEvent* e) override;  // LanguageChange: retranslate

 private:
  void buildActions();
  void buildMenus();
  void buildToolbar();
  void setIconTexts();
  void buildCentre();
  void buildDocks();
  QDockWidget* addDockFor(QWidget* view, const QString& name, const QString& title, Qt::DockWidgetArea area);
  void onTraceChanged();
  void onCursorChanged(int i);
  void updateControls();
  void addRecent(const QString& path);
  void rebuildRecentMenu();
  void retranslateBuiltins();  // the Open Built-in menu and the scenario box's tooltips
  void openDialog();
  void saveAsDialog();
  void replayDialog();
  void showError(const QString& message);

  Session session_;
  std::unique_ptr<Session> compare_;
  std::vector<TraceView*> views_;          // render the primary session
  std::vector<TraceView*> compare_views_;  // render the compare session

  RefGraphView* graph_ = nullptr;
  RefGraphView* compare_graph_ = nullptr;
  TimelineView* timeline_ = nullptr;
  NarrationView* narration_ = nullptr;
  ThreadsView* threads_ = nullptr;
  TraceTableView* trace_ = nullptr;
  SourceView* source_ = nullptr;
  PatchPanel* patch_ = nullptr;
  QMenu* view_menu_ = nullptr;
  QSplitter* centre_ = nullptr;
  QLabel* graph_header_ = nullptr;
  QLabel* compare_header_ = nullptr;
  QWidget* compare_pane_ = nullptr;
  QComboBox* scenario_box_ = nullptr;
  QComboBox* variant_box_ = nullptr;
  QComboBox* compare_box_ = nullptr;
  QAction* compare_box_action_ = nullptr;
  QSlider* slider_ = nullptr;
  QLabel* position_ = nullptr;
  QMenu* recent_menu_ = nullptr;
  QMenu* builtin_menu_ = nullptr;
  QMap<QString, QAction*> actions_;
  bool updating_ = false;
  svm::Alignment alignment_;
  int aligned_pos_ = 0;
  bool driving_ = false;  // the slider sets the position; the cursor follows
  Classroom* classroom_ = nullptr;
  MuseumDialog* museum_ = nullptr;
};

}  // namespace svmlab
