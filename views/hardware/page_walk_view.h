#pragma once
// The IOMMU's last translation (obs->last_walk), level by level: which caches
// it hit (context cache, PASID cache, IOTLB), the PASID entry it used, then
// PML4E / PDPTE / PDE / PTE with index, entry address, entry value, decoded
// bits, the A/D bits this walk set, and a mark where the table frame read had
// already been freed; ending in the physical address or the fault reason
// (fault_label(), with its "(modeled)" mark).
//
// The record is the last translation up to the cursor; the header says at
// which step it was made, and whether that is this step.

#include <QWidget>
#include <memory>
#include <vector>

#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QLabel;
class QTreeWidget;

namespace svmlab {

class PageWalkView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  enum Column { Level, Index, EntryAddress, EntryValue, Bits, SetByWalk, Next, Note, ColumnCount };

  explicit PageWalkView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;  // hides QWidget::setCursor: use QWidget::setCursor for shapes
  void setViewPalette(const Palette& p);

  int cursor() const { return cursor_; }
  // The state whose step made the translation shown (-1: none yet).
  int walkState() const;
  QTreeWidget* levelsTable() const { return levels_; }
  QString requestText() const;  // the request line
  QString cachesText() const;   // the cache hit/miss line
  QString resultText() const;   // "-> physical address 0x..." or "fault 0x71 ... (modeled)"

 private:
  void render();

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<int> walkStates_;
  Palette pal_;
  int cursor_ = 0;
  QLabel* when_ = nullptr;
  QLabel* request_ = nullptr;
  QLabel* caches_ = nullptr;
  QLabel* pasidEntry_ = nullptr;
  QTreeWidget* levels_ = nullptr;
  QLabel* result_ = nullptr;
};

}  // namespace svmlab
