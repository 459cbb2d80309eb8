#include "views/export/picture.h"

#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

#include "views/export/save_atomic.h"

namespace svmlab {

QImage renderImage(QSizeF size, double scale, const Painter& paint) {
  const QSize px(std::max(1, int(std::ceil(size.width() * scale))), std::max(1, int(std::ceil(size.height() * scale))));
  QImage img(px, QImage::Format_ARGB32_Premultiplied);
  img.fill(Qt::white);
  if (!paint(img, scale)) return {};
  return img;
}

QByteArray renderPicture(ExportFormat f, QSizeF size, double scale, const QString& title, const Painter& paint) {
  QByteArray bytes;
  bool ok = false;
  {
    QBuffer dev(&bytes);
    dev.open(QIODevice::WriteOnly);
    switch (f) {
      case ExportFormat::Png: {
        const QImage img = renderImage(size, scale, paint);
        ok = !img.isNull() && img.save(&dev, "PNG");
        break;
      }
      case ExportFormat::Svg: {
        QSvgGenerator gen;
        gen.setOutputDevice(&dev);
        gen.setSize(size.toSize());
        gen.setViewBox(QRectF(QPointF(0, 0), size));
        gen.setTitle(title);
        gen.setDescription(QStringLiteral("SVM Lab"));
        ok = paint(gen, 1.0);
        break;
      }
      case ExportFormat::Pdf: {
        // 72 dpi: one unit is one point, so the page is the picture's size.
        QPdfWriter pdf(&dev);
        pdf.setResolution(72);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("SVM Lab"));
        pdf.setPageLayout(QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
        ok = paint(pdf, 1.0);
        break;
      }
      default:
        break;
    }
  }  // the generators are gone: everything they buffered is in `bytes`
  return ok && isComplete(f, bytes) ? bytes : QByteArray();
}

bool isComplete(ExportFormat f, const QByteArray& bytes) {
  switch (f) {
    case ExportFormat::Png: return bytes.startsWith("\x89PNG\r\n\x1a\n") && bytes.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8));
    case ExportFormat::Svg: return bytes.trimmed().endsWith("</svg>");
    case ExportFormat::Pdf: return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
    default: return !bytes.isEmpty();
  }
}

QString writePicture(const QString& path, ExportFormat f, QSizeF size, double scale, const QString& title,
                     const Painter& paint) {
  const QByteArray bytes = renderPicture(f, size, scale, title, paint);
  if (bytes.isEmpty()) return QStringLiteral("cannot write %1: rendering the %2 failed").arg(path, formatName(f));
  return saveBytes(path, bytes);
}

}  // namespace svmlab
