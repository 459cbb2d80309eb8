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

namespace svm {

template <class T, size_t N = 32>
class SharedVector {
  using Chunk = std::vector<T>;

 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  const T& operator[](size_t i) const { return (*chunks_[i / N])[i % N]; }
  // Write access to one element: clones its chunk if a snapshot shares it.
  T& operator[](size_t i) { return own(i / N)[i % N]; }

  void push_back(T v) {
    if (size_ % N == 0) {
      chunks_.push_back(std::make_shared<Chunk>());
      chunks_.back()->reserve(N);
    }
    own(chunks_.size() - 1).push_back(std::move(v));
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
    for (size_t c = 0; c < a.chunks_.size(); ++c)
      if (a.chunks_[c] != b.chunks_[c] && *a.chunks_[c] != *b.chunks_[c]) return false;
    return true;
  }
  // As std::vector<T> hashes: the size, then each element.
  friend void hash_append(Hasher& h, const SharedVector& v) {
    h(v.size_);
    for (const auto& c : v.chunks_)
      for (const T& x : *c) h(x);
  }

 private:
  Chunk& own(size_t c) {
    std::shared_ptr<Chunk>& p = chunks_[c];
    if (p.use_count() > 1) {
      auto copy = std::make_shared<Chunk>();
      copy->reserve(N);
      copy->assign(p->begin(), p->end());
      p = std::move(copy);
    }
    return *p;
  }

  std::vector<std::shared_ptr<Chunk>> chunks_;
  size_t size_ = 0;
};

}  // namespace svm
