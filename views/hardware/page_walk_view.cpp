#include "views/hardware/page_walk_view.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/iommu/translate.h"
#include "core/mem/pgtable.h"
#include "views/common/core_text.h"
#include "views/hardware/hw_common.h"
#include "views/hardware/hw_history.h"

namespace svmlab {

using namespace hw;

namespace {

QString page_size(int level) {
  switch (level) {
    case 1: return QStringLiteral("4 KiB");
    case 2: return QStringLiteral("2 MiB");
    case 3: return QStringLiteral("1 GiB");
  }
  return QString();
}

}  // namespace

PageWalkView::PageWalkView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->setSpacing(3);
  auto label = [&](bool mono) {
    auto* l = new QLabel(this);
    if (mono) l->setFont(mono_font());
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(l);
    return l;
  };
  when_ = label(false);
  QFont wf = when_->font();
  wf.setBold(true);
  when_->setFont(wf);
  request_ = label(true);
  request_->setToolTip(tr("The request the device sent: requester id, PASID, virtual address split into the four "
                          "9-bit table indices, and the access type."));
  caches_ = label(true);
  caches_->setToolTip(tr("Which of the IOMMU's caches answered: the context cache (by source id), the PASID cache "
                         "(by DID and PASID) and the IOTLB (by DID, PASID and page). An IOTLB hit skips the walk."));
  pasidEntry_ = label(true);
  pasidEntry_->setToolTip(tr("The PASID-table entry the translation used (from the PASID cache or from memory)."));

  levels_ = make_table(
      this,
      {tr("level"), tr("index"), tr("entry address"), tr("entry (as read)"), tr("bits"), tr("set by walk"),
       tr("next"), tr("note")},
      {tr("PML4E, PDPTE, PDE, PTE: the entry read at each level of the 4-level first-level walk"),
       tr("The 9-bit index of the virtual address at this level"),
       tr("Physical address of the entry: table base + index * 8"),
       tr("The 64-bit entry as the walk read it, before it set A/D"),
       tr("P present, RW writable, US user, A accessed, D dirty, PS page size (leaf), G global, XD no-execute"),
       tr("Accessed/Dirty bits this walk wrote into the entry"),
       tr("The next table, or the page for a leaf"),
       tr("Why the walk stopped here, or what is wrong with the frame read")});
  lay->addWidget(levels_);
  result_ = label(true);
  QFont rf = result_->font();
  rf.setBold(true);
  rf.setPointSizeF(rf.pointSizeF() * 1.1);
  result_->setFont(rf);
  result_->setToolTip(tr("How the translation ended: a physical address, or the fault the IOMMU reports. Fault codes "
                         "from scalable mode, used here for the ECS PASID path, are marked (modeled)."));
  lay->addStretch(1);
  render();
}

