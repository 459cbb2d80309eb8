#include "views/hardware/prq_view.h"

#include <optional>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/iommu/descriptors.h"
#include "core/iommu/regs.h"
#include "views/common/core_text.h"
#include "views/hardware/hw_common.h"

namespace svmlab {

using namespace hw;

PageRequestView::PageRequestView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->setSpacing(2);
  registers_ = new QLabel(this);
  registers_->setFont(mono_font());
  registers_->setWordWrap(true);
  registers_->setToolTip(tr("PQT: where hardware writes the next page request; PQH: where software reads. Entries "
                            "between PQH and PQT are waiting for the handler. PRS.PPR: a request is pending; "
                            "PRS.PRO: the queue overflowed and requests are being dropped."));
  lay->addWidget(registers_);

  QVBoxLayout* col = make_scroll_column(this, lay);
  auto section = [&](const QString& title, const QString& tip, QTreeWidget* table, QLabel* extra = nullptr) {
    col->addWidget(make_heading(this, title, tip));
    if (extra) col->addWidget(extra);
    col->addWidget(table);
  };

  queue_ = make_table(this, {tr("slot"), tr("queued"), tr("page request"), tr("status"), tr("raw (hi:lo)")},
                      {tr("Ring slot (PRQ index); the ring is reused"),
                       tr("The step at which the IOMMU wrote it at PQT"),
                       tr("Decoded: R/W access, PASID, page address, PRG index (page request group), LPIG (last "
                          "page in group: only that one is answered)"),
                       tr("Pending while it lies between PQH and PQT (the handler reads it there and writes PQH "
                          "past it when done); then consumed, and answered by a page group response"),
                       tr("The 128-bit descriptor as in the queue (rev 2.x layout)")});
  section(tr("Page request queue"),
          tr("Page requests from devices with PRI, written by the IOMMU; prq_event_thread() handles them with "
             "handle_mm_fault() and answers with a page group response."),
          queue_);

  responses_ = make_table(this,
                          {tr("IQ slot"), tr("submitted"), tr("requester"), QStringLiteral("PASID"),
                           QStringLiteral("PRG"), tr("response"), tr("status")},
                          {tr("Slot of the page group response descriptor in the invalidation queue"),
                           tr("The step that queued it"), tr("Requester id (source id) and device"),
                           tr("PASID the response is for"), tr("Page request group index it answers"),
                           tr("Success: the device retries; Invalid Request: the access fails; Response Failure: "
                              "the device disables PRI"),
                           tr("Delivered to the device once hardware executed the descriptor")});
  section(tr("Page group responses"),
          tr("Answers software sends through the invalidation queue (descriptor type 9)."), responses_);

  devices_ = make_table(this, {tr("device"), QStringLiteral("PRI"), tr("waiting for"), tr("responses received")},
                        {tr("The device"), tr("PRI enabled (cleared after a Response Failure)"),
                         tr("Page requests the device sent and still waits an answer for"),
                         tr("Responses delivered to the device and not yet acted on")});
  section(tr("Devices"), tr("The PRI state of each device."), devices_);

  faultStatus_ = new QLabel(this);
  faultStatus_->setFont(mono_font());
  faultStatus_->setToolTip(tr("FSTS.PFO: fault overflow (records dropped); PPF: a primary fault is pending; IQE: "
                              "invalidation queue error; FRI: the record hardware writes next."));
  faults_ = make_table(this,
                       {QStringLiteral("FRCD"), QStringLiteral("F"), tr("reason"), tr("source"), tr("address"),
                        QStringLiteral("PASID"), tr("access")},
                       {tr("Fault recording register index"), tr("Fault bit: the record is valid (write 1 to clear)"),
                        tr("FR: the fault reason. Codes marked (modeled) come from scalable mode and are not "
                           "verified for the ECS PASID path"),
                        tr("SID: the requester"), tr("FI: the page address that faulted"),
                        tr("PASID of the request, if it had one"),
                        tr("Access type: read or write, execute, privileged")});
  section(tr("Fault recording registers"),
          tr("Faults of translation requests and DMA the IOMMU rejected (not page requests)."), faults_, faultStatus_);
  col->addStretch(1);
  render();
}

