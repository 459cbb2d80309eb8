#pragma once
// A command's operand and options as one synopsis line ("SCENARIO [--variant V]
// ..."), shared by --help and the man page.

#include <string>

#include "app/usage/usage.h"

namespace svmlab::usage {

// Joins an option to its value in a synopsis so that no line breaks between
// them: a space when rendered ("\\ " in roff).
inline constexpr char kGlue = '\x1f';

// The value an option shows: its choices when there are few ("text|json"),
// else its placeholder ("F").
std::string value_of(const Option& o);
// "SCENARIO [--variant V] [--json]"; with_name=false leaves out nothing but is
// used for the GUI's line where the command name is optional.
std::string synopsis(const Command& c, bool with_name);

}  // namespace svmlab::usage
