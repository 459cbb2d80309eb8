#include "views/refgraph/graph_model.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <QCoreApplication>

#include "core/engine/refs.h"
#include "core/engine/violation.h"
#include "views/common/core_text.h"

namespace svmlab::refgraph {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString idOf(svm::ObjId o) { return qs(svm::to_string(o)); }
}  // namespace

QString bornWord(svm::Kind k) {
  switch (k) {
    case svm::Kind::Pasid: return QCoreApplication::translate("RefGraph", "made present");
    case svm::Kind::Notifier: return QCoreApplication::translate("RefGraph", "registered");
    default: return QCoreApplication::translate("RefGraph", "allocated");
  }
}

QString goneWord(svm::Kind k) {
  switch (k) {
    case svm::Kind::Pasid: return QCoreApplication::translate("RefGraph", "cleared");
    case svm::Kind::Notifier: return QCoreApplication::translate("RefGraph", "unregistered");
    default: return QCoreApplication::translate("RefGraph", "freed");
  }
}

GraphModel::GraphModel(std::shared_ptr<const svm::Trace> trace) : trace_(std::move(trace)) {
  const svm::Trace& t = *trace_;
  const svm::Config& cfg = *t.cfg;
  const size_t n_states = t.states.size();
  seen_.resize(n_states);
  present_.resize(n_states);

  // Nodes: every object any state lists, in order of first appearance. Keyed
  // by the core's ids while building (a QString key per object per state
  // cost more than the states themselves on a 50,000-step run), and a text is
  // translated only when the core's words for it changed.
  std::map<svm::ObjId, int> node_of;
  std::set<std::pair<int, std::string_view>> counter_seen;  // names are static literals
  struct Words {
    svm::Text title, detail;
    QString qtitle, qdetail;
  };
  std::vector<std::optional<Words>> words;
  std::vector<std::vector<svm::Ref>> refs(n_states);
  std::vector<svm::Counter> counters;
  size_t s = 0;
  for (const svm::Machine m : t.states) {
    for (svm::ObjInfo& o : svm::objects(m, cfg)) {
      auto [it, added] = node_of.try_emplace(o.id, static_cast<int>(nodes_.size()));
      const int n = it->second;
      if (added) {
        const QString id = idOf(o.id);
        node_index_.insert(id, n);
        nodes_.push_back(NodeLens{id, o.id, {}, static_cast<int>(s)});
        words.emplace_back();
      }
      std::optional<Words>& w = words[size_t(n)];
      if (!w || !(w->title == o.title)) {
        if (!w) w.emplace();
        w->qtitle = coreText(o.title);  // in the reader's language
        w->title = std::move(o.title);
      }
      if (!(w->detail == o.detail)) {
        w->qdetail = coreText(o.detail);
        w->detail = std::move(o.detail);
      }
      auto& row = seen_[s];
      if (row.size() <= size_t(n)) row.resize(n + 1);
      row[n] = Seen{o.alive, w->qtitle, w->qdetail};
    }
    svm::counters(m, counters);
    for (const svm::Counter& c : counters) {
      const auto it = node_of.find(c.obj);
      if (it == node_of.end() || !counter_seen.emplace(it->second, c.name).second) continue;
      QStringList& names = nodes_[size_t(it->second)].counters;
      if (!names.contains(qs(c.name))) names.push_back(qs(c.name));
    }
    refs[s] = svm::references(m, cfg);
    ++s;
  }
  for (auto& row : seen_) row.resize(nodes_.size());

  // Edges: every reference between listed objects, in order of first appearance.
  std::map<std::tuple<svm::ObjId, svm::ObjId, std::string>, int> edge_of;
  for (size_t st = 0; st < n_states; ++st) {
    std::vector<bool>& present = present_[st];
    for (const svm::Ref& r : refs[st]) {
      std::string label = r.label();
      if (!node_of.count(r.from) || !node_of.count(r.to)) {
        const QString d = idOf(r.from) + " -> " + idOf(r.to) + " (" + qs(label) + ")";
        if (!dangling_.contains(d)) dangling_.push_back(d);
        continue;
      }
      auto [it, added] = edge_of.try_emplace({r.from, r.to, std::move(label)}, static_cast<int>(edges_.size()));
      const int e = it->second;
      if (added)
        edges_.push_back(EdgeLens{idOf(r.from), idOf(r.to), qs(std::get<2>(it->first)), r.kind,
                                  qs(std::string(svm::counter_name(r.counter))), r.refs});
      if (present.size() <= size_t(e)) present.resize(e + 1);
      present[e] = true;
    }
  }
  for (auto& row : present_) row.resize(edges_.size());

  // The leak at the end that comes with a cycle.
  for (const svm::Violation& v : t.end) {
    if (v.kind != svm::ViolationKind::Leak) continue;
    for (svm::ObjId o : v.objects) leaked_.push_back(idOf(o));
    if (leak_cycle_.isEmpty() && !v.cycle.empty()) {
      for (svm::ObjId o : v.cycle) leak_cycle_.push_back(idOf(o));
      if (leak_cycle_.size() > 1 && leak_cycle_.front() == leak_cycle_.back()) leak_cycle_.removeLast();
      leak_text_ = v.message;
    }
  }
  computeFrames();
  seen_.clear();  // everything the view needs is in the frames now
  present_.clear();
}

