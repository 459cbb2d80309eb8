#pragma once
// Painters (picture.h) for the two drawn views. The graph painter draws the
// view's own scene, so an export looks exactly like the screen: same items,
// same colours, the leak caption and the legend. The timeline painter asks
// QCustomPlot to draw itself at the export size.

#include <QSizeF>

#include "views/export/picture.h"

namespace svmlab {

class RefGraphView;
class TimelineView;

QSizeF graphPictureSize(const RefGraphView& v);  // the scene rectangle, in scene units
Painter graphPainter(RefGraphView& v);           // at the view's current cursor

Painter timelinePainter(TimelineView& v, QSize size);  // at the view's current cursor

}  // namespace svmlab
