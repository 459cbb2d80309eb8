#include "views/hardware/iq_view.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/iommu/descriptors.h"
#include "views/hardware/hw_common.h"

namespace svmlab {

using namespace hw;

namespace {

// The G field (or its equivalent) of a descriptor, in words.
QString granularity(const svm::Desc& d) {
  const unsigned g = (d.lo >> 4) & 3;
  switch (svm::qi::type(d)) {
    case svm::qi::CC_TYPE:
      return g == svm::qi::CC_GRAN_GLOBAL ? QStringLiteral("global")
             : g == svm::qi::CC_GRAN_DOMAIN ? QStringLiteral("domain")
                                            : QStringLiteral("device");
    case svm::qi::EIOTLB_TYPE:
      switch (g) {
        case svm::qi::GRAN_ALL_ALL: return QStringLiteral("all in DID");
        case svm::qi::GRAN_NONG_ALL: return QStringLiteral("non-global, all PASIDs");
        case svm::qi::GRAN_NONG_PASID: return QStringLiteral("PASID-selective");
        default: return QStringLiteral("page-selective");
      }
    case svm::qi::PC_TYPE: return g == 1 ? QStringLiteral("PASID-selective") : QStringLiteral("all PASIDs of DID");
    case svm::qi::DEIOTLB_TYPE:
      return (d.hi & svm::qi::DEV_EIOTLB_SIZE) ? QStringLiteral("range (S=1)") : QStringLiteral("one page");
    case svm::qi::IWD_TYPE: return (d.lo & svm::qi::IWD_STATUS_WRITE) ? QStringLiteral("status write") : QStringLiteral("fence");
    default: return QStringLiteral("-");
  }
}

}  // namespace

InvalidationQueueView::InvalidationQueueView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->setSpacing(2);
  registers_ = new QLabel(this);
  registers_->setFont(mono_font());
  registers_->setWordWrap(true);
  registers_->setToolTip(tr("IQT: where software writes the next descriptor; IQH: the next descriptor hardware "
                            "executes. Slots between IQH and IQT are pending. qi_submit_sync() adds a wait "
                            "descriptor after each batch and spins until hardware writes its status word."));
  lay->addWidget(registers_);
  lay->addWidget(make_heading(this, tr("Invalidation queue: descriptors in submission order"),
                              tr("Every descriptor software queued up to this step, oldest first.")));
  table_ = make_table(
      this,
      {QStringLiteral("#"), tr("slot"), tr("submitted"), tr("type"), tr("granularity"), tr("status"),
       tr("descriptor"), tr("raw (hi:lo)")},
      {tr("Submission order since boot"), tr("Ring slot (IQ index); the ring is reused"),
       tr("The step that queued it, and the thread that ran qi_submit_sync()"), tr("Descriptor type (bits 3:0)"),
       tr("What the invalidation covers (the G field, or S for device-TLB, SW for a wait)"),
       tr("Executed by the hardware (IQH moved past it), or pending"), tr("All fields decoded"),
       tr("The 128-bit descriptor as in the queue")});
  lay->addWidget(table_, 1);
  render();
}

void InvalidationQueueView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  history_ = trace_ ? iq_history(*trace_) : std::vector<IqEntry>{};
  cursor_ = trace_ ? std::clamp(cursor_, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void InvalidationQueueView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void InvalidationQueueView::setViewPalette(const Palette& p) {
  pal_ = p;
  render();
}

QString InvalidationQueueView::registersText() const { return registers_->text(); }

void InvalidationQueueView::render() {
  setUpdatesEnabled(false);
  table_->clear();
  if (!trace_ || trace_->states.empty()) {
    registers_->setText(tr("No trace."));
    add_placeholder(table_, tr("no trace loaded"));
    setUpdatesEnabled(true);
    return;
  }
  const svm::Machine hw_m = trace_->states[static_cast<size_t>(cursor_)];  // a snapshot is read by value: keep it
  const svm::IommuState& hw = *hw_m.hw;
  const uint32_t n = static_cast<uint32_t>(hw.iq.size());
  const uint32_t pending = n ? (hw.iqt + n - hw.iqh) % n : 0;
  registers_->setText(tr("IQH = %1 (0x%2)   IQT = %3 (0x%4)   %5 pending of %6 slots   %7   at %8")
                          .arg(hw.iqh)
                          .arg(QString::number(uint64_t(hw.iqh) << 4, 16))
                          .arg(hw.iqt)
                          .arg(QString::number(uint64_t(hw.iqt) << 4, 16))
                          .arg(pending)
                          .arg(n)
                          .arg(hw.fsts & (1u << 4) ? QStringLiteral("FSTS.IQE=1") : QStringLiteral("FSTS.IQE=0"))
                          .arg(step_ref(*trace_, cursor_)));

  int order = 0;
  for (const IqEntry& e : history_) {
    if (e.submitted > cursor_) break;
    ++order;
    auto* it = new QTreeWidgetItem(table_);
    it->setText(Order, QString::number(order));
    it->setText(Slot, QString::number(e.slot));
    it->setText(Submitted, tr("step %1 (%2)").arg(e.submitted).arg(thread_name(*trace_, e.thread)));
    it->setToolTip(Submitted, step_ref(*trace_, e.submitted));
    it->setText(Type, QString::fromStdString(svm::qi::type_name(svm::qi::type(e.desc))));
    it->setText(Granularity, granularity(e.desc));
    it->setText(Description, QString::fromStdString(svm::qi::describe(e.desc)));
    it->setToolTip(Description, it->text(Description));
    it->setText(Raw, hex_padded(e.desc.hi, 16) + QLatin1Char(':') + hex_padded(e.desc.lo, 16).mid(2));
    const bool done = e.executed >= 0 && e.executed <= cursor_;
    QString status;
    RowState st = RowState::Normal;
    if (done) {
      status = e.executed == cursor_ ? tr("executed at this step") : tr("executed at step %1").arg(e.executed);
      if (e.executed == cursor_) st = RowState::Changed;
    } else {
      status = tr("pending");
      if (e.slot == hw.iqh) status += tr(" <- IQH: next to execute");
      st = RowState::Pending;
    }
    if (e.submitted == cursor_) {
      status = tr("submitted at this step; ") + status;
      st = RowState::Added;
    }
    it->setText(Status, status);
    it->setToolTip(Status, status);
    mark_row(it, st, pal_);
  }
  if (order == 0) add_placeholder(table_, tr("nothing submitted yet"));
  fit_columns(table_);
  if (auto* last = table_->topLevelItem(table_->topLevelItemCount() - 1)) table_->scrollToItem(last);
  setUpdatesEnabled(true);
}

}  // namespace svmlab
