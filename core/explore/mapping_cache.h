#pragma once
// Zero-filled anonymous mappings for the visited set's tables (visited.h),
// the small ones kept for the next search instead of unmapped. A search
// of the exit race maps 64 tables of 12-16 KiB before its first state and
// unmaps them after its last: populating them (192-256 pages faulted in)
// and handing them back were 0.35 ms of its 12, on one thread, while the
// other core waited. Kept, the next search (a matrix's next cell, the
// GUI's next run) clears them with memset instead. A table that grew past
// kSmall is mapped and unmapped as before: big ones are rare and would
// hold memory nobody asked for.

#include <sys/mman.h>

#include <cstddef>
#include <cstring>
#include <mutex>
#include <new>
#include <utility>
#include <vector>

namespace svm::mapping {

inline constexpr size_t kSmall = size_t(64) << 10;  // a table kept, at most
inline constexpr size_t kKeep = size_t(4) << 20;    // all of them, at most

struct Kept {
  std::mutex mu;
  std::vector<std::pair<void*, size_t>> maps;
  size_t bytes = 0;
};
// Never destroyed: a search may end after main() returns (a thread of the GUI).
inline Kept& kept() {
  static Kept* k = new Kept;
  return *k;
}

// `bytes` of zeros, written already (MAP_POPULATE: a page first read would
// map the zero page, and its first write fault again). Throws
// std::bad_alloc.
inline void* get(size_t bytes) {
  if (bytes <= kSmall) {
    Kept& k = kept();
    void* p = nullptr;
    {
      std::lock_guard<std::mutex> g(k.mu);
      for (size_t i = k.maps.size(); i-- > 0;)
        if (k.maps[i].second == bytes) {
          p = k.maps[i].first;
          k.maps[i] = k.maps.back();
          k.maps.pop_back();
          k.bytes -= bytes;
          break;
        }
    }
    if (p) return std::memset(p, 0, bytes);
  }
  void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  return p;
}

inline void put(void* p, size_t bytes) {
  if (bytes <= kSmall) {
    Kept& k = kept();
    std::lock_guard<std::mutex> g(k.mu);
    if (k.bytes + bytes <= kKeep) {
      try {
        k.maps.emplace_back(p, bytes);
        k.bytes += bytes;
        return;
      } catch (const std::bad_alloc&) {
      }
    }
  }
  ::munmap(p, bytes);
}

// Unmaps every kept mapping: a test that counts what is kept starts from none.
inline void drop_kept() {
  Kept& k = kept();
  std::lock_guard<std::mutex> g(k.mu);
  for (const auto& [p, bytes] : k.maps) ::munmap(p, bytes);
  k.maps.clear();
  k.bytes = 0;
}
}  // namespace svm::mapping
