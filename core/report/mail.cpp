#include "core/report/mail.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "core/engine/function.h"
#include "core/engine/refs.h"
#include "core/report/key_steps.h"

namespace svm {

// ---------------------------------------------------------------------------
// ASCII and line filling

namespace {

// Typographic characters our own texts use, spelled in ASCII.
const char* ascii_for(uint32_t cp) {
  switch (cp) {
    case 0x00A0: return " ";
    case 0x00D7: return "x";
    case 0x2010: case 0x2011: case 0x2013: return "-";
    case 0x2014: return "--";
    case 0x2018: case 0x2019: return "'";
    case 0x201C: case 0x201D: return "\"";
    case 0x2026: return "...";
    case 0x2190: return "<-";
    case 0x2192: return "->";
    case 0x2194: return "<->";
    case 0x2264: return "<=";
    case 0x2265: return ">=";
    case 0x2260: return "!=";
    default: return "?";
  }
}

}  // namespace

std::string ascii_line(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') ? ' '
             : (c < 0x20 || c == 0x7f)                                       ? '?'
                                                                             : static_cast<char>(c);
      ++i;
      continue;
    }
    // One UTF-8 sequence becomes one replacement; a broken one, one '?' per byte.
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    uint32_t cp = len == 4 ? (c & 0x07u) : len == 3 ? (c & 0x0Fu) : (c & 0x1Fu);
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    out += ok ? ascii_for(cp) : "?";
    i += ok ? len : 1;
  }
  return out;
}

std::vector<std::string> wrap_words(std::string_view text, size_t width, const std::string& indent) {
  const std::string a = ascii_line(text);
  const size_t room = width > indent.size() + 8 ? width - indent.size() : 8;
  std::vector<std::string> lines;
  std::string cur;
  size_t i = 0;
  while (i < a.size()) {
    if (a[i] == ' ') {
      ++i;
      continue;
    }
    size_t j = a.find(' ', i);
    if (j == std::string::npos) j = a.size();
    std::string word = a.substr(i, j - i);
    i = j;
    while (word.size() > room) {  // a word longer than a line: cut it
      if (!cur.empty()) lines.push_back(indent + cur);
      cur.clear();
      lines.push_back(indent + word.substr(0, room));
      word = word.substr(room);
    }
    if (cur.empty()) {
      cur = word;
    } else if (cur.size() + 1 + word.size() <= room) {
      cur += ' ' + word;
    } else {
      lines.push_back(indent + cur);
      cur = word;
    }
  }
  if (!cur.empty()) lines.push_back(indent + cur);
  return lines;
}

namespace {

// At most `w` columns: a longer text is cut and ends in '~'.
std::string fit(const std::string& s, size_t w) {
  if (s.size() <= w) return s;
  return w == 0 ? std::string() : s.substr(0, w - 1) + "~";
}
std::string left(const std::string& s, size_t w) { return fit(s, w) + std::string(w - std::min(w, s.size()), ' '); }
std::string right(const std::string& s, size_t w) {
  const std::string f = fit(s, w);
  return std::string(w - f.size(), ' ') + f;
}

class Writer {
 public:
  explicit Writer(size_t width) : width_(width) {}
  void line(std::string s = {}) { lines_.push_back(std::move(s)); }
  void para(std::string_view text, const std::string& indent = {}) {
    for (std::string& l : wrap_words(text, width_, indent)) lines_.push_back(std::move(l));
  }
  size_t width() const { return width_; }
  // The rules of the header comment, enforced once for every line.
  std::string text() const {
    std::string out;
    for (std::string l : lines_) {
      while (!l.empty() && l.back() == ' ') l.pop_back();
      if (l.rfind("From ", 0) == 0 || l.rfind('>', 0) == 0) l = ' ' + l;
      out += fit(l, width_) + '\n';
    }
    return out;
  }

