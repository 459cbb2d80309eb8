// The Graphviz backend of graph_layout.h, in layers as KDStateMachineEditor
// does it (src/core/layout/): string shims over the C API, the process's one
// context behind a mutex, and a layouter whose steps are numbered (open,
// nodes, edges, layout, import, close). Unlike KDSME it checks every return
// code, always calls gvFreeLayout before agclose, and returns a value.

#include <locale.h>  // newlocale, uselocale (POSIX)

#include <cmath>

#include <algorithm>
#include <mutex>
#include <optional>
#include <string>

#include <QElapsedTimer>
#include <QLineF>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "views/refgraph/graph_layout.h"

namespace svmlab::layout {

// ---------------------------------------------------------------------------
// The C numeric locale guard. Per thread (uselocale), unlike setlocale.
// (Graphviz 2.43's gvLayout also calls setlocale(LC_NUMERIC, "C") around
// itself, process-wide, gv_fixLocale(); we do not depend on that.)

CNumericLocale::CNumericLocale() {
  // A copy of this thread's locale with only LC_NUMERIC replaced by "C".
  locale_t base = duplocale(uselocale(static_cast<locale_t>(0)));
  if (!base) return;
  locale_t c = newlocale(LC_NUMERIC_MASK, "C", base);
  if (!c) {
    freelocale(base);  // newlocale consumes base only on success
    return;
  }
  c_ = c;
  saved_ = uselocale(c);
}

CNumericLocale::~CNumericLocale() {
  if (!c_) return;
  uselocale(static_cast<locale_t>(saved_));
  freelocale(static_cast<locale_t>(c_));
}

namespace {

// ---------------------------------------------------------------------------
// Shims: the C API takes char* for strings it does not modify.

char* cstr(const char* s) { return const_cast<char*>(s); }

// Locale-independent formatting of a number for an attribute value.
std::string num(double v) { return QByteArray::number(v, 'f', 6).toStdString(); }

double inches(double scene_units) { return scene_units / kSceneUnitsPerInch; }

// dot sizes nodes in whole points: round up so the box it reserves is the box we asked for.
double inchesInWholePoints(double scene_units) {
  const double points = scene_units * kGraphvizPointsPerInch / kSceneUnitsPerInch;
  return std::ceil(points - 1e-6) / kGraphvizPointsPerInch;
}

// Graphviz points (y up, origin at the bounding box's lower left) to scene
// units (y down, origin at the top left). The y-flip lives here and only here.
struct ToScene {
  double llx = 0, ury = 0;
  static constexpr double kScale = kSceneUnitsPerInch / kGraphvizPointsPerInch;
  QPointF operator()(pointf p) const { return {(p.x - llx) * kScale, (ury - p.y) * kScale}; }
  double length(double points) const { return points * kScale; }
};

// ---------------------------------------------------------------------------
// The process's Graphviz context. Graphviz is not thread-safe (KGraphViewer
// serialises it behind one mutex "which fixed all crashes"), so there is one
// context, made on first use, and every call into Graphviz happens while
// holding its mutex. It is private to this file: callers only see
// layoutGraph().

class Context {
 public:
  static Context& instance() {
    static Context c;
    return c;
  }

  std::mutex& mutex() { return mu_; }

  // Under mutex(). Null if Graphviz could not make a context.
  GVC_t* gvc() {
    if (!tried_) {
      tried_ = true;
      gvc_ = gvContext();
    }
    return gvc_;
  }

 private:
  Context() = default;
  ~Context() {
    std::lock_guard lock(mu_);
    if (gvc_) gvFreeContext(gvc_);  // nothing to do with its result at exit
  }
  std::mutex mu_;
  GVC_t* gvc_ = nullptr;
  bool tried_ = false;
};

// Graphviz reports errors through one process-wide hook. While a layout runs
// (under the context's mutex) the hook appends to this buffer, so errors
// become part of the result instead of lines on stderr. Warnings are below
// the level reported (agseterr(AGERR)).
std::string* g_errors = nullptr;  // guarded by Context::mutex()

int captureError(char* text) {
  if (g_errors && text) g_errors->append(text);
  return 0;
}

class ErrorCapture {
 public:
  explicit ErrorCapture(std::string* sink) {
    g_errors = sink;
    prev_hook_ = agseterrf(&captureError);
    prev_level_ = agseterr(AGERR);  // warnings are not errors: keep them out
    agreseterrors();
  }
  ~ErrorCapture() {
    agseterr(prev_level_);
    agseterrf(prev_hook_);
    g_errors = nullptr;
  }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

