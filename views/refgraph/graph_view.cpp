#include "views/refgraph/graph_view.h"

#include <QFontInfo>

#include <algorithm>
#include <cmath>
#include <limits>

#include <QEvent>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QSet>
#include <QWheelEvent>

namespace svmlab {

using refgraph::EdgeStatus;
using refgraph::NodeStatus;

namespace {
constexpr double kMinZoom = 0.1, kMaxZoom = 8.0;
constexpr double kMaxFitZoom = 2.0;  // fitting a small graph does not blow it up further
constexpr double kZoomStep = 1.25;
constexpr double kMargin = 16;  // scene units around everything
}  // namespace

RefGraphView::RefGraphView(QWidget* parent) : QGraphicsView(parent), scene_(new QGraphicsScene(this)) {
  setScene(scene_);
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
  setFocusPolicy(Qt::StrongFocus);
  setGraphPalette(Palette::light());
}

RefGraphView::~RefGraphView() = default;

// ---------------------------------------------------------------------------
// TraceView

void RefGraphView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  cursor_ = 0;
  rebuild();
  if (zoom_mode_ == ZoomMode::Manual) zoom_mode_ = ZoomMode::Legible;
  applyZoomMode();
}

void RefGraphView::setCursor(int state_index) {
  if (!model_) return;
  cursor_ = std::clamp(state_index, 0, model_->stateCount() - 1);
  applyCursor();
  if (zoom_mode_ != ZoomMode::Fit) followChanges();
}

void RefGraphView::setGraphPalette(const Palette& p) {
  style_.palette = p;
  setBackgroundBrush(p.background);
  if (trace_) rebuild();
}

void RefGraphView::setRankDir(layout::RankDir d) {
  rankdir_ = d;
  if (trace_) {
    rebuild();
    applyZoomMode();
  }
}

// ---------------------------------------------------------------------------
// Building the scene: once per trace.