 private:
  size_t width_;
  std::vector<std::string> lines_;
};

std::string thread_name(const Config& cfg, int tid) {
  return tid >= 0 && static_cast<size_t>(tid) < cfg.threads.size() ? ascii_line(cfg.threads[tid].name) : "-";
}

// The order a reviewer reads counters in: each mm's mm_users and mm_count,
// then files' f_count, then the rest.
int counter_rank(const std::string& name) {
  if (name == "mm_users" || name == "mm_count") return 0;
  if (name == "f_count") return 1;
  if (name == "users") return 2;
  return 3;
}

struct Column {
  ObjId obj;
  std::string name;
};

std::vector<Column> counter_columns(const Trace& t) {
  std::vector<Column> cols;
  for (const Machine& m : t.states)
    for (const Counter& c : counters(m)) {
      const bool known = std::any_of(cols.begin(), cols.end(), [&](const Column& x) { return x.obj == c.obj && x.name == c.name; });
      if (!known) cols.push_back({c.obj, c.name});
    }
  std::stable_sort(cols.begin(), cols.end(), [](const Column& a, const Column& b) {
    const int ra = counter_rank(a.name), rb = counter_rank(b.name);
    if (ra != rb) return ra < rb;
    if (a.obj != b.obj) return a.obj < b.obj;
    return a.name == "mm_users" && b.name != "mm_users";
  });
  return cols;
}

// What the counter table shows in a cell: "a->b" where step `state` changed
// it, the value after the step, or "-" while the object is not live.
std::string cell(const Trace& t, int state, const Column& c) {
  if (state >= 1)
    for (const CounterChange& ch : t.steps[static_cast<size_t>(state - 1)].changes)
      if (ch.obj == c.obj && ch.counter == c.name) return std::to_string(ch.before) + "->" + std::to_string(ch.after);
  for (const Counter& x : counters(t.states[static_cast<size_t>(state)]))
    if (x.obj == c.obj && x.name == c.name) return std::to_string(x.value);
  return "-";
}

std::string schedule_flag(const Trace& t) {
  // Only when the trace did not follow the scenario's own schedule (a GUI
  // session where someone picked the threads): then the mail must say which.
  const Config& cfg = *t.cfg;
  std::vector<int> taken;
  for (const StepRecord& s : t.steps) taken.push_back(s.thread);
  std::string own;
  for (const std::string& s : cfg.scenario->schedule) own += (own.empty() ? "" : ",") + s;
  RunOptions opt;
  std::string err;
  if (auto parsed = parse_schedule(cfg, own, &err)) opt.schedule = *parsed;
  opt.max_steps = t.steps.size() + 1;
  opt.keep_states = false;  // only its thread sequence is compared: no second snapshot per step
  const Trace def = simulate(t.cfg, opt);
  std::vector<int> def_taken;
  for (const StepRecord& s : def.steps) def_taken.push_back(s.thread);
  if (def_taken == taken) return {};
  return "--schedule " + ascii_line(format_schedule(cfg, taken, true));
}

std::string scenario_arg(const Config& cfg) {
  const std::string& f = cfg.scenario->file;
  if (f.empty() || f.rfind("builtin:", 0) == 0) return ascii_line(cfg.scenario->id);
  const size_t slash = f.find_last_of('/');
  return ascii_line(slash == std::string::npos ? f : f.substr(slash + 1));
}

std::string violation_head(const Violation& v, const Config& cfg) {
  std::string h = std::string(violation_kind_name(v.kind));
  if (v.step >= 0) {
    h += " at step " + std::to_string(v.step);
    if (v.thread >= 0) h += " (" + thread_name(cfg, v.thread);
    if (!v.function.empty()) h += (v.thread >= 0 ? ", in " : " (in ") + ascii_line(v.function) + "()";
    if (v.thread >= 0 || !v.function.empty()) h += ")";
  } else {
    h += " at the end";
  }
  return h + ":";
}

// ---------------------------------------------------------------------------
// The parts

void header(Writer& w, const Trace& t) {
  const Config& cfg = *t.cfg;
  const auto vs = t.violations();
  std::map<std::string, int> kinds;  // "use-after-free" -> how many
  for (const Violation& v : vs) ++kinds[std::string(violation_kind_name(v.kind))];
  std::string verdict;
  for (const auto& [k, n] : kinds) verdict += (verdict.empty() ? "" : ", ") + (n > 1 ? std::to_string(n) + " x " : "") + k;
  w.para("SVM Lab: " + cfg.scenario->id + ", intel-svm " + std::string(cfg.variant->id));
  w.para("Result: " + (vs.empty() ? std::string("no violation") : verdict), "  ");
  if (!cfg.scenario->title.empty()) w.para("\"" + cfg.scenario->title + "\"", "  ");
  w.para(std::string(cfg.variant->id) + ": " + std::string(cfg.variant->summary), "  ");
  w.line();
  std::string cmd = "svmlab check " + scenario_arg(cfg) + " --variant " + ascii_line(cfg.variant->id);
  const std::string sched = schedule_flag(t);
  w.line("Reproduce (" + std::to_string(t.steps.size()) + " steps):");
  for (std::string& l : wrap_words(cmd + (sched.empty() ? "" : " " + sched), w.width() - 2, "  ")) w.line(l);
}

void counter_table(Writer& w, const Trace& t, const std::vector<int>& keys) {
  const Config& cfg = *t.cfg;
  std::vector<int> rows = {0};
  rows.insert(rows.end(), keys.begin(), keys.end());
  const int last = static_cast<int>(t.steps.size());
  const bool end_row = rows.back() != last;
  if (end_row) rows.push_back(last);

  size_t stepw = std::max<size_t>(4, std::to_string(last).size());
  size_t threadw = 6, fnw = 8;
  for (int r : rows)
    if (r >= 1) {
      const StepRecord& s = t.steps[static_cast<size_t>(r - 1)];
      threadw = std::max(threadw, thread_name(cfg, s.thread).size());
      fnw = std::max(fnw, fn_name(s.fn).size());
    }
  threadw = std::min<size_t>(threadw, 8);
  fnw = std::min<size_t>(fnw, 22);
  const size_t fixed = 1 + stepw + 1 + threadw + 1 + fnw;
  constexpr size_t kCell = 8;
  std::vector<Column> cols = counter_columns(t);
  const size_t room = w.width() > fixed ? (w.width() - fixed) / (kCell + 1) : 0;
  std::vector<Column> hidden;
  if (cols.size() > room) {
    hidden.assign(cols.begin() + static_cast<long>(room), cols.end());
    cols.resize(room);
  }

  w.line("Counters after each key step (a->b: this step changed it)");
  w.line();
  std::string l1(fixed, ' '), l2 = " " + right("step", stepw) + " " + left("thread", threadw) + " " + left("function", fnw),
                              l3 = " " + std::string(stepw, '-') + " " + std::string(threadw, '-') + " " + std::string(fnw, '-');
  for (const Column& c : cols) {
    l1 += " " + right(to_string(c.obj), kCell);
    l2 += " " + right(c.name, kCell);
    l3 += " " + std::string(kCell, '-');
  }
  w.line(l1);
  w.line(l2);
  w.line(l3);
  for (size_t i = 0; i < rows.size(); ++i) {
    const int r = rows[i];
    std::string line = " ";
    if (r == 0) {
      line += right("0", stepw) + " " + left("-", threadw) + " " + left("(boot)", fnw);
    } else if (end_row && i + 1 == rows.size()) {
      line += right("end", stepw) + " " + left("", threadw) + " " + left("(after the last step)", fnw);
    } else {
      const StepRecord& s = t.steps[static_cast<size_t>(r - 1)];
      line += right(std::to_string(r), stepw) + " " + left(thread_name(cfg, s.thread), threadw) + " " +
              left(std::string(fn_name(s.fn)), fnw);
    }
    for (const Column& c : cols) line += " " + right(cell(t, r, c), kCell);
    w.line(line);
  }
  if (!hidden.empty()) {
    std::string names;
    for (const Column& c : hidden) names += (names.empty() ? "" : ", ") + to_string(c.obj) + " " + c.name;
    w.line();
    w.para("Not shown: " + names + " (the timeline CSV export has every counter at every step).", "  ");
  }
}

// Ladder rows: milestones, the first step of each violation, and the first
// step of each run of a thread (where the threads interleave). The IOMMU's
// queue engine is left out: it runs whenever software queues work.
void ladder(Writer& w, const Trace& t, std::vector<FnId>& named) {
  const Config& cfg = *t.cfg;
  std::map<int, std::string> rows;  // state index -> what the lane says
  std::set<std::string> seen_violation;
  int prev_thread = -2;
  for (const StepRecord& s : t.steps) {
    const bool hw = s.thread >= 0 && cfg.threads[static_cast<size_t>(s.thread)].kind == ThreadKind::Iommu;
    std::string text;
    bool bad = false;
    for (const Violation& v : s.violations) bad = seen_violation.insert(v.key()).second || bad;
    if (s.milestone || bad || (!hw && s.thread != prev_thread)) {
      const std::string fn(fn_name(s.fn));
      text = bad ? "!! " + fn : fn + "()";
      named.push_back(s.fn);
    }
    if (!hw) prev_thread = s.thread;
    if (!text.empty()) rows[s.index] = text;
  }
  std::vector<int> lanes;  // thread ids, in thread order
  for (const auto& [state, text] : rows) {
    const int tid = t.steps[static_cast<size_t>(state - 1)].thread;
    if (std::find(lanes.begin(), lanes.end(), tid) == lanes.end()) lanes.push_back(tid);
  }
  std::sort(lanes.begin(), lanes.end());
  if (lanes.empty()) return;
  const size_t stepw = std::max<size_t>(4, std::to_string(t.steps.size()).size());
  const size_t lanew = std::min<size_t>(26, (w.width() - stepw - 1) / lanes.size());
  auto lane_of = [&](int tid) { return static_cast<size_t>(std::find(lanes.begin(), lanes.end(), tid) - lanes.begin()); };

  bool any_bad = false;
  w.line("Threads over the key steps (time goes down)");
  w.line();
  std::string h = " " + right("step", stepw), u = " " + std::string(stepw, '-');
  for (int tid : lanes) {
    h += " " + left(thread_name(cfg, tid), lanew - 1);
    u += " " + std::string(std::min(lanew - 1, std::max<size_t>(3, thread_name(cfg, tid).size())), '-') +
         std::string(lanew - 1 - std::min(lanew - 1, std::max<size_t>(3, thread_name(cfg, tid).size())), ' ');
  }
  w.line(h);
  w.line(u);
  for (const auto& [state, text] : rows) {
    const size_t lane = lane_of(t.steps[static_cast<size_t>(state - 1)].thread);
    std::string line = " " + right(std::to_string(state), stepw);
    // A name one column too long for its lane loses its "()", not a letter.
    const std::string shown = text.size() > lanew - 1 && text.size() >= 2 && text.substr(text.size() - 2) == "()"
                                  ? text.substr(0, text.size() - 2)
                                  : text;
    for (size_t k = 0; k < lanes.size(); ++k) line += " " + left(k == lane ? shown : "|", lanew - 1);
    w.line(line);
    any_bad = any_bad || text.rfind("!! ", 0) == 0;
  }
  // How each thread ended.
  std::string line = " " + right("end", stepw);
  bool any = false;
  for (int tid : lanes) {
    const RunState rs = (*t.states.back().threads)[static_cast<size_t>(tid)].state;
    const char* word = rs == RunState::Done ? "(exited)" : rs == RunState::Oopsed ? "(oops)" : "|";
    any = any || rs == RunState::Done || rs == RunState::Oopsed;
    line += " " + left(word, lanew - 1);
  }
  if (any) w.line(line);
  if (any_bad) {
    w.line();
    w.para("!!: the checker reports a violation at that step (below).", "  ");
  }
}

void what_went_wrong(Writer& w, const Trace& t) {
  const Config& cfg = *t.cfg;
  const auto vs = t.violations();
  if (vs.empty()) {
    w.line("What goes wrong: nothing the checker knows of");
    w.line();
    w.para("No leak, use-after-free, refcount error, BUG, deadlock or isolation breach in this run.", "  ");
    return;
  }
  w.line("What goes wrong");
  const std::vector<Ref> refs = references(t.states.back(), cfg);
  // The same fault on the same objects at several steps is one paragraph.
  std::vector<std::vector<const Violation*>> groups;
  for (const Violation& v : vs) {
    auto same = [&](const std::vector<const Violation*>& g) { return g.front()->kind == v.kind && g.front()->objects == v.objects && v.step >= 0 && g.front()->step >= 0; };
    auto it = std::find_if(groups.begin(), groups.end(), same);
    if (it == groups.end()) groups.push_back({&v});
    else it->push_back(&v);
  }
  for (const auto& g : groups) {
    const Violation& v = *g.front();
    w.line();
    if (g.size() == 1) {
      w.para(violation_head(v, cfg), "  ");
    } else {
      std::string steps, fns;
      for (const Violation* x : g) {
        steps += (steps.empty() ? "" : ", ") + std::to_string(x->step);
        if (!x->function.empty() && fns.find(x->function + "()") == std::string::npos)
          fns += (fns.empty() ? "" : ", ") + ascii_line(x->function) + "()";
      }
      w.para(std::string(violation_kind_name(v.kind)) + " at steps " + steps + " (" + thread_name(cfg, v.thread) +
                 (fns.empty() ? "" : ", in " + fns) + "), first:",
             "  ");
    }
    w.para(v.message.english(), "    ");
    if (v.kind != ViolationKind::Leak || v.cycle.size() < 2) continue;
    w.line();
    w.para("The cycle, link by link, with the reference that makes each link:", "    ");
    size_t idw = 0;
    for (ObjId o : v.cycle) idw = std::max(idw, to_string(o).size());
    for (size_t i = 0; i < v.cycle.size(); ++i) {
      const ObjId a = v.cycle[i], b = v.cycle[(i + 1) % v.cycle.size()];
      std::string label = "?";
      for (const Ref& r : refs)
        if (r.from == a && r.to == b) {
          label = ascii_line(r.label);
          break;
        }
      const std::string head = "      " + left(to_string(a), idw) + " -> " + left(to_string(b), idw) + "  ";
      w.line(head + fit(label, w.width() - head.size()));
    }
  }
}

void functions(Writer& w, const Trace& t, const std::vector<int>& keys, const std::vector<FnId>& also) {
  std::set<FnId> fns;
  std::vector<FnId> order;
  auto add = [&](FnId f) {
    if (fns.insert(f).second) order.push_back(f);
  };
  for (int k : keys) add(t.steps[static_cast<size_t>(k - 1)].fn);
  for (FnId f : also) add(f);
  if (order.empty()) return;
  std::map<FnId, int> first;  // in the order the run first reaches them
  for (const StepRecord& s : t.steps) first.emplace(s.fn, s.index);
  std::stable_sort(order.begin(), order.end(), [&](FnId a, FnId b) { return first[a] < first[b]; });
  w.line("Where the functions above come from");
  w.line();
  size_t fw = 0;
  for (FnId f : order) fw = std::max(fw, fn_name(f).size());
  fw = std::min<size_t>(fw, 24);
  for (FnId f : order) {
    const std::string src = ascii_line(source_of(f, *t.cfg->variant));
    const std::string name = std::string(fn_name(f));
    if (2 + fw + 2 + src.size() <= w.width()) {
      w.line("  " + left(name, fw) + "  " + src);
    } else if (2 + name.size() + 2 + src.size() <= w.width()) {
      w.line("  " + name + "  " + src);
    } else {
      w.line("  " + name);
      w.line("  " + std::string(std::min<size_t>(fw, 8), ' ') + "  " + fit(src, w.width() - 12));
    }
  }
}

}  // namespace

std::string mail_text(const Trace& t, const MailOptions& o) {
  Writer w(std::max<size_t>(o.width, 40));
  if (!t.cfg || t.states.empty()) return {};
  const std::vector<int> keys = key_states(t);
  header(w, t);
  w.line();
  counter_table(w, t, keys);
  w.line();
  std::vector<FnId> ladder_fns;
  ladder(w, t, ladder_fns);
  w.line();
  what_went_wrong(w, t);
  w.line();
  functions(w, t, keys, ladder_fns);
  w.line();
  w.para("Made with SVM Lab (svmlab export --what mail). Each step is a line of the modeled source; "
         "\"modeled\" and \"hardware model\" mark what is not mainline Linux code.");
  return w.text();
}

}  // namespace svm
