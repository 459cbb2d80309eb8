#include "core/explore/worker_pool.h"

#include <algorithm>
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
    stop_ = true;
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
      pending_ = pooled;
      ++generation_;
    }
    start_.notify_all();
  }
  if (n > 0) f(0);
  for (unsigned s = pooled + 1; s < n; ++s) f(s);  // more slices than threads
  if (pooled > 0) {
    std::unique_lock<std::mutex> lock(mu_);
    finished_.wait(lock, [&] { return pending_ == 0; });
    job_ = nullptr;
  }
}

void WorkerPool::loop(unsigned slice) {
  uint64_t seen = 0;
  for (;;) {
    const std::function<void(unsigned)>* job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      start_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      if (slice >= slices_) continue;  // this job has fewer slices than the pool has threads
      job = job_;
    }
    (*job)(slice);
    {
      std::lock_guard<std::mutex> lock(mu_);
      --pending_;
    }
    finished_.notify_one();
  }
}

}  // namespace svm
