#include "views/timeline/timeline_view.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QMouseEvent>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QWindow>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

#include "core/engine/fn_id.h"
#include "core/engine/milestone.h"
#include "views/timeline/series_colours.h"

#include "views/common/code_font.h"

namespace svmlab {

namespace {

// How each counter is drawn: its own dash and marker, so the counter is told
// by the line and the object by its colour (series_colours.h).
struct CounterStyle {
  Qt::PenStyle pen;
  QCPScatterStyle::ScatterShape marker;
};

CounterStyle style_for(const std::string& counter) {
  if (counter == "mm_users") return {Qt::SolidLine, QCPScatterStyle::ssDisc};
  if (counter == "mm_count") return {Qt::DashLine, QCPScatterStyle::ssSquare};
  if (counter == "f_count") return {Qt::DashDotLine, QCPScatterStyle::ssTriangle};
  if (counter == "count") return {Qt::DotLine, QCPScatterStyle::ssDiamond};
  if (counter == "users") return {Qt::DashDotDotLine, QCPScatterStyle::ssTriangleInverted};
  return {Qt::SolidLine, QCPScatterStyle::ssCircle};
}

// Up to this many legend entries stack in one column; more wrap into two,
// so ten series (two processes) fit beside the plot with the readout.
constexpr int kLegendRows = 6;

constexpr int kMarkerLabelGap = 13;  // px between two vertical milestone labels before they merge
constexpr int kBandMin = 24;         // px above the plot for the milestone labels
constexpr int kBandMax = 150;
constexpr int kMaxDrift = 40;        // px a label may sit right of its line

QFont mono_font(int pt) {
  QFont f = codeFont();
  f.setPointSize(pt);
  return f;
}

}  // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent), pal_(Palette::light()) {
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(0, 0, 0, 0);
  plot_ = new QCustomPlot(this);
  plot_->setObjectName(QStringLiteral("timelinePlot"));
  lay->addWidget(plot_);
  plot_->setMinimumSize(360, 240);
  plot_->QWidget::setCursor(Qt::CrossCursor);
  plot_->setToolTip(tr("Click or drag to move to a step. Lines are offset by a fraction of a unit so that "
                       "equal counts stay visible; the box on the right gives the exact values at the cursor."));

  // Layout: title / [plot | legend + readout] ; the plot keeps a band above
  // it for the milestone labels.
  plot_->plotLayout()->insertRow(0);
  auto* title = new QCPTextElement(plot_, QString(), QFont(font().family(), 10, QFont::DemiBold));
  title->setObjectName(QStringLiteral("title"));
  plot_->plotLayout()->addElement(0, 0, title);

  auto* side = new QCPLayoutGrid;
  plot_->plotLayout()->addElement(1, 1, side);
  plot_->axisRect()->insetLayout()->take(plot_->legend);
  side->addElement(0, 0, plot_->legend);
  auto* readoutBox = new QCPLayoutElement(plot_);
  readoutBox->setMinimumSize(190, 40);
  side->addElement(1, 0, readoutBox);
  side->setRowStretchFactor(0, 0.01);
  side->setRowStretchFactor(1, 1);
  side->setMargins(QMargins(0, 4, 6, 0));  // beside the milestone band: the height goes to the plot
  plot_->plotLayout()->setColumnStretchFactor(0, 1);
  plot_->plotLayout()->setColumnStretchFactor(1, 0.01);
  plot_->plotLayout()->setRowStretchFactor(0, 0.01);
  plot_->legend->setVisible(true);
  plot_->legend->setFillOrder(QCPLegend::foRowsFirst);
  plot_->legend->setIconSize(34, 12);
  plot_->legend->setFont(QFont(font().family(), 9));
  plot_->legend->setRowSpacing(1);

  QCPAxisRect* ar = plot_->axisRect();
  ar->setAutoMargins(QCP::msLeft | QCP::msBottom | QCP::msRight);
  ar->setMargins(QMargins(0, band_, 0, 0));
  plot_->xAxis->setLabel(tr("step"));
  plot_->yAxis->setLabel(tr("reference count"));
  for (QCPAxis* a : {plot_->xAxis, plot_->yAxis}) {
    QSharedPointer<QCPAxisTickerFixed> t(new QCPAxisTickerFixed);
    t->setTickStep(1.0);
    t->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    a->setTicker(t);
  }

