#include "app/usage/usage.h"

#include <array>

namespace svmlab::usage {

namespace {

constexpr Option kVariant{.name = "variant", .value = "V", .arg = Arg::Variant,
                          .help = "The driver variant: v4.4, v4.5, an ablation or a museum variant (svmlab "
                                  "list), or a 2016 variant plus hunks of e57e58bd (v4.4+bind+fault). Default: the "
                                  "scenario's own."};
constexpr Option kCompare{.name = "compare", .value = "V2", .arg = Arg::Variant,
                          .help = "A second variant, shown side by side with the first."};
constexpr Option kSchedule{.name = "schedule", .value = "LIST", .arg = Arg::None,
                           .help = "Which thread runs each step: T1,T2,... or T*N (a thread N times). Default: the "
                                   "scenario's own schedule."};
constexpr Option kMaxSteps{.name = "max-steps", .value = "N", .arg = Arg::Number,
                           .help = "Stop the run after N steps, 1 to 10000000 (the default). A run stopped early "
                                   "says so and exits 3."};
constexpr Option kJson{.name = "json", .help = "Print JSON instead of text."};
constexpr Option kStep{.name = "step", .value = "N", .arg = Arg::Number,
                       .help = "Show the machine after step N (default 0: the booted machine; a number past "
                               "the end shows the last step)."};
constexpr Option kPresent{.name = "present", .help = "Presentation mode: large type and the projector palette."};
constexpr Option kLang{.name = "lang", .value = "L", .arg = Arg::Language,
                       .help = "The user-interface language: en, de or zh_CN (default: the system's)."};

constexpr std::array kGui{kVariant, kCompare, kStep, kPresent, kLang};
constexpr std::array<Option, 1> kList{Option{.name = "json", .help = "Print JSON instead of text."}};
constexpr std::array<Option, 0> kValidate{};
constexpr std::array kRun{kVariant, kSchedule,
                          Option{.name = "format", .value = "F", .arg = Arg::Choice, .choices = "text json ftrace",
                                 .help = "text (the default; one line per step), json (every step with its "
                                         "counters) or ftrace (function_graph style)."},
                          kMaxSteps};
constexpr std::array kCheck{kVariant, kSchedule, kMaxSteps, kJson};
constexpr std::array kExplore{
    kVariant,
    Option{.name = "max-states", .value = "N", .arg = Arg::Number,
           .help = "Stop after N distinct states, 1 to 2147483647 (default 4000000)."},
    Option{.name = "max-memory", .value = "MiB", .arg = Arg::Number,
           .help = "Stop when the process holds MiB of resident memory, measured, 1 to 1048576 (default 1024)."},
    Option{.name = "no-reduction", .help = "Try every interleaving, even of steps that cannot affect each other, "
                                           "keep apart states that differ only in the order of a cache that "
                                           "never evicts, in which of two processes with the same script "
                                           "is which, in which frames, files, VMAs and svms were handed "
                                           "out in which order, in device registers no thread reads again, "
                                           "and in the IOMMU's fault records."},
    Option{.name = "depth-first",
           .help = "Search depth first only. By default the search runs depth first (memory for the states "
                   "seen and the schedules being tried only, each core a search of its own), then, if it "
                   "found violations, gives each the shortest schedule, the one a breadth-first search "
                   "would: from the states and steps it met, or by a breadth-first search as far as each. "
                   "With this option that is left out: each schedule is the shortest on which the search "
                   "met the violation, not the shortest there is."},
    Option{.name = "breadth-first",
           .help = "Search breadth first only: every schedule of N steps before any of N + 1, so a search "
                   "stopped early has explored every schedule up to a length. It keeps a whole level of "
                   "machines in memory and merges every level on one core."},
    Option{.name = "jobs", .value = "N", .arg = Arg::Number,
           .help = "Threads that search at once, 1 to 1024 (default: every core). A complete search's counts "
                   "and schedules do not depend on it (--depth-first's schedules do); depth first, which "
                   "states a search stopped early covered depends on the timing of the threads."},
    kJson};
constexpr std::array kMatrix{
    Option{.name = "json", .help = "Print JSON: the hunks with their diffs, one cell per scenario and hunk set, and "
                                   "the findings."},
    Option{.name = "csv", .help = "Print CSV, one row per cell."},
    Option{.name = "markdown", .help = "Print a Markdown table and the findings."},
    Option{.name = "base", .value = "V", .arg = Arg::Variant,
           .help = "The 2016 preset the hunks are switched on (default v4.4); v4.4-devtlb-fixed shows e57e58bd "
                   "apart from the era's device-TLB descriptor."},
    Option{.name = "jobs", .value = "N", .arg = Arg::Number,
           .help = "Cells explored at once, 1 to 1024 (default: every core)."},
    Option{.name = "max-states", .value = "N", .arg = Arg::Number,
           .help = "Stop a cell after N distinct states, 1 to 2147483647 (default 4000000)."},
    Option{.name = "max-memory", .value = "MiB", .arg = Arg::Number,
           .help = "Stop when the process holds MiB of resident memory, measured, for all cells together, 1 to "
                   "1048576 (default 4096)."}};
constexpr Option kSections{.name = "sections", .value = "S", .arg = Arg::List, .choices = "ladder changes functions",
                           .help = "mail: the sections to include, comma-separated: ladder, changes, functions."};
constexpr Option kWidth{.name = "width", .value = "N", .arg = Arg::Number, .help = "trace text: the line width in columns."};
constexpr Option kOutput{.name = "output", .short_name = 'o', .value = "PATH", .arg = Arg::Path,
                         .help = "The file (or, with --all-steps, the folder) to write. It is replaced atomically; "
                                 "on a failed write the previous file is kept.",
                         .required = true};
constexpr std::array kExport{
    kVariant,
    Option{.name = "compare", .value = "V2", .arg = Arg::Variant,
           .help = "A second variant: the timeline overlays both (its CSV aligns them), the mail and the slides "
                   "compare them."},
    Option{.name = "step", .value = "N", .arg = Arg::Number, .help = "The step to draw (default: the last)."},
    Option{.name = "all-steps",
           .help = "One file per step (graph, timeline, PNG slides) into the folder PATH."},
    Option{.name = "what", .value = "WHAT", .arg = Arg::Choice,
           .choices = "graph timeline trace mail slides hardware",
           .help = "What to export: graph, timeline, trace, mail, slides or hardware.", .required = true},
    Option{.name = "format", .value = "F", .arg = Arg::Choice, .choices = "svg png pdf dot csv text json",
           .help = "graph: svg png pdf dot; timeline: svg png pdf csv; trace: text json; mail: text; slides: png "
                   "pdf; hardware: svg png pdf. Without it, the extension of PATH decides."},
    Option{.name = "scale", .value = "S", .arg = Arg::Number, .help = "Scale of PNG pictures (default 1)."},
    kSections, kWidth, kMaxSteps, kOutput};
// svmlab-cli's export: the same options less what only a picture takes
// (--scale), each saying only what svmlab-cli writes.
constexpr std::array kExportCli{
    kVariant,
    Option{.name = "compare", .value = "V2", .arg = Arg::Variant,
           .help = "A second variant: the timeline's CSV aligns both runs, the mail compares them."},
    Option{.name = "step", .value = "N", .arg = Arg::Number, .help = "The step of the graph (default: the last)."},
    Option{.name = "all-steps", .help = "One DOT file of the graph per step into the folder PATH."},
    Option{.name = "what", .value = "WHAT", .arg = Arg::Choice, .choices = "graph timeline trace mail",
           .help = "What to export: graph (as DOT), timeline (as CSV), trace or mail.", .required = true},
    Option{.name = "format", .value = "F", .arg = Arg::Choice, .choices = "dot csv text json",
           .help = "graph: dot; timeline: csv; trace: text json; mail: text. Without it, the extension of PATH "
                   "decides (a graph or a timeline needs .gv or .csv, or --format)."},
    kSections, kWidth, kMaxSteps, kOutput};
constexpr std::array kScreenshot{
    kVariant, kCompare, kStep, kPresent,
    Option{.name = "view", .value = "VIEW", .arg = Arg::Choice, .choices = "window graph hardware",
           .help = "What to render: the whole main window (default), its reference graph, or the VT-d diagrams."},
    kLang, kMaxSteps,
    Option{.name = "output", .short_name = 'o', .value = "PNG", .arg = Arg::Path, .help = "The PNG file to write.", .required = true}};

constexpr std::array kCommands{
    Command{.name = "gui", .operand = "[SCENARIO]", .operand_arg = Arg::ScenarioFile,
            .summary = "open the main window (also what runs without a command)",
            .options = kGui,
            .notes = "SCENARIO may be a built-in id or a scenario file; the window also opens files dropped on it."},
    Command{.name = "list", .summary = "the built-in scenarios and the variants", .options = kList},
    Command{.name = "validate", .operand = "FILE", .operand_arg = Arg::ScenarioFile,
            .summary = "check a scenario file; errors name FILE:LINE:COLUMN", .options = kValidate},
    Command{.name = "run", .operand = "SCENARIO", .operand_arg = Arg::ScenarioFile,
            .summary = "run a scenario and print its trace", .options = kRun},
    Command{.name = "check", .operand = "SCENARIO", .operand_arg = Arg::ScenarioFile,
            .summary = "run a scenario, then report the violations", .options = kCheck},
    Command{.name = "explore", .operand = "SCENARIO", .operand_arg = Arg::ScenarioFile,
            .summary = "search every interleaving of the scenario's threads for violations",
            .options = kExplore,
            .notes = "Each violation found comes with the schedule that reproduces it with svmlab run."},
    Command{.name = "matrix", .operand = "[SCENARIO...]", .operand_arg = Arg::ScenarioFile,
            .summary = "explore every scenario with every set of e57e58bd's four hunks; say which hunks prevent what",
            .options = kMatrix,
            .notes = "Without SCENARIO, the built-in scenarios of 2016 (the museum's later exhibits run on their "
                     "own era's code). Each cell is explored exhaustively; the findings name, for each bug, the "
                     "minimal hunk sets that prevent it and the hunks every preventing set contains. A cell "
                     "stopped at a bound makes the whole matrix inconclusive (exit 3)."},
    Command{.name = "export", .operand = "SCENARIO", .operand_arg = Arg::ScenarioFile,
            .summary = "write the graph, the timeline, the trace, a mail, slides or the VT-d diagrams",
            .options = kExport,
            .notes = "JPEG is refused: its artefacts blur the small type of the diagrams."},
    Command{.name = "screenshot", .operand = "SCENARIO", .operand_arg = Arg::ScenarioFile,
            .summary = "render the main window, its graph or the VT-d diagrams headless to a PNG",
            .options = kScreenshot},
};

// svmlab-cli: every command of svmlab that needs no GUI library, in the same order.
static_assert(kCommands[1].name == "list" && kCommands[6].name == "matrix" && kCommands[7].name == "export");
constexpr std::array kCliCommands{
    kCommands[1], kCommands[2], kCommands[3], kCommands[4], kCommands[5], kCommands[6],
    Command{.name = "export", .operand = "SCENARIO", .operand_arg = Arg::ScenarioFile,
            .summary = "write the trace, a mail, the graph as DOT or the timeline as CSV",
            .options = kExportCli,
            .notes = "Pictures (SVG, PNG, PDF), slides and the VT-d diagrams are drawn by svmlab, which links the "
                     "GUI libraries; svmlab-cli refuses them (exit 2)."},
};

constexpr std::array kGlobal{
    Option{.name = "help", .short_name = 'h', .help = "Show this help (after a command: that command's)."},
    Option{.name = "version", .short_name = 'v', .help = "Show the version."}};

constexpr std::array kExit{
    ExitStatus{0, "success: the run ended, no violation was found"},
    ExitStatus{1, "violations found, by a run or a search that went to its end"},
    ExitStatus{2, "bad usage, bad input (a malformed scenario file: FILE:LINE:COLUMN: problem) or a failed write "
                  "(the previous file is kept)"},
    ExitStatus{3, "inconclusive: a run or a search stopped at a bound before its end (said in the text and the "
                  "JSON); violations it found before the bound are printed all the same"},
};

constexpr std::array kExamples{
    Example{"svmlab check accel-mmap-exit --variant v4.4",
            "The v4.4 driver leaks the mm, its VMAs, the file and the PASID binding (exit 1)."},
    Example{"svmlab explore accel-dma-during-exit --variant v4.5-no-fault-guard",
            "Finds the use-after-free the fault guard of e57e58bd prevents, with a schedule that reproduces it."},
    Example{"svmlab export accel-mmap-exit --variant v4.4 --compare v4.5 --what mail -o leak.txt",
            "A 72-column text for a mail thread, comparing both variants."},
    Example{"svmlab export gfx-exit --what graph -o graph.svg", "The reference graph after the last step."},
    Example{"svmlab check accel-mmap-exit --variant v4.4+bind",
            "v4.4 with only the bind hunk of e57e58bd: the hunk that prevents the leak."},
    Example{"svmlab matrix --markdown", "Which hunks of e57e58bd prevent which bug, in every built-in scenario."},
    Example{"svmlab my-scenario.svmlab.json --present", "Open a scenario file in presentation mode."},
};

constexpr std::array kCliExamples{
    Example{"svmlab-cli check accel-mmap-exit --variant v4.4",
            "The v4.4 driver leaks the mm, its VMAs, the file and the PASID binding (exit 1)."},
    Example{"svmlab-cli explore accel-dma-during-exit --variant v4.5-no-fault-guard",
            "Finds the use-after-free the fault guard of e57e58bd prevents, with a schedule that reproduces it."},
    Example{"svmlab-cli export accel-mmap-exit --variant v4.4 --compare v4.5 --what mail -o leak.txt",
            "A 72-column text for a mail thread, comparing both variants."},
    Example{"svmlab-cli export gfx-exit --what graph -o graph.gv", "The reference graph after the last step, as DOT."},
    Example{"svmlab-cli matrix --markdown", "Which hunks of e57e58bd prevent which bug, in every built-in scenario."},
};

}  // namespace

std::string_view program_name(Program p) { return p == Program::Cli ? "svmlab-cli" : "svmlab"; }

std::string_view description() {
  return "SVM Lab steps through what happens to a process's mm, its files and its PASID binding when it exits, in "
         "the intel-svm driver of Linux v4.4 and v4.5 (e57e58bd), down to the VT-d hardware.";
}

std::span<const Command> commands(Program p) {
  if (p == Program::Cli) return kCliCommands;
  return kCommands;
}

const Command* find_command(std::string_view name, Program p) {
  for (const Command& c : commands(p))
    if (c.name == name) return &c;
  return nullptr;
}

std::span<const ExitStatus> exit_statuses() { return kExit; }
std::span<const Example> examples(Program p) {
  if (p == Program::Cli) return kCliExamples;
  return kExamples;
}
std::span<const Option> global_options() { return kGlobal; }

}  // namespace svmlab::usage
