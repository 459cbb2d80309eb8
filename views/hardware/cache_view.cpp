#include "views/hardware/cache_view.h"

#include <optional>
#include <QCoreApplication>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <tuple>

#include "core/engine/config.h"
#include "core/engine/fn_id.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "views/hardware/hw_common.h"
#include "views/hardware/hw_history.h"

namespace svmlab {

using namespace hw;

namespace {

QString stale_text(Staleness s, const svm::PhysMem& mem, svm::Pfn pfn, uint16_t gen) {
  switch (s) {
    case Staleness::Fresh: return QString();
    case Staleness::FrameFreed:
      return QCoreApplication::translate("svmlab::TranslationCacheView", "STALE: frame %1 was freed since the fill")
          .arg(hex(pfn.v));
    case Staleness::FrameReused:
      return QCoreApplication::translate("svmlab::TranslationCacheView",
                                         "STALE: frame %1 was freed and reused since the fill (gen %2, now %3)")
          .arg(hex(pfn.v))
          .arg(gen)
          .arg(mem.gen(pfn));
  }
  return QString();
}

// Why did an entry go away at the step that led to `state`?
QString removal_reason(const svm::Trace& t, int state) {
  if (state <= 0 || state > static_cast<int>(t.steps.size())) return QString();
  const svm::StepRecord& s = t.steps[static_cast<size_t>(state - 1)];
  const bool iommu = t.cfg && s.thread >= 0 && s.thread < static_cast<int>(t.cfg->threads.size()) &&
                     t.cfg->threads[static_cast<size_t>(s.thread)].kind == svm::ThreadKind::Iommu;
  if (iommu && s.text.rfind("IQ[", 0) == 0)
    return QCoreApplication::translate("svmlab::TranslationCacheView", "invalidated by %1")
        .arg(QString::fromUtf8(s.text.data(), static_cast<qsizetype>(s.text.size())).section(QLatin1Char(':'), 0, 0));
  if (s.fn == svm::FnId::dev_dma && s.text.find("Page Request") != std::string::npos)
    return QCoreApplication::translate("svmlab::TranslationCacheView", "implicit invalidation by the page request");
  return QCoreApplication::translate("svmlab::TranslationCacheView", "evicted or replaced");
}

// Rows for the entries of one cache: the current ones (added/changed marked
// against the previous state), then the ones this step removed.
template <class E, class A, class K>
void fill(QTreeWidget* table, const std::vector<E, A>& cur, const std::vector<E, A>* prev, K key,
          const std::function<RowState(QTreeWidgetItem*, const E&)>& row, int statusColumn, const QString& removedWhy,
          const Palette& pal, const QString& empty) {
  for (const E& e : cur) {
    auto* it = new QTreeWidgetItem(table);
    RowState st = row(it, e);
    QString status = it->text(statusColumn);
    if (prev) {
      const auto p = std::find_if(prev->begin(), prev->end(), [&](const E& x) { return key(x) == key(e); });
      const QString what = p == prev->end()
                               ? QCoreApplication::translate("svmlab::TranslationCacheView", "new at this step")
                           : !(*p == e) ? QCoreApplication::translate("svmlab::TranslationCacheView", "changed at this step")
                                        : QString();
      if (!what.isEmpty()) {
        status = status.isEmpty() ? what : what + QStringLiteral("; ") + status;
        if (st == RowState::Normal) st = p == prev->end() ? RowState::Added : RowState::Changed;
      }
    }
    if (status.isEmpty()) status = QCoreApplication::translate("svmlab::TranslationCacheView", "valid");
    it->setText(statusColumn, status);
    it->setToolTip(statusColumn, status);
    mark_row(it, st, pal);
  }
  if (prev)
    for (const E& e : *prev) {
      if (std::any_of(cur.begin(), cur.end(), [&](const E& x) { return key(x) == key(e); })) continue;
      auto* it = new QTreeWidgetItem(table);
      row(it, e);
      const QString status = QCoreApplication::translate("svmlab::TranslationCacheView", "removed at this step: %1")
                                 .arg(removedWhy);
      it->setText(statusColumn, status);
      it->setToolTip(statusColumn, status);
      mark_row(it, RowState::Removed, pal);
    }
  if (table->topLevelItemCount() == 0) add_placeholder(table, empty);
}

}  // namespace

TranslationCacheView::TranslationCacheView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->setSpacing(2);
  stats_ = new QLabel(this);
  stats_->setFont(mono_font());
  stats_->setWordWrap(true);
  stats_->setToolTip(tr("Hits and misses counted since boot; in brackets, what this step added."));
  lay->addWidget(stats_);

