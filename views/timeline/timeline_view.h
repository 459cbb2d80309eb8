#pragma once
// The counter timeline: every reference counter of the trace (mm_users and
// mm_count of each mm, f_count of each file, count of each files_struct,
// users of each intel_svm_dev) as a step line over the state index, with
//  - a cursor at the session's state (its own buffered layer, so moving it
//    repaints only that layer) and a box by it giving the exact values;
//  - the milestones (bind, exit_mm, exit_mmap, release, final_mmdrop ...) as
//    labelled vertical lines, labels in a band above the plot;
//  - optionally a second trace (compare mode) whose counters are drawn in the
//    same colours and dashes, thinner and hollow-marked, on the step axis.
// Clicking or dragging in the plot asks the session to move (stepRequested);
// the view itself only follows setCursor().
//
// Series stay apart: each object has its own hue (series_colours.h), each
// counter its own dash and marker (markers sit where the counter changes),
// and series are offset by a fraction of a unit so that equal counts do not
// hide each other. Ten series (two processes) wrap the legend into two
// columns.

#include <QList>
#include <QVector>
#include <QString>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "views/common/palette.h"
#include "views/common/trace_view.h"
#include "views/timeline/counters_csv.h"

class QCustomPlot;
class QCPGraph;
class QCPGraphData;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QMouseEvent;
class QShowEvent;

namespace svmlab {

class TimelineView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  explicit TimelineView(QWidget* parent = nullptr);
  ~TimelineView() override;

  // TraceView. Note: setCursor(int) hides QWidget::setCursor; call
  // QWidget::setCursor explicitly for a mouse cursor shape.
  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;

  // Compare mode: the other variant's counters, thin, on the same step axis.
  // Passing nullptr is the same as clearCompareTrace().
  void setCompareTrace(std::shared_ptr<const svm::Trace> trace);
  void clearCompareTrace();
  bool hasCompareTrace() const { return compare_ != nullptr; }
  // The compared run's own state shown beside the cursor (compare mode's
  // alignment, svm::align_runs): its readout column and its thin cursor line.
  void setCompareCursor(int state_index);
  int compareCursor() const { return compareCursor_; }

  void setViewPalette(const Palette& p);

  // Show only what has happened up to the cursor (the quiz, a lecture): no
  // line, marker or milestone beyond it, and the y axis only as high as the
  // counts so far. Off: the whole run, the cursor moving over it.
  void setShowOnlyPast(bool on);
  bool showsOnlyPast() const { return pastOnly_; }

  int cursor() const { return cursor_; }
  int stateCount() const;  // states of the primary trace (0 without a trace)

  // --- What the plot shows, for tests and the exporter -------------------
  int seriesCount() const { return static_cast<int>(series_.size()); }
  QString seriesName(int i) const;  // "mm#1 mm_users"
  // The value each series is drawn at, at state `state` (read back from the
  // plotted data, offsets removed); nullopt where the object is not live.
  std::optional<qint64> plottedValue(int series, int state) const;
  std::optional<qint64> plottedCompareValue(int series, int state) const;

  struct CursorValue {
    QString series;
    std::optional<qint64> value;    // primary trace
    std::optional<qint64> compare;  // compare trace (if any)
  };
  QList<CursorValue> valuesAtCursor() const;
  QString readoutText() const;  // the box by the cursor, as shown

  struct MilestoneMarker {
    int state = 0;         // the marker's position on the step axis
    QString name;          // "exit_mmap"
    QString thread;        // the thread that reached it ("app")
    bool compare = false;  // a milestone of the compare trace
  };
  QList<MilestoneMarker> milestoneMarkers() const;  // read back from the drawn lines

  // The state a point of the plot widget maps to (nearest integer, clamped),
  // or -1 when it is outside the plotting area.
  int stateAt(const QPoint& plotPos) const;
  QCustomPlot* plot() const { return plot_; }

  // --- Export --------------------------------------------------------------
  // Width/height in pixels (SVG: user units); 0 keeps the widget's size.
  bool saveSvg(const QString& path, int width = 0, int height = 0);
  bool savePng(const QString& path, int width = 0, int height = 0);
  bool savePdf(const QString& path, int width = 0, int height = 0);

 protected:
  void showEvent(QShowEvent* e) override;

 signals:
  // The user clicked or dragged to this state: the session should move there.
  void stepRequested(int state_index);

 private:
  struct Series {
    CounterColumn column;
    QCPGraph* graph = nullptr;    // primary trace (may have no data)
    QCPGraph* compare = nullptr;  // compare trace, thin (may be null)
    double offset = 0;
    QVector<QCPGraphData> full, fullCompare;  // the whole run; the graphs may show only its past
  };
  struct Marker {
    MilestoneMarker m;
    QString text;  // label: "exit_mm", or "B: exit_mm" when several threads have milestones
    QCPItemStraightLine* line = nullptr;
    QCPItemText* label = nullptr;
  };

  void rebuild();
  void buildSeries();
  void buildMarkers();
  void applyData();
  void updateCursorItems();
  void layoutBand();  // after each layout: group milestone labels, place the readout
  void applyPaletteToPlot();
  QString headerText() const;
  QString fittedTitle() const;
  QString variantName(const svm::Trace* t) const;
  std::optional<qint64> valueFrom(const QCPGraph* g, double offset, int state) const;
  void onMousePress(QMouseEvent* e);
  void onMouseMove(QMouseEvent* e);
  void onMouseRelease(QMouseEvent* e);

  std::shared_ptr<const svm::Trace> trace_;
  std::shared_ptr<const svm::Trace> compare_;
  CounterTable table_;
  CounterTable compareTable_;
  Palette pal_;
  QCustomPlot* plot_ = nullptr;
  QCPLayer* markerLayer_ = nullptr;
  QCPLayer* cursorLayer_ = nullptr;
  QCPItemStraightLine* cursorLine_ = nullptr;
  QCPItemStraightLine* compareCursorLine_ = nullptr;
  int compareCursor_ = 0;
  QCPItemText* readout_ = nullptr;
  QCPGraph* styleKeyPrimary_ = nullptr;  // legend entries explaining bold vs thin
  QCPGraph* styleKeyCompare_ = nullptr;
  std::vector<Series> series_;
  std::vector<Marker> markers_;
  int band_ = 60;  // height of the milestone label band, px
  int cursor_ = 0;
  bool pastOnly_ = false;
  int lastRequested_ = -1;
  bool dragging_ = false;
  bool screenHooked_ = false;
};

}  // namespace svmlab
