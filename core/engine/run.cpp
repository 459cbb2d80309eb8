#include "core/engine/run.h"

#include <algorithm>
#include <charconv>

#include "core/engine/boot.h"
#include "core/engine/checker.h"
#include "core/engine/dangling.h"
#include "core/engine/refs.h"
#include "core/engine/step.h"

namespace svm {

std::vector<Violation> Trace::violations() const {
  std::vector<Violation> out;
  for (const StepRecord& s : steps)
    for (const Violation& v : s.violations) out.push_back(v);
  out.insert(out.end(), end.begin(), end.end());
  return out;
}

namespace {

bool same_counters(const std::vector<Counter>& a, const std::vector<Counter>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].value != b[i].value || a[i].obj != b[i].obj || a[i].name != b[i].name) return false;
  return true;
}

void sort_counters(std::vector<Counter>& v) {
  std::sort(v.begin(), v.end(), [](const Counter& a, const Counter& b) {
    return a.obj != b.obj ? a.obj < b.obj : a.name < b.name;
  });
}

// What changed from `before` to `after` (both sorted by object, then name),
// in the order the trace has always listed it: every counter now (by object and name) whose value differs or
// that is new (from 0), then every counter gone with its object (to 0; only
// a real drop).
void diff_counters(const std::vector<Counter>& before, const std::vector<Counter>& after,
                   std::vector<CounterChange>& out) {
  auto less = [](const Counter& a, const Counter& b) { return a.obj != b.obj ? a.obj < b.obj : a.name < b.name; };
  size_t i = 0;
  for (const Counter& a : after) {
    while (i < before.size() && less(before[i], a)) ++i;
    const bool found = i < before.size() && !less(a, before[i]);
    if (!found || before[i].value != a.value) out.push_back({a.obj, std::string(a.name), found ? before[i].value : 0, a.value});
  }
  size_t j = 0;
  for (const Counter& b : before) {
    while (j < after.size() && less(after[j], b)) ++j;
    const bool found = j < after.size() && !less(b, after[j]);
    if (!found && b.value != 0) out.push_back({b.obj, std::string(b.name), b.value, 0});
  }
}

// Trace::own_run, once the run stopped (tr.states.back() is its last state):
// every step was the own run's, and the own run stops here too (a simulator
// bug stops both at the same step).
void own_run_end(Trace& tr, const std::vector<int>& own, int last, bool bug) {
  tr.own_run_known = true;
  tr.own_run = false;
  if (tr.own_prefix != tr.steps.size()) return;
  if (bug) {
    tr.own_run = true;
    return;
  }
  const Config& cfg = *tr.cfg;
  const Machine& m = tr.states.back();
  const size_t i = tr.steps.size();
  const bool goes_on = i < own.size() ? can_step(m, cfg, own[i]) : default_pick(m, cfg, last) >= 0;
  tr.own_run = !goes_on;
}

