#pragma once
// Run > Explore Interleavings: the explorer (core/explore) on the open
// scenario and variant, off the GUI thread, then one row per distinct
// violation with the shortest schedule that reaches it. "Load" replays that
// schedule in the main window, so the counterexample can be stepped through
// like any trace. It searches as the command line does by default: depth
// first for the verdict, then each violation found with its shortest
// schedule, as breadth first would give it (ExploreOptions::shortest_schedules).
//
// While it runs, the dialog shows how far it got (states, rate, memory; the
// depth, once it looks for the shortest schedules) and offers Stop; Stop and
// closing the dialog cancel the search through its cancel token, which it
// reads every few states, so both return at once instead of waiting for the
// search to end.

#include <QDialog>
#include <QPointer>
#include <QThread>
#include <memory>

#include "core/engine/config.h"
#include "core/explore/explorer.h"

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace svmlab {

class ExploreDialog : public QDialog {
  Q_OBJECT

 public:
  // `budget`: the memory the search may add to what the process holds when
  // it starts (the command line's default, 1 GiB, unless a test wants less).
  ExploreDialog(std::shared_ptr<const svm::Config> cfg, QWidget* parent = nullptr,
                size_t budget = svm::ExploreOptions{}.max_bytes);
  ~ExploreDialog() override;

  bool finished() const { return result_ != nullptr; }
  // The thread the search runs on, while it exists (null once it has ended
  // and been deleted).
  QThread* worker() const { return worker_; }
  // The memory ceiling the search runs under: what the process held when the
  // dialog opened, plus the command line's default (1 GiB).
  size_t ceilingBytes() const { return ceiling_; }
  // As the Stop button: cancel the search; explored() follows with what it covered.
  void stop();
  // As the Search Breadth First button, offered when the search stopped at a
  // bound (the memory ceiling, the state bound): the same search again,
  // breadth first, which, stopped there too, has explored every schedule up
  // to a length (explorer.h).
  void searchBreadthFirst();
  bool breadthFirst() const { return breadth_first_; }
  int violationCount() const;
  QString schedule(int row) const;  // as `svmlab run --schedule` takes it
  QTreeWidget* table() const { return table_; }
  // As the Load button: emits scheduleChosen for that row's counterexample.
  void load(int row);

 signals:
  void scheduleChosen(const QString& schedule);
  void explored();  // the result is in

 protected:
  void changeEvent(QEvent* e) override;  // a new language re-words the dialog and its rows

 private:
  void start();  // the search, on its own thread
  void retranslate();
  void showResult();
  void showProgress();
  struct Shared;  // what the search thread and the dialog both see

  std::shared_ptr<const svm::Config> cfg_;
  std::shared_ptr<const svm::ExploreResult> result_;
  QLabel* summary_;
  QTreeWidget* table_;
  QPushButton* load_;
  QPushButton* stop_;
  QPushButton* breadth_first_button_;
  QTimer* poll_;
  std::shared_ptr<Shared> shared_;
  QPointer<QThread> worker_;
  size_t ceiling_ = 0;
  size_t budget_;
  bool breadth_first_ = false;
};

}  // namespace svmlab
