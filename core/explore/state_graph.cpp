#include "core/explore/state_graph.h"

#include <algorithm>
#include <new>

namespace svm {

namespace {
constexpr uint32_t kUnseen = UINT32_MAX;
}  // namespace

bool StateGraph::Seen::operator<(const Seen& o) const { return state != o.state ? state < o.state : succ < o.succ; }

StateGraph::StateGraph(size_t max_states, unsigned workers)
    : segments_((max_states >> kSegmentBits) + 1), workers_(std::max(1u, workers)) {
  for (auto& s : segments_) s.store(nullptr, std::memory_order_relaxed);
}

StateGraph::~StateGraph() {
  for (auto& s : segments_) delete[] s.load(std::memory_order_relaxed);
}

void StateGraph::expanded(unsigned w, uint32_t state, const uint32_t* to, const int16_t* tid, const uint8_t* violated,
                          size_t n) {
  Worker& me = workers_[w];
  me.ids = std::max(me.ids, state + 1);
  // A terminal state has no steps to keep, and the worker may have no block
  // yet: one whose first state was terminal crashed here.
  size_t offset = 0;
  if (n > 0) {
    if (me.used + n > kBlock) {
      me.blocks.reserve(me.blocks.size() + 1);
      me.blocks.emplace_back(new Step[kBlock]);
      me.used = 0;
      bytes_.fetch_add(kBlock * sizeof(Step), std::memory_order_relaxed);
    }
    offset = (me.blocks.size() - 1) << kBlockBits | me.used;
    Step* at = me.blocks.back().get() + me.used;
    for (size_t i = 0; i < n; ++i) at[i] = Step{to[i], static_cast<uint8_t>(tid[i] | (violated[i] ? kViolated : 0))};
    me.used += n;
  }
  // Its segment, made by whichever worker first numbers a state in it.
  std::atomic<uint64_t*>& seg = segments_[state >> kSegmentBits];
  uint64_t* seg_at = seg.load(std::memory_order_acquire);
  if (!seg_at) {
    uint64_t* made = new uint64_t[size_t(1) << kSegmentBits]();
    if (seg.compare_exchange_strong(seg_at, made, std::memory_order_acq_rel)) {
      seg_at = made;
      bytes_.fetch_add(sizeof(uint64_t) << kSegmentBits, std::memory_order_relaxed);
    } else {
      delete[] made;
    }
  }
  seg_at[state & ((1u << kSegmentBits) - 1)] = uint64_t(offset) << 24 | uint64_t(w + 1) << 8 | n;
}

void StateGraph::violation(unsigned w, uint32_t state, uint32_t succ, const std::string& key) {
  uint32_t k;
  {
    std::lock_guard<std::mutex> g(keys_mu_);
    const auto it = std::find(keys_.begin(), keys_.end(), key);  // a handful of keys
    k = static_cast<uint32_t>(it - keys_.begin());
    if (it == keys_.end()) keys_.push_back(key);
  }
  workers_[w].seen.push_back({state, succ, k});
  bytes_.fetch_add(sizeof(Seen), std::memory_order_relaxed);
}

uint64_t StateGraph::where(uint32_t s) const {
  const uint64_t* at = segments_[s >> kSegmentBits].load(std::memory_order_acquire);
  return at ? at[s & ((1u << kSegmentBits) - 1)] : 0;
}

std::optional<std::vector<StateGraph::Met>> StateGraph::shortest(size_t& states) const {
  // The violations by state and step, each step's in the order met (one
  // worker recorded them, in that order).
  std::vector<Seen> seen;
  for (const Worker& w : workers_) seen.insert(seen.end(), w.seen.begin(), w.seen.end());
  std::stable_sort(seen.begin(), seen.end());
  uint32_t ids = 0;  // past the highest state number expanded
  for (const Worker& w : workers_) ids = std::max(ids, w.ids);
  // The breadth-first tree: each state's parent and the thread of the step
  // from it, as breadth first makes it; `order`, its queue.
  std::vector<uint32_t> parent(ids, kUnseen);
  std::vector<uint8_t> by(ids, 0);
  std::vector<uint32_t> order;
  order.reserve(ids);
  std::vector<Met> out;
  std::vector<char> got(keys_.size(), 0);
  auto path = [&](uint32_t s) {
    std::vector<int> p;
    for (; s != 0; s = parent[s]) p.push_back(by[s]);
    std::reverse(p.begin(), p.end());
    return p;
  };
  auto meet = [&](uint32_t s, uint32_t succ, auto&& schedule) {
    auto it = std::lower_bound(seen.begin(), seen.end(), Seen{s, succ, 0});
    for (; it != seen.end() && it->state == s && it->succ == succ; ++it)
      if (!got[it->key]) {
        got[it->key] = 1;
        out.push_back({keys_[it->key], schedule(), succ == kTerminal});
      }
  };
  if (ids > 0) {
    parent[0] = 0;
    order.push_back(0);
  }
  for (size_t q = 0; q < order.size() && out.size() < keys_.size(); ++q) {
    const uint32_t s = order[q];
    const uint64_t w = where(s);
    if (w == 0) return std::nullopt;
    const size_t n = w & 0xff, worker = (w >> 8 & 0xffff) - 1, offset = w >> 24;
    if (n == 0) meet(s, kTerminal, [&] { return path(s); });
    const Step* steps = n ? workers_[worker].blocks[offset >> kBlockBits].get() + (offset & (kBlock - 1)) : nullptr;
    for (size_t j = 0; j < n; ++j) {
      const Step st = steps[j];
      const uint8_t tid = st.tid & ~kViolated;
      if (st.tid & kViolated)
        meet(s, static_cast<uint32_t>(j), [&] {
          std::vector<int> p = path(s);
          p.push_back(tid);
          return p;
        });
      if (st.to >= ids) return std::nullopt;
      if (parent[st.to] == kUnseen) {
        parent[st.to] = s;
        by[st.to] = tid;
        order.push_back(st.to);
      }
    }
  }
  states = order.size();
  return out;
}

}  // namespace svm
