#include "core/explore/explorer.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <thread>
#include <unordered_set>

#include "core/engine/boot.h"
#include "core/engine/checker.h"
#include "core/engine/step.h"

namespace svm {

std::string explore_key(const Violation& v, const Config& cfg) {
  std::string k(violation_kind_name(v.kind));
  k += '|';
  k += v.function;
  k += '|';
  if (v.thread >= 0) k += cfg.threads[v.thread].name;
  std::set<std::string_view> kinds;
  for (ObjId o : v.objects) kinds.insert(kind_name(o.kind));
  for (auto s : kinds) (k += '|') += s;
  if (!v.cycle.empty()) k += "|cycle";
  return k;
}

namespace {

// A visited state, compacted: where it came from. The machine itself is kept
// only while the state is on the frontier.
struct Node {
  int32_t parent = -1;
  int16_t tid = -1;  // the thread whose step led here
};

struct Hash128Hasher {
  size_t operator()(const Hash128& h) const { return h.lo; }
};

struct Succ {
  Machine m;
  int16_t tid;
  std::vector<Violation> violations;
};

// The successors of one state: a single local step if there is one, else one
// per thread that can step.
std::vector<Succ> expand(const Machine& m, const Config& cfg, bool reduce) {
  std::vector<Succ> out;
  const int n = static_cast<int>(cfg.threads.size());
  for (int tid = 0; tid < n; ++tid) {
    if (!can_step(m, cfg, tid)) continue;
    Succ s{m, static_cast<int16_t>(tid), {}};
    StepSink sink{nullptr, &s.violations, false};
    step(s.m, cfg, tid, sink);
    // Hash here, on the worker: each part caches its hash, so the serial
    // merge only combines six cached values.
    (void)s.m.hash128();
    const Op* op = next_op(m, tid);
    if (reduce && !sink.shared && op && (!op->guard || op->guard_monotone)) {
      out.clear();
      out.push_back(std::move(s));
      return out;
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<int> path(const std::vector<Node>& nodes, int32_t i) {
  std::vector<int> p;
  for (; nodes[i].parent >= 0; i = nodes[i].parent) p.push_back(nodes[i].tid);
  std::reverse(p.begin(), p.end());
  return p;
}

}  // namespace

ExploreResult explore(std::shared_ptr<const Config> cfgp, const ExploreOptions& opt) {
  const Config& cfg = *cfgp;
  const auto t0 = std::chrono::steady_clock::now();
  ExploreResult res;
  std::vector<Node> nodes;
  std::unordered_set<Hash128, Hash128Hasher> seen;
  seen.reserve(std::min<size_t>(opt.max_states, 1 << 16));  // no rehash for the small scenarios
  std::map<std::string, size_t> found;  // explore_key -> index in res.violations

  auto record = [&](const Violation& v, std::vector<int> schedule) {
    const std::string key = explore_key(v, cfg);
    if (found.count(key)) return;
    found[key] = res.violations.size();
    res.violations.push_back({v, std::move(schedule)});
  };

  struct Open {
    int32_t id;
    Machine m;
  };
  std::vector<Open> level;
  level.push_back({0, boot(cfg)});
  nodes.push_back({});
  seen.insert(level[0].m.hash128());
  constexpr size_t kPerState = sizeof(Node) + sizeof(Hash128) + 24;  // node, hash, set bucket
  bool cut = false;

  while (!level.empty() && !cut) {
    // Expand the level: workers take interleaved slices of it.
    std::vector<std::vector<Succ>> succs(level.size());
    const unsigned workers = std::max(1u, std::min<unsigned>(opt.workers, static_cast<unsigned>(level.size() / 16)));
    auto work = [&](unsigned w) {
      for (size_t i = w; i < level.size(); i += workers) succs[i] = expand(level[i].m, cfg, opt.reduce);
    };
    if (workers == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
      work(0);
      for (auto& th : pool) th.join();
    }
    // Merge in frontier order: deterministic.
    std::vector<Open> next;
    size_t frontier_bytes = 0;
    for (size_t i = 0; i < level.size() && !cut; ++i) {
      const int32_t parent = level[i].id;
      if (succs[i].empty()) {
        ++res.terminal_states;
        for (const Violation& v : check_end(level[i].m, cfg)) record(v, path(nodes, parent));
        continue;
      }
      for (Succ& s : succs[i]) {
        ++res.transitions;
        if (!s.violations.empty()) {
          std::vector<int> p = path(nodes, parent);
          p.push_back(s.tid);
          for (const Violation& v : s.violations) record(v, p);
        }
        if (!seen.insert(s.m.hash128()).second) continue;
        if (nodes.size() >= opt.max_states) {
          res.bound = "stopped at --max-states " + std::to_string(opt.max_states);
          cut = true;
          break;
        }
        frontier_bytes += s.m.unshared_bytes(&level[i].m);
        res.bytes = nodes.size() * kPerState + frontier_bytes;
        if (res.bytes > opt.max_bytes) {
          res.bound = "stopped at the memory ceiling (" + std::to_string(opt.max_bytes >> 20) + " MiB)";
          cut = true;
          break;
        }
        const auto id = static_cast<int32_t>(nodes.size());
        nodes.push_back({parent, s.tid});
        next.push_back({id, std::move(s.m)});
      }
    }
    if (!next.empty()) ++res.depth;
    level = std::move(next);
  }
  res.states = nodes.size();
  res.complete = !cut;
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return res;
}

}  // namespace svm
