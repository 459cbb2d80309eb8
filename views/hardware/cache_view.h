#pragma once
// The IOMMU's translation caches at the cursor: the IOTLB, the PASID cache,
// the context cache, and each device's device TLB (ATS), with their tags and
// the hit/miss counters.
//
// Against the previous state: an entry this step added or changed is
// highlighted; an entry this step removed (an invalidation, an eviction, the
// implicit invalidation of a page request) is still listed for this step,
// struck through, so the flush is visible. An IOTLB or device-TLB entry whose
// frame was freed, or freed and reused (generation changed), since it was
// filled is marked "stale" in words: a device using it reaches memory that is
// no longer the process's.

#include <QWidget>
#include <memory>

#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QLabel;
class QTreeWidget;

namespace svmlab {

class TranslationCacheView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  enum IotlbColumn { TlbDid, TlbPasid, TlbVa, TlbSize, TlbPfn, TlbPerms, TlbDirty, TlbGen, TlbStatus, TlbColumnCount };
  enum PasidCacheColumn { PcDid, PcPasid, PcEntry, PcP, PcFlptptr, PcStatus, PcColumnCount };
  enum ContextCacheColumn { CcSid, CcDid, CcPaside, CcPre, CcStatus, CcColumnCount };
  enum DevTlbColumn { DtDevice, DtPasid, DtVa, DtSize, DtPfn, DtPerms, DtGen, DtStatus, DtColumnCount };

  explicit TranslationCacheView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;  // hides QWidget::setCursor: use QWidget::setCursor for shapes
  void setViewPalette(const Palette& p);

  int cursor() const { return cursor_; }
  QTreeWidget* iotlbTable() const { return iotlb_; }
  QTreeWidget* pasidCacheTable() const { return pasidCache_; }
  QTreeWidget* contextCacheTable() const { return contextCache_; }
  QTreeWidget* devTlbTable() const { return devTlb_; }
  QString statsText() const;

 private:
  void render();

  std::shared_ptr<const svm::Trace> trace_;
  Palette pal_;
  int cursor_ = 0;
  QLabel* stats_ = nullptr;
  QTreeWidget* iotlb_ = nullptr;
  QTreeWidget* pasidCache_ = nullptr;
  QTreeWidget* contextCache_ = nullptr;
  QTreeWidget* devTlb_ = nullptr;
};

}  // namespace svmlab