void RefGraphView::rebuild() {
  scene_->clear();
  nodes_.clear();
  edges_.clear();
  labels_.clear();
  legend_ = nullptr;
  caption_ = nullptr;
  layout_error_.clear();
  layout_ms_ = 0;
  model_.reset();
  if (!trace_ || trace_->states.empty()) return;

  model_ = std::make_unique<refgraph::GraphModel>(trace_);
  const refgraph::GraphModel& m = *model_;
  style_ = refgraph::GraphStyle::fromFont(font(), style_.palette);

  // 1. Size every node for the most it ever shows, so one layout fits all states.
  layout::LayoutRequest req;
  req.rankdir = rankdir_;
  req.node_sep = 22;
  req.rank_sep = 26;
  for (size_t n = 0; n < m.nodes().size(); ++n) {
    QSizeF size;
    QSet<QString> measured;  // most states repeat the text of the one before
    for (int s = 0; s < m.stateCount(); ++s) {
      const refgraph::NodeFrame& f = m.node(s, int(n));
      if (f.status == NodeStatus::Unborn) continue;
      const QString key = QString::number(int(f.status)) + f.title + '\x1f' + f.detail + '\x1f' + f.notes.join('\x1f');
      if (measured.contains(key)) continue;
      measured.insert(key);
      size = size.expandedTo(style_.nodeSize(m.nodes()[n], f));
    }
    req.nodes.push_back({m.nodes()[n].id, size});
  }
  std::vector<QString> label_text;
  for (const refgraph::EdgeLens& e : m.edges()) {
    label_text.push_back(refgraph::GraphStyle::wrapLabel(e.label));
    req.edges.push_back({e.from, e.to, style_.labelSize(label_text.back())});
  }

  // 2. Lay out once.
  const layout::LayoutResult r = layout::layoutGraph(req);
  if (!r) {
    layout_error_ = r.error();
    showMessage(tr("The reference graph cannot be laid out:\n%1").arg(r.error()));
    return;
  }
  const layout::GraphLayout& l = r.value();
  layout_ms_ = l.milliseconds;

  // 3. Items, index for index with the lens table.
  for (size_t n = 0; n < m.nodes().size(); ++n) {
    const layout::NodeBox box = l.nodes.value(m.nodes()[n].id);
    auto* item = new refgraph::NodeItem(&style_, &m.nodes()[n], box.size);
    auto* halo = new refgraph::HaloItem(&style_, box.size);
    item->setPos(box.centre);
    halo->setPos(box.centre);
    item->setHalo(halo);
    scene_->addItem(halo);
    scene_->addItem(item);
    nodes_.push_back(item);
  }
  for (size_t e = 0; e < m.edges().size(); ++e) {
    auto* item = new refgraph::EdgeItem(&style_, &m.edges()[e], l.edges[e]);
    scene_->addItem(item);
    edges_.push_back(item);
    auto* label = new refgraph::EdgeLabelItem(&style_, label_text[e], l.edges[e].label_centre);
    scene_->addItem(label);
    labels_.push_back(label);
  }

  // 4. The leak caption above the graph (shown at the last state) and the
  // legend below it. The scene rectangle covers both at every cursor, so
  // fitting does not change while stepping.
  QRectF all = l.bounds;
  if (!m.leakCycle().isEmpty()) {
    QStringList ring = m.leakCycle();
    ring.push_back(ring.front());
    caption_ = scene_->addSimpleText(tr("leak cycle: %1\neach is freed only through the one before it, "
                                        "and no running task reaches any of them")
                                         .arg(ring.join(QStringLiteral(" \u2192 "))),
                                     style_.caption_font);
    caption_->setBrush(style_.palette.leak);
    caption_->setZValue(3);
    const QRectF cr = caption_->boundingRect();
    caption_->setPos(l.bounds.center().x() - cr.width() / 2, l.bounds.top() - cr.height() - 14);
    all = all.united(caption_->sceneBoundingRect());
  }
  legend_ = new refgraph::LegendItem(&style_);
  scene_->addItem(legend_);
  legend_->setPos(l.bounds.center().x() - legend_->boundingRect().center().x(), l.bounds.bottom() + 18);
  all = all.united(legend_->sceneBoundingRect());
  scene_->setSceneRect(all.adjusted(-kMargin, -kMargin, kMargin, kMargin));

  applyCursor();
}

