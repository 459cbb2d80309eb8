#pragma once
// The explorer's visited set: the hashes of the states seen so far, in flat
// open-addressed tables (linear probing, each at most 3/4 full).
//
// A slot keeps 96 of a state's 128 hash bits (the low half and 32 bits of
// the high half) in 12 bytes: 16 bytes on average with the free slots, where
// a node-based set spent about 56 (its node, its allocation header and its
// bucket pointer), and a probe reads one cache line instead of chasing a
// pointer. The top 6 bits of the high half choose one of 64 tables, so a
// state is told apart by 102 bits: two states whose hashes agree on them are
// taken for one (hash compaction, as Spin does); for n states the odds of
// any such merge are about n^2 / 2^103, 2^-41 at the explorer's bound of
// 2^31 states. A slot's 32 high bits are zero while it is free, and all
// ones while a thread fills it (insert_shared()): a hash whose 32 bits are
// either is kept as one whose bits are the next value in (1, or all ones
// less one), which merges two of their 2^32 values into others, a 2^-31
// part of a bit.
//
// 64 tables, not one: a table doubles by allocating the new one while the
// old is still full, and with one table that moment held 1.5 times the whole
// set (300 MB on four-dma-devices, a fifth of its peak); a 64th of it is
// noise. Each table is its own anonymous mapping, so the kernel hands it
// over zero-filled (all slots free) and takes it back whole when it is
// dropped, instead of leaving it in the allocator's heap; a small one is
// kept for the next search, and cleared then (mapping_cache.h).
//
// Several threads may insert at once through insert_shared() (the parallel
// depth-first search), each as one of the `writers` the set was made for;
// insert() is for a search that inserts from one thread. A shared insert
// takes no lock: it claims a free slot by a compare-and-swap of its high
// bits (to all ones), fills it and publishes the hash's bits; a thread
// that meets a slot being filled waits for it. A table doubles while no
// thread is inside it: each writer says which table it is in, on a cache
// line of its own, and the one that doubles a table marks it and waits for
// the others to leave it (they step out when they see the mark, and wait
// for the new table). Each writer counts what it put in each table and adds
// it to the table's count every 32 (fewer past 32 writers, so that a table
// keeps room for at most 1024 uncounted): with a lock per table and the
// count beside it, both written at every insert, the cache line moved
// between the cores at every insert, and taking out both spared 7% of the
// exit race on two workers.

#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <cstddef>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <memory>
#include <new>
#include <utility>

#include "core/base/hash.h"
#include "core/explore/mapping_cache.h"
#include "core/explore/worker_pool.h"

namespace svm {

class VisitedSet {
#pragma pack(push, 4)
  struct Slot {
    uint64_t lo = 0;
    uint32_t hi = 0;  // never 0 (free) nor kBusy in a key (key())
    bool free() const { return hi == 0; }
    bool operator==(const Slot&) const = default;
  };
#pragma pack(pop)
  static_assert(sizeof(Slot) == 12);
  static constexpr size_t kTables = 64;
  static constexpr uint32_t kBusy = UINT32_MAX;  // a slot's high bits while a thread fills it
  static constexpr size_t kFlush = 32;          // a writer's inserts added to a table's count at once (up to)

  // n zero-filled slots in a mapping of their own, and with `ids` a number
  // for each after them.
  class Table {
   public:
    Table() = default;
    Table(size_t n, bool ids) : stride_(ids ? 16 : 12), n_(n), bytes_(n * stride_) {
      // Populated: every page of a table is written soon (hashes land
      // anywhere), and a page first read (prefetch(), a lookup) was mapped
      // to the zero page, so its first write faulted again and, with a
      // second worker running, flushed the other core's TLB (the exit race
      // on two workers: 2% of its time in those interrupts).
      s_ = static_cast<char*>(mapping::get(bytes_));
    }
    Table(Table&& o) noexcept
        : s_(std::exchange(o.s_, nullptr)), stride_(o.stride_), n_(std::exchange(o.n_, 0)), bytes_(std::exchange(o.bytes_, 0)) {}
    Table& operator=(Table&& o) noexcept {
      std::swap(s_, o.s_);
      std::swap(stride_, o.stride_);
      std::swap(n_, o.n_);
      std::swap(bytes_, o.bytes_);
      return *this;
    }
    ~Table() {
      if (s_) mapping::put(s_, bytes_);
    }
    size_t size() const { return n_; }
    size_t bytes() const { return bytes_; }
    Slot& operator[](size_t i) { return *reinterpret_cast<Slot*>(s_ + i * stride_); }
    const Slot& operator[](size_t i) const { return *reinterpret_cast<const Slot*>(s_ + i * stride_); }
    // Beside its slot, on the same cache line as often as not: kept apart
    // from the slots, a state's number was a cache miss of its own.
    uint32_t& id(size_t i) { return *reinterpret_cast<uint32_t*>(s_ + i * stride_ + sizeof(Slot)); }
    size_t stride() const { return stride_; }

