#pragma once
// SharedVector<T>: a vector of model objects whose chunks are shared between
// snapshots, for tables that only grow. Freed kernel objects keep their
// slots (ids stay stable, a use after free can name its victim), so a table
// like the VMAs grows with every mmap() of a long run; as a plain vector it
// was copied whole by every step that wrote the kernel part, and a trace's
// memory per step grew with its length. Here a copy shares every chunk, and
// a write clones only the chunk it lands in: per-step memory stays flat.
//
// Reads and iteration look like std::vector's; hashing and equality are by
// value (element by element), so the explorer sees no difference.

#include <cstddef>
#include <memory>
#include <vector>

#include "core/base/hash.h"
#include "core/base/pool_allocator.h"

namespace svm {

template <class T, size_t N = 32>
class SharedVector {
  using Chunk = PoolVector<T>;
  // Chunk pointers are grouped too, kP to a page: a copy copies one pointer
  // per page, so even a table of a million elements costs a few hundred
  // bytes to snapshot, and a write clones one page and one chunk.
  static constexpr size_t kP = 32;
  using Page = PoolVector<std::shared_ptr<Chunk>>;

 public:
  using value_type = T;
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  const T& operator[](size_t i) const { return (*(*pages_[i / (N * kP)])[i / N % kP])[i % N]; }
  // Write access to one element: clones its page and chunk if a snapshot shares them.
  T& operator[](size_t i) { return own(i / N)[i % N]; }

  void push_back(T v) {
    if (size_ % (N * kP) == 0) {
      pages_.push_back(make<Page>());
      pages_.back()->reserve(kP);
    }
    if (size_ % N == 0) {
      auto c = make<Chunk>();
      c->reserve(N);
      own_page(pages_.size() - 1).push_back(std::move(c));
    }
    own(size_ / N).push_back(std::move(v));
    ++size_;
  }

  class const_iterator {
   public:
    const_iterator(const SharedVector* v, size_t i) : v_(v), i_(i) {}
    const T& operator*() const { return (*v_)[i_]; }
    const T* operator->() const { return &(*v_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const SharedVector* v_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

  friend bool operator==(const SharedVector& a, const SharedVector& b) {
    if (a.size_ != b.size_) return false;
    for (size_t p = 0; p < a.pages_.size(); ++p) {
      if (a.pages_[p] == b.pages_[p]) continue;
      const Page& pa = *a.pages_[p];
      const Page& pb = *b.pages_[p];
      for (size_t c = 0; c < pa.size(); ++c)
        if (pa[c] != pb[c] && *pa[c] != *pb[c]) return false;
    }
    return true;
  }
  // As std::vector<T> hashes: the size, then each element.
  friend void hash_append(Hasher& h, const SharedVector& v) {
    h(v.size_);
    for (const auto& p : v.pages_)
      for (const auto& c : *p)
        for (const T& x : *c) h(x);
  }

 private:
  Page& own_page(size_t p) {
    std::shared_ptr<Page>& q = pages_[p];
    if (q.use_count() > 1) {
      auto copy = make<Page>();
      copy->reserve(kP);
      copy->assign(q->begin(), q->end());
      q = std::move(copy);
    }
    return *q;
  }
  Chunk& own(size_t c) {
    std::shared_ptr<Chunk>& q = own_page(c / kP)[c % kP];
    if (q.use_count() > 1) {
      auto copy = make<Chunk>();
      copy->reserve(N);
      copy->assign(q->begin(), q->end());
      q = std::move(copy);
    }
    return *q;
  }

  // Pages, chunks and the table of pages are copied or cloned by the steps
  // that write the kernel part: from this thread's pool (pool_allocator.h).
  template <class X>
  static std::shared_ptr<X> make() {
    return std::allocate_shared<X>(PoolAllocator<X>());
  }
  PoolVector<std::shared_ptr<Page>> pages_;
  size_t size_ = 0;
};

}  // namespace svm