void RefGraphView::showMessage(const QString& text) {
  auto* item = scene_->addSimpleText(text, style_.text_font);
  item->setBrush(style_.palette.text);
  scene_->setSceneRect(item->boundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

// ---------------------------------------------------------------------------
// Showing a state: restyling only, nothing moves.

void RefGraphView::applyCursor() {
  if (!model_ || nodes_.empty()) return;
  const refgraph::GraphModel& m = *model_;
  for (size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n]->setFrame(m.node(cursor_, int(n)));
    nodes_[n]->setToolTip(nodeToolTip(m.nodes()[n].id));
  }
  for (size_t e = 0; e < edges_.size(); ++e) {
    const refgraph::EdgeFrame& f = m.edge(cursor_, int(e));
    edges_[e]->setFrame(f);
    labels_[e]->setFrame(f);
    const QString tip = edgeToolTip(int(e));
    edges_[e]->setToolTip(tip);
    labels_[e]->setToolTip(tip);
  }
  if (caption_) caption_->setVisible(m.isLeakState(cursor_));
}

QString RefGraphView::nodeToolTip(const QString& id) const {
  if (!model_) return {};
  const int n = model_->nodeIndex(id);
  if (n < 0) return {};
  const refgraph::NodeFrame& f = model_->node(cursor_, n);
  const refgraph::NodeLens& lens = model_->nodes()[n];
  QString html = QStringLiteral("<b>%1</b> %2").arg(id.toHtmlEscaped(), style_.titleText(f, lens.obj.kind).toHtmlEscaped());
  if (!f.detail.isEmpty()) html += "<br>" + f.detail.toHtmlEscaped();
  for (const QString& note : f.notes) html += "<br><i>" + note.toHtmlEscaped() + "</i>";
  QStringList out, in;
  for (size_t e = 0; e < model_->edges().size(); ++e) {
    if (model_->edge(cursor_, int(e)).status != EdgeStatus::Present) continue;
    const refgraph::EdgeLens& el = model_->edges()[e];
    const QString how = el.label.toHtmlEscaped() + (el.counted()                      ? tr(", counted")
                                                     : el.kind == svm::RefKind::Owns ? tr(", owns")
                                                                                     : QString());
    if (el.from == id) out << QStringLiteral("\u2192 %1 (%2)").arg(el.to, how);
    if (el.to == id) in << QStringLiteral("\u2190 %1 (%2)").arg(el.from, how);
  }
  html += "<br><br><b>" + tr("refers to:") + "</b> " + (out.isEmpty() ? tr("nothing") : out.join(QStringLiteral("<br>")));
  html += "<br><b>" + tr("referenced by:") + "</b> " + (in.isEmpty() ? tr("nothing") : in.join(QStringLiteral("<br>")));
  return html;
}

QString RefGraphView::edgeToolTip(int e) const {
  const refgraph::EdgeLens& el = model_->edges()[e];
  const refgraph::EdgeFrame& f = model_->edge(cursor_, e);
  QString html = QStringLiteral("<b>%1 \u2192 %2</b><br>%3<br>%4")
                     .arg(el.from, el.to, el.label.toHtmlEscaped(),
                          el.counted()                      ? tr("holds %n unit(s) of %1's %2", nullptr, el.refs).arg(el.to, el.counter)
                          : el.kind == svm::RefKind::Owns ? tr("owns %1: it is freed with its owner").arg(el.to)
                                                          : tr("a pointer: holds no count on %1").arg(el.to));
  if (f.status == EdgeStatus::Removed) html += "<br><i>" + tr("dropped at this step") + "</i>";
  else if (f.changed) html += "<br><i>" + tr("added at this step") + "</i>";
  if (f.leak) html += "<br><i>" + tr("part of the leak cycle") + "</i>";
  return html;
}

// ---------------------------------------------------------------------------
// Accessors

QStringList RefGraphView::nodeIds() const {
  QStringList out;
  if (model_)
    for (const auto& n : model_->nodes()) out << n.id;
  return out;
}

QStringList RefGraphView::visibleNodes() const {
  QStringList out;
  for (const auto* n : nodes_)
    if (n->isVisible()) out << n->lens().id;
  return out;
}

QStringList RefGraphView::highlightedNodes() const {
  QStringList out;
  for (const auto* n : nodes_)
    if (n->isVisible() && n->frame().changed) out << n->lens().id;
  return out;
}

QStringList RefGraphView::freedNodes() const {
  QStringList out;
  for (const auto* n : nodes_)
    if (n->isVisible() && n->frame().status == NodeStatus::Freed) out << n->lens().id;
  return out;
}

QStringList RefGraphView::leakNodes() const {
  QStringList out;
  for (const auto* n : nodes_)
    if (n->isVisible() && n->frame().leak_cycle) out << n->lens().id;
  return out;
}

QList<RefGraphView::DrawnEdge> RefGraphView::drawnEdges() const {
  QList<DrawnEdge> out;
  for (const auto* e : edges_) {
    if (!e->isVisible()) continue;
    const refgraph::EdgeFrame& f = e->frame();
    out.push_back({e->lens().from, e->lens().to, e->lens().label, e->lens().counted(), f.changed,
                   f.status == EdgeStatus::Removed, f.leak});
  }
  return out;
}

QList<RefGraphView::DrawnEdge> RefGraphView::leakEdges() const {
  QList<DrawnEdge> out;
  for (const DrawnEdge& e : drawnEdges())
    if (e.leak) out.push_back(e);
  return out;
}

QPointF RefGraphView::nodePosition(const QString& id) const {
  const int n = model_ ? model_->nodeIndex(id) : -1;
  if (n < 0 || size_t(n) >= nodes_.size()) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return {nan, nan};
  }
  return nodes_[n]->scenePos();
}