// Runs tr on from `cur`, the state after tr.steps (the store already holds
// it when keep_states), to the end of the scenario or a bound.
void run_on(Trace& tr, Machine cur, const RunOptions& opt) {
  const Config& cfg = *tr.cfg;
  std::vector<Violation> seen;
  for (const StepRecord& s : tr.steps) seen.insert(seen.end(), s.violations.begin(), s.violations.end());
  int last = tr.steps.empty() ? -1 : tr.steps.back().thread;
  // The counters after the last step, in counters()' order; a step that
  // wrote the kernel or driver part compares them in that order first, and
  // sorts and diffs only when something changed (a map keyed by strings, as
  // before, cost a fifth of a traced step).
  std::vector<Counter> before, after, sorted_before, sorted_after;
  counters(cur, before);
  sorted_before = before;  // kept sorted alongside `before`: one sort per change, not two
  sort_counters(sorted_before);
  // The scenario's own run (Trace::own_run): its schedule, then the default.
  std::vector<int> own;
  if (cfg.scenario) {
    std::string text;
    for (const std::string& s : cfg.scenario->schedule) text += (text.empty() ? "" : ",") + s;
    if (auto parsed = parse_schedule(cfg, text, nullptr)) own = std::move(*parsed);
  }
  bool bug = false;
  DefaultPicker picker;
  DanglingCache dangling;  // of `cur`, which the run steps in place
  auto finish = [&] {
    if (!opt.keep_states) {  // only the newest state
      tr.states = StateStore(tr.cfg);
      tr.states.push_back(cur);
    }
    tr.states.seal(std::move(cur));
  };
  for (;;) {
    const size_t i = tr.steps.size();
    int tid;
    if (i < opt.schedule.size()) {
      tid = opt.schedule[i];
      if (!can_step(cur, cfg, tid)) {
        const Wait w = waiting(cur, cfg, tid);
        tr.schedule_error = "step " + std::to_string(i + 1) + ": " + cfg.threads[tid].name + " cannot run (" +
                            w.what + ")";
        break;
      }
    } else {
      tid = picker.pick(cur, cfg, last);
      if (tid < 0) {
        tr.complete = true;
        break;
      }
    }
    // Does the own run take this thread here too? It has taken every step
    // so far (own_prefix == i), so it is in this very state.
    if (tr.own_prefix == i) {
      bool same;
      if (i < own.size())
        same = tid == own[i];
      else if (i < opt.schedule.size())
        same = tid == picker.pick(cur, cfg, last);
      else
        same = true;  // this run picks by the default schedule too
      if (same && i < opt.max_steps) ++tr.own_prefix;
    }
    if (i >= opt.max_steps) {
      // Leaks and deadlock are facts about the end of a run: a state in the
      // middle of one has objects in flight that no end check may call leaked.
      tr.bound = Text(N_("stopped at the bound of %1 steps before the scenario ended; leaks and deadlock were not checked"))
                     .arg(opt.max_steps);
      finish();
      own_run_end(tr, own, last, false);
      return;
    }
    // Written in place: a step record is a few hundred bytes, moving it into
    // the vector was a measurable part of a traced step.
    StepRecord& rec = tr.steps.emplace_back();
    rec.index = static_cast<int>(i + 1);
    StepSink sink{&rec, &seen, false};
    sink.dangling = &dangling;
    const DefaultPicker::Progress was = DefaultPicker::progress(cur, tid);
    step(cur, cfg, tid, sink);
    picker.stepped(tid, sink.wrote, DefaultPicker::progress(cur, tid) != was);
    for (Violation& v : rec.violations) v.step = rec.index;
    // Counters live in the kernel and driver parts: a step that did not
    // write either changed none (and most steps write neither).
    if (sink.wrote_counted) {
      counters(cur, after);
      if (!same_counters(before, after)) {
        sorted_after = after;
        sort_counters(sorted_after);
        diff_counters(sorted_before, sorted_after, rec.changes);
        before.swap(after);
        sorted_before.swap(sorted_after);
      }
    }
    bug = std::any_of(rec.violations.begin(), rec.violations.end(),
                                 [](const Violation& v) { return v.kind == ViolationKind::Internal; });
    if (opt.keep_states) tr.states.push_step(cur, tid);
    last = tid;
    // A simulator bug stops the run: nothing after it is a fact about the kernel.
    if (bug) break;
  }
  finish();
  own_run_end(tr, own, last, bug);
  // A run cut short by a schedule it could not follow, or by a simulator
  // bug, did not reach its end: leaks and deadlock are not facts about it.
  if (tr.schedule_error.empty() && tr.complete) tr.end = check_end(tr.states.back(), cfg);
}

}  // namespace

Trace simulate(std::shared_ptr<const Config> cfg, const RunOptions& opt) {
  Trace tr;
  tr.cfg = cfg;
  tr.schedule = opt.schedule;
  tr.states = StateStore(cfg);
  // The run steps one machine in place; the store copies it at checkpoints
  // only, so between them a step clones no part (nothing else shares it).
  Machine cur = boot(*cfg);
  if (opt.keep_states) tr.states.push_back(cur);
  run_on(tr, std::move(cur), opt);
  return tr;
}

Trace simulate_from(const Trace& base, size_t at, const RunOptions& opt) {
  if (at > base.steps.size() || base.states.size() != base.steps.size() + 1 || !opt.keep_states)
    return simulate(base.cfg, opt);
  Trace tr;
  tr.cfg = base.cfg;
  tr.schedule = opt.schedule;
  for (size_t i = 0; i < at; ++i) tr.steps.push_back(base.steps[i]);
  tr.states = base.states.prefix(at + 1);
  tr.own_prefix = std::min(base.own_prefix, at);
  run_on(tr, tr.states.at(at), opt);
  return tr;
}

std::optional<std::vector<int>> parse_schedule(const Config& cfg, std::string_view text, std::string* error) {
  std::vector<int> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t comma = text.find(',', pos);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view item = text.substr(pos, comma - pos);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) {
      long count = 1;
      const size_t star = item.find('*');
      std::string_view name = item.substr(0, star);
      if (star != std::string_view::npos) {
        std::string_view n = item.substr(star + 1);
        auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), count);
        if (ec != std::errc{} || p != n.data() + n.size() || count < 1 || count > 1000000) {
          if (error) *error = "bad repeat count in \"" + std::string(item) + "\"";
          return std::nullopt;
        }
      }
      const int tid = cfg.find_thread(name);
      if (tid < 0) {
        if (error) *error = "no thread named \"" + std::string(name) + "\"";
        return std::nullopt;
      }
      if (out.size() + static_cast<size_t>(count) > 10000000) {
        if (error) *error = "schedule too long";
        return std::nullopt;
      }
      out.insert(out.end(), static_cast<size_t>(count), tid);
    }
    pos = comma + 1;
  }
  return out;
}

std::string format_schedule(const Config& cfg, const std::vector<int>& s, bool compact) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    while (compact && j < s.size() && s[j] == s[i]) ++j;
    if (!compact) j = i + 1;
    if (!out.empty()) out += ',';
    out += cfg.threads[s[i]].name;
    if (j - i > 1) out += '*' + std::to_string(j - i);
    i = j;
  }
  return out;
}

}  // namespace svm
