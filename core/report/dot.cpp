#include "core/report/dot.h"

#include <set>

#include "core/engine/function.h"
#include "core/engine/refs.h"

namespace svm {

std::string dot_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      continue;  // tabs, carriage returns and other controls: dropped
    } else {
      out += c;
    }
  }
  return out + "\"";
}

namespace {

const char* kind_fill(Kind k) {
  switch (k) {
    case Kind::Task: return "#dcebf7";
    case Kind::Mm: return "#c9dff0";
    case Kind::Vma: return "#c7e8df";
    case Kind::File:
    case Kind::Files: return "#f7e6c4";
    case Kind::Svm:
    case Kind::Sdev:
    case Kind::Notifier: return "#f1dde9";
    case Kind::Pasid: return "#d4ece8";
    default: return "#e6e6e6";
  }
}

}  // namespace

std::string graph_dot(const Machine& m, const Config& cfg, const std::vector<ObjId>& cycle, const std::string& title) {
  std::string out = "digraph svmlab {\n  graph [newrank=true, rankdir=TB, charset=\"UTF-8\", fontname=\"DejaVu Sans\"";
  if (!title.empty()) out += ", labelloc=t, label=" + dot_quote(title);
  out += "];\n  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n";
  out += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
  std::set<ObjId> in_cycle(cycle.begin(), cycle.end());
  std::set<ObjId> shown;
  for (const ObjInfo& o : objects(m, cfg)) {
    shown.insert(o.id);
    std::string attrs = "label=" + dot_quote(o.title.english() + "\n" + o.detail.english() + "\n" + to_string(o.id));
    attrs += ", fillcolor=\"" + std::string(o.alive ? kind_fill(o.id.kind) : "#eeeeee") + "\"";
    if (!o.alive) attrs += ", style=\"rounded,filled,dashed\", fontcolor=\"#777777\"";
    if (in_cycle.count(o.id)) attrs += ", color=\"#D55E00\", penwidth=2.5";
    out += "  " + dot_quote(to_string(o.id)) + " [" + attrs + "];\n";
  }
  for (const Ref& r : references(m, cfg)) {
    if (!shown.count(r.from) || !shown.count(r.to)) continue;
    std::string attrs = "label=" + dot_quote(r.label()) + ", svmlab_kind=\"" + std::string(ref_kind_name(r.kind)) + "\"";
    if (r.counted()) {
      attrs += ", svmlab_counter=\"" + std::string(counter_name(r.counter)) + "\"";
      if (r.refs > 1) attrs += ", svmlab_refs=" + std::to_string(r.refs);
    } else if (r.kind == RefKind::Owns) {
      attrs += ", style=bold, arrowtail=diamond, dir=both";
    } else {
      attrs += ", style=dashed";
    }
    for (size_t i = 0; i < cycle.size(); ++i)
      if (cycle[i] == r.from && cycle[(i + 1) % cycle.size()] == r.to) attrs += ", color=\"#D55E00\", penwidth=2.5";
    out += "  " + dot_quote(to_string(r.from)) + " -> " + dot_quote(to_string(r.to)) + " [" + attrs + "];\n";
  }
  return out + "}\n";
}

std::string trace_dot(const Trace& t, int state) {
  const int last = static_cast<int>(t.states.size()) - 1;
  if (state < 0 || state > last) state = last;
  std::vector<ObjId> cycle;
  if (state == last)
    for (const Violation& v : t.end)
      if (v.kind == ViolationKind::Leak && !v.cycle.empty()) {
        cycle = v.cycle;
        break;
      }
  std::string title = t.cfg->scenario->id + " (" + std::string(t.cfg->variant->id) + "), ";
  if (state == 0) {
    title += "before the first step";
  } else {
    const StepRecord& s = t.steps[static_cast<size_t>(state - 1)];
    title += "after step " + std::to_string(state) + " of " + std::to_string(last) + ": " + std::string(fn_name(s.fn)) +
             "() in " + source_of(s.fn, *t.cfg->variant);
  }
  return graph_dot(t.states[static_cast<size_t>(state)], *t.cfg, cycle, title);
}

}  // namespace svm
