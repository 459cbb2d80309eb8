#pragma once
// A vector that grows a chunk at a time and never moves what it holds.
//
// A trace appends a step record (a few hundred bytes with vectors inside) per
// step, for up to millions of steps. In a std::vector every doubling moved
// every record and freed a block of hundreds of megabytes, and glibc answered
// the free by consolidating its whole heap: on a 1M-step trace a fifth of the
// run went to moving records and to malloc_consolidate. Here a chunk, once
// reserved, is filled in place; references to elements stay valid as it
// grows.
//
// The first chunks double from kFirst up to kChunk (16, 32, ..., 512, then
// 1024 each), so a short trace reserves about what a vector would, not a
// whole chunk of records it never writes.
//
// A chunk of 64 KiB or more has its pages made resident when it is
// reserved (madvise MADV_POPULATE_WRITE), all at once: every page of it is
// written as it fills, and page by page the first writes faulted once each
// (the 1M-step trace: 280 MB of records, 68,000 faults; populated, 2.1 ->
// 2.4 M steps/s in process CPU time, bench_core long_trace_1m, with a
// checkpoint every 128 steps; 1.9 -> 2.1 with one every 64).
//
// What the trace's readers use of a vector: size, indexing, back, range-for,
// emplace_back.

#include <sys/mman.h>
#include <unistd.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace svm {

template <class T, size_t kChunk = 1024, size_t kFirst = (kChunk < 16 ? kChunk : 16)>
class ChunkedVector {
  static_assert(std::has_single_bit(kChunk) && std::has_single_bit(kFirst) && kFirst <= kChunk);
  // Chunk k < kGrowing holds kFirst << k elements; every later one kChunk.
  static constexpr size_t kGrowing = std::countr_zero(kChunk / kFirst);
  static constexpr size_t kGrown = kChunk - kFirst;  // elements in the growing chunks

  static std::pair<size_t, size_t> locate(size_t i) {
    if (i >= kGrown) return {kGrowing + (i - kGrown) / kChunk, (i - kGrown) % kChunk};
    const size_t k = static_cast<size_t>(std::bit_width(i / kFirst + 1)) - 1;
    return {k, i - kFirst * ((size_t(1) << k) - 1)};
  }
  static size_t capacity_of(size_t k) { return k < kGrowing ? kFirst << k : kChunk; }

 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  size_t capacity() const {
    size_t c = 0;
    for (size_t k = 0; k < chunks_.size(); ++k) c += capacity_of(k);
    return c;
  }

  T& operator[](size_t i) {
    const auto [k, o] = locate(i);
    return chunks_[k][o];
  }
  const T& operator[](size_t i) const {
    const auto [k, o] = locate(i);
    return chunks_[k][o];
  }
  T& back() { return (*this)[size_ - 1]; }
  const T& back() const { return (*this)[size_ - 1]; }

  template <class... A>
  T& emplace_back(A&&... a) {
    if (chunks_.empty() || chunks_.back().size() == capacity_of(chunks_.size() - 1)) {
      chunks_.emplace_back();
      chunks_.back().reserve(capacity_of(chunks_.size() - 1));
      populate(chunks_.back().data(), capacity_of(chunks_.size() - 1) * sizeof(T));
    }
    ++size_;
    return chunks_.back().emplace_back(std::forward<A>(a)...);
  }
  void push_back(T v) { emplace_back(std::move(v)); }
  void clear() {
    chunks_.clear();
    size_ = 0;
  }

  template <class C, class V>
  class Iter {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = V*;
    using reference = V&;
    Iter() = default;
    Iter(C* c, size_t i) : c_(c), i_(i) {}
    V& operator*() const { return (*c_)[i_]; }
    V* operator->() const { return &(*c_)[i_]; }
    V& operator[](difference_type n) const { return (*c_)[i_ + static_cast<size_t>(n)]; }
    Iter& operator++() { return ++i_, *this; }
    Iter operator++(int) { return Iter(c_, i_++); }
    Iter& operator--() { return --i_, *this; }
    Iter operator--(int) { return Iter(c_, i_--); }
    Iter& operator+=(difference_type n) { return i_ += static_cast<size_t>(n), *this; }
    Iter& operator-=(difference_type n) { return i_ -= static_cast<size_t>(n), *this; }
    friend Iter operator+(Iter a, difference_type n) { return a += n; }
    friend Iter operator+(difference_type n, Iter a) { return a += n; }
    friend Iter operator-(Iter a, difference_type n) { return a -= n; }
    friend difference_type operator-(const Iter& a, const Iter& b) {
      return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
    }
    friend bool operator==(const Iter& a, const Iter& b) { return a.i_ == b.i_; }
    friend auto operator<=>(const Iter& a, const Iter& b) { return a.i_ <=> b.i_; }

   private:
    C* c_ = nullptr;
    size_t i_ = 0;
  };
  using iterator = Iter<ChunkedVector, T>;
  using const_iterator = Iter<const ChunkedVector, const T>;
  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size_}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  // The whole pages of [p, p + bytes) resident now. A kernel without
  // MADV_POPULATE_WRITE (before 5.14) answers EINVAL: the pages then fault
  // in as they are written, as they always did.
  static void populate(const void* p, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
    if (bytes < (size_t(64) << 10)) return;
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t a = (reinterpret_cast<uintptr_t>(p) + page - 1) & ~(page - 1);
    const uintptr_t b = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(page - 1);
    if (b > a) ::madvise(reinterpret_cast<void*>(a), b - a, MADV_POPULATE_WRITE);
#endif
  }
  std::vector<std::vector<T>> chunks_;  // each reserved to its capacity, so never reallocated
  size_t size_ = 0;
};

}  // namespace svm
