#include "core/explore/depth_first.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "core/engine/boot.h"
#include "core/engine/checker.h"
#include "core/explore/expand.h"
#include "core/explore/resident.h"
#include "core/explore/visited.h"

namespace svm {

ExploreResult explore_depth_first(const Config& cfg, const ExploreOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  ExploreResult res;
  VisitedSet seen;
  std::map<std::string, size_t> found;  // explore_key -> index in res.violations

  // A state on the path being tried: the thread whose step led to it, and
  // its successors, tried in order.
  struct Entry {
    Machine m;
    int16_t tid;
    std::vector<Succ> succ;
    size_t next = 0;
  };
  std::vector<Entry> path;
  // The schedule to the top of the path, and then `last` if it is a thread.
  auto schedule = [&](int last) {
    std::vector<int> s;
    s.reserve(path.size() + 1);
    for (size_t i = 1; i < path.size(); ++i) s.push_back(path[i].tid);
    if (last >= 0) s.push_back(last);
    return s;
  };
  auto record = [&](const Violation& v, int last) {
    std::string key = explore_key(v, cfg);
    if (found.count(key)) return;
    found[std::move(key)] = res.violations.size();
    res.violations.push_back({v, schedule(last)});
  };

  // The memory ceiling, as the breadth-first search holds it (explorer.cpp).
  const ResidentMemory rss;
  const size_t trigger = opt.max_bytes - opt.max_bytes / 16;
  trim_heap();
  const size_t at_start = rss.bytes();
  size_t peak = at_start;
  bool over = false, out_of_memory = false, cut = false;
  auto memory_ok = [&](size_t extra) {
    const size_t b = rss.bytes() + extra;
    peak = std::max(peak, b);
    if (b > trigger) over = true;
    return !over;
  };
  auto cancelled = [&] { return opt.cancel && opt.cancel->cancelled(); };
  auto report = [&] {
    if (!opt.progress) return;
    ExploreProgress p;
    p.states = seen.size();
    p.transitions = res.transitions;
    p.depth = 0;  // no length of schedule is explored completely before the end
    p.bytes = peak;
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    opt.progress(p);
  };

  // Onto the path: its successors made, a terminal state checked.
  auto enter = [&](Machine m, int16_t tid) {
    path.push_back({std::move(m), tid, {}, 0});
    Entry& e = path.back();
    expand(e.m, cfg, opt.reduce, e.succ);
    res.depth = std::max(res.depth, path.size() - 1);
    if (e.succ.empty()) {
      ++res.terminal_states;
      for (const Violation& v : check_end(e.m, cfg)) record(v, -1);
    }
  };

  try {
    Machine root = boot(cfg);
    prepare_root(root, cfg, opt, res.reductions);
    seen.insert(root.hash128());
    enter(std::move(root), -1);
  } catch (const std::bad_alloc&) {
    out_of_memory = cut = true;
  }
  report();
  try {
    while (!path.empty() && !cut) {
      Entry& top = path.back();
      if (top.next == top.succ.size()) {
        path.pop_back();
        continue;
      }
      Succ& s = top.succ[top.next++];
      ++res.transitions;
      for (const Violation& v : s.violations) record(v, s.tid);
      if (seen.contains(s.hash)) {
        s.m.reset();
        continue;
      }
      if (seen.size() >= opt.max_states) {
        res.bound = "stopped at --max-states " + std::to_string(opt.max_states);
        cut = true;
        break;
      }
      // A table of the visited set about to double counts as resident already.
      const size_t g = seen.growth_bytes(s.hash);
      if (g > (size_t(1) << 20)) trim_heap();
      if (((seen.size() & 1023) == 0 || g > 0) && (!memory_ok(g) || cancelled())) {
        cut = true;
        break;
      }
      seen.insert(s.hash);
      Machine m = std::move(*s.m);
      const int16_t tid = s.tid;
      s.m.reset();
      enter(std::move(m), tid);  // (moves the path: `top` and `s` are gone)
      if ((seen.size() & 65535) == 0) report();
    }
  } catch (const std::bad_alloc&) {
    out_of_memory = cut = true;
  }

  res.states = seen.size();
  res.stored_bytes = seen.bytes();
  res.complete = !cut;
  res.bytes = std::max(peak, rss.bytes());
  if (cut) {
    explain_stop({out_of_memory, cancelled(), over, at_start, trigger, opt.max_bytes, res.bytes}, res);
    res.bound += "; searched depth first, so no length of schedule was explored completely";
  }
  report();
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return res;
}

}  // namespace svm
