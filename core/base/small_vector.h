#pragma once
// SmallVector<T, N>: a vector whose first N elements live in the object
// itself, for the short sequences a thread carries (its call stack, its
// references in flight, its script's fds). A thread is copied whenever a step
// writes it; with std::vector each copy was an allocation per sequence (a
// sixth of the explorer's allocations on the exit race), with this a copy of
// the few elements in use.
//
// Only for trivially copyable elements: they are copied as bytes, and the
// slots past size() hold whatever was there (equality and hashing read only
// the first size()). Past N, the elements go to this thread's pool
// (pool_allocator.h), not to malloc: a stack deeper than eight frames (the
// exit path's) was copied with the thread at every step, and those copies
// were a fifth of the exit race's calls to malloc and free.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <type_traits>

#include "core/base/hash.h"
#include "core/base/pool_allocator.h"

namespace svm {

template <class T, size_t N>
class SmallVector {
  static_assert(std::is_trivially_copyable_v<T> && std::is_default_constructible_v<T>);
  static_assert(alignof(T) <= pool::kGranule);

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  SmallVector() = default;
  SmallVector(const SmallVector& o) { copy_from(o); }
  SmallVector(SmallVector&& o) noexcept { take_from(o); }
  SmallVector& operator=(const SmallVector& o) {
    if (this != &o) {
      n_ = 0;
      if (o.n_ > cap_) grow(o.n_);
      std::memcpy(static_cast<void*>(data()), o.data(), o.n_ * sizeof(T));
      n_ = o.n_;
    }
    return *this;
  }
  SmallVector& operator=(SmallVector&& o) noexcept {
    if (this != &o) {
      release();
      take_from(o);
    }
    return *this;
  }
  ~SmallVector() { release(); }

  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  T* data() { return heap_ ? heap_ : local(); }
  const T* data() const { return heap_ ? heap_ : local(); }
  T* begin() { return data(); }
  T* end() { return data() + n_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + n_; }
  T& operator[](size_t i) { return data()[i]; }
  const T& operator[](size_t i) const { return data()[i]; }
  T& front() { return data()[0]; }
  const T& front() const { return data()[0]; }
  T& back() { return data()[n_ - 1]; }
  const T& back() const { return data()[n_ - 1]; }

  void push_back(const T& x) {
    if (n_ == cap_) {
      const T copy = x;  // x may be an element of this vector
      grow(2 * cap_);
      data()[n_++] = copy;
      return;
    }
    data()[n_++] = x;
  }
  void pop_back() { --n_; }
  void clear() { n_ = 0; }
  void resize(size_t n) {
    if (n > cap_) grow(n);
    for (size_t i = n_; i < n; ++i) data()[i] = T{};
    n_ = static_cast<uint32_t>(n);
  }
  void assign(size_t n, const T& x) {
    n_ = 0;
    if (n > cap_) grow(n);
    std::fill_n(data(), n, x);
    n_ = static_cast<uint32_t>(n);
  }
  T* erase(T* first, T* last) {
    std::memmove(static_cast<void*>(first), last, static_cast<size_t>(end() - last) * sizeof(T));
    n_ -= static_cast<uint32_t>(last - first);
    return first;
  }
  T* erase(T* at) { return erase(at, at + 1); }

  friend bool operator==(const SmallVector& a, const SmallVector& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  // As a std::vector hashes: its length, then its elements.
  friend void hash_append(Hasher& h, const SmallVector& v) {
    h(v.size());
    hash_elements(h, v.data(), v.size());
  }

 private:
  void copy_from(const SmallVector& o) {
    if (o.n_ > N) grow(o.n_);
    std::memcpy(static_cast<void*>(data()), o.data(), o.n_ * sizeof(T));
    n_ = o.n_;
  }
  void take_from(SmallVector& o) {
    if (o.heap_) {
      heap_ = o.heap_;
      cap_ = o.cap_;
      n_ = o.n_;
      o.heap_ = nullptr;
      o.cap_ = N;
      o.n_ = 0;
      return;
    }
    std::memcpy(static_cast<void*>(local()), o.local(), o.n_ * sizeof(T));
    n_ = o.n_;
    o.n_ = 0;
  }
  // Room for at least n, on the heap, keeping the elements.
  void grow(size_t n) {
    n = std::max<size_t>(n, N + 1);
    T* p = static_cast<T*>(pool::get(n * sizeof(T)));
    std::memcpy(static_cast<void*>(p), data(), n_ * sizeof(T));
    release();
    heap_ = p;
    cap_ = static_cast<uint32_t>(n);
  }
  void release() {
    if (heap_) pool::put(heap_, cap_ * sizeof(T));
    heap_ = nullptr;
    cap_ = N;
  }

  // Raw bytes, not N constructed elements: a copy writes only those in use
  // (the elements are implicit-lifetime types, made by the copy).
  T* local() { return reinterpret_cast<T*>(buf_); }
  const T* local() const { return reinterpret_cast<const T*>(buf_); }

  T* heap_ = nullptr;
  uint32_t n_ = 0;
  uint32_t cap_ = N;
  alignas(T) unsigned char buf_[N * sizeof(T)];
};

}  // namespace svm
