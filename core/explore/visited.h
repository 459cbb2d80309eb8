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
// 2^31 states. The all-zero key marks a free slot; the one state that may
// have it is kept in a flag of its own.
//
// 64 tables, not one: a table doubles by allocating the new one while the
// old is still full, and with one table that moment held 1.5 times the whole
// set (300 MB on four-dma-devices, a fifth of its peak); a 64th of it is
// noise. Each table is its own anonymous mapping, so the kernel hands it
// over zero-filled (all slots free) and takes it back whole when it is
// dropped, instead of leaving it in the allocator's heap.
//
// Several threads may insert at once through insert_shared(), which holds the
// lock of the one table the hash falls in (the parallel depth-first search);
// insert() takes no lock, for a search that inserts from one thread. (Taking
// out the locks, the tables' counts and the depth-first search's own count
// of states together spared 5% of the exit race on two workers, the most a
// lock-free table could; a spin lock instead of std::mutex measured 1%.)

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <new>
#include <utility>

#include "core/base/hash.h"

namespace svm {

class VisitedSet {
#pragma pack(push, 4)
  struct Slot {
    uint64_t lo = 0;
    uint32_t hi = 0;
    bool free() const { return lo == 0 && hi == 0; }
    bool operator==(const Slot&) const = default;
  };
#pragma pack(pop)
  static_assert(sizeof(Slot) == 12);
  static constexpr size_t kTables = 64;

  // n zero-filled slots in a mapping of their own, and with `ids` a number
  // for each after them.
  class Table {
   public:
    Table() = default;
    Table(size_t n, bool ids) : n_(n), bytes_(n * (sizeof(Slot) + (ids ? sizeof(uint32_t) : 0))) {
      // Populated: every page of a table is written soon (hashes land
      // anywhere), and a page first read (prefetch(), a lookup) was mapped
      // to the zero page, so its first write faulted again and, with a
      // second worker running, flushed the other core's TLB (the exit race
      // on two workers: 2% of its time in those interrupts).
      void* p = ::mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      s_ = static_cast<Slot*>(p);
      if (ids) ids_ = reinterpret_cast<uint32_t*>(s_ + n);
    }
    Table(Table&& o) noexcept
        : s_(std::exchange(o.s_, nullptr)), ids_(std::exchange(o.ids_, nullptr)), n_(std::exchange(o.n_, 0)),
          bytes_(std::exchange(o.bytes_, 0)) {}
    Table& operator=(Table&& o) noexcept {
      std::swap(s_, o.s_);
      std::swap(ids_, o.ids_);
      std::swap(n_, o.n_);
      std::swap(bytes_, o.bytes_);
      return *this;
    }
    ~Table() {
      if (s_) ::munmap(s_, bytes_);
    }
    size_t size() const { return n_; }
    size_t bytes() const { return bytes_; }
    Slot& operator[](size_t i) { return s_[i]; }
    const Slot& operator[](size_t i) const { return s_[i]; }
    uint32_t& id(size_t i) { return ids_[i]; }
    bool has_ids() const { return ids_ != nullptr; }

   private:
    Slot* s_ = nullptr;
    uint32_t* ids_ = nullptr;
    size_t n_ = 0, bytes_ = 0;
  };
  // A cache line for what only changes when the table doubles, one for
  // what every insert writes: with the two mixed, and shards sharing lines,
  // a worker's prefetch() or lock missed each time the other worker had
  // inserted near it.
  struct alignas(64) Shard {
    Table table;
    // The table's slots and mask, for prefetch() from any thread while
    // another inserts: a hint that may be a doubling late, never a read.
    std::atomic<const Slot*> at{nullptr};
    std::atomic<size_t> mask{0};
    alignas(64) std::mutex lock;  // insert_shared() only
    // Written under the lock, read by size() from any thread: relaxed, so an
    // insert writes it with a plain store (the set's size is their sum: no
    // counter that every insert of every worker writes).
    std::atomic<size_t> used{0};
    void count() { used.store(used.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }
    bool full() const { return (used.load(std::memory_order_relaxed) + 1) * 4 > table.size() * 3; }
  };

  static Slot key(const Hash128& h) { return {h.lo, static_cast<uint32_t>(h.hi)}; }
  static size_t shard_of(const Hash128& h) { return static_cast<size_t>(h.hi >> 58); }

 public:
  // With `ids`, each state keeps a number (4 bytes more a slot), given as it
  // goes in and told when it is found again (insert_shared()).
  explicit VisitedSet(bool ids = false) : ids_(ids) {}

