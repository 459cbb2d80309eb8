#include "core/scenario/json_doc.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include <nlohmann/json.hpp>

namespace svm::json {

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

std::string_view Node::type_name() const {
  switch (type) {
    case Type::Null: return "null";
    case Type::Bool: return "boolean";
    case Type::Int:
    case Type::Uint:
    case Type::Float: return "number";
    case Type::String: return "string";
    case Type::Array: return "array";
    case Type::Object: return "object";
  }
  return "?";
}

namespace {
// `p` moved over `span`.
Pos advance(Pos p, std::string_view span) {
  for (const char c : span) {
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) {
      ++p.column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return p;
}
}  // namespace

Pos position_of(std::string_view text, size_t off) { return advance(Pos{}, text.substr(0, std::min(off, text.size()))); }

namespace {

// Offsets of the tokens that start a value or a key, in document order.
// Only run on text nlohmann has accepted, so it can be simple.
std::vector<size_t> value_tokens(std::string_view t) {
  std::vector<size_t> out;
  size_t i = 0;
  while (i < t.size()) {
    const char c = t[i];
    if (c == '{' || c == '[') {
      out.push_back(i++);
    } else if (c == '"') {
      out.push_back(i++);
      while (i < t.size() && t[i] != '"') i += (t[i] == '\\') ? 2 : 1;
      ++i;
    } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
      out.push_back(i);
      while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && t[i] != ' ' && t[i] != '\n' &&
             t[i] != '\r' && t[i] != '\t')
        ++i;
    } else {
      ++i;  // whitespace, ':' ',' '}' ']'
    }
  }
  return out;
}

class Builder : public nlohmann::json_sax<nlohmann::json> {
 public:
  Builder(std::string_view text, const Limits& lim) : text_(text), lim_(lim) {}

  bool null() override { return value(Node{}); }
  bool boolean(bool v) override {
    Node n;
    n.type = Node::Type::Bool;
    n.b = v;
    return value(std::move(n));
  }
  bool number_integer(number_integer_t v) override {
    Node n;
    n.type = Node::Type::Int;
    n.i = v;
    return value(std::move(n));
  }
  bool number_unsigned(number_unsigned_t v) override {
    Node n;
    n.type = Node::Type::Uint;
    n.u = v;
    return value(std::move(n));
  }
  bool number_float(number_float_t v, const string_t&) override {
    Node n;
    n.type = Node::Type::Float;
    n.f = v;
    return value(std::move(n));
  }
  bool string(string_t& v) override {
    if (v.size() > lim_.max_string) return fail("string longer than " + std::to_string(lim_.max_string) + " characters");
    Node n;
    n.type = Node::Type::String;
    n.s = std::move(v);
    return value(std::move(n));
  }
  bool binary(binary_t&) override { return fail("binary values are not JSON"); }
  bool start_object(std::size_t) override {
    Node n;
    n.type = Node::Type::Object;
    return open(std::move(n));
  }
  bool key(string_t& k) override {
    if (k.size() > lim_.max_string) return fail("key too long");
    const Pos p = next_pos();
    if (!names_.back().insert(k).second) return fail_at(p, "duplicate key \"" + k + "\"");
    pending_key_ = std::move(k);
    pending_key_pos_ = p;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    Node n;
    n.type = Node::Type::Array;
    return open(std::move(n));
  }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    if (!error_) {
      // nlohmann's message starts "[json.exception.parse_error.101] parse error at line 1, column 2: ";
      // keep only what comes after the last ": " for a one-line message of our own.
      std::string what = ex.what();
      const auto cut = what.find("syntax error while parsing value - ");
      if (cut != std::string::npos) what = what.substr(cut + 35);
      else if (const auto c2 = what.rfind(": "); c2 != std::string::npos) what = what.substr(c2 + 2);
      ParseError e;
      e.pos = position_of(text_, position > 0 ? position - 1 : 0);
      e.message = "JSON syntax error: " + what;
      error_ = e;
    }
    return false;
  }

  std::optional<Node> result() { return std::move(root_); }
  const std::optional<ParseError>& error() const { return error_; }
  void set_tokens(std::vector<size_t> t) { tokens_ = std::move(t); }

