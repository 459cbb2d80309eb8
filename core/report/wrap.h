#pragma once
// Prose for a terminal: the command line's verdicts, bounds and why-chains
// in lines a 72-column terminal (or a mail quoting them) shows whole.

#include <cstddef>
#include <string>
#include <string_view>

namespace svm {

// The columns the command line's prose is filled to.
inline constexpr size_t kTerminalColumns = 72;

// `text`'s words filled into lines of at most `width` columns (UTF-8 code
// points), the lines after the first indented by `indent`; each line ends
// in '\n'. A word longer than a line (a path, a schedule) goes on a line of
// its own, whole: cut, it could not be copied. A '\n' in `text` starts a
// new (indented) line.
std::string wrap_hanging(std::string_view text, size_t width = kTerminalColumns, size_t indent = 2);

// A row of a list or table: `head` in the first `col` columns (a head that
// leaves no blank before `col` gets a line of its own), then `text` filled
// to `width` in the columns after it, its continued lines `hang` further in.
std::string wrap_row(std::string_view head, std::string_view text, size_t col, size_t hang = 0,
                     size_t width = kTerminalColumns);

}  // namespace svm
