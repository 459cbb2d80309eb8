// svmlab --help and svmlab help COMMAND, from the table in usage.cpp.

#include <algorithm>
#include <string>

#include "app/usage/synopsis.h"
#include "app/usage/usage.h"

namespace svmlab::usage {

namespace {

constexpr size_t kWidth = 79;

// Words of `text` filled into lines of at most kWidth columns, each starting
// with `indent` spaces (the first with `first` instead when given).
std::string fill(std::string_view text, size_t indent, std::string_view first = {}) {
  std::string out, line = first.empty() ? std::string(indent, ' ') : std::string(first);
  bool empty = first.empty();  // a given first line goes on with a space
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    const size_t j = text.find(' ', i);
    const std::string_view w = text.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    if (w.empty()) break;
    if (!empty && line.size() + 1 + w.size() > kWidth) {
      out += line + '\n';
      line = std::string(indent, ' ');
      empty = true;
    }
    if (!empty) line += ' ';
    line += w;
    empty = false;
    i += w.size();
  }
  if (!empty || !first.empty()) out += line + '\n';
  std::replace(out.begin(), out.end(), kGlue, ' ');
  return out;
}

std::string option_line(const Option& o) {
  std::string s = "  ";
  s += o.short_name ? std::string("-") + o.short_name + ", " : std::string("    ");
  s += "--" + std::string(o.name);
  if (!o.value.empty()) s += " " + std::string(o.value);
  return s;
}

}  // namespace

std::string help_text(Program p) {
  const std::string name(program_name(p));
  std::string s;
  if (p == Program::Cli) {
    s += "Usage: svmlab-cli COMMAND ...\n       svmlab-cli help COMMAND\n\n";
    s += fill(description(), 0);
    s += '\n' + fill("svmlab-cli is the command line without the GUI: the commands of svmlab that need no display "
                     "library, with the same options, output and exit status. It links the core and QtCore only. "
                     "The window, screenshots and drawn exports are svmlab's.",
                     0);
  } else {
    const Command& gui = *find_command("gui");
    s += fill(synopsis(gui, /*with_name=*/false), 13, "Usage: svmlab");
    s += "       svmlab COMMAND ...\n       svmlab help COMMAND\n\n";
    s += fill(description(), 0);
  }
  s += "\nCommands:\n";
  for (const Command& c : commands(p)) {
    if (c.name == "gui") continue;
    s += fill(synopsis(c, true), 6, "  " + std::string(c.name));
    s += fill(c.summary, 6);
  }
  s += "\nSCENARIO is a built-in id (" + name + " list) or a path to a scenario file.\n\nExit status:\n";
  for (const ExitStatus& e : exit_statuses()) s += fill(e.meaning, 4, "  " + std::to_string(e.code));
  s += "\nOptions:\n";
  for (const Option& o : global_options()) s += option_line(o) + std::string(18 - option_line(o).size(), ' ') + std::string(o.help) + '\n';
  s += "\nEach command's options: " + name + " help COMMAND. Everything: man " + name + ".\n";
  return s;
}

std::string command_help(const Command& c, Program p) {
  std::string s = fill(synopsis(c, true), 7,
                       "Usage: " + std::string(program_name(p)) + " " + std::string(c.name == "gui" ? "[gui]" : c.name));
  s += '\n' + fill(c.summary, 0);
  if (!c.notes.empty()) s += '\n' + fill(c.notes, 0);
  if (!c.options.empty()) s += "\nOptions:\n";
  for (const Option& o : c.options) {
    const std::string head = option_line(o);
    if (head.size() < 24)
      s += fill(o.help, 26, head + std::string(26 - head.size() - 1, ' '));
    else
      s += head + '\n' + fill(o.help, 26);
  }
  s += '\n' + fill("0 success, 1 violations found, 2 bad usage or input, 3 inconclusive.", 13, "Exit status:");
  return s;
}

}  // namespace svmlab::usage
