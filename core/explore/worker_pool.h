#pragma once
// The explorer's worker threads, alive for one search. A level is expanded a
// chunk at a time, often a few hundred states; starting a thread for each
// chunk cost the start-up and, worse, a fresh malloc cache (glibc's tcache
// is per thread and freed with it) every few hundred states.
//
// Between two chunks a worker spins a little before it sleeps: the exit race
// has 340 levels of about 230 states each, and waking a sleeping thread (a
// futex call each way, 30-100 us on a virtual machine) took most of what the
// second core gained.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace svm {

inline void relax() {
#if defined(__x86_64__) || defined(__i386__)
  _mm_pause();
#else
  std::this_thread::yield();
#endif
}

// Spins until done() or for about 200 us, whichever is first: longer than
// the other workers take to hand work over (a merge of a chunk of the exit
// race, a hand-over of the depth-first search), short enough that a worker
// idle for longer gives its core back.
template <class Done>
bool spin_until(Done done) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(200);
  for (unsigned i = 1;; ++i) {
    if (done()) return true;
    relax();
    if ((i & 255) == 0 && std::chrono::steady_clock::now() > until) return false;
  }
}

class WorkerPool {
 public:
  // Up to `extra` threads besides the caller's; fewer when the system has
  // none to give (a memory limit): their slices then run on the caller.
  explicit WorkerPool(unsigned extra);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // f(0) .. f(n - 1), slice 0 on the caller, the others on the pool's
  // threads (or the caller, past the pool's size); returns when all are
  // done. f must not throw.
  void run(unsigned n, const std::function<void(unsigned)>& f);

 private:
  void loop(unsigned slice);

  std::mutex mu_;
  std::condition_variable start_, finished_;
  const std::function<void(unsigned)>* job_ = nullptr;
  unsigned slices_ = 0;                 // of the current job
  std::atomic<unsigned> pending_{0};    // pool threads still running a slice of it
  std::atomic<uint64_t> generation_{0};  // one more for each job; published after job_ and slices_
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;  // threads_[i] runs slice i + 1
};

}  // namespace svm
