#pragma once
// The page request side of the IOMMU, and its fault records:
//  - the page request queue: PQH and PQT, the PRS bits PPR and PRO, and every
//    page request hardware queued up to the cursor, decoded
//    (PageRequest::describe()), pending (between PQH and PQT) or consumed;
//  - the answers: page group response descriptors software put in the
//    invalidation queue (and whether hardware delivered them), and per device
//    the requests it still waits on and the responses it received;
//  - the fault recording registers (FRCD) decoded, with FSTS.
// Rows this step added or changed are highlighted; fault reasons keep their
// "(modeled)" mark.

#include <QWidget>
#include <memory>
#include <vector>

#include "views/common/palette.h"
#include "views/common/trace_view.h"
#include "views/hardware/hw_history.h"

class QLabel;
class QTreeWidget;

namespace svmlab {

class PageRequestView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  enum QueueColumn { QSlot, QQueued, QRequest, QStatus, QRaw, QColumnCount };
  enum ResponseColumn { RSlot, RSubmitted, RRequester, RPasid, RPrg, RCode, RStatus, RColumnCount };
  enum DeviceColumn { DDevice, DPri, DOutstanding, DResponses, DColumnCount };
  enum FaultColumn { FIndex, FF, FReason, FSource, FAddress, FPasid, FAccess, FColumnCount };

  explicit PageRequestView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;  // hides QWidget::setCursor: use QWidget::setCursor for shapes
  void setViewPalette(const Palette& p);

  int cursor() const { return cursor_; }
  QTreeWidget* queueTable() const { return queue_; }
  QTreeWidget* responseTable() const { return responses_; }
  QTreeWidget* deviceTable() const { return devices_; }
  QTreeWidget* faultTable() const { return faults_; }
  QString registersText() const;
  QString faultStatusText() const;

 private:
  void render();
  void renderQueue();
  void renderResponses();
  void renderDevices();
  void renderFaults();

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<hw::IqEntry> iq_;
  std::vector<hw::PrqEntry> prq_;
  Palette pal_;
  int cursor_ = 0;
  QLabel* registers_ = nullptr;
  QLabel* faultStatus_ = nullptr;
  QTreeWidget* queue_ = nullptr;
  QTreeWidget* responses_ = nullptr;
  QTreeWidget* devices_ = nullptr;
  QTreeWidget* faults_ = nullptr;
};

}  // namespace svmlab
