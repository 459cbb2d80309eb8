#pragma once
// printf-style formatting of the few conversions the model's source lines
// use (%s, %u, %x, %llx, with a zero-padded width), without snprintf: a
// traced step that names a descriptor or a source id spent more time in
// vfprintf's locale and stream machinery than in the step itself.
//
//   cfmt("IQ[%u] SID %04x: %s", 3u, 0x20u, "device-TLB inv")
//
// An argument is a const char* or an unsigned integer; a conversion this
// does not know, or too few arguments, is written out as it stands.

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

namespace svm {

namespace cfmt_detail {

struct Arg {
  enum class Kind : uint8_t { Str, Num } kind;
  const char* s = nullptr;
  unsigned long long n = 0;
  Arg(const char* v) : kind(Kind::Str), s(v) {}  // NOLINT: implicit, as printf's varargs
  template <class N>
    requires std::is_unsigned_v<N>
  Arg(N v) : kind(Kind::Num), n(v) {}  // NOLINT
};

void format(std::string& out, const char* f, const Arg* args, size_t count);

}  // namespace cfmt_detail

template <class... A>
std::string cfmt(const char* f, const A&... a) {
  std::string out;
  if constexpr (sizeof...(A) == 0) {
    cfmt_detail::format(out, f, nullptr, 0);
  } else {
    const cfmt_detail::Arg args[] = {cfmt_detail::Arg(a)...};
    cfmt_detail::format(out, f, args, sizeof...(A));
  }
  return out;
}

}  // namespace svm