   private:
    char* s_ = nullptr;
    size_t stride_ = 12;  // a slot, and with ids its number after it
    size_t n_ = 0, bytes_ = 0;
  };
  // A cache line for what only changes when the table doubles, one for
  // what the writers write: with the two mixed, and shards sharing lines, a
  // worker's prefetch() missed each time the other worker had inserted near it.
  struct alignas(64) Shard {
    Table table;
    // The table's slots and mask, for prefetch() from any thread while
    // another inserts: a hint that may be a doubling late, never a read.
    std::atomic<const char*> at{nullptr};
    std::atomic<size_t> stride{12};
    std::atomic<size_t> mask{0};
    std::atomic<bool> doubling{false};  // no writer may enter (insert_shared())
    alignas(64) std::mutex lock;        // held by the writer that doubles it
    // States in the table, but for those writers have yet to add (Writer).
    // Read by size() from any thread: relaxed, and a single-threaded insert
    // writes it with a plain store.
    std::atomic<size_t> used{0};
    void count() { used.store(used.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }
    bool full(size_t more = 0) const { return (used.load(std::memory_order_relaxed) + more + 1) * 4 > table.size() * 3; }
  };
  // A thread that inserts with insert_shared(): the table it is in (-1: none)
  // and, per table, what it put in and has not added to its count yet.
  struct alignas(64) Writer {
    std::atomic<int> in{-1};
    std::array<std::atomic<uint32_t>, kTables> pending{};
  };

  static Slot key(const Hash128& h) {
    uint32_t hi = static_cast<uint32_t>(h.hi);
    if (hi == 0 || hi == kBusy) hi ^= 1;  // 0 -> 1, all ones -> all ones less one
    return {h.lo, hi};
  }
  static size_t shard_of(const Hash128& h) { return static_cast<size_t>(h.hi >> 58); }

 public:
  // With `ids`, each state keeps a number (4 bytes more a slot), given as it
  // goes in and told when it is found again (insert_shared()). `writers`:
  // the threads that may insert_shared() at once (none: only insert() and
  // insert_checked(), from one thread).
  explicit VisitedSet(bool ids = false, unsigned writers = 0)
      : ids_(ids),
        writers_(std::make_unique<Writer[]>(std::max(1u, writers))),
        n_writers_(writers),
        flush_(std::clamp<size_t>(1024 / std::max(1u, writers), 1, kFlush)) {}

