#include "views/hardware/pasid_table_view.h"

#include <optional>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/iommu/regs.h"
#include "views/hardware/hw_common.h"

namespace svmlab {

using namespace hw;

namespace {

QString tt_text(uint64_t tt) {
  switch (tt) {
    case svm::vtd::CONTEXT_TT_MULTI_LEVEL: return QStringLiteral("000 translate");
    case svm::vtd::CONTEXT_TT_DEV_IOTLB: return QStringLiteral("001 translate+devTLB");
    case svm::vtd::CONTEXT_TT_PASS_THROUGH: return QStringLiteral("010 pass-through");
    case svm::vtd::CONTEXT_TT_PT_PASID: return QStringLiteral("100 PT, PASID translated");
    case svm::vtd::CONTEXT_TT_PT_PASID_DEV_IOTLB: return QStringLiteral("101 PT, PASID+devTLB");
  }
  return QStringLiteral("%1 reserved").arg(tt, 3, 2, QLatin1Char('0'));
}

struct CtxRow {
  uint16_t sid;
  uint64_t ctx[4];
};

std::vector<CtxRow> context_entries(const svm::Machine& m) {
  std::vector<CtxRow> out;
  const svm::IommuState& hw = *m.hw;
  for (const auto& [key, pfn] : hw.context_tables) {
    const uint16_t bus = key >> 1;
    const bool upper = key & 1;
    for (const auto& [addr, value] : m.mem->words_in(pfn)) {
      (void)value;
      const uint64_t off = addr - (pfn.v << svm::kPageShift);
      const uint16_t idx = static_cast<uint16_t>(off / 32);
      const uint16_t sid = static_cast<uint16_t>(bus << 8 | (upper ? 0x80 : 0) | idx);
      if (!out.empty() && out.back().sid == sid) continue;
      CtxRow r{sid, {}};
      const uint64_t base = (pfn.v << svm::kPageShift) + idx * 32;
      for (int i = 0; i < 4; ++i) r.ctx[i] = m.mem->read(svm::PhysAddr{base + 8 * static_cast<uint64_t>(i)});
      out.push_back(r);
    }
  }
  return out;
}

uint64_t ctx_word(const svm::Machine& m, uint16_t sid, int i) {
  const svm::IommuState& hw = *m.hw;
  if (!hw.context_table_for(sid).v) return 0;
  return m.mem->read(svm::PhysAddr{hw.context_entry_addr(sid) + 8 * static_cast<uint64_t>(i)});
}

}  // namespace

ContextPasidView::ContextPasidView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->setSpacing(2);
  summary_ = new QLabel(this);
  summary_->setFont(mono_font());
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  lay->addWidget(summary_);

  QVBoxLayout* col = make_scroll_column(this, lay);
  col->addWidget(make_heading(this, tr("Extended context entries (one per device)"),
                              tr("256-bit context entries under the root table, ECS mode. Linux 4.4 sets PASIDE, "
                                 "PRE and DINVE and writes the PASID table pointer when a device first binds.")));
  context_ = make_table(
      this,
      {QStringLiteral("SID"), tr("device"), QStringLiteral("P"), QStringLiteral("T"), QStringLiteral("PASIDE"),
       QStringLiteral("PRE"), QStringLiteral("DINVE"), QStringLiteral("DID"), QStringLiteral("PTS"),
       tr("PASID table"), tr("PASID-state table"), tr("context cache")},
      {tr("Source id (bus:device.function): the PCI requester id that indexes the root and context tables"),
       tr("The scenario's device with this source id"), tr("Present (bit 0)"),
       tr("Translation type (bits 4:2): 001 = translate with device-TLB (ATS) allowed"),
       tr("PASID enable (bit 11): requests with a PASID are translated through the PASID table"),
       tr("Page request enable (bit 9): the device may send PRI page requests"),
       tr("Deferred invalidate enable (bit 8): the PASID-state table is used"),
       tr("Domain id (bits 87:72): the tag of this device's IOTLB and PASID-cache entries"),
       tr("PASID table size (bits 131:128): 2^(PTS+5) entries"),
       tr("PASID table pointer (bits 191:140)"), tr("PASID-state table pointer (bits 255:204)"),
       tr("Whether the IOMMU's context cache holds a copy of this entry (hover a row for the raw words)")});
  col->addWidget(context_);
  col->addWidget(make_heading(this, tr("PASID table (entries in use)"),
                              tr("64-bit PASID-table entries indexed by PASID. intel_svm_bind_mm() writes "
                                 "__pa(mm->pgd) | 1; the v4.5 release() callback clears it to 0.")));
  pasid_ = make_table(
      this,
      {QStringLiteral("PASID"), tr("entry"), QStringLiteral("P"), QStringLiteral("SRE"), QStringLiteral("FLPTPTR"),
       tr("points at"), tr("bound to"), QStringLiteral("PASID cache"), tr("status")},
      {tr("Process Address Space ID: the index into the PASID table"), tr("The 64-bit entry as in memory"),
       tr("Present (bit 0): without it a request with this PASID faults 'PASID entry not present'"),
       tr("Supervisor requests enable (bit 11): set for a kernel (supervisor) PASID"),
       tr("First-level page-table pointer (bits 63:12): the physical address of the PML4, i.e. mm->pgd"),
       tr("Whose page tables FLPTPTR points at, and whether that frame is still allocated"),
       tr("The intel_svm this PASID belongs to in pasid_idr, and its mm"),
       tr("Whether the IOMMU's PASID cache holds this entry, and whether the cached copy still matches memory"),
       tr("What happened to the entry: changed at this step, present, or cleared")});
  col->addWidget(pasid_);
  col->addWidget(make_heading(this, tr("How a request with a PASID finds its page tables"),
                              tr("The chain the IOMMU follows for the highlighted PASID entry (the one this step "
                                 "changed, else the first one), and that entry's bits.")));
  chain_ = new QLabel(this);
  chain_->setTextFormat(Qt::RichText);
  chain_->setWordWrap(true);
  chain_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  chain_->setContentsMargins(4, 2, 4, 2);
  col->addWidget(chain_);
  col->addStretch(1);
  render();
}

