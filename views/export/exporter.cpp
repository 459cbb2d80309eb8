#include "views/export/exporter.h"

#include <QDir>
#include <qcustomplot.h>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <algorithm>
#include <functional>
#include <optional>

#include "views/export/picture.h"
#include "views/export/save_atomic.h"
#include "views/export/slides.h"
#include "views/export/view_painters.h"
#include "views/refgraph/graph_view.h"
#include "views/timeline/timeline_view.h"

namespace svmlab {

namespace {

const QSize kTimelineSize(1200, 600);  // the export's plot size, in pixels at scale 1

QString title(const svm::Trace& t, int state) {
  return QStringLiteral("%1 (%2), step %3 of %4")
      .arg(QString::fromStdString(t.cfg->scenario->id), QString::fromUtf8(t.cfg->variant->id.data(), int(t.cfg->variant->id.size())))
      .arg(state)
      .arg(t.steps.size());
}

// The caller's view when it has one, else one made off screen for the export.
// A caller's view goes back to its own cursor afterwards.
class GraphSource {
 public:
  GraphSource(const std::shared_ptr<const svm::Trace>& t, RefGraphView* given) : view_(given) {
    if (!view_) {
      own_ = std::make_unique<RefGraphView>();
      own_->setTrace(t);
      view_ = own_.get();
    }
    restore_ = view_->stateIndex();
  }
  ~GraphSource() {
    if (!own_) view_->setCursor(restore_);
  }
  RefGraphView& at(int state) {
    view_->setCursor(state);
    return *view_;
  }

 private:
  std::unique_ptr<RefGraphView> own_;
  RefGraphView* view_;
  int restore_ = 0;
};

class TimelineSource {
 public:
  // A compare run always gets a view of its own: the caller's view shows
  // whatever its window compares with.
  TimelineSource(const ExportRuns& runs, TimelineView* given) : view_(runs.compare ? nullptr : given) {
    if (!view_) {
      own_ = std::make_unique<TimelineView>();
      own_->resize(kTimelineSize);
      // Never shown, so its layout never runs: size the plot itself, whose
      // height bounds the milestone label band.
      own_->plot()->resize(kTimelineSize);
      own_->setTrace(runs.trace);
      if (runs.compare) own_->setCompareTrace(runs.compare);
      view_ = own_.get();
    }
    restore_ = view_->cursor();
  }
  ~TimelineSource() {
    if (!own_) view_->setCursor(restore_);
  }
  TimelineView& at(int state) {
    view_->setCursor(state);
    return *view_;
  }

 private:
  std::unique_ptr<TimelineView> own_;
  TimelineView* view_;
  int restore_ = 0;
};

}  // namespace

QImage exportImage(const std::shared_ptr<const svm::Trace>& t, const ExportRequest& r, ExportViews views) {
  const int state = exportState(*t, r);
  if (r.what == ExportWhat::Graph) {
    GraphSource g(t, views.graph);
    RefGraphView& v = g.at(state);
    return renderImage(graphPictureSize(v), r.scale, graphPainter(v));
  }
  if (r.what == ExportWhat::Timeline) {
    TimelineSource s({t, nullptr}, views.timeline);
    return renderImage(QSizeF(kTimelineSize), r.scale, timelinePainter(s.at(state), kTimelineSize));
  }
  return {};
}

QString exportTrace(const std::shared_ptr<const svm::Trace>& t, const ExportRequest& r, ExportViews views) {
  return exportRuns({t, nullptr}, r, views);
}

QString exportRuns(const ExportRuns& runs, const ExportRequest& r, ExportViews views) {
  const auto& t = runs.trace;
  if (!t || !t->cfg || t->states.empty()) return QStringLiteral("nothing to export: no trace");
  if (runs.compare && (!runs.compare->cfg || runs.compare->states.empty())) return QStringLiteral("nothing to compare with: no trace");
  const QString bad = checkRequest(r);
  if (!bad.isEmpty()) return bad;
  if (!r.compare.isEmpty() && !runs.compare) return QStringLiteral("--compare %1: no second run to compare with").arg(r.compare);

  const int state = exportState(*t, r);
  switch (r.what) {
    case ExportWhat::Graph: {
      if (r.format == ExportFormat::Dot) return exportTextRuns(runs, r);
      GraphSource g(t, views.graph);
      auto one = [&](const QString& file, int s) {
        RefGraphView& v = g.at(s);
        return writePicture(file, r.format, graphPictureSize(v), r.scale, title(*t, s), graphPainter(v));
      };
      return r.allSteps ? writeAllSteps(runs, r, one) : one(r.path, state);
    }
    case ExportWhat::Timeline: {
      if (r.format == ExportFormat::Csv) return exportTextRuns(runs, r);
      TimelineSource s(runs, views.timeline);
      auto one = [&](const QString& file, int st) {
        return writePicture(file, r.format, QSizeF(kTimelineSize), r.scale, title(*t, st),
                            timelinePainter(s.at(st), kTimelineSize));
      };
      return r.allSteps ? writeAllSteps(runs, r, one) : one(r.path, state);
    }
    case ExportWhat::Slides: {
      const std::vector<Slide> series = slideSeries(*t, r.allSteps, runs.compare.get());
      // Slides move the cursor through the run: always off-screen views.
      GraphSource g(t, nullptr);
      std::optional<GraphSource> gc;
      if (runs.compare) gc.emplace(runs.compare, nullptr);
      SlideGraphs graphs{&g.at(0), gc ? &gc->at(0) : nullptr};
      if (r.format == ExportFormat::Pdf) return writeSlidesPdf(graphs, series, r.path);
      return writeSlidesPng(graphs, series, r.path, r.scale);
    }
    default:
      return exportTextRuns(runs, r);
  }
}

QString printRuns(const ExportRuns& runs, const ExportRequest& r, QPagedPaintDevice& printer, ExportViews views) {
  const auto& t = runs.trace;
  if (!t || !t->cfg || t->states.empty()) return QStringLiteral("nothing to print: no trace");
  const int state = exportState(*t, r);
  auto fit = [&printer](QSizeF size) { return std::min(printer.width() / size.width(), printer.height() / size.height()); };
  bool ok = false;
  switch (r.what) {
    case ExportWhat::Graph: {
      GraphSource g(t, views.graph);
      RefGraphView& v = g.at(state);
      ok = graphPainter(v)(printer, fit(graphPictureSize(v)));
      break;
    }
    case ExportWhat::Timeline: {
      TimelineSource s(runs, views.timeline);
      ok = timelinePainter(s.at(state), kTimelineSize)(printer, fit(QSizeF(kTimelineSize)));
      break;
    }
    case ExportWhat::Slides: {
      const std::vector<Slide> series = slideSeries(*t, r.allSteps, runs.compare.get());
      GraphSource g(t, nullptr);
      std::optional<GraphSource> gc;
      if (runs.compare) gc.emplace(runs.compare, nullptr);
      ok = paintSlides(printer, {&g.at(0), gc ? &gc->at(0) : nullptr}, series);
      break;
    }
    default: return QStringLiteral("only the graph, the timeline and the slides can be printed");
  }
  return ok ? QString() : QStringLiteral("cannot print: the printer did not start");
}

}  // namespace svmlab