  // Insert `h`; false when it was there already. May grow a table (see
  // growth_bytes()); a failed allocation throws std::bad_alloc and leaves the
  // set as it was. From one thread, while no other inserts.
  bool insert(const Hash128& h) {
    auto any = [](size_t) { return true; };
    return insert_into(h, any) == Inserted::kNew;
  }
  // As writer w (below the `writers` the set was made for), while other
  // writers may insert too. `room(bytes)` is asked before a table doubles
  // (the bytes it is about to allocate, while the old table is still held),
  // `admit()` before a hash not seen yet goes in. When either answers false,
  // nothing changes (kRefused): it is where a bound on memory or on the
  // states holds exactly, whichever thread reaches it. With ids, `*id` is
  // the new state's number once admit() has answered, and is set to the
  // number of a state seen before.
  enum class Inserted { kNew, kSeen, kRefused };
  template <class Room, class Admit>
  Inserted insert_shared(const Hash128& h, unsigned w, Room&& room, Admit&& admit, uint32_t* id = nullptr) {
    assert(w < n_writers_);
    const size_t si = shard_of(h);
    Shard& sh = shards_[si];
    Writer& me = writers_[w];
    const Slot k = key(h);
    for (;;) {
      // Inside the table, unless it is being doubled (Dekker's handshake
      // with double_shared(): each stores, then reads the other's word).
      me.in.store(static_cast<int>(si), std::memory_order_seq_cst);
      if (sh.doubling.load(std::memory_order_seq_cst)) {
        me.in.store(-1, std::memory_order_release);
        while (sh.doubling.load(std::memory_order_acquire)) relax();
        continue;
      }
      if (sh.full(slack())) {
        const Inserted r = find_shared(sh, k, id) ? Inserted::kSeen : Inserted::kNew;
        me.in.store(-1, std::memory_order_release);
        if (r == Inserted::kSeen) return r;  // a state seen before never costs a doubling
        if (!double_shared(sh, si, room)) return Inserted::kRefused;
        continue;
      }
      const Inserted r = claim(sh, k, admit, id);
      if (r == Inserted::kNew) {
        std::atomic<uint32_t>& p = me.pending[si];
        const uint32_t n = p.load(std::memory_order_relaxed) + 1;
        if (n < flush_) {
          p.store(n, std::memory_order_relaxed);
        } else {
          p.store(0, std::memory_order_relaxed);
          sh.used.fetch_add(n, std::memory_order_relaxed);
        }
      }
      me.in.store(-1, std::memory_order_release);
      return r;
    }
  }
  // From a search that inserts from one thread: `admit(bytes)` as above,
  // asked once before a new hash goes in, with the bytes its table is about
  // to allocate to double (0 when it has room).
  template <class Admit>
  Inserted insert_checked(const Hash128& h, Admit&& admit) {
    return insert_into(h, admit);
  }
  // Read-only: safe from several threads while nobody inserts.
  bool contains(const Hash128& h) const { return find_in(shards_[shard_of(h)], key(h)) != kNone; }
  // Asks the cache for the slot where a lookup of `h` starts: a search
  // about to look up several hashes overlaps their misses.
  void prefetch(const Hash128& h) const {
    const Shard& sh = shards_[shard_of(h)];
    if (const char* at = sh.at.load(std::memory_order_relaxed))
      __builtin_prefetch(at + (key(h).lo & sh.mask.load(std::memory_order_relaxed)) * sh.stride.load(std::memory_order_relaxed));
  }
  // Exact while nobody inserts.
  size_t size() const {
    size_t n = 0;
    for (const Shard& sh : shards_) n += sh.used.load(std::memory_order_relaxed);
    for (size_t w = 0; w < n_writers_; ++w)
      for (const auto& p : writers_[w].pending) n += p.load(std::memory_order_relaxed);
    return n;
  }
  // States are told apart by this many bits of their hash.
  static constexpr int kBits = 96 + 6;
  // The odds that any two of n different states agreed on those bits, and
  // one was taken for the other (the birthday bound, n^2 / 2^(kBits + 1)).
  static double merge_odds(size_t n) {
    const double d = static_cast<double>(n);
    return std::ldexp(d * d, -(kBits + 1));
  }
  // Bytes inserting `h` may allocate (its table doubled, while the old one
  // is still held): the explorer checks them against its memory ceiling first.
  size_t growth_bytes(const Hash128& h) const {
    const Shard& sh = shards_[shard_of(h)];
    return sh.full() ? bytes_for(2 * std::max<size_t>(sh.table.size(), 8)) : 0;
  }
  size_t bytes() const {
    size_t b = 0;
    for (const Shard& sh : shards_) b += sh.table.bytes();
    return b;
  }
  // Room for n states without growing.
  void reserve(size_t n) {
    for (Shard& sh : shards_) {
      size_t size = std::max<size_t>(sh.table.size(), 8);
      while ((n / kTables + slack() + 1) * 4 > size * 3) size *= 2;
      if (size > sh.table.size()) grow(sh, size);  // one mapping, not one per doubling
    }
  }

 private:
  static constexpr size_t kNone = SIZE_MAX;
  size_t bytes_for(size_t n) const { return n * (sizeof(Slot) + (ids_ ? sizeof(uint32_t) : 0)); }
  // What the writers may have put in a table and not counted yet: at most
  // 1024 whatever their number (flush_), as each table keeps room for it.
  size_t slack() const { return n_writers_ * (flush_ - 1); }

  template <class Admit>
  Inserted insert_into(const Hash128& h, Admit& admit) {
    const Slot k = key(h);
    Shard& sh = shards_[shard_of(h)];
    if (!sh.full()) {
      const size_t mask = sh.table.size() - 1;
      for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
        Slot& s = sh.table[i];
        if (s == k) return Inserted::kSeen;
        if (s.free()) {
          if (!admit(size_t(0))) return Inserted::kRefused;
          s = k;
          sh.count();
          return Inserted::kNew;
        }
      }
    }
    // Full: look before growing, so a state seen before never costs a doubling.
    if (find_in(sh, k) != kNone) return Inserted::kSeen;
    if (!admit(bytes_for(2 * std::max<size_t>(sh.table.size(), 8)))) return Inserted::kRefused;
    grow(sh);
    const size_t mask = sh.table.size() - 1;
    size_t i = k.lo & mask;
    while (!sh.table[i].free()) i = (i + 1) & mask;
    sh.table[i] = k;
    sh.count();
    return Inserted::kNew;
  }

