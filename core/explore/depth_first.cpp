#include "core/explore/depth_first.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/engine/boot.h"
#include "core/engine/checker.h"
#include "core/explore/expand.h"
#include "core/explore/resident.h"
#include "core/explore/state_graph.h"
#include "core/explore/visited.h"
#include "core/explore/worker_pool.h"

namespace svm {

namespace {

// A state handed from one worker to another, with the schedule that
// reaches it (its last step included).
struct Work {
  Machine m;
  std::vector<int> schedule;
  uint32_t id = 0;  // its place among the states (Search::place())
};

// What the workers share: the visited set, the bounds, the violations found,
// and the pool of work handed over.
class Search {
 public:
  Search(const Config& cfg, const ExploreOptions& opt, ExploreResult& res, BreachLatch& breach, bool want_graph)
      : cfg(cfg), opt(opt), res(res), breach(breach), seen(graphable(want_graph), std::max(1u, opt.workers)) {
    if (graphable(want_graph)) graph = std::make_unique<StateGraph>(opt.max_states, std::max(1u, opt.workers));
  }
  // Not where processes are interchangeable (state_graph.h), nor with more
  // threads than a step's byte names or workers than a state's entry does.
  bool graphable(bool want) const {
    return want && !mode.symmetry && cfg.threads.size() < StateGraph::kThreads && opt.workers < StateGraph::kWorkers;
  }

  const Config& cfg;
  const ExploreOptions& opt;
  ExploreResult& res;
  BreachLatch& breach;
  const ExpandMode mode = expand_mode(opt, cfg);
  VisitedSet seen;
  // The states and steps, as numbers, for the shortest schedules (state_graph.h).
  std::unique_ptr<StateGraph> graph;
  // Recording stopped: the graph passed a quarter of the memory ceiling.
  std::atomic<bool> graph_dropped{false};
  std::atomic<size_t> transitions{0}, steps{0}, terminal{0}, depth{0};  // added to now and then (Worker::flush())
  // Places among the states (--max-states) handed out so far (place()).
  alignas(64) std::atomic<size_t> admitted{0};
  // The places each worker took and has yet to use, each on a line of its
  // own: the next one's number and how many are left, in one word (a place
  // taken is one compare-and-swap, by its worker or by another).
  struct alignas(64) Places {
    std::atomic<uint64_t> span{0};  // next << 24 | left
  };
  std::vector<Places> places = std::vector<Places>(std::max(1u, opt.workers));
  static bool take_from(Places& p, uint32_t& id) {
    for (uint64_t x = p.span.load(std::memory_order_relaxed); (x & 0xffffff) > 0;)
      if (p.span.compare_exchange_weak(x, (((x >> 24) + 1) << 24) | ((x & 0xffffff) - 1), std::memory_order_relaxed)) {
        id = static_cast<uint32_t>(x >> 24);
        return true;
      }
    return false;
  }
  // A place for a new state, for worker w, and its number (`id`): false when
  // all max_states are taken. The shared count moved between the cores at
  // every new state, so a worker takes 256 places at a time while plenty
  // are left, and once none are, one that another worker took and has not
  // used yet: the bound still holds exactly, whichever worker reaches it.
  bool place(unsigned w, uint32_t& id) {
    if (take_from(places[w], id)) return true;
    size_t n = admitted.load(std::memory_order_relaxed), take = 1;
    do {
      if (n >= opt.max_states) {
        for (Places& p : places)
          if (take_from(p, id)) return true;
        max_states_hit.store(true, std::memory_order_relaxed);
        return false;
      }
      take = opt.max_states - n > kPlaces * 4 * places.size() ? kPlaces : 1;
    } while (!admitted.compare_exchange_weak(n, n + take, std::memory_order_relaxed));
    id = static_cast<uint32_t>(n);
    // (none were left: nobody adds to another's)
    places[w].span.store(uint64_t(n + 1) << 24 | (take - 1), std::memory_order_relaxed);
    return true;
  }
  static constexpr size_t kPlaces = 256;
  alignas(64) std::atomic<bool> cut{false};
  std::atomic<bool> out_of_memory{false}, max_states_hit{false};

