#include "views/source/source_listing.h"

#include <algorithm>
#include <string_view>

#include "core/engine/function.h"

namespace svmlab {

namespace {

// Braces outside string and character literals and comments: the ops quote C,
// and a printk("...{...") must not indent the rest of the function.
struct Braces {
  int leading_close = 0;  // "}" before any other character: the line itself steps back
  int net = 0;            // opened minus closed over the whole line
};

Braces count_braces(std::string_view s) {
  Braces b;
  bool leading = true;
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      const size_t end = s.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') break;
    if (c == '"' || c == '\'') {
      quote = c;
      leading = false;
    } else if (c == '{') {
      ++b.net;
      leading = false;
    } else if (c == '}') {
      --b.net;
      if (leading) ++b.leading_close;
    } else if (c != ' ' && c != '\t') {
      leading = false;
    }
  }
  return b;
}

}  // namespace

std::vector<ListingLine> function_listing(svm::FnId fn, const svm::Variant& v) {
  const svm::FnDef& d = svm::functions(v)[fn];
  std::vector<ListingLine> out;
  int depth = 0;
  for (size_t i = 0; i < d.ops.size(); ++i) {
    const svm::Op& op = d.ops[i];
    if (op.when && !op.when(v)) continue;
    std::string_view rest = op.text;
    while (true) {
      const size_t nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      const Braces b = count_braces(line);
      out.push_back({std::string(line), static_cast<int>(i), std::max(0, depth - b.leading_close)});
      depth = std::max(0, depth + b.net);
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }
  return out;
}

}  // namespace svmlab
