#include "core/explore/resident.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace svm {

ResidentMemory::ResidentMemory() {
  fd_ = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  const long p = ::sysconf(_SC_PAGESIZE);
  if (p > 0) page_ = static_cast<size_t>(p);
}

ResidentMemory::~ResidentMemory() {
  if (fd_ >= 0) ::close(fd_);
}

size_t ResidentMemory::bytes() const {
  if (fd_ < 0) return 0;
  char buf[128];
  const ssize_t n = ::pread(fd_, buf, sizeof buf - 1, 0);
  if (n <= 0) return 0;
  buf[n] = '\0';
  // "size resident shared text lib data dt", in pages.
  char* end = nullptr;
  std::strtoull(buf, &end, 10);
  const unsigned long long resident = std::strtoull(end, nullptr, 10);
  return static_cast<size_t>(resident) * page_;
}

MemoryCeiling::MemoryCeiling(size_t max) : max_bytes(max), trigger(max - max / 16) {
  // Only where what the heap keeps could matter: a trim walks every
  // arena, and hands back pages the search then faults in again (the exit
  // race on two workers: 96 of its 107 page faults, 2% of its time).
  at_start = rss.bytes();
  if (at_start > trigger / 8) {
    trim_heap();
    at_start = rss.bytes();
  }
  peak = at_start;
}

bool MemoryCeiling::ok(size_t extra) {
  const size_t b = rss.bytes() + extra;
  size_t p = peak.load(std::memory_order_relaxed);
  while (b > p && !peak.compare_exchange_weak(p, b, std::memory_order_relaxed)) {
  }
  if (b > trigger) over.store(true, std::memory_order_relaxed);
  return !over.load(std::memory_order_relaxed);
}

void trim_heap() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace svm
