#pragma once
// PoolAllocator<T>: blocks of up to 4 KiB recycled by the thread that frees
// them, for what the explorer allocates at every step: the node of a part
// a step clones (Cow), the vectors inside the parts, copied with them, and
// a machine's tables of threads and devices, copied with every successor.
// malloc and free were a fifth of the explorer's instructions on the exit
// race; a pool's get and put are a few instructions on this thread's own
// lists (callgrind, one worker: 846.7 M -> 696.0 M instructions).
//
// Blocks in 256 sizes (up to 1 KiB, the nodes of deeper stacks, of a
// process's VMAs and of the IOMMU's queues went to malloc, 4% of the exit
// race's time); a list keeps at most 256 KiB of blocks of a size and
// gives the rest back, so that a thread that frees what another allocates
// (a search's workers) holds a bounded amount. Whatever a thread holds goes
// back when the thread ends. Under AddressSanitizer every block goes to
// operator new and delete, so that a use after free is still caught.

#include <cstddef>
#include <new>
#include <vector>

namespace svm {

namespace pool {
inline constexpr size_t kGranule = 16, kSizes = 256, kKeepBytes = size_t(256) << 10;

// This thread's lists. Trivially destructible, so that a block freed after
// the thread's pool was drained (a static destroyed after main() returns)
// still finds it, and goes back to operator delete.
struct FreeLists {
  void* head[kSizes];
  size_t count[kSizes];
  bool drained;
};
inline thread_local FreeLists tls{};

// Gives this thread's blocks back when the thread ends.
struct Drain {
  ~Drain() {
    for (size_t c = 0; c < kSizes; ++c)
      while (void* p = tls.head[c]) {
        tls.head[c] = *static_cast<void**>(p);
        ::operator delete(p);
      }
    tls.drained = true;
  }
};
inline thread_local Drain drain;

inline size_t size_of(size_t bytes) { return bytes == 0 ? 0 : (bytes - 1) / kGranule; }

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kPooled = false;
#else
inline constexpr bool kPooled = true;
#endif

inline void* get(size_t bytes) {
  const size_t c = size_of(bytes);
  if (!kPooled || c >= kSizes) return ::operator new(bytes);
  if (void* p = tls.head[c]) {
    tls.head[c] = *static_cast<void**>(p);
    --tls.count[c];
    return p;
  }
  return ::operator new((c + 1) * kGranule);
}

inline void put(void* p, size_t bytes) {
  const size_t c = size_of(bytes);
  if (!kPooled || c >= kSizes || tls.drained || tls.count[c] * (c + 1) * kGranule >= kKeepBytes) {
    ::operator delete(p);
    return;
  }
  // A list about to hold a block: this thread's drain must run when it
  // ends (a thread may free blocks another allocated before it allocates any).
  if (tls.count[c] == 0) (void)&drain;
  *static_cast<void**>(p) = tls.head[c];
  tls.head[c] = p;
  ++tls.count[c];
}
}  // namespace pool

template <class T>
struct PoolAllocator {
  using value_type = T;
  static_assert(alignof(T) <= pool::kGranule);
  PoolAllocator() = default;
  template <class U>
  PoolAllocator(const PoolAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(pool::get(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { pool::put(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const PoolAllocator<U>&) const {
    return true;
  }
};

// A vector of the machine state's, copied whenever its part is cloned.
template <class T>
using PoolVector = std::vector<T, PoolAllocator<T>>;

}  // namespace svm