QRectF RefGraphView::nodeRect(const QString& id) const {
  const int n = model_ ? model_->nodeIndex(id) : -1;
  if (n < 0 || size_t(n) >= nodes_.size()) return {};
  return nodes_[n]->mapRectToScene(nodes_[n]->boxRect());
}

bool RefGraphView::leakCaptionVisible() const { return caption_ && caption_->isVisible(); }

QString RefGraphView::leakCaption() const { return caption_ ? caption_->text() : QString(); }

double RefGraphView::zoom() const { return transform().m11(); }

// ---------------------------------------------------------------------------
// Zoom and pan

double RefGraphView::titlePixelHeight() const {
  return QFontInfo(style_.title_font).pixelSize() * zoom() * devicePixelRatioF();
}

void RefGraphView::applyZoomMode() {
  if (scene_->sceneRect().isEmpty()) return;
  switch (zoom_mode_) {
    case ZoomMode::Manual: return;
    case ZoomMode::Fit: {
      fitInView(scene_->sceneRect(), Qt::KeepAspectRatio);
      if (zoom() > kMaxFitZoom) {
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
        centerOn(scene_->sceneRect().center());
      }
      return;
    }
    case ZoomMode::Legible: {
      fitInView(scene_->sceneRect(), Qt::KeepAspectRatio);
      const double fit = std::min(zoom(), kMaxFitZoom);
      const double px = QFontInfo(style_.title_font).pixelSize() * devicePixelRatioF();
      // Titles at three quarters of their own size (presentation mode makes
      // that large), and never under kMinTitlePixels.
      const double legible = px > 0 ? std::max(kMinTitlePixels, 0.75 * px) / px : 1.0;
      const double z = std::max(fit, legible);
      setTransform(QTransform::fromScale(z, z));
      if (z <= fit) centerOn(scene_->sceneRect().center());
      else if (!model_ || !followChangesAt(cursor_)) centerOn(QPointF(scene_->sceneRect().center().x(), 0));
      return;
    }
  }
}

void RefGraphView::legibleZoom() {
  zoom_mode_ = ZoomMode::Legible;
  applyZoomMode();
}

void RefGraphView::fitToView() {
  zoom_mode_ = ZoomMode::Fit;
  applyZoomMode();
}

void RefGraphView::followChanges() { followChangesAt(cursor_); }

// What a state draws the eye to, most important first: at a leak, the
// caption and its cycle; the nodes the step changed; each reference it added
// or dropped, with both its ends (a label alone, between two nodes out of
// view, shows a student one line).
std::vector<QRectF> RefGraphView::focusOf(int state) const {
  std::vector<QRectF> parts;
  if (caption_ && model_->isLeakState(state)) {
    parts.push_back(caption_->sceneBoundingRect());
    for (const QString& id : model_->leakCycle())
      if (const int n = model_->nodeIndex(id); n >= 0) parts.push_back(nodes_[size_t(n)]->sceneBoundingRect());
  }
  for (size_t n = 0; n < nodes_.size(); ++n)
    if (model_->node(state, int(n)).changed) parts.push_back(nodes_[n]->sceneBoundingRect());
  for (size_t e = 0; e < edges_.size(); ++e) {
    if (!model_->edge(state, int(e)).changed) continue;
    // The object whose count it holds first: when the edge is longer than
    // the pane, a box with its counters tells more than the label does.
    const refgraph::EdgeLens& lens = model_->edges()[e];
    if (const int n = model_->nodeIndex(lens.to); n >= 0) parts.push_back(nodes_[size_t(n)]->sceneBoundingRect());
    parts.push_back(labels_[e]->sceneBoundingRect());
    if (const int n = model_->nodeIndex(lens.from); n >= 0) parts.push_back(nodes_[size_t(n)]->sceneBoundingRect());
  }
  return parts;
}

