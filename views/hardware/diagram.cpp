#include "views/hardware/diagram.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "views/hardware/hw_common.h"

namespace svmlab::hw {

namespace {

// Okabe-Ito, as the rest of the views: hits bluish green, fills sky blue,
// stale orange (the warning colour), faults vermillion.
const QColor kGreen(0x00, 0x9E, 0x73), kSky(0x56, 0xB4, 0xE9), kBlue(0x00, 0x72, 0xB2), kOrange(0xE6, 0x9F, 0x00);

QColor mark_colour(Mark m, const Palette& pal) {
  switch (m) {
    case Mark::Current:
      return pal.text;
    case Mark::Hit:
      return kGreen;
    case Mark::Fill:
      return kBlue;
    case Mark::Stale:
      return kOrange.darker(115);
    case Mark::Fault:
      return pal.leak;
    case Mark::Pending:
      return kSky.darker(120);
    case Mark::Miss:
    case Mark::Invalidated:
    case Mark::Ghost:
    case Mark::Empty:
    case Mark::Skipped:
      return pal.muted;
    case Mark::Plain:
      break;
  }
  return pal.muted;
}

QColor fill_colour(Mark m, const Palette& pal) {
  QColor c;
  switch (m) {
    case Mark::Current:
      c = pal.changed, c.setAlpha(120);
      break;
    case Mark::Hit:
      c = kGreen, c.setAlpha(70);
      break;
    case Mark::Fill:
      c = kSky, c.setAlpha(90);
      break;
    case Mark::Stale:
      c = kOrange, c.setAlpha(140);
      break;
    case Mark::Fault:
      c = pal.leak, c.setAlpha(70);
      break;
    case Mark::Pending:
      c = kSky, c.setAlpha(45);
      break;
    case Mark::Invalidated:
      c = pal.grid;
      break;
    case Mark::Plain:
    case Mark::Miss:
      c = pal.background;
      break;
    case Mark::Ghost:
    case Mark::Empty:
    case Mark::Skipped:
      return QColor(Qt::transparent);
  }
  return c;
}

Qt::PenStyle border_style(Mark m) {
  switch (m) {
    case Mark::Ghost:
      return Qt::DashLine;
    case Mark::Empty:
    case Mark::Skipped:
      return Qt::DotLine;
    default:
      return Qt::SolidLine;
  }
}

double border_width(Mark m) {
  switch (m) {
    case Mark::Current:
    case Mark::Hit:
    case Mark::Fill:
    case Mark::Stale:
    case Mark::Fault:
      return 2.2;
    default:
      return 1.0;
  }
}

void arrow_head(QPainter& p, QPointF from, QPointF to, double size) {
  const double a = std::atan2(to.y() - from.y(), to.x() - from.x());
  const QPointF l = to - QPointF(std::cos(a - 0.45) * size, std::sin(a - 0.45) * size);
  const QPointF r = to - QPointF(std::cos(a + 0.45) * size, std::sin(a + 0.45) * size);
  QPainterPath head(to);
  head.lineTo(l);
  head.lineTo(r);
  head.closeSubpath();
  p.fillPath(head, p.pen().color());
}

}  // namespace

QString markName(Mark m) {
  switch (m) {
    case Mark::Plain:
      return QStringLiteral("plain");
    case Mark::Current:
      return QStringLiteral("current");
    case Mark::Hit:
      return QStringLiteral("hit");
    case Mark::Miss:
      return QStringLiteral("miss");
    case Mark::Fill:
      return QStringLiteral("fill");
    case Mark::Invalidated:
      return QStringLiteral("invalidated");
    case Mark::Stale:
      return QStringLiteral("stale");
    case Mark::Fault:
      return QStringLiteral("fault");
    case Mark::Ghost:
      return QStringLiteral("ghost");
    case Mark::Pending:
      return QStringLiteral("pending");
    case Mark::Empty:
      return QStringLiteral("empty");
    case Mark::Skipped:
      return QStringLiteral("skipped");
  }
  return {};
}

const Box* Diagram::box(const QString& id) const {
  for (const Box& b : boxes)
    if (b.id == id) return &b;
  return nullptr;
}

std::vector<const Box*> Diagram::boxes_with_prefix(const QString& prefix) const {
  std::vector<const Box*> out;
  for (const Box& b : boxes)
    if (b.id.startsWith(prefix)) out.push_back(&b);
  return out;
}

QString Diagram::all_text() const {
  QStringList out;
  for (const Label& l : labels) out << l.text;
  for (const Box& b : boxes) {
    out << b.title;
    if (!b.badge.isEmpty()) out << b.badge;
    out << b.lines;
  }
  for (const Arrow& a : arrows)
    if (!a.label.isEmpty()) out << a.label;
  return out.join(QLatin1Char('\n'));
}

void Diagram::place(const Diagram& d, QPointF offset) {
  for (Box b : d.boxes) {
    b.rect.translate(offset);
    boxes.push_back(std::move(b));
  }
  for (Arrow a : d.arrows) {
    a.from += offset;
    a.to += offset;
    arrows.push_back(std::move(a));
  }
  for (Label l : d.labels) {
    l.pos += offset;
    labels.push_back(std::move(l));
  }
  size = size.expandedTo(QSizeF(offset.x() + d.size.width(), offset.y() + d.size.height()));
}

double Diagram::label(double y, const QString& text, const Metrics& m, bool heading, Mark mark) {
  labels.push_back({QPointF(0, y), text, heading, mark});
  size.setWidth(std::max(size.width(), m.text_width(text, heading ? m.heading : m.label)));
  return y + (heading ? m.heading_height() : m.label_height());
}

Metrics::Metrics(double px) {
  px = std::max(7.0, px);
  mono = mono_font();
  mono.setPixelSize(static_cast<int>(std::lround(px)));
  mono_bold = mono;
  mono_bold.setBold(true);
  label = QFont();
  label.setPixelSize(static_cast<int>(std::lround(px * 1.05)));
  heading = label;
  heading.setBold(true);
  heading.setPixelSize(static_cast<int>(std::lround(px * 1.3)));
  badge = mono_bold;
  badge.setPixelSize(std::max(7, mono.pixelSize() - 1));
  for (const QFont& f : {mono, mono_bold, label, heading, badge}) metrics_.emplace_back(f, QFontMetricsF(f));
  widths_->by_font.resize(metrics_.size());
  line_ = metrics_[0].second.lineSpacing() + 1;
  pad_ = std::round(px * 0.45);
  gap_ = std::round(px * 1.2);
  label_h_ = metrics_[2].second.lineSpacing() + 2;
  heading_h_ = metrics_[3].second.lineSpacing() + 4;
}

Metrics Metrics::for_font(const QFont& f) {
  const double px = f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 96.0 / 72.0;
  return Metrics(px > 0 ? px * 0.95 : 12);
}

double Metrics::text_width(const QString& s, const QFont& f) const {
  for (size_t i = 0; i < metrics_.size(); ++i) {
    if (metrics_[i].first != f) continue;
    std::lock_guard<std::mutex> g(widths_->mu);
    QHash<QString, double>& known = widths_->by_font[i];
    if (const auto it = known.constFind(s); it != known.cend()) return *it;
    if (known.size() > 20000) known.clear();  // a long run: start afresh rather than grow
    const double w = metrics_[i].second.horizontalAdvance(s);
    known.insert(s, w);
    return w;
  }
  return QFontMetricsF(f).horizontalAdvance(s);
}

QSizeF Metrics::box_size(const QString& title, const QStringList& lines, double min_width) const {
  double w = text_width(title, mono_bold) + 5 * text_width(QStringLiteral("M"), mono);  // room for a badge
  for (const QString& l : lines) w = std::max(w, text_width(l, mono));
  return {std::ceil(std::max(min_width, w + 2 * pad_ + 2)), std::ceil(2 * pad_ + line_ * (1 + lines.size()))};
}

QSizeF Metrics::box_size(const Box& b) const {
  const double title = text_width(b.title, mono_bold) + (b.badge.isEmpty() ? 0 : text_width(b.badge, badge) + 3 * pad_);
  return box_size(b.title, b.lines, title + 2 * pad_ + 6);
}

void TextCache::draw(QPainter& p, QPointF baseline, const QString& text) {
  const QFont& f = p.font();
  const QString key = f.key() + QLatin1Char('\x1f') + text;
  auto it = texts_.find(key);
  if (it == texts_.end()) {
    if (texts_.size() > 4000) texts_.clear();  // a long run: start afresh rather than grow
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.prepare(QTransform(), f);
    it = texts_.insert(key, st);
  }
  // QStaticText is placed by its top left corner.
  p.drawStaticText(baseline - QPointF(0, QFontMetricsF(f).ascent()), *it);
}

void paint_diagram(QPainter& p, const Diagram& d, const Palette& pal, const Metrics& m, QRectF exposed,
                   TextCache* cache) {
  auto text = [&](QPointF baseline, const QString& s) {
    if (cache)
      cache->draw(p, baseline, s);
    else
      p.drawText(baseline, s);
  };
  auto seen = [&](const QRectF& r) { return exposed.isNull() || exposed.intersects(r); };
  p.save();
  p.setRenderHint(QPainter::Antialiasing);
  p.setRenderHint(QPainter::TextAntialiasing);
  const double ascent = QFontMetricsF(m.mono).ascent();
  const double label_ascent = QFontMetricsF(m.label).ascent(), heading_ascent = QFontMetricsF(m.heading).ascent();

  for (const Arrow& a : d.arrows) {
    QPen pen(mark_colour(a.mark == Mark::Plain ? Mark::Skipped : a.mark, pal), a.mark == Mark::Plain ? 1.3 : 2.0);
    if (a.mark == Mark::Ghost || a.mark == Mark::Skipped) pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawLine(a.from, a.to);
    arrow_head(p, a.from, a.to, m.pad() * 1.6);
    if (!a.label.isEmpty()) {
      p.setFont(m.label);
      p.setPen(pal.muted.darker(130));
      const QPointF mid = (a.from + a.to) / 2;
      const double w = m.text_width(a.label, m.label);
      p.drawText(QPointF(mid.x() - w / 2, mid.y() - 3), a.label);
    }
  }

  for (const Box& b : d.boxes) {
    if (!seen(b.rect.adjusted(-3, -3, 3, 3))) continue;
    const QColor edge = mark_colour(b.mark, pal);
    QPen pen(edge, border_width(b.mark));
    pen.setStyle(border_style(b.mark));
    p.setPen(pen);
    p.setBrush(fill_colour(b.mark, pal));
    p.drawRoundedRect(b.rect, 4, 4);

    const bool muted =
        b.mark == Mark::Ghost || b.mark == Mark::Empty || b.mark == Mark::Skipped || b.mark == Mark::Invalidated;
    const QColor ink = muted ? pal.muted.darker(b.mark == Mark::Ghost ? 120 : 100) : pal.text;
    double y = b.rect.top() + m.pad() + ascent;
    const double x = b.rect.left() + m.pad() + 1;
    QFont tf = m.mono_bold;
    tf.setStrikeOut(b.mark == Mark::Invalidated);
    tf.setItalic(b.mark == Mark::Ghost);
    p.setFont(tf);
    p.setPen(ink);
    text(QPointF(x, y), b.title);
    QFont lf = m.mono;
    lf.setStrikeOut(b.mark == Mark::Invalidated);
    lf.setItalic(b.mark == Mark::Ghost);
    p.setFont(lf);
    for (const QString& l : b.lines) {
      y += m.line_height();
      text(QPointF(x, y), l);
    }
    if (!b.badge.isEmpty()) {
      const QFont& bf = m.badge;
      const double w = m.text_width(b.badge, bf) + m.pad() * 1.4;
      const double h = m.line_height();
      const QRectF r(b.rect.right() - w - 3, b.rect.top() + 3, w, h);
      QColor bg = b.mark == Mark::Plain || muted ? pal.muted : edge;
      p.setPen(Qt::NoPen);
      p.setBrush(bg);
      p.drawRoundedRect(r, h / 2, h / 2);
      p.setFont(bf);
      p.setPen(b.mark == Mark::Current ? pal.background : QColor(Qt::white));
      if (b.mark == Mark::Current) {
        p.setBrush(pal.text);
        p.drawRoundedRect(r, h / 2, h / 2);
      }
      p.drawText(r, Qt::AlignCenter, b.badge);
    }
  }

  for (const Label& l : d.labels) {
    if (!exposed.isNull() && (l.pos.y() > exposed.bottom() || l.pos.y() + m.heading_height() < exposed.top())) continue;
    const QFont& f = l.heading ? m.heading : m.label;
    p.setFont(f);
    p.setPen(l.mark == Mark::Fault ? pal.leak : l.mark == Mark::Stale ? kOrange.darker(140) : pal.text);
    text(QPointF(l.pos.x(), l.pos.y() + (l.heading ? heading_ascent : label_ascent)), l.text);
  }
  p.restore();
}

QStringList wrap_words(const QString& s, int width) {
  QStringList out;
  QString cur;
  for (const QString& w : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    if (!cur.isEmpty() && cur.size() + 1 + w.size() > width) {
      out << cur;
      cur.clear();
    }
    cur += (cur.isEmpty() ? QString() : QStringLiteral(" ")) + w;
  }
  if (!cur.isEmpty()) out << cur;
  return out;
}

}  // namespace svmlab::hw
