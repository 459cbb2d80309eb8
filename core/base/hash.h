#pragma once
// Hashing for the machine state. The explorer dedupes states by hash and exact
// equality, so every field that makes two states differ must be fed here; a
// missing field only costs collisions, never a wrong answer.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace svm {

class Hasher {
 public:
  void mix(uint64_t v) {
    // splitmix64 step folded into the running state: cheap and well spread.
    h_ ^= v + 0x9e3779b97f4a7c15ULL + (h_ << 6) + (h_ >> 2);
    h_ = (h_ ^ (h_ >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h_ = (h_ ^ (h_ >> 27)) * 0x94d049bb133111ebULL;
    h_ ^= h_ >> 31;
  }
  uint64_t value() const { return h_; }

  template <class... Ts>
  void operator()(const Ts&... xs) {
    (append(xs), ...);
  }

 private:
  template <class T>
  void append(const T& x);
  uint64_t h_ = 0x84222325cbf29ce4ULL;
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

template <class T>
void hash_append(Hasher& h, const std::vector<T>& v) {
  h(v.size());
  for (const auto& x : v) h(x);
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

template <class T>
uint64_t hash_of(const T& x) {
  Hasher h;
  h(x);
  return h.value();
}

}  // namespace svm
