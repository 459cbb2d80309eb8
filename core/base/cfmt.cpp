#include "core/base/cfmt.h"

#include <charconv>
#include <cstring>

namespace svm::cfmt_detail {

void format(std::string& out, const char* f, const Arg* args, size_t count) {
  out.reserve(std::strlen(f) + 24);
  size_t next = 0;
  for (const char* p = f; *p; ++p) {
    if (*p != '%') {
      out += *p;
      continue;
    }
    const char* start = p++;
    if (*p == '%') {
      out += '%';
      continue;
    }
    const bool zero = *p == '0';
    if (zero) ++p;
    int width = 0;
    while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    while (*p == 'l') ++p;
    const char conv = *p;
    const bool known = conv == 's' || conv == 'u' || conv == 'x';
    if (!known || next >= count || (conv == 's') != (args[next].kind == Arg::Kind::Str)) {
      out.append(start, static_cast<size_t>(p - start) + (*p ? 1 : 0));
      if (!*p) break;
      continue;
    }
    const Arg& a = args[next++];
    if (conv == 's') {
      out += a.s ? a.s : "(null)";
      continue;
    }
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, a.n, conv == 'x' ? 16 : 10);
    const int len = static_cast<int>(r.ptr - buf);
    if (len < width) out.append(static_cast<size_t>(width - len), zero ? '0' : ' ');
    out.append(buf, r.ptr);
  }
}

}  // namespace svm::cfmt_detail
