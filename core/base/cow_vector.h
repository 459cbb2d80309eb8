#pragma once
// CowVector<V>: one table of a part (the kernel's tasks, mms, files, ...)
// shared on its own, with its own hash. A step that writes one mm clones
// the mm table alone, not the kernel part's other tables, and hashing the
// kernel part then rehashes that table alone and mixes in the others' kept
// hashes (the exit race rehashed the whole kernel part at a quarter of its
// successors, about 1,900 instructions each).
//
// It reads like the container it holds: const access reads; non-const
// access (operator[], push_back, back(), iteration) clones the table first
// if a snapshot shares it, and forgets its hash. So read through a const
// reference where nothing is written.

#include <cstddef>
#include <utility>

#include "core/base/cow.h"
#include "core/base/hash.h"

namespace svm {

template <class V>
class CowVector {
  // A machine's own (cow.h): Machine::unshare() unshares it through its part.
  using Part = Cow<V, Sharing::kConfinable>;

 public:
  using value_type = typename V::value_type;

  CowVector() = default;
  explicit CowVector(V v) : p_(std::move(v)) {}

  size_t size() const { return p_->size(); }
  bool empty() const { return p_->empty(); }
  const value_type& operator[](size_t i) const { return (*p_)[i]; }
  const value_type& at(size_t i) const { return p_->at(i); }
  const value_type& front() const { return p_->front(); }
  const value_type& back() const { return p_->back(); }
  auto begin() const { return p_->begin(); }
  auto end() const { return p_->end(); }
  const V& operator*() const { return *p_; }

  V& mut() { return p_.mut(); }
  value_type& operator[](size_t i) { return p_.mut()[i]; }
  value_type& back() { return p_.mut().back(); }
  auto begin() { return p_.mut().begin(); }
  auto end() { return p_.mut().end(); }
  void push_back(value_type v) { p_.mut().push_back(std::move(v)); }

  Hash128 hash128() const { return p_.hash128(); }
  bool shares(const CowVector& o) const { return p_.shares(o.p_); }
  void unshare() { p_.unshare(); }
  bool operator==(const CowVector& o) const { return p_ == o.p_; }
  // The table's kept hash: its part hashes it only when it changed.
  friend void hash_append(Hasher& h, const CowVector& v) {
    const Hash128 x = v.hash128();
    h.mix(x.lo);
    h.mix(x.hi);
  }

 private:
  Part p_;
};

}  // namespace svm
