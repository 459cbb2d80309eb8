#include "core/report/trace_format.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/engine/function.h"
#include "core/engine/refs.h"
#include "core/report/wrap.h"

namespace svm {

std::string changes_text(const StepRecord& s) {
  std::string out;
  for (const CounterChange& c : s.changes) {
    if (!out.empty()) out += ", ";
    out += to_string(c.obj) + " " + c.counter + " " + std::to_string(c.before) + "->" + std::to_string(c.after);
  }
  return out;
}

namespace {

std::string thread_name(const Config& cfg, int tid) { return tid >= 0 ? cfg.threads[tid].name : "-"; }

std::string step_line(const StepRecord& s) {
  if (s.kind == StepKind::Enter) return std::string(fn_name(s.fn)) + "() {";
  return std::string(s.text);
}

}  // namespace

std::string trace_text(const Trace& t) {
  const Config& cfg = *t.cfg;
  std::string out;
  char buf[64];
  for (const StepRecord& s : t.steps) {
    std::snprintf(buf, sizeof buf, "%5d %-8s ", s.index, thread_name(cfg, s.thread).c_str());
    out += buf;
    out += std::string(static_cast<size_t>(s.depth) * 2, ' ');
    out += step_line(s);
    const std::string ch = changes_text(s);
    if (!ch.empty()) out += "   [" + ch + "]";
    if (s.milestone) out += "   <" + std::string(milestone_name(*s.milestone)) + ">";
    out += '\n';
    for (const Violation& v : s.violations) out += "      !! " + std::string(violation_kind_name(v.kind)) + ": " + v.message.english() + '\n';
  }
  for (const Violation& v : t.end) out += "  END !! " + std::string(violation_kind_name(v.kind)) + ": " + v.message.english() + '\n';
  if (!t.schedule_error.empty()) out += "  schedule: " + t.schedule_error + '\n';
  return out;
}

namespace {

// A source line's own comments, taken out: "file = f();  /* f_count = 1 */"
// is the code "file = f();" and the comment "f_count = 1".
void split_comments(const std::string& text, std::string* code, std::vector<std::string>* comments) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find("/*", i);
    if (open == std::string::npos) {
      *code += text.substr(i);
      break;
    }
    *code += text.substr(i, open - i);
    const size_t close = text.find("*/", open + 2);
    const size_t stop = close == std::string::npos ? text.size() : close;
    std::string c = text.substr(open + 2, stop - open - 2);
    while (!c.empty() && c.front() == ' ') c.erase(c.begin());
    while (!c.empty() && c.back() == ' ') c.pop_back();
    if (!c.empty()) comments->push_back(c);
    i = close == std::string::npos ? text.size() : close + 2;
  }
  while (!code->empty() && code->back() == ' ') code->pop_back();
}

// "/* text */" on one line of at most `width` columns after `lead`: a text
// too long is cut and ends in "...".
std::string comment_line(const std::string& lead, std::string text, size_t width) {
  for (size_t p; (p = text.find("*/")) != std::string::npos;) text.replace(p, 2, "* /");
  constexpr size_t kFrame = 6;   // "/* " and " */"
  constexpr size_t kLeast = 12;  // deep frames still say something
  const size_t room = std::max(kLeast, width > lead.size() + kFrame ? width - lead.size() - kFrame : 0);
  if (text.size() > room) text = text.substr(0, room - 3) + "...";
  return lead + "/* " + text + " */\n";
}

}  // namespace

std::string trace_ftrace(const Trace& t, const FtraceOptions& o) {
  const Config& cfg = *t.cfg;
  std::string out = "# tracer: function_graph\n#\n# CPU  TASK/PID       STEP    FUNCTION CALLS\n# |     |    |         |       |   |   |   |\n";
  std::map<int, std::vector<FnId>> open;  // per thread: the functions entered and not yet closed
  char head[64];
  auto prefix = [&](int tid, int step) {
    std::snprintf(head, sizeof head, " %d)  %-10.10s  %6d  |  ", tid, thread_name(cfg, tid).c_str(), step);
    return std::string(head);
  };
  for (const StepRecord& s : t.steps) {
    auto& stack = open[s.thread];
    // Close what the thread has returned from since its last step.
    const size_t keep = s.kind == StepKind::Enter ? s.stack.size() - 1 : s.stack.size();
    size_t common = 0;
    while (common < stack.size() && common < keep && stack[common] == s.stack[common]) ++common;
    while (stack.size() > common) {
      out += prefix(s.thread, s.index) + std::string((stack.size() - 1) * 2, ' ') + "}\n";
      stack.pop_back();
    }
    while (stack.size() < keep) {  // frames entered before the trace began (thread bodies)
      out += prefix(s.thread, s.index) + std::string(stack.size() * 2, ' ') + std::string(fn_name(s.stack[stack.size()])) + "() {\n";
      stack.push_back(s.stack[stack.size()]);
    }
    const std::string lead = prefix(s.thread, s.index) + std::string(stack.size() * 2, ' ');
    if (s.kind == StepKind::Enter) {
      out += lead + std::string(fn_name(s.fn)) + "() {\n";
      stack.push_back(s.fn);
      continue;
    }
    // One comment per line, as function_graph prints trace_printk(): the
    // source line, each of its own comments, then the counters it changed.
    std::string code;
    std::vector<std::string> comments;
    split_comments(std::string(s.text), &code, &comments);
    if (!code.empty()) out += comment_line(lead, code, o.width);
    for (const std::string& c : comments) out += comment_line(lead, c, o.width);
    const std::string ch = changes_text(s);
    if (!ch.empty()) out += comment_line(lead, ch, o.width);
    if (code.empty() && comments.empty() && ch.empty()) out += comment_line(lead, std::string(fn_name(s.fn)), o.width);
  }
  for (auto& [tid, stack] : open)
    while (!stack.empty()) {
      stack.pop_back();
      out += prefix(tid, static_cast<int>(t.steps.size())) + std::string(stack.size() * 2, ' ') + "}\n";
    }
  return out;
}

