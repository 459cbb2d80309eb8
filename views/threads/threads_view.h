#pragma once
// The threads panel: one row per thread of the run (processes, devices, the
// page-request IRQ thread, the kworker, the IOMMU's queue engine), at the
// cursor state:
//
//       Thread    State     Doing                        Waiting for
//   ▶   app       runnable  exit_mmap()
//       process             if (mm->locked_vm) { ...
//       accel0    waiting   dev_dma()                    page group responses
//       device              every page request sent...   from prq
//
//  - Thread: its name (beside a swatch of its colour) and its kind.
//  - State: not born / runnable / waiting / finished / died in an oops.
//  - Doing: the innermost function and the source line of the next op.
//  - Waiting for: what svm::waiting() says (a lock, an event, the scenario's
//    "after"), the object, and the thread that holds it or is waited for.
//    A runnable thread the scenario holds back from the default schedule
//    says so too.
//  - Next: ▶ (and a bold name) marks the thread the trace steps next; ▷ the
//    thread the default schedule would pick (svm::default_pick with the
//    thread of the previous step) where the trace follows a chosen schedule
//    instead. The line under the table says what the marks mean.
//
// The user picks the next thread with the row's Step button or by
// double-clicking a runnable row: threadChosen(tid). The session re-runs the
// trace with that choice; this view only asks. Rows of threads that cannot
// run have their button disabled, and the tooltip says why.

#include <memory>
#include <vector>

#include <QWidget>

#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace svmlab {

class ThreadsView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  enum Column { NextColumn, ThreadColumn, StateColumn, DoingColumn, WaitColumn, ChooseColumn, ColumnCount };
  enum class State { NotBorn, Runnable, Waiting, Finished, Oopsed };

  explicit ThreadsView(QWidget* parent = nullptr);
  ~ThreadsView() override;

  // TraceView. setTrace makes one row per thread; setCursor(i) (clamped)
  // fills them from states[i].
  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;
  // TraceView::setCursor(int) shares its name with QWidget::setCursor: keep
  // the QCursor overload reachable, and refuse a Qt::CursorShape, which would
  // otherwise silently convert to a state index.
  using QWidget::setCursor;
  void setCursor(Qt::CursorShape) = delete;

  void setViewPalette(const Palette& p);

  int stateIndex() const { return cursor_; }

  // --- At the cursor (for tests and the session).
  int threadCount() const { return static_cast<int>(rows_.size()); }
  State state(int tid) const;
  bool canChoose(int tid) const;  // runnable: a Step button that works
  int defaultPick() const { return default_pick_; }  // -1: no thread can run
  int traceNext() const { return trace_next_; }      // the thread of steps[cursor]; -1 at the end
  QString text(int tid, Column c) const;             // a cell as shown (lines joined by \n)
  QString toolTip(int tid, Column c) const;
  QTreeWidget* treeWidget() const { return tree_; }
  QTreeWidgetItem* item(int tid) const;
  QPushButton* stepButton(int tid) const;
  // As the Step button: emits threadChosen(tid) if that thread can run.
  bool choose(int tid);

 signals:
  // The user wants thread `tid` to take the next step.
  void threadChosen(int tid);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  struct Row {
    QTreeWidgetItem* item = nullptr;
    QPushButton* button = nullptr;
    State state = State::NotBorn;
  };
  void rebuild();
  void applyCursor();
  void applyFonts();

  QTreeWidget* tree_;
  QLabel* caption_;
  std::shared_ptr<const svm::Trace> trace_;
  std::vector<Row> rows_;
  Palette palette_ = Palette::light();
  int cursor_ = 0;
  int default_pick_ = -1;
  int trace_next_ = -1;
};

}  // namespace svmlab