void GraphModel::computeFrames() {
  const int n_states = stateCount();
  const int n_nodes = static_cast<int>(nodes_.size());
  const int n_edges = static_cast<int>(edges_.size());
  node_frames_.assign(n_states, std::vector<NodeFrame>(n_nodes));
  edge_frames_.assign(n_states, std::vector<EdgeFrame>(n_edges));
  std::vector<const Seen*> last(n_nodes, nullptr);  // as last listed while alive or after
  for (int s = 0; s < n_states; ++s) {
    for (int n = 0; n < n_nodes; ++n) {
      NodeFrame& f = node_frames_[s][n];
      const NodeLens& lens = nodes_[n];
      // The object as listed now, or as last listed (an entry that vanished).
      // Listed but never alive yet is not "freed": objects() lists a
      // notifier before it is registered and a PASID entry between
      // idr_alloc() and the entry's write; the graph shows them from then on.
      const auto& now = seen_[s][n];
      if (now && (now->alive || last[n])) last[n] = &*now;
      if (!last[n]) continue;  // unborn
      f.status = now && now->alive ? NodeStatus::Live : NodeStatus::Freed;
      f.title = last[n]->title;
      f.detail = last[n]->detail;
      if (s > 0) {
        const NodeFrame& before = node_frames_[s - 1][n];
        const svm::StepRecord& step = trace_->steps[s - 1];
        const auto has = [&](const std::vector<svm::ObjId>& v) {
          return std::find(v.begin(), v.end(), lens.obj) != v.end();
        };
        if (before.status == NodeStatus::Unborn) f.notes.push_back(bornWord(lens.obj.kind));
        if (has(step.freed) || (before.status == NodeStatus::Live && f.status == NodeStatus::Freed))
          f.notes.push_back(goneWord(lens.obj.kind));
        for (const svm::CounterChange& c : step.changes)
          if (c.obj == lens.obj)
            f.notes.push_back(QStringLiteral("%1 %2 \u2192 %3").arg(qs(c.counter)).arg(c.before).arg(c.after));
        f.changed = !f.notes.isEmpty() || before.title != f.title || before.detail != f.detail;
      }
      if (isLeakState(s)) {
        f.leaked = leaked_.contains(lens.id);
        f.leak_cycle = leak_cycle_.contains(lens.id);
        if (f.leaked)
          f.notes.push_back(f.leak_cycle ? QCoreApplication::translate("RefGraph", "leaked: in the cycle")
                                         : QCoreApplication::translate("RefGraph", "leaked"));
      }
    }
    // Edges are drawn only between nodes the graph shows (a reference can
    // name an object a step before it is listed: svm -> PASID before idr_alloc).
    for (int e = 0; e < n_edges; ++e) {
      const EdgeLens& lens = edges_[e];
      const auto shown = [&](int st) {
        return present_[st][e] && node_frames_[st][node_index_.value(lens.from)].status != NodeStatus::Unborn &&
               node_frames_[st][node_index_.value(lens.to)].status != NodeStatus::Unborn;
      };
      EdgeFrame& f = edge_frames_[s][e];
      const bool now = shown(s);
      const bool before = s > 0 && shown(s - 1);
      if (now) {
        f.status = EdgeStatus::Present;
        f.changed = s > 0 && !before;
      } else if (before) {
        f.status = EdgeStatus::Removed;
        f.changed = true;
      }
      if (now && isLeakState(s)) {
        const int k = leak_cycle_.indexOf(lens.from);
        f.leak = k >= 0 && leak_cycle_[(k + 1) % leak_cycle_.size()] == lens.to;
      }
    }
  }
}

}  // namespace svmlab::refgraph
