#pragma once
// The command line, described once. `svmlab --help`, `svmlab help COMMAND`, the
// man page and the bash completion are all rendered from this table, so they
// cannot drift apart. Plain C++ without Qt: the build renders the man page and
// the completion with a small tool (usage_gen) that links nothing else.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace svmlab::usage {

// What an option's value (or a command's operand) is, for the completion.
enum class Arg { None, Scenario, ScenarioFile, Variant, Number, Choice, List, Path, Folder, Language };

struct Option {
  std::string_view name = {};      // long form without "--"
  char short_name = 0;             // 'o' for -o, or 0
  std::string_view value = {};     // "V", "N"; empty for a flag
  Arg arg = Arg::None;
  std::string_view choices = {};   // space-separated, for Arg::Choice and Arg::List
  std::string_view help = {};      // one or more sentences
  bool required = false;           // shown without brackets in the synopsis
};

struct Command {
  std::string_view name = {};     // "gui" is also what runs without a command
  std::string_view operand = {};  // "SCENARIO", "[SCENARIO]", "FILE"
  Arg operand_arg = Arg::None;
  std::string_view summary = {};  // one line
  std::span<const Option> options = {};
  std::string_view notes = {};    // a paragraph for `help COMMAND` and the man page, or empty
};

struct ExitStatus {
  int code;
  std::string_view meaning = {};
};

struct Example {
  std::string_view command = {};
  std::string_view says = {};
};

// The two programs the table describes: svmlab, the window and every command,
// and svmlab-cli, the commands that need no GUI library (issue 23 item 4:
// kernel developers' CI machines have no display libraries). svmlab-cli's
// export lists only the kinds it can write: text, never pictures.
enum class Program { Svmlab, Cli };
std::string_view program_name(Program p);  // "svmlab", "svmlab-cli"

std::string_view description();  // what SVM Lab is, one paragraph
std::span<const Command> commands(Program p = Program::Svmlab);
const Command* find_command(std::string_view name, Program p = Program::Svmlab);
std::span<const ExitStatus> exit_statuses();
std::span<const Example> examples(Program p = Program::Svmlab);
std::span<const Option> global_options();  // --help, --version

// Renderers (usage/render_*.cpp).
std::string help_text(Program p = Program::Svmlab);                     // svmlab --help
std::string command_help(const Command& c, Program p = Program::Svmlab);  // svmlab help COMMAND, svmlab COMMAND --help
std::string man_page(std::string_view version, std::string_view date, Program p = Program::Svmlab);
// The completion offers these words where a scenario id or a variant goes; a
// hunk list lets it complete "v4.4+bind+..." too.
// svmlab-cli's completes only its own commands and options (no screenshot,
// no GUI options, no window to open).
std::string bash_completion(const std::vector<std::string>& scenario_ids, const std::vector<std::string>& variants,
                            const std::vector<std::string>& hunks, Program p = Program::Svmlab);

}  // namespace svmlab::usage
