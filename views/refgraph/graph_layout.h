#pragma once
// Laying out a directed graph with Graphviz "dot", seen from the caller: a
// request of nodes (ids and sizes) and edges goes in, a layout *value* comes
// out (node boxes, edge Bézier paths, bounding box), already in scene
// coordinates. Nothing here includes Graphviz: the backend
// (graph_layout_graphviz.cpp) owns the Graphviz context and graphs, serialises
// every call behind one mutex and forces the C numeric locale around them.
//
// Units. Graphviz reads node sizes in inches and reports positions in points
// (1/72 inch), with y growing upwards. The scene is in "scene units", y
// growing downwards; kSceneUnitsPerInch says how many scene units make an inch.
// We chose scene unit = point (72 per inch): text measured by QFontMetrics in
// pixels then sizes nodes one to one. (KDStateMachineEditor uses 96.) The
// conversion and the y-flip are written once, in the backend.
//
// Edge labels. Graphviz edge labels make dot several times slower (it adds a
// rank per label and places them itself). Instead, an edge may carry the
// size of its label: the backend splits it in two at a small box of that size
// (tail -> box -> head), so dot reserves room for the label between the ranks,
// and returns one continuous path plus the box centre where we draw the label.
// To keep that box between the two ends, the backend breaks cycles itself
// (turning edges that close one round for dot, and back again on import).

#include <optional>
#include <vector>

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace svmlab::layout {

// Graphviz: node widths and heights are in inches, coordinates in points.
inline constexpr double kGraphvizPointsPerInch = 72.0;
// The scene: one scene unit per point (see above).
inline constexpr double kSceneUnitsPerInch = 72.0;

enum class RankDir { LeftToRight, TopToBottom };

struct NodeSpec {
  QString id;   // unique; any characters (the backend never parses it)
  QSizeF size;  // scene units; dot rounds it up to whole points
};

struct EdgeSpec {
  QString from, to;  // NodeSpec ids
  QSizeF label;      // room for a label drawn at the middle; empty: none
  double weight = 1.0;     // dot's "weight": heavier edges are kept shorter and straighter
  bool constraint = true;  // false: the edge does not influence ranking
};

struct LayoutRequest {
  std::vector<NodeSpec> nodes;
  std::vector<EdgeSpec> edges;
  RankDir rankdir = RankDir::LeftToRight;
  double node_sep = 18.0;  // scene units between nodes of a rank
  double rank_sep = 28.0;  // scene units between ranks
};

struct NodeBox {
  QPointF centre;
  QSizeF size;
  QRectF rect() const { return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()}; }
};

struct EdgePath {
  // A cubic Bézier chain from the tail node's border towards the head:
  // points[0], then (control, control, end) per segment; size() == 1 + 3n.
  std::vector<QPointF> points;
  // Where the arrowhead's tip touches the head node; the path ends where
  // the arrowhead begins. Absent if dot drew no arrowhead.
  std::optional<QPointF> arrow_tip;
  QPointF label_centre;  // where the edge's label goes (the middle of the path)
};

// The result of a successful layout: everything in scene coordinates, with
// the bounding box's top-left at (0, 0).
struct GraphLayout {
  QRectF bounds;
  QHash<QString, NodeBox> nodes;  // by NodeSpec::id
  std::vector<EdgePath> edges;    // in LayoutRequest::edges order
  double milliseconds = 0;        // wall time of the whole layout call
};

// Either a layout or why there is none. Failing is an ordinary result (a
// missing "dot" plugin, a bad request), never a crash.
class LayoutResult {
 public:
  static LayoutResult success(GraphLayout l) { LayoutResult r; r.layout_ = std::move(l); return r; }
  static LayoutResult failure(QString why) { LayoutResult r; r.error_ = std::move(why); return r; }

  bool ok() const { return layout_.has_value(); }
  explicit operator bool() const { return ok(); }
  const GraphLayout& value() const { return *layout_; }  // only if ok()
  const QString& error() const { return error_; }        // empty if ok()

 private:
  std::optional<GraphLayout> layout_;
  QString error_;
};

// Lays out `request` with dot. Thread-safe: calls are serialised on the one
// Graphviz context of the process (created on first use). Deterministic: the
// same request gives the same layout.
LayoutResult layoutGraph(const LayoutRequest& request);

// Forces LC_NUMERIC to "C" for the calling thread while alive (uselocale, so
// other threads are untouched): Graphviz reads and writes numbers with
// printf/strtod. Public so tests can check it.
class CNumericLocale {
 public:
  CNumericLocale();
  ~CNumericLocale();
  CNumericLocale(const CNumericLocale&) = delete;
  CNumericLocale& operator=(const CNumericLocale&) = delete;
  bool active() const { return c_ != nullptr; }

 private:
  void* c_ = nullptr;     // locale_t, kept opaque to spare callers <locale.h>
  void* saved_ = nullptr;  // the thread's locale before
};

}  // namespace svmlab::layout
