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
  // A translatable template: a literal marked N_("..."). It is not copied:
  // a literal lives as long as the program (a traced step makes several
  // Texts, and copying each template cost an allocation). Only an array
  // binds here, so a pointer to a buffer that may not outlive the Text does
  // not compile.
  template <size_t N>
  Text(const char (&tmpl)[N]) : static_(tmpl) {}  // NOLINT: implicit, so say(N_("...")) reads plainly
  // A template known to be a literal that reached here as a pointer (a
  // function choosing between literals).
  static Text literal(const char* tmpl) {
    Text t;
    t.static_ = tmpl;
    return t;
  }

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

  // The template, or the verbatim words. A translatable template is a
  // literal: tmpl().data() is NUL-terminated.
  std::string_view tmpl() const { return static_ ? std::string_view(static_) : std::string_view(own_); }
  const std::vector<Text>& args() const { return args_; }
  bool translatable() const { return !verbatim_; }
  bool empty() const { return tmpl().empty() && args_.empty(); }
  bool operator==(const Text& o) const { return verbatim_ == o.verbatim_ && tmpl() == o.tmpl() && args_ == o.args_; }

  // Every translatable template in this text and its arguments (for tests).
  void templates(std::vector<std::string>& out) const;

 private:
  const char* static_ = nullptr;  // a translatable template (a literal), or
  std::string own_;               // verbatim words, or a concat's "%1%2..."
  std::vector<Text> args_;
  bool verbatim_ = false;
};

// A template with its arguments: txt(N_("PASID %1 allocated."), pasid).
template <size_t N, class... A>
Text txt(const char (&tmpl)[N], A&&... args) {
  Text t(tmpl);
  (t.arg(std::forward<A>(args)), ...);
  return t;
}
// The same with a template chosen among literals: txt(Text::literal(n == 1 ? N_("...") : N_("...")), n).
template <class... A>
Text txt(Text tmpl, A&&... args) {
  (tmpl.arg(std::forward<A>(args)), ...);
  return tmpl;
}

}  // namespace svm
