#pragma once
// The process's resident memory, measured (the second field of
// /proc/self/statm, in pages), not estimated: what the explorer's memory
// ceiling is held to. Reading it costs one pread() on a descriptor kept open.

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

// Return the free memory the allocator keeps in its heap to the system
// (glibc's malloc_trim; nothing elsewhere). A search frees most of a wide
// level's machines as the levels narrow, and glibc keeps that memory
// resident: it would count against the ceiling as if it were still in use.
void trim_heap();

}  // namespace svm
