#include "views/hardware/ring_diagram.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/engine/config.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/regs.h"
#include "views/hardware/hw_common.h"

namespace svmlab::hw {

namespace {

constexpr int kWholeRing = 16;  // rings this small are drawn slot by slot
constexpr int kRecent = 8;      // otherwise: this many recent slots
constexpr int kChars = 30;      // line width inside a slot

// A row of boxes that wraps at `width`; returns the height used.
double lay_row(std::vector<Box>& boxes, double x0, double y, double width, const Metrics& m, Diagram& d) {
  double w = 0, h = 0;
  for (const Box& b : boxes) {
    const QSizeF s = m.box_size(b);
    w = std::max(w, s.width());
    h = std::max(h, s.height());
  }
  const double step = w + m.gap();
  const int per_row = std::max(1, static_cast<int>((width - x0 + m.gap()) / step));
  for (size_t i = 0; i < boxes.size(); ++i) {
    boxes[i].rect = QRectF(x0 + (i % per_row) * step, y + (i / per_row) * (h + 2.2 * m.gap()), w, h);
    d.size.setWidth(std::max(d.size.width(), boxes[i].rect.right()));
  }
  const size_t rows = boxes.empty() ? 0 : (boxes.size() + per_row - 1) / per_row;
  return rows * (h + 2.2 * m.gap());
}

// "IQH" / "PQT" under the box of `slot` (or the last box, if the slot is not shown).
void pointer(Diagram& d, const std::vector<Box>& boxes, const std::vector<uint32_t>& slot_of, uint32_t slot,
             const QString& name, double dx, const Metrics& m, Mark mark) {
  for (size_t i = 0; i < boxes.size(); ++i) {
    if (slot_of[i] != slot) continue;
    const QRectF r = boxes[i].rect;
    const QPointF tip(r.left() + r.width() * (0.3 + dx), r.bottom() + 2);
    d.arrows.push_back({tip + QPointF(0, m.gap() * 1.3), tip, QString(), mark});
    d.labels.push_back({tip + QPointF(-m.text_width(name, m.label) / 2, m.gap() * 1.3), name, false, mark});
    return;
  }
}

// Which entries of a ring's history to draw at `cursor`: for a small ring
// (kWholeRing slots or fewer) the latest entry of each slot, in slot order;
// for a larger one the kRecent latest, in the order they were written.
template <class E, class When>
std::vector<size_t> shown_entries(const std::vector<E>& history, size_t ring_size, int cursor, When written) {
  std::vector<size_t> shown;
  for (size_t k = 0; k < history.size() && written(history[k]) <= cursor; ++k) {
    if (ring_size <= kWholeRing) std::erase_if(shown, [&](size_t j) { return history[j].slot == history[k].slot; });
    shown.push_back(k);
  }
  if (ring_size > kWholeRing && shown.size() > kRecent) shown.erase(shown.begin(), shown.end() - kRecent);
  if (ring_size <= kWholeRing)
    std::sort(shown.begin(), shown.end(), [&](size_t a, size_t b) { return history[a].slot < history[b].slot; });
  return shown;
}

}  // namespace

QStringList wrap_fields(const QString& s, int width) {
  QStringList out;
  QString cur;
  for (const QString& f : s.split(QStringLiteral(", "))) {
    if (!cur.isEmpty() && cur.size() + 2 + f.size() > width) {
      out << cur + QLatin1Char(',');
      cur.clear();
    }
    cur += (cur.isEmpty() ? QString() : QStringLiteral(", ")) + f;
  }
  if (!cur.isEmpty()) out << cur;
  return out;
}

Diagram ring_diagram(const svm::Trace& t, int cursor, const std::vector<IqEntry>& iq, const std::vector<PrqEntry>& prq,
                     const Metrics& m, double width) {
  Diagram d;
  double y = 0;
  auto label = [&](const QString& text, bool heading = false, Mark mark = Mark::Plain) {
    y = d.label(y, text, m, heading, mark);
  };
  if (t.states.empty() || cursor < 0 || cursor >= static_cast<int>(t.states.size())) {
    label(QCoreApplication::translate("svmlab::hw", "Queues"), true);
    label(QCoreApplication::translate("svmlab::hw", "No trace."));
    d.size.setHeight(y);
    return d;
  }
  const svm::Machine& now = t.states[static_cast<size_t>(cursor)];
  const svm::IommuState& hw = *now.hw;

  // Which page request each page group response answers.
  std::vector<int> answers(iq.size(), -1);
  for (size_t k = 0; k < prq.size(); ++k)
    if (prq[k].response >= 0) answers[static_cast<size_t>(prq[k].response)] = static_cast<int>(k);

  // --- Invalidation queue ---
  {
    label(QCoreApplication::translate("svmlab::hw",
                                      "Invalidation queue (IQ): software writes at IQT, the IOMMU executes from IQH"),
          true);
    int pending = 0;
    for (const IqEntry& e : iq)
      if (e.submitted <= cursor && (e.executed < 0 || e.executed > cursor)) ++pending;
    label(QCoreApplication::translate("svmlab::hw", "IQH = %1   IQT = %2   %3 slots, %4 pending")
              .arg(hw.iqh)
              .arg(hw.iqt)
              .arg(hw.iq.size())
              .arg(pending));
    const std::vector<size_t> shown =
        shown_entries(iq, hw.iq.size(), cursor, [](const IqEntry& e) { return e.submitted; });
    std::vector<Box> boxes;
    std::vector<uint32_t> slot_of;
    for (size_t k : shown) {
      const IqEntry& e = iq[k];
      Box b;
      b.id = QStringLiteral("iq:%1").arg(e.slot);
      b.title = QStringLiteral("IQ[%1] type %2").arg(e.slot).arg(svm::qi::type(e.desc));
      b.lines = wrap_fields(qs(svm::qi::describe(e.desc)), kChars);
      b.lines << QCoreApplication::translate("svmlab::hw", "written at step %1 (%2)")
                     .arg(e.submitted)
                     .arg(thread_name(t, e.thread));
      const bool done = e.executed >= 0 && e.executed <= cursor;
      if (done) {
        if (svm::qi::type(e.desc) == svm::qi::IWD_TYPE && (e.desc.lo & svm::qi::IWD_STATUS_WRITE))
          b.lines << QCoreApplication::translate("svmlab::hw", "status %1 written at step %2")
                         .arg(e.desc.lo >> 32)
                         .arg(e.executed);
        else
          b.lines << QCoreApplication::translate("svmlab::hw", "executed at step %1").arg(e.executed);
      } else {
        b.lines << QCoreApplication::translate("svmlab::hw", "pending");
      }
      if (answers[k] >= 0)
        b.lines << QCoreApplication::translate("svmlab::hw", "answers PRQ[%1]")
                       .arg(prq[static_cast<size_t>(answers[k])].slot);
      if (e.submitted == cursor) {
        b.mark = Mark::Fill;
        b.badge = QCoreApplication::translate("svmlab::hw", "NEW");
      } else if (e.executed == cursor) {
        b.mark = Mark::Current;
        b.badge = QCoreApplication::translate("svmlab::hw", "DONE");
      } else if (!done) {
        b.mark = Mark::Pending;
        b.badge = QCoreApplication::translate("svmlab::hw", "PENDING");
      }
      boxes.push_back(std::move(b));
      slot_of.push_back(e.slot);
    }
    // The next free slot, where software writes next.
    if (!std::count(slot_of.begin(), slot_of.end(), hw.iqt)) {
      boxes.push_back({QStringLiteral("iq:%1").arg(hw.iqt),
                       {},
                       QStringLiteral("IQ[%1]").arg(hw.iqt),
                       {QCoreApplication::translate("svmlab::hw", "free")},
                       Mark::Empty,
                       {}});
      slot_of.push_back(hw.iqt);
    }
    y += lay_row(boxes, 0, y, width, m, d);
    pointer(d, boxes, slot_of, hw.iqh, QStringLiteral("IQH"), 0, m, Mark::Current);
    pointer(d, boxes, slot_of, hw.iqt, QStringLiteral("IQT"), 0.4, m, Mark::Fill);
    for (Box& b : boxes) d.boxes.push_back(std::move(b));
    y += m.gap() / 2;
  }

  // --- Page request queue ---
  {
    label(QCoreApplication::translate("svmlab::hw",
                                      "Page request queue (PRQ): the IOMMU writes at PQT, software reads from PQH"),
          true);
    const bool ppr = hw.prs & svm::vtd::PRS_PPR, pro = hw.prs & svm::vtd::PRS_PRO;
    label(QCoreApplication::translate(
              "svmlab::hw", "PQH = %1   PQT = %2   %3 slots (a ring: after PRQ[%4] comes PRQ[0])   PRS: PPR=%5 PRO=%6")
              .arg(hw.pqh)
              .arg(hw.pqt)
              .arg(hw.prq.size())
              .arg(hw.prq.size() ? hw.prq.size() - 1 : 0)
              .arg(bit(ppr), bit(pro)));
    if (pro)
      label(QCoreApplication::translate("svmlab::hw",
                                        "OVERFLOW: PRO is set; every page request is dropped until software clears PRO "
                                        "(Linux 4.4 never does)"),
            false, Mark::Fault);
    const size_t n = hw.prq.size();
    const std::vector<size_t> shown = shown_entries(prq, n, cursor, [](const PrqEntry& e) { return e.queued; });
    std::vector<Box> boxes;
    std::vector<uint32_t> slot_of;
    for (size_t k : shown) {
      const PrqEntry& e = prq[k];
      const svm::PageRequest r = svm::PageRequest::decode(e.desc);
      Box b;
      b.id = QStringLiteral("prq:%1").arg(e.slot);
      b.title = QStringLiteral("PRQ[%1]").arg(e.slot);
      b.lines = QStringList{QStringLiteral("%1 PASID %2 PRG %3%4")
                                .arg(r.wr ? QStringLiteral("write") : QStringLiteral("read"))
                                .arg(r.pasid)
                                .arg(r.prg_index)
                                .arg(r.lpig ? QStringLiteral(" LPIG") : QString()),
                            QStringLiteral("addr %1 from %2").arg(hex(r.addr), sid_text(r.sid().v))};
      b.lines << QCoreApplication::translate("svmlab::hw", "queued at step %1").arg(e.queued);
      const bool read = e.consumed >= 0 && e.consumed <= cursor;
      b.lines << (read ? QCoreApplication::translate("svmlab::hw", "read by software at step %1").arg(e.consumed)
                       : QCoreApplication::translate("svmlab::hw", "pending: not read yet"));
      if (e.response >= 0 && iq[static_cast<size_t>(e.response)].submitted <= cursor) {
        const IqEntry& a = iq[static_cast<size_t>(e.response)];
        b.lines << QCoreApplication::translate("svmlab::hw", "answered: %1 (IQ[%2], step %3)")
                       .arg(qs(svm::qi::response_name(a.desc.hi & 0xf)))
                       .arg(a.slot)
                       .arg(a.submitted);
      } else if (r.lpig) {
        b.lines << QCoreApplication::translate("svmlab::hw", "no answer yet");
      }
      if (e.queued == cursor) {
        b.mark = Mark::Fill;
        b.badge = QCoreApplication::translate("svmlab::hw", "NEW");
      } else if (e.consumed == cursor) {
        b.mark = Mark::Current;
        b.badge = QCoreApplication::translate("svmlab::hw", "READ");
      } else if (!read) {
        b.mark = Mark::Pending;
        b.badge = QCoreApplication::translate("svmlab::hw", "PENDING");
      }
      boxes.push_back(std::move(b));
      slot_of.push_back(e.slot);
    }
    if (n <= kWholeRing) {  // the whole ring: never-used slots too
      for (uint32_t s = 0; s < n; ++s)
        if (!std::count(slot_of.begin(), slot_of.end(), s)) {
          boxes.push_back({QStringLiteral("prq:%1").arg(s),
                           {},
                           QStringLiteral("PRQ[%1]").arg(s),
                           {QCoreApplication::translate("svmlab::hw", "never used")},
                           Mark::Empty,
                           {}});
          slot_of.push_back(s);
        }
      std::vector<size_t> order(boxes.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return slot_of[a] < slot_of[b]; });
      std::vector<Box> sb;
      std::vector<uint32_t> ss;
      for (size_t i : order) sb.push_back(boxes[i]), ss.push_back(slot_of[i]);
      boxes = std::move(sb);
      slot_of = std::move(ss);
    } else if (!std::count(slot_of.begin(), slot_of.end(), hw.pqt)) {
      boxes.push_back({QStringLiteral("prq:%1").arg(hw.pqt),
                       {},
                       QStringLiteral("PRQ[%1]").arg(hw.pqt),
                       {QCoreApplication::translate("svmlab::hw", "free")},
                       Mark::Empty,
                       {}});
      slot_of.push_back(hw.pqt);
    }
    // A full ring keeps one slot free (PQT + 1 == PQH means full): say so
    // where the tail points.
    if (n > 0 && (hw.pqt + 1) % n == hw.pqh)
      for (size_t i = 0; i < boxes.size(); ++i)
        if (slot_of[i] == hw.pqt && boxes[i].mark == Mark::Empty)
          boxes[i].lines = {QCoreApplication::translate("svmlab::hw", "kept free: PQT + 1 = PQH"),
                            QCoreApplication::translate("svmlab::hw", "means the queue is full")};
    const double h = lay_row(boxes, 0, y, width, m, d);
    pointer(d, boxes, slot_of, hw.pqh, QStringLiteral("PQH"), 0, m, Mark::Current);
    pointer(d, boxes, slot_of, hw.pqt, QStringLiteral("PQT"), 0.4, m, Mark::Fill);
    for (Box& b : boxes) d.boxes.push_back(std::move(b));
    y += h;

    // The requests that never got in.
    const auto& dropped = now.obs->prq_dropped;
    if (!dropped.empty()) {
      // The step of each drop: where the list grew.
      std::vector<int> when;
      size_t seen = 0;
      for (int s = 1; s <= cursor && seen < dropped.size(); ++s) {
        const size_t k = t.states[static_cast<size_t>(s)].obs->prq_dropped.size();
        while (seen < k && seen < dropped.size()) when.push_back(s), ++seen;
      }
      label(QCoreApplication::translate(
                "svmlab::hw", "Dropped on overflow (%1 so far): the IOMMU never wrote them, software never sees them")
                .arg(dropped.size()),
            false, Mark::Fault);
      std::vector<Box> ghosts;
      const size_t first = dropped.size() > static_cast<size_t>(kRecent) ? dropped.size() - kRecent : 0;
      for (size_t k = first; k < dropped.size(); ++k) {
        const svm::PrqDrop& g = dropped[k];
        const svm::PageRequest r = svm::PageRequest::decode(g.desc);
        Box b;
        b.id = QStringLiteral("prq-dropped:%1").arg(k);
        b.title = QCoreApplication::translate("svmlab::hw", "dropped at step %1").arg(k < when.size() ? when[k] : 0);
        b.lines << QStringLiteral("%1 PASID %2 PRG %3%4")
                       .arg(r.wr ? QStringLiteral("write") : QStringLiteral("read"))
                       .arg(r.pasid)
                       .arg(r.prg_index)
                       .arg(r.lpig ? QStringLiteral(" LPIG") : QString())
                << QStringLiteral("addr %1").arg(hex(r.addr))
                << (g.overflow_now ? QCoreApplication::translate("svmlab::hw", "queue full: PRO set now")
                                   : QCoreApplication::translate("svmlab::hw", "PRO already set"))
                << (g.auto_response ? QCoreApplication::translate("svmlab::hw", "IOMMU answered: %1")
                                          .arg(qs(svm::qi::response_name(g.code)))
                                    : QCoreApplication::translate("svmlab::hw", "no answer"));
        if (g.auto_response) b.lines << QCoreApplication::translate("svmlab::hw", "(auto-response: modeled)");
        b.mark = Mark::Ghost;
        b.badge = k < when.size() && when[k] == cursor ? QCoreApplication::translate("svmlab::hw", "DROPPED NOW")
                                                       : QCoreApplication::translate("svmlab::hw", "DROPPED");
        ghosts.push_back(std::move(b));
      }
      y += lay_row(ghosts, 0, y, width, m, d);
      for (Box& b : ghosts) d.boxes.push_back(std::move(b));
    }

    // What each device with PRI waits for and has received.
    if (t.cfg && t.cfg->scenario)
      for (size_t dv = 0; dv < now.devs->size() && dv < t.cfg->scenario->devices.size(); ++dv) {
        const svm::DeviceState& ds = (*now.devs)[dv];
        if (ds.outstanding.empty() && ds.responses.empty()) continue;
        QStringList waits, got;
        for (const svm::PendingRequest& p : ds.outstanding) waits << QString::number(p.prg);
        for (const svm::Response& r : ds.responses)
          got << QStringLiteral("PRG %1 %2%3")
                     .arg(r.prg)
                     .arg(qs(svm::qi::response_name(r.code)))
                     .arg(r.by_iommu ? QCoreApplication::translate("svmlab::hw", " (from the IOMMU, modeled)")
                                     : QCoreApplication::translate("svmlab::hw", " (from software)"));
        label(QCoreApplication::translate("svmlab::hw", "%1 waits for page group responses to PRG %2; received: %3")
                  .arg(QString::fromStdString(t.cfg->scenario->devices[dv].name),
                       waits.isEmpty() ? QCoreApplication::translate("svmlab::hw", "none")
                                       : waits.join(QStringLiteral(", ")),
                       got.isEmpty() ? QCoreApplication::translate("svmlab::hw", "none yet")
                                     : got.join(QStringLiteral("; "))));
      }
  }
  d.size.setHeight(y);
  return d;
}

}  // namespace svmlab::hw