  QVBoxLayout* col = make_scroll_column(this, lay);
  auto section = [&](const QString& title, const QString& tip, QTreeWidget* table) {
    col->addWidget(make_heading(this, title, tip));
    col->addWidget(table);
  };

  const QString statusTip = tr("valid; new or changed at this step; removed at this step (struck through); or STALE: "
                               "the frame the entry translates to was freed (or freed and reused) after the fill");
  iotlb_ = make_table(this,
                      {QStringLiteral("DID"), QStringLiteral("PASID"), QStringLiteral("VA"), tr("size"),
                       QStringLiteral("PFN"), tr("perms"), QStringLiteral("D"), tr("gen"), tr("status")},
                      {tr("Domain id: tag from the device's context entry"), tr("PASID tag"),
                       tr("First virtual address the entry covers"), tr("Page size (the walk level of the leaf)"),
                       tr("Physical frame number the page maps to"),
                       tr("R read, W write, U user, X execute: the permissions the walk found"),
                       tr("Dirty: the filling walk set D, so writes may hit"),
                       tr("Generation of the frame when the entry was filled (a free bumps it)"), statusTip});
  section(QStringLiteral("IOTLB"),
          tr("Finished first-level translations, tagged by DID, PASID and page. A hit skips the page walk, whether or "
             "not the memory behind it is still what it was: that is how a missing flush becomes visible."),
          iotlb_);
  pasidCache_ = make_table(this,
                           {QStringLiteral("DID"), QStringLiteral("PASID"), tr("entry"), QStringLiteral("P"),
                            QStringLiteral("FLPTPTR"), tr("status")},
                           {tr("Domain id tag"), tr("PASID tag"), tr("The cached PASID-table entry"), tr("Present"),
                            tr("First-level page-table pointer (mm->pgd)"),
                            tr("Whether the cached copy still matches the PASID table in memory")});
  section(QStringLiteral("PASID cache"),
          tr("Cached PASID-table entries, tagged by DID and PASID. After the entry is cleared in memory, the cached "
             "copy must be invalidated too (PASID-cache invalidation), or the IOMMU keeps using it."),
          pasidCache_);
  contextCache_ = make_table(this,
                             {QStringLiteral("SID"), QStringLiteral("DID"), QStringLiteral("PASIDE"),
                              QStringLiteral("PRE"), tr("status")},
                             {tr("Source id of the device"), tr("Domain id from the entry"),
                              tr("PASID enable in the cached entry"), tr("Page request enable in the cached entry"),
                              tr("Whether the cached copy still matches the context entry in memory")});
  section(tr("Context cache"), tr("Cached context entries, tagged by source id."), contextCache_);
  devTlb_ = make_table(this,
                       {tr("device"), QStringLiteral("PASID"), QStringLiteral("VA"), tr("size"), QStringLiteral("PFN"),
                        tr("perms"), tr("gen"), tr("status")},
                       {tr("The device whose ATS device TLB holds the entry"), tr("PASID tag"),
                        tr("Virtual address of the page"), tr("Page size"), tr("Physical frame number"),
                        tr("Permissions from the translation completion"),
                        tr("Generation of the frame when the entry was filled"), statusTip});
  section(tr("Device TLBs (ATS)"),
          tr("Translations the devices cached from ATS translation completions. Only a device-TLB invalidation "
             "removes them; the device then accesses memory with the cached physical address directly."),
          devTlb_);
  col->addStretch(1);
  render();
}

void TranslationCacheView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  cursor_ = trace_ ? std::clamp(cursor_, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void TranslationCacheView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  render();
}

void TranslationCacheView::setViewPalette(const Palette& p) {
  pal_ = p;
  render();
}

QString TranslationCacheView::statsText() const { return stats_->text(); }

