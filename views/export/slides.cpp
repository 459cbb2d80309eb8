#include "views/export/slides.h"

#include <QDir>
#include <algorithm>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include "core/engine/function.h"
#include "core/report/key_steps.h"
#include "core/report/narration.h"
#include "views/export/save_atomic.h"
#include "views/refgraph/graph_view.h"

namespace svmlab {

namespace {

constexpr double kW = 1600, kH = 900;
constexpr double kMargin = 32;
constexpr double kTitleH = 96;
constexpr double kCaptionH = 190;

QString q(const std::string& s) { return QString::fromStdString(s); }

QString captionFor(const svm::Trace& t, int state, bool last) {
  QStringList parts;
  if (state >= 1) {
    const svm::StepStory st = svm::story_of(t, state);
    for (const std::string& s : st.scenario) parts << q(s);
    if (parts.isEmpty() && !st.model.empty()) parts << q(st.model.english());
  }
  if (last) {
    const auto vs = t.violations();
    if (vs.empty()) parts << QStringLiteral("The run ends with no violation: nothing leaks, nothing is used after it is freed.");
    for (const svm::Violation& v : vs)
      parts << QString::fromUtf8(svm::violation_kind_name(v.kind).data()) + QStringLiteral(": ") + q(v.message.english());
  }
  return parts.join(QStringLiteral("  "));
}

}  // namespace

QSizeF slideSize() { return {kW, kH}; }

std::vector<Slide> slideSeries(const svm::Trace& t, bool allSteps) {
  std::vector<int> states;
  const int last = static_cast<int>(t.steps.size());
  if (allSteps) {
    for (int i = 1; i <= last; ++i) states.push_back(i);
  } else {
    states = svm::milestone_states(t);
    if (states.empty() || states.back() != last) states.push_back(last);
  }
  std::vector<Slide> out;
  for (size_t i = 0; i < states.size(); ++i) {
    Slide s;
    s.state = states[i];
    s.number = static_cast<int>(i) + 1;
    s.total = static_cast<int>(states.size());
    const bool is_last = s.state == last;
    if (s.state >= 1) {
      const svm::StepRecord& r = t.steps[static_cast<size_t>(s.state - 1)];
      const bool milestone_slide = r.milestone.has_value();
      s.title = is_last && !milestone_slide && !allSteps ? QStringLiteral("The end")
                                                           : QString::fromUtf8(svm::fn_name(r.fn).data()) + QStringLiteral("()");
      if (s.title != QLatin1String("The end")) s.source = q(svm::source_of(r.fn, *t.cfg->variant));
    } else {
      s.title = QStringLiteral("Before the first step");
    }
    s.context = QStringLiteral("%1, %2, step %3 of %4")
                    .arg(q(t.cfg->scenario->id), QString::fromUtf8(t.cfg->variant->id.data(), int(t.cfg->variant->id.size())))
                    .arg(s.state)
                    .arg(last);
    s.caption = captionFor(t, s.state, is_last);
    out.push_back(s);
  }
  return out;
}

QString slideFileName(const Slide& s, const QString& extension) {
  const int digits = QString::number(s.total).size();
  QString name = s.title;
  name.remove(QStringLiteral("()"));
  name = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]+")), QStringLiteral("-"));
  return QStringLiteral("%1-%2.%3").arg(s.number, std::max(2, digits), 10, QLatin1Char('0')).arg(name, extension);
}

