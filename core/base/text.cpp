#include "core/base/text.h"

namespace svm {

Text Text::verbatim(std::string s) {
  Text t;
  t.own_ = std::move(s);
  t.verbatim_ = true;
  return t;
}

Text Text::concat(std::vector<Text> parts) {
  // At most nine placeholders per template: longer lists nest.
  while (parts.size() > 9) {
    std::vector<Text> head(std::make_move_iterator(parts.begin()), std::make_move_iterator(parts.begin() + 9));
    parts.erase(parts.begin(), parts.begin() + 9);
    parts.insert(parts.begin(), concat(std::move(head)));
  }
  Text t;
  t.verbatim_ = true;
  for (size_t i = 0; i < parts.size(); ++i) t.own_ += '%' + std::to_string(i + 1);
  t.args_ = std::move(parts);
  return t;
}

Text Text::join(Text first, Text second) {
  if (first.empty()) return second;
  if (second.empty()) return first;
  return txt(N_("%1 %2"), std::move(first), std::move(second));
}

Text& Text::arg(Text t) & {
  args_.push_back(std::move(t));
  return *this;
}

std::string Text::english() const {
  const std::string_view t = tmpl();
  if (args_.empty()) return std::string(t);
  std::string out;
  out.reserve(t.size() + 16 * args_.size());
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      const size_t n = static_cast<size_t>(t[i + 1] - '1');
      if (n < args_.size()) {
        out += args_[n].english();
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

void Text::templates(std::vector<std::string>& out) const {
  if (!verbatim_ && !tmpl().empty()) out.emplace_back(tmpl());
  for (const Text& a : args_) a.templates(out);
}

}  // namespace svm
