#pragma once
// CowTable<T>: a part of the machine made of one Cow per element (the
// threads, the devices), so a step clones only the element it writes, and
// every snapshot and explorer successor shares the others. Its interface is
// Cow's (`*`, `->`, `mut()`, hash128, shares), so the machine's parts read
// alike; `mut()[i]` clones element i only.

#include <stdexcept>
#include <vector>

#include "core/base/cow.h"
#include "core/base/pool_allocator.h"

namespace svm {

template <class T>
class CowTable {
  using Part = Cow<T, Sharing::kConfinable>;  // a machine's own (cow.h)
  using Cows = std::vector<Part, PoolAllocator<Part>>;

 public:
  CowTable() = default;
  explicit CowTable(std::vector<T> xs) {
    t_.reserve(xs.size());
    for (T& x : xs) t_.emplace_back(std::move(x));
  }

  size_t size() const { return t_.size(); }
  bool empty() const { return t_.empty(); }
  const T& operator[](size_t i) const { return *t_[i]; }
  const T& at(size_t i) const {
    if (i >= t_.size()) throw std::out_of_range("CowTable::at");
    return *t_[i];
  }
  const T& front() const { return *t_.front(); }
  const T& back() const { return *t_.back(); }
  const CowTable& operator*() const { return *this; }
  const CowTable* operator->() const { return this; }

  class const_iterator {
   public:
    using It = typename Cows::const_iterator;
    explicit const_iterator(It i) : i_(i) {}
    const T& operator*() const { return **i_; }
    const T* operator->() const { return &**i_; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator&) const = default;

   private:
    It i_;
  };
  const_iterator begin() const { return const_iterator(t_.begin()); }
  const_iterator end() const { return const_iterator(t_.end()); }

  // Write access, element by element.
  class Mut {
   public:
    explicit Mut(Cows& t) : t_(t) {}
    T& operator[](size_t i) { return t_[i].mut(); }
    size_t size() const { return t_.size(); }

   private:
    Cows& t_;
  };
  Mut mut() { return Mut(t_); }

  // The same elements, element i at position to[i] (a permutation).
  CowTable permuted(const std::vector<int>& to) const {
    CowTable r;
    r.t_ = t_;
    for (size_t i = 0; i < t_.size(); ++i) r.t_[static_cast<size_t>(to[i])] = t_[i];
    return r;
  }

  bool shares(size_t i, const CowTable& o) const { return i < o.t_.size() && t_[i].shares(o.t_[i]); }
  // Every element shared: nothing written since `o` was copied.
  bool shares(const CowTable& o) const {
    if (t_.size() != o.t_.size()) return false;
    for (size_t i = 0; i < t_.size(); ++i)
      if (!t_[i].shares(o.t_[i])) return false;
    return true;
  }

  Hash128 hash128(size_t i) const { return t_[i].hash128(); }
  // hash128() with element i's hash taken from element(i): the symmetry
  // reduction hashes a renamed table without building it. The same formula;
  // hash128() keeps its own loop because calling this one costs the explorer
  // 0.6% more instructions (callgrind, the exit race). tst_symmetry holds
  // the two equal.
  template <class F>
  Hash128 hash128_by(F&& element) const {
    Hasher h;
    h.mix(t_.size());
    for (size_t i = 0; i < t_.size(); ++i) {
      const Hash128 p = element(i);
      h.mix(p.lo);
      h.mix(p.hi);
    }
    return h.wide();
  }
  Hash128 hash128() const {
    Hasher h;
    h.mix(t_.size());
    for (const Part& t : t_) {
      const Hash128 p = t.hash128();
      h.mix(p.lo);
      h.mix(p.hi);
    }
    return h.wide();
  }
  bool operator==(const CowTable& o) const { return t_ == o.t_; }
  void unshare() {
    for (Part& c : t_) c.unshare();
  }

 private:
  Cows t_;
};

}  // namespace svm
