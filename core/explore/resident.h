#pragma once
// The process's resident memory, measured (the second field of
// /proc/self/statm, in pages), not estimated: what the explorer's memory
// ceiling is held to. Reading it costs one pread() on a descriptor kept open.

#include <atomic>
#include <cstddef>

namespace svm {

class ResidentMemory {
 public:
  ResidentMemory();
  ~ResidentMemory();
  ResidentMemory(const ResidentMemory&) = delete;
  ResidentMemory& operator=(const ResidentMemory&) = delete;

  // Bytes resident now; 0 when /proc is not there to ask.
  size_t bytes() const;

 private:
  int fd_ = -1;
  size_t page_ = 4096;
};

// A search's memory ceiling, as both searches hold it: the process's resident
// memory, plus what is about to be allocated, against a trigger a sixteenth
// below the ceiling (memory grows between two readings). Made before the
// search starts: it reads what the process holds, and where that is an
// eighth of the trigger or more, hands the heap back first (trim_heap()),
// so that what an earlier search freed does not count.
// ok() may be called from several threads.
struct MemoryCeiling {
  explicit MemoryCeiling(size_t max_bytes);
  // False once the process held more than the trigger (and from then on);
  // the peak keeps the largest reading.
  bool ok(size_t extra = 0);

  const ResidentMemory rss;
  const size_t max_bytes, trigger;
  size_t at_start = 0;  // a process already over the trigger explores nothing, and says why
  std::atomic<size_t> peak{0};
  std::atomic<bool> over{false};
};

// Return the free memory the allocator keeps in its heap to the system
// (glibc's malloc_trim; nothing elsewhere). A search frees most of a wide
// level's machines as the levels narrow, and glibc keeps that memory
// resident: it would count against the ceiling as if it were still in use.
void trim_heap();

}  // namespace svm
