#include "app/usage/synopsis.h"

namespace svmlab::usage {

std::string value_of(const Option& o) {
  if (o.arg != Arg::Choice || o.choices.empty()) return std::string(o.value);
  std::string v(o.choices);
  size_t n = 1;
  for (char& ch : v)
    if (ch == ' ') ch = '|', ++n;
  return n <= 3 ? v : std::string(o.value);
}

std::string synopsis(const Command& c, bool with_name) {
  std::string s;
  if (!with_name && c.name == "gui") s = "[gui]";
  auto add = [&s](const std::string& w) { s += (s.empty() ? "" : " ") + w; };
  if (!c.operand.empty()) add(std::string(c.operand));
  for (const Option& o : c.options) {
    std::string w = o.short_name ? std::string("-") + o.short_name : "--" + std::string(o.name);
    if (!o.value.empty()) w += kGlue + value_of(o);
    add(o.required ? w : "[" + w + "]");
  }
  return s;
}

}  // namespace svmlab::usage
