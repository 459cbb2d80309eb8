#include "core/explore/explorer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <new>
#include <numeric>
#include <optional>
#include <map>
#include <memory>
#include <set>
#include <utility>

#include "core/base/chunked_vector.h"
#include "core/engine/boot.h"
#include "core/engine/checker.h"
#include "core/engine/step.h"
#include "core/explore/depth_first.h"
#include "core/explore/expand.h"
#include "core/explore/resident.h"
#include "core/explore/state_graph.h"
#include "core/explore/visited.h"
#include "core/explore/worker_pool.h"

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
// only while the state is on the frontier. Six bytes, packed: 8 with the
// padding, a quarter of what a stored state costs.
#pragma pack(push, 2)
struct Node {
  int32_t parent = -1;
  int16_t tid = -1;  // the thread whose step led here
};
#pragma pack(pop)
static_assert(sizeof(Node) == 6);
// Chunks that never move: a vector's doubling held the old and the new
// array at once, at the moment the search is largest.
using Nodes = ChunkedVector<Node, size_t(1) << 16>;

// The successors one worker made in one slice, to drop a repeat on the
// spot: open addressing over a buffer kept from slice to slice (a node-based
// set allocated once per successor).
class SliceSet {
 public:
  void clear() {
    std::fill(t_.begin(), t_.end(), Hash128{});
    n_ = 0;
    zero_ = false;
  }
  // False when `h` was there already.
  bool insert(const Hash128& h) {
    if (h == Hash128{}) return !std::exchange(zero_, true);
    if ((n_ + 1) * 2 > t_.size()) grow();
    if (!place(t_, h)) return false;
    ++n_;
    return true;
  }

 private:
  static bool place(std::vector<Hash128>& t, const Hash128& h) {
    const size_t mask = t.size() - 1;
    for (size_t i = h.lo & mask;; i = (i + 1) & mask) {
      if (t[i] == h) return false;
      if (t[i] == Hash128{}) {
        t[i] = h;
        return true;
      }
    }
  }
  void grow() {
    std::vector<Hash128> bigger(std::max<size_t>(64, 2 * t_.size()));
    for (const Hash128& h : t_)
      if (!(h == Hash128{})) place(bigger, h);
    t_.swap(bigger);
  }
  std::vector<Hash128> t_;
  size_t n_ = 0;
  bool zero_ = false;
};

std::vector<int> path(const Nodes& nodes, int32_t i) {
  std::vector<int> p;
  for (; nodes[i].parent >= 0; i = nodes[i].parent) p.push_back(nodes[i].tid);
  std::reverse(p.begin(), p.end());
  return p;
}