// Where nothing changed yet (the booted machine): the first object alive
// and what it refers to.
std::vector<QRectF> RefGraphView::aliveFocusOf(int state) const {
  std::vector<QRectF> parts;
  int first = -1;
  for (size_t n = 0; n < nodes_.size() && first < 0; ++n)
    if (model_->node(state, int(n)).status == refgraph::NodeStatus::Live) first = int(n);
  if (first < 0) return parts;
  parts.push_back(nodes_[size_t(first)]->sceneBoundingRect());
  const QString id = model_->nodes()[size_t(first)].id;
  for (size_t e = 0; e < edges_.size(); ++e) {
    const refgraph::EdgeLens& lens = model_->edges()[e];
    if (lens.from != id || model_->edge(state, int(e)).status != refgraph::EdgeStatus::Present) continue;
    if (const int n = model_->nodeIndex(lens.to); n >= 0) parts.push_back(nodes_[size_t(n)]->sceneBoundingRect());
    parts.push_back(labels_[e]->sceneBoundingRect());
  }
  return parts;
}

bool RefGraphView::followChangesAt(int state) {
  if (!model_ || nodes_.empty()) return false;
  // A step that changed nothing drawn keeps the eye on the last one that did,
  // so jumping to a step shows what stepping to it would have shown.
  std::vector<QRectF> parts;
  for (int s = state; s >= 0 && parts.empty(); --s) parts = focusOf(s);
  if (parts.empty()) parts = aliveFocusOf(state);
  if (parts.empty()) return false;
  // As much of it as fits in the pane together, the first part always.
  const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
  QRectF what = parts.front();
  for (const QRectF& r : parts) {
    const QRectF more = what.united(r);
    if (more.width() <= shown.width() * 0.95 && more.height() <= shown.height() * 0.95) what = more;
  }
  // Centred, not scrolled to the nearest edge: a box half cut at the border
  // is what a reader then sees first.
  if (!shown.contains(what)) centerOn(what.center());
  return true;
}

void RefGraphView::zoomIn() { scaleBy(kZoomStep); }
void RefGraphView::zoomOut() { scaleBy(1 / kZoomStep); }

void RefGraphView::resetZoom() {
  zoom_mode_ = ZoomMode::Manual;
  setTransform(QTransform());
}

void RefGraphView::scaleBy(double factor) {
  zoom_mode_ = ZoomMode::Manual;
  const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
  scale(target / zoom(), target / zoom());
}

void RefGraphView::keyPressEvent(QKeyEvent* e) {
  switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_F: fitToView(); return;
    case Qt::Key_L: legibleZoom(); return;
    case Qt::Key_0: resetZoom(); return;
    default: QGraphicsView::keyPressEvent(e);
  }
}

void RefGraphView::wheelEvent(QWheelEvent* e) {
  if (e->modifiers() & Qt::ControlModifier) {
    const int delta = e->angleDelta().y();
    if (delta != 0) scaleBy(std::pow(kZoomStep, delta / 120.0));
    e->accept();
    return;
  }
  QGraphicsView::wheelEvent(e);
}

void RefGraphView::resizeEvent(QResizeEvent* e) {
  QGraphicsView::resizeEvent(e);
  applyZoomMode();
}

void RefGraphView::mouseDoubleClickEvent(QMouseEvent* e) {
  for (QGraphicsItem* item : items(e->position().toPoint()))
    if (auto* node = dynamic_cast<refgraph::NodeItem*>(item)) {
      emit nodeActivated(node->lens().id);
      e->accept();
      return;
    }
  QGraphicsView::mouseDoubleClickEvent(e);
}

void RefGraphView::changeEvent(QEvent* e) {
  QGraphicsView::changeEvent(e);
  // A new font re-measures; a new language re-words the nodes' notes.
  if ((e->type() == QEvent::FontChange || e->type() == QEvent::LanguageChange) && trace_) {
    rebuild();
    applyZoomMode();
  }
}

}  // namespace svmlab
