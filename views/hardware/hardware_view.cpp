#include "views/hardware/hardware_view.h"

#include <QEvent>
#include <QGridLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

#include "views/hardware/cache_diagram.h"
#include "views/hardware/fault_diagram.h"
#include "views/hardware/ring_diagram.h"
#include "views/hardware/walk_diagram.h"

namespace svmlab {

namespace hw {

namespace {

// The width the slot grids and rings are laid out in: four slots of about
// forty characters.
double column_width(const Metrics& m) { return 4 * m.text_width(QString(44, QLatin1Char('M')), m.mono); }

Palette palette_for(const QWidget* w) {
  return w->palette().color(QPalette::Window).lightness() < 110 ? Palette::dark() : Palette::light();
}

}  // namespace

DiagramCanvas::DiagramCanvas(QWidget* parent) : QWidget(parent) {}

void DiagramCanvas::show_diagram(Diagram d, const Metrics& m, const Palette* pal) {
  d_ = std::move(d);
  m_ = m;
  own_palette_ = pal != nullptr;
  if (pal) pal_ = *pal;
  const QSize s = sizeHint();
  if (minimumSize() != s) setMinimumSize(s);
  update();
}

QSize DiagramCanvas::sizeHint() const {
  return QSize(static_cast<int>(std::ceil(d_.size.width())) + 8, static_cast<int>(std::ceil(d_.size.height())) + 8);
}

void DiagramCanvas::paintEvent(QPaintEvent* e) {
  QPainter p(this);
  const Palette pal = own_palette_ ? pal_ : palette_for(this);
  p.fillRect(e->rect(), pal.background);
  p.translate(4, 4);
  paint_diagram(p, d_, pal, m_, QRectF(e->rect()).translated(-4, -4), &text_);
}

Diagram HardwareDiagrams::composed(const Metrics& m) const {
  Diagram out;
  const double gap = m.gap() * 2;
  out.place(walk, QPointF(0, 0));
  out.place(faults, QPointF(walk.size.width() + gap, 0));
  const double y = std::max(walk.size.height(), faults.size.height()) + gap;
  out.place(caches, QPointF(0, y));
  out.place(rings, QPointF(caches.size.width() + gap, y));
  return out;
}

HardwareHistory::HardwareHistory(const svm::Trace& t)
    : iq_(iq_history(t)), prq_(prq_history(t, iq_)), walks_(walk_states(t)), slots_(t) {}

HardwareDiagrams HardwareHistory::at(const svm::Trace& t, int state, const Metrics& m) const {
  HardwareDiagrams d;
  const int ws = state >= 0 && state < static_cast<int>(walks_.size()) ? walks_[static_cast<size_t>(state)] : -1;
  const double w = column_width(m);
  d.walk = walk_diagram(t, state, ws, m);
  d.caches = cache_diagram(t, state, slots_, m, w, stale_.get());
  d.rings = ring_diagram(t, state, iq_, prq_, m, w);
  d.faults = fault_diagram(t, state, m, w / 2);
  return d;
}

}  // namespace hw

HardwareView::HardwareView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  auto* area = new QScrollArea(this);
  area->setFrameShape(QFrame::NoFrame);
  area->setWidgetResizable(true);
  content_ = new QWidget(area);
  auto* grid = new QGridLayout(content_);
  grid->setContentsMargins(6, 6, 6, 6);
  grid->setSpacing(18);
  walk_ = new hw::DiagramCanvas(content_);
  walk_->setObjectName(QStringLiteral("walkDiagram"));
  faults_ = new hw::DiagramCanvas(content_);
  faults_->setObjectName(QStringLiteral("faultDiagram"));
  caches_ = new hw::DiagramCanvas(content_);
  caches_->setObjectName(QStringLiteral("cacheDiagram"));
  rings_ = new hw::DiagramCanvas(content_);
  rings_->setObjectName(QStringLiteral("ringDiagram"));
  grid->addWidget(walk_, 0, 0, Qt::AlignLeft | Qt::AlignTop);
  grid->addWidget(faults_, 0, 1, Qt::AlignLeft | Qt::AlignTop);
  grid->addWidget(caches_, 1, 0, Qt::AlignLeft | Qt::AlignTop);
  grid->addWidget(rings_, 1, 1, Qt::AlignLeft | Qt::AlignTop);
  grid->setColumnStretch(2, 1);
  grid->setRowStretch(2, 1);
  area->setWidget(content_);
  outer->addWidget(area);
  render();
}

void HardwareView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  history_ = trace_ ? hw::HardwareHistory(*trace_) : hw::HardwareHistory();
  cursor_ = trace_ ? std::clamp(cursor_, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  dirty_ = true;
  if (isVisible()) render();
}

void HardwareView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->states.size()) - 1) : 0;
  dirty_ = true;
  // A hidden panel (a tab not raised) waits until it is shown: a step costs
  // nothing for a view nobody looks at.
  if (isVisible()) render();
}

void HardwareView::setViewPalette(const Palette& p) {
  pal_ = p;
  own_palette_ = true;
  dirty_ = true;
  if (isVisible()) render();
}

void HardwareView::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange || e->type() == QEvent::PaletteChange) {
    if (e->type() == QEvent::FontChange) metrics_.reset();
    dirty_ = true;
    if (isVisible()) render();
  }
}

void HardwareView::showEvent(QShowEvent* e) {
  QWidget::showEvent(e);
  if (dirty_) render();
}

void HardwareView::renderIfDirty() const {
  if (dirty_) const_cast<HardwareView*>(this)->render();
}

const hw::Diagram& HardwareView::walkDiagram() const { return renderIfDirty(), walk_->diagram(); }
const hw::Diagram& HardwareView::cacheDiagram() const { return renderIfDirty(), caches_->diagram(); }
const hw::Diagram& HardwareView::ringDiagram() const { return renderIfDirty(), rings_->diagram(); }
const hw::Diagram& HardwareView::faultDiagram() const { return renderIfDirty(), faults_->diagram(); }

QSize HardwareView::contentSize() const {
  renderIfDirty();
  return content_->sizeHint();
}

void HardwareView::render() {
  dirty_ = false;
  if (!metrics_) metrics_ = std::make_unique<hw::Metrics>(hw::Metrics::for_font(font()));
  const hw::Metrics& m = *metrics_;
  const Palette* pal = own_palette_ ? &pal_ : nullptr;
  if (!trace_) {
    hw::Diagram none;
    none.labels.push_back(
        {QPointF(0, 0), tr("No trace: open a scenario to see the VT-d hardware."), false, hw::Mark::Plain});
    none.size = QSizeF(m.text_width(none.labels.back().text, m.label), m.label_height());
    walk_->show_diagram(none, m, pal);
    for (hw::DiagramCanvas* c : {caches_, rings_, faults_}) c->show_diagram({}, m, pal);
    return;
  }
  hw::HardwareDiagrams d = history_.at(*trace_, cursor_, m);
  walk_->show_diagram(std::move(d.walk), m, pal);
  caches_->show_diagram(std::move(d.caches), m, pal);
  rings_->show_diagram(std::move(d.rings), m, pal);
  faults_->show_diagram(std::move(d.faults), m, pal);
}

}  // namespace svmlab