// `wanted`: the violations (explore_key) a complete depth-first search
// found; the search stops once it has met each (ExploreOptions::shortest_schedules).
ExploreResult explore_breadth_first(const Config& cfg, const ExploreOptions& opt, BreachLatch& breach,
                                    const std::set<std::string>* wanted = nullptr) {
  const auto t0 = std::chrono::steady_clock::now();
  // Every machine of the search lives on this thread, and its parts'
  // references are counted plainly (cow.h), but while a chunk is expanded
  // on two or more: a level's states share parts across their slices.
  cow::Confined confined;
  ExploreResult res;
  Nodes nodes;
  VisitedSet seen;
  std::map<std::string, size_t> found;  // explore_key -> index in res.violations
  size_t levels_done = 0;               // every schedule of this many steps was explored

  // The schedule is a walk up the parent links, as long as the search is
  // deep: made only for a violation not met before, not for each of the
  // interleavings that meet it again.
  size_t wanted_met = 0;  // of *wanted
  auto record = [&](const Violation& v, auto&& schedule) {
    std::string key = explore_key(v, cfg);
    if (found.count(key)) return;
    if (wanted && wanted->count(key)) ++wanted_met;
    found[std::move(key)] = res.violations.size();
    res.violations.push_back({v, schedule()});
  };
  // Every violation wanted met: the rest of the level adds nothing.
  auto met_all = [&] { return wanted && wanted_met == wanted->size(); };

  // The memory ceiling holds the whole process's resident memory, measured
  // (resident.h): the same for both searches.
  MemoryCeiling ceiling(opt.max_bytes);
  auto memory_ok = [&] { return ceiling.ok(); };
  std::atomic<bool>& over = ceiling.over;
  bool out_of_memory = false;  // an allocation failed: stop as cleanly as the ceiling does
  auto cancelled = [&] { return opt.cancel && opt.cancel->cancelled(); };
  auto report = [&] {
    if (!opt.progress) return;
    ExploreProgress p;
    p.states = nodes.size();
    p.transitions = res.transitions;
    p.depth = levels_done;
    p.bytes = ceiling.peak.load(std::memory_order_relaxed);
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    opt.progress(p);
  };

  struct Open {
    int32_t id;
    std::optional<Machine> m;  // released once its successors are merged
    Learned learned;           // what its parent's expansion learned of it
  };
  // The worker threads, from the first chunk wide enough to share, to the
  // end of the search (no thread to be had, as under a memory limit: the
  // caller runs every slice). A search whose levels are all narrow (the
  // exit race: 338 of 84 states on average) starts none, and stays a
  // process of one thread, whose malloc and shared_ptr take no lock.
  std::optional<WorkerPool> pool;
  // Deques: a level of a million states grows without copying itself whole.
  std::deque<Open> level;
  bool cut = false;
  const ExpandMode mode = expand_mode(opt, cfg);
  try {
    // Room for 64 K states from the start, as depth first (depth_first.cpp):
    // a doubling maps a new table and unmaps the old. 1.5 MB, populated.
    seen.reserve(std::min<size_t>(opt.max_states, size_t(1) << 16));
    level.push_back({0, boot(cfg), {}});
    prepare_root(*level[0].m, cfg, opt, mode, res);
    nodes.push_back({});
    seen.insert(state_hash(*level[0].m, mode));
  } catch (const std::bad_alloc&) {
    out_of_memory = cut = true;
  }
  // Once at the start: a watcher hears from the search at once, not only
  // after its first chunk (which can take a minute on a big scenario).
  report();
  // A level is expanded and merged a chunk at a time, so the successors
  // waiting for the merge never outgrow a chunk's.
  constexpr size_t kChunk = 4096;
  constexpr size_t kParallelChunk = 256;

  // A chunk's buffers, kept from one chunk to the next: a block of 100 KiB
  // freed every chunk made glibc consolidate its fast bins each time, and
  // every small allocation after that took the slow path (a fifth of a
  // search went to malloc_consolidate and _int_malloc).
  std::vector<std::vector<Succ>> succs;
  std::atomic<size_t> steps{0};
  while (!level.empty() && !cut) {
    std::deque<Open> next;
    // State i's successors into the search, in frontier order: counted,
    // their violations recorded, the new ones onto the next level. False
    // when a bound refused a state.
    auto merge = [&](size_t i, std::vector<Succ>& ss) {
      const int32_t parent = level[i].id;
      if (ss.empty()) {
        ++res.terminal_states;
        for (const Violation& v : check_end(*level[i].m, cfg)) record(v, [&] { return path(nodes, parent); });
      }
      for (Succ& s : ss) {
        ++res.transitions;
        for (const Violation& v : s.violations)
          record(v, [&] {
            std::vector<int> p = path(nodes, parent);
            p.push_back(s.tid);
            return p;
          });
        if (!s.m) continue;
        // One lookup: the bounds are asked only of a state not seen before.
        const auto r = seen.insert_checked(s.hash, [&](size_t g) {
          // Doubling the visited table holds the old and the new one for
          // a moment: that much must fit under the ceiling too. Before a
          // table of the visited set doubles, hand the heap glibc keeps
          // from the wider levels back to the system (a quarter of the
          // peak on four-dma-devices), then count the new table as
          // resident already: that moment is the peak. (Small tables
          // double early and often, while the heap is small: a trim there
          // would cost more than it returns.)
          if (g > 0) {
            if (g > (size_t(1) << 20)) trim_heap();
            if (!ceiling.ok(g)) return false;
          }
          if (nodes.size() >= opt.max_states) {
            res.bound = Text(N_("stopped at --max-states %1")).arg(opt.max_states);
            return false;
          }
          return (nodes.size() & 1023) != 0 || (memory_ok() && !cancelled());
        });
        if (r == VisitedSet::Inserted::kRefused) return false;
        if (r == VisitedSet::Inserted::kSeen) continue;
        const auto id = static_cast<int32_t>(nodes.size());
        nodes.push_back({parent, s.tid});
        next.emplace_back(id, std::move(s.m), s.learned);  // one move, not two
      }
      ss.clear();  // keeps its buffer for the next state or chunk
      level[i].m.reset();
      return !met_all();
    };
    for (size_t c0 = 0; c0 < level.size() && !cut; c0 += kChunk) {
      const size_t c1 = std::min(level.size(), c0 + kChunk);
      if (!memory_ok() || cancelled()) {
        cut = true;
        break;
      }
      if (succs.size() < std::max<size_t>(c1 - c0, 2)) succs.resize(std::max<size_t>(c1 - c0, 2));
      // A narrow chunk is expanded on this thread alone: split, the second
      // core's share did not pay for waking it, for the merge it then waits
      // out, nor for counting every reference with a locked instruction
      // (exit race, breadth first: one worker 864 ns/state, two 970). Nor
      // did giving each state to the thread whose machines share its parts,
      // which alone counts their references, and moving some successors to
      // the other thread (Machine::unshare()) to even the levels out: each
      // worker then took 1.8-1.9 us a state against 0.9 alone, and the
      // merge 2.7 times as long (1,250-1,450 ns/state in all).
      const unsigned workers =
          c1 - c0 < kParallelChunk ? 1u : std::max(1u, std::min(opt.workers, static_cast<unsigned>((c1 - c0) / 16)));
      if (workers == 1) {
        // On this thread alone, each state's successors are merged as soon
        // as the next state is expanded: no lookup of the visited set
        // before the merge's own, no set of the slice's repeats, and the
        // merge's lookups asked of the cache an expansion ahead (a lookup
        // is a cache miss, as often as not). Merged in frontier order all
        // the same (exit race, 150 searches: 3.73-3.76 -> 3.44-3.55 s of CPU).
        size_t k = 0, taken = 0, waiting = c1;  // the state whose successors wait, in succs[waiting & 1]
        try {
          for (size_t i = c0; i < c1 && !cut; ++i) {
            if ((++k & 15) == 0 && !memory_ok()) break;
            if (over.load(std::memory_order_relaxed) || cancelled() || breach.found()) break;
            OwnershipBreach b;
            std::vector<Succ>& ss = succs[i & 1];
            taken += expand(*level[i].m, cfg, mode, ss, b, level[i].learned);
            if (b.found) {
              breach.report(b);
              break;
            }
            for (const Succ& x : ss) seen.prefetch(x.hash);
            if (waiting < c1) cut = !merge(waiting, succs[waiting & 1]);
            waiting = i;
          }
          if (!cut && waiting < c1 && !over.load() && !cancelled() && !breach.found()) cut = !merge(waiting, succs[waiting & 1]);
        } catch (const std::bad_alloc&) {
          out_of_memory = cut = true;
        }
        steps.fetch_add(taken, std::memory_order_relaxed);
        succs[0].clear();  // what a stop left unmerged
        succs[1].clear();
        if (over.load() || cancelled() || breach.found()) cut = true;
        if (cut) break;
        report();
        continue;
      }
      std::atomic<bool> failed{false};  // a worker's allocation failed
      auto work = [&](unsigned w) {
        // Counted here and added once a slice: an atomic both workers
        // wrote at every state would bounce between the cores.
        struct Count {
          std::atomic<size_t>& to;
          size_t n = 0;
          ~Count() { to.fetch_add(n, std::memory_order_relaxed); }
        } taken{steps};
        try {
          // A successor a sibling earlier in this slice already made is
          // dropped here too, on the thread that made it: destroying it in
          // the serial merge (which would drop it all the same, the first
          // in frontier order being kept) was over half of the merge's
          // instructions on the exit race, and a free on another thread
          // than the allocating one costs more than it saves.
          thread_local SliceSet made;
          made.clear();
          size_t k = 0;
          // A contiguous slice each: siblings, which share most of their
          // parts, stay on one core.
          const size_t n = c1 - c0, lo = c0 + n * w / workers, hi = c0 + n * (w + 1) / workers;
          // Nobody inserts into `seen` while the workers run: a successor
          // seen before this chunk is dropped here, in parallel, instead of
          // in the serial merge (which would drop it all the same), a state
          // after it was made, its lookups asked of the cache meanwhile
          // (with the merge's prefetches, four-dma-devices 7.8-8.0 -> 7.3-7.5 s).
          const auto drop_seen = [&](size_t i) {
            for (Succ& s : succs[i - c0])
              if (seen.contains(s.hash) || !made.insert(s.hash)) s.m.reset();
          };
          for (size_t i = lo; i < hi; ++i) {
            if ((++k & 15) == 0 && !memory_ok()) return;
            if (over.load(std::memory_order_relaxed) || cancelled() || breach.found()) return;
            OwnershipBreach b;
            taken.n += expand(*level[i].m, cfg, mode, succs[i - c0], b, level[i].learned);
            if (b.found) {
              breach.report(b);
              return;
            }
            for (const Succ& s : succs[i - c0]) seen.prefetch(s.hash);
            // The merge needs the parent machine only to check a terminal state.
            if (!succs[i - c0].empty()) level[i].m.reset();
            if (i > lo) drop_seen(i - 1);
          }
          if (hi > lo) drop_seen(hi - 1);
        } catch (const std::bad_alloc&) {
          failed.store(true);
          over.store(true);
        }
      };
      if (!pool) pool.emplace(opt.workers - 1);
      {
        cow::Unconfined shared;
        pool->run(workers, work);
      }
      if (failed.load()) out_of_memory = true;
      if (over.load() || cancelled() || breach.found()) {  // the chunk is not whole: its successors are dropped
        cut = true;
        break;
      }
      // Merge in frontier order: deterministic.
      try {
        // Each state's lookups asked of the cache two states ahead, and its
        // successors, which another core may have written, four ahead.
        for (size_t i = c0; i < c1 && !cut; ++i) {
          if (i + 4 < c1) __builtin_prefetch(succs[i + 4 - c0].data());
          if (i + 2 < c1)
            for (const Succ& x : succs[i + 2 - c0])
              if (x.m) seen.prefetch(x.hash);
          cut = !merge(i, succs[i - c0]);
        }
      } catch (const std::bad_alloc&) {
        out_of_memory = cut = true;
      }
      if (!cut) report();
    }
    if (cut) break;
    if (!next.empty()) ++res.depth;
    ++levels_done;
    level = std::move(next);
    report();
  }
  res.states = nodes.size();
  res.steps = steps.load();
  res.stored_bytes = seen.bytes() + nodes.capacity() * sizeof(Node);  // Node: 6 bytes, packed
  res.merge_odds = VisitedSet::merge_odds(res.states);
  res.hash_bits = VisitedSet::kBits;
  res.complete = !cut;
  res.bytes = std::max(ceiling.peak.load(), ceiling.rss.bytes());
  if (cut && met_all()) {
    res.complete = true;  // of what it was asked: every violation wanted, at its shortest
  } else if (cut) {
    explain_stop({out_of_memory, cancelled(), over.load(), ceiling.at_start, ceiling.trigger, opt.max_bytes, res.bytes}, res);
    res.bound = Text(N_("%1; every schedule of up to %2 steps explored")).arg(std::move(res.bound)).arg(levels_done);
  }
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return res;
}

}  // namespace

