#include "core/explore/worker_pool.h"

#include <algorithm>
#include <chrono>
#include <exception>

namespace svm {

WorkerPool::WorkerPool(unsigned extra) {
  // No thread (std::system_error) or no memory for one (std::bad_alloc):
  // the caller does that thread's share.
  try {
    threads_.reserve(extra);
    for (unsigned i = 0; i < extra; ++i) threads_.emplace_back([this, i] { loop(i + 1); });
  } catch (const std::exception&) {
  }
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_.store(true);
  }
  start_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void WorkerPool::run(unsigned n, const std::function<void(unsigned)>& f) {
  const auto pooled = static_cast<unsigned>(std::min<size_t>(threads_.size(), n > 0 ? n - 1 : 0));
  if (pooled > 0) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      job_ = &f;
      slices_ = n;
      pending_.store(pooled, std::memory_order_relaxed);
      generation_.fetch_add(1, std::memory_order_release);
    }
    start_.notify_all();
  }
  if (n > 0) f(0);
  for (unsigned s = pooled + 1; s < n; ++s) f(s);  // more slices than threads
  if (pooled > 0) {
    auto done = [&] { return pending_.load(std::memory_order_acquire) == 0; };
    if (!spin_until(done)) {
      std::unique_lock<std::mutex> lock(mu_);
      finished_.wait(lock, done);
    }
    // Under the lock: a thread with no slice of this job may still be
    // reading it there (ThreadSanitizer saw the race, tst_explore).
    std::lock_guard<std::mutex> lock(mu_);
    job_ = nullptr;
  }
}

void WorkerPool::loop(unsigned slice) {
  uint64_t seen = 0;
  for (;;) {
    auto ready = [&] { return stop_.load(std::memory_order_relaxed) || generation_.load(std::memory_order_acquire) != seen; };
    if (!spin_until(ready)) {
      std::unique_lock<std::mutex> lock(mu_);
      start_.wait(lock, ready);
    }
    if (stop_.load()) return;
    const std::function<void(unsigned)>* job;
    unsigned slices;
    {
      // job_ and slices_ were written under the lock, before the generation.
      std::lock_guard<std::mutex> lock(mu_);
      seen = generation_.load(std::memory_order_relaxed);
      job = job_;
      slices = slices_;
    }
    if (slice >= slices) continue;  // this job has fewer slices than the pool has threads
    (*job)(slice);
    if (pending_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      std::lock_guard<std::mutex> lock(mu_);
      finished_.notify_one();
    }
  }
}

}  // namespace svm