namespace {

void paintSlide(QPainter& p, RefGraphView& graph, const Slide& s) {
  graph.setCursor(s.state);
  QGraphicsScene* scene = graph.scene();
  p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  const QRectF page(0, 0, kW, kH);
  p.fillRect(page, graph.backgroundBrush());
  const QColor ink = graph.palette().color(QPalette::Text);
  const QFont base = graph.font();

  // Title band: number, function; its source file, the scenario and step below.
  QFont big = base;
  big.setPixelSize(40);
  big.setBold(true);
  QFont small = base;
  small.setPixelSize(22);
  p.setPen(ink);
  p.setFont(big);
  const QString number = QStringLiteral("%1/%2").arg(s.number).arg(s.total);
  p.drawText(QRectF(kMargin, kMargin - 8, 170, 52), Qt::AlignLeft | Qt::AlignVCenter, number);
  p.drawText(QRectF(kMargin + 170, kMargin - 8, kW - 2 * kMargin - 170, 52), Qt::AlignLeft | Qt::AlignVCenter, s.title);
  p.setFont(small);
  p.drawText(QRectF(kMargin + 170, kMargin + 44, kW - 2 * kMargin - 170, 30), Qt::AlignLeft | Qt::AlignVCenter,
             s.source.isEmpty() ? s.context : s.source + QStringLiteral("   \u00b7   ") + s.context);
  p.setPen(QPen(ink, 1));
  p.drawLine(QPointF(kMargin, kTitleH + 8), QPointF(kW - kMargin, kTitleH + 8));

  // The graph, as on screen, fitted between title and caption.
  const QRectF graphRect(kMargin, kTitleH + 16, kW - 2 * kMargin, kH - kTitleH - 16 - kCaptionH - 8);
  if (scene && !scene->sceneRect().isEmpty()) {
    // Centred: QGraphicsScene::render keeps the aspect ratio at the top left.
    const QRectF src = scene->sceneRect();
    const double k = std::min(graphRect.width() / src.width(), graphRect.height() / src.height());
    QRectF target(QPointF(0, 0), src.size() * k);
    target.moveCenter(graphRect.center());
    scene->render(&p, target, src, Qt::IgnoreAspectRatio);
  }

  // Caption: the narration, shrunk until it fits its band.
  const QRectF capRect(kMargin, kH - kCaptionH, kW - 2 * kMargin, kCaptionH - kMargin / 2);
  p.drawLine(QPointF(kMargin, capRect.top() - 6), QPointF(kW - kMargin, capRect.top() - 6));
  QFont cap = base;
  for (int px = 26; px >= 14; px -= 2) {
    cap.setPixelSize(px);
    p.setFont(cap);
    const QRectF need = p.boundingRect(capRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s.caption);
    if (need.height() <= capRect.height()) break;
  }
  p.drawText(capRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s.caption);
}

}  // namespace

Painter slidePainter(RefGraphView& graph, const Slide& s) {
  return [&graph, s](QPaintDevice& dev, double scale) {
    QPainter p;
    if (!p.begin(&dev)) return false;
    p.scale(scale, scale);
    paintSlide(p, graph, s);
    return p.end();
  };
}

QString writeSlidesPng(RefGraphView& graph, const std::vector<Slide>& slides, const QString& dir, double scale) {
  if (!QDir().mkpath(dir)) return QStringLiteral("cannot write %1: cannot create the folder").arg(dir);
  for (const Slide& s : slides) {
    const QString e = writePicture(QDir(dir).filePath(slideFileName(s, QStringLiteral("png"))), ExportFormat::Png,
                                   slideSize(), scale, s.title, slidePainter(graph, s));
    if (!e.isEmpty()) return e;
  }
  return {};
}

QString writeSlidesPdf(RefGraphView& graph, const std::vector<Slide>& slides, const QString& path) {
  return saveAtomically(path, [&](QIODevice& dev) {
    // One page per slide, 1600x900 points: the page is the slide.
    QPdfWriter pdf(&dev);
    pdf.setResolution(72);
    pdf.setTitle(slides.empty() ? QString() : slides.front().context);
    pdf.setCreator(QStringLiteral("SVM Lab"));
    pdf.setPageLayout(QPageLayout(QPageSize(slideSize(), QPageSize::Point, QString(), QPageSize::ExactMatch),
                                  QPageLayout::Portrait, QMarginsF()));
    // One painter for every page: newPage() between slides.
    QPainter p;
    if (!p.begin(&pdf)) return false;
    for (size_t i = 0; i < slides.size(); ++i) {
      if (i > 0 && !pdf.newPage()) return false;
      paintSlide(p, graph, slides[i]);
    }
    return p.end();
  });
}

}  // namespace svmlab
