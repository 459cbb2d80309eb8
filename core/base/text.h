#pragma once
// Words the model says, kept translatable without Qt.
//
// A Text is an English template with %1..%9 placeholders and the arguments
// that fill them. english() is the canonical text: what the command line, the
// exports, the golden files and the mail show. The GUI looks the template up
// in its translations (context "svm::core") and fills in the arguments.
//
// Every template literal is written N_("...") where it is made (the gettext
// convention), so scripts/core_strings.py can list them for lupdate. An
// argument is either verbatim (ids, numbers, addresses, kernel names: never
// translated) or a Text of its own (translated in turn).

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// Marks a string literal as a translatable template of the core.
#define N_(s) s

namespace svm {

class Text {
 public:
  Text() = default;
  // A translatable template: pass a literal marked N_("...").
  Text(const char* tmpl) : tmpl_(tmpl) {}  // NOLINT: implicit, so say(N_("...")) reads plainly

  // Words that are never translated (and whose '%' are not placeholders).
  static Text verbatim(std::string s);
  // The parts one after the other, each translated on its own.
  static Text concat(std::vector<Text> parts);
  // Two sentences: "%1 %2" (a language may join them differently).
  static Text join(Text first, Text second);

  // Fill the next placeholder.
  Text& arg(Text t) &;
  Text&& arg(Text t) && { return std::move(arg(std::move(t))); }
  Text& arg(const std::string& s) & { return arg(verbatim(s)); }
  Text&& arg(const std::string& s) && { return std::move(arg(verbatim(s))); }
  Text& arg(std::string_view s) & { return arg(verbatim(std::string(s))); }
  Text&& arg(std::string_view s) && { return std::move(arg(verbatim(std::string(s)))); }
  template <class N>
    requires std::is_integral_v<N>
  Text& arg(N n) & {
    return arg(verbatim(std::to_string(n)));
  }
  template <class N>
    requires std::is_integral_v<N>
  Text&& arg(N n) && {
    return std::move(arg(verbatim(std::to_string(n))));
  }

  // The English text: the template with its arguments substituted.
  std::string english() const;

  const std::string& tmpl() const { return tmpl_; }
  const std::vector<Text>& args() const { return args_; }
  bool translatable() const { return !verbatim_; }
  bool empty() const { return tmpl_.empty() && args_.empty(); }
  bool operator==(const Text&) const = default;

  // Every translatable template in this text and its arguments (for tests).
  void templates(std::vector<std::string>& out) const;

 private:
  std::string tmpl_;
  std::vector<Text> args_;
  bool verbatim_ = false;
};

// A template with its arguments: txt(N_("PASID %1 allocated."), pasid).
template <class... A>
Text txt(const char* tmpl, A&&... args) {
  Text t(tmpl);
  (t.arg(std::forward<A>(args)), ...);
  return t;
}

}  // namespace svm
