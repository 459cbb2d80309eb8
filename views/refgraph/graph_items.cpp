#include "views/refgraph/graph_items.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

namespace svmlab::refgraph {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {  // t of a, 1 - t of b
  return QColor::fromRgbF(float(a.redF() * t + b.redF() * (1 - t)), float(a.greenF() * t + b.greenF() * (1 - t)),
                          float(a.blueF() * t + b.blueF() * (1 - t)));
}

QColor withAlpha(QColor c, int alpha) {
  c.setAlpha(alpha);
  return c;
}

double lineHeight(const QFont& f) { return QFontMetricsF(f).height(); }
double textWidth(const QFont& f, const QString& s) {
  double w = 0;
  for (const QString& line : s.split('\n')) w = std::max(w, QFontMetricsF(f).horizontalAdvance(line));
  return w;
}

constexpr double kIdGap = 14;  // between a node's title and its id

}  // namespace

// ---------------------------------------------------------------------------
// Style

GraphStyle GraphStyle::fromFont(const QFont& base, const Palette& p) {
  GraphStyle s;
  s.palette = p;
  const double pt = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
  s.text_font = base;
  s.text_font.setPointSizeF(pt);
  s.title_font = s.text_font;
  s.title_font.setBold(true);
  s.small_font = base;
  s.small_font.setPointSizeF(pt * 0.9);
  s.caption_font = base;
  s.caption_font.setPointSizeF(pt * 1.25);
  s.caption_font.setBold(true);
  return s;
}

QString GraphStyle::titleText(const NodeFrame& f, svm::Kind k) const {
  if (f.status != NodeStatus::Freed) return f.title;
  return f.title + " (" + goneWord(k) + ")";
}

QSizeF GraphStyle::nodeSize(const NodeLens& lens, const NodeFrame& f) const {
  double w = textWidth(title_font, titleText(f, lens.obj.kind)) + kIdGap + textWidth(small_font, lens.id);
  w = std::max(w, textWidth(text_font, f.detail));
  for (const QString& n : f.notes) w = std::max(w, textWidth(title_font, n));
  double h = lineHeight(title_font);
  if (!f.detail.isEmpty()) h += lineHeight(text_font);
  h += f.notes.size() * lineHeight(title_font);
  return {std::ceil(stripe + 2 * pad + w), std::ceil(2 * pad + h)};
}

QString GraphStyle::wrapLabel(const QString& label) {
  constexpr int kMax = 22;
  if (label.size() <= kMax) return label;
  // Prefer breaking before a parenthesis ("private_data: PASID 0" / "(release() unbinds)").
  int at = label.indexOf(QStringLiteral(" ("));
  if (at <= 0) {
    // Else the space nearest the middle.
    const int mid = label.size() / 2;
    int best = -1;
    for (int i = 0; i < label.size(); ++i)
      if (label[i] == ' ' && (best < 0 || std::abs(i - mid) < std::abs(best - mid))) best = i;
    at = best;
  }
  if (at <= 0) return label;
  return label.left(at) + '\n' + label.mid(at + 1);
}

QSizeF GraphStyle::labelSize(const QString& wrapped) const {
  // Room for the bold face too: changed and leaking references are labelled in bold.
  QFont bold = small_font;
  bold.setBold(true);
  const int lines = int(wrapped.count('\n')) + 1;
  const double w = std::max(textWidth(small_font, wrapped), textWidth(bold, wrapped));
  return {std::ceil(w + 8), std::ceil(lines * std::max(lineHeight(small_font), lineHeight(bold)) + 4)};
}

// ---------------------------------------------------------------------------
// Halos

HaloItem::HaloItem(const GraphStyle* style, QSizeF box)
    : style_(style), box_(-box.width() / 2, -box.height() / 2, box.width(), box.height()) {
  setZValue(-0.5);
  setVisible(false);
}

QRectF HaloItem::boundingRect() const {
  const double m = style_->halo + 1;
  return box_.adjusted(-m, -m, m, m);
}

void HaloItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  QPainterPath outline;
  outline.addRoundedRect(box_, style_->radius, style_->radius);
  p->strokePath(outline, QPen(withAlpha(style_->palette.changed, 230), 2 * style_->halo, Qt::SolidLine, Qt::RoundCap,
                              Qt::RoundJoin));
}

// ---------------------------------------------------------------------------
// Nodes

