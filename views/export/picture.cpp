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

QString writePicture(const QString& path, ExportFormat f, QSizeF size, double scale, const QString& title,
                     const Painter& paint) {
  return saveAtomically(path, [&](QIODevice& dev) {
    switch (f) {
      case ExportFormat::Png: {
        const QImage img = renderImage(size, scale, paint);
        return !img.isNull() && img.save(&dev, "PNG");
      }
      case ExportFormat::Svg: {
        QSvgGenerator gen;
        gen.setOutputDevice(&dev);
        gen.setSize(size.toSize());
        gen.setViewBox(QRectF(QPointF(0, 0), size));
        gen.setTitle(title);
        gen.setDescription(QStringLiteral("SVM Lab"));
        return paint(gen, 1.0);
      }
      case ExportFormat::Pdf: {
        // 72 dpi: one unit is one point, so the page is the picture's size.
        QPdfWriter pdf(&dev);
        pdf.setResolution(72);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("SVM Lab"));
        pdf.setPageLayout(QPageLayout(QPageSize(size, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
        return paint(pdf, 1.0);
      }
      default:
        return false;
    }
  });
}

}  // namespace svmlab
