#pragma once
// Text from a scenario file or the command line, made safe to echo to a
// terminal: an author's ESC or CR must not clear the screen or forge a line
// of output in an error message. Control characters (C0, DEL and the UTF-8
// encoded C1 range) are shown as escapes (`\x1b`, `\u009b`); everything else,
// other UTF-8 included, passes unchanged.

#include <string>
#include <string_view>

namespace svm {

std::string printable(std::string_view s);

}  // namespace svm