 private:
  agusererrf prev_hook_ = nullptr;
  agerrlevel_t prev_level_ = AGWARN;
};

// ---------------------------------------------------------------------------
// The layouter: one graph, one request, the steps in order. Each step returns
// false and sets error_ on failure; the destructor releases whatever the
// steps got as far as (gvFreeLayout before agclose).

class Layouter {
 public:
  Layouter(GVC_t* gvc, const LayoutRequest& req) : gvc_(gvc), req_(req), capture_(&errors_) {}
  ~Layouter() {
    if (laid_out_) gvFreeLayout(gvc_, g_);
    if (g_) agclose(g_);
  }
  Layouter(const Layouter&) = delete;
  Layouter& operator=(const Layouter&) = delete;

  const QString& error() const { return error_; }

  // 1. Open the graph and declare every attribute we set, with its default.
  // (No "ordering=out": dot 2.43 leaks the flat edges it makes for it.)
  bool open() {
    Agdesc_t directed = Agdirected;
    g_ = agopen(cstr("svmlab"), directed, nullptr);
    if (!g_) return fail("agopen failed: " + graphvizSaid());
    const bool lr = req_.rankdir == RankDir::LeftToRight;
    return declare(AGRAPH, "rankdir", lr ? "LR" : "TB") && declare(AGRAPH, "newrank", "true") &&
           declare(AGRAPH, "nodesep", num(inches(req_.node_sep))) &&
           declare(AGRAPH, "ranksep", num(inches(req_.rank_sep))) && declare(AGRAPH, "splines", "true") &&
           declare(AGNODE, "shape", "box") && declare(AGNODE, "fixedsize", "true") && declare(AGNODE, "label", "") &&
           declare(AGNODE, "width", "0.75") && declare(AGNODE, "height", "0.5") &&
           declare(AGEDGE, "arrowhead", "normal") && declare(AGEDGE, "arrowtail", "normal") &&
           declare(AGEDGE, "dir", "forward") && declare(AGEDGE, "headclip", "true") &&
           declare(AGEDGE, "tailclip", "true") && declare(AGEDGE, "weight", "1") &&
           declare(AGEDGE, "constraint", "true");
  }

  // 2. The nodes, named by index ("n0", "n1", ...) so ids never need escaping.
  bool nodes() {
    nodes_.reserve(req_.nodes.size());
    for (size_t i = 0; i < req_.nodes.size(); ++i) {
      const NodeSpec& n = req_.nodes[i];
      if (index_.contains(n.id)) return fail("duplicate node id '" + n.id + "'");
      if (!(n.size.width() > 0 && n.size.height() > 0)) return fail("node '" + n.id + "' has no size");
      Agnode_t* a = makeNode("n" + std::to_string(i), n.size);
      if (!a) return false;
      index_.insert(n.id, a);
      nodes_.push_back(a);
    }
    return true;
  }