  MemoryCeiling ceiling{opt.max_bytes};  // as the breadth-first search holds it (resident.h)
  bool cancelled() const { return opt.cancel && opt.cancel->cancelled(); }
  void stop() { cut.store(true, std::memory_order_relaxed); }
  bool stopped() const { return cut.load(std::memory_order_relaxed); }

  // Of each distinct violation, the shortest schedule any worker met it on:
  // which worker meets it first depends on timing, the shortest less so.
  void record(const Violation& v, size_t length, auto&& schedule) {
    std::string key = explore_key(v, cfg);
    std::lock_guard<std::mutex> g(found_mu_);
    const auto it = found_.find(key);
    if (it == found_.end()) {
      found_.emplace(std::move(key), res.violations.size());
      res.violations.push_back({v, schedule()});
    } else if (length < res.violations[it->second].schedule.size()) {
      res.violations[it->second] = {v, schedule()};
    }
  }

  // The pool: a worker with nothing to do waits here; one that has untried
  // branches hands some over when it sees somebody waiting (hungry()).
  bool hungry() const {
    return waiting_.load(std::memory_order_relaxed) > 0 && pooled_.load(std::memory_order_relaxed) == 0;
  }
  void give(std::vector<Work>& w) {
    if (w.empty()) return;
    std::lock_guard<std::mutex> g(pool_mu_);
    for (Work& x : w) pool_.push_back(std::move(x));
    pooled_.store(pool_.size(), std::memory_order_relaxed);
    w.clear();
    wake_.notify_all();
  }
  // Work for a worker that has none: false once the search is over (every
  // worker waiting with the pool empty, or a bound reached).
  bool take(Work& out, bool first) {
    std::unique_lock<std::mutex> g(pool_mu_);
    if (first) {
      if (finished_) return false;  // started after the others had finished
      ++workers_;
    }
    ++waiting_;
    bool spun = false;
    while (pool_.empty() && !finished_ && !stopped()) {
      if (waiting_.load() == workers_) {
        finished_ = true;
        over_ = true;
        wake_.notify_all();
        break;
      }
      // Awake for a while first: the worker still searching hands work over
      // at its next state (hungry()), and waking from the condition
      // variable took tens of microseconds more, 80 times a search on the
      // exit race.
      if (!spun) {
        spun = true;
        g.unlock();
        spin_until([&] {
          return pooled_.load(std::memory_order_relaxed) > 0 || stopped() || over_.load(std::memory_order_relaxed);
        });
        g.lock();
        continue;
      }
      wake_.wait(g);
    }
    --waiting_;
    if (finished_ || stopped() || pool_.empty()) {
      finished_ = true;
      over_ = true;
      wake_.notify_all();
      return false;
    }
    out = std::move(pool_.back());
    pool_.pop_back();
    pooled_.store(pool_.size(), std::memory_order_relaxed);
    return true;
  }
  // A bound reached: wake the waiting workers so they see it.
  void halt() {
    stop();
    std::lock_guard<std::mutex> g(pool_mu_);
    wake_.notify_all();
  }

 private:
  std::mutex found_mu_;
  std::map<std::string, size_t> found_;  // explore_key -> index in res.violations
  std::mutex pool_mu_;
  std::condition_variable wake_;
  std::vector<Work> pool_;
  std::atomic<size_t> pooled_{0};
  std::atomic<unsigned> waiting_{0};
  unsigned workers_ = 1;  // the one holding the booted machine counts from the start
  bool finished_ = false;
  std::atomic<bool> over_{false};  // finished_, read unlocked while spinning
};

// One worker's depth-first search, from the states it is given.
class Worker {
 public:
  Worker(Search& s, unsigned w) : s_(s), w_(w) {}
  std::function<void()> report;  // the first worker's: it runs on the caller's thread

