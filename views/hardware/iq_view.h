#pragma once
// The invalidation queue: every descriptor software submitted up to the
// cursor, in submission order, with its slot, type and granularity
// (qi::describe), who submitted it and when, and whether the hardware has
// executed it (IQH moved past it) or it is still pending. The registers IQH
// and IQT head the view. Descriptors submitted or executed by this step are
// highlighted.

#include <QWidget>
#include <memory>
#include <vector>

#include "views/common/palette.h"
#include "views/common/trace_view.h"
#include "views/hardware/hw_history.h"

class QLabel;
class QTreeWidget;

namespace svmlab {

class InvalidationQueueView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  enum Column { Order, Slot, Submitted, Type, Granularity, Status, Description, Raw, ColumnCount };

  explicit InvalidationQueueView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;  // hides QWidget::setCursor: use QWidget::setCursor for shapes
  void setViewPalette(const Palette& p);

  int cursor() const { return cursor_; }
  QTreeWidget* queueTable() const { return table_; }
  QString registersText() const;

 private:
  void render();

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<hw::IqEntry> history_;
  Palette pal_;
  int cursor_ = 0;
  QLabel* registers_ = nullptr;
  QTreeWidget* table_ = nullptr;
};

}  // namespace svmlab