NodeItem::NodeItem(const GraphStyle* style, const NodeLens* lens, QSizeF size)
    : style_(style), lens_(lens), box_(-size.width() / 2, -size.height() / 2, size.width(), size.height()) {
  setAcceptHoverEvents(true);
  setZValue(1);
}

void NodeItem::setFrame(const NodeFrame& f) {
  frame_ = f;
  setVisible(f.status != NodeStatus::Unborn);
  if (halo_) halo_->setVisible(isVisible() && f.changed);
  update();
}

QRectF NodeItem::boundingRect() const { return box_.adjusted(-3, -3, 3, 3); }

QPainterPath NodeItem::shape() const {
  QPainterPath p;
  p.addRoundedRect(box_, style_->radius, style_->radius);
  return p;
}

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const GraphStyle& s = *style_;
  const Palette& pal = s.palette;
  const bool freed = frame_.status == NodeStatus::Freed;
  const QColor kind = pal.kind(lens_->obj.kind);
  p->setRenderHint(QPainter::Antialiasing);

  QPainterPath outline;
  outline.addRoundedRect(box_, s.radius, s.radius);

  // "Changed at this step" is a halo (HaloItem, below the edges) and a
  // thicker outline: never colour alone.

  // Body: a light tint of the kind colour; a solid band of it on the left.
  const QColor fill = freed ? mix(pal.freed, pal.background, 0.35) : mix(kind, pal.background, 0.20);
  p->fillPath(outline, fill);
  p->save();
  p->setClipPath(outline);
  p->fillRect(QRectF(box_.left(), box_.top(), s.stripe, box_.height()), freed ? pal.freed : kind);
  p->restore();

  QPen pen;
  pen.setJoinStyle(Qt::RoundJoin);
  if (frame_.leak_cycle) {
    pen.setColor(pal.leak);
    pen.setWidthF(3.5);
  } else if (freed) {
    pen.setColor(pal.muted);
    pen.setWidthF(frame_.changed ? 2.5 : 1.4);
    pen.setStyle(Qt::DashLine);
  } else {
    pen.setColor(frame_.changed ? pal.text : kind.darker(135));
    pen.setWidthF(frame_.changed ? 2.5 : 1.2);
  }
  p->strokePath(outline, pen);

  // Text: title and id, the detail line, then what happened at this step.
  const QColor ink = freed ? pal.muted : pal.text;
  const double left = box_.left() + s.stripe + s.pad;
  const double right = box_.right() - s.pad;
  double y = box_.top() + s.pad;
  const double th = lineHeight(s.title_font);
  p->setFont(s.title_font);
  p->setPen(ink);
  p->drawText(QRectF(left, y, right - left, th), Qt::AlignLeft | Qt::AlignVCenter, s.titleText(frame_, lens_->obj.kind));
  p->setFont(s.small_font);
  p->setPen(pal.muted);
  p->drawText(QRectF(left, y, right - left, th), Qt::AlignRight | Qt::AlignVCenter, lens_->id);
  y += th;
  if (!frame_.detail.isEmpty()) {
    const double h = lineHeight(s.text_font);
    p->setFont(s.text_font);
    p->setPen(ink);
    p->drawText(QRectF(left, y, right - left, h), Qt::AlignLeft | Qt::AlignVCenter, frame_.detail);
    y += h;
  }
  p->setFont(s.title_font);
  for (const QString& note : frame_.notes) {
    // The leak note is the last one, and only on a leaked node.
    const bool leak_note = frame_.leaked && &note == &frame_.notes.back();
    p->setPen(leak_note ? pal.leak : pal.text);
    p->drawText(QRectF(left, y, right - left, th), Qt::AlignLeft | Qt::AlignVCenter, note);
    y += th;
  }
}

// ---------------------------------------------------------------------------
// Edges

EdgeItem::EdgeItem(const GraphStyle* style, const EdgeLens* lens, const layout::EdgePath& path)
    : style_(style), lens_(lens) {
  setZValue(0);
  setAcceptHoverEvents(true);
  const auto& pts = path.points;
  if (!pts.empty()) {
    path_.moveTo(pts[0]);
    for (size_t i = 1; i + 2 < pts.size(); i += 3) path_.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
  }
  if (path.arrow_tip && !pts.empty()) {
    // The arrowhead runs from where the path stops to the tip on the node's border.
    const QPointF tip = *path.arrow_tip, base = pts.back();
    QLineF axis(tip, base);
    if (axis.length() < 1e-3) axis = QLineF(tip, pts.size() > 1 ? pts[pts.size() - 2] : base);
    const double len = std::max(axis.length(), 6.0);
    QLineF unit = axis.unitVector();
    const QPointF d = (unit.p2() - unit.p1());
    const QPointF n(-d.y(), d.x());
    const QPointF back = tip + d * len;
    arrow_ << tip << back + n * (len * 0.38) << back - n * (len * 0.38);
  }
  bounds_ = path_.boundingRect().united(arrow_.boundingRect()).adjusted(-10, -10, 10, 10);
}