  plot_->addLayer(QStringLiteral("milestones"), plot_->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
  markerLayer_ = plot_->layer(QStringLiteral("milestones"));
  plot_->addLayer(QStringLiteral("cursor"), plot_->layer(QStringLiteral("legend")), QCustomPlot::limAbove);
  cursorLayer_ = plot_->layer(QStringLiteral("cursor"));
  cursorLayer_->setMode(QCPLayer::lmBuffered);

  connect(plot_, &QCustomPlot::mousePress, this, &TimelineView::onMousePress);
  connect(plot_, &QCustomPlot::mouseMove, this, &TimelineView::onMouseMove);
  connect(plot_, &QCustomPlot::mouseRelease, this, &TimelineView::onMouseRelease);
  connect(plot_, &QCustomPlot::afterLayout, this, &TimelineView::layoutBand);

  applyPaletteToPlot();
  rebuild();
}

TimelineView::~TimelineView() = default;

void TimelineView::showEvent(QShowEvent* e) {
  QWidget::showEvent(e);
  // On Qt 6 the device pixel ratio read at construction can be wrong (before
  // the widget has a screen); take it again once shown, and on screen moves.
  auto sync = [this] {
    if (!qFuzzyCompare(plot_->bufferDevicePixelRatio(), devicePixelRatioF())) {
      plot_->setBufferDevicePixelRatio(devicePixelRatioF());
      plot_->replot(QCustomPlot::rpQueuedReplot);
    }
  };
  sync();
  if (!screenHooked_)
    if (QWindow* w = window()->windowHandle()) {
      connect(w, &QWindow::screenChanged, this, sync);
      screenHooked_ = true;
    }
}

void TimelineView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  table_ = trace_ ? counter_table(*trace_) : CounterTable{};
  cursor_ = std::clamp(cursor_, 0, std::max(0, stateCount() - 1));
  rebuild();
}

void TimelineView::setCompareTrace(std::shared_ptr<const svm::Trace> trace) {
  compare_ = std::move(trace);
  compareTable_ = compare_ ? counter_table(*compare_) : CounterTable{};
  rebuild();
}

void TimelineView::clearCompareTrace() { setCompareTrace(nullptr); }

void TimelineView::setViewPalette(const Palette& p) {
  pal_ = p;
  applyPaletteToPlot();
  rebuild();
}

int TimelineView::stateCount() const { return trace_ ? static_cast<int>(trace_->states.size()) : 0; }

void TimelineView::setCompareCursor(int state_index) {
  if (compareCursor_ == state_index) return;  // the first run stepped while the second waits
  compareCursor_ = state_index;
  updateCursorItems();
  cursorLayer_->replot();
}

void TimelineView::setCursor(int state_index) {
  const int n = stateCount();
  cursor_ = n ? std::clamp(state_index, 0, n - 1) : 0;
  updateCursorItems();
  if (pastOnly_) {  // the lines grow with the cursor
    applyData();
    plot_->replot();
  } else {
    cursorLayer_->replot();  // only the buffered cursor layer is redrawn
  }
}

QString TimelineView::variantName(const svm::Trace* t) const {
  if (!t || !t->cfg || !t->cfg->variant) return QString();
  return QString::fromUtf8(t->cfg->variant->id.data(), static_cast<qsizetype>(t->cfg->variant->id.size()));
}

QString TimelineView::headerText() const {
  if (!trace_) return tr("Reference counts (no trace loaded)");
  QString id;
  if (trace_->cfg && trace_->cfg->scenario) id = QString::fromStdString(trace_->cfg->scenario->id);
  QString s = tr("Reference counts per step: %1, %2").arg(id, variantName(trace_.get()));
  if (compare_) s += tr("  (thin lines: %1)").arg(variantName(compare_.get()));
  return s;
}