void TranslationCacheView::render() {
  setUpdatesEnabled(false);
  for (QTreeWidget* t : {iotlb_, pasidCache_, contextCache_, devTlb_}) t->clear();
  if (!trace_ || trace_->states.empty()) {
    stats_->setText(tr("No trace."));
    for (QTreeWidget* t : {iotlb_, pasidCache_, contextCache_, devTlb_}) {
      add_placeholder(t, tr("no trace loaded"));
      fit_height(t, 1);
    }
    setUpdatesEnabled(true);
    return;
  }
  const svm::Machine& m = trace_->states[static_cast<size_t>(cursor_)];
  // A snapshot is read by value (Trace::states replays it): keep it.
  const std::optional<svm::Machine> prev_m =
      cursor_ > 0 ? std::optional<svm::Machine>(trace_->states[static_cast<size_t>(cursor_ - 1)]) : std::nullopt;
  const svm::Machine* prev = prev_m ? &*prev_m : nullptr;
  const svm::IommuState& hw = *m.hw;
  const svm::PhysMem& mem = *m.mem;
  const QString why = removal_reason(*trace_, cursor_);

  // Hit/miss counters, with what this step added.
  const svm::Observations& o = *m.obs;
  auto pair = [&](const char* name, uint64_t h, uint64_t mi, uint64_t ph, uint64_t pm) {
    QString s = QStringLiteral("%1 %2 %3 / %4 %5").arg(QLatin1String(name), tr("hits")).arg(h).arg(tr("misses")).arg(mi);
    QStringList d;
    if (prev && h > ph) d << tr("+%1 hit").arg(h - ph);
    if (prev && mi > pm) d << tr("+%1 miss").arg(mi - pm);
    if (!d.isEmpty()) s += QStringLiteral(" (") + d.join(QStringLiteral(", ")) + QStringLiteral(")");
    return s;
  };
  const svm::Observations po = prev ? *prev->obs : svm::Observations{};
  stats_->setText(QStringList{pair("IOTLB", o.iotlb_hits, o.iotlb_misses, po.iotlb_hits, po.iotlb_misses),
                              pair("PASID cache", o.pasid_cache_hits, o.pasid_cache_misses, po.pasid_cache_hits,
                                   po.pasid_cache_misses),
                              pair("device TLB", o.devtlb_hits, o.devtlb_misses, po.devtlb_hits, po.devtlb_misses)}
                      .join(QStringLiteral("    ")) +
                  QStringLiteral("    ") + tr("at %1").arg(step_ref(*trace_, cursor_)));

  // IOTLB.
  fill<svm::IotlbEntry>(
      iotlb_, hw.iotlb, prev ? &prev->hw->iotlb : nullptr,
      [](const svm::IotlbEntry& e) { return std::tuple(e.did.v, e.pasid.v, e.va, e.level); },
      [&](QTreeWidgetItem* it, const svm::IotlbEntry& e) {
        it->setText(TlbDid, QString::number(e.did.v));
        it->setText(TlbPasid, QString::number(e.pasid.v));
        it->setText(TlbVa, hex(e.va));
        it->setText(TlbSize, page_size_text(e.level) + QStringLiteral(" (L%1)").arg(e.level));
        it->setText(TlbPfn, hex(e.pfn.v));
        it->setText(TlbPerms, perms_text(e.perms) + (e.global ? QStringLiteral(" G") : QString()));
        it->setText(TlbDirty, bit(e.dirty));
        const Staleness s = staleness(mem, e.pfn, e.gen);
        it->setText(TlbGen, QString::number(e.gen));
        it->setText(TlbStatus, stale_text(s, mem, e.pfn, e.gen));
        return s == Staleness::Fresh ? RowState::Normal : RowState::Stale;
      },
      TlbStatus, why, pal_, tr("empty: no translation cached"));

  // PASID cache.
  fill<svm::PasidCacheEntry>(
      pasidCache_, hw.pasid_cache, prev ? &prev->hw->pasid_cache : nullptr,
      [](const svm::PasidCacheEntry& e) { return std::tuple(e.did.v, e.pasid.v); },
      [&](QTreeWidgetItem* it, const svm::PasidCacheEntry& e) {
        it->setText(PcDid, QString::number(e.did.v));
        it->setText(PcPasid, QString::number(e.pasid.v));
        it->setText(PcEntry, hex_padded(e.entry, 16));
        it->setText(PcP, bit(e.entry & svm::vtd::PASID_P));
        it->setText(PcFlptptr, hex(svm::sm::cached_flptr(e)));
        if (svm::sm::cached_entry_current(hw, mem, e)) return RowState::Normal;
        const uint64_t at = svm::sm::pasid_entry_addr(hw, mem, e.pasid.v);
        const uint64_t inMem = at ? mem.read(svm::PhysAddr{at}) : 0;
        it->setText(PcStatus, tr("STALE: the PASID table now holds %1").arg(hex(inMem)));
        return RowState::Stale;
      },
      PcStatus, why, pal_, tr("empty: no PASID entry cached"));

  // Context cache.
  fill<svm::ContextCacheEntry>(
      contextCache_, hw.context_cache, prev ? &prev->hw->context_cache : nullptr,
      [](const svm::ContextCacheEntry& e) { return e.sid.v; },
      [&](QTreeWidgetItem* it, const svm::ContextCacheEntry& e) {
        it->setText(CcSid, sid_text(e.sid.v));
        const ContextBits b = context_bits(hw.mode, e.ctx[0]);
        it->setText(CcDid, hw.mode == svm::IommuMode::Scalable ? tr("none (scalable mode)") : QString::number(e.did.v));
        it->setText(CcPaside, bit(b.paside));
        it->setText(CcPre, bit(b.pre));
        const uint64_t base = hw.context_entry_addr(e.sid.v);
        bool same = true;
        for (int i = 0; i < 4; ++i) same &= mem.read(svm::PhysAddr{base + 8 * static_cast<uint64_t>(i)}) == e.ctx[i];
        if (same) return RowState::Normal;
        it->setText(CcStatus, tr("STALE: the context entry in memory changed"));
        return RowState::Stale;
      },
      CcStatus, why, pal_, tr("empty: no context entry cached"));

  // Device TLBs, all devices in one table.
  struct Dt {
    int dev;
    svm::DevTlbEntry e;
    bool operator==(const Dt& o) const { return dev == o.dev && e == o.e; }
  };
  auto collect = [](const svm::Machine& mm) {
    std::vector<Dt> v;
    for (size_t d = 0; d < mm.devs->size(); ++d)
      for (const svm::DevTlbEntry& e : (*mm.devs)[d].devtlb) v.push_back({static_cast<int>(d), e});
    return v;
  };
  const std::vector<Dt> cur = collect(m);
  const std::vector<Dt> before = prev ? collect(*prev) : std::vector<Dt>{};
  fill<Dt>(
      devTlb_, cur, prev ? &before : nullptr,
      [](const Dt& x) { return std::tuple(x.dev, x.e.pasid.v, x.e.va, x.e.level); },
      [&](QTreeWidgetItem* it, const Dt& x) {
        QString name;
        if (trace_->cfg && trace_->cfg->scenario && x.dev < static_cast<int>(trace_->cfg->scenario->devices.size()))
          name = QString::fromStdString(trace_->cfg->scenario->devices[static_cast<size_t>(x.dev)].name);
        it->setText(DtDevice, name);
        it->setText(DtPasid, QString::number(x.e.pasid.v));
        it->setText(DtVa, hex(x.e.va));
        it->setText(DtSize, page_size_text(x.e.level) + QStringLiteral(" (L%1)").arg(x.e.level));
        it->setText(DtPfn, hex(x.e.pfn.v));
        it->setText(DtPerms, perms_text(x.e.perms));
        it->setText(DtGen, QString::number(x.e.gen));
        const Staleness s = staleness(mem, x.e.pfn, x.e.gen);
        it->setText(DtStatus, stale_text(s, mem, x.e.pfn, x.e.gen));
        return s == Staleness::Fresh ? RowState::Normal : RowState::Stale;
      },
      DtStatus, why, pal_, tr("empty: no device has cached a translation"));

  for (QTreeWidget* t : {iotlb_, pasidCache_, contextCache_, devTlb_}) {
    fit_columns(t);
    fit_height(t, 16);
  }
  setUpdatesEnabled(true);
}

}  // namespace svmlab
