#pragma once
// The translation structures a PASID request goes through before the page
// walk: the extended context entry of each device (in memory, under the root
// table) and the PASID-table entries in use, bits decoded.
//
// An entry this step changed is highlighted (states[i-1] vs states[i]); a
// PASID entry that was present earlier in the trace and is not present now
// stays listed as "cleared (not present)": that is the fix's release()
// clearing it. Each PASID row says whose page tables FLPTPTR points at
// (which mm's pgd, and whether that frame is still live), who the PASID is
// bound to, and whether the PASID cache holds a copy that differs from memory.
//
// In scalable mode (VT-d 3.x, core/iommu/scalable.h) the same two tables
// decode the scalable-mode context entry (DTE, PASIDE, PRE, FPD, RID_PASID,
// PDTS, the PASID directory) and the 512-bit PASID-table entries reached
// through the directory (PGTT, DID, AW, SRE, FLPTR): the columns keep their
// place and take the scalable-mode names.

#include <QWidget>
#include <memory>
#include <vector>

#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QLabel;
class QTreeWidget;

namespace svmlab {

class ContextPasidView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  enum ContextColumn { CtxSid, CtxDevice, CtxP, CtxT, CtxPaside, CtxPre, CtxDinve, CtxDid, CtxPts, CtxPasidTable,
                       CtxPasidState, CtxCached, CtxColumnCount };
  enum PasidColumn { PasidIndex, PasidValue, PasidP, PasidSre, PasidFlptptr, PasidPointsAt, PasidBoundTo,
                     PasidCached, PasidStatus, PasidColumnCount };

  explicit ContextPasidView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;  // hides QWidget::setCursor: use QWidget::setCursor for shapes
  void setViewPalette(const Palette& p);

  int cursor() const { return cursor_; }
  QTreeWidget* contextTable() const { return context_; }
  QTreeWidget* pasidTable() const { return pasid_; }
  QString chainText() const;  // the request -> page tables chain and the focus entry's bits (rich text)

 private:
  void render();
  void renderContext(const svm::Machine& m, const svm::Machine* prev);
  void renderPasid(const svm::Machine& m, const svm::Machine* prev);
  void renderChain(const svm::Machine& m);
  void setHeaders(bool scalable);

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<int> firstPresent_;  // per PASID: first state with P=1, -1 if never
  Palette pal_;
  int cursor_ = 0;
  QLabel* summary_ = nullptr;
  QTreeWidget* context_ = nullptr;
  QTreeWidget* pasid_ = nullptr;
  QLabel* chain_ = nullptr;
  QLabel* contextHeading_ = nullptr;
  QLabel* pasidHeading_ = nullptr;
  int headersScalable_ = -1;  // which headers are shown: -1 none yet, 0 ECS, 1 scalable
};

}  // namespace svmlab
