#pragma once
// The machine's threads: one Cow per thread, so a step clones only the thread
// it moves (and one it wakes), and every snapshot and explorer successor
// shares the others. Its interface is Cow's (`*`, `->`, `mut()`, hash128,
// shares), so the machine's parts read alike; `mut()[i]` clones thread i only.

#include <vector>

#include "core/base/cow.h"
#include "core/engine/thread.h"

namespace svm {

class ThreadTable {
 public:
  ThreadTable() = default;
  explicit ThreadTable(std::vector<Thread> ts) {
    t_.reserve(ts.size());
    for (Thread& t : ts) t_.emplace_back(std::move(t));
  }

  size_t size() const { return t_.size(); }
  const Thread& operator[](size_t i) const { return *t_[i]; }
  const ThreadTable& operator*() const { return *this; }
  const ThreadTable* operator->() const { return this; }

  class const_iterator {
   public:
    using It = std::vector<Cow<Thread>>::const_iterator;
    explicit const_iterator(It i) : i_(i) {}
    const Thread& operator*() const { return **i_; }
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

  // Write access, thread by thread.
  class Mut {
   public:
    explicit Mut(std::vector<Cow<Thread>>& t) : t_(t) {}
    Thread& operator[](size_t i) { return t_[i].mut(); }
    size_t size() const { return t_.size(); }

   private:
    std::vector<Cow<Thread>>& t_;
  };
  Mut mut() { return Mut(t_); }

  bool shares(size_t i, const ThreadTable& o) const { return i < o.t_.size() && t_[i].shares(o.t_[i]); }

  Hash128 hash128() const {
    Hasher h;
    h.mix(t_.size());
    for (const Cow<Thread>& t : t_) {
      const Hash128 p = t.hash128();
      h.mix(p.lo);
      h.mix(p.hi);
    }
    return h.wide();
  }
  bool operator==(const ThreadTable& o) const { return t_ == o.t_; }

 private:
  std::vector<Cow<Thread>> t_;
};

}  // namespace svm
