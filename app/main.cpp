// svmlab: the SVM Lab executable. Subcommands run headless; without one, the
// GUI starts.

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

#include "app/cli.h"
#include "app/gui_main.h"
#include "app/export_cli.h"
#include "app/screenshot.h"

namespace {

const char* kHelp =
    "Usage: svmlab [gui] [SCENARIO] [--variant V] [--compare V2] [--step N] [--present] [--lang L]\n"
    "       svmlab COMMAND ...\n"
    "\n"
    "SVM Lab steps through what happens to a process's mm, its files and its PASID\n"
    "binding when it exits, in the intel-svm driver of Linux v4.4 and v4.5\n"
    "(e57e58bd), down to the VT-d hardware.\n"
    "\n"
    "Commands:\n"
    "  list [--json]                          built-in scenarios and variants\n"
    "  validate FILE                          check a scenario file\n"
    "  run SCENARIO [--variant V] [--schedule T1,T2,...] [--format text|json|ftrace]\n"
    "         [--max-steps N]                 N: 1 to 10000000 (the default)\n"
    "  check SCENARIO [--variant V] [--schedule T1,...] [--max-steps N] [--json]\n"
    "                                         run, then report violations\n"
    "  explore SCENARIO [--variant V] [--max-states N] [--max-memory MiB]\n"
    "         [--no-reduction] [--json]       N: 1 to 2147483647 (default 2000000);\n"
    "                                         MiB: 1 to 1048576 (default 1024), the\n"
    "                                         process's resident memory, measured\n"
    "  export SCENARIO [--variant V] [--compare V2] [--step N|--all-steps]\n"
    "         --what graph|timeline|trace|mail|slides|hardware\n"
    "         [--format F] [--scale S] [--max-steps N] -o PATH\n"
    "         [--sections ladder,changes,functions] (mail) [--width N] (trace text)\n"
    "                                         F: svg png pdf dot | svg png pdf csv |\n"
    "                                         text json | text | png pdf | svg png pdf;\n"
    "                                         without --format, the extension of PATH\n"
    "                                         (.jpg: refused). --all-steps: one file\n"
    "                                         per step (graph, timeline) into the\n"
    "                                         folder PATH; PNG slides too. --compare:\n"
    "                                         timeline (both overlaid; CSV aligned),\n"
    "                                         mail, slides\n"
    "  screenshot SCENARIO [--variant V] [--compare V2] [--step N] [--present]\n"
    "         [--view window|graph|hardware] [--lang L] [--max-steps N] -o PNG\n"
    "                                         headless render of the main window, of\n"
    "                                         its graph, or of the VT-d diagrams\n"
    "\n"
    "SCENARIO is a built-in id (svmlab list) or a path to a scenario file.\n"
    "Exit status: 0 success, 1 violations found, 2 bad usage or bad input or a\n"
    "failed write (the previous file is kept), 3 inconclusive: a run or a search\n"
    "stopped at a bound before its end (said in the text and the JSON).\n"
    "\n"
    "Options:\n"
    "  -h, --help     Show this help.\n"
    "  -v, --version  Show the version.\n";

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication::setApplicationName(QStringLiteral("svmlab"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SVMLAB_VERSION));
  QCoreApplication::setOrganizationName(QStringLiteral("SVM Lab"));

  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  for (const QString& a : args.mid(1)) {
    if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
      std::printf("svmlab %s\n", SVMLAB_VERSION);
      return 0;
    }
  }
  if (args.size() > 1 && args[1] == QLatin1String("screenshot")) return svmlab::screenshot_main(argc, argv, args);
  if (args.size() > 1 && args[1] == QLatin1String("export")) return svmlab::export_main(argc, argv, args);
  const int rc = svmlab::run_cli(args);
  if (rc >= 0) return rc;
  return svmlab::gui_main(argc, argv, args);
}