  // 3. The edges. We break cycles ourselves, as dot would (a depth-first
  // search in request order; an edge back to a node on the stack is turned
  // round), so that a labelled edge can be split while pointing forwards:
  // tail -> label box -> head, the box making dot leave room for the label
  // between the two ranks. The first half ends at the box's centre (no
  // arrowhead, no clipping), the second starts there. A turned-round edge is
  // given to dot as head -> tail with its arrowhead at the tail end
  // ("dir=back"), and read back the right way round in import().
  bool edges() {
    const std::vector<bool> back = backEdges();
    edges_.reserve(req_.edges.size());
    for (size_t i = 0; i < req_.edges.size(); ++i) {
      const EdgeSpec& e = req_.edges[i];
      Agnode_t* t = index_.value(e.from);
      Agnode_t* h = index_.value(e.to);
      if (!t || !h) return fail("edge " + e.from + " -> " + e.to + " names an unknown node");
      const std::string n = std::to_string(i);
      Parts p;
      p.reversed = back[i];
      if (p.reversed) std::swap(t, h);  // dot sees a forward edge
      const bool split = !e.label.isEmpty() && t != h;
      if (!e.label.isEmpty() && t == h) {
        // A labelled self-loop (the mm's own "all users" mm_count): its label
        // box sits beside the node on the same rank, so dot keeps both clear
        // of everything else; import() draws the loop out to the box and back.
        p.self_loop = true;
        p.label = makeNode("l" + n, e.label);
        if (!p.label) return false;
        Agraph_t* same = agsubg(g_, cstr(("r" + n).c_str()), 1);
        if (!same || !agsubnode(same, t, 1) || !agsubnode(same, p.label, 1)) return fail("agsubg(rank=same) failed");
        if (agsafeset(same, cstr("rank"), cstr("same"), cstr("")) != 0) return fail("agsafeset(rank=same) failed");
        p.first = makeEdge(t, p.label, "e" + n, e);
        if (!p.first || !set(p.first, "constraint", "false")) return false;
      } else if (split) {
        p.label = makeNode("l" + n, e.label);
        if (!p.label) return false;
        p.first = makeEdge(t, p.label, "e" + n + "a", e);
        p.second = makeEdge(p.label, h, "e" + n + "b", e);
        if (!p.first || !p.second || !set(p.first, "headclip", "false") || !set(p.second, "tailclip", "false"))
          return false;
        // The arrowhead belongs on the half that touches the real head.
        Agedge_t* plain = p.reversed ? p.second : p.first;
        if (!set(plain, "arrowhead", "none")) return false;
        if (p.reversed && (!set(p.first, "dir", "back") || !set(p.first, "arrowhead", "none"))) return false;
      } else {
        p.first = makeEdge(t, h, "e" + n, e);
        if (!p.first) return false;
        if (p.reversed && !set(p.first, "dir", "back")) return false;
      }
      edges_.push_back(p);
    }
    return true;
  }

  // 4. Run dot. Its errors ("Layout type: "dot" not recognized" without
  // plugins) become part of the message.
  bool layout() {
    const int rc = gvLayout(gvc_, g_, "dot");
    if (rc != 0) return fail("gvLayout(dot) failed (" + QString::number(rc) + "): " + graphvizSaid());
    laid_out_ = true;
    return true;
  }

  // 5. Read the positions back, in scene coordinates.
  bool import(GraphLayout& out) {
    const boxf bb = GD_bb(g_);
    const ToScene to{bb.LL.x, bb.UR.y};
    out.bounds = QRectF(0, 0, to.length(bb.UR.x - bb.LL.x), to.length(bb.UR.y - bb.LL.y));
    for (size_t i = 0; i < nodes_.size(); ++i) {
      Agnode_t* n = nodes_[i];
      out.nodes.insert(req_.nodes[i].id, NodeBox{to(ND_coord(n)), QSizeF(ND_width(n) * kSceneUnitsPerInch,
                                                                        ND_height(n) * kSceneUnitsPerInch)});
    }
    out.edges.reserve(edges_.size());
    for (size_t i = 0; i < edges_.size(); ++i) {
      const Parts& p = edges_[i];
      const EdgeSpec& spec = req_.edges[i];
      if (p.self_loop) {
        out.edges.push_back(selfLoop(out.nodes.value(spec.from), to(ND_coord(p.label)),
                                     ND_width(p.label) * kSceneUnitsPerInch));
        continue;
      }
      // As dot saw it: from `start` (the tail, or the head if turned round).
      const QPointF start = out.nodes.value(p.reversed ? spec.to : spec.from).centre;
      Piece a, b;
      if (!piece(p.first, to, start, a)) return false;
      if (p.label && !piece(p.second, to, to(ND_coord(p.label)), b)) return false;
      Piece whole = std::move(a);
      if (p.label) {
        join(whole.points, b.points);
        whole.end_tip = b.end_tip;
      }
      if (p.reversed) {
        std::reverse(whole.points.begin(), whole.points.end());
        std::swap(whole.start_tip, whole.end_tip);
      }
      EdgePath path;
      path.points = std::move(whole.points);
      path.arrow_tip = whole.end_tip;
      path.label_centre = p.label ? to(ND_coord(p.label)) : middle(path.points);
      out.edges.push_back(std::move(path));
    }
    return true;
  }

  // 6. Release the layout, then the graph, checking both.
  bool close() {
    if (laid_out_) {
      laid_out_ = false;
      if (gvFreeLayout(gvc_, g_) != 0) return fail("gvFreeLayout failed");
    }
    Agraph_t* g = g_;
    g_ = nullptr;
    if (g && agclose(g) != 0) return fail("agclose failed");
    return true;
  }

