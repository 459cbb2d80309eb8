#include "views/export/view_painters.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <qcustomplot.h>

#include "views/refgraph/graph_view.h"
#include "views/timeline/timeline_view.h"

namespace svmlab {

QSizeF graphPictureSize(const RefGraphView& v) { return v.scene() ? v.scene()->sceneRect().size() : QSizeF(); }

Painter graphPainter(RefGraphView& v) {
  return [&v](QPaintDevice& dev, double scale) {
    QGraphicsScene* scene = v.scene();
    if (!scene) return false;
    QPainter p;
    if (!p.begin(&dev)) return false;
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    p.scale(scale, scale);
    const QRectF src = scene->sceneRect();
    const QRectF target(QPointF(0, 0), src.size());
    p.fillRect(target, v.backgroundBrush());
    scene->render(&p, target, src, Qt::IgnoreAspectRatio);
    return p.end();
  };
}

Painter timelinePainter(TimelineView& v, QSize size) {
  return [&v, size](QPaintDevice& dev, double scale) {
    QCPPainter p;
    if (!p.begin(&dev)) return false;
    // Vector devices get no pixmap caching and no cosmetic-pen rounding;
    // an image keeps the antialiasing the screen has.
    if (dev.devType() != QInternal::Image) {
      p.setMode(QCPPainter::pmVectorized);
      p.setMode(QCPPainter::pmNoCaching);
    }
    p.scale(scale, scale);
    v.plot()->toPainter(&p, size.width(), size.height());
    const bool ok = p.end();
    v.plot()->replot();  // toPainter laid the plot out at the export size
    return ok;
  };
}

}  // namespace svmlab