void TimelineView::applyPaletteToPlot() {
  plot_->setBackground(pal_.background);
  plot_->axisRect()->setBackground(pal_.background);
  for (QCPAxis* a : {plot_->xAxis, plot_->yAxis}) {
    a->setBasePen(QPen(pal_.muted));
    a->setTickPen(QPen(pal_.muted));
    a->setSubTickPen(QPen(pal_.muted));
    a->setTickLabelColor(pal_.text);
    a->setLabelColor(pal_.text);
    a->grid()->setPen(QPen(pal_.grid, 1, Qt::SolidLine));
    a->grid()->setZeroLinePen(QPen(pal_.muted, 1, Qt::SolidLine));
  }
  plot_->legend->setBrush(pal_.background);
  plot_->legend->setBorderPen(QPen(pal_.grid));
  plot_->legend->setTextColor(pal_.text);
  if (auto* t = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0))) t->setTextColor(pal_.text);
}

void TimelineView::rebuild() {
  plot_->clearGraphs();
  plot_->clearItems();
  series_.clear();
  markers_.clear();
  styleKeyPrimary_ = styleKeyCompare_ = nullptr;

  if (auto* t = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0))) t->setText(fittedTitle());

  buildSeries();
  buildMarkers();

  cursorLine_ = new QCPItemStraightLine(plot_);
  cursorLine_->setLayer(cursorLayer_);
  cursorLine_->setPen(QPen(pal_.text, 2));
  cursorLine_->setSelectable(false);
  compareCursorLine_ = new QCPItemStraightLine(plot_);
  compareCursorLine_->setLayer(cursorLayer_);
  compareCursorLine_->setPen(QPen(pal_.text, 1, Qt::DashLine));
  compareCursorLine_->setSelectable(false);
  compareCursorLine_->setVisible(false);
  readout_ = new QCPItemText(plot_);
  readout_->setLayer(cursorLayer_);
  readout_->setClipToAxisRect(false);
  readout_->position->setType(QCPItemPosition::ptAbsolute);
  readout_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  readout_->setTextAlignment(Qt::AlignLeft);
  readout_->setFont(mono_font(seriesCount() > kLegendRows ? 8 : 9));
  readout_->setColor(pal_.text);
  readout_->setPen(QPen(pal_.grid));
  readout_->setBrush(pal_.background);
  readout_->setPadding(QMargins(6, 4, 6, 4));
  readout_->setSelectable(false);

  // The x axis spans every state of both traces (the y axis: applyData).
  int states = std::max<int>(static_cast<int>(table_.values.size()), static_cast<int>(compareTable_.values.size()));
  const double last = std::max(1, states - 1);
  plot_->xAxis->setRange(-0.01 * last - 0.5, last * 1.01 + 0.5);
  applyData();

  // Room under each legend line, so descenders (the underscore of
  // mm_users) are not clipped by the item's rectangle.
  for (int i = 0; i < plot_->legend->itemCount(); ++i)
    if (QCPAbstractLegendItem* it = plot_->legend->item(i)) it->setMargins(QMargins(2, 1, 4, 3));  // a wrapped grid has holes

  updateCursorItems();
  const int band = band_;
  plot_->replot();
  if (band != band_) plot_->replot();  // the milestone band changed height
}

