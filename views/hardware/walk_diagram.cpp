#include "views/hardware/walk_diagram.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/engine/config.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/iommu/translate.h"
#include "core/mem/pgtable.h"
#include "views/common/core_text.h"
#include "views/hardware/hw_common.h"

namespace svmlab::hw {

namespace {

// Where on the path a fault stops the translation.
enum Stage { RootStage, ContextStage, PasidStage, WalkStage };
Stage stage_of(svm::FaultReason r) {
  using F = svm::FaultReason;
  switch (r) {
    case F::RootNotPresent:
    case F::SmRootNotPresent:
      return RootStage;
    case F::ContextNotPresent:
    case F::SmContextNotPresent:
    case F::PasidDisabled:
    case F::PasidTooLarge:
    case F::PageRequestDisabled:
      return ContextStage;
    case F::PasidEntryAccess:
    case F::PasidDirNotPresent:
    case F::PasidEntryInvalid:
    case F::PasidNotPresent:
    case F::SreDisabled:
    case F::NonCanonical:
      return PasidStage;
    default:
      return WalkStage;
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
  if (!fi) return QCoreApplication::translate("svmlab::hw", "not RAM");
  QString what = qs(svm::frame_use_name(fi->use));
  if (fi->owner) what += QCoreApplication::translate("svmlab::hw", " of %1").arg(qs(svm::to_string(fi->owner)));
  if (!fi->allocated) what = QCoreApplication::translate("svmlab::hw", "FREED (was %1)").arg(what);
  return what;
}

}  // namespace

QString fault_explanation(svm::FaultReason r) {
  using F = svm::FaultReason;
  switch (r) {
    case F::None:
      return {};
    case F::RootNotPresent:
      return QCoreApplication::translate("svmlab::hw", "the root entry for this bus has P=0");
    case F::ContextNotPresent:
      return QCoreApplication::translate("svmlab::hw", "the device's context entry has P=0");
    case F::SmRootNotPresent:
      return QCoreApplication::translate("svmlab::hw", "the root entry for this bus has P=0 (scalable mode)");
    case F::SmContextNotPresent:
      return QCoreApplication::translate("svmlab::hw", "the device's scalable-mode context entry has P=0");
    case F::PasidDirNotPresent:
      return QCoreApplication::translate("svmlab::hw",
                                         "the PASID directory entry for PASID >> 6 has P=0: no PASID table there");
    case F::PasidEntryInvalid:
      return QCoreApplication::translate("svmlab::hw",
                                         "the PASID entry's translation type (PGTT) is not first-level only");
    case F::PasidDisabled:
      return QCoreApplication::translate("svmlab::hw",
                                         "PASIDE=0 in the context entry: PASIDs are not enabled for this device");
    case F::PasidTooLarge:
      return QCoreApplication::translate("svmlab::hw", "the PASID is beyond the PASID table (PTS)");
    case F::PageRequestDisabled:
      return QCoreApplication::translate("svmlab::hw", "PRE=0 in the context entry: page requests are not enabled");
    case F::PasidEntryAccess:
      return QCoreApplication::translate("svmlab::hw", "the PASID table could not be read");
    case F::PasidNotPresent:
      return QCoreApplication::translate("svmlab::hw",
                                         "the PASID entry has P=0: it was cleared (unbind, or release() of the fix)");
    case F::SreDisabled:
      return QCoreApplication::translate("svmlab::hw", "a supervisor request, but SRE=0 in the PASID entry");
    case F::FlAccessError:
    case F::FlPml4eAccess:
      return QCoreApplication::translate("svmlab::hw", "a page-table entry could not be read");
    case F::FlNotPresent:
      return QCoreApplication::translate(
          "svmlab::hw", "this entry has P=0: the page is not present (yet); PRI may ask software for it");
    case F::FlReserved:
      return QCoreApplication::translate("svmlab::hw", "reserved bits are set in this entry");
    case F::NonCanonical:
      return QCoreApplication::translate("svmlab::hw", "the virtual address is not canonical");
    case F::UserNotAllowed:
      return QCoreApplication::translate("svmlab::hw", "U/S=0: a user request to a supervisor page");
    case F::NoExecute:
      return QCoreApplication::translate("svmlab::hw", "XD=1: an execute request to a no-execute page");
    case F::NoWrite:
      return QCoreApplication::translate(
          "svmlab::hw", "R/W=0: a write request to a read-only page (a write needs R/W=1 at every level)");
    case F::NoRead:
      return QCoreApplication::translate("svmlab::hw", "no read permission");
  }
  return {};
}

Diagram walk_diagram(const svm::Trace& t, int cursor, int ws, const Metrics& m) {
  Diagram d;
  double y = 0;
  auto label = [&](const QString& text, bool heading = false, Mark mark = Mark::Plain) {
    y = d.label(y, text, m, heading, mark);
  };
  const bool scalable_hw = !t.states.empty() && cursor >= 0 && cursor < static_cast<int>(t.states.size()) &&
                           t.states[static_cast<size_t>(cursor)].hw->mode == svm::IommuMode::Scalable;
  label(scalable_hw ? QCoreApplication::translate("svmlab::hw", "Translation path (VT-d scalable mode, first level)")
                    : QCoreApplication::translate("svmlab::hw", "Translation path (VT-d ECS, first level)"),
        true);
  if (t.states.empty() || cursor < 0 || ws < 0 || cursor >= static_cast<int>(t.states.size())) {
    label(QCoreApplication::translate(
        "svmlab::hw", "No translation yet: no device has sent a request with a PASID up to this step."));
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
    label(QCoreApplication::translate("svmlab::hw", "Translation at this step: %1").arg(step_ref(t, ws)));
  else
    label(QCoreApplication::translate("svmlab::hw", "Last translation: %1, %2 step(s) before this one")
              .arg(step_ref(t, ws))
              .arg(cursor - ws));
  QString dev = device_name(t, rq.sid.v);
  if (dev.isEmpty()) dev = QCoreApplication::translate("svmlab::hw", "device");
  label(QCoreApplication::translate("svmlab::hw", "%1 (%2) %3, %4, PASID %5, %6, VA %7 = %8")
            .arg(dev, sid_text(rq.sid.v),
                 rq.ats ? QCoreApplication::translate("svmlab::hw", "ATS translation request")
                        : QCoreApplication::translate("svmlab::hw", "untranslated DMA"),
                 rq.write ? QCoreApplication::translate("svmlab::hw", "write")
                          : QCoreApplication::translate("svmlab::hw", "read"))
            .arg(rq.pasid.v)
            .arg(rq.priv ? QCoreApplication::translate("svmlab::hw", "supervisor")
                         : QCoreApplication::translate("svmlab::hw", "user"),
                 hex(rq.va), va_split(rq.va)));
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
    const QString hit_dev =
        now_dev >= 0 && t.cfg->scenario && now_dev < static_cast<int>(t.cfg->scenario->devices.size())
            ? QString::fromStdString(t.cfg->scenario->devices[static_cast<size_t>(now_dev)].name)
            : dev;
    if (devtlb_hit_now)
      cache(QStringLiteral("cache:devtlb"), QCoreApplication::translate("svmlab::hw", "device TLB (%1)").arg(hit_dev),
            Mark::Hit, QCoreApplication::translate("svmlab::hw", "HIT"),
            {QCoreApplication::translate("svmlab::hw", "hit at this step: the device"),
             QCoreApplication::translate("svmlab::hw", "uses its cached address;"),
             QCoreApplication::translate("svmlab::hw", "the IOMMU is not asked")});
    else if (rq.ats)
      cache(QStringLiteral("cache:devtlb"), QCoreApplication::translate("svmlab::hw", "device TLB (%1)").arg(dev),
            Mark::Miss, QCoreApplication::translate("svmlab::hw", "MISS"),
            {QCoreApplication::translate("svmlab::hw", "no entry: the device sends"),
             QCoreApplication::translate("svmlab::hw", "an ATS translation request")});
    else
      cache(QStringLiteral("cache:devtlb"), QCoreApplication::translate("svmlab::hw", "device TLB (%1)").arg(dev),
            Mark::Skipped, QString(), {QCoreApplication::translate("svmlab::hw", "not used: untranslated DMA")});
    cache(QStringLiteral("cache:context"), QCoreApplication::translate("svmlab::hw", "context cache"),
          w.context_cache_hit ? Mark::Hit : Mark::Miss,
          w.context_cache_hit ? QCoreApplication::translate("svmlab::hw", "HIT")
                              : QCoreApplication::translate("svmlab::hw", "MISS"),
          {w.context_cache_hit
               ? QCoreApplication::translate("svmlab::hw", "entry for SID %1 cached").arg(sid_text(rq.sid.v))
               : QCoreApplication::translate("svmlab::hw", "read root + context entry")});
    if (stop < PasidStage)
      cache(QStringLiteral("cache:pasid"), QCoreApplication::translate("svmlab::hw", "PASID cache"), Mark::Skipped,
            QString(), {QCoreApplication::translate("svmlab::hw", "not reached")});
    else
      cache(QStringLiteral("cache:pasid"), QCoreApplication::translate("svmlab::hw", "PASID cache"),
            w.pasid_cache_hit ? Mark::Hit : Mark::Miss,
            w.pasid_cache_hit ? QCoreApplication::translate("svmlab::hw", "HIT")
                              : QCoreApplication::translate("svmlab::hw", "MISS"),
            {w.pasid_cache_hit ? QCoreApplication::translate("svmlab::hw", "entry for PASID %1 cached").arg(rq.pasid.v)
                               : QCoreApplication::translate("svmlab::hw", "read the PASID table")});
    if (stop < WalkStage || (!w.ok && w.levels.empty() && !w.iotlb_hit && stop != WalkStage))
      cache(QStringLiteral("cache:iotlb"), QStringLiteral("IOTLB"), Mark::Skipped, QString(),
            {QCoreApplication::translate("svmlab::hw", "not reached")});
    else if (w.iotlb_hit)
      cache(QStringLiteral("cache:iotlb"), QStringLiteral("IOTLB"), w.stale ? Mark::Stale : Mark::Hit,
            w.stale ? QCoreApplication::translate("svmlab::hw", "STALE HIT")
                    : QCoreApplication::translate("svmlab::hw", "HIT"),
            {QCoreApplication::translate("svmlab::hw", "translation cached:"),
             QCoreApplication::translate("svmlab::hw", "no page walk")});
    else
      cache(QStringLiteral("cache:iotlb"), QStringLiteral("IOTLB"), Mark::Miss,
            QCoreApplication::translate("svmlab::hw", "MISS"),
            {QCoreApplication::translate("svmlab::hw", "walk the page tables")});
    double wmax = 0;
    for (const Box& b : row) wmax = std::max(wmax, m.box_size(b).width());
    double hmax = 0;
    for (const Box& b : row) hmax = std::max(hmax, m.box_size(b).height());
    double x = 0;
    const double agap = m.gap() * 2.2;
    for (size_t i = 0; i < row.size(); ++i) {
      row[i].rect = QRectF(x, y, wmax, hmax);
      if (i > 0)
        d.arrows.push_back({QPointF(x - agap, y + hmax / 2), QPointF(x - 2, y + hmax / 2), QString(), Mark::Plain});
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

  const bool sm = w.scalable;
  const QString ctx_title = sm ? QCoreApplication::translate("svmlab::hw", "scalable-mode context entry")
                               : QCoreApplication::translate("svmlab::hw", "ext. context entry");
  auto context_lines = [&] {
    if (sm)
      return QStringList{QStringLiteral("@ %1").arg(hex(ce_addr)),
                         context_bits_text(svm::IommuMode::Scalable, ctx[0]),
                         QCoreApplication::translate("svmlab::hw", "PDTS=%1, no DID").arg(svm::sm::ctx_pdts(ctx[0]))};
    return QStringList{
        QStringLiteral("@ %1").arg(hex(ce_addr)),
        context_bits_text(svm::IommuMode::Ecs, ctx[0]),
        QStringLiteral("DID=%1 PTS=%2").arg(svm::vtd::context_did(ctx[1])).arg(svm::vtd::context_pts(ctx[2]))};
  };
  std::vector<Box> path;
  auto add = [&](const QString& id, const QString& title, QStringList lines, Mark mk, const QString& badge = {}) {
    path.push_back({id, {}, title, std::move(lines), mk, badge});
  };
  // Root and context entries: read from memory only on a context-cache miss.
  if (w.context_cache_hit) {
    add(QStringLiteral("walk:root"), QCoreApplication::translate("svmlab::hw", "root entry (bus %1)").arg(bus),
        {QStringLiteral("@ %1").arg(hex(root_addr)), QCoreApplication::translate("svmlab::hw", "not read: the context"),
         QCoreApplication::translate("svmlab::hw", "cache had the entry")},
        Mark::Skipped);
    add(QStringLiteral("walk:context"), ctx_title,
        context_lines() << QCoreApplication::translate("svmlab::hw", "from the context cache"),
        stop == ContextStage ? Mark::Fault : Mark::Hit,
        stop == ContextStage ? QCoreApplication::translate("svmlab::hw", "FAULT")
                             : QCoreApplication::translate("svmlab::hw", "CACHED"));
  } else {
    add(QStringLiteral("walk:root"), QCoreApplication::translate("svmlab::hw", "root entry (bus %1)").arg(bus),
        {QStringLiteral("@ %1").arg(hex(root_addr)), QStringLiteral("= %1").arg(hex_padded(root, 16)),
         QStringLiteral("P=%1 CTP=%2").arg(bit(root & svm::vtd::ROOT_P), hex(root & svm::vtd::kAddrMask))},
        stop == RootStage ? Mark::Fault : Mark::Current,
        stop == RootStage ? QCoreApplication::translate("svmlab::hw", "FAULT")
                          : QCoreApplication::translate("svmlab::hw", "READ"));
    if (stop == RootStage)
      add(QStringLiteral("walk:context"), ctx_title,
          {QCoreApplication::translate("svmlab::hw", "not reached")}, Mark::Skipped);
    else
      add(QStringLiteral("walk:context"), ctx_title,
          context_lines() << (sm ? QCoreApplication::translate("svmlab::hw", "PASID directory %1")
                                       .arg(hex(ctx[0] & svm::vtd::kAddrMask))
                                 : QCoreApplication::translate("svmlab::hw", "PASID table %1")
                                       .arg(hex(ctx[2] & svm::vtd::kAddrMask))),
          stop == ContextStage ? Mark::Fault : Mark::Current,
          stop == ContextStage ? QCoreApplication::translate("svmlab::hw", "FAULT")
                               : QCoreApplication::translate("svmlab::hw", "READ"));
  }
  // Scalable mode: the PASID directory entry between the context entry and the PASID entry.
  if (sm) {
    const bool read = !w.pasid_cache_hit && w.dir_entry_addr;
    const bool f = w.fault == svm::FaultReason::PasidDirNotPresent;
    add(QStringLiteral("walk:pasiddir"),
        QCoreApplication::translate("svmlab::hw", "PASID dir entry %1").arg(rq.pasid.v >> svm::sm::PASID_PDE_SHIFT),
        read ? QStringList{QStringLiteral("@ %1").arg(hex(w.dir_entry_addr)),
                           QStringLiteral("= %1").arg(hex_padded(w.dir_entry, 16)),
                           QCoreApplication::translate("svmlab::hw", "P=%1 table %2")
                               .arg(bit(w.dir_entry & svm::sm::PDE_P), hex(w.dir_entry & svm::vtd::kAddrMask))}
        : w.pasid_cache_hit ? QStringList{QCoreApplication::translate("svmlab::hw", "not read: the PASID"),
                                          QCoreApplication::translate("svmlab::hw", "cache had the entry")}
                            : QStringList{QCoreApplication::translate("svmlab::hw", "not reached")},
        f ? Mark::Fault : read ? Mark::Current : Mark::Skipped,
        f ? QCoreApplication::translate("svmlab::hw", "FAULT")
          : read ? QCoreApplication::translate("svmlab::hw", "READ") : QString());
  }
  if (stop < PasidStage || (sm && w.fault == svm::FaultReason::PasidDirNotPresent)) {
    add(QStringLiteral("walk:pasid"), QCoreApplication::translate("svmlab::hw", "PASID entry %1").arg(rq.pasid.v),
        {QCoreApplication::translate("svmlab::hw", "not reached")}, Mark::Skipped);
  } else {
    QStringList l;
    if (sm) {
      // The 512-bit entry: val[0] (P, AW, PGTT), val[1] (DID), val[2] (SRE, FLPTR); val[3..7] are zero.
      const auto& v = w.pasid_entry_sm;
      if (w.pasid_entry_addr) l << QStringLiteral("@ %1 (512 bits)").arg(hex(w.pasid_entry_addr));
      l << QStringLiteral("P=%1 PGTT=%2 AW=%3").arg(bit(v[0] & svm::sm::PE_P)).arg(svm::sm::pe_pgtt(v[0])).arg(svm::sm::pe_aw(v[0]))
        << QStringLiteral("DID=%1 SRE=%2").arg(svm::sm::pe_did(v[1])).arg(bit(v[2] & svm::sm::PE_SRE))
        << QStringLiteral("FLPTR %1").arg(hex(v[2] & svm::vtd::kAddrMask));
    } else {
      l << QStringLiteral("@ %1").arg(hex(pe_addr)) << QStringLiteral("= %1").arg(hex_padded(pe, 16))
        << QStringLiteral("P=%1 SRE=%2").arg(bit(pe & svm::vtd::PASID_P), bit(pe & svm::vtd::PASID_SRE))
        << QStringLiteral("FLPTPTR %1").arg(hex(pe & svm::vtd::kAddrMask));
    }
    if (w.pasid_cache_hit) l << QCoreApplication::translate("svmlab::hw", "from the PASID cache");
    const bool f = stop == PasidStage;
    add(QStringLiteral("walk:pasid"), QCoreApplication::translate("svmlab::hw", "PASID entry %1").arg(rq.pasid.v), l,
        f                   ? Mark::Fault
        : w.pasid_cache_hit ? Mark::Hit
                            : Mark::Current,
        f                   ? QCoreApplication::translate("svmlab::hw", "FAULT")
        : w.pasid_cache_hit ? QCoreApplication::translate("svmlab::hw", "CACHED")
                            : QCoreApplication::translate("svmlab::hw", "READ"));
  }
  for (int level = 4; level >= 1; --level) {
    const QString name = qs(svm::pte::level_name(level));
    const QString id = QStringLiteral("walk:") + name;
    const auto it =
        std::find_if(w.levels.begin(), w.levels.end(), [&](const svm::WalkLevel& l) { return l.level == level; });
    if (it == w.levels.end()) {
      QString why = w.iotlb_hit ? QCoreApplication::translate("svmlab::hw", "skipped: IOTLB hit")
                                : QCoreApplication::translate("svmlab::hw", "not reached");
      if (w.ok && !w.iotlb_hit) why = QCoreApplication::translate("svmlab::hw", "not needed: large page");
      add(id, name, {QCoreApplication::translate("svmlab::hw", "index %1").arg(svm::pte::index(rq.va, level)), why},
          Mark::Skipped);
      continue;
    }
    const svm::WalkLevel& l = *it;
    const bool last = &l == &w.levels.back();
    QStringList lines{QCoreApplication::translate("svmlab::hw", "index %1 @ %2").arg(l.index).arg(hex(l.entry_addr)),
                      QStringLiteral("= %1").arg(hex_padded(l.entry, 16)),
                      QString::fromStdString(svm::pte::decode(l.entry))};
    QStringList set;
    if (l.set_a) set << QStringLiteral("A");
    if (l.set_d) set << QStringLiteral("D");
    if (!set.isEmpty())
      lines << QCoreApplication::translate("svmlab::hw", "this walk set %1").arg(set.join(QLatin1Char('+')));
    Mark mk = Mark::Current;
    QString badge = set.isEmpty() ? QCoreApplication::translate("svmlab::hw", "READ")
                                  : set.join(QLatin1Char('+')) + QCoreApplication::translate("svmlab::hw", " SET");
    if (l.freed_frame) {
      lines << QCoreApplication::translate("svmlab::hw", "table frame FREED: use after free");
      mk = Mark::Stale;
      badge = QCoreApplication::translate("svmlab::hw", "FREED");
    }
    if (last && walk_fault) {
      mk = Mark::Fault;
      badge = QCoreApplication::translate("svmlab::hw", "FAULT");
      lines << wrap_words(coreText(svm::fault_text(w.fault, w.scalable)), 28);
    }
    add(id, name, lines, mk, badge);
  }
  // The frame the translation ends in.
  if (w.ok) {
    const svm::Pfn f{w.pa >> svm::kPageShift};
    add(QStringLiteral("walk:frame"), QCoreApplication::translate("svmlab::hw", "frame %1").arg(hex(f.v)),
        {QStringLiteral("PA %1").arg(hex(w.pa)), frame_words(*now.mem, f),
         w.iotlb_hit ? QCoreApplication::translate("svmlab::hw", "from the IOTLB")
                     : QCoreApplication::translate("svmlab::hw", "from the walk")},
        w.stale ? Mark::Stale : Mark::Hit,
        w.stale ? QCoreApplication::translate("svmlab::hw", "STALE") : QCoreApplication::translate("svmlab::hw", "OK"));
  } else {
    add(QStringLiteral("walk:frame"), QCoreApplication::translate("svmlab::hw", "no frame"),
        {QCoreApplication::translate("svmlab::hw", "the request faulted")}, Mark::Skipped);
  }

  // Two rows, one width, arrows between: four a row in ECS (8 boxes), five in
  // scalable mode (9 boxes: the PASID directory entry is one more).
  const size_t per = std::max<size_t>(1, (path.size() + 1) / 2);
  const int nrows = static_cast<int>((path.size() + per - 1) / per);
  double wmax = 0, hmax = 0;
  for (const Box& b : path) {
    const QSizeF s = m.box_size(b);
    wmax = std::max(wmax, s.width());
    hmax = std::max(hmax, s.height());
  }
  const double agap = m.gap() * 2.2;
  for (size_t i = 0; i < path.size(); ++i) {
    const int col = static_cast<int>(i % per), row = static_cast<int>(i / per);
    path[i].rect = QRectF(col * (wmax + agap), y + row * (hmax + m.gap() * 2), wmax, hmax);
  }
  for (size_t i = 1; i < path.size(); ++i) {
    const QRectF a = path[i - 1].rect, b = path[i].rect;
    const bool reached = path[i].mark != Mark::Skipped;
    const Mark am = reached ? Mark::Current : Mark::Skipped;
    if (i % per == 0)
      d.arrows.push_back(
          {QPointF(a.center().x(), a.bottom()), QPointF(b.center().x() + wmax / 4, b.top() - 1), QString(), am});
    else
      d.arrows.push_back({QPointF(a.right(), a.center().y()), QPointF(b.left() - 1, b.center().y()), QString(), am});
  }
  for (Box& b : path) d.boxes.push_back(std::move(b));
  d.size.setWidth(std::max(d.size.width(), double(per) * wmax + double(per - 1) * agap));
  y += nrows * hmax + (nrows - 1) * m.gap() * 2 + m.gap() / 2;

  // How it ended, and why.
  if (w.ok) {
    QString res = QCoreApplication::translate("svmlab::hw", "-> physical address %1 (%2)")
                      .arg(hex(w.pa), frame_words(*now.mem, svm::Pfn{w.pa >> svm::kPageShift}));
    if (w.stale)
      res += QCoreApplication::translate(
          "svmlab::hw", ": STALE, the IOTLB still translates to memory that is no longer this process's");
    label(res, false, w.stale ? Mark::Stale : Mark::Plain);
  } else {
    label(QCoreApplication::translate("svmlab::hw", "FAULT %1").arg(coreText(svm::fault_text(w.fault, w.scalable))), false,
          Mark::Fault);
    label(QCoreApplication::translate("svmlab::hw", "why: %1").arg(fault_explanation(w.fault)), false, Mark::Fault);
  }
  if (devtlb_hit_now)
    label(QCoreApplication::translate(
              "svmlab::hw", "At this step the device used its device-TLB entry: no request reached the IOMMU."),
          false, Mark::Plain);
  d.size.setHeight(y);
  return d;
}

}  // namespace svmlab::hw
