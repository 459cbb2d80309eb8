#include "views/hardware/cache_diagram.h"

#include <optional>
#include <QCoreApplication>
#include <algorithm>
#include <functional>

#include "core/engine/config.h"
#include "core/engine/fn_id.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/mem/pgtable.h"
#include "views/hardware/hw_common.h"
#include "views/hardware/hw_history.h"

namespace svmlab::hw {

namespace {

// Does the page table the PASID table names for `pasid` still map `va` to
// `pfn`? (What an IOTLB or device-TLB entry claims.)
bool still_maps(const svm::Machine& m, uint32_t pasid, uint64_t va, svm::Pfn pfn) {
  const svm::PhysMem& mem = *m.mem;
  // Either mode's PASID entry (a scalable-mode one is reached through the directory).
  const svm::sm::EntryView pe = svm::sm::read_entry(*m.hw, mem, pasid);
  if (!pe.present) return false;
  uint64_t table = pe.flptr;
  for (int level = 4; level >= 1; --level) {
    const uint64_t e = mem.read(svm::PhysAddr{table + svm::pte::index(va, level) * 8});
    if (!(e & svm::pte::P)) return false;
    if (level == 1 || ((level == 2 || level == 3) && (e & svm::pte::PS))) {
      const uint64_t span = svm::pte::level_span(level);
      return ((svm::pte::addr(e) & ~(span - 1)) + (va & (span - 1))) >> svm::kPageShift == pfn.v;
    }
    table = svm::pte::addr(e);
  }
  return false;
}

// The first state in (from, to] at which `holds` stops holding, looking only
// at states whose memory changed; -1 if it holds throughout.
int first_break(const svm::Trace& t, int from, int to, const std::function<bool(const svm::Machine&)>& holds) {
  for (int s = std::max(1, from + 1); s <= to; ++s) {
    const auto& m = t.states[static_cast<size_t>(s)];
    if (m.mem.shares(t.states[static_cast<size_t>(s - 1)].mem) && m.hw.shares(t.states[static_cast<size_t>(s - 1)].hw))
      continue;
    if (!holds(m)) return s;
  }
  return -1;
}

// The step in (from, to] that freed frame `pfn`, -1 if none did.
int freeing_step(const svm::Trace& t, int from, int to, svm::Pfn pfn) {
  const svm::ObjId frame{svm::Kind::Frame, static_cast<uint32_t>(pfn.v)};
  for (int s = to; s > from && s > 0; --s) {
    const auto& f = t.steps[static_cast<size_t>(s - 1)].freed;
    if (std::find(f.begin(), f.end(), frame) != f.end()) return s;
  }
  return -1;
}

// Why did an entry leave its cache at the step that led to `state`?
QString removal_reason(const svm::Trace& t, int state, bool full_and_filled) {
  if (state <= 0 || state > static_cast<int>(t.steps.size()))
    return QCoreApplication::translate("svmlab::hw", "removed");
  const svm::StepRecord& s = t.steps[static_cast<size_t>(state - 1)];
  const bool iommu = t.cfg && s.thread >= 0 && s.thread < static_cast<int>(t.cfg->threads.size()) &&
                     t.cfg->threads[static_cast<size_t>(s.thread)].kind == svm::ThreadKind::Iommu;
  if (iommu && s.text.rfind("IQ[", 0) == 0)  // "IQ[2]: extended IOTLB inv, page-selective, ..."
    return QCoreApplication::translate("svmlab::hw", "flushed by %1: %2")
        .arg(qs(s.text).section(QLatin1Char(':'), 0, 0),
             qs(s.text).section(QStringLiteral(": "), 1).section(QStringLiteral(", "), 0, 0));
  if (s.fn == svm::FnId::dev_dma && s.text.find("Page Request") != std::string::npos)
    return QCoreApplication::translate("svmlab::hw", "implicit invalidation (page request)");
  if (full_and_filled) return QCoreApplication::translate("svmlab::hw", "evicted (least recently used)");
  return QCoreApplication::translate("svmlab::hw", "replaced (permissions)");
}

struct Entry {
  QString title;  // the tag
  QStringList lines;
  bool stale = false;
  QString stale_why;     // what changed
  int stale_since = -1;  // the step that changed it
};

// An entry's tag (the title) and what it holds, from the machine `m`.
Entry entry_text(const svm::Machine& m, int c, size_t e) {
  Entry out;
  switch (c) {
    case kIotlb: {
      const svm::IotlbEntry& x = m.hw->iotlb[e];
      out.title = QStringLiteral("DID %1 PASID %2").arg(x.did.v).arg(x.pasid.v);
      out.lines << QStringLiteral("VA %1 %2").arg(hex(x.va), page_size_text(x.level))
                << QStringLiteral("-> PFN %1 %2 D=%3").arg(hex(x.pfn.v), perms_text(x.perms), bit(x.dirty));
      break;
    }
    case kPasidCache: {
      const svm::PasidCacheEntry& x = m.hw->pasid_cache[e];
      out.title = QStringLiteral("DID %1 PASID %2").arg(x.did.v).arg(x.pasid.v);
      out.lines
          << QStringLiteral("P=%1 SRE=%2").arg(bit(x.entry & svm::vtd::PASID_P), bit(svm::sm::cached_sre(x)))
          << QStringLiteral("FLPTPTR %1").arg(hex(svm::sm::cached_flptr(x)));
      if (x.scalable) out.lines << QStringLiteral("PGTT=%1 (512-bit entry)").arg(svm::sm::pe_pgtt(x.entry));
      break;
    }
    case kContextCache: {
      const svm::ContextCacheEntry& x = m.hw->context_cache[e];
      // A scalable-mode context entry has no DID: the PASID entry carries it.
      out.title = m.hw->mode == svm::IommuMode::Scalable
                      ? QStringLiteral("SID %1").arg(sid_text(x.sid.v))
                      : QStringLiteral("SID %1 DID %2").arg(sid_text(x.sid.v)).arg(x.did.v);
      out.lines << context_bits_text(m.hw->mode, x.ctx[0]);
      break;
    }
    default: {
      const svm::DevTlbEntry& x = (*m.devs)[static_cast<size_t>(c - kFirstDevTlb)].devtlb[e];
      out.title = QStringLiteral("PASID %1").arg(x.pasid.v);
      out.lines << QStringLiteral("VA %1 %2").arg(hex(x.va), page_size_text(x.level))
                << QStringLiteral("-> PFN %1 %2").arg(hex(x.pfn.v), perms_text(x.perms));
    }
  }
  return out;
}

}  // namespace

int StaleSince::get(int cache, size_t slot, int filled, int cursor, const std::function<int()>& scan) {
  const auto key = std::make_tuple(cache, slot, filled);
  {
    std::lock_guard<std::mutex> g(mu_);
    if (const auto it = at_.find(key); it != at_.end() && it->second <= cursor) return it->second;
  }
  const int s = scan();
  if (s >= 0) {
    std::lock_guard<std::mutex> g(mu_);
    at_[key] = s;
  }
  return s;
}

Diagram cache_diagram(const svm::Trace& t, int cursor, const CacheSlots& cs, const Metrics& m, double width,
                      StaleSince* memo) {
  Diagram d;
  double y = 0;
  auto label = [&](const QString& text, bool heading = false, Mark mark = Mark::Plain) {
    y = d.label(y, text, m, heading, mark);
  };
  label(QCoreApplication::translate("svmlab::hw", "Translation caches (fixed slots; recency 1 = most recently used)"),
        true);
  if (t.states.empty() || cursor < 0 || cursor >= static_cast<int>(t.states.size()) || cs.caches() == 0) {
    label(QCoreApplication::translate("svmlab::hw", "No trace."));
    d.size.setHeight(y);
    return d;
  }
  const svm::Machine& now = t.states[static_cast<size_t>(cursor)];
  // A snapshot is read by value (Trace::states replays it): keep it.
  const std::optional<svm::Machine> prev_m =
      cursor > 0 ? std::optional<svm::Machine>(t.states[static_cast<size_t>(cursor - 1)]) : std::nullopt;
  const svm::Machine* prev = prev_m ? &*prev_m : nullptr;
  const svm::Observations& o = *now.obs;
  const svm::Observations po = prev ? *prev->obs : svm::Observations{};
  const svm::PhysMem& mem = *now.mem;
  int step_device = -1;
  if (t.cfg && cursor > 0 && cursor <= static_cast<int>(t.steps.size())) {
    const int tid = t.steps[static_cast<size_t>(cursor - 1)].thread;
    if (tid >= 0 && tid < static_cast<int>(t.cfg->threads.size()) &&
        t.cfg->threads[static_cast<size_t>(tid)].kind == svm::ThreadKind::Device)
      step_device = t.cfg->threads[static_cast<size_t>(tid)].index;
  }
  const bool walked_now =
      o.last_walk.valid && prev && (o.iotlb_hits + o.iotlb_misses != po.iotlb_hits + po.iotlb_misses);

  // Whether an entry of `now` is stale, and since which step.
  auto describe = [&](int c, size_t e, int filled) -> Entry {
    Entry out = entry_text(now, c, e);
    auto mark = [&](const QString& why, int since) {
      out.stale = true;
      out.stale_why = why;
      out.stale_since = since;
    };
    // The first state since the fill where `holds` failed (first_break()).
    auto broke = [&](const std::function<bool(const svm::Machine&)>& holds) {
      auto scan = [&] { return first_break(t, filled, cursor, holds); };
      return memo ? memo->get(c, e, filled, cursor, scan) : scan();
    };
    auto frame_stale = [&](uint32_t pasid, uint64_t va, svm::Pfn pfn, uint16_t gen) {
      const Staleness s = staleness(mem, pfn, gen);
      if (s != Staleness::Fresh)
        mark(s == Staleness::FrameFreed ? QCoreApplication::translate("svmlab::hw", "frame freed")
                                        : QCoreApplication::translate("svmlab::hw", "frame freed+reused"),
             freeing_step(t, filled, cursor, pfn));
      else if (!still_maps(now, pasid, va, pfn))
        mark(QCoreApplication::translate("svmlab::hw", "PTE changed"),
             broke([&](const svm::Machine& mm) { return still_maps(mm, pasid, va, pfn); }));
    };
    switch (c) {
      case kIotlb: {
        const svm::IotlbEntry& x = now.hw->iotlb[e];
        frame_stale(x.pasid.v, x.va, x.pfn, x.gen);
        break;
      }
      case kPasidCache: {
        const svm::PasidCacheEntry& x = now.hw->pasid_cache[e];
        auto same = [&x](const svm::Machine& mm) { return svm::sm::cached_entry_current(*mm.hw, *mm.mem, x); };
        if (!same(now))
          mark(QCoreApplication::translate("svmlab::hw", "PASID entry changed"), broke(same));
        break;
      }
      case kContextCache: {
        const svm::ContextCacheEntry& x = now.hw->context_cache[e];
        auto same = [&, sid = x.sid.v, c0 = x.ctx[0], c2 = x.ctx[2]](const svm::Machine& mm) {
          const uint64_t base = mm.hw->context_entry_addr(sid);
          return mm.mem->read(svm::PhysAddr{base}) == c0 && mm.mem->read(svm::PhysAddr{base + 16}) == c2;
        };
        if (!same(now))
          mark(QCoreApplication::translate("svmlab::hw", "context entry changed"), broke(same));
        break;
      }
      default: {
        const svm::DevTlbEntry& x = (*now.devs)[static_cast<size_t>(c - kFirstDevTlb)].devtlb[e];
        frame_stale(x.pasid.v, x.va, x.pfn, x.gen);
      }
    }
    return out;
  };
  auto describe_prev = [&](int c, size_t e) { return entry_text(*prev, c, e); };

  // One box size for every slot of every cache, so the grids line up: as
  // wide as the widest entry can be, as tall as the tallest drawn now.
  const QSizeF widest =
      m.box_size(Box{{},
                     {},
                     QStringLiteral("DID 65535 PASID 1048575"),
                     {QStringLiteral("-> PFN 0x123456 RWUX D=1"), QStringLiteral("STALE: context entry changed")},
                     Mark::Plain,
                     QStringLiteral("STALE HIT")});
  const double cell_w = widest.width() + m.gap() * 0.6;
  int columns = 2;
  for (int c : {8, 4})
    if (c * cell_w <= width + m.gap() * 0.6) {
      columns = c;
      break;
    }
  QSizeF slot_size(widest.width(), 0);
  struct Section {
    QString label;
    std::vector<Box> boxes;
    int rows = 0;
  };
  std::vector<Section> sections;
  auto hits = [&](const char* name, uint64_t h, uint64_t mi, uint64_t ph, uint64_t pm) {
    QString s = QCoreApplication::translate("svmlab::hw", "%1 hits / %2 misses").arg(h).arg(mi);
    if (prev && h > ph) s += QCoreApplication::translate("svmlab::hw", ", HIT at this step");
    if (prev && mi > pm) s += QCoreApplication::translate("svmlab::hw", ", MISS at this step");
    (void)name;
    return s;
  };

  for (int c = 0; c < cs.caches(); ++c) {
    const int cap = cs.capacity(c);
    QString name, stats;
    int mru_hit = -1;  // index in the LRU vector hit at this step
    const size_t count = CacheSlots::keys(now, c).size();
    switch (c) {
      case kIotlb:
        name = QCoreApplication::translate("svmlab::hw", "IOTLB (DID, PASID, page)");
        stats = hits("IOTLB", o.iotlb_hits, o.iotlb_misses, po.iotlb_hits, po.iotlb_misses);
        if (prev && o.iotlb_hits > po.iotlb_hits && count) mru_hit = static_cast<int>(count) - 1;
        break;
      case kPasidCache:
        name = QCoreApplication::translate("svmlab::hw", "PASID cache (DID, PASID)");
        stats =
            hits("PASID cache", o.pasid_cache_hits, o.pasid_cache_misses, po.pasid_cache_hits, po.pasid_cache_misses);
        if (prev && o.pasid_cache_hits > po.pasid_cache_hits && count) mru_hit = static_cast<int>(count) - 1;
        break;
      case kContextCache:
        name = QCoreApplication::translate("svmlab::hw", "Context cache (source id)");
        if (walked_now && o.last_walk.context_cache_hit && count) {
          mru_hit = static_cast<int>(count) - 1;
          stats = QCoreApplication::translate("svmlab::hw", "HIT at this step");
        }
        break;
      default: {
        const int dev = c - kFirstDevTlb;
        QString dn = t.cfg && t.cfg->scenario && dev < static_cast<int>(t.cfg->scenario->devices.size())
                         ? QString::fromStdString(t.cfg->scenario->devices[static_cast<size_t>(dev)].name)
                         : QString::number(dev);
        name = QCoreApplication::translate("svmlab::hw", "Device TLB of %1 (ATS)").arg(dn);
        if (step_device == dev && prev && o.devtlb_hits > po.devtlb_hits && count) {
          mru_hit = static_cast<int>(count) - 1;
          stats = QCoreApplication::translate("svmlab::hw", "HIT at this step");
        } else if (step_device == dev && prev && o.devtlb_misses > po.devtlb_misses) {
          stats = QCoreApplication::translate("svmlab::hw", "MISS at this step");
        }
      }
    }
    Section sec;
    sec.label = QStringLiteral("%1: %2 slots, %3 in use%4")
                    .arg(name)
                    .arg(cap)
                    .arg(count)
                    .arg(stats.isEmpty() ? QString() : QStringLiteral("; ") + stats);

    const std::vector<SlotInfo>& cur = cs.at(cursor, c);
    const std::vector<SlotInfo>& before = cs.at(cursor - 1, c);
    const std::vector<CacheSlots::Key> kcur = CacheSlots::keys(now, c);
    const std::vector<CacheSlots::Key> kprev = prev ? CacheSlots::keys(*prev, c) : std::vector<CacheSlots::Key>{};
    const bool filled_now = std::any_of(cur.begin(), cur.end(), [&](const SlotInfo& s) { return s.filled == cursor; });
    const QString why = removal_reason(t, cursor, filled_now && static_cast<int>(kprev.size()) >= cap);
    const int nslots = std::max<int>(cap, static_cast<int>(cur.size()));
    const QString prefix = c == kIotlb          ? QStringLiteral("iotlb:")
                           : c == kPasidCache   ? QStringLiteral("pasidcache:")
                           : c == kContextCache ? QStringLiteral("contextcache:")
                                                : QStringLiteral("devtlb%1:").arg(c - kFirstDevTlb);
    for (int s = 0; s < nslots; ++s) {
      Box b;
      b.id = prefix + QString::number(s);
      const int col = s % columns, row = s / columns;
      b.rect = QRectF(col * cell_w, row, slot_size.width(), 0);  // rows placed below, once the height is known
      const auto it = std::find_if(cur.begin(), cur.end(), [&](const SlotInfo& x) { return x.slot == s; });
      // An entry that left this slot at this step.
      int gone = -1;
      if (prev)
        for (size_t e = 0; e < before.size() && e < kprev.size(); ++e)
          if (before[e].slot == s && std::find(kcur.begin(), kcur.end(), kprev[e]) == kcur.end())
            gone = static_cast<int>(e);
      if (it == cur.end()) {
        if (gone >= 0) {
          const Entry g = describe_prev(c, static_cast<size_t>(gone));
          b.title = g.title;
          b.lines = g.lines;
          b.lines << wrap_words(why, 26);
          b.mark = Mark::Invalidated;
          b.badge = why.startsWith(QCoreApplication::translate("svmlab::hw", "evicted"))
                        ? QCoreApplication::translate("svmlab::hw", "EVICTED")
                        : QCoreApplication::translate("svmlab::hw", "FLUSHED");
        } else {
          b.title = QCoreApplication::translate("svmlab::hw", "slot %1").arg(s);
          b.lines << QCoreApplication::translate("svmlab::hw", "empty");
          b.mark = Mark::Empty;
        }
        sec.boxes.push_back(std::move(b));
        continue;
      }
      const size_t e = static_cast<size_t>(it - cur.begin());
      const Entry x = describe(c, e, it->filled);
      b.title = x.title;
      b.lines = x.lines;
      const int recency = static_cast<int>(cur.size() - e);
      b.lines
          << QCoreApplication::translate("svmlab::hw", "slot %1, recency %2/%3").arg(s).arg(recency).arg(cur.size());
      if (it->filled == cursor) {
        b.mark = Mark::Fill;
        b.badge = QCoreApplication::translate("svmlab::hw", "FILL");
        if (gone >= 0)
          b.lines << QCoreApplication::translate("svmlab::hw", "replaced: %1")
                         .arg(describe_prev(c, static_cast<size_t>(gone)).lines.value(0));
      } else {
        b.lines << QCoreApplication::translate("svmlab::hw", "filled at step %1").arg(it->filled);
      }
      if (static_cast<int>(e) == mru_hit && it->filled != cursor) {
        b.mark = Mark::Hit;
        b.badge = QCoreApplication::translate("svmlab::hw", "HIT");
      }
      if (x.stale) {
        b.mark = Mark::Stale;
        b.badge = static_cast<int>(e) == mru_hit ? QCoreApplication::translate("svmlab::hw", "STALE HIT")
                                                 : QCoreApplication::translate("svmlab::hw", "STALE");
        b.lines << QCoreApplication::translate("svmlab::hw", "STALE: %1").arg(x.stale_why);
        if (x.stale_since > 0) b.lines << QCoreApplication::translate("svmlab::hw", "since step %1").arg(x.stale_since);
      }
      sec.boxes.push_back(std::move(b));
    }
    sec.rows = (nslots + columns - 1) / columns;
    d.size.setWidth(std::max(d.size.width(), std::min(nslots, columns) * cell_w));
    sections.push_back(std::move(sec));
  }
  for (const Section& sec : sections)
    for (const Box& b : sec.boxes) slot_size = slot_size.expandedTo(QSizeF(0, m.box_size(b).height()));
  for (Section& sec : sections) {
    y += m.gap() / 3;
    label(sec.label);
    for (Box& b : sec.boxes) {
      const int row = static_cast<int>(b.rect.top());
      b.rect =
          QRectF(b.rect.left(), y + row * (slot_size.height() + m.gap() * 0.5), slot_size.width(), slot_size.height());
      d.boxes.push_back(std::move(b));
    }
    y += sec.rows * (slot_size.height() + m.gap() * 0.5);
  }
  d.size.setHeight(y);
  return d;
}

}  // namespace svmlab::hw
