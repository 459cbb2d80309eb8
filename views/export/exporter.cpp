#include "views/export/exporter.h"

#include <QDir>
#include <optional>

#include "core/report/dot.h"
#include "core/report/mail.h"
#include "core/report/trace_format.h"
#include "views/export/picture.h"
#include "views/export/save_atomic.h"
#include "views/export/slides.h"
#include "views/export/view_painters.h"
#include "views/refgraph/graph_view.h"
#include "views/timeline/counters_csv.h"
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
  TimelineSource(const std::shared_ptr<const svm::Trace>& t, TimelineView* given) : view_(given) {
    if (!view_) {
      own_ = std::make_unique<TimelineView>();
      own_->resize(kTimelineSize);
      own_->setTrace(t);
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

int exportState(const svm::Trace& t, const ExportRequest& r) {
  const int last = static_cast<int>(t.states.size()) - 1;
  return r.step < 0 || r.step > last ? last : r.step;
}

std::string exportText(const svm::Trace& t, const ExportRequest& r) {
  switch (r.what) {
    case ExportWhat::Trace: return r.format == ExportFormat::Json ? svm::trace_json(t).dump(2) + "\n" : svm::trace_ftrace(t);
    case ExportWhat::Mail: return svm::mail_text(t);
    case ExportWhat::Graph: return r.format == ExportFormat::Dot ? svm::trace_dot(t, exportState(t, r)) : std::string();
    case ExportWhat::Timeline: return r.format == ExportFormat::Csv ? counters_csv(t) : std::string();
    case ExportWhat::Slides: return {};
  }
  return {};
}

QImage exportImage(const std::shared_ptr<const svm::Trace>& t, const ExportRequest& r, ExportViews views) {
  const int state = exportState(*t, r);
  if (r.what == ExportWhat::Graph) {
    GraphSource g(t, views.graph);
    RefGraphView& v = g.at(state);
    return renderImage(graphPictureSize(v), r.scale, graphPainter(v));
  }
  if (r.what == ExportWhat::Timeline) {
    TimelineSource s(t, views.timeline);
    return renderImage(QSizeF(kTimelineSize), r.scale, timelinePainter(s.at(state), kTimelineSize));
  }
  return {};
}

QString exportTrace(const std::shared_ptr<const svm::Trace>& t, const ExportRequest& r, ExportViews views) {
  if (!t || !t->cfg || t->states.empty()) return QStringLiteral("nothing to export: no trace");
  const QString bad = checkRequest(r);
  if (!bad.isEmpty()) return bad;
  if (!needsWidgets(r)) return saveText(r.path, exportText(*t, r));

  const int state = exportState(*t, r);
  switch (r.what) {
    case ExportWhat::Graph: {
      GraphSource g(t, views.graph);
      if (!r.allSteps) {
        RefGraphView& v = g.at(state);
        return writePicture(r.path, r.format, graphPictureSize(v), r.scale, title(*t, state), graphPainter(v));
      }
      if (!QDir().mkpath(r.path)) return QStringLiteral("cannot write %1: cannot create the folder").arg(r.path);
      const int last = static_cast<int>(t->states.size()) - 1;
      const int digits = std::max(3, int(QString::number(last).size()));
      for (int s = 0; s <= last; ++s) {
        const QString file = QDir(r.path).filePath(
            QStringLiteral("step-%1.%2").arg(s, digits, 10, QLatin1Char('0')).arg(extensionFor(r.what, r.format)));
        QString e;
        if (r.format == ExportFormat::Dot) {
          e = saveText(file, svm::trace_dot(*t, s));
        } else {
          RefGraphView& v = g.at(s);
          e = writePicture(file, r.format, graphPictureSize(v), r.scale, title(*t, s), graphPainter(v));
        }
        if (!e.isEmpty()) return e;
      }
      return {};
    }
    case ExportWhat::Timeline: {
      TimelineSource s(t, views.timeline);
      return writePicture(r.path, r.format, QSizeF(kTimelineSize), r.scale, title(*t, state),
                          timelinePainter(s.at(state), kTimelineSize));
    }
    case ExportWhat::Slides: {
      // Slides move the cursor through the run: always an off-screen view.
      GraphSource g(t, nullptr);
      const std::vector<Slide> series = slideSeries(*t, r.allSteps);
      RefGraphView& v = g.at(0);
      if (r.format == ExportFormat::Pdf) {
        const QString file = r.path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                                 ? r.path
                                 : QDir(r.path).filePath(QStringLiteral("slides.pdf"));
        if (file != r.path && !QDir().mkpath(r.path)) return QStringLiteral("cannot write %1: cannot create the folder").arg(r.path);
        return writeSlidesPdf(v, series, file);
      }
      return writeSlidesPng(v, series, r.path, r.scale);
    }
    default:
      return {};
  }
}

}  // namespace svmlab
