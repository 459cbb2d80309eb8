#include "core/report/mail.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "core/engine/function.h"
#include "core/engine/refs.h"
#include "core/engine/align.h"
#include "core/report/key_steps.h"
#include "core/report/milestone_span.h"
#include "core/report/verdict_words.h"
#include "core/report/why.h"

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
      if (!known) cols.push_back({c.obj, std::string(c.name)});
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
  // A run given the scenario's own schedule is the default run: no second
  // simulation (an export simulates once).
  if (t.schedule == opt.schedule) return {};
  // A run that followed other threads (a GUI session where someone picked
  // them) knows from its own run whether its threads are the default run's
  // (Trace::own_run): the export still simulates once. Only a trace built by
  // hand is simulated again to find out.
  if (t.own_run_known) return t.own_run ? std::string() : "--schedule " + ascii_line(format_schedule(cfg, taken, true));
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

size_t room_after(const Writer& w, size_t fixed) { return w.width() > fixed ? w.width() - fixed : 0; }

// The columns that fit in `room` columns at `each` per column; the rest go
// to `hidden`, to be named under the table.
std::vector<Column> fit_columns(std::vector<Column> cols, size_t room, size_t each, std::vector<Column>* hidden) {
  const size_t n = room / each;
  if (cols.size() > n) {
    hidden->assign(cols.begin() + static_cast<long>(n), cols.end());
    cols.resize(n);
  }
  return cols;
}

// A counter table's head: object ids over counter names over dashes, each
// cell `cell` wide, right of the row heads l1, l2, l3.
void counter_header(Writer& w, std::string l1, std::string l2, std::string l3, const std::vector<Column>& cols, size_t cell) {
  for (const Column& c : cols) {
    l1 += " " + right(to_string(c.obj), cell);
    l2 += " " + right(c.name, cell);
    l3 += " " + std::string(cell, '-');
  }
  w.line(l1);
  w.line(l2);
  w.line(l3);
}

// The counters a table had no room for, named under it.
void not_shown(Writer& w, const std::vector<Column>& hidden) {
  if (hidden.empty()) return;
  std::string names;
  for (const Column& c : hidden) names += (names.empty() ? "" : ", ") + to_string(c.obj) + " " + c.name;
  w.line();
  w.para("Not shown: " + names + " (the timeline CSV export has every counter at every step).", "  ");
}