void ContextPasidView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  firstPresent_.clear();
  if (trace_) {
    for (size_t i = 0; i < trace_->states.size(); ++i) {
      const svm::Machine& m = trace_->states[i];
      if (i > 0 && m.mem.shares(trace_->states[i - 1].mem) && m.hw.shares(trace_->states[i - 1].hw)) continue;
      const svm::Pfn table = m.hw->pasid_table;
      if (!table.v) continue;
      for (const auto& [addr, value] : m.mem->words_in(table)) {
        if (!(value & svm::vtd::PASID_P)) continue;
        const size_t pasid = (addr - (table.v << svm::kPageShift)) / 8;
        if (pasid >= firstPresent_.size()) firstPresent_.resize(pasid + 1, -1);
        if (firstPresent_[pasid] < 0) firstPresent_[pasid] = static_cast<int>(i);
      }
    }
  }
  cursor_ = trace_ ? std::clamp(cursor_, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void ContextPasidView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void ContextPasidView::setViewPalette(const Palette& p) {
  pal_ = p;
  render();
}

void ContextPasidView::render() {
  setUpdatesEnabled(false);
  context_->clear();
  pasid_->clear();
  if (!trace_ || trace_->states.empty()) {
    summary_->setText(tr("No trace."));
    add_placeholder(context_, tr("no trace loaded"));
    add_placeholder(pasid_, tr("no trace loaded"));
    fit_height(context_, 1);
    fit_height(pasid_, 1);
    chain_->clear();
    setUpdatesEnabled(true);
    return;
  }
  const svm::Machine& m = trace_->states[static_cast<size_t>(cursor_)];
  // A snapshot is read by value (Trace::states replays it): keep it.
  const std::optional<svm::Machine> prev_m =
      cursor_ > 0 ? std::optional<svm::Machine>(trace_->states[static_cast<size_t>(cursor_ - 1)]) : std::nullopt;
  const svm::Machine* prev = prev_m ? &*prev_m : nullptr;
  const svm::IommuState& hw = *m.hw;
  if (hw.mode == svm::IommuMode::Scalable) {
    // These tables decode ECS entries; a scalable-mode machine's entries are
    // decoded by the VT-d diagrams' translation path. Empty, not misread.
    summary_->setText(tr("Scalable mode (VT-d 3.x): the root, scalable-mode context, PASID directory and 512-bit "
                         "PASID entries are decoded in the VT-d diagrams' translation path, not in these ECS "
                         "tables.   at %1")
                          .arg(step_ref(*trace_, cursor_)));
    add_placeholder(context_, tr("scalable mode: see the translation path in the VT-d diagrams"));
    add_placeholder(pasid_, tr("scalable mode: see the translation path in the VT-d diagrams"));
    fit_height(context_, 1);
    fit_height(pasid_, 1);
    chain_->clear();
    setUpdatesEnabled(true);
    return;
  }
  summary_->setText(tr("RTADDR %1 (RTT=%2: extended root table)   PASID table at %3   ECAP.PSS %4   at %5")
                        .arg(hex(hw.rtaddr & svm::vtd::kAddrMask))
                        .arg(bit(hw.rtaddr & svm::vtd::RTADDR_RTT))
                        .arg(hex(hw.pasid_table.v << svm::kPageShift))
                        .arg(svm::vtd::ecap_pss(hw.ecap))
                        .arg(step_ref(*trace_, cursor_)));
  renderContext(m, prev);
  renderPasid(m, prev);
  fit_columns(context_);
  fit_columns(pasid_);
  fit_height(context_, 8);
  fit_height(pasid_, 16);
  renderChain(m);
  setUpdatesEnabled(true);
}

void ContextPasidView::renderContext(const svm::Machine& m, const svm::Machine* prev) {
  const svm::IommuState& hw = *m.hw;
  const auto rows = context_entries(m);
  for (const CtxRow& r : rows) {
    auto* it = new QTreeWidgetItem(context_);
    const uint64_t lo = r.ctx[0];
    it->setText(CtxSid, sid_text(r.sid));
    it->setText(CtxDevice, device_name(*trace_, r.sid));
    it->setText(CtxP, bit(lo & svm::vtd::CONTEXT_P));
    it->setText(CtxT, tt_text(svm::vtd::context_tt(lo)));
    it->setText(CtxPaside, bit(lo & svm::vtd::CONTEXT_PASIDE));
    it->setText(CtxPre, bit(lo & svm::vtd::CONTEXT_PRS));
    it->setText(CtxDinve, bit(lo & svm::vtd::CONTEXT_DINVE));
    it->setText(CtxDid, QString::number(svm::vtd::context_did(r.ctx[1])));
    const uint64_t pts = svm::vtd::context_pts(r.ctx[2]);
    it->setText(CtxPts, (lo & svm::vtd::CONTEXT_PASIDE) || r.ctx[2]
                            ? tr("%1 (%2 entries)").arg(pts).arg(1ULL << (pts + 5))
                            : QStringLiteral("-"));
    it->setText(CtxPasidTable, r.ctx[2] & svm::vtd::kAddrMask ? hex(r.ctx[2] & svm::vtd::kAddrMask) : QStringLiteral("-"));
    it->setText(CtxPasidState, r.ctx[3] & svm::vtd::kAddrMask ? hex(r.ctx[3] & svm::vtd::kAddrMask) : QStringLiteral("-"));
    QString cached = tr("no");
    for (const svm::ContextCacheEntry& e : hw.context_cache)
      if (e.sid.v == r.sid) cached = std::equal(e.ctx, e.ctx + 4, r.ctx) ? tr("yes") : tr("yes, stale copy");
    it->setText(CtxCached, cached);
    const QString raw = tr("context[0].lo %1  context[0].hi %2\ncontext[1].lo %3  context[1].hi %4")
                            .arg(hex_padded(r.ctx[0], 16), hex_padded(r.ctx[1], 16), hex_padded(r.ctx[2], 16),
                                 hex_padded(r.ctx[3], 16));
    for (int c = 0; c < CtxColumnCount; ++c) it->setToolTip(c, raw);
    bool changed = false;
    if (prev)
      for (int i = 0; i < 4; ++i) changed |= ctx_word(*prev, r.sid, i) != r.ctx[i];
    RowState st = changed ? RowState::Changed : RowState::Normal;
    if (cached.contains(QStringLiteral("stale"))) st = RowState::Stale;
    mark_row(it, st, pal_);
    if (changed) it->setToolTip(0, tr("This entry changed at this step"));
  }
  if (rows.empty()) add_placeholder(context_, tr("no context entries: no device behind this IOMMU"));
}

void ContextPasidView::renderPasid(const svm::Machine& m, const svm::Machine* prev) {
  const svm::IommuState& hw = *m.hw;
  const svm::Pfn table = hw.pasid_table;
  const uint64_t base = table.v << svm::kPageShift;

  // Which PASIDs to list: present now, present earlier, or allocated.
  std::vector<uint32_t> pasids;
  auto want = [&](uint32_t p) {
    if (std::find(pasids.begin(), pasids.end(), p) == pasids.end()) pasids.push_back(p);
  };
  if (table.v)
    for (const auto& [addr, value] : m.mem->words_in(table)) {
      (void)value;
      want(static_cast<uint32_t>((addr - base) / 8));
    }
  for (size_t p = 0; p < firstPresent_.size(); ++p)
    if (firstPresent_[p] >= 0 && firstPresent_[p] <= cursor_) want(static_cast<uint32_t>(p));
  for (const auto& [p, svm] : m.drv->pasid_idr) want(p);
  if (prev && prev->hw->pasid_table.v)
    for (const auto& [addr, value] : prev->mem->words_in(prev->hw->pasid_table)) {
      (void)value;
      want(static_cast<uint32_t>((addr - (prev->hw->pasid_table.v << svm::kPageShift)) / 8));
    }
  std::sort(pasids.begin(), pasids.end());

  for (uint32_t p : pasids) {
    const uint64_t e = table.v ? m.mem->read(svm::PhysAddr{base + uint64_t(p) * 8}) : 0;
    const uint64_t before =
        prev && prev->hw->pasid_table.v
            ? prev->mem->read(svm::PhysAddr{(prev->hw->pasid_table.v << svm::kPageShift) + uint64_t(p) * 8})
            : e;
    const bool present = e & svm::vtd::PASID_P;
    auto* it = new QTreeWidgetItem(pasid_);
    it->setText(PasidIndex, QString::number(p));
    it->setText(PasidValue, hex_padded(e, 16));
    it->setText(PasidP, bit(present));
    it->setText(PasidSre, bit(e & svm::vtd::PASID_SRE));
    const uint64_t fl = e & svm::vtd::kAddrMask;
    it->setText(PasidFlptptr, fl ? hex(fl) : QStringLiteral("-"));

    // FLPTPTR: whose pgd?
    QString at = QStringLiteral("-");
    bool freedFrame = false;
    if (fl) {
      const svm::Pfn f{fl >> svm::kPageShift};
      at.clear();
      for (uint32_t i = 1; i <= m.k->mms.size(); ++i)
        if (m.k->mms[i - 1].pgd == f) {
          at = tr("pgd of %1").arg(qs(svm::to_string(svm::ObjId{svm::Kind::Mm, i})));
          if (!m.k->mms[i - 1].alive) at += tr(" (mm freed)");
        }
      if (at.isEmpty() && m.k->init_mm_pgd == f) at = QStringLiteral("init_mm.pgd");
      if (at.isEmpty()) at = tr("frame %1").arg(hex(f.v));
      if (m.mem->state(f) == svm::FrameState::Freed) {
        at += tr(", frame FREED");
        freedFrame = true;
      }
    }
    it->setText(PasidPointsAt, at);

    QString bound = QStringLiteral("-");
    if (const svm::ObjId s = m.drv->idr_find(p)) {
      bound = qs(svm::to_string(s));
      const svm::IntelSvm& sv = m.drv->svms[s.idx - 1];
      bound += sv.mm ? QStringLiteral(" -> ") + qs(svm::to_string(sv.mm)) : tr(" (supervisor, no mm)");
    }
    it->setText(PasidBoundTo, bound);

    QString cached = tr("no");
    bool staleCache = false;
    for (const svm::PasidCacheEntry& c : hw.pasid_cache)
      if (c.pasid.v == p) {
        staleCache = c.entry != e;
        cached = staleCache ? tr("stale: %1").arg(hex(c.entry)) : tr("yes");
        it->setToolTip(PasidCached, staleCache ? tr("The PASID cache (DID %1) holds %2, not what the table holds now")
                                                     .arg(c.did.v)
                                                     .arg(hex(c.entry))
                                               : tr("The PASID cache (DID %1) holds the same entry").arg(c.did.v));
      }
    it->setText(PasidCached, cached);

    const bool changed = prev && before != e;
    const bool wasPresent = p < firstPresent_.size() && firstPresent_[p] >= 0 && firstPresent_[p] <= cursor_;
    QString status;
    RowState st = RowState::Normal;
    if (present) {
      status = changed ? tr("written at this step") : tr("present");
      if (changed) st = RowState::Changed;
    } else if (wasPresent || (changed && (before & svm::vtd::PASID_P))) {
      status = changed ? tr("cleared at this step (not present)") : tr("cleared (not present)");
      st = changed ? RowState::Changed : RowState::Cleared;
    } else {
      status = tr("allocated, entry not written yet");
      if (changed) st = RowState::Changed;
    }
    if (freedFrame) {
      status += tr("; points at a freed page table");
      st = RowState::Stale;
    }
    if (staleCache) {
      status += tr("; stale copy in the PASID cache");
      if (st != RowState::Changed) st = RowState::Stale;
    }
    it->setText(PasidStatus, status);
    it->setToolTip(PasidStatus, status);
    mark_row(it, st, pal_);
  }
  if (pasids.empty()) add_placeholder(pasid_, tr("no PASID in use: nothing has been bound yet"));
}

QString ContextPasidView::chainText() const { return chain_->text(); }

void ContextPasidView::renderChain(const svm::Machine& m) {
  // The focus: the PASID row this step changed, else the first row.
  QTreeWidgetItem* focus = nullptr;
  for (int i = 0; i < pasid_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* it = pasid_->topLevelItem(i);
    if (row_state(it) == RowState::Placeholder) continue;
    if (!focus || row_state(it) == RowState::Changed) focus = it;
    if (row_state(it) == RowState::Changed) break;
  }
  if (!focus) {
    chain_->setText(tr("<i>No PASID in use yet: a device's request with a PASID would fault at the PASID table.</i>"));
    return;
  }
  const uint32_t pasid = focus->text(PasidIndex).toUInt();
  const uint64_t e = m.mem->read(svm::PhysAddr{(m.hw->pasid_table.v << svm::kPageShift) + uint64_t(pasid) * 8});
  // The device(s) bound to it, else the first device of the scenario.
  QString dev, sid;
  if (const svm::ObjId s = m.drv->idr_find(pasid))
    for (svm::ObjId sd : m.drv->svms[s.idx - 1].devs) {
      const auto& d = m.drv->sdevs[sd.idx - 1];
      sid = sid_text(d.sid.v);
      dev = device_name(*trace_, d.sid.v);
      break;
    }
  if (sid.isEmpty() && context_->topLevelItemCount() && row_state(context_->topLevelItem(0)) != RowState::Placeholder) {
    sid = context_->topLevelItem(0)->text(CtxSid);
    dev = context_->topLevelItem(0)->text(CtxDevice);
  }
  const QString arrow = QStringLiteral(" &rarr; ");
  QString chain = tr("Request from %1 (%2) with PASID %3").arg(dev.toHtmlEscaped(), sid).arg(pasid) + arrow +
                  tr("root entry (bus)") + arrow + tr("context entry (PASIDE, PASID table)") + arrow +
                  tr("PASID table[%1]").arg(pasid) + arrow;
  uint64_t cached = 0;
  bool inCache = false;
  for (const svm::PasidCacheEntry& c : m.hw->pasid_cache)
    if (c.pasid.v == pasid) {
      cached = c.entry;
      inCache = true;
    }
  if (inCache && cached != e)
    chain += tr("<b>but the PASID cache still holds the old entry %1: until it is invalidated, the IOMMU uses it "
                "and walks the page tables at %2</b>")
                 .arg(hex(cached), hex(cached & svm::vtd::kAddrMask));
  else if (e & svm::vtd::PASID_P)
    chain += tr("FLPTPTR %1 = %2").arg(hex(e & svm::vtd::kAddrMask), focus->text(PasidPointsAt).toHtmlEscaped()) + arrow +
             tr("4-level walk of those page tables");
  else
    chain += tr("<b>P=0: fault 0x59 'PASID entry not present' (modeled)</b>");

  auto cell = [](const QString& head, const QString& body) {
    return QStringLiteral("<td style='padding:3px 8px'><b>%1</b><br/><tt>%2</tt></td>").arg(head, body);
  };
  const QString table =
      QStringLiteral("<table border='1' cellspacing='0' style='border-color:#999'><tr>") +
      cell(QStringLiteral("63:12 FLPTPTR"), hex((e & svm::vtd::kAddrMask) >> svm::kPageShift) +
                                                QStringLiteral(" &lt;&lt; 12 = ") + hex(e & svm::vtd::kAddrMask)) +
      cell(QStringLiteral("11 SRE"), bit(e & svm::vtd::PASID_SRE)) +
      cell(QStringLiteral("10:1"), hex((e >> 1) & 0x3ff)) + cell(QStringLiteral("0 P"), bit(e & svm::vtd::PASID_P)) +
      QStringLiteral("</tr></table>");
  QString ctx;
  for (int i = 0; i < context_->topLevelItemCount(); ++i)
    if (context_->topLevelItem(i)->text(CtxSid) == sid)
      ctx = QStringLiteral("<p>") + tr("Context entry of %1:").arg(sid) + QStringLiteral("<br/><tt>") +
            context_->topLevelItem(i)->toolTip(0).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
            QStringLiteral("</tt></p>");
  chain_->setText(QStringLiteral("<p>") + chain + QStringLiteral("</p>") + ctx + QStringLiteral("<p>") +
                  tr("PASID %1 entry %2:").arg(pasid).arg(hex_padded(e, 16)) + QStringLiteral("</p>") + table);
}

}  // namespace svmlab