void PageRequestView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  iq_ = trace_ ? iq_history(*trace_) : std::vector<IqEntry>{};
  prq_ = trace_ ? prq_history(*trace_, iq_) : std::vector<PrqEntry>{};
  cursor_ = trace_ ? std::clamp(cursor_, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void PageRequestView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void PageRequestView::setViewPalette(const Palette& p) {
  pal_ = p;
  render();
}

QString PageRequestView::registersText() const { return registers_->text(); }
QString PageRequestView::faultStatusText() const { return faultStatus_->text(); }

void PageRequestView::render() {
  setUpdatesEnabled(false);
  for (QTreeWidget* t : {queue_, responses_, devices_, faults_}) t->clear();
  if (!trace_ || trace_->states.empty()) {
    registers_->setText(tr("No trace."));
    faultStatus_->clear();
    for (QTreeWidget* t : {queue_, responses_, devices_, faults_}) {
      add_placeholder(t, tr("no trace loaded"));
      fit_height(t, 1);
    }
    setUpdatesEnabled(true);
    return;
  }
  const svm::Machine hw_m = trace_->states[static_cast<size_t>(cursor_)];  // a snapshot is read by value: keep it
  const svm::IommuState& hw = *hw_m.hw;
  const uint32_t n = static_cast<uint32_t>(hw.prq.size());
  registers_->setText(tr("PQH = %1 (0x%2)   PQT = %3 (0x%4)   PRS: PPR=%5 PRO=%6   %7 waiting   ring of %8 x "
                         "16-byte descriptors   at %9")
                          .arg(hw.pqh)
                          .arg(QString::number(uint64_t(hw.pqh) << 4, 16))
                          .arg(hw.pqt)
                          .arg(QString::number(uint64_t(hw.pqt) << 4, 16))
                          .arg(bit(hw.prs & svm::vtd::PRS_PPR), bit(hw.prs & svm::vtd::PRS_PRO))
                          .arg(n ? (hw.pqt + n - hw.pqh) % n : 0)
                          .arg(n)
                          .arg(step_ref(*trace_, cursor_)));
  renderQueue();
  renderResponses();
  renderDevices();
  renderFaults();
  for (QTreeWidget* t : {queue_, responses_, devices_, faults_}) {
    fit_columns(t);
    fit_height(t, 12);
  }
  setUpdatesEnabled(true);
}

void PageRequestView::renderQueue() {
  int shown = 0;
  for (const PrqEntry& e : prq_) {
    if (e.queued > cursor_) break;
    ++shown;
    auto* it = new QTreeWidgetItem(queue_);
    it->setText(QSlot, QString::number(e.slot));
    it->setText(QQueued, step_ref(*trace_, e.queued));
    it->setText(QRequest, QString::fromStdString(svm::PageRequest::decode(e.desc).describe()));
    it->setText(QRaw, hex_padded(e.desc.hi, 16) + QLatin1Char(':') + hex_padded(e.desc.lo, 16).mid(2));
    QString status;
    RowState st = RowState::Normal;
    const bool consumed = e.consumed >= 0 && e.consumed <= cursor_;
    if (!consumed) {
      status = tr("pending");
      st = RowState::Pending;
    } else {
      status = e.consumed == cursor_ ? tr("consumed at this step (PQH moved past it)")
                                     : tr("consumed at step %1").arg(e.consumed);
      if (e.consumed == cursor_) st = RowState::Changed;
    }
    if (e.response >= 0 && iq_[static_cast<size_t>(e.response)].submitted <= cursor_) {
      const IqEntry& r = iq_[static_cast<size_t>(e.response)];
      status += tr("; answered %1 (IQ slot %2)")
                    .arg(QString::fromStdString(svm::qi::response_name(r.desc.hi & 0xf)))
                    .arg(r.slot);
    }
    if (e.queued == cursor_) {
      status = tr("queued at this step, ") + status;
      st = RowState::Added;
    }
    it->setText(QStatus, status);
    it->setToolTip(QStatus, status);
    mark_row(it, st, pal_);
  }
  if (!shown) add_placeholder(queue_, tr("no page request yet"));
}

void PageRequestView::renderResponses() {
  int shown = 0;
  for (const IqEntry& e : iq_) {
    if (e.submitted > cursor_) break;
    const uint64_t type = svm::qi::type(e.desc);
    if (type != svm::qi::PGRP_RESP_TYPE && type != svm::qi::PSTRM_RESP_TYPE) continue;
    ++shown;
    auto* it = new QTreeWidgetItem(responses_);
    it->setText(RSlot, QString::number(e.slot));
    it->setText(RSubmitted, step_ref(*trace_, e.submitted));
    if (type == svm::qi::PGRP_RESP_TYPE) {
      const uint16_t rid = static_cast<uint16_t>((e.desc.lo >> 16) & 0xffff);
      const QString dev = device_name(*trace_, rid);
      it->setText(RRequester, sid_text(rid) + (dev.isEmpty() ? QString() : QStringLiteral(" ") + dev));
      it->setText(RPasid, QString::number((e.desc.lo >> 32) & 0xfffff));
      it->setText(RPrg, QString::number(e.desc.hi >> 55));
    } else {
      it->setText(RRequester, tr("(page stream response)"));
    }
    it->setText(RCode, QString::fromStdString(svm::qi::response_name(e.desc.hi & 0xf)));
    const bool delivered = e.executed >= 0 && e.executed <= cursor_;
    QString status = delivered ? (e.executed == cursor_ ? tr("delivered to the device at this step")
                                                        : tr("delivered at step %1").arg(e.executed))
                               : tr("pending in the invalidation queue");
    RowState st = delivered ? (e.executed == cursor_ ? RowState::Changed : RowState::Normal) : RowState::Pending;
    if (e.submitted == cursor_) {
      status = tr("submitted at this step; ") + status;
      st = RowState::Added;
    }
    it->setText(RStatus, status);
    mark_row(it, st, pal_);
  }
  if (!shown) add_placeholder(responses_, tr("no response sent yet"));
}

void PageRequestView::renderDevices() {
  const svm::Machine& m = trace_->states[static_cast<size_t>(cursor_)];
  // A snapshot is read by value (Trace::states replays it): keep it.
  const std::optional<svm::Machine> prev_m =
      cursor_ > 0 ? std::optional<svm::Machine>(trace_->states[static_cast<size_t>(cursor_ - 1)]) : std::nullopt;
  const svm::Machine* prev = prev_m ? &*prev_m : nullptr;
  for (size_t d = 0; d < m.devs->size(); ++d) {
    const svm::DeviceState& ds = (*m.devs)[d];
    auto* it = new QTreeWidgetItem(devices_);
    QString name;
    if (trace_->cfg && trace_->cfg->scenario && d < trace_->cfg->scenario->devices.size())
      name = QString::fromStdString(trace_->cfg->scenario->devices[d].name);
    it->setText(DDevice, name);
    it->setText(DPri, ds.pri_enabled ? tr("enabled") : tr("disabled"));
    QStringList out, in;
    for (const svm::PendingRequest& r : ds.outstanding)
      out << tr("PRG %1 %2 %3").arg(r.prg).arg(hex(r.addr), r.write ? QStringLiteral("W") : QStringLiteral("R"));
    for (const svm::Response& r : ds.responses)
      in << tr("PRG %1: %2").arg(r.prg).arg(QString::fromStdString(svm::qi::response_name(r.code)));
    it->setText(DOutstanding, out.isEmpty() ? QStringLiteral("-") : out.join(QStringLiteral(", ")));
    it->setText(DResponses, in.isEmpty() ? QStringLiteral("-") : in.join(QStringLiteral(", ")));
    const bool changed = prev && d < prev->devs->size() &&
                         ((*prev->devs)[d].outstanding != ds.outstanding || (*prev->devs)[d].responses != ds.responses ||
                          (*prev->devs)[d].pri_enabled != ds.pri_enabled);
    mark_row(it, changed ? RowState::Changed : RowState::Normal, pal_);
  }
  if (m.devs->empty()) add_placeholder(devices_, tr("no device in this scenario"));
}

void PageRequestView::renderFaults() {
  const svm::Machine& m = trace_->states[static_cast<size_t>(cursor_)];
  // A snapshot is read by value (Trace::states replays it): keep it.
  const std::optional<svm::Machine> prev_m =
      cursor_ > 0 ? std::optional<svm::Machine>(trace_->states[static_cast<size_t>(cursor_ - 1)]) : std::nullopt;
  const svm::Machine* prev = prev_m ? &*prev_m : nullptr;
  const svm::IommuState& hw = *m.hw;
  faultStatus_->setText(tr("FSTS: PFO=%1 PPF=%2 IQE=%3   FRI = %4 (next record)")
                            .arg(bit(hw.fsts & svm::vtd::FSTS_PFO), bit(hw.fsts & svm::vtd::FSTS_PPF),
                                 bit(hw.fsts & svm::vtd::FSTS_IQE))
                            .arg(hw.frcd_next));
  int shown = 0;
  for (size_t i = 0; i < hw.frcd.size(); ++i) {
    const svm::FaultRecord& r = hw.frcd[i];
    if (r.reason == svm::FaultReason::None && !r.f) continue;
    ++shown;
    auto* it = new QTreeWidgetItem(faults_);
    it->setText(FIndex, QString::number(i));
    it->setText(FF, bit(r.f));
    it->setText(FReason, coreText(svm::fault_text(r.reason)));
    it->setToolTip(FReason, it->text(FReason));
    const QString dev = device_name(*trace_, r.sid.v);
    it->setText(FSource, sid_text(r.sid.v) + (dev.isEmpty() ? QString() : QStringLiteral(" ") + dev));
    it->setText(FAddress, hex(r.addr));
    it->setText(FPasid, r.pasid_present ? QString::number(r.pasid.v) : QStringLiteral("-"));
    QStringList acc;
    acc << (r.write ? tr("write") : tr("read"));
    if (r.exec) acc << tr("exec");
    if (r.priv) acc << tr("supervisor");
    it->setText(FAccess, acc.join(QLatin1Char(' ')));
    const bool changed = prev && i < prev->hw->frcd.size() && !(prev->hw->frcd[i] == r);
    mark_row(it, changed ? RowState::Changed : (r.f ? RowState::Fault : RowState::Normal), pal_);
  }
  if (!shown) add_placeholder(faults_, tr("no fault recorded"));
}

}  // namespace svmlab