nlohmann::ordered_json violation_json(const Violation& v, const Config& cfg) {
  nlohmann::ordered_json j;
  j["kind"] = violation_kind_name(v.kind);
  j["objects"] = nlohmann::ordered_json::array();
  for (ObjId o : v.objects) j["objects"].push_back(to_string(o));
  j["message"] = v.message.english();
  if (v.kind == ViolationKind::Leak) {
    j["cycle"] = nlohmann::ordered_json::array();
    for (ObjId o : v.cycle) j["cycle"].push_back(to_string(o));
  }
  if (v.step >= 0) j["step"] = v.step;
  if (v.thread >= 0) j["thread"] = cfg.threads[v.thread].name;
  if (!v.function.empty()) j["function"] = v.function;
  return j;
}

nlohmann::ordered_json trace_json(const Trace& t) {
  const Config& cfg = *t.cfg;
  nlohmann::ordered_json j;
  j["scenario"] = cfg.scenario->id;
  j["variant"] = cfg.variant->id;
  j["steps"] = nlohmann::ordered_json::array();
  for (const StepRecord& s : t.steps) {
    nlohmann::ordered_json x;
    x["index"] = s.index;
    x["thread"] = thread_name(cfg, s.thread);
    x["function"] = fn_name(s.fn);
    x["source"] = source_of(s.fn, *cfg.variant);
    x["depth"] = s.depth;
    x["kind"] = s.kind == StepKind::Enter ? "enter" : "op";
    x["text"] = s.text;
    if (!s.note.empty()) x["note"] = s.note.english();
    if (s.milestone) x["milestone"] = milestone_name(*s.milestone);
    nlohmann::ordered_json counters_j = nlohmann::ordered_json::object();
    for (const Counter& c : counters(t.states[static_cast<size_t>(s.index)])) counters_j[to_string(c.obj)][c.name] = c.value;
    x["counters"] = counters_j;
    if (!s.changes.empty()) {
      x["changed"] = nlohmann::ordered_json::array();
      for (const CounterChange& c : s.changes)
        x["changed"].push_back({{"object", to_string(c.obj)}, {"counter", c.counter}, {"before", c.before}, {"after", c.after}});
    }
    if (!s.violations.empty()) {
      x["violations"] = nlohmann::ordered_json::array();
      for (const Violation& v : s.violations) x["violations"].push_back(violation_json(v, cfg));
    }
    j["steps"].push_back(x);
  }
  nlohmann::ordered_json fin;
  fin["live_objects"] = nlohmann::ordered_json::array();
  for (const ObjInfo& o : objects(t.states.back(), cfg))
    if (o.alive && o.id.kind != Kind::Device && o.id.kind != Kind::Pasid) fin["live_objects"].push_back(to_string(o.id));
  fin["violations"] = nlohmann::ordered_json::array();
  for (const Violation& v : t.violations()) fin["violations"].push_back(violation_json(v, cfg));
  fin["complete"] = t.complete;
  if (!t.schedule_error.empty()) fin["schedule_error"] = t.schedule_error;
  j["final"] = fin;
  return j;
}

std::string message_after_kind(const Violation& v) {
  std::string m = v.message.english();
  const std::string prefix = std::string(violation_kind_name(v.kind)) + ": ";
  if (m.rfind(prefix, 0) == 0) m.erase(0, prefix.size());
  return m;
}

std::string violations_text(const std::vector<Violation>& vs, const Config& cfg, size_t width) {
  if (vs.empty()) return "no violations\n";
  std::string out;
  for (const Violation& v : vs) {
    std::string line(violation_kind_name(v.kind));
    if (v.step >= 0) line += " at step " + std::to_string(v.step);
    if (v.thread >= 0) line += " (" + cfg.threads[v.thread].name + ")";
    line += ": " + message_after_kind(v);
    out += width ? wrap_hanging(line, width) : line + "\n";
  }
  return out;
}

}  // namespace svm
