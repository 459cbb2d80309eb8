#pragma once
// The rows of the trace view, shaped like ftrace's function_graph: one row per
// step, plus a closing "}" row wherever a thread returns from a function that
// has an opening row. A call is "exit_mm() {", an op is its source line, and
// both are indented by call depth:
//
//   step thread  line                         (level)
//    125 app     exit_mm() {                   1   callee depth 2, minus 1
//    126 app       struct mm_struct *mm = ...  2   op depth 2
//    ...
//    207 app     }                             1   exit_mm returned in step 207
//
// The thread's body (depth 0: user_main, device_main, ...) has no opening row,
// so its ops sit at level 0, as do the calls it makes.
//
// Where the braces go: the stack of each thread after each step is in the
// snapshot (states[step]), so a "}" row follows the very step that returned,
// even when other threads run before this thread's next step. Functions of a
// thread still running at the end stay open; a thread that dies in an oops
// never returns, so it gets no braces either.
//
// Rows are built once per trace (setTrace); the model never changes after.

#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QFont>
#include <QString>

#include "core/engine/run.h"
#include "views/common/palette.h"

namespace svmlab {

class TraceModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { StepColumn, ThreadColumn, MarkColumn, LineColumn, CountersColumn, SourceColumn, ColumnCount };
  enum class RowKind { Enter, Op, Close };
  enum Role {
    StateRole = Qt::UserRole + 1,  // int: the state this row stands for (its step's index)
    ThreadRole,                    // int: thread id
    RowKindRole,                   // int: RowKind
    LevelRole,                     // int: indentation level
    LineRole,                      // QString: the line without indentation ("exit_mm() {", "}", the source)
    ViolationRole,                 // bool: the step found a violation
    MilestoneRole,                 // QString: the milestone the step reached, or empty
  };

  explicit TraceModel(QObject* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace);
  const svm::Trace* trace() const { return trace_.get(); }
  void setFonts(const QFont& text, const QFont& code);
  void setViewPalette(const Palette& p);

  // The row of step `index` (1-based, = the state it leads to); -1 if none.
  int rowOfStep(int index) const;
  int stepCount() const { return trace_ ? static_cast<int>(trace_->steps.size()) : 0; }
  int closeRowCount() const { return close_rows_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation o, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;

 private:
  struct Row {
    int step = 0;    // the step's index; for a "}" the step that returned
    int thread = -1;
    int fn = 0;      // svm::FnId: the step's function (Enter: the callee; Close: the one returning)
    RowKind kind = RowKind::Op;
    int level = 0;
    QString line;    // without indentation
    QString shown;   // with indentation
    QString changes;
    QString source;  // source_of(fn)
    bool violation = false;
    QString milestone;
  };
  void build();
  QString lineToolTip(const Row& r) const;
  QString sourceToolTip(const Row& r) const;
  QString markToolTip(const Row& r) const;

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<Row> rows_;
  std::vector<int> row_of_step_;  // by step index (0 unused)
  int close_rows_ = 0;
  QFont text_font_, code_font_;
  Palette palette_ = Palette::light();
};

}  // namespace svmlab
