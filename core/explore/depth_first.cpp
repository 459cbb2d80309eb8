#include "core/explore/depth_first.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <new>
#include <optional>
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
  // its successors, tried in order. The first `on` entries are the path;
  // those past it are kept for their buffers (a vector of successors
  // allocated and freed for every state: four-dma-devices 12.0 -> 11.5 s).
  struct Entry {
    std::optional<Machine> m;
    int16_t tid = -1;
    std::vector<Succ> succ;
    size_t next = 0;
  };
  std::vector<Entry> path;
  size_t on = 0;
  // The schedule to the top of the path, and then `last` if it is a thread.
  auto schedule = [&](int last) {
    std::vector<int> s;
    s.reserve(on + 1);
    for (size_t i = 1; i < on; ++i) s.push_back(path[i].tid);
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

  // A state is marked seen when it is made, not when the path reaches it:
  // a state's successors are looked up together (their cache misses
  // overlap), and a successor seen before is dropped at once instead of
  // waiting on the path. Each state is still expanded once, from the first
  // place it was made. False when a bound stops the search.
  auto mark = [&](Succ& s) {
    if (seen.contains(s.hash)) {
      s.m.reset();
      return true;
    }
    if (seen.size() >= opt.max_states) {
      res.bound = "stopped at --max-states " + std::to_string(opt.max_states);
      return false;
    }
    // A table of the visited set about to double counts as resident already.
    const size_t g = seen.growth_bytes(s.hash);
    if (g > (size_t(1) << 20)) trim_heap();
    if (((seen.size() & 1023) == 0 || g > 0) && (!memory_ok(g) || cancelled())) return false;
    seen.insert(s.hash);
    if ((seen.size() & 65535) == 0) report();
    return true;
  };
  // Onto the path: its successors made and marked, a terminal state checked.
  auto enter = [&](Machine m, int16_t tid) {
    if (on == path.size()) path.emplace_back();
    Entry& e = path[on++];
    e.m = std::move(m);
    e.tid = tid;
    e.next = 0;
    expand(*e.m, cfg, opt.reduce, e.succ);
    res.depth = std::max(res.depth, on - 1);
    if (e.succ.empty()) {
      ++res.terminal_states;
      for (const Violation& v : check_end(*e.m, cfg)) record(v, -1);
    }
    for (const Succ& s : e.succ) seen.prefetch(s.hash);
    for (Succ& s : e.succ)
      if (!mark(s)) return false;
    return true;
  };

  try {
    Machine root = boot(cfg);
    prepare_root(root, cfg, opt, res.reductions);
    seen.insert(root.hash128());
    cut = !enter(std::move(root), -1);
  } catch (const std::bad_alloc&) {
    out_of_memory = cut = true;
  }
  report();
  try {
    while (on > 0 && !cut) {
      Entry& top = path[on - 1];
      if (top.next == top.succ.size()) {
        top.m.reset();
        top.succ.clear();
        --on;
        continue;
      }
      Succ& s = top.succ[top.next++];
      ++res.transitions;
      for (const Violation& v : s.violations) record(v, s.tid);
      if (!s.m) continue;  // seen before it was made
      Machine m = std::move(*s.m);
      const int16_t tid = s.tid;
      s.m.reset();
      if (!enter(std::move(m), tid)) cut = true;  // (moves the path: `top` and `s` are gone)
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
