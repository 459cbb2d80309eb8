#pragma once
// A picture of hardware state as data: boxes, arrows and labels, each with
// its text and a mark saying what happened to it at this step (hit, miss,
// fill, invalidated, stale, fault, a dropped request's ghost...). The
// builders (walk_diagram, cache_diagram, ring_diagram, fault_diagram) compute
// one from a snapshot; paintDiagram() draws it on a widget, an SVG, a PDF or
// a PNG alike, so an export is exactly the screen and its text stays text.
// Tests read the marks and the words back instead of pixels.

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QFontMetricsF>
#include <memory>
#include <mutex>
#include <utility>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

#include "views/common/palette.h"

class QPainter;

namespace svmlab::hw {

enum class Mark : int {
  Plain,        // shown, nothing happened to it at this step
  Current,      // read or used by this step
  Hit,          // a cache answered
  Miss,         // a cache was asked and did not answer
  Fill,         // filled (written) at this step
  Invalidated,  // removed at this step: struck through
  Stale,        // a cached copy of something that changed since: the warning colour
  Fault,        // where a request failed
  Ghost,        // never made it (a dropped page request): dashed
  Pending,      // queued, not handled yet
  Empty,        // a free slot
  Skipped,      // not reached, or not needed (an IOTLB hit skips the walk)
};
QString markName(Mark m);  // "hit", "stale", ... (for tests and tooltips)

struct Box {
  QString id;  // stable name: "walk:PTE", "iotlb:3", "prq:1", "prq-dropped:0"
  QRectF rect;
  QString title;  // bold first line
  QStringList lines;
  Mark mark = Mark::Plain;
  QString badge;  // a short word at the top right: "HIT", "STALE", "DROPPED"
};

struct Arrow {
  QPointF from, to;
  QString label;
  Mark mark = Mark::Plain;
};

struct Label {
  QPointF pos;  // top left
  QString text;
  bool heading = false;
  Mark mark = Mark::Plain;
};

struct Diagram {
  QSizeF size;
  std::vector<Box> boxes;
  std::vector<Arrow> arrows;
  std::vector<Label> labels;

  const Box* box(const QString& id) const;
  std::vector<const Box*> boxes_with_prefix(const QString& prefix) const;
  // Every word drawn, one line per box line or label (for tests and search).
  QString all_text() const;
  // Append `d` moved by `offset`, growing the size to hold it.
  void place(const Diagram& d, QPointF offset);
  // A line of text at the left edge, `y` from the top; returns the y below it.
  double label(double y, const QString& text, const class Metrics& m, bool heading = false, Mark mark = Mark::Plain);
};

// The fonts and text sizes builders lay out with, in pixels (pixel-sized
// fonts measure the same on the screen, in SVG and in a 72-dpi PDF).
class Metrics {
 public:
  explicit Metrics(double pixel_size = 12);
  static Metrics for_font(const QFont& widget_font);
  QFont mono, mono_bold, label, heading, badge;
  // Width of `s` in `f` (one of the fonts above: their metrics are kept).
  double text_width(const QString& s, const QFont& f) const;
  double line_height() const { return line_; }
  double pad() const { return pad_; }
  double gap() const { return gap_; }
  double label_height() const { return label_h_; }
  double heading_height() const { return heading_h_; }
  // The size of a box holding `title` and `lines`, at least `min_width` wide.
  QSizeF box_size(const QString& title, const QStringList& lines, double min_width = 0) const;
  QSizeF box_size(const Box& b) const;  // room for its badge beside the title too

 private:
  double line_ = 14, pad_ = 5, gap_ = 14, label_h_ = 16, heading_h_ = 20;
  // Measuring through a fresh QFontMetricsF costs a font lookup every time.
  std::vector<std::pair<QFont, QFontMetricsF>> metrics_;
  // Widths measured, by font (its index in metrics_) and text: a width is
  // the text shaped anew (HarfBuzz), every time, and a step re-lays every
  // box of the four diagrams, most of them with the words of the step
  // before. Shared by the copies of these metrics, whose fonts are the same.
  struct Widths {
    std::mutex mu;
    std::vector<QHash<QString, double>> by_font;
  };
  std::shared_ptr<Widths> widths_ = std::make_shared<Widths>();
};

// Laid-out text kept between paints: most words of a diagram (slot names,
// "empty", register names) are the same from one step to the next, and
// laying text out is most of what painting a diagram costs on screen.
class TextCache {
 public:
  void draw(QPainter& p, QPointF baseline, const QString& text);  // in p's current font
  void clear() { texts_.clear(); }

 private:
  QHash<QString, QStaticText> texts_;  // key: font + text
};

// Draw `d`; only what meets `exposed` (in diagram units) when it is given.
// With a cache, text goes through it (the screen); without, every word is
// drawn as text, which SVG and PDF keep as text.
void paint_diagram(QPainter& p, const Diagram& d, const Palette& pal, const Metrics& m, QRectF exposed = {},
                   TextCache* cache = nullptr);

// Split `s` at spaces into lines of at most `width` characters.
QStringList wrap_words(const QString& s, int width);

}  // namespace svmlab::hw