  // Insert `h`; false when it was there already. May grow a table (see
  // growth_bytes()); a failed allocation throws std::bad_alloc and leaves the
  // set as it was.
  bool insert(const Hash128& h) {
    auto any = [](size_t) { return true; };
    return insert_into(h, any, nullptr) == Inserted::kNew;
  }
  // From several threads at once. `admit(bytes)` is asked, under the table's
  // lock, before a hash not seen yet goes in: `bytes` is what its table is
  // about to allocate to double (0 when it has room). When it answers false,
  // nothing changes (kRefused): it is where a bound on the states or on
  // memory holds exactly, whichever thread reaches it. With ids, `*id` is
  // the new state's number once admit() has answered, and is set to the
  // number of a state seen before.
  enum class Inserted { kNew, kSeen, kRefused };
  template <class Admit>
  Inserted insert_shared(const Hash128& h, Admit&& admit, uint32_t* id = nullptr) {
    std::lock_guard<std::mutex> g(shards_[shard_of(h)].lock);
    return insert_into(h, admit, id);
  }
  // The same from a search that inserts from one thread: no lock.
  template <class Admit>
  Inserted insert_checked(const Hash128& h, Admit&& admit) {
    return insert_into(h, admit, nullptr);
  }
  // Read-only: safe from several threads while nobody inserts.
  bool contains(const Hash128& h) const {
    const Slot k = key(h);
    if (k.free()) return zero_.load(std::memory_order_relaxed);
    return find_in(shards_[shard_of(h)], k) != kNone;
  }
  // Asks the cache for the slot where a lookup of `h` starts: a search
  // about to look up several hashes overlaps their misses.
  void prefetch(const Hash128& h) const {
    const Shard& sh = shards_[shard_of(h)];
    if (const Slot* at = sh.at.load(std::memory_order_relaxed))
      __builtin_prefetch(at + (key(h).lo & sh.mask.load(std::memory_order_relaxed)));
  }
  size_t size() const {
    size_t n = zero_.load(std::memory_order_relaxed) ? 1 : 0;
    for (const Shard& sh : shards_) n += sh.used.load(std::memory_order_relaxed);
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
  size_t growth_bytes(const Hash128& h) const { return growth(shards_[shard_of(h)]); }
  size_t bytes() const {
    size_t b = 0;
    for (const Shard& sh : shards_) b += sh.table.bytes();
    return b;
  }
  // Room for n states without growing.
  void reserve(size_t n) {
    for (Shard& sh : shards_) {
      size_t size = std::max<size_t>(sh.table.size(), 8);
      while ((n / kTables + 1) * 4 > size * 3) size *= 2;
      if (size > sh.table.size()) grow(sh, size);  // one mapping, not one per doubling
    }
  }

 private:
  static constexpr size_t kNone = SIZE_MAX;
  size_t growth(const Shard& sh) const {
    return sh.full() ? 2 * std::max<size_t>(sh.table.size(), 8) * (sizeof(Slot) + (ids_ ? sizeof(uint32_t) : 0)) : 0;
  }
  template <class Admit>
  Inserted insert_into(const Hash128& h, Admit& admit, uint32_t* id) {
    const Slot k = key(h);
    if (k.free()) {
      // Its own flag, under the lock of whichever table the hash names: a
      // compare-and-swap, so two threads cannot both take it.
      if (zero_.load(std::memory_order_relaxed)) {
        if (id) *id = zero_id_.load(std::memory_order_relaxed);
        return Inserted::kSeen;
      }
      if (!admit(size_t(0))) return Inserted::kRefused;
      bool no = false;
      if (!zero_.compare_exchange_strong(no, true)) return Inserted::kSeen;
      if (id) zero_id_.store(*id, std::memory_order_relaxed);
      return Inserted::kNew;
    }
    Shard& sh = shards_[shard_of(h)];
    if (!sh.full()) {
      const size_t mask = sh.table.size() - 1;
      for (size_t i = k.lo & mask;; i = (i + 1) & mask) {
        Slot& s = sh.table[i];
        if (s == k) {
          if (id) *id = sh.table.id(i);
          return Inserted::kSeen;
        }
        if (s.free()) {
          if (!admit(size_t(0))) return Inserted::kRefused;
          s = k;
          if (id) sh.table.id(i) = *id;
          sh.count();
          return Inserted::kNew;
        }
      }
    }
    // Full: look before growing, so a state seen before never costs a doubling.
    if (const size_t at = find_in(sh, k); at != kNone) {
      if (id) *id = sh.table.id(at);
      return Inserted::kSeen;
    }
    if (!admit(growth(sh))) return Inserted::kRefused;
    grow(sh);
    const size_t mask = sh.table.size() - 1;
    size_t i = k.lo & mask;
    while (!sh.table[i].free()) i = (i + 1) & mask;
    sh.table[i] = k;
    if (id) sh.table.id(i) = *id;
    sh.count();
    return Inserted::kNew;
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
    sh.at.store(&sh.table[0], std::memory_order_relaxed);
    sh.mask.store(sh.table.size() - 1, std::memory_order_relaxed);
  }

  const bool ids_;
  std::array<Shard, kTables> shards_;
  std::atomic<bool> zero_{false};
  std::atomic<uint32_t> zero_id_{0};
};

}  // namespace svm
