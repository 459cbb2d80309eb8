#include "views/threads/thread_style.h"

#include <array>

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace svmlab {

QColor threadColor(int tid) {
  // Okabe-Ito: blue, vermillion, bluish green, reddish purple, orange, sky
  // blue, yellow; then grey.
  static constexpr std::array<QRgb, 7> kColours{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0xF0E442};
  if (tid < 0) return QColor(0x99, 0x99, 0x99);
  return QColor::fromRgb(kColours[static_cast<size_t>(tid) % kColours.size()]);
}

QIcon threadSwatch(int tid, int size) {
  QPixmap pm(size, size);
  pm.fill(Qt::transparent);
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
  p.setBrush(threadColor(tid));
  p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
  return QIcon(pm);
}

QString threadKindText(svm::ThreadKind k) {
  switch (k) {
    case svm::ThreadKind::Process: return QCoreApplication::translate("svmlab::ThreadStyle", "process");
    case svm::ThreadKind::Device: return QCoreApplication::translate("svmlab::ThreadStyle", "device");
    case svm::ThreadKind::PrqIrq: return QCoreApplication::translate("svmlab::ThreadStyle", "IRQ thread");
    case svm::ThreadKind::Kworker: return QCoreApplication::translate("svmlab::ThreadStyle", "kworker");
    case svm::ThreadKind::Iommu: return QCoreApplication::translate("svmlab::ThreadStyle", "IOMMU");
  }
  return {};
}

QString threadKindDescription(svm::ThreadKind k) {
  switch (k) {
    case svm::ThreadKind::Process:
      return QCoreApplication::translate("svmlab::ThreadStyle", "A user process: the scenario's script and the system calls it makes");
    case svm::ThreadKind::Device:
      return QCoreApplication::translate("svmlab::ThreadStyle", "A PCIe device: its DMA transfers, ATS translation requests and page requests");
    case svm::ThreadKind::PrqIrq:
      return QCoreApplication::translate("svmlab::ThreadStyle", "The threaded interrupt handler of the page request queue (prq_event_thread)");
    case svm::ThreadKind::Kworker:
      return QCoreApplication::translate("svmlab::ThreadStyle", "A kernel worker thread (delayed_fput)");
    case svm::ThreadKind::Iommu:
      return QCoreApplication::translate("svmlab::ThreadStyle", "The IOMMU hardware executing the invalidation queue");
  }
  return {};
}

}  // namespace svmlab
