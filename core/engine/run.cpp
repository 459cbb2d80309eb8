#include "core/engine/run.h"

#include <algorithm>
#include <charconv>
#include <map>

#include "core/engine/boot.h"
#include "core/engine/checker.h"
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

std::map<std::pair<ObjId, std::string>, int64_t> counter_map(const Machine& m) {
  std::map<std::pair<ObjId, std::string>, int64_t> out;
  for (const Counter& c : counters(m)) out[{c.obj, c.name}] = c.value;
  return out;
}

}  // namespace

Trace simulate(std::shared_ptr<const Config> cfg, const RunOptions& opt) {
  Trace tr;
  tr.cfg = cfg;
  tr.states.push_back(boot(*cfg));
  std::vector<Violation> seen;
  int last = -1;
  auto before = counter_map(tr.states.back());
  for (;;) {
    const Machine& cur = tr.states.back();
    const size_t i = tr.steps.size();
    int tid;
    if (i < opt.schedule.size()) {
      tid = opt.schedule[i];
      if (!can_step(cur, *cfg, tid)) {
        const Wait w = waiting(cur, *cfg, tid);
        tr.schedule_error = "step " + std::to_string(i + 1) + ": " + cfg->threads[tid].name + " cannot run (" +
                            w.what + ")";
        break;
      }
    } else {
      tid = default_pick(cur, *cfg, last);
      if (tid < 0) {
        tr.complete = true;
        break;
      }
    }
    if (i >= opt.max_steps) {
      // Leaks and deadlock are facts about the end of a run: a state in the
      // middle of one has objects in flight that no end check may call leaked.
      tr.bound = "stopped at the bound of " + std::to_string(opt.max_steps) +
                 " steps before the scenario ended; leaks and deadlock were not checked";
      return tr;
    }
    Machine next = cur;
    StepRecord rec;
    rec.index = static_cast<int>(i + 1);
    StepSink sink{&rec, &seen, false};
    step(next, *cfg, tid, sink);
    for (Violation& v : rec.violations) v.step = rec.index;
    // Counters live in the kernel and driver parts: a step that wrote neither
    // changed none (and most steps write neither).
    if (!next.k.shares(cur.k) || !next.drv.shares(cur.drv)) {
      auto after = counter_map(next);
      for (const auto& [key, val] : after) {
        auto it = before.find(key);
        if (it == before.end() || it->second != val)
          rec.changes.push_back({key.first, key.second, it == before.end() ? 0 : it->second, val});
      }
      for (const auto& [key, val] : before)  // freed: its counters leave with it (report only a real drop)
        if (!after.count(key) && val != 0) rec.changes.push_back({key.first, key.second, val, 0});
      before = std::move(after);
    }
    const bool bug = std::any_of(rec.violations.begin(), rec.violations.end(),
                                 [](const Violation& v) { return v.kind == ViolationKind::Internal; });
    tr.steps.push_back(std::move(rec));
    if (opt.keep_states)
      tr.states.push_back(std::move(next));
    else
      tr.states.back() = std::move(next);
    last = tid;
    // A simulator bug stops the run: nothing after it is a fact about the kernel.
    if (bug) break;
  }
  // A run cut short by a schedule it could not follow, or by a simulator
  // bug, did not reach its end: leaks and deadlock are not facts about it.
  if (tr.schedule_error.empty() && tr.complete) tr.end = check_end(tr.states.back(), *cfg);
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