void PageWalkView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  walkStates_ = trace_ ? walk_states(*trace_) : std::vector<int>{};
  cursor_ = trace_ ? std::clamp(cursor_, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void PageWalkView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void PageWalkView::setViewPalette(const Palette& p) {
  pal_ = p;
  render();
}

int PageWalkView::walkState() const {
  return cursor_ >= 0 && cursor_ < static_cast<int>(walkStates_.size()) ? walkStates_[static_cast<size_t>(cursor_)] : -1;
}

QString PageWalkView::requestText() const { return request_->text(); }
QString PageWalkView::cachesText() const { return caches_->text(); }
QString PageWalkView::resultText() const { return result_->text(); }

void PageWalkView::render() {
  setUpdatesEnabled(false);
  levels_->clear();
  const int ws = walkState();
  if (!trace_ || trace_->states.empty() || ws < 0) {
    when_->setText(trace_ ? tr("No translation yet: no device has sent a request with a PASID up to this step.")
                          : tr("No trace."));
    request_->clear();
    caches_->clear();
    pasidEntry_->clear();
    result_->clear();
    add_placeholder(levels_, tr("no page walk to show"));
    fit_height(levels_, 4);
    setUpdatesEnabled(true);
    return;
  }
  const svm::Machine& m = trace_->states[static_cast<size_t>(cursor_)];
  const svm::WalkRecord& w = m.obs->last_walk;
  const svm::TranslationRequest& rq = w.rq;

  if (ws == cursor_)
    when_->setText(tr("Translation at this step: %1").arg(step_ref(*trace_, ws)));
  else
    when_->setText(tr("Last translation: %1, %2 step(s) before this one").arg(step_ref(*trace_, ws)).arg(cursor_ - ws));

  QString dev = device_name(*trace_, rq.sid.v);
  if (dev.isEmpty()) dev = tr("device");
  request_->setText(tr("%1 (%2)  %3 %4  PASID %5  VA %6 = %7%8")
                        .arg(dev, sid_text(rq.sid.v),
                             rq.ats ? tr("ATS translation request") : tr("untranslated DMA"),
                             rq.write ? tr("write") : tr("read"))
                        .arg(rq.pasid_present ? QString::number(rq.pasid.v) : tr("none"))
                        .arg(hex(rq.va), va_split(rq.va),
                             rq.priv ? tr("  supervisor") : tr("  user")));

  auto hm = [&](bool hit) { return hit ? tr("hit") : tr("miss"); };
  QString iotlb = hm(w.iotlb_hit);
  if (w.iotlb_hit && w.stale) iotlb += tr(" (STALE: its frame was freed or reused since the fill)");
  caches_->setText(QStringLiteral("context cache: %1   PASID cache: %2   IOTLB: %3")
                       .arg(hm(w.context_cache_hit), hm(w.pasid_cache_hit), iotlb));

  const uint64_t pe = w.pasid_entry;
  if (w.scalable) {
    // Scalable mode: the path context -> PASID directory -> 512-bit PASID entry, each decoded.
    namespace sm = svm::sm;
    const auto& v = w.pasid_entry_sm;
    QStringList path;
    path << tr("scalable mode: context entry P=%1 DTE=%2 PASIDE=%3 PRE=%4 PDTS=%5 -> PASID directory %6")
                .arg(bit(w.context_lo & sm::CTX_P), bit(w.context_lo & sm::CTX_DTE), bit(w.context_lo & sm::CTX_PASIDE),
                     bit(w.context_lo & sm::CTX_PRE))
                .arg(sm::ctx_pdts(w.context_lo))
                .arg(hex(w.context_lo & svm::vtd::kAddrMask));
    if (w.pasid_cache_hit)
      path << tr("directory and table not read: the PASID cache had the entry");
    else
      path << tr("directory entry %1 (PASID >> 6 = %2) at %3: P=%4 -> PASID table %5")
                  .arg(hex_padded(w.dir_entry, 16))
                  .arg(rq.pasid.v >> sm::PASID_PDE_SHIFT)
                  .arg(hex(w.dir_entry_addr), bit(w.dir_entry & sm::PDE_P), hex(w.dir_entry & svm::vtd::kAddrMask));
    if (w.pasid_cache_hit || w.pasid_entry_addr)
      path << tr("PASID entry (512 bits%1): val[0] %2 P=%3 AW=%4 PGTT=%5  val[1] %6 DID=%7  val[2] %8 SRE=%9 FLPTR=%10")
                  .arg(w.pasid_entry_addr ? tr(", index %1 at %2").arg(rq.pasid.v & sm::PASID_PTE_MASK).arg(hex(w.pasid_entry_addr))
                                          : QString())
                  .arg(hex_padded(v[0], 16), bit(v[0] & sm::PE_P))
                  .arg(sm::pe_aw(v[0]))
                  .arg(sm::pe_pgtt(v[0]))
                  .arg(hex_padded(v[1], 16))
                  .arg(sm::pe_did(v[1]))
                  .arg(hex_padded(v[2], 16), bit(v[2] & sm::PE_SRE), hex(v[2] & svm::vtd::kAddrMask));
    pasidEntry_->setText(path.join(QLatin1Char('\n')));
  } else {
    pasidEntry_->setText(tr("PASID entry %1: P=%2 SRE=%3 FLPTPTR=%4")
                             .arg(hex_padded(pe, 16), bit(pe & svm::vtd::PASID_P), bit(pe & svm::vtd::PASID_SRE),
                                  hex(pe & svm::vtd::kAddrMask)));
  }

  for (size_t i = 0; i < w.levels.size(); ++i) {
    const svm::WalkLevel& l = w.levels[i];
    const bool lastLevel = i + 1 == w.levels.size();
    const bool present = l.entry & svm::pte::P;
    const bool leaf = present && (l.level == 1 || ((l.level == 2 || l.level == 3) && (l.entry & svm::pte::PS)));
    auto* it = new QTreeWidgetItem(levels_);
    it->setText(Level, qs(svm::pte::level_name(l.level)));
    it->setText(Index, QString::number(l.index));
    it->setText(EntryAddress, hex(l.entry_addr));
    it->setText(EntryValue, hex_padded(l.entry, 16));
    it->setText(Bits, QString::fromStdString(svm::pte::decode(l.entry)));
    QStringList set;
    if (l.set_a) set << QStringLiteral("A");
    if (l.set_d) set << QStringLiteral("D");
    it->setText(SetByWalk, set.isEmpty() ? QStringLiteral("-") : set.join(QLatin1Char(' ')));
    if (present)
      it->setText(Next, leaf ? tr("page %1 (%2)").arg(hex(svm::pte::addr(l.entry)), page_size(l.level))
                             : tr("table %1").arg(hex(svm::pte::addr(l.entry))));
    else
      it->setText(Next, QStringLiteral("-"));
    QStringList note;
    RowState st = RowState::Normal;
    if (l.freed_frame) {
      note << tr("table frame already FREED: use after free");
      st = RowState::Stale;
    }
    if (lastLevel && !w.ok) {
      note << (present ? coreText(svm::fault_text(w.fault, w.scalable)) : tr("not present: the walk stops"));
      st = RowState::Fault;
    }
    it->setText(Note, note.join(QStringLiteral("; ")));
    it->setToolTip(Note, it->text(Note));
    mark_row(it, st, pal_);
  }
  if (w.levels.empty()) {
    if (w.iotlb_hit)
      add_placeholder(levels_, tr("no walk: the IOTLB had the translation"));
    else
      add_placeholder(levels_, tr("no walk: the request failed before the page tables were read"));
  }

  QString res;
  if (w.ok) {
    res = tr("-> physical address %1").arg(hex(w.pa));
    const svm::Pfn f{w.pa >> svm::kPageShift};
    if (const svm::FrameInfo* fi = m.mem->info(f)) {
      QString what = qs(svm::frame_use_name(fi->use));
      if (fi->owner) what += tr(" of %1").arg(qs(svm::to_string(fi->owner)));
      if (!fi->allocated) what += tr(", FREED");
      res += QStringLiteral("  (") + what + QStringLiteral(")");
    }
    if (w.iotlb_hit) res += tr("  (from the IOTLB)");
    if (w.stale) res += tr("  STALE: memory that no longer belongs to this translation");
  } else {
    res = tr("fault %1").arg(coreText(svm::fault_text(w.fault, w.scalable)));
    if (svm::is_page_fault(w.fault)) res += tr("  (a page fault: a device with PRI may ask software for the page)");
  }
  result_->setText(res);
  QPalette p = result_->palette();
  p.setColor(QPalette::WindowText, w.ok && !w.stale ? palette().color(QPalette::WindowText) : pal_.leak.darker(130));
  result_->setPalette(p);
  fit_columns(levels_);
  fit_height(levels_, 4);
  setUpdatesEnabled(true);
}

}  // namespace svmlab