void changes_table(Writer& w, const Trace& t, const std::vector<int>& keys) {
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
  std::vector<Column> hidden;
  const std::vector<Column> cols = fit_columns(counter_columns(t), room_after(w, fixed), kCell + 1, &hidden);

  w.line("Counters after each key step (a->b: this step changed it)");
  w.line();
  counter_header(w, std::string(fixed, ' '), " " + right("step", stepw) + " " + left("thread", threadw) + " " + left("function", fnw),
                 " " + std::string(stepw, '-') + " " + std::string(threadw, '-') + " " + std::string(fnw, '-'), cols, kCell);
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
  not_shown(w, hidden);
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


// ---------------------------------------------------------------------------
// The default parts

std::string variant_id(const Trace& t) { return ascii_line(t.cfg->variant->id); }

std::string check_command(const Trace& t) {
  const std::string sched = schedule_flag(t);
  return "svmlab check " + scenario_arg(*t.cfg) + " --variant " + variant_id(t) + (sched.empty() ? "" : " " + sched);
}

void scenario_sentence(Writer& w, const Trace& t, const Trace* other) {
  const Config& cfg = *t.cfg;
  std::string s = "Scenario " + ascii_line(cfg.scenario->id) + ", run on intel-svm " + variant_id(t) +
                  (other ? " and on " + variant_id(*other) : "") + ".";
  if (!cfg.scenario->title.empty()) {
    std::string title = ascii_line(cfg.scenario->title);
    if (title.back() != '.') title += '.';
    s += " " + title;
  }
  w.para(s);
}

// The rows of the milestone table: the booted machine, each milestone when
// its function returns (a function that spans the rest of the run, such as
// do_exit, is the end row), and the end.
struct Row {
  std::string label;
  int state = 0;
};

// "exit_mm", or "B: exit_mm" when milestones come from more than one thread
// (two processes).
std::string milestone_label(const Trace& t, const MilestoneSpan& m) {
  std::set<int> threads;
  for (const StepRecord& s : t.steps)
    if (s.milestone) threads.insert(s.thread);
  const std::string name(milestone_name(m.milestone));
  if (threads.size() < 2) return name;
  return thread_name(*t.cfg, t.steps[static_cast<size_t>(m.enter - 1)].thread) + ": " + name;
}

std::vector<Row> milestone_rows(const Trace& t) {
  std::vector<Row> rows = {{"(boot)", 0}};
  for (const MilestoneSpan& m : milestone_spans(t))
    if (!m.spans_rest) rows.push_back({milestone_label(t, m), m.end});
  rows.push_back({"(end)", static_cast<int>(t.steps.size())});
  return rows;
}

std::string value_at(const Trace& t, int state, const Column& c) {
  for (const Counter& x : counters(t.states[static_cast<size_t>(state)]))
    if (x.obj == c.obj && x.name == c.name) return std::to_string(x.value);
  return "-";
}

void milestone_table(Writer& w, const Trace& t) {
  const std::vector<Row> rows = milestone_rows(t);
  const size_t stepw = std::max<size_t>(4, std::to_string(t.steps.size()).size());
  size_t labelw = 9;
  for (const Row& r : rows) labelw = std::max(labelw, r.label.size());
  const size_t fixed = 1 + stepw + 1 + labelw;
  constexpr size_t kCell = 8;
  std::vector<Column> hidden;
  const std::vector<Column> cols = fit_columns(counter_columns(t), room_after(w, fixed), kCell + 1, &hidden);
  w.line("Counters when each milestone's function returns (-: not live)");
  w.line();
  counter_header(w, std::string(fixed, ' '), " " + right("step", stepw) + " " + left("milestone", labelw),
                 " " + std::string(stepw, '-') + " " + std::string(labelw, '-'), cols, kCell);
  for (const Row& r : rows) {
    std::string line = " " + right(std::to_string(r.state), stepw) + " " + left(r.label, labelw);
    for (const Column& c : cols) line += " " + right(value_at(t, r.state, c), kCell);
    w.line(line);
  }
  not_shown(w, hidden);
}

void verdict(Writer& w, const Trace& t, const std::string& who = {}) {
  w.line("Verdict" + (who.empty() ? std::string() : " of " + who) + ": " + verdict_summary(t));
  for (const VerdictPart& p : verdict_parts(t)) {
    w.line();
    w.para(p.sentence, "  ");
    for (const std::string& l : p.cycle_links) w.para(l, "      ");
  }
  // Why, link by link, with the steps a reader can find in the trace.
  std::set<std::string> seen;
  for (const Violation& v : t.violations()) {
    if (!seen.insert(v.key()).second) continue;
    const auto why = why_chain(v, t);
    if (why.empty()) continue;
    w.line();
    w.line("  Why the " + std::string(violation_kind_name(v.kind)) + ":");
    for (const WhyLink& l : why) {
      w.para((l.step >= 1 ? "- " : "= ") + l.says, "    ");
    }
  }
}

// Where the threads took turns before the first violation that happened at
// a step, when more than one thread took part: the runs of consecutive
// steps of one thread, from the last milestone before it. Not needed (empty)
// when one thread did everything.
void interleaving(Writer& w, const Trace& t) {
  const Config& cfg = *t.cfg;
  struct Run {
    int thread, first, last;
    FnId first_fn, last_fn;
  };
  // The turns of the threads from the step that freed what violation `v` of
  // step `bad` touches, else from the last milestone before it.
  auto turns = [&](int bad, const Violation& v, int& from) {
    const std::vector<ObjId>& objs = v.objects;
    from = 1;
    int freed = -1;
    for (const StepRecord& s : t.steps) {
      if (s.index >= bad) break;
      if (s.milestone) from = s.index;
      for (ObjId o : s.freed)
        if (std::find(objs.begin(), objs.end(), o) != objs.end()) freed = s.index;
    }
    if (freed > 0) from = freed;
    std::vector<Run> runs;
    for (int i = from; i <= bad; ++i) {
      const StepRecord& s = t.steps[static_cast<size_t>(i - 1)];
      if (s.thread >= 0 && cfg.threads[static_cast<size_t>(s.thread)].kind == ThreadKind::Iommu) continue;  // hardware queue
      if (!runs.empty() && runs.back().thread == s.thread) {
        runs.back().last = i;
        runs.back().last_fn = s.fn;
      } else {
        runs.push_back({s.thread, i, i, s.fn, s.fn});
      }
    }
    return runs;
  };
  auto thread_count = [](const std::vector<Run>& runs) {
    std::vector<int> threads;
    for (const Run& r : runs)
      if (std::find(threads.begin(), threads.end(), r.thread) == threads.end()) threads.push_back(r.thread);
    return threads.size();
  };
  // The first violation that two threads made together: one thread alone
  // (a hazard found inside the exit path, say) needs no interleaving.
  // Each candidate reads the trace up to it: the first few are enough.
  int bad = -1, from = 1, tried = 0;
  std::vector<Run> runs;
  for (const StepRecord& s : t.steps) {
    for (const Violation& v : s.violations) {
      if (++tried > 16) return;
      runs = turns(s.index, v, from);
      if (thread_count(runs) >= 2) {
        bad = s.index;
        break;
      }
    }
    if (bad >= 0) break;
  }
  if (bad < 0) return;
  constexpr size_t kMaxRuns = 12;
  w.line();
  w.line("How the threads interleave, steps " + std::to_string(from) + " to " + std::to_string(bad));
  w.line();
  size_t start = 0;
  if (runs.size() > kMaxRuns) {
    start = runs.size() - kMaxRuns;
    w.para("(" + std::to_string(start) + " earlier turns from step " + std::to_string(from) +
               " on are left out; the command below replays them all.)", "  ");
  }
  const size_t stepw = std::to_string(bad).size() * 2 + 1;
  for (size_t k = start; k < runs.size(); ++k) {
    const Run& r = runs[k];
    const std::string steps = r.first == r.last ? std::to_string(r.first) : std::to_string(r.first) + "-" + std::to_string(r.last);
    std::string what = std::string(fn_name(r.first_fn)) + "()";
    if (r.last_fn != r.first_fn) what += " .. " + std::string(fn_name(r.last_fn)) + "()";
    w.line("  " + left(thread_name(cfg, r.thread), 8) + " " + right(steps, stepw) + "  " + what);
  }
}

void reproduce(Writer& w, const std::vector<const Trace*>& runs) {
  w.line("Reproduce with SVM Lab:");
  w.line();
  for (const Trace* t : runs) {
    const auto lines = wrap_words(check_command(*t), w.width() - 6, "");
    for (size_t i = 0; i < lines.size(); ++i) w.line((i == 0 ? "  $ " : "      ") + lines[i]);
  }
}

// ---------------------------------------------------------------------------
// Two variants

struct PairRow {
  std::string label;
  int a = 0, b = 0;  // the state shown of each run
};

// Boot, each milestone when its function returns, each run at its own
// return (a milestone of one run only: the other run at the aligned
// position), the end.
std::vector<PairRow> pair_rows(const Trace& a, const Trace& b) {
  const Alignment al = align_runs(a, b);
  struct Event {
    int pos;
    PairRow row;
  };
  std::vector<Event> ev;
  const auto sa = milestone_spans(a), sb = milestone_spans(b);
  std::vector<bool> used(sb.size(), false);
  for (const MilestoneSpan& m : sa) {
    if (m.spans_rest) continue;
    int twin = -1;  // the same milestone in b, entered at the aligned position
    for (size_t k = 0; k < sb.size() && twin < 0; ++k)
      if (!used[k] && !sb[k].spans_rest && milestone_label(b, sb[k]) == milestone_label(a, m) &&
          std::abs(al.position_of_b(sb[k].enter) - al.position_of_a(m.enter)) <= 2)
        twin = static_cast<int>(k);
    // A row sits where both runs have returned, so each column only grows.
    int pos = al.position_of_a(m.end);
    if (twin >= 0) pos = std::max(pos, al.position_of_b(sb[static_cast<size_t>(twin)].end));
    const int other = twin >= 0 ? sb[static_cast<size_t>(twin)].end : al.pos[static_cast<size_t>(pos)].b;
    if (twin >= 0) used[static_cast<size_t>(twin)] = true;
    // A milestone only one run reaches here says whose it is.
    ev.push_back({pos, {milestone_label(a, m) + (twin >= 0 ? "" : " (" + variant_id(a) + ")"), m.end, other}});
  }
  for (size_t k = 0; k < sb.size(); ++k) {
    if (used[k] || sb[k].spans_rest) continue;
    const int pos = al.position_of_b(sb[k].end);
    ev.push_back({pos, {milestone_label(b, sb[k]) + " (" + variant_id(b) + ")", al.pos[static_cast<size_t>(pos)].a, sb[k].end}});
  }
  std::stable_sort(ev.begin(), ev.end(), [](const Event& x, const Event& y) { return x.pos < y.pos; });
  std::vector<PairRow> rows = {{"(boot)", 0, 0}};
  for (const Event& e : ev) rows.push_back(e.row);
  rows.push_back({"(end)", static_cast<int>(a.steps.size()), static_cast<int>(b.steps.size())});
  return rows;
}

void pair_table(Writer& w, const Trace& a, const Trace& b, std::string* first_difference) {
  const std::vector<PairRow> rows = pair_rows(a, b);
  std::vector<Column> cols = counter_columns(a);
  for (const Column& c : counter_columns(b))
    if (std::none_of(cols.begin(), cols.end(), [&](const Column& x) { return x.obj == c.obj && x.name == c.name; })) cols.push_back(c);
  size_t labelw = 9;
  for (const PairRow& r : rows) labelw = std::max(labelw, r.label.size());
  const std::string va = variant_id(a), vb = variant_id(b);
  const size_t half = std::max<size_t>(5, std::max(va.size(), vb.size()));
  const size_t cellw = 2 * half + 1;
  const size_t fixed = 1 + labelw;
  std::vector<Column> hidden;
  cols = fit_columns(cols, room_after(w, fixed), cellw + 2, &hidden);
  w.line("Counters when each milestone's function returns, " + va + " | " + vb);
  w.line("(aligned at their common milestones; a row marked (" + vb + ") is a");
  w.line("milestone of " + vb + " alone; -: not live)");
  w.line();
  std::string l1 = " " + std::string(labelw, ' '), l2 = l1, l3 = " " + left("milestone", labelw), l4 = " " + std::string(labelw, '-');
  for (const Column& c : cols) {
    l1 += "  " + right(to_string(c.obj), cellw);
    l2 += "  " + right(c.name, cellw);
    l3 += "  " + right(va, half) + " " + right(vb, half);
    l4 += "  " + std::string(half, '-') + " " + std::string(half, '-');
  }
  w.line(l1);
  w.line(l2);
  w.line(l3);
  w.line(l4);
  for (const PairRow& r : rows) {
    std::string line = " " + left(r.label, labelw);
    for (const Column& c : cols) {
      const std::string x = value_at(a, r.a, c), y = value_at(b, r.b, c);
      line += "  " + right(x, half) + " " + right(y, half);
      if (first_difference->empty() && x != y && r.label != "(end)")
        *first_difference = "The first difference in the table is at " + r.label + ": " + to_string(c.obj) + " " + c.name +
                            " is " + x + " in " + va + " and " + y + " in " + vb + ".";
    }
    w.line(line);
  }
  not_shown(w, hidden);
}

void what_the_fix_changed(Writer& w, const Trace& a, const Trace& b, const std::string& first_difference) {
  const std::string va = variant_id(a), vb = variant_id(b);
  w.line("What changed from " + va + " to " + vb);
  w.line();
  if (!first_difference.empty()) w.para(first_difference, "  ");
  const std::string sa = verdict_summary(a), sb = verdict_summary(b);
  std::string verdicts = sa == sb ? "Both runs end with the same verdict: " + sa + "."
                                  : va + " ends with " + (sa == "no violation" ? "no violation" : "a " + sa) + ", " + vb + " with " +
                                        (sb == "no violation" ? "none" : "a " + sb) + ".";
  w.para(verdicts, "  ");
  w.para(vb + ": " + ascii_line(b.cfg->variant->summary) + (ascii_line(b.cfg->variant->summary).back() == '.' ? "" : "."), "  ");
}

}  // namespace

