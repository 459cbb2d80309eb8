#include "views/hardware/fault_diagram.h"

#include <QCoreApplication>
#include <algorithm>

#include "core/engine/config.h"
#include "core/iommu/regs.h"
#include "views/common/core_text.h"
#include "views/hardware/hw_common.h"
#include "views/hardware/walk_diagram.h"

namespace svmlab::hw {

namespace {}  // namespace

Diagram fault_diagram(const svm::Trace& t, int cursor, const Metrics& m, double width) {
  Diagram d;
  double y = 0;
  auto label = [&](const QString& text, bool heading = false, Mark mark = Mark::Plain) {
    y = d.label(y, text, m, heading, mark);
  };
  label(QCoreApplication::translate("svmlab::hw", "Fault recording registers (FRCD)"), true);
  if (!t.cfg || t.states.empty() || cursor < 0 || cursor >= static_cast<int>(t.states.size())) {
    label(QCoreApplication::translate("svmlab::hw", "No trace."));
    d.size.setHeight(y);
    return d;
  }
  const svm::Machine hw_m = t.states[static_cast<size_t>(cursor)];  // a snapshot is read by value: keep it
  const svm::IommuState& hw = *hw_m.hw;
  const svm::IommuState* prev = cursor > 0 ? &*t.states[static_cast<size_t>(cursor - 1)].hw : nullptr;
  label(QCoreApplication::translate("svmlab::hw", "FSTS: PFO=%1 PPF=%2   next record (FRI) = %3%4")
            .arg(bit(hw.fsts & svm::vtd::FSTS_PFO), bit(hw.fsts & svm::vtd::FSTS_PPF))
            .arg(hw.frcd_next)
            .arg(hw.fsts & svm::vtd::FSTS_PFO
                     ? QCoreApplication::translate("svmlab::hw", "   OVERFLOW: further faults are not recorded")
                     : QString()),
        false, hw.fsts & svm::vtd::FSTS_PFO ? Mark::Fault : Mark::Plain);
  const size_t n = std::max<size_t>(t.cfg->iommu().fault_records, hw.frcd.size());
  std::vector<Box> boxes;
  for (size_t i = 0; i < n; ++i) {
    Box b;
    b.id = QStringLiteral("frcd:%1").arg(i);
    const svm::FaultRecord* r = i < hw.frcd.size() ? &hw.frcd[i] : nullptr;
    const svm::FaultRecord* p = prev && i < prev->frcd.size() ? &prev->frcd[i] : nullptr;
    if (!r || r->reason == svm::FaultReason::None) {
      b.title = QStringLiteral("FRCD[%1] F=0").arg(i);
      b.lines << QCoreApplication::translate("svmlab::hw", "empty");
      b.mark = Mark::Empty;
      boxes.push_back(std::move(b));
      continue;
    }
    QString dev = device_name(t, r->sid.v);
    b.title = QStringLiteral("FRCD[%1] F=%2").arg(i).arg(bit(r->f));
    b.lines = wrap_words(coreText(svm::fault_text(r->reason)), 36);
    b.lines << QCoreApplication::translate("svmlab::hw", "source %1%2")
                   .arg(sid_text(r->sid.v), dev.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(dev))
            << (r->pasid_present ? QCoreApplication::translate("svmlab::hw", "PASID %1").arg(r->pasid.v)
                                 : QCoreApplication::translate("svmlab::hw", "no PASID"))
            << QCoreApplication::translate("svmlab::hw", "address %1, %2%3")
                   .arg(hex(r->addr),
                        r->write ? QCoreApplication::translate("svmlab::hw", "write")
                                 : QCoreApplication::translate("svmlab::hw", "read"),
                        r->priv ? QCoreApplication::translate("svmlab::hw", ", supervisor") : QString());
    const QString why = fault_explanation(r->reason);
    for (const QString& l : wrap_words(why, 36)) b.lines << l;
    const bool fresh = !p || !(*p == *r);
    b.mark = fresh && prev ? Mark::Fault : r->f ? Mark::Plain : Mark::Skipped;
    b.badge = fresh && prev ? QCoreApplication::translate("svmlab::hw", "NEW")
              : r->f        ? QCoreApplication::translate("svmlab::hw", "F=1")
                            : QCoreApplication::translate("svmlab::hw", "CLEARED");
    boxes.push_back(std::move(b));
  }
  double w = 0, h = 0;
  for (const Box& b : boxes) {
    const QSizeF s = m.box_size(b);
    w = std::max(w, s.width());
    h = std::max(h, s.height());
  }
  const int per_row = std::max(1, static_cast<int>((width + m.gap()) / (w + m.gap())));
  for (size_t i = 0; i < boxes.size(); ++i) {
    boxes[i].rect = QRectF((i % per_row) * (w + m.gap()), y + (i / per_row) * (h + m.gap() / 2), w, h);
    d.size.setWidth(std::max(d.size.width(), boxes[i].rect.right()));
  }
  y += ((boxes.size() + per_row - 1) / per_row) * (h + m.gap() / 2);
  for (Box& b : boxes) d.boxes.push_back(std::move(b));
  d.size.setHeight(y);
  return d;
}

}  // namespace svmlab::hw
