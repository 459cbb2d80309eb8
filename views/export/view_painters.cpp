#include "views/export/view_painters.h"

#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPicture>
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

namespace {

void drawTimeline(TimelineView& v, QSize size, QCPPainter& p, bool vector) {
  // Vector devices get no pixmap caching and no cosmetic-pen rounding;
  // an image keeps the antialiasing the screen has.
  if (vector) {
    p.setMode(QCPPainter::pmVectorized);
    p.setMode(QCPPainter::pmNoCaching);
  }
  v.plot()->toPainter(&p, size.width(), size.height());
}

}  // namespace

Painter timelinePainter(TimelineView& v, QSize size) {
  return [&v, size](QPaintDevice& dev, double scale) {
    // The view sizes its milestone band after each layout pass, and a band
    // that changes height resets the axis rectangle's margins until the next
    // pass: the axes, their tick labels and titles would then fall off the
    // canvas. A first pass at the export size, drawn nowhere, settles it.
    {
      QPicture dry;
      QCPPainter d;
      if (!d.begin(&dry)) return false;
      drawTimeline(v, size, d, true);
      d.end();
    }
    QCPPainter p;
    if (!p.begin(&dev)) return false;
    p.scale(scale, scale);
    drawTimeline(v, size, p, dev.devType() != QInternal::Image);
    const bool ok = p.end();
    v.plot()->replot();  // toPainter laid the plot out at the export size
    return ok;
  };
}

}  // namespace svmlab
