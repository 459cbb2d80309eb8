#pragma once
// The trace view: every step of the run, shaped like ftrace's function_graph
// (see trace_model.h for the rows), in a table with the step number, the
// thread (its colour and its name), a mark for violations (⚠) and milestones
// (◆), the line, the counters the step changed and the function's source
// file. Hovering the line or the source file shows the whole source line and
// where it comes from.
//
// The row of the step that led to the cursor state is selected and scrolled
// into view. Clicking a row, or moving through the rows with the keyboard,
// asks the session to go there (stepRequested); the view itself only follows
// setCursor(). A combo box above the table shows one thread's rows only.
//
// Rows are built once per trace; a 2000-step trace is a model of about 2500
// rows in one QTreeView with uniform row heights.

#include <memory>

#include <QWidget>

#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QComboBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace svmlab {

class TraceModel;

class TraceTableView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  explicit TraceTableView(QWidget* parent = nullptr);
  ~TraceTableView() override;

  // TraceView. setTrace builds the rows (once) and shows every thread;
  // setCursor(i) selects the row of step i (none at 0) and scrolls to it.
  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;
  // TraceView::setCursor(int) shares its name with QWidget::setCursor: keep
  // the QCursor overload reachable, and refuse a Qt::CursorShape, which would
  // otherwise silently convert to a state index.
  using QWidget::setCursor;
  void setCursor(Qt::CursorShape) = delete;

  void setViewPalette(const Palette& p);

  // Show only the rows of thread `tid` (-1: all threads). The combo box
  // follows.
  void setThreadFilter(int tid);
  int threadFilter() const { return filter_; }

  // Show only the steps up to the cursor (the quiz, a lecture): the rows of
  // later steps, which would tell what happens next, are filtered out.
  void setShowOnlyPast(bool on);
  bool showsOnlyPast() const { return past_only_; }

  int stateIndex() const { return cursor_; }

  // --- For tests and the session.
  TraceModel* traceModel() const { return model_; }
  QSortFilterProxyModel* proxyModel() const { return proxy_; }
  QTreeView* treeView() const { return tree_; }
  QComboBox* threadCombo() const { return combo_; }
  // The visible (proxy) row of step `index`, or -1 when filtered out or none.
  int visibleRowOfStep(int index) const;
  // The step index of the selected row, or 0 when none is selected.
  int selectedStep() const;
  double setupMilliseconds() const { return setup_ms_; }

 signals:
  // The user picked a row: the session should move to this state.
  void stepRequested(int state_index);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void applyCursor();
  void applyPast();
  void applyFonts();
  void requestRow(const QModelIndex& proxyIndex);
  void fillCombo();

  TraceModel* model_;
  QSortFilterProxyModel* proxy_;
  QTreeView* tree_;
  QComboBox* combo_;
  QLabel* summary_;
  std::shared_ptr<const svm::Trace> trace_;
  int cursor_ = 0;
  int filter_ = -1;
  bool past_only_ = false;
  int requested_ = -1;     // the last state asked for, until the session answers
  bool applying_ = false;  // selecting rows ourselves: not the user
  double setup_ms_ = 0;
};

}  // namespace svmlab