  // From `w` until its subtree is done or the search stops.
  void run(Work w) {
    prefix_ = std::move(w.schedule);
    on_ = 0;
    root_ = std::move(w.m);
    if (!enter(&root_, -1, {}, w.id)) return stop();
    while (on_ > 0 && !s_.stopped()) {
      if (s_.hungry()) hand_over();
      Entry& top = path_[on_ - 1];
      if (top.next == top.succ.size()) {
        top.drop();
        top.succ.clear();
        --on_;
        continue;
      }
      const uint32_t id = top.ids[top.next];
      Succ& x = top.succ[top.next++];
      if (!take(x, on_)) continue;  // seen before it was made
      if (!enter(&x.m, x.tid, x.learned, id)) return stop();  // (moves the path: `top` is gone; `x` stays)
    }
    flush();
    // Stopped: what is left on the path is dropped here, on this thread,
    // deepest first (a state's machine is in its parent's successors).
    for (size_t i = on_; i-- > 0;) {
      path_[i].drop();
      path_[i].succ.clear();
    }
    on_ = 0;
  }

 private:
  // A state on the path being tried and its successors, tried in order. The
  // first `on_` entries are the path; those past it are kept for their
  // buffers (a vector of successors allocated and freed for every state:
  // four-dma-devices 12.0 -> 11.5 s).
  struct Entry {
    std::optional<Machine>* m = nullptr;  // root_, or among the successors of the entry before
    std::vector<Succ> succ;
    std::vector<uint32_t> ids;  // the successors' places among the states
    size_t next = 0;
    void drop() {
      if (m) m->reset();
      m = nullptr;
    }
  };
  std::optional<Machine> root_;  // of the subtree being searched

  // The schedule to path_[end - 1], then `last` if it is a thread
  // (tids_[i] is the step into path_[i]; tids_[0] belongs to the prefix).
  size_t length(size_t end, int last) const { return prefix_.size() + (end - 1) + (last >= 0); }
  std::vector<int> schedule(size_t end, int last) const {
    std::vector<int> s;
    s.reserve(length(end, last));
    s.insert(s.end(), prefix_.begin(), prefix_.end());
    s.insert(s.end(), tids_.begin() + 1, tids_.begin() + static_cast<long>(end));
    if (last >= 0) s.push_back(last);
    return s;
  }

  // The step from path_[end - 1] to its successor x, counted once, with its
  // violations; true if x is a state to go on from.
  bool take(const Succ& x, size_t end) {
    ++transitions_;
    for (const Violation& v : x.violations)
      s_.record(v, length(end, x.tid), [&] { return schedule(end, x.tid); });
    return x.m.has_value();
  }

  // Hand a waiting worker the untried successors of the state nearest the
  // root that has some: the biggest subtrees, so hand-overs stay rare.
  void hand_over() {
    for (size_t i = 0; i < on_; ++i) {
      Entry& e = path_[i];
      if (e.next == e.succ.size()) continue;
      for (; e.next < e.succ.size(); ++e.next) {
        Succ& x = e.succ[e.next];
        if (take(x, i + 1)) {
          // Its parts copied here, for the worker that takes it to count
          // their references plainly (cow.h): what it shared stays here.
          x.m->unshare();
          give_.push_back({std::move(*x.m), schedule(i + 1, x.tid), e.ids[e.next]});
        }
        x.m.reset();
      }
      if (!give_.empty()) break;
    }
    s_.give(give_);
  }

  // A state is marked seen when it is made, not when the path reaches it:
  // a state's successors are looked up together (their cache misses
  // overlap), and a successor seen before is dropped at once instead of
  // waiting on the path. Each state is still expanded once, by the worker
  // that made it first. False when a bound stops the search.
  bool mark(Succ& x, uint32_t& id) {
    bool bound = false;
    const auto r = s_.seen.insert_shared(
        x.hash, w_,
        [&](size_t grow) {
          // A table of the visited set about to double counts as resident already.
          if (grow > (size_t(1) << 20)) trim_heap();
          return (s_.ceiling.ok(grow) && !s_.cancelled()) || !(bound = true);
        },
        [&] {
          // The first state too: the tables may have room for thousands.
          if ((made_++ & 1023) == 0 && (!s_.ceiling.ok(0) || s_.cancelled())) return !(bound = true);
          // A place among the states, taken before the state goes in.
          return s_.place(w_, id) || !(bound = true);
        },
        s_.graph ? &id : nullptr);
    if (r == VisitedSet::Inserted::kRefused) return !bound;
    if (r == VisitedSet::Inserted::kSeen) x.m.reset();
    if (r == VisitedSet::Inserted::kNew && (made_ & 65535) == 0) {
      flush();
      if (report) report();
    }
    return true;
  }