 private:
  // Tokens come in document order: the position is carried from one to the
  // next. (Counted from the start of the text for each, a 400 KB array of
  // numbers took 29 s to reach its first error; a file of the 1 MiB allowed,
  // minutes.)
  Pos next_pos() {
    const size_t off = std::min(tok_ < tokens_.size() ? tokens_[tok_] : text_.size(), text_.size());
    ++tok_;
    if (off < at_) {  // not in order after all: count from the start
      at_ = 0;
      pos_ = Pos{};
    }
    pos_ = advance(pos_, text_.substr(at_, off - at_));
    at_ = off;
    return pos_;
  }
  bool fail(std::string msg) { return fail_at(next_pos(), std::move(msg)); }
  bool fail_at(Pos p, std::string msg) {
    if (!error_) error_ = ParseError{p, std::move(msg)};
    return false;
  }
  bool place(Node n) {
    if (stack_.empty()) {
      root_ = std::move(n);
      return true;
    }
    Node& parent = stack_.back();
    if (parent.type == Node::Type::Array) {
      parent.items.push_back(std::move(n));
    } else {
      parent.key_pos.push_back(pending_key_pos_);
      parent.members.emplace_back(std::move(pending_key_), std::move(n));
    }
    return true;
  }
  bool value(Node n) {
    n.pos = next_pos();
    return place(std::move(n));
  }
  bool open(Node n) {
    n.pos = next_pos();
    if (static_cast<int>(stack_.size()) >= lim_.max_depth) return fail_at(n.pos, "nested deeper than " + std::to_string(lim_.max_depth) + " levels");
    if (!stack_.empty() && stack_.back().type == Node::Type::Object) {
      keys_.push_back({std::move(pending_key_), pending_key_pos_});
    } else {
      keys_.push_back({});
    }
    stack_.push_back(std::move(n));
    names_.emplace_back();
    return true;
  }
  bool close() {
    Node n = std::move(stack_.back());
    stack_.pop_back();
    names_.pop_back();
    auto [k, kp] = std::move(keys_.back());
    keys_.pop_back();
    pending_key_ = std::move(k);
    pending_key_pos_ = kp;
    return place(std::move(n));
  }

  std::string_view text_;
  Limits lim_;
  std::vector<size_t> tokens_;
  size_t tok_ = 0;
  size_t at_ = 0;  // next_pos(): the offset pos_ is the position of
  Pos pos_;
  std::vector<Node> stack_;
  // Per open object, its keys so far. (Looked for by a scan of the members,
  // an object of 90,000 keys, 1 MB, took 17 s of CPU to reject.)
  std::vector<std::unordered_set<std::string>> names_;
  std::vector<std::pair<std::string, Pos>> keys_;
  std::string pending_key_;
  Pos pending_key_pos_;
  std::optional<Node> root_;
  std::optional<ParseError> error_;
};

// Syntax-only pass: nlohmann validates without building anything.
class Validator : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit Validator(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return ++depth_ <= max_depth_ || deep(); }
  bool key(string_t&) override { return true; }
  bool end_object() override { --depth_; return true; }
  bool start_array(std::size_t) override { return ++depth_ <= max_depth_ || deep(); }
  bool end_array() override { --depth_; return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    const auto cut = what.find("syntax error while parsing ");
    if (cut != std::string::npos) what = what.substr(cut + 27);
    error = ParseError{position_of(text_, position > 0 ? position - 1 : 0), "JSON syntax error: " + what};
    return false;
  }
  std::optional<ParseError> error;
  bool too_deep = false;

 private:
  bool deep() {
    too_deep = true;
    return false;
  }
  std::string_view text_;
  int max_depth_;
  int depth_ = 0;
};

}  // namespace

std::optional<Node> parse(std::string_view text, ParseError& error, const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    error = {{1, 1}, "file larger than " + std::to_string(limits.max_bytes / 1024) + " KiB"};
    return std::nullopt;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // 1. Syntax (and depth, before anything is built).
  {
    Validator v(text, limits.max_depth);
    bool ok = false;
    try {
      ok = nlohmann::json::sax_parse(text, &v);
    } catch (const std::exception& e) {
      error = {{1, 1}, std::string("JSON error: ") + e.what()};
      return std::nullopt;
    }
    if (v.too_deep) {
      // Find where: the first bracket beyond the limit.
      int depth = 0;
      bool in_string = false;
      for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
          if (c == '\\') ++i;
          else if (c == '"') in_string = false;
        } else if (c == '"') {
          in_string = true;
        } else if (c == '{' || c == '[') {
          if (++depth > limits.max_depth) {
            error = {position_of(text, i), "nested deeper than " + std::to_string(limits.max_depth) + " levels"};
            return std::nullopt;
          }
        } else if (c == '}' || c == ']') {
          --depth;
        }
      }
    }
    if (!ok) {
      error = v.error.value_or(ParseError{{1, 1}, "JSON syntax error"});
      return std::nullopt;
    }
  }
  // 2. Build the tree with positions.
  Builder b(text, limits);
  b.set_tokens(value_tokens(text));
  bool ok = false;
  try {
    ok = nlohmann::json::sax_parse(text, &b);
  } catch (const std::exception& e) {
    error = {{1, 1}, std::string("JSON error: ") + e.what()};
    return std::nullopt;
  }
  if (!ok || b.error()) {
    error = b.error().value_or(ParseError{{1, 1}, "JSON error"});
    return std::nullopt;
  }
  return b.result();
}

}  // namespace svm::json