  // The probe of insert_shared(): k found, or a free slot claimed for it.
  template <class Admit>
  Inserted claim(Shard& sh, const Slot& k, Admit& admit, uint32_t* id) {
    const size_t mask = sh.table.size() - 1;
    for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
      Slot& s = sh.table[i];
      std::atomic_ref<uint32_t> hi(s.hi);
      uint32_t x = hi.load(std::memory_order_acquire);
      for (;;) {
        while (x == kBusy) {
          relax();
          x = hi.load(std::memory_order_acquire);
        }
        if (x != 0) break;
        if (!hi.compare_exchange_weak(x, kBusy, std::memory_order_acquire, std::memory_order_acquire)) continue;
        if (!admit()) {
          hi.store(0, std::memory_order_release);
          return Inserted::kRefused;
        }
        s.lo = k.lo;  // published by the store of its high bits
        if (id) sh.table.id(i) = *id;
        hi.store(k.hi, std::memory_order_release);
        return Inserted::kNew;
      }
      if (x == k.hi && s.lo == k.lo) {
        if (id) *id = sh.table.id(i);
        return Inserted::kSeen;
      }
    }
  }
  // The same, looking only.
  static bool find_shared(Shard& sh, const Slot& k, uint32_t* id) {
    if (sh.table.size() == 0) return false;
    const size_t mask = sh.table.size() - 1;
    for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
      Slot& s = sh.table[i];
      std::atomic_ref<uint32_t> hi(s.hi);
      uint32_t x;
      while ((x = hi.load(std::memory_order_acquire)) == kBusy) relax();
      if (x == 0) return false;
      if (x == k.hi && s.lo == k.lo) {
        if (id) *id = sh.table.id(i);
        return true;
      }
    }
  }
  // Doubles table si (as often as its count needs) once no writer is in it;
  // false, and nothing done, when room() refuses the bytes. Another writer
  // may have doubled it first: then nothing to do.
  template <class Room>
  bool double_shared(Shard& sh, size_t si, Room& room) {
    std::lock_guard<std::mutex> g(sh.lock);
    if (!sh.full(slack())) return true;
    size_t size = 2 * std::max<size_t>(sh.table.size(), 8);
    while ((sh.used.load(std::memory_order_relaxed) + slack() + 1) * 4 > size * 3) size *= 2;
    if (!room(bytes_for(size))) return false;
    sh.doubling.store(true, std::memory_order_seq_cst);
    for (size_t w = 0; w < n_writers_; ++w)
      while (writers_[w].in.load(std::memory_order_seq_cst) == static_cast<int>(si)) relax();
    try {
      grow(sh, size);
    } catch (...) {
      sh.doubling.store(false, std::memory_order_release);
      throw;
    }
    // Counted anew: what is in it, less what the writers have yet to add.
    size_t in = 0, pending = 0;
    for (size_t j = 0; j < sh.table.size(); ++j) in += !sh.table[j].free();
    for (size_t w = 0; w < n_writers_; ++w) pending += writers_[w].pending[si].load(std::memory_order_relaxed);
    sh.used.store(in - pending, std::memory_order_relaxed);
    sh.doubling.store(false, std::memory_order_release);
    return true;
  }

  // Where k is in sh's table, or kNone.
  static size_t find_in(const Shard& sh, const Slot& k) {
    if (sh.table.size() == 0) return kNone;
    const size_t mask = sh.table.size() - 1;
    for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
      const Slot& s = sh.table[i];
      if (s == k) return i;
      if (s.free()) return kNone;
    }
  }
  void grow(Shard& sh) const { grow(sh, 2 * std::max<size_t>(sh.table.size(), 8)); }
  void grow(Shard& sh, size_t size) const {
    Table bigger(size, ids_);
    const size_t mask = bigger.size() - 1;
    for (size_t j = 0; j < sh.table.size(); ++j) {
      const Slot& s = sh.table[j];
      if (s.free()) continue;
      size_t i = s.lo & mask;
      while (!bigger[i].free()) i = (i + 1) & mask;
      bigger[i] = s;
      if (ids_) bigger.id(i) = sh.table.id(j);
    }
    sh.table = std::move(bigger);
    sh.at.store(reinterpret_cast<const char*>(&sh.table[0]), std::memory_order_relaxed);
    sh.stride.store(sh.table.stride(), std::memory_order_relaxed);
    sh.mask.store(sh.table.size() - 1, std::memory_order_relaxed);
  }

  const bool ids_;
  std::unique_ptr<Writer[]> writers_;
  const size_t n_writers_;
  const size_t flush_;  // a writer adds its inserts to a table's count this many at once
  std::array<Shard, kTables> shards_;
};

}  // namespace svm
