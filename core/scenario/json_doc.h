#pragma once
// A JSON document that remembers where every value stands in its file, so a
// scenario error can point at the offending value (line:column). Parsed by
// nlohmann-json (SAX); nlohmann 3.11 keeps no positions, so positions come
// from a small scan of the already-validated text, matched to the SAX events
// in order.
//
// Bounds keep a hostile file from exhausting memory or the stack: size,
// nesting depth and string length are limited, and anything beyond is a
// clean error.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace svm::json {

struct Pos {
  int line = 1;
  int column = 1;
};

struct Node {
  enum class Type : uint8_t { Null, Bool, Int, Uint, Float, String, Array, Object };
  Type type = Type::Null;
  bool b = false;
  int64_t i = 0;
  uint64_t u = 0;
  double f = 0;
  std::string s;
  std::vector<Node> items;                           // Array
  std::vector<std::pair<std::string, Node>> members;  // Object, in file order
  std::vector<Pos> key_pos;                           // Object: where each key stands
  Pos pos;

  const Node* find(std::string_view key) const;
  std::string_view type_name() const;  // "string", "number", ...
};

struct Limits {
  size_t max_bytes = 1 << 20;
  int max_depth = 32;
  size_t max_string = 4096;
};

struct ParseError {
  Pos pos;
  std::string message;
};

// Parse `text`; on failure, return the error with its position.
std::optional<Node> parse(std::string_view text, ParseError& error, const Limits& limits = {});

// Position of byte offset `off` in `text`.
Pos position_of(std::string_view text, size_t off);

}  // namespace svm::json
