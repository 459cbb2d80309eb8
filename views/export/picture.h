#pragma once
// One picture, three formats. A Painter draws a `size` (logical units: scene
// units for the graph, pixels of the widget for the timeline) on any paint
// device; writePicture runs it on a QSvgGenerator (text stays <text>), a
// QImage (PNG, `scale` device pixels per unit) or a QPdfWriter (one page of
// exactly that size, in points, text kept as text).

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <functional>

#include "views/export/export_request.h"

class QImage;
class QPaintDevice;

namespace svmlab {

// Begin a painter on `dev`, scale it by `scale`, draw `size` units; false if
// the painter could not begin.
using Painter = std::function<bool(QPaintDevice& dev, double scale)>;

// PNG, SVG or PDF into `path` (atomically); empty, or a one-line error.
// The picture is rendered in memory and checked whole (the painter ended,
// the file ends as its format ends) before a byte reaches the disk.
QString writePicture(const QString& path, ExportFormat f, QSizeF size, double scale, const QString& title,
                     const Painter& paint);
QImage renderImage(QSizeF size, double scale, const Painter& paint);
// The file's bytes; empty when the painter failed or the result is cut short.
QByteArray renderPicture(ExportFormat f, QSizeF size, double scale, const QString& title, const Painter& paint);
// Does `bytes` end as a whole file of format `f` ends (PNG's IEND, </svg>, %%EOF)?
bool isComplete(ExportFormat f, const QByteArray& bytes);

}  // namespace svmlab