void EdgeItem::setFrame(const EdgeFrame& f) {
  frame_ = f;
  setVisible(f.status != EdgeStatus::Absent);
  setZValue(f.status == EdgeStatus::Removed ? -1 : (f.leak ? 0.5 : 0));
  update();
}

QRectF EdgeItem::boundingRect() const { return bounds_; }

QPainterPath EdgeItem::shape() const {
  QPainterPathStroker st;
  st.setWidth(8);
  QPainterPath s = st.createStroke(path_);
  s.addPolygon(arrow_);
  return s;
}

void EdgeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const Palette& pal = style_->palette;
  p->setRenderHint(QPainter::Antialiasing);
  const bool removed = frame_.status == EdgeStatus::Removed;
  if (frame_.changed) {
    QPen halo(withAlpha(pal.changed, removed ? 150 : 220), 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->strokePath(path_, halo);
    if (!arrow_.isEmpty()) {
      p->setPen(halo);
      p->setBrush(Qt::NoBrush);
      p->drawPolygon(arrow_);
    }
  }
  const svm::RefKind kind = lens_->kind;
  QColor c = kind == svm::RefKind::Pointer ? mix(pal.text, pal.background, 0.7) : pal.text;
  double w = kind == svm::RefKind::Counted ? 1.6 : kind == svm::RefKind::Owns ? 2.2 : 1.3;
  if (frame_.leak) {
    c = pal.leak;
    w = 3.2;
  } else if (removed) {
    c = pal.muted;
  } else if (frame_.changed) {
    w += 1.0;
  }
  QPen pen(c, w, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
  if (removed) pen.setStyle(Qt::DotLine);
  else if (kind == svm::RefKind::Pointer) pen.setDashPattern({6.0 / w, 4.0 / w});  // in pen widths
  p->strokePath(path_, pen);
  // Owns: a diamond at the owner's end, as UML draws composition.
  if (kind == svm::RefKind::Owns && path_.elementCount() > 1) {
    const QPointF a = path_.pointAtPercent(0), b = path_.pointAtPercent(0.02);
    const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
    if (len > 0) {
      const QPointF u((b.x() - a.x()) / len, (b.y() - a.y()) / len), n(-u.y(), u.x());
      QPolygonF diamond;
      diamond << a << a + u * 6 + n * 4 << a + u * 12 << a + u * 6 - n * 4;
      p->setPen(QPen(c, 1));
      p->setBrush(removed ? QBrush(pal.background) : QBrush(c));
      p->drawPolygon(diamond);
    }
  }
  if (!arrow_.isEmpty()) {
    p->setPen(QPen(c, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(removed ? QBrush(pal.background) : QBrush(c));
    p->drawPolygon(arrow_);
  }
}

// ---------------------------------------------------------------------------
// Edge labels

EdgeLabelItem::EdgeLabelItem(const GraphStyle* style, const QString& wrapped_text, QPointF centre)
    : style_(style), text_(wrapped_text) {
  setZValue(2);
  const QSizeF sz = style->labelSize(text_);
  box_ = QRectF(-sz.width() / 2, -sz.height() / 2, sz.width(), sz.height());
  setPos(centre);
}

void EdgeLabelItem::setFrame(const EdgeFrame& f) {
  frame_ = f;
  setVisible(f.status != EdgeStatus::Absent);
  update();
}

QRectF EdgeLabelItem::boundingRect() const { return box_.adjusted(-2, -2, 2, 2); }

void EdgeLabelItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const Palette& pal = style_->palette;
  p->setRenderHint(QPainter::Antialiasing);
  const bool removed = frame_.status == EdgeStatus::Removed;
  QColor bg = withAlpha(pal.background, 235);
  if (frame_.changed && !removed) bg = mix(pal.changed, pal.background, 0.45);
  p->setPen(frame_.leak ? QPen(pal.leak, 1.2) : Qt::NoPen);
  p->setBrush(bg);
  p->drawRoundedRect(box_, 3, 3);
  QFont f = style_->small_font;
  f.setBold(frame_.leak || (frame_.changed && !removed));
  f.setStrikeOut(removed);
  p->setFont(f);
  p->setPen(frame_.leak ? pal.leak : removed ? pal.muted : pal.text);
  p->drawText(box_, Qt::AlignCenter, text_);
}

// ---------------------------------------------------------------------------
// Legend

LegendItem::LegendItem(const GraphStyle* style) : style_(style) {
  setZValue(3);
  entries_ = {{0, QCoreApplication::translate("RefGraph", "counted reference (holds the count named)")},
              {5, QCoreApplication::translate("RefGraph", "owns (freed with its owner)")},
              {1, QCoreApplication::translate("RefGraph", "pointer, not counted")},
              {2, QCoreApplication::translate("RefGraph", "changed at this step")},
              {3, QCoreApplication::translate("RefGraph", "freed")},
              {4, QCoreApplication::translate("RefGraph", "leak cycle")}};
  double w = 0;
  for (const Entry& e : entries_) w += sample_w_ + gap_ + textWidth(style_->small_font, e.text) + spacing_;
  bounds_ = QRectF(0, 0, w - spacing_, std::max(18.0, lineHeight(style_->small_font) + 4));
}

QRectF LegendItem::boundingRect() const { return bounds_.adjusted(-8, -8, 8, 8); }

void LegendItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const GraphStyle& s = *style_;
  const Palette& pal = s.palette;
  p->setRenderHint(QPainter::Antialiasing);
  p->setFont(s.small_font);
  double x = 0;
  const double cy = bounds_.center().y();
  for (const Entry& e : entries_) {
    const QRectF sample(x, bounds_.top() + 2, sample_w_, bounds_.height() - 4);
    auto arrowLine = [&](const QPen& pen) {
      p->setPen(pen);
      p->drawLine(QPointF(sample.left(), cy), QPointF(sample.right() - 6, cy));
      QPolygonF head;
      head << QPointF(sample.right(), cy) << QPointF(sample.right() - 7, cy - 3.5) << QPointF(sample.right() - 7, cy + 3.5);
      p->setPen(QPen(pen.color(), 1));
      p->setBrush(pen.color());
      p->drawPolygon(head);
      p->setBrush(Qt::NoBrush);
    };
    switch (e.sample) {
      case 0: arrowLine(QPen(pal.text, 1.6)); break;
      case 1: {
        QPen pen(mix(pal.text, pal.background, 0.7), 1.3);
        pen.setDashPattern({6.0 / 1.3, 4.0 / 1.3});
        arrowLine(pen);
        break;
      }
      case 2: {
        QPainterPath box;
        box.addRoundedRect(sample.adjusted(5, 2, -5, -2), 3, 3);
        p->strokePath(box, QPen(withAlpha(pal.changed, 230), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->fillPath(box, pal.background);
        p->strokePath(box, QPen(pal.text, 2.5));
        break;
      }
      case 3: {
        QPainterPath box;
        box.addRoundedRect(sample.adjusted(5, 2, -5, -2), 3, 3);
        p->fillPath(box, mix(pal.freed, pal.background, 0.35));
        p->strokePath(box, QPen(pal.muted, 1.4, Qt::DashLine));
        break;
      }
      case 4: arrowLine(QPen(pal.leak, 3.2)); break;
      case 5: {
        arrowLine(QPen(pal.text, 2.2));
        QPolygonF diamond;
        diamond << QPointF(sample.left(), cy) << QPointF(sample.left() + 6, cy - 4) << QPointF(sample.left() + 12, cy)
                << QPointF(sample.left() + 6, cy + 4);
        p->setPen(QPen(pal.text, 1));
        p->setBrush(pal.text);
        p->drawPolygon(diamond);
        p->setBrush(Qt::NoBrush);
        break;
      }
    }
    x += sample_w_ + gap_;
    p->setPen(e.sample == 4 ? pal.leak : pal.text);
    const double tw = textWidth(s.small_font, e.text);
    p->drawText(QRectF(x, bounds_.top(), tw + 2, bounds_.height()), Qt::AlignLeft | Qt::AlignVCenter, e.text);
    x += tw + spacing_;
  }
}

}  // namespace svmlab::refgraph