void TimelineView::buildSeries() {
  // The union of both traces' columns, ordered by object.
  std::vector<CounterColumn> cols = table_.columns;
  for (const CounterColumn& c : compareTable_.columns)
    if (std::find(cols.begin(), cols.end(), c) == cols.end()) cols.push_back(c);
  std::stable_sort(cols.begin(), cols.end(), [](const CounterColumn& a, const CounterColumn& b) { return a.obj < b.obj; });

  const int n = static_cast<int>(cols.size());
  const double spread = n > 1 ? std::min(0.05, 0.2 / (n - 1)) : 0.0;
  auto points = [](const CounterTable& t, int col, double offset) {
    QVector<QCPGraphData> pts;
    if (col < 0) return pts;
    std::optional<int64_t> prev;
    for (size_t s = 0; s < t.values.size(); ++s) {
      const auto& v = t.values[s][static_cast<size_t>(col)];
      if (s == 0 || v != prev) pts.push_back(QCPGraphData(double(s), v ? double(*v) + offset : qQNaN()));
      prev = v;
    }
    // Carry the last value to the last state so the step line reaches the end.
    if (prev && !t.values.empty() && pts.back().key != double(t.values.size() - 1))
      pts.push_back(QCPGraphData(double(t.values.size() - 1), double(*prev) + offset));
    return pts;
  };

  std::vector<svm::ObjId> objects;
  for (const CounterColumn& c : cols)
    if (std::find(objects.begin(), objects.end(), c.obj) == objects.end()) objects.push_back(c.obj);
  const std::vector<QColor> colours = object_colours(objects, pal_);

  for (int j = 0; j < n; ++j) {
    Series s;
    s.column = cols[static_cast<size_t>(j)];
    s.offset = j * spread;  // at or just above the integer: a count never looks negative
    const CounterStyle st = style_for(s.column.counter);
    const QColor colour =
        colours[static_cast<size_t>(std::find(objects.begin(), objects.end(), s.column.obj) - objects.begin())];

    s.graph = plot_->addGraph();
    s.graph->setName(QString::fromStdString(s.column.label()));
    s.graph->setLineStyle(QCPGraph::lsStepLeft);
    s.graph->setPen(QPen(colour, 2, st.pen));
    s.graph->setScatterStyle(QCPScatterStyle(st.marker, colour, colour, 7));
    s.full = points(table_, table_.column(s.column), s.offset);

    if (compare_) {
      s.compare = plot_->addGraph();
      s.compare->setName(QString::fromStdString(s.column.label()) + QStringLiteral(" (") +
                         variantName(compare_.get()) + QStringLiteral(")"));
      s.compare->setLineStyle(QCPGraph::lsStepLeft);
      // The same colour and dash, thinner and fainter, hollow marks.
      QColor c = colour;
      c.setAlpha(150);
      s.compare->setPen(QPen(c, 1.2, st.pen));
      s.compare->setScatterStyle(QCPScatterStyle(st.marker, c, pal_.background, 7));
      s.fullCompare = points(compareTable_, compareTable_.column(s.column), s.offset);
      s.compare->removeFromLegend();
    }
    series_.push_back(s);
  }

  if (compare_) {
    // Two legend entries that say which line style is which variant.
    styleKeyPrimary_ = plot_->addGraph();
    styleKeyPrimary_->setName(tr("%1: bold lines, filled marks").arg(variantName(trace_.get())));
    styleKeyPrimary_->setPen(QPen(pal_.muted, 2, Qt::SolidLine));
    styleKeyPrimary_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, pal_.muted, pal_.muted, 7));
    styleKeyCompare_ = plot_->addGraph();
    styleKeyCompare_->setName(tr("%1: thin lines, hollow marks").arg(variantName(compare_.get())));
    styleKeyCompare_->setPen(QPen(pal_.muted, 1.2, Qt::SolidLine));
    styleKeyCompare_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, pal_.muted, pal_.background, 7));
  }
  // Many entries wrap into two columns of equal height.
  int entries = 0;
  for (int i = 0; i < plot_->legend->itemCount(); ++i) entries += plot_->legend->item(i) != nullptr;
  plot_->legend->setWrap(entries > kLegendRows ? (entries + 1) / 2 : 0);
  plot_->legend->setFillOrder(QCPLegend::foRowsFirst, true);
  applyData();
}