// The shortest schedules from the graph of a complete depth-first search
// (state_graph.h): each found as breadth first would find it, then walked
// from the booted machine, so the violation reported is the one breadth
// first would report (its objects as that schedule numbers them). False,
// and `res` as it was, if the graph does not give every violation.
bool shorten_by_graph(const Config& cfg, const ExploreOptions& o, const StateGraph& graph, ExploreResult& res) {
  const auto t0 = std::chrono::steady_clock::now();
  size_t states = 0;
  std::optional<std::vector<StateGraph::Met>> met = graph.shortest(states);
  if (!met || met->size() != res.violations.size()) return false;
  const ExpandMode mode = expand_mode(o, cfg);
  Machine root = boot(cfg);
  ExploreResult scratch;
  prepare_root(root, cfg, o, mode, scratch);
  // Replayed in the order of their schedules, each from where it parts
  // from the one before (`path`: the machines along `on`, the root first):
  // the schedules of a scenario's violations mostly share a long start.
  std::vector<size_t> order(met->size());
  std::iota(order.begin(), order.end(), size_t(0));
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return (*met)[a].schedule < (*met)[b].schedule; });
  std::vector<Machine> path{root};
  std::vector<int> on;
  std::vector<std::optional<Counterexample>> got(met->size());
  for (const size_t k : order) {
    StateGraph::Met& x = (*met)[k];
    size_t from = 0;
    while (from < on.size() && from < x.schedule.size() && on[from] == x.schedule[from]) ++from;
    if (!x.terminal && from == x.schedule.size()) --from;  // its last step's violations are wanted
    path.resize(from + 1);
    on.resize(from);
    // Step by step, the last step's violations kept, or the end's. Each
    // step alone: expand() made each successor by this same step() of its
    // parent, and its other successors, hashes and ownership checks were
    // two thirds of this replay (the exit race's schedules are 184-224
    // steps long).
    std::vector<Violation> found;
    for (size_t i = from; i < x.schedule.size(); ++i) {
      const int tid = x.schedule[i];
      if (tid < 0 || tid >= static_cast<int>(cfg.threads.size()) || !can_step(path.back(), cfg, tid)) return false;
      Machine next = path.back();
      std::vector<Violation> vs;
      StepSink sink{nullptr, &vs, false};
      sink.before = &path.back();
      step(next, cfg, tid, sink);
      if (i + 1 == x.schedule.size()) found = std::move(vs);
      path.push_back(std::move(next));
      on.push_back(tid);
    }
    if (x.terminal) found = check_end(path.back(), cfg);
    const auto v =
        std::find_if(found.begin(), found.end(), [&](const Violation& c) { return explore_key(c, cfg) == x.key; });
    if (v == found.end()) return false;
    got[k] = Counterexample{std::move(*v), std::move(x.schedule), true};
  }
  std::vector<Counterexample> out;
  for (std::optional<Counterexample>& c : got) out.push_back(std::move(*c));
  res.violations = std::move(out);
  res.shortening_states = states;
  res.shortening_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  res.shortening_complete = true;
  res.shortening_by_graph = true;
  res.seconds += res.shortening_seconds;
  return true;
}