  // Onto the path: its successors made and marked, a terminal state checked.
  // The machine stays where it is (`at`, the root_ or among its parent's
  // successors, which stay put while it is on the path): moving it into
  // the path, through a local and a parameter, was three moves and three
  // emptied machines destroyed a state.
  bool enter(std::optional<Machine>* at, int16_t tid, const Learned& learned, uint32_t id) {
    if (on_ == path_.size()) path_.emplace_back();
    tids_.resize(on_ + 1);
    tids_[on_] = tid;  // (tids_[0] is in the prefix already)
    Entry& e = path_[on_++];
    e.m = at;
    e.next = 0;
    OwnershipBreach b;
    steps_ += expand(**e.m, s_.cfg, s_.mode, e.succ, b, learned);
    if (b.found) {
      s_.breach.report(b);
      return false;
    }
    depth_ = std::max(depth_, prefix_.size() + on_ - 1);
    StateGraph* const graph = s_.graph && !s_.graph_dropped.load(std::memory_order_relaxed) ? s_.graph.get() : nullptr;
    if (e.succ.empty()) {
      s_.terminal.fetch_add(1, std::memory_order_relaxed);
      for (const Violation& v : check_end(**e.m, s_.cfg)) {
        s_.record(v, length(on_, -1), [&] { return schedule(on_, -1); });
        if (graph) graph->violation(w_, id, StateGraph::kTerminal, explore_key(v, s_.cfg));
      }
    }
    for (const Succ& x : e.succ) s_.seen.prefetch(x.hash);
    e.ids.resize(e.succ.size());
    for (size_t j = 0; j < e.succ.size(); ++j)
      if (!mark(e.succ[j], e.ids[j])) return false;
    if (graph) {
      tids_of_.clear();
      violated_.clear();
      for (size_t j = 0; j < e.succ.size(); ++j) {
        tids_of_.push_back(e.succ[j].tid);
        violated_.push_back(!e.succ[j].violations.empty());
        for (const Violation& v : e.succ[j].violations)
          graph->violation(w_, id, static_cast<uint32_t>(j), explore_key(v, s_.cfg));
      }
      graph->expanded(w_, id, e.ids.data(), tids_of_.data(), violated_.data(), e.succ.size());
      // A quarter of the memory ceiling at most (graph_share): past it, the
      // shortest schedules are searched for again, breadth first, as without it.
      if (static_cast<double>(graph->bytes()) > static_cast<double>(s_.opt.max_bytes) * s_.opt.graph_share)
        s_.graph_dropped.store(true, std::memory_order_relaxed);
    }
    return true;
  }