 private:
  struct Parts {
    bool reversed = false;       // given to dot as head -> tail
    Agedge_t* first = nullptr;
    Agedge_t* second = nullptr;  // labelled edges only
    Agnode_t* label = nullptr;   // labelled edges only
    bool self_loop = false;      // `first` only ties the label box to the node
  };
  struct Piece {
    std::vector<QPointF> points;
    std::optional<QPointF> start_tip, end_tip;  // arrowheads' tips at either end
  };

  // Which edges close a cycle: depth-first from each node in request order,
  // following edges in request order (the order dot itself would use).
  std::vector<bool> backEdges() const {
    const size_t n = req_.nodes.size();
    QHash<QString, size_t> at;
    for (size_t i = 0; i < n; ++i) at.insert(req_.nodes[i].id, i);
    std::vector<std::vector<size_t>> out(n);  // edge indices by tail
    for (size_t e = 0; e < req_.edges.size(); ++e)
      if (at.contains(req_.edges[e].from) && at.contains(req_.edges[e].to)) out[at[req_.edges[e].from]].push_back(e);
    std::vector<bool> back(req_.edges.size(), false);
    enum : uint8_t { White, Grey, Black };
    std::vector<uint8_t> colour(n, White);
    std::vector<std::pair<size_t, size_t>> stack;  // (node, next out-edge)
    for (size_t root = 0; root < n; ++root) {
      if (colour[root] != White) continue;
      colour[root] = Grey;
      stack.push_back({root, 0});
      while (!stack.empty()) {
        auto& [v, k] = stack.back();
        if (k == out[v].size()) {
          colour[v] = Black;
          stack.pop_back();
          continue;
        }
        const size_t e = out[v][k++];
        const size_t w = at[req_.edges[e].to];
        if (colour[w] == Grey) back[e] = true;  // includes self-loops
        else if (colour[w] == White) {
          colour[w] = Grey;
          stack.push_back({w, 0});
        }
      }
    }
    return back;
  }

  bool fail(const QString& why) {
    if (error_.isEmpty()) error_ = why;
    return false;
  }

  QString graphvizSaid() const { return QString::fromStdString(errors_).simplified(); }

  bool declare(int kind, const char* name, const std::string& value) {
    if (!agattr(g_, kind, cstr(name), cstr(value.c_str()))) return fail(QString("agattr(%1) failed").arg(name));
    return true;
  }

  bool set(void* obj, const char* name, const std::string& value) {
    // Declared in open(), so agsafeset never creates an attribute here.
    if (agsafeset(obj, cstr(name), cstr(value.c_str()), cstr("")) != 0)
      return fail(QString("agsafeset(%1=%2) failed").arg(name, QString::fromStdString(value)));
    return true;
  }

  Agnode_t* makeNode(const std::string& name, QSizeF size) {
    Agnode_t* a = agnode(g_, cstr(name.c_str()), 1);
    if (!a) {
      fail(QString("agnode(%1) failed").arg(QString::fromStdString(name)));
      return nullptr;
    }
    if (!set(a, "width", num(inchesInWholePoints(size.width()))) ||
        !set(a, "height", num(inchesInWholePoints(size.height()))))
      return nullptr;
    return a;
  }

  Agedge_t* makeEdge(Agnode_t* t, Agnode_t* h, const std::string& name, const EdgeSpec& spec) {
    Agedge_t* e = agedge(g_, t, h, cstr(name.c_str()), 1);
    if (!e) {
      fail(QString("agedge(%1) failed").arg(QString::fromStdString(name)));
      return nullptr;
    }
    if (spec.weight != 1.0 && !set(e, "weight", num(spec.weight))) return nullptr;
    if (!spec.constraint && !set(e, "constraint", "false")) return nullptr;
    return e;
  }