// After a complete depth-first search that found violations: breadth first,
// until each is met, for its shortest schedule (ExploreOptions::shortest_schedules).
// After it, not beside it: both started together, the breadth-first one
// bounded at the states it needed, took 7% less time (the exit race 28.4 ->
// 26.4 ms, four-dma-devices 5.68 -> 5.32 s), not worth two searches sharing
// the cores, the memory ceiling and the progress callback.
void shorten(const Config& cfg, const ExploreOptions& opt, ExploreResult& res, const StateGraph* graph) {
  ExploreOptions o = opt;
  o.depth_first = false;
  // What broke the ownership premise depth first would break it again.
  if (!res.ownership_breach.empty()) (res.frames_breach ? o.own_frames : o.own_objects) = false;
  if (graph && shorten_by_graph(cfg, o, *graph, res)) return;
  std::set<std::string> wanted;
  for (const Counterexample& c : res.violations) wanted.insert(explore_key(c.violation, cfg));
  const double before = res.seconds;
  if (opt.progress)
    o.progress = [&](const ExploreProgress& p) {
      ExploreProgress q = p;
      q.shortening = true;
      q.seconds += before;
      opt.progress(q);
    };
  ExploreResult bf = search_owned(cfg, o, [&](const ExploreOptions& oo, BreachLatch& breach) {
    return explore_breadth_first(cfg, oo, breach, &wanted);
  });
  // Those met, in the order breadth first met them (as a breadth-first
  // search alone lists them); then any it did not get to, as depth first met them.
  std::set<std::string> met;
  std::vector<Counterexample> out;
  for (Counterexample& c : bf.violations) {
    met.insert(explore_key(c.violation, cfg));
    out.push_back(std::move(c));
  }
  for (Counterexample& c : res.violations)
    if (!met.count(explore_key(c.violation, cfg))) out.push_back(std::move(c));
  res.violations = std::move(out);
  res.shortening_states = bf.states;
  res.shortening_seconds = bf.seconds;
  res.shortening_complete = bf.complete;
  res.seconds += bf.seconds;
  res.bytes = std::max(res.bytes, bf.bytes);
}

