#pragma once
// The snapshots of a trace in bounded memory: a full machine every
// kCheckpointEvery steps and, between them, only which thread stepped. The
// state after any step is the nearest checkpoint at or before it, replayed
// forward; the engine is deterministic (a step is a function of the machine,
// the configuration and the thread), so the replayed machine equals the one
// the run passed through, observations included (replay records every step,
// as the run did, because a traced step also counts cache hits).
//
// Cost: at most kCheckpointEvery - 1 traced steps per seek (tens of
// microseconds: the GUI slider stays instant), and a handful of recently
// reached states kept in a small cache so the views, which read the state at
// the cursor and the one before it several times per repaint, replay once.
//
// Reading: `states[i]` returns the machine by value (copying one costs a few
// pointer copies; its parts are shared with the cache). A reference into a
// part of it (`*t.states[i].hw`) stays valid while the cache holds that state,
// i.e. for the next kCacheSize reads of other states: enough for a view that
// compares two neighbouring steps, not for keeping one; keep the Machine.
//
// Thread safety: const reads may run concurrently (the cache is locked).

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/engine/config.h"
#include "core/engine/machine.h"

namespace svm {

class StateStore {
 public:
  // One full machine per this many steps. 128: a seek replays at most 127
  // steps (bench_core long_trace_1m: 20 us on average, 0.2 ms at worst,
  // against 16 ms for a frame of the slider), and a checkpoint clones the
  // parts the next steps write: the fewer, the faster and smaller a trace.
  // The 1M-step trace, process CPU time, one machine on one day: 1.9 M
  // steps/s and 547 B/step at 64, 2.1 M and 449 B at 128 (2.4 M with its
  // records' pages populated, chunked_vector.h); a seek 14 us on average at
  // 64, 20 us at 128. (32, in an earlier measurement: 650 B/step.)
  static constexpr size_t kCheckpointEvery = 128;
  static constexpr size_t kCacheSize = 8;

  StateStore() = default;
  explicit StateStore(std::shared_ptr<const Config> cfg) : cfg_(std::move(cfg)) {}
  StateStore(const StateStore& o);
  StateStore& operator=(const StateStore& o);
  StateStore(StateStore&&) noexcept = default;
  StateStore& operator=(StateStore&&) noexcept = default;

  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  Machine operator[](size_t i) const { return at(i); }
  Machine at(size_t i) const;
  // The newest state (kept whole).
  const Machine& back() const {
    assert(last_valid_);
    return last_;
  }
  Machine front() const { return at(0); }

  // A state stored whole (the booted machine, a hand-built trace).
  void push_back(Machine m);
  // The state after thread `tid` stepped from the newest one: copied whole
  // at each checkpoint, otherwise only `tid` is kept. The run steps its own
  // machine in place between checkpoints (a part no snapshot shares is
  // written without a clone) and hands it over with seal() at the end.
  void push_step(const Machine& m, int tid);
  // The newest state, whole: the end of a run that pushed steps.
  void seal(Machine m);
  // Replace state i (tests that tamper with a state): the states after it
  // keep their old values.
  void set(size_t i, Machine m);

  // The first n states (n <= size()), sharing this store's checkpoints.
  StateStore prefix(size_t n) const;

  // Iteration in order, each state replayed once from the previous one.
  class const_iterator {
   public:
    const_iterator(const StateStore* s, size_t i) : s_(s), i_(i) {}
    Machine operator*() const { return s_->at(i_); }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const StateStore* s_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, n_}; }

  // How many states are stored whole (the benchmark reports it).
  size_t checkpoints() const { return cps_.size(); }

 private:
  struct Checkpoint {
    size_t index;
    Machine m;
  };
  std::shared_ptr<const Config> cfg_;
  std::vector<Checkpoint> cps_;   // sorted by index; cps_[0].index == 0
  std::vector<int16_t> tid_;      // tid_[i]: the thread that stepped from state i to i+1
  size_t n_ = 0;
  Machine last_;             // state n_ - 1 when last_valid_
  bool last_valid_ = false;  // false between push_step() and seal()
  struct Cached {
    size_t index;
    Machine m;
  };
  mutable std::mutex mu_;
  mutable std::vector<Cached> cache_;  // most recent last
};

}  // namespace svm
