#pragma once
// Hashing for the machine state. The explorer dedupes states by hash and exact
// equality, so every field that makes two states differ must be fed here; a
// missing field only costs collisions, never a wrong answer.

#include <array>
#include <cstring>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace svm {

// A 128-bit hash: two independent 64-bit lanes. The explorer keeps only the
// hash of a visited state (hash compaction), so it must make collisions
// negligible: for 10^9 states the chance of one is about 2^-68.
struct Hash128 {
  uint64_t lo = 0, hi = 0;
  bool operator==(const Hash128&) const = default;
};

class Hasher {
 public:
  // Where a hash has got to, to go on from later (FrameStack keeps one).
  struct State {
    uint64_t a, b;
  };
  Hasher() = default;
  explicit Hasher(State s) : a_(s.a), b_(s.b) {}
  State state() const { return {a_, b_}; }

  void mix(uint64_t v) {
    a_ = rotl(a_ ^ v, 23) * 0x9e3779b97f4a7c15ULL;
    b_ = rotl(b_ + v, 41) * 0xc2b2ae3d27d4eb4fULL;
  }
  uint64_t value() const { return wide().lo; }
  Hash128 wide() const { return {fin(a_ ^ (b_ >> 17)), fin(b_ + 0x165667b19e3779f9ULL)}; }

  template <class... Ts>
  void operator()(const Ts&... xs) {
    (append(xs), ...);
  }

 private:
  template <class T>
  void append(const T& x);
  static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
  static uint64_t fin(uint64_t h) {  // splitmix64 finaliser
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
  }
  uint64_t a_ = 0x84222325cbf29ce4ULL;
  uint64_t b_ = 0x6a09e667f3bcc909ULL;
};

template <class T>
concept HasHashAppend = requires(Hasher& h, const T& x) { hash_append(h, x); };

template <class T>
void Hasher::append(const T& x) {
  if constexpr (std::is_enum_v<T>) {
    mix(static_cast<uint64_t>(x));
  } else if constexpr (std::is_integral_v<T>) {
    mix(static_cast<uint64_t>(x));
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
    mix(x.size());
    for (char c : x) mix(static_cast<unsigned char>(c));
  } else if constexpr (HasHashAppend<T>) {
    hash_append(*this, x);
  } else {
    static_assert(sizeof(T) == 0, "no hash_append for this type");
  }
}

// A sequence's n elements from p (its length is the caller's to mix first).
template <class T>
[[gnu::always_inline]] inline void hash_elements(Hasher& h, const T* p, size_t n) {
  if constexpr ((std::is_enum_v<T> || std::is_integral_v<T>) && sizeof(T) == 1) {
    // Byte-sized elements, eight to a mix.
    // (One load each: assembling them byte by byte was 1000 instructions
    // for the driver's 256-entry queue status, hashed at most steps.)
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      h.mix(w);
    }
    for (; i < n; ++i) h.mix(static_cast<uint8_t>(p[i]));
  } else {
    for (const T* q = p; q != p + n; ++q) h(*q);
  }
}

template <class T, class A>
void hash_append(Hasher& h, const std::vector<T, A>& v) {
  h(v.size());
  hash_elements(h, v.data(), v.size());
}
template <class T, std::size_t N>
void hash_append(Hasher& h, const std::array<T, N>& v) {
  for (const auto& x : v) h(x);
}
template <class A, class B>
void hash_append(Hasher& h, const std::pair<A, B>& p) {
  h(p.first, p.second);
}
template <class K, class V>
void hash_append(Hasher& h, const std::map<K, V>& m) {
  h(m.size());
  for (const auto& [k, v] : m) h(k, v);
}
template <class T>
void hash_append(Hasher& h, const std::optional<T>& o) {
  h(o.has_value());
  if (o) h(*o);
}

// The elements of v as a set: the same for any order of them (each element
// hashed alone, the results added). For a container whose order is known to
// make no difference (see IommuState::order_free).
template <class T, class A>
void hash_append_unordered(Hasher& h, const std::vector<T, A>& v) {
  uint64_t lo = 0, hi = 0;
  for (const auto& x : v) {
    Hasher e;
    e(x);
    const Hash128 w = e.wide();
    lo += w.lo;
    hi += w.hi;
  }
  h(v.size(), lo, hi);
}

template <class T>
uint64_t hash_of(const T& x) {
  Hasher h;
  h(x);
  return h.value();
}

template <class T>
Hash128 hash128_of(const T& x) {
  Hasher h;
  h(x);
  return h.wide();
}

}  // namespace svm
