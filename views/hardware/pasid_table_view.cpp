#include "views/hardware/pasid_table_view.h"

#include <optional>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
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

bool scalable(const svm::Machine& m) { return m.hw->mode == svm::IommuMode::Scalable; }

// The PASIDs that have an entry in a PASID-table page: ECS, the one table;
// scalable mode, every table a present directory entry points at.
std::vector<uint32_t> pasids_in_tables(const svm::Machine& m) {
  const svm::IommuState& hw = *m.hw;
  std::vector<uint32_t> out;
  if (!scalable(m)) {
    if (!hw.pasid_table.v) return out;
    const uint64_t base = hw.pasid_table.v << svm::kPageShift;
    for (const auto& [addr, value] : m.mem->words_in(hw.pasid_table)) {
      (void)value;
      out.push_back(static_cast<uint32_t>((addr - base) / 8));
    }
    return out;
  }
  if (!hw.pasid_dir.v) return out;
  const uint64_t dir = hw.pasid_dir.v << svm::kPageShift;
  for (const auto& [daddr, pde] : m.mem->words_in(hw.pasid_dir)) {
    if (!(pde & svm::sm::PDE_P)) continue;
    const uint32_t hi = static_cast<uint32_t>((daddr - dir) / 8) << svm::sm::PASID_PDE_SHIFT;
    const svm::Pfn table{(pde & svm::sm::kPageMask & svm::vtd::kAddrMask) >> svm::kPageShift};
    for (const auto& [addr, value] : m.mem->words_in(table)) {
      (void)value;
      out.push_back(hi | static_cast<uint32_t>((addr - (table.v << svm::kPageShift)) / svm::sm::kEntryBytes));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The entry of `pasid` as in memory: ECS, its 64 bits; scalable mode, val[0..7]
// (zeros when no PASID-table page holds it).
std::vector<uint64_t> entry_words(const svm::Machine& m, uint32_t pasid) {
  std::vector<uint64_t> w(scalable(m) ? 8 : 1, 0);
  if (!scalable(m) && !m.hw->pasid_table.v) return w;
  const uint64_t a = svm::sm::pasid_entry_addr(*m.hw, *m.mem, pasid);
  if (!a) return w;
  for (size_t i = 0; i < w.size(); ++i) w[i] = m.mem->read(svm::PhysAddr{a + 8 * i});
  return w;
}

// Does the PASID cache's copy still match memory? (Scalable mode caches val[0..2];
// the rest of a first-level entry is zero.)
bool cache_matches(const svm::PasidCacheEntry& c, const std::vector<uint64_t>& w) {
  if (!c.scalable) return c.entry == w[0];
  return w.size() >= 3 && c.entry == w[0] && c.val1 == w[1] && c.val2 == w[2];
}

QString pgtt_text(uint64_t pgtt) {
  switch (pgtt) {
    case svm::sm::PGTT_FL_ONLY: return QStringLiteral("001 first level");
    case svm::sm::PGTT_SL_ONLY: return QStringLiteral("010 second level");
    case svm::sm::PGTT_NESTED: return QStringLiteral("011 nested");
    case svm::sm::PGTT_PT: return QStringLiteral("100 pass-through");
  }
  return QStringLiteral("%1").arg(pgtt, 3, 2, QLatin1Char('0'));
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
  contextHeading_ = make_heading(this, QString(), QString());
  col->addWidget(contextHeading_);
  context_ = make_table(this, QStringList(CtxColumnCount, QString()), {});
  col->addWidget(context_);
  pasidHeading_ = make_heading(this, QString(), QString());
  col->addWidget(pasidHeading_);
  pasid_ = make_table(this, QStringList(PasidColumnCount, QString()), {});
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
  setHeaders(false);
  render();
}

// The same columns in both modes, named as the mode's entry names its fields.
void ContextPasidView::setHeaders(bool sm) {
  if (headersScalable_ == int(sm)) return;
  headersScalable_ = int(sm);
  QStringList ch, ct, ph, pt;
  if (!sm) {
    contextHeading_->setText(tr("Extended context entries (one per device)"));
    contextHeading_->setToolTip(tr("256-bit context entries under the root table, ECS mode. Linux 4.4 sets PASIDE, "
                                   "PRE and DINVE and writes the PASID table pointer when a device first binds."));
    ch = {QStringLiteral("SID"), tr("device"), QStringLiteral("P"), QStringLiteral("T"), QStringLiteral("PASIDE"),
          QStringLiteral("PRE"), QStringLiteral("DINVE"), QStringLiteral("DID"), QStringLiteral("PTS"),
          tr("PASID table"), tr("PASID-state table"), tr("context cache")};
    ct = {tr("Source id (bus:device.function): the PCI requester id that indexes the root and context tables"),
          tr("The scenario's device with this source id"), tr("Present (bit 0)"),
          tr("Translation type (bits 4:2): 001 = translate with device-TLB (ATS) allowed"),
          tr("PASID enable (bit 11): requests with a PASID are translated through the PASID table"),
          tr("Page request enable (bit 9): the device may send PRI page requests"),
          tr("Deferred invalidate enable (bit 8): the PASID-state table is used"),
          tr("Domain id (bits 87:72): the tag of this device's IOTLB and PASID-cache entries"),
          tr("PASID table size (bits 131:128): 2^(PTS+5) entries"),
          tr("PASID table pointer (bits 191:140)"), tr("PASID-state table pointer (bits 255:204)"),
          tr("Whether the IOMMU's context cache holds a copy of this entry (hover a row for the raw words)")};
    pasidHeading_->setText(tr("PASID table (entries in use)"));
    pasidHeading_->setToolTip(tr("64-bit PASID-table entries indexed by PASID. intel_svm_bind_mm() writes "
                                 "__pa(mm->pgd) | 1; the v4.5 release() callback clears it to 0."));
    ph = {QStringLiteral("PASID"), tr("entry"), QStringLiteral("P"), QStringLiteral("SRE"), QStringLiteral("FLPTPTR"),
          tr("points at"), tr("bound to"), QStringLiteral("PASID cache"), tr("status")};
    pt = {tr("Process Address Space ID: the index into the PASID table"), tr("The 64-bit entry as in memory"),
          tr("Present (bit 0): without it a request with this PASID faults 'PASID entry not present'"),
          tr("Supervisor requests enable (bit 11): set for a kernel (supervisor) PASID"),
          tr("First-level page-table pointer (bits 63:12): the physical address of the PML4, i.e. mm->pgd"),
          tr("Whose page tables FLPTPTR points at, and whether that frame is still allocated"),
          tr("The intel_svm this PASID belongs to in pasid_idr, and its mm"),
          tr("Whether the IOMMU's PASID cache holds this entry, and whether the cached copy still matches memory"),
          tr("What happened to the entry: changed at this step, present, or cleared")};
  } else {
    contextHeading_->setText(tr("Scalable-mode context entries (one per device)"));
    contextHeading_->setToolTip(
        tr("256-bit scalable-mode context entries under the root table (RTADDR.TTM = 01). An entry no longer holds a "
           "translation: it points at the device's PASID directory. Linux (v5.18) writes it in "
           "domain_context_mapping_one() and sets PASIDE in intel_iommu_enable_pasid()."));
    ch = {QStringLiteral("SID"), tr("device"), QStringLiteral("P"), QStringLiteral("DTE"), QStringLiteral("PASIDE"),
          QStringLiteral("PRE"), QStringLiteral("FPD"), QStringLiteral("RID_PASID"), QStringLiteral("PDTS"),
          tr("PASID directory"), QString(), tr("context cache")};
    ct = {tr("Source id (bus:device.function): the PCI requester id that indexes the root and context tables"),
          tr("The scenario's device with this source id"), tr("Present (bit 0)"),
          tr("Device-TLB enable (bit 2): the device may use ATS (context_set_sm_dte())"),
          tr("PASID enable (bit 3): requests with a PASID are translated through the PASID directory"),
          tr("Page request enable (bit 4): the device may send PRI page requests (context_set_sm_pre())"),
          tr("Fault processing disable (bit 1): cleared by context_set_fault_enable(), so faults are reported"),
          tr("The PASID used for requests without one (bits 83:64, context_set_sm_rid2pasid())"),
          tr("PASID directory size (bits 11:9): 2^(PDTS+7) directory entries of 64 PASIDs each"),
          tr("PASID directory pointer (bits 63:12)"), QString(),
          tr("Whether the IOMMU's context cache holds a copy of this entry (hover a row for the raw words)")};
    pasidHeading_->setText(tr("PASID table (512-bit entries in use, through the PASID directory)"));
    pasidHeading_->setToolTip(
        tr("PASID[19:6] indexes the PASID directory, PASID[5:0] the 64-entry PASID table its entry points at. "
           "intel_pasid_setup_first_level() (v5.18) writes FLPTR = __pa(mm->pgd), DID, AW, PGTT = first level and P."));
    ph = {QStringLiteral("PASID"), tr("entry"), QStringLiteral("P"), QStringLiteral("SRE"), QStringLiteral("FLPTR"),
          tr("points at"), tr("bound to"), QStringLiteral("PASID cache"), tr("status")};
    pt = {tr("Process Address Space ID: directory index PASID[19:6], table index PASID[5:0]"),
          tr("PGTT (bits 8:6), DID (bits 79:64) and AW (bits 4:2) of the 512-bit entry; hover for val[0..7]"),
          tr("Present (bit 0): without it a request with this PASID faults (SCT.5: PASID entry not present, modeled)"),
          tr("Supervisor requests enable (bit 128): set for a kernel (supervisor) PASID"),
          tr("First-level page-table pointer (bits 191:140): the physical address of the PML4, i.e. mm->pgd"),
          tr("Whose page tables FLPTR points at, and whether that frame is still allocated"),
          tr("The PASID's binding and its mm"),
          tr("Whether the IOMMU's PASID cache holds this entry, and whether the cached copy still matches memory"),
          tr("What happened to the entry: changed at this step, present, or cleared")};
  }
  context_->setHeaderLabels(ch);
  pasid_->setHeaderLabels(ph);
  for (int c = 0; c < ch.size(); ++c) context_->headerItem()->setToolTip(c, ct.value(c));
  for (int c = 0; c < ph.size(); ++c) pasid_->headerItem()->setToolTip(c, pt.value(c));
  context_->setColumnHidden(CtxPasidState, sm);  // scalable mode has no PASID-state table
}

void ContextPasidView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  firstPresent_.clear();
  if (trace_) {
    for (size_t i = 0; i < trace_->states.size(); ++i) {
      const svm::Machine& m = trace_->states[i];
      if (i > 0 && m.mem.shares(trace_->states[i - 1].mem) && m.hw.shares(trace_->states[i - 1].hw)) continue;
      for (const uint32_t pasid : pasids_in_tables(m)) {
        if (!svm::sm::read_entry(*m.hw, *m.mem, pasid).present) continue;
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
  setHeaders(scalable(m));
  if (scalable(m))
    summary_->setText(tr("RTADDR %1 (TTM=%2: scalable mode)   PASID directory at %3   ECAP.SMTS %4   at %5")
                          .arg(hex(hw.rtaddr & svm::vtd::kAddrMask))
                          .arg(hw.rtaddr & svm::sm::RTADDR_SMT ? QStringLiteral("01") : QStringLiteral("00"))
                          .arg(hw.pasid_dir.v ? hex(hw.pasid_dir.v << svm::kPageShift) : QStringLiteral("-"))
                          .arg(bit(hw.ecap & svm::sm::ECAP_SMTS))
                          .arg(step_ref(*trace_, cursor_)));
  else
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
    if (scalable(m)) {
      it->setText(CtxT, bit(lo & svm::sm::CTX_DTE));
      it->setText(CtxPaside, bit(lo & svm::sm::CTX_PASIDE));
      it->setText(CtxPre, bit(lo & svm::sm::CTX_PRE));
      it->setText(CtxDinve, bit(lo & svm::sm::CTX_FPD));
      it->setText(CtxDid, QString::number(svm::sm::ctx_rid_pasid(r.ctx[1])));
      const uint64_t pdts = svm::sm::ctx_pdts(lo);
      it->setText(CtxPts, lo & svm::sm::kPageMask ? tr("%1 (%2 directory entries)").arg(pdts).arg(1ULL << (pdts + 7))
                                                  : QStringLiteral("-"));
      it->setText(CtxPasidTable, lo & svm::sm::kPageMask & svm::vtd::kAddrMask
                                     ? hex(lo & svm::sm::kPageMask & svm::vtd::kAddrMask)
                                     : QStringLiteral("-"));
    } else {
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
    }
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
  const bool sm = scalable(m);

  // Which PASIDs to list: present now, present earlier, or allocated.
  std::vector<uint32_t> pasids = pasids_in_tables(m);
  auto want = [&](uint32_t p) {
    if (std::find(pasids.begin(), pasids.end(), p) == pasids.end()) pasids.push_back(p);
  };
  for (size_t p = 0; p < firstPresent_.size(); ++p)
    if (firstPresent_[p] >= 0 && firstPresent_[p] <= cursor_) want(static_cast<uint32_t>(p));
  for (const auto& [p, svm] : m.drv->pasid_idr) want(p);
  if (prev)
    for (const uint32_t p : pasids_in_tables(*prev)) want(p);
  std::sort(pasids.begin(), pasids.end());

  for (uint32_t p : pasids) {
    const std::vector<uint64_t> w = entry_words(m, p);
    const std::vector<uint64_t> before = prev && scalable(*prev) == sm ? entry_words(*prev, p) : w;
    const svm::sm::EntryView ev = svm::sm::read_entry(hw, *m.mem, p);
    const bool present = ev.present;
    auto* it = new QTreeWidgetItem(pasid_);
    it->setText(PasidIndex, QString::number(p));
    if (sm) {
      it->setText(PasidValue, w[0] || w[1] || w[2] ? tr("PGTT %1, DID %2, AW %3")
                                                        .arg(pgtt_text(svm::sm::pe_pgtt(w[0])))
                                                        .arg(svm::sm::pe_did(w[1]))
                                                        .arg(svm::sm::pe_aw(w[0]))
                                                  : QStringLiteral("0"));
      QStringList raw;
      for (size_t i = 0; i < w.size(); ++i) raw << QStringLiteral("val[%1] %2").arg(i).arg(hex_padded(w[i], 16));
      it->setToolTip(PasidValue, raw.join(QLatin1Char('\n')));
    } else {
      it->setText(PasidValue, hex_padded(w[0], 16));
    }
    it->setText(PasidP, bit(present));
    it->setText(PasidSre, bit(ev.sre));
    const uint64_t fl = ev.flptr;
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
        staleCache = !cache_matches(c, w);
        const QString copy = c.scalable ? tr("FLPTR %1").arg(hex(svm::sm::cached_flptr(c))) : hex(c.entry);
        cached = staleCache ? tr("stale: %1").arg(copy) : tr("yes");
        it->setToolTip(PasidCached, staleCache ? tr("The PASID cache (DID %1) holds %2, not what the table holds now")
                                                     .arg(c.did.v)
                                                     .arg(copy)
                                               : tr("The PASID cache (DID %1) holds the same entry").arg(c.did.v));
      }
    it->setText(PasidCached, cached);

    const bool changed = prev && before != w;
    const bool wasPresent = p < firstPresent_.size() && firstPresent_[p] >= 0 && firstPresent_[p] <= cursor_;
    QString status;
    RowState st = RowState::Normal;
    if (present) {
      status = changed ? tr("written at this step") : tr("present");
      if (changed) st = RowState::Changed;
    } else if (wasPresent || (changed && (before[0] & svm::vtd::PASID_P))) {
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
  const bool sm = scalable(m);
  const std::vector<uint64_t> w = entry_words(m, pasid);
  const uint64_t e = w[0];
  const svm::sm::EntryView ev = svm::sm::read_entry(*m.hw, *m.mem, pasid);
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
                  tr("root entry (bus)") + arrow;
  if (sm)
    chain += tr("scalable-mode context entry (PASIDE, PASID directory)") + arrow +
             tr("PASID directory[%1] (PASID[19:6])").arg(pasid >> svm::sm::PASID_PDE_SHIFT) + arrow +
             tr("PASID table[%1] (PASID[5:0])").arg(pasid & svm::sm::PASID_PTE_MASK) + arrow;
  else
    chain += tr("context entry (PASIDE, PASID table)") + arrow + tr("PASID table[%1]").arg(pasid) + arrow;
  const svm::PasidCacheEntry* cached = nullptr;
  for (const svm::PasidCacheEntry& c : m.hw->pasid_cache)
    if (c.pasid.v == pasid) cached = &c;
  const QString fl_name = sm ? QStringLiteral("FLPTR") : QStringLiteral("FLPTPTR");
  if (cached && !cache_matches(*cached, w))
    chain += tr("<b>but the PASID cache still holds the old entry %1: until it is invalidated, the IOMMU uses it "
                "and walks the page tables at %2</b>")
                 .arg(cached->scalable ? hex(cached->val2) : hex(cached->entry), hex(svm::sm::cached_flptr(*cached)));
  else if (ev.present)
    chain += QStringLiteral("%1 %2 = %3").arg(fl_name, hex(ev.flptr), focus->text(PasidPointsAt).toHtmlEscaped()) +
             arrow + tr("4-level walk of those page tables");
  else if (sm)
    chain += tr("<b>P=0: fault 'PASID entry not present' (SCT.5, modeled)</b>");
  else
    chain += tr("<b>P=0: fault 0x59 'PASID entry not present' (modeled)</b>");

  auto cell = [](const QString& head, const QString& body) {
    return QStringLiteral("<td style='padding:3px 8px'><b>%1</b><br/><tt>%2</tt></td>").arg(head, body);
  };
  const QString table =
      sm ? QStringLiteral("<table border='1' cellspacing='0' style='border-color:#999'><tr>") +
               cell(QStringLiteral("191:140 FLPTR"), hex(ev.flptr >> svm::kPageShift) +
                                                         QStringLiteral(" &lt;&lt; 12 = ") + hex(ev.flptr)) +
               cell(QStringLiteral("131:130 FLPM"), QString::number(svm::sm::pe_flpm(w[2]))) +
               cell(QStringLiteral("132 WPE"), bit(w[2] & svm::sm::PE_WPE)) +
               cell(QStringLiteral("128 SRE"), bit(w[2] & svm::sm::PE_SRE)) +
               cell(QStringLiteral("79:64 DID"), QString::number(svm::sm::pe_did(w[1]))) +
               cell(QStringLiteral("8:6 PGTT"), pgtt_text(svm::sm::pe_pgtt(w[0]))) +
               cell(QStringLiteral("4:2 AW"), QString::number(svm::sm::pe_aw(w[0]))) +
               cell(QStringLiteral("1 FPD"), bit(w[0] & svm::sm::PE_FPD)) +
               cell(QStringLiteral("0 P"), bit(w[0] & svm::sm::PE_P)) + QStringLiteral("</tr></table>")
         : QStringLiteral("<table border='1' cellspacing='0' style='border-color:#999'><tr>") +
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
                  (sm ? tr("PASID %1 entry (512 bits; val[3..7] are 0 for a first-level entry):").arg(pasid)
                      : tr("PASID %1 entry %2:").arg(pasid).arg(hex_padded(e, 16))) +
                  QStringLiteral("</p>") + table);
}

}  // namespace svmlab