ExploreResult explore(std::shared_ptr<const Config> cfgp, const ExploreOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  const Config& cfg = *cfgp;
  // The graph of the search kept, not of one a breach threw away.
  std::unique_ptr<StateGraph> graph;
  ExploreResult res = search_owned(cfg, opt, [&](const ExploreOptions& o, BreachLatch& breach) {
    graph.reset();
    return o.depth_first ? explore_depth_first(cfg, o, breach, o.shortest_schedules && o.shortest_by_graph ? &graph : nullptr)
                         : explore_breadth_first(cfg, o, breach);
  });
  if (opt.depth_first && opt.shortest_schedules && res.complete && !res.violations.empty())
    shorten(cfg, opt, res, graph.get());
  graph.reset();
  // Each search's own time ends before it frees its visited set, its
  // worker threads end and its graph goes: 0.4-0.5 ms of a search of the
  // exit race (12 ms) that its caller waits out all the same.
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return res;
}

ExploreResult search_owned(const Config& cfg, const ExploreOptions& opt,
                           const std::function<ExploreResult(const ExploreOptions&, BreachLatch&)>& search) {
  // A premise of the ownership reduction does not hold here: what that
  // search reduced may hide interleavings, so none of it is kept, and the
  // search starts again without what broke (frames counted as their mm's,
  // then owned objects altogether).
  ExploreOptions o = opt;
  double seconds = 0;
  size_t bytes = 0;
  Text why;  // what broke, in the user's language (not English only: the dialog translates it)
  bool frames = false, objects = false;
  for (;;) {
    BreachLatch breach;
    ExploreResult res = search(o, breach);
    seconds += res.seconds;
    bytes = std::max(bytes, res.bytes);
    if (!breach.found() || !(o.reduce && o.own_objects)) {
      res.seconds = seconds;
      res.bytes = bytes;
      res.frames_breach = frames && !objects;
      res.ownership_breach = why;
      return res;
    }
    OwnershipBreach b = breach.first();
    // Which breach two workers meet first depends on their timing (on
    // fork-shared-fd, once in 60 searches on a loaded machine, the child's
    // instead of the parent's): the one reported is the one a single worker
    // meets first, searched again until it does (breaches are rare: fork).
    if (o.workers > 1) {
      ExploreOptions one = o;
      one.workers = 1;
      one.progress = nullptr;
      BreachLatch first;
      const ExploreResult r = search(one, first);
      seconds += r.seconds;
      bytes = std::max(bytes, r.bytes);
      if (first.found()) b = first.first();
    }
    why = why.empty() ? b.describe(cfg) : txt(N_("%1; then %2"), why, b.describe(cfg));
    (b.frame && o.own_frames ? frames : objects) = true;
    (b.frame && o.own_frames ? o.own_frames : o.own_objects) = false;
  }
}

}  // namespace svm