// What each graph shows: the whole run, or (showing only the past) the run
// up to the cursor, its last value carried to the cursor.
void TimelineView::applyData() {
  auto upTo = [this](const QVector<QCPGraphData>& all) {
    if (!pastOnly_) return all;
    QVector<QCPGraphData> out;
    for (const QCPGraphData& d : all) {
      if (d.key > cursor_) break;
      out.push_back(d);
    }
    if (!out.isEmpty() && out.back().key < cursor_ && !std::isnan(out.back().value))
      out.push_back(QCPGraphData(cursor_, out.back().value));
    return out;
  };
  for (Series& s : series_) {
    s.graph->data()->set(upTo(s.full), true);
    if (s.compare) s.compare->data()->set(upTo(s.fullCompare), true);
  }
  // The y axis reaches the highest count shown: in the past only, a higher
  // count still to come would give the answer away.
  int64_t top = 1;
  for (const CounterTable* t : {&table_, &compareTable_})
    for (size_t st = 0; st < t->values.size() && (!pastOnly_ || st <= static_cast<size_t>(cursor_)); ++st)
      for (const auto& v : t->values[st])
        if (v) top = std::max(top, *v);
  plot_->yAxis->setRange(-0.6, static_cast<double>(top) + 0.6);
  for (Marker& m : markers_) m.line->setVisible(!pastOnly_ || m.m.state <= cursor_);
}

void TimelineView::setShowOnlyPast(bool on) {
  if (on == pastOnly_) return;
  pastOnly_ = on;
  applyData();
  plot_->replot();
}

void TimelineView::buildMarkers() {
  auto add = [&](const svm::Trace& t, bool compare) {
    // With milestones from several threads (two processes), labels say whose.
    std::vector<int> threads;
    for (const svm::StepRecord& s : t.steps)
      if (s.milestone && std::find(threads.begin(), threads.end(), s.thread) == threads.end()) threads.push_back(s.thread);
    const bool several = threads.size() > 1;
    for (const svm::StepRecord& s : t.steps) {
      if (!s.milestone) continue;
      const auto name = svm::milestone_name(*s.milestone);
      Marker m;
      m.m.state = s.index;  // states[index] is the state after this step
      m.m.name = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
      if (t.cfg && s.thread >= 0 && s.thread < static_cast<int>(t.cfg->threads.size()))
        m.m.thread = QString::fromStdString(t.cfg->threads[static_cast<size_t>(s.thread)].name);
      m.text = several && !m.m.thread.isEmpty() ? m.m.thread + QStringLiteral(": ") + m.m.name : m.m.name;
      m.m.compare = compare;
      m.line = new QCPItemStraightLine(plot_);
      m.line->setLayer(markerLayer_);
      m.line->setSelectable(false);
      m.line->point1->setCoords(s.index, 0);
      m.line->point2->setCoords(s.index, 1);
      m.line->setPen(compare ? QPen(pal_.muted, 1, Qt::DashLine) : QPen(pal_.muted, 1, Qt::DotLine));
      m.label = new QCPItemText(plot_);
      m.label->setLayer(markerLayer_);
      m.label->setSelectable(false);
      m.label->setClipToAxisRect(false);
      m.label->position->setType(QCPItemPosition::ptAbsolute);
      m.label->setRotation(-90);
      m.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
      QFont f(font().family(), 8);
      f.setItalic(compare);
      m.label->setFont(f);
      m.label->setColor(compare ? pal_.muted : pal_.text);
      markers_.push_back(m);
    }
  };
  if (trace_) add(*trace_, false);
  if (compare_) add(*compare_, true);
  std::stable_sort(markers_.begin(), markers_.end(),
                   [](const Marker& a, const Marker& b) { return a.m.state < b.m.state; });
}

// The title over the plot's column, on two lines when one would not fit
// beside the legend: broken after the last ":" or "," (or before the
// compare part) that leaves the first line short enough.
QString TimelineView::fittedTitle() const {
  const QString full = headerText();
  auto* t = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0));
  auto* side = qobject_cast<QCPLayoutGrid*>(plot_->plotLayout()->element(1, 1));
  if (!t || !side) return full;
  const QFontMetrics fm(t->font());
  const int avail = plot_->width() - side->minimumOuterSizeHint().width() - 12;
  if (fm.horizontalAdvance(full) <= avail) return full;
  int best = -1;
  for (int i = 0; i < full.size(); ++i) {
    const bool after = (full[i] == QLatin1Char(':') || full[i] == QLatin1Char(',')) && i + 1 < full.size() && full[i + 1] == QLatin1Char(' ');
    const bool before = full.mid(i, 3) == QLatin1String("  (");
    const int cut = after ? i + 1 : before ? i : -1;
    if (cut > 0 && fm.horizontalAdvance(full.left(cut)) <= avail) best = cut;
  }
  if (best < 0) return full;
  return full.left(best).trimmed() + QLatin1Char('\n') + full.mid(best).trimmed();
}

