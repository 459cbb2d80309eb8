#pragma once
// The reference graph: every object of a trace as a node, every reference as
// an edge labelled with the counter it holds, laid out once per trace by
// Graphviz so nothing moves while stepping. At each cursor it shows that
// state: live objects in their kind colour with their key counters, freed ones
// grey and dashed, not-yet-allocated ones hidden; what the step changed gets a
// halo and a thicker outline; at the end of a leaking run the reference cycle
// that holds the leak is drawn in the leak colour with a caption.
//
// Legible by default: the view zooms so node titles are at least
// kMinTitlePixels tall (fitting the whole graph when that is larger), and
// when the graph is then bigger than the pane it scrolls to what each step
// changed. Mouse and keys: drag to pan, Ctrl+wheel or +/- to zoom, F to fit
// everything, L back to legible, 0 for 100%. Hovering a node or an edge shows
// its id, detail and references.

#include <memory>
#include <vector>

#include <QGraphicsView>
#include <QHash>
#include <QStringList>

#include "views/common/palette.h"
#include "views/common/trace_view.h"
#include "views/refgraph/graph_items.h"
#include "views/refgraph/graph_layout.h"
#include "views/refgraph/graph_model.h"

class QGraphicsSimpleTextItem;

namespace svmlab {

class RefGraphView : public QGraphicsView, public TraceView {
  Q_OBJECT

 public:
  explicit RefGraphView(QWidget* parent = nullptr);
  ~RefGraphView() override;

  // TraceView. setTrace lays the whole trace out (once), shows state 0 and
  // fits; setCursor(i) shows states[i] (clamped) and only restyles.
  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;
  // TraceView::setCursor(int) shares its name with QWidget::setCursor: keep
  // the QCursor overload reachable, and refuse a Qt::CursorShape, which would
  // otherwise silently convert to a state index.
  using QWidget::setCursor;
  void setCursor(Qt::CursorShape) = delete;

  // Appearance. Both re-layout the current trace. Top to bottom is the
  // default: left to right made these graphs (chains of 7-8 ranks, each gap
  // holding a label) about 2.5 times wider than tall, so a fitted 1440x900
  // view shrank the text to about 6 px.
  void setGraphPalette(const Palette& p);
  void setRankDir(layout::RankDir d);

  // --- For tests and the exporter. Node ids are svm::to_string ids ("mm#1").
  struct DrawnEdge {
    QString from, to, label;
    bool counted = false;
    bool changed = false;  // added or removed at this step
    bool removed = false;  // a ghost of a reference this step dropped
    bool leak = false;     // drawn in the leak colour
  };
  int stateIndex() const { return cursor_; }
  const refgraph::GraphModel* model() const { return model_.get(); }
  QString layoutError() const { return layout_error_; }  // empty when laid out
  double layoutMilliseconds() const { return layout_ms_; }
  QStringList nodeIds() const;            // every node of the layout
  QStringList visibleNodes() const;       // live or freed at the cursor
  QStringList highlightedNodes() const;   // changed by the step that led here
  QStringList freedNodes() const;         // drawn as freed at the cursor
  QStringList leakNodes() const;          // drawn in the leak colour
  QList<DrawnEdge> drawnEdges() const;    // every edge drawn at the cursor, ghosts included
  QList<DrawnEdge> leakEdges() const;     // those in the leak colour
  QPointF nodePosition(const QString& id) const;  // the node's centre in the scene; (NaN, NaN) if no such node
  QRectF nodeRect(const QString& id) const;       // its box in the scene
  QString nodeToolTip(const QString& id) const;
  bool leakCaptionVisible() const;
  QString leakCaption() const;
  double zoom() const;  // current scale, 1 = 100%
  // How tall a node title's text is on screen, in device pixels.
  double titlePixelHeight() const;
  static constexpr double kMinTitlePixels = 11;
  enum class ZoomMode { Legible, Fit, Manual };
  ZoomMode zoomMode() const { return zoom_mode_; }

 public slots:
  void legibleZoom();  // the default: titles readable, scroll to what changed
  void fitToView();
  void zoomIn();
  void zoomOut();
  void resetZoom();

 signals:
  void nodeActivated(const QString& id);  // double-clicked

 protected:
  void keyPressEvent(QKeyEvent* e) override;
  void wheelEvent(QWheelEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;
  void mouseDoubleClickEvent(QMouseEvent* e) override;
  void changeEvent(QEvent* e) override;  // a new font re-measures and re-lays out

 private:
  void rebuild();    // layout + items for the current trace
  void applyCursor();
  void showMessage(const QString& text);
  void scaleBy(double factor);
  void applyZoomMode();
  void followChanges();  // scroll so what the step changed is in view
  bool followChangesAt(int state);  // false when there is nothing to show
  std::vector<QRectF> focusOf(int state) const;
  std::vector<QRectF> aliveFocusOf(int state) const;
  QString edgeToolTip(int e) const;

  QGraphicsScene* scene_;
  refgraph::GraphStyle style_;
  layout::RankDir rankdir_ = layout::RankDir::TopToBottom;
  std::shared_ptr<const svm::Trace> trace_;
  std::unique_ptr<refgraph::GraphModel> model_;
  int cursor_ = 0;
  // Items, index for index with model_->nodes() and model_->edges().
  std::vector<refgraph::NodeItem*> nodes_;
  std::vector<refgraph::EdgeItem*> edges_;
  std::vector<refgraph::EdgeLabelItem*> labels_;
  refgraph::LegendItem* legend_ = nullptr;
  QGraphicsSimpleTextItem* caption_ = nullptr;
  QString layout_error_;
  double layout_ms_ = 0;
  ZoomMode zoom_mode_ = ZoomMode::Legible;  // re-applied on resize until the user zooms
};

}  // namespace svmlab