  Search& s_;
  const unsigned w_;  // which worker (Search::place())
  std::vector<Entry> path_;
  std::vector<int16_t> tids_;  // tids_[i]: the thread whose step made path_[i]
  size_t on_ = 0;
  std::vector<int> prefix_;  // the schedule to path_[0]
  std::vector<Work> give_;
  std::vector<int16_t> tids_of_;  // of a state's successors, for the graph
  std::vector<uint8_t> violated_;
  size_t made_ = 0;
  // Counted here and added to the search's counts now and then: an atomic
  // the other worker also writes, at every step, moved its cache line back
  // and forth.
  size_t transitions_ = 0, steps_ = 0;
  size_t depth_ = 0;  // the longest schedule this worker has entered
  void stop() {
    flush();
    s_.halt();
  }
  void flush() {
    s_.transitions.fetch_add(transitions_, std::memory_order_relaxed);
    s_.steps.fetch_add(steps_, std::memory_order_relaxed);
    transitions_ = steps_ = 0;
    size_t old = s_.depth.load(std::memory_order_relaxed);
    while (depth_ > old && !s_.depth.compare_exchange_weak(old, depth_, std::memory_order_relaxed)) {
    }
  }
};

}  // namespace

ExploreResult explore_depth_first(const Config& cfg, const ExploreOptions& opt, BreachLatch& breach,
                                  std::unique_ptr<StateGraph>* graph) {
  const auto t0 = std::chrono::steady_clock::now();
  ExploreResult res;
  Search s(cfg, opt, res, breach, graph != nullptr);
  auto report = [&] {
    if (!opt.progress) return;
    ExploreProgress p;
    p.states = s.seen.size();
    p.transitions = s.transitions.load(std::memory_order_relaxed);
    p.depth = 0;  // no length of schedule is explored completely before the end
    p.bytes = s.ceiling.peak.load(std::memory_order_relaxed);
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    opt.progress(p);
  };

  std::optional<Work> root;
  try {
    // Room for 32 K states from the start (45 K with the tables at 3/4):
    // each doubling of one of the 64 tables maps a new one and unmaps the
    // old, and an unmap in a process with two threads running interrupts
    // the other core to flush its TLB (the exit race doubled tables 448
    // times, a tenth of its time on two workers). The tables are populated
    // (visited.h), so not more: 768 KB (1 MB with ids) is made resident
    // before the first state, and 64 K took 1% more of the exit race.
    s.seen.reserve(std::min<size_t>(opt.max_states, size_t(1) << 15));
    root = Work{boot(cfg), {}};
    prepare_root(root->m, cfg, opt, s.mode, res);
    s.seen.insert(state_hash(root->m, s.mode));
    s.admitted = 1;
  } catch (const std::bad_alloc&) {
    s.out_of_memory = true;
    s.stop();
  }
  report();
  // One search per worker; the first starts from the booted machine on the
  // caller's thread, the others wait for what it hands over.
  WorkerPool pool(opt.workers > 1 ? opt.workers - 1 : 0);
  auto work = [&](unsigned w) {
    // What this worker's machines share, they share with no other worker:
    // the root is made for it, a handed-over state arrives copied.
    cow::Confined confined;
    try {
      Worker me(s, w);
      if (w == 0) me.report = report;
      if (w == 0 && root) me.run(std::move(*root));
      Work next;
      for (bool first = w > 0; s.take(next, first); first = false) me.run(std::move(next));
    } catch (const std::bad_alloc&) {
      s.out_of_memory = true;
      s.halt();
    }
  };
  if (!s.stopped()) pool.run(std::max(1u, opt.workers), work);

  const bool cut = s.stopped();
  res.states = s.seen.size();
  res.transitions = s.transitions.load();
  res.steps = s.steps.load();
  res.terminal_states = s.terminal.load();
  res.depth = s.depth.load();
  res.stored_bytes = s.seen.bytes() + (s.graph ? s.graph->bytes() : 0);
  res.merge_odds = VisitedSet::merge_odds(res.states);
  res.hash_bits = VisitedSet::kBits;
  res.complete = !cut;
  res.bytes = std::max(s.ceiling.peak.load(), s.ceiling.rss.bytes());
  if (cut) {
    if (s.max_states_hit.load()) res.bound = Text(N_("stopped at --max-states %1")).arg(opt.max_states);
    const MemoryCeiling& c = s.ceiling;
    explain_stop({s.out_of_memory.load(), s.cancelled(), c.over.load(), c.at_start, c.trigger, opt.max_bytes, res.bytes}, res);
    res.bound = Text(N_("%1; searched depth first, so no length of schedule was explored completely"))
                    .arg(std::move(res.bound));
  }
  // Shortest first, then by what they are: the same order whichever worker met each first.
  std::vector<std::pair<std::string, Counterexample>> keyed;
  for (Counterexample& c : res.violations) keyed.emplace_back(explore_key(c.violation, cfg), std::move(c));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.second.schedule.size() != b.second.schedule.size() ? a.second.schedule.size() < b.second.schedule.size()
                                                                 : a.first < b.first;
  });
  res.violations.clear();
  for (auto& k : keyed) {
    k.second.shortest = false;  // the shortest met, which need not be a shortest
    res.violations.push_back(std::move(k.second));
  }
  report();
  if (graph && s.graph && res.complete && !s.graph_dropped.load()) *graph = std::move(s.graph);
  res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return res;
}

}  // namespace svm
