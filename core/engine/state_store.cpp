#include "core/engine/state_store.h"

#include <algorithm>
#include <cassert>

#include "core/engine/step.h"
#include "core/engine/trace.h"

namespace svm {

StateStore::StateStore(const StateStore& o) : cfg_(o.cfg_), cps_(o.cps_), tid_(o.tid_), n_(o.n_), last_(o.last_), last_valid_(o.last_valid_) {}

StateStore& StateStore::operator=(const StateStore& o) {
  if (this == &o) return *this;
  cfg_ = o.cfg_;
  cps_ = o.cps_;
  tid_ = o.tid_;
  n_ = o.n_;
  last_ = o.last_;
  last_valid_ = o.last_valid_;
  std::lock_guard lock(mu_);
  cache_.clear();
  return *this;
}

void StateStore::push_back(Machine m) {
  cps_.push_back({n_, m});
  tid_.push_back(-1);
  last_ = std::move(m);
  last_valid_ = true;
  ++n_;
}

void StateStore::push_step(const Machine& m, int tid) {
  assert(n_ > 0 && tid >= 0 && tid <= INT16_MAX);
  tid_.back() = static_cast<int16_t>(tid);
  if (n_ % kCheckpointEvery == 0) {
    push_back(m);
    return;
  }
  tid_.push_back(-1);
  last_valid_ = false;
  ++n_;
}

void StateStore::seal(Machine m) {
  last_ = std::move(m);
  last_valid_ = true;
}

void StateStore::set(size_t i, Machine m) {
  assert(i < n_);
  // The states after i were replayed from the old state i: pin i + 1 first.
  if (i + 1 < n_) {
    Machine next = at(i + 1);
    auto it = std::lower_bound(cps_.begin(), cps_.end(), i + 1, [](const Checkpoint& c, size_t x) { return c.index < x; });
    if (it == cps_.end() || it->index != i + 1) cps_.insert(it, {i + 1, std::move(next)});
  }
  auto it = std::lower_bound(cps_.begin(), cps_.end(), i, [](const Checkpoint& c, size_t x) { return c.index < x; });
  if (it != cps_.end() && it->index == i)
    it->m = m;
  else
    cps_.insert(it, {i, m});
  if (i + 1 == n_) {
    last_ = std::move(m);
    last_valid_ = true;
  }
  std::lock_guard lock(mu_);
  cache_.clear();
}

StateStore StateStore::prefix(size_t n) const {
  assert(n >= 1 && n <= n_);
  StateStore out(cfg_);
  for (const Checkpoint& c : cps_)
    if (c.index < n) out.cps_.push_back(c);
  out.tid_.assign(tid_.begin(), tid_.begin() + static_cast<std::ptrdiff_t>(n));
  out.tid_.back() = -1;
  out.n_ = n;
  out.last_ = at(n - 1);
  out.last_valid_ = true;
  return out;
}

Machine StateStore::at(size_t i) const {
  assert(i < n_);
  if (i + 1 == n_ && last_valid_) return last_;
  // The nearest checkpoint at or before i.
  auto it = std::upper_bound(cps_.begin(), cps_.end(), i, [](size_t x, const Checkpoint& c) { return x < c.index; });
  assert(it != cps_.begin());
  --it;
  if (it->index == i) return it->m;
  std::lock_guard lock(mu_);
  size_t from = it->index;
  const Machine* start = &it->m;
  for (auto c = cache_.begin(); c != cache_.end(); ++c) {
    if (c->index == i) {
      // Most recently used moves to the back, so eviction drops the oldest.
      Cached hit = std::move(*c);
      cache_.erase(c);
      cache_.push_back(std::move(hit));
      return cache_.back().m;
    }
    if (c->index > from && c->index < i) {
      from = c->index;
      start = &c->m;
    }
  }
  Machine m = *start;
  for (size_t k = from; k < i; ++k) {
    // Traced, as the run was: a traced step also writes the observations.
    StepRecord scratch;
    StepSink sink{&scratch, nullptr, false};
    step(m, *cfg_, tid_[k], sink);
  }
  if (cache_.size() >= kCacheSize) cache_.erase(cache_.begin());
  cache_.push_back({i, m});
  return m;
}

}  // namespace svm
