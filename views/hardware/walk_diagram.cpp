#include "views/hardware/walk_diagram.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/engine/config.h"
#include "core/iommu/regs.h"
#include "core/iommu/translate.h"
#include "core/mem/pgtable.h"
#include "views/common/core_text.h"
#include "views/hardware/hw_common.h"

namespace svmlab::hw {

namespace {

QString tr_hw(const char* s) { return QCoreApplication::translate("svmlab::hw", s); }

QString va_split(uint64_t va) {
  return QStringLiteral("PML4[%1] PDPT[%2] PD[%3] PT[%4] +%5")
      .arg(svm::pte::index(va, 4))
      .arg(svm::pte::index(va, 3))
      .arg(svm::pte::index(va, 2))
      .arg(svm::pte::index(va, 1))
      .arg(hex(va & 0xfff));
}

// Where on the path a fault stops the translation.
enum Stage { RootStage, ContextStage, PasidStage, WalkStage };
Stage stage_of(svm::FaultReason r) {
  using F = svm::FaultReason;
  switch (r) {
    case F::RootNotPresent: return RootStage;
    case F::ContextNotPresent:
    case F::PasidDisabled:
    case F::PasidTooLarge:
    case F::PageRequestDisabled: return ContextStage;
    case F::PasidEntryAccess:
    case F::PasidNotPresent:
    case F::SreDisabled:
    case F::NonCanonical: return PasidStage;
    default: return WalkStage;
  }
}

// Which device's thread took the step that led to `state` (-1: not a device).
int device_of_step(const svm::Trace& t, int state) {
  if (!t.cfg || state <= 0 || state > static_cast<int>(t.steps.size())) return -1;
  const int tid = t.steps[static_cast<size_t>(state - 1)].thread;
  if (tid < 0 || tid >= static_cast<int>(t.cfg->threads.size())) return -1;
  const auto& th = t.cfg->threads[static_cast<size_t>(tid)];
  return th.kind == svm::ThreadKind::Device ? th.index : -1;
}

QString frame_words(const svm::PhysMem& mem, svm::Pfn f) {
  const svm::FrameInfo* fi = mem.info(f);
  if (!fi) return tr_hw("not RAM");
  QString what = qs(svm::frame_use_name(fi->use));
  if (fi->owner) what += tr_hw(" of %1").arg(qs(svm::to_string(fi->owner)));
  if (!fi->allocated) what = tr_hw("FREED (was %1)").arg(what);
  return what;
}

}  // namespace

QString fault_explanation(svm::FaultReason r) {
  using F = svm::FaultReason;
  switch (r) {
    case F::None: return {};
    case F::RootNotPresent: return tr_hw("the root entry for this bus has P=0");
    case F::ContextNotPresent: return tr_hw("the device's context entry has P=0");
    case F::PasidDisabled: return tr_hw("PASIDE=0 in the context entry: PASIDs are not enabled for this device");
    case F::PasidTooLarge: return tr_hw("the PASID is beyond the PASID table (PTS)");
    case F::PageRequestDisabled: return tr_hw("PRE=0 in the context entry: page requests are not enabled");
    case F::PasidEntryAccess: return tr_hw("the PASID table could not be read");
    case F::PasidNotPresent: return tr_hw("the PASID entry has P=0: it was cleared (unbind, or release() of the fix)");
    case F::SreDisabled: return tr_hw("a supervisor request, but SRE=0 in the PASID entry");
    case F::FlAccessError:
    case F::FlPml4eAccess: return tr_hw("a page-table entry could not be read");
    case F::FlNotPresent: return tr_hw("this entry has P=0: the page is not present (yet); PRI may ask software for it");
    case F::FlReserved: return tr_hw("reserved bits are set in this entry");
    case F::NonCanonical: return tr_hw("the virtual address is not canonical");
    case F::UserNotAllowed: return tr_hw("U/S=0: a user request to a supervisor page");
    case F::NoExecute: return tr_hw("XD=1: an execute request to a no-execute page");
    case F::NoWrite: return tr_hw("R/W=0: a write request to a read-only page (a write needs R/W=1 at every level)");
    case F::NoRead: return tr_hw("no read permission");
  }
  return {};
}

Diagram walk_diagram(const svm::Trace& t, int cursor, int ws, const Metrics& m) {
  Diagram d;
  double y = 0;
  auto label = [&](const QString& text, bool heading = false, Mark mark = Mark::Plain) {
    d.labels.push_back({QPointF(0, y), text, heading, mark});
    d.size.setWidth(std::max(d.size.width(), m.text_width(text, heading ? m.heading : m.label)));
    y += heading ? m.heading_height() : m.label_height();
  };
  label(tr_hw("Translation path (VT-d ECS, first level)"), true);
  if (t.states.empty() || cursor < 0 || ws < 0 || cursor >= static_cast<int>(t.states.size())) {
    label(tr_hw("No translation yet: no device has sent a request with a PASID up to this step."));
    d.size.setHeight(y);
    return d;
  }
  const svm::Machine& now = t.states[static_cast<size_t>(cursor)];
  const svm::Machine& at = t.states[static_cast<size_t>(ws)];
  const svm::WalkRecord& w = now.obs->last_walk;
  const svm::TranslationRequest& rq = w.rq;
  const svm::IommuState& hw = *at.hw;
  const svm::PhysMem& mem = *at.mem;

  // A device-TLB hit at this step: the device used its cached translation and
  // the IOMMU was not asked; the path below is the last one it did walk.
  const svm::Observations* po = cursor > 0 ? &*t.states[static_cast<size_t>(cursor - 1)].obs : nullptr;
  const bool devtlb_hit_now = po && now.obs->devtlb_hits > po->devtlb_hits;
  if (ws == cursor)
    label(tr_hw("Translation at this step: %1").arg(step_ref(t, ws)));
  else
    label(tr_hw("Last translation: %1, %2 step(s) before this one").arg(step_ref(t, ws)).arg(cursor - ws));
  QString dev = device_name(t, rq.sid.v);
  if (dev.isEmpty()) dev = tr_hw("device");
  label(tr_hw("%1 (%2) %3, %4, PASID %5, %6, VA %7 = %8")
            .arg(dev, sid_text(rq.sid.v), rq.ats ? tr_hw("ATS translation request") : tr_hw("untranslated DMA"),
                 rq.write ? tr_hw("write") : tr_hw("read"))
            .arg(rq.pasid.v)
            .arg(rq.priv ? tr_hw("supervisor") : tr_hw("user"), hex(rq.va), va_split(rq.va)));
  y += m.gap() / 2;

  const Stage stop = w.ok ? WalkStage : stage_of(w.fault);
  const bool walk_fault = !w.ok && stop == WalkStage;

  // The caches, in the order they are consulted.
  {
    std::vector<Box> row;
    auto cache = [&](const QString& id, const QString& title, Mark mk, const QString& badge, QStringList lines) {
      row.push_back({id, {}, title, std::move(lines), mk, badge});
    };
    const int now_dev = device_of_step(t, cursor);
    if (devtlb_hit_now)
      cache(QStringLiteral("cache:devtlb"), tr_hw("device TLB (%1)").arg(dev),
            Mark::Hit, tr_hw("HIT"),
            {tr_hw("hit at this step: the device"), tr_hw("uses its cached address;"), tr_hw("the IOMMU is not asked")});
    else if (rq.ats)
      cache(QStringLiteral("cache:devtlb"), tr_hw("device TLB (%1)").arg(dev), Mark::Miss, tr_hw("MISS"),
            {tr_hw("no entry: the device sends"), tr_hw("an ATS translation request")});
    else
      cache(QStringLiteral("cache:devtlb"), tr_hw("device TLB (%1)").arg(dev), Mark::Skipped, QString(),
            {tr_hw("not used: untranslated DMA")});
    (void)now_dev;
    cache(QStringLiteral("cache:context"), tr_hw("context cache"), w.context_cache_hit ? Mark::Hit : Mark::Miss,
          w.context_cache_hit ? tr_hw("HIT") : tr_hw("MISS"),
          {w.context_cache_hit ? tr_hw("entry for SID %1 cached").arg(sid_text(rq.sid.v))
                               : tr_hw("read root + context entry")});
    if (stop < PasidStage)
      cache(QStringLiteral("cache:pasid"), tr_hw("PASID cache"), Mark::Skipped, QString(), {tr_hw("not reached")});
    else
      cache(QStringLiteral("cache:pasid"), tr_hw("PASID cache"), w.pasid_cache_hit ? Mark::Hit : Mark::Miss,
            w.pasid_cache_hit ? tr_hw("HIT") : tr_hw("MISS"),
            {w.pasid_cache_hit ? tr_hw("entry for PASID %1 cached").arg(rq.pasid.v)
                               : tr_hw("read the PASID table")});
    if (stop < WalkStage || (!w.ok && w.levels.empty() && !w.iotlb_hit && stop != WalkStage))
      cache(QStringLiteral("cache:iotlb"), QStringLiteral("IOTLB"), Mark::Skipped, QString(), {tr_hw("not reached")});
    else if (w.iotlb_hit)
      cache(QStringLiteral("cache:iotlb"), QStringLiteral("IOTLB"), w.stale ? Mark::Stale : Mark::Hit,
            w.stale ? tr_hw("STALE HIT") : tr_hw("HIT"),
            {tr_hw("translation cached:"), tr_hw("no page walk")});
    else
      cache(QStringLiteral("cache:iotlb"), QStringLiteral("IOTLB"), Mark::Miss, tr_hw("MISS"),
            {tr_hw("walk the page tables")});
    double wmax = 0;
    for (const Box& b : row) wmax = std::max(wmax, m.box_size(b).width());
    double hmax = 0;
    for (const Box& b : row) hmax = std::max(hmax, m.box_size(b).height());
    double x = 0;
    const double agap = m.gap() * 2.2;
    for (size_t i = 0; i < row.size(); ++i) {
      row[i].rect = QRectF(x, y, wmax, hmax);
      if (i > 0)
        d.arrows.push_back({QPointF(x - agap, y + hmax / 2), QPointF(x - 2, y + hmax / 2),
                            QString(), Mark::Plain});
      x += wmax + agap;
      d.boxes.push_back(row[i]);
    }
    d.size.setWidth(std::max(d.size.width(), x - agap));
    y += hmax + m.gap();
  }

  // The path through memory.
  const uint8_t bus = rq.sid.v >> 8, devfn = rq.sid.v & 0xff;
  const uint64_t root_addr = (hw.root_table.v << svm::kPageShift) + bus * 16 + (devfn >= 0x80 ? 8 : 0);
  const uint64_t root = mem.read(svm::PhysAddr{root_addr});
  const uint64_t ce_addr = hw.context_entry_addr(rq.sid.v);
  uint64_t ctx[4];
  for (int i = 0; i < 4; ++i) ctx[i] = mem.read(svm::PhysAddr{ce_addr + 8 * static_cast<uint64_t>(i)});
  const uint64_t pe_addr = (ctx[2] & svm::vtd::kAddrMask) + uint64_t(rq.pasid.v) * 8;
  const uint64_t pe = w.pasid_entry;

  std::vector<Box> path;
  auto add = [&](const QString& id, const QString& title, QStringList lines, Mark mk, const QString& badge = {}) {
    path.push_back({id, {}, title, std::move(lines), mk, badge});
  };
  // Root and context entries: read from memory only on a context-cache miss.
  if (w.context_cache_hit) {
    add(QStringLiteral("walk:root"), tr_hw("root entry (bus %1)").arg(bus),
        {QStringLiteral("@ %1").arg(hex(root_addr)), tr_hw("not read: the context"), tr_hw("cache had the entry")},
        Mark::Skipped);
    add(QStringLiteral("walk:context"), tr_hw("ext. context entry"),
        {QStringLiteral("@ %1").arg(hex(ce_addr)), QStringLiteral("P=%1 PASIDE=%2 PRE=%3").arg(bit(ctx[0] & svm::vtd::CONTEXT_P), bit(ctx[0] & svm::vtd::CONTEXT_PASIDE), bit(ctx[0] & svm::vtd::CONTEXT_PRS)),
         QStringLiteral("DID=%1 PTS=%2").arg(svm::vtd::context_did(ctx[1])).arg(svm::vtd::context_pts(ctx[2])),
         tr_hw("from the context cache")},
        stop == ContextStage ? Mark::Fault : Mark::Hit, stop == ContextStage ? tr_hw("FAULT") : tr_hw("CACHED"));
  } else {
    add(QStringLiteral("walk:root"), tr_hw("root entry (bus %1)").arg(bus),
        {QStringLiteral("@ %1").arg(hex(root_addr)), QStringLiteral("= %1").arg(hex_padded(root, 16)),
         QStringLiteral("P=%1 CTP=%2").arg(bit(root & svm::vtd::ROOT_P), hex(root & svm::vtd::kAddrMask))},
        stop == RootStage ? Mark::Fault : Mark::Current, stop == RootStage ? tr_hw("FAULT") : tr_hw("READ"));
    if (stop == RootStage)
      add(QStringLiteral("walk:context"), tr_hw("ext. context entry"), {tr_hw("not reached")}, Mark::Skipped);
    else
      add(QStringLiteral("walk:context"), tr_hw("ext. context entry"),
          {QStringLiteral("@ %1").arg(hex(ce_addr)),
           QStringLiteral("P=%1 PASIDE=%2 PRE=%3").arg(bit(ctx[0] & svm::vtd::CONTEXT_P), bit(ctx[0] & svm::vtd::CONTEXT_PASIDE), bit(ctx[0] & svm::vtd::CONTEXT_PRS)),
           QStringLiteral("DID=%1 PTS=%2").arg(svm::vtd::context_did(ctx[1])).arg(svm::vtd::context_pts(ctx[2])),
           tr_hw("PASID table %1").arg(hex(ctx[2] & svm::vtd::kAddrMask))},
          stop == ContextStage ? Mark::Fault : Mark::Current, stop == ContextStage ? tr_hw("FAULT") : tr_hw("READ"));
  }
  if (stop < PasidStage) {
    add(QStringLiteral("walk:pasid"), tr_hw("PASID entry %1").arg(rq.pasid.v), {tr_hw("not reached")}, Mark::Skipped);
  } else {
    QStringList l{QStringLiteral("@ %1").arg(hex(pe_addr)), QStringLiteral("= %1").arg(hex_padded(pe, 16)),
                  QStringLiteral("P=%1 SRE=%2").arg(bit(pe & svm::vtd::PASID_P), bit(pe & svm::vtd::PASID_SRE)),
                  QStringLiteral("FLPTPTR %1").arg(hex(pe & svm::vtd::kAddrMask))};
    if (w.pasid_cache_hit) l << tr_hw("from the PASID cache");
    const bool f = stop == PasidStage;
    add(QStringLiteral("walk:pasid"), tr_hw("PASID entry %1").arg(rq.pasid.v), l,
        f ? Mark::Fault : w.pasid_cache_hit ? Mark::Hit : Mark::Current,
        f ? tr_hw("FAULT") : w.pasid_cache_hit ? tr_hw("CACHED") : tr_hw("READ"));
  }
  for (int level = 4; level >= 1; --level) {
    const QString name = qs(svm::pte::level_name(level));
    const QString id = QStringLiteral("walk:") + name;
    const auto it = std::find_if(w.levels.begin(), w.levels.end(), [&](const svm::WalkLevel& l) { return l.level == level; });
    if (it == w.levels.end()) {
      QString why = w.iotlb_hit ? tr_hw("skipped: IOTLB hit") : tr_hw("not reached");
      if (w.ok && !w.iotlb_hit) why = tr_hw("not needed: large page");
      add(id, name, {tr_hw("index %1").arg(svm::pte::index(rq.va, level)), why}, Mark::Skipped);
      continue;
    }
    const svm::WalkLevel& l = *it;
    const bool last = &l == &w.levels.back();
    QStringList lines{tr_hw("index %1 @ %2").arg(l.index).arg(hex(l.entry_addr)),
                      QStringLiteral("= %1").arg(hex_padded(l.entry, 16)), QString::fromStdString(svm::pte::decode(l.entry))};
    QStringList set;
    if (l.set_a) set << QStringLiteral("A");
    if (l.set_d) set << QStringLiteral("D");
    if (!set.isEmpty()) lines << tr_hw("this walk set %1").arg(set.join(QLatin1Char('+')));
    Mark mk = Mark::Current;
    QString badge = set.isEmpty() ? tr_hw("READ") : set.join(QLatin1Char('+')) + tr_hw(" SET");
    if (l.freed_frame) {
      lines << tr_hw("table frame FREED: use after free");
      mk = Mark::Stale;
      badge = tr_hw("FREED");
    }
    if (last && walk_fault) {
      mk = Mark::Fault;
      badge = tr_hw("FAULT");
      lines << wrap_words(coreText(svm::fault_text(w.fault)), 28);
    }
    add(id, name, lines, mk, badge);
  }
  // The frame the translation ends in.
  if (w.ok) {
    const svm::Pfn f{w.pa >> svm::kPageShift};
    add(QStringLiteral("walk:frame"), tr_hw("frame %1").arg(hex(f.v)),
        {QStringLiteral("PA %1").arg(hex(w.pa)), frame_words(*now.mem, f),
         w.iotlb_hit ? tr_hw("from the IOTLB") : tr_hw("from the walk")},
        w.stale ? Mark::Stale : Mark::Hit, w.stale ? tr_hw("STALE") : tr_hw("OK"));
  } else {
    add(QStringLiteral("walk:frame"), tr_hw("no frame"), {tr_hw("the request faulted")}, Mark::Skipped);
  }

  // Two rows of four, one width, arrows between.
  double wmax = 0, hmax = 0;
  for (const Box& b : path) {
    const QSizeF s = m.box_size(b);
    wmax = std::max(wmax, s.width());
    hmax = std::max(hmax, s.height());
  }
  const double agap = m.gap() * 2.2;
  for (size_t i = 0; i < path.size(); ++i) {
    const int col = static_cast<int>(i % 4), row = static_cast<int>(i / 4);
    path[i].rect = QRectF(col * (wmax + agap), y + row * (hmax + m.gap() * 2), wmax, hmax);
  }
  for (size_t i = 1; i < path.size(); ++i) {
    const QRectF a = path[i - 1].rect, b = path[i].rect;
    const bool reached = path[i].mark != Mark::Skipped;
    const Mark am = reached ? Mark::Current : Mark::Skipped;
    if (i % 4 == 0)
      d.arrows.push_back({QPointF(a.center().x(), a.bottom()), QPointF(b.center().x() + wmax / 4, b.top() - 1), QString(), am});
    else
      d.arrows.push_back({QPointF(a.right(), a.center().y()), QPointF(b.left() - 1, b.center().y()), QString(), am});
  }
  for (Box& b : path) d.boxes.push_back(std::move(b));
  d.size.setWidth(std::max(d.size.width(), 4 * wmax + 3 * agap));
  y += 2 * hmax + m.gap() * 2 + m.gap() / 2;

  // How it ended, and why.
  if (w.ok) {
    QString res = tr_hw("-> physical address %1 (%2)").arg(hex(w.pa), frame_words(*now.mem, svm::Pfn{w.pa >> svm::kPageShift}));
    if (w.stale) res += tr_hw(": STALE, the IOTLB still translates to memory that is no longer this process's");
    label(res, false, w.stale ? Mark::Stale : Mark::Plain);
  } else {
    label(tr_hw("FAULT %1").arg(coreText(svm::fault_text(w.fault))), false, Mark::Fault);
    label(tr_hw("why: %1").arg(fault_explanation(w.fault)), false, Mark::Fault);
  }
  if (devtlb_hit_now)
    label(tr_hw("At this step the device used its device-TLB entry: no request reached the IOMMU."), false, Mark::Plain);
  d.size.setHeight(y);
  return d;
}

}  // namespace svmlab::hw
