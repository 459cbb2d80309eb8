#pragma once
// What the reference graph shows, worked out once per trace and kept apart
// from drawing. It holds the "lens" table (STYLE item 4): one row per graph
// node naming the core object it shows and the counters it carries, and one
// row per graph edge naming the reference (from, to, the counter it holds).
// Everything the view needs at a cursor is read from these rows and the
// per-state frames below; there are no other lookups into the core.
//
// The node and edge sets are the union over every state of the trace, so one
// layout serves all steps and nothing moves while stepping.

#include <memory>
#include <optional>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "core/base/ids.h"
#include "core/engine/refs.h"
#include "core/engine/run.h"
#include "views/common/core_text.h"

namespace svmlab::refgraph {

// A node of the graph: one core object.
struct NodeLens {
  QString id;           // graph node id, "mm#1" (svm::to_string of obj)
  svm::ObjId obj;       // the object it shows
  QStringList counters; // the counters it carries ("mm_users", "mm_count"), from svm::counters()
  int first_state = 0;  // the first state it exists in
};

// An edge of the graph: one reference, identified by its ends and label (a
// task's "mm (mm_users)" and later "active_mm (mm_count)" are two edges).
struct EdgeLens {
  QString from, to;  // NodeLens ids
  QString label;     // svm::Ref::label: what holds it, and the counter
  svm::RefKind kind = svm::RefKind::Pointer;
  QString counter;   // Counted: the counter of `to` it holds ("mm_users")
  int refs = 1;      // Counted: how many units
  bool counted() const { return kind == svm::RefKind::Counted; }
};

enum class NodeStatus : uint8_t {
  Unborn,  // not allocated (registered, present) yet at this state
  Live,
  Freed,   // freed (a tombstone), unregistered, or a cleared or vanished entry
};

// What appearing and going mean for a kind: "allocated" / "freed" for most,
// "made present" / "cleared" for a PASID-table entry, "registered" /
// "unregistered" for an mmu_notifier (embedded in its intel_svm).
QString bornWord(svm::Kind k);
QString goneWord(svm::Kind k);

// A node at one state.
struct NodeFrame {
  NodeStatus status = NodeStatus::Unborn;  // Freed only after having been Live
  QString title;   // svm::ObjInfo::title
  QString detail;  // svm::ObjInfo::detail: counters and key fields
  QStringList notes;  // what happened to it at this step: "mm_users 2 → 1", bornWord, goneWord, "leaked"
  bool changed = false;     // born, freed, a counter or a field changed at this step
  bool leaked = false;      // named by a leak at the end (last state only)
  bool leak_cycle = false;  // on the leak's reference cycle (last state only)
};

enum class EdgeStatus : uint8_t {
  Absent,
  Present,
  Removed,  // present before this step, gone after it: drawn as a ghost
};

// An edge at one state.
struct EdgeFrame {
  EdgeStatus status = EdgeStatus::Absent;
  bool changed = false;  // added or removed at this step
  bool leak = false;     // between consecutive members of the leak cycle (last state only)
};

class GraphModel {
 public:
  explicit GraphModel(std::shared_ptr<const svm::Trace> trace);

  const svm::Trace& trace() const { return *trace_; }
  int stateCount() const { return static_cast<int>(trace_->states.size()); }

  // The lens table.
  const std::vector<NodeLens>& nodes() const { return nodes_; }
  const std::vector<EdgeLens>& edges() const { return edges_; }
  int nodeIndex(const QString& id) const { return node_index_.value(id, -1); }

  // The frames at a state (0 <= state < stateCount()).
  const NodeFrame& node(int state, int n) const { return node_frames_[state][n]; }
  const EdgeFrame& edge(int state, int e) const { return edge_frames_[state][e]; }

  // The leak at the end with a reference cycle, if any: the cycle's node ids
  // in order (not closed: the last refers back to the first) and the message.
  const QStringList& leakCycle() const { return leak_cycle_; }
  // In the reader's language at the time of the call.
  QString leakMessage() const { return coreText(leak_text_); }
  bool isLeakState(int state) const { return !leak_cycle_.isEmpty() && state == stateCount() - 1; }

  // References of the core that name an object the core never lists (should
  // not happen; the graph leaves them out). For diagnostics and tests.
  const QStringList& danglingReferences() const { return dangling_; }

 private:
  struct Seen {  // an object as svm::objects() listed it at a state
    bool alive = false;
    QString title, detail;
  };
  void computeFrames();

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<NodeLens> nodes_;
  std::vector<EdgeLens> edges_;
  QHash<QString, int> node_index_;
  // Per state, while building: what objects() said for each node (index into nodes_), and
  // which edges references() gave.
  std::vector<std::vector<std::optional<Seen>>> seen_;
  std::vector<std::vector<bool>> present_;
  // Per state, per node / edge: what the view draws (computeFrames()).
  std::vector<std::vector<NodeFrame>> node_frames_;
  std::vector<std::vector<EdgeFrame>> edge_frames_;
  QStringList leak_cycle_;
  svm::Text leak_text_;
  QStringList leaked_;
  QStringList dangling_;
};

}  // namespace svmlab::refgraph