void TimelineView::layoutBand() {
  QCPAxisRect* ar = plot_->axisRect();
  const int top = ar->rect().top();
  if (auto* t = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0)))
    if (const QString fitted = fittedTitle(); fitted != t->text()) {
      t->setText(fitted);
      plot_->replot(QCustomPlot::rpQueuedReplot);
    }
  // Milestone labels: vertical text above the plot, each next to its line.
  // Labels too close to the previous one move right by a line of text (a
  // small drift reads fine inside a cluster); past kMaxDrift they join the
  // previous label instead. A milestone both traces reach at (nearly) the
  // same step is named once.
  const QString cmp = compare_ ? variantName(compare_.get()) : QString();
  int needed = 0;
  struct Placed {
    Marker* head;
    QStringList names;
    QList<int> from;  // per name, bit 0: primary, bit 1: compare
    double x;
  };
  std::vector<Placed> placed;
  for (Marker& m : markers_) {
    const double lx = plot_->xAxis->coordToPixel(m.m.state);
    const int bitFrom = m.m.compare ? 2 : 1;
    m.label->setVisible(false);
    if (pastOnly_ && m.m.state > cursor_) continue;
    if (!placed.empty()) {
      Placed& p = placed.back();
      const int same = static_cast<int>(p.names.indexOf(m.text));
      if (same >= 0 && lx - p.x < kMarkerLabelGap) {  // the other trace's twin
        p.from[same] |= bitFrom;
        continue;
      }
      const double x = std::max(lx, p.x + kMarkerLabelGap);
      if (x - lx > kMaxDrift) {
        p.names << m.text;
        p.from << bitFrom;
        continue;
      }
      placed.push_back({&m, {m.text}, {bitFrom}, x});
    } else {
      placed.push_back({&m, {m.text}, {bitFrom}, lx});
    }
  }
  for (Placed& p : placed) {
    for (int k = 0; k < p.names.size(); ++k)
      if (p.from[k] == 2 && compare_) p.names[k] += QStringLiteral(" (") + cmp + QStringLiteral(")");
    const QFontMetrics fm(p.head->label->font());
    const QString text = p.names.join(QStringLiteral(", "));
    needed = std::max(needed, fm.horizontalAdvance(text) + 12);
    p.head->label->setText(fm.elidedText(text, Qt::ElideRight, band_ - 10));
    p.head->label->position->setCoords(p.x, top - 4);
    p.head->label->setVisible(true);
  }
  // Make the band as tall as the longest label needs (within bounds); the
  // x positions do not depend on it, so one more layout settles it.
  // Never more than a third of the plot's height: in a short dock the curves
  // matter more than whole labels (longer ones are elided).
  const int band = std::clamp(needed, kBandMin, std::max(kBandMin, std::min(kBandMax, plot_->height() / 3)));
  if (std::abs(band - band_) > 3) {
    band_ = band;
    ar->setMargins(QMargins(0, band_, 0, 0));
    plot_->replot(QCustomPlot::rpQueuedReplot);
  }
  // The readout sits in the free space under the legend.
  if (auto* side = qobject_cast<QCPLayoutGrid*>(plot_->plotLayout()->element(1, 1)))
    if (QCPLayoutElement* box = side->element(1, 0))
      readout_->position->setCoords(box->rect().left() + 2, box->rect().top() + 3);
}

std::optional<qint64> TimelineView::valueFrom(const QCPGraph* g, double offset, int state) const {
  if (!g) return std::nullopt;
  const auto data = g->data();
  if (data->isEmpty()) return std::nullopt;
  auto it = std::upper_bound(data->constBegin(), data->constEnd(), state + 0.5,
                             [](double k, const QCPGraphData& d) { return k < d.key; });
  if (it == data->constBegin()) return std::nullopt;
  --it;
  if (std::isnan(it->value)) return std::nullopt;
  return static_cast<qint64>(std::llround(it->value - offset));
}

