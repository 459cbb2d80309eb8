#include "core/report/wrap.h"

namespace svm {

namespace {
size_t columns(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
}  // namespace

std::string wrap_hanging(std::string_view text, size_t width, size_t indent) {
  std::string out, cur;
  size_t cur_cols = 0;
  bool first = true;
  auto flush = [&] {
    out += std::string(first ? 0 : indent, ' ') + cur + '\n';
    cur.clear();
    cur_cols = 0;
    first = false;
  };
  for (size_t pos = 0; pos < text.size();) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    if (text[pos] == '\n') {  // a line break of the text's own
      flush();
      ++pos;
      continue;
    }
    size_t sp = text.find_first_of(" \n", pos);
    if (sp == std::string_view::npos) sp = text.size();
    const std::string_view word = text.substr(pos, sp - pos);
    const size_t w = columns(word);
    const size_t lead = first ? 0 : indent;
    if (!cur.empty() && lead + cur_cols + 1 + w > width) flush();
    if (!cur.empty()) {
      cur += ' ';
      ++cur_cols;
    }
    cur += word;
    cur_cols += w;
    pos = sp;
  }
  if (!cur.empty() || out.empty()) flush();
  return out;
}

std::string wrap_row(std::string_view head, std::string_view text, size_t col, size_t hang, size_t width) {
  const std::string lines = wrap_hanging(text, width > col + 8 ? width - col : 8, hang);
  std::string o(head);
  // At least one blank between head and text: a head that reaches `col` gets a line of its own.
  o += columns(head) >= col ? "\n" + std::string(col, ' ') : std::string(col - columns(head), ' ');
  for (size_t a = 0; a < lines.size();) {
    const size_t b = lines.find('\n', a);
    if (a > 0) o += std::string(col, ' ');
    o += lines.substr(a, b - a + 1);
    a = b + 1;
  }
  return o;
}

}  // namespace svm