  // The loop of a self-reference: out of the node's side facing its label
  // box, to the box's near edge, and back in with the arrowhead.
  static EdgePath selfLoop(const NodeBox& node, QPointF label, double label_width) {
    const double side = label.x() >= node.centre.x() ? 1 : -1;
    const double x0 = node.centre.x() + side * node.size.width() / 2;
    const double x1 = label.x() - side * label_width / 2;
    const double dy = node.size.height() / 4, reach = std::max(std::abs(x1 - x0), 12.0);
    const QPointF start(x0, node.centre.y() - dy), mid(x0 + side * reach, label.y());
    const QPointF tip(x0, node.centre.y() + dy), end(x0 + side * 9, node.centre.y() + dy);
    EdgePath path;
    path.points = {start,
                   QPointF(x0 + side * reach * 0.5, start.y() - dy),
                   QPointF(mid.x(), mid.y() - dy),
                   mid,
                   QPointF(mid.x(), mid.y() + dy),
                   QPointF(end.x() + side * reach * 0.4, end.y() + dy),
                   end};
    path.arrow_tip = tip;
    path.label_centre = label;
    return path;
  }

  // One Graphviz edge's spline as a Bézier chain running from `from_centre`'s
  // end (a safety net: with no cycles left, dot keeps edges' directions).
  bool piece(Agedge_t* e, const ToScene& to, QPointF from_centre, Piece& out) {
    const splines* spl = ED_spl(e);
    if (!spl || spl->size < 1 || !spl->list || spl->list[0].size < 4 || (spl->list[0].size - 1) % 3 != 0)
      return fail("dot gave an edge no usable spline");
    const bezier& bz = spl->list[0];
    for (int k = 0; k < bz.size; ++k) out.points.push_back(to(bz.list[k]));
    std::optional<QPointF> start_tip, end_tip;
    if (bz.sflag) start_tip = to(bz.sp);
    if (bz.eflag) end_tip = to(bz.ep);
    auto dist = [](QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); };
    if (dist(out.points.back(), from_centre) < dist(out.points.front(), from_centre)) {
      std::reverse(out.points.begin(), out.points.end());
      std::swap(start_tip, end_tip);
    }
    out.start_tip = start_tip;
    out.end_tip = end_tip;
    return true;
  }

  // Appends chain b to chain a; bridges a gap with a straight segment.
  static void join(std::vector<QPointF>& a, const std::vector<QPointF>& b) {
    if (b.empty()) return;
    const QPointF end = a.back();
    if (QLineF(end, b.front()).length() > 0.5) {
      a.push_back(end);
      a.push_back(b.front());
      a.push_back(b.front());
    }
    a.insert(a.end(), b.begin() + 1, b.end());
  }

  // The point halfway along the chain's segments.
  static QPointF middle(const std::vector<QPointF>& p) {
    const size_t segments = (p.size() - 1) / 3;
    const size_t s = segments / 2;
    if (segments % 2 == 0) return p[3 * s];
    const QPointF &p0 = p[3 * s], &p1 = p[3 * s + 1], &p2 = p[3 * s + 2], &p3 = p[3 * s + 3];
    return (p0 + 3 * p1 + 3 * p2 + p3) / 8.0;  // B(0.5)
  }

  GVC_t* gvc_;
  const LayoutRequest& req_;
  std::string errors_;     // what Graphviz reported while this layouter ran
  ErrorCapture capture_;   // declared after errors_: released before it
  Agraph_t* g_ = nullptr;
  bool laid_out_ = false;
  QHash<QString, Agnode_t*> index_;
  std::vector<Agnode_t*> nodes_;
  std::vector<Parts> edges_;
  QString error_;
};

}  // namespace

LayoutResult layoutGraph(const LayoutRequest& request) {
  QElapsedTimer timer;
  timer.start();
  Context& ctx = Context::instance();
  std::lock_guard lock(ctx.mutex());
  CNumericLocale c_locale;
  if (!c_locale.active()) return LayoutResult::failure("cannot switch to the C numeric locale");
  GVC_t* gvc = ctx.gvc();
  if (!gvc) return LayoutResult::failure("gvContext failed: Graphviz could not start");
  if (request.nodes.empty()) {
    GraphLayout empty;
    empty.milliseconds = timer.nsecsElapsed() / 1e6;
    return LayoutResult::success(std::move(empty));
  }
  GraphLayout out;
  Layouter l(gvc, request);
  if (!l.open() || !l.nodes() || !l.edges() || !l.layout() || !l.import(out) || !l.close())
    return LayoutResult::failure(l.error());
  out.milliseconds = timer.nsecsElapsed() / 1e6;
  return LayoutResult::success(std::move(out));
}

}  // namespace svmlab::layout