std::string mail_text(const Trace& t, const MailOptions& o) {
  Writer w(std::clamp<size_t>(o.width, 40, 72));
  if (!t.cfg || t.states.empty()) return {};
  const Trace* other = o.compare && o.compare->cfg && !o.compare->states.empty() ? o.compare : nullptr;
  auto wants = [&](const char* s) { return std::find(o.sections.begin(), o.sections.end(), s) != o.sections.end(); };

  scenario_sentence(w, t, other);
  w.line();
  std::string first_difference;
  if (other) pair_table(w, t, *other, &first_difference);
  else milestone_table(w, t);
  w.line();
  verdict(w, t, other ? variant_id(t) : std::string());
  interleaving(w, t);
  if (other) {
    w.line();
    verdict(w, *other, variant_id(*other));
    interleaving(w, *other);
    w.line();
    what_the_fix_changed(w, t, *other, first_difference);
  }
  w.line();
  std::vector<const Trace*> runs = {&t};
  if (other) runs.push_back(other);
  reproduce(w, runs);

  const std::vector<int> keys = key_states(t);
  if (wants("changes"))
    for (const Trace* r : runs) {
      w.line();
      if (other) w.line("[" + variant_id(*r) + "]");
      changes_table(w, *r, key_states(*r));
    }
  std::vector<FnId> ladder_fns;
  if (wants("ladder"))
    for (const Trace* r : runs) {
      w.line();
      if (other) w.line("[" + variant_id(*r) + "]");
      ladder(w, *r, ladder_fns);
    }
  if (wants("functions")) {
    w.line();
    functions(w, t, keys, ladder_fns);
  }
  return w.text();
}

}  // namespace svm