QString TimelineView::seriesName(int i) const {
  if (i < 0 || i >= seriesCount()) return QString();
  return QString::fromStdString(series_[static_cast<size_t>(i)].column.label());
}

std::optional<qint64> TimelineView::plottedValue(int series, int state) const {
  if (series < 0 || series >= seriesCount() || state < 0 || state >= static_cast<int>(table_.values.size()))
    return std::nullopt;
  if (pastOnly_ && state > cursor_) return std::nullopt;
  const Series& s = series_[static_cast<size_t>(series)];
  return valueFrom(s.graph, s.offset, state);
}

std::optional<qint64> TimelineView::plottedCompareValue(int series, int state) const {
  if (series < 0 || series >= seriesCount() || state < 0 || state >= static_cast<int>(compareTable_.values.size()))
    return std::nullopt;
  if (pastOnly_ && state > cursor_) return std::nullopt;
  const Series& s = series_[static_cast<size_t>(series)];
  return valueFrom(s.compare, s.offset, state);
}

QList<TimelineView::CursorValue> TimelineView::valuesAtCursor() const {
  QList<CursorValue> out;
  for (int i = 0; i < seriesCount(); ++i)
    out.push_back({seriesName(i), plottedValue(i, cursor_), plottedCompareValue(i, cursor_)});
  return out;
}

QString TimelineView::readoutText() const { return readout_ ? readout_->text() : QString(); }

void TimelineView::updateCursorItems() {
  if (!cursorLine_) return;
  cursorLine_->point1->setCoords(cursor_, 0);
  cursorLine_->point2->setCoords(cursor_, 1);
  cursorLine_->setVisible(trace_ != nullptr);
  const int cc = compare_ ? std::clamp(compareCursor_, 0, static_cast<int>(compare_->states.size()) - 1) : 0;
  compareCursorLine_->point1->setCoords(cc, 0);
  compareCursorLine_->point2->setCoords(cc, 1);
  compareCursorLine_->setVisible(trace_ && compare_ && cc != cursor_);
  if (!trace_) {
    readout_->setText(tr("no trace"));
    return;
  }

  // "was live before": freed, as opposed to not created yet.
  auto cell = [](const std::optional<qint64>& v, const CounterTable& t, const CounterColumn& c, int state) -> QString {
    if (v) return QString::number(*v);
    const int col = t.column(c);
    if (col >= 0)
      for (int s = std::min(state, static_cast<int>(t.values.size()) - 1); s >= 0; --s)
        if (t.values[static_cast<size_t>(s)][static_cast<size_t>(col)]) return tr("freed");
    return QStringLiteral("-");
  };

  QStringList lines;
  QString head = tr("state %1").arg(cursor_);
  // Ten series take two columns and every line they can get: the head is one line then.
  const bool pairs = seriesCount() > kLegendRows;
  const QString sep = pairs ? QStringLiteral("  ") : QStringLiteral("\n");
  if (cursor_ > 0 && cursor_ <= static_cast<int>(trace_->steps.size())) {
    const svm::StepRecord& s = trace_->steps[static_cast<size_t>(cursor_ - 1)];
    const auto fn = svm::fn_name(s.fn);
    QString thread;
    if (trace_->cfg && s.thread >= 0 && s.thread < static_cast<int>(trace_->cfg->threads.size()))
      thread = QString::fromStdString(trace_->cfg->threads[static_cast<size_t>(s.thread)].name);
    head += sep + thread + QStringLiteral(": ") + QString::fromUtf8(fn.data(), static_cast<qsizetype>(fn.size())) +
            QStringLiteral("()");
  } else if (cursor_ == 0) {
    head += sep + tr("booted");
  }
  lines << head;
  int w = 0;
  for (int i = 0; i < seriesCount(); ++i) w = std::max(w, static_cast<int>(seriesName(i).size()));
  const int kCol = pairs ? 6 : 7;  // "freed" and a space
  if (compare_) {
    const QString key = QString(w, QLatin1Char(' ')) + variantName(trace_.get()).rightJustified(kCol) +
                        variantName(compare_.get()).rightJustified(kCol);
    const QString at = QString(w, QLatin1Char(' ')) + (QLatin1Char('@') + QString::number(cursor_)).rightJustified(kCol) +
                       (QLatin1Char('@') + QString::number(cc)).rightJustified(kCol);
    lines << (pairs ? key + QStringLiteral("  ") + key : key);
    lines << (pairs ? at + QStringLiteral("  ") + at : at);
  }
  for (int i = 0; i < seriesCount(); ++i) {
    const Series& s = series_[static_cast<size_t>(i)];
    QString line = seriesName(i).leftJustified(w) + cell(plottedValue(i, cursor_), table_, s.column, cursor_).rightJustified(kCol);
    if (compare_) line += cell(plottedCompareValue(i, cc), compareTable_, s.column, cc).rightJustified(kCol);
    // Many series: two to a line, as the legend has them in two columns.
    if (pairs && i % 2 == 1)
      lines.last() += QStringLiteral("  ") + line;
    else
      lines << line;
  }
  readout_->setText(lines.join(QLatin1Char('\n')));
}

