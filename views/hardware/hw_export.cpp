#include "views/hardware/hw_export.h"

#include <QPainter>

#include "views/export/picture.h"
#include "views/hardware/hardware_view.h"

namespace svmlab {

namespace {

struct Picture {
  hw::Metrics m;
  hw::Diagram d;
};

Picture picture(const svm::Trace& t, int state) {
  Picture p{hw::Metrics(12), {}};
  p.d = hw::HardwareHistory(t).at(t, state, p.m).composed(p.m);
  p.d.size += QSizeF(16, 16);  // a margin all round
  return p;
}

Painter painter(const Picture& pic) {
  return [&pic](QPaintDevice& dev, double scale) {
    QPainter p;
    if (!p.begin(&dev)) return false;
    p.scale(scale, scale);
    const Palette pal = Palette::light();
    p.fillRect(QRectF(QPointF(0, 0), pic.d.size), pal.background);
    p.translate(8, 8);
    hw::paint_diagram(p, pic.d, pal, pic.m);
    return p.end();
  };
}

QString title(const svm::Trace& t, int state) {
  return QStringLiteral("%1 (%2), VT-d hardware at step %3 of %4")
      .arg(QString::fromStdString(t.cfg->scenario->id),
           QString::fromUtf8(t.cfg->variant->id.data(), static_cast<int>(t.cfg->variant->id.size())))
      .arg(state)
      .arg(t.steps.size());
}

}  // namespace

QString exportHardware(const std::shared_ptr<const svm::Trace>& t, int state, const QString& path, ExportFormat f,
                       double scale) {
  if (!t || !t->cfg || t->states.empty()) return QStringLiteral("nothing to export: no trace");
  if (f != ExportFormat::Svg && f != ExportFormat::Png && f != ExportFormat::Pdf)
    return QStringLiteral("hardware has no %1 format (svg, png, pdf)").arg(formatName(f));
  state = std::clamp(state, 0, static_cast<int>(t->states.size()) - 1);
  const Picture pic = picture(*t, state);
  return writePicture(path, f, pic.d.size, scale, title(*t, state), painter(pic));
}

QImage hardwareImage(const svm::Trace& t, int state, double scale) {
  state = std::clamp(state, 0, static_cast<int>(t.states.size()) - 1);
  const Picture pic = picture(t, state);
  return renderImage(pic.d.size, scale, painter(pic));
}

}  // namespace svmlab