QList<TimelineView::MilestoneMarker> TimelineView::milestoneMarkers() const {
  QList<MilestoneMarker> out;
  for (const Marker& m : markers_) {
    MilestoneMarker x = m.m;
    x.state = static_cast<int>(std::lround(m.line->point1->coords().x()));
    out.push_back(x);
  }
  return out;
}

int TimelineView::stateAt(const QPoint& p) const {
  const int n = stateCount();
  if (!n || !plot_->axisRect()->rect().contains(p)) return -1;
  const double k = plot_->xAxis->pixelToCoord(p.x());
  return std::clamp(static_cast<int>(std::lround(k)), 0, n - 1);
}

void TimelineView::onMousePress(QMouseEvent* e) {
  if (e->button() != Qt::LeftButton) return;
  const int s = stateAt(e->position().toPoint());
  if (s < 0) return;
  dragging_ = true;
  lastRequested_ = s;
  emit stepRequested(s);
}

void TimelineView::onMouseMove(QMouseEvent* e) {
  if (!dragging_ || !(e->buttons() & Qt::LeftButton) || !stateCount()) return;
  // While dragging, positions left or right of the plot clamp to its ends.
  const double k = plot_->xAxis->pixelToCoord(e->position().x());
  const int s = std::clamp(static_cast<int>(std::lround(k)), 0, stateCount() - 1);
  if (s == lastRequested_) return;
  lastRequested_ = s;
  emit stepRequested(s);
}

void TimelineView::onMouseRelease(QMouseEvent*) { dragging_ = false; }

bool TimelineView::saveSvg(const QString& path, int width, int height) {
  const int w = width > 0 ? width : plot_->width();
  const int h = height > 0 ? height : plot_->height();
  QSvgGenerator gen;
  gen.setFileName(path);
  gen.setSize(QSize(w, h));
  gen.setViewBox(QRect(0, 0, w, h));
  gen.setTitle(headerText());
  gen.setDescription(tr("SVM Lab counter timeline"));
  QCPPainter painter;
  if (!painter.begin(&gen)) return false;
  plot_->toPainter(&painter, w, h);
  const bool ok = painter.end();
  plot_->replot();  // toPainter laid the plot out at the export size
  return ok && QFileInfo(path).size() > 0;
}

bool TimelineView::savePng(const QString& path, int width, int height) {
  const bool ok = plot_->savePng(path, width, height);
  plot_->replot();
  return ok;
}

bool TimelineView::savePdf(const QString& path, int width, int height) {
  const bool ok = plot_->savePdf(path, width, height, QCP::epAllowCosmetic, QStringLiteral("SVM Lab"), headerText());
  plot_->replot();
  return ok;
}

}  // namespace svmlab
