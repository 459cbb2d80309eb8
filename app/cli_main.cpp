// svmlab-cli: SVM Lab's command line without the GUI libraries (issue 23
// item 4). The same command functions as svmlab (svmlab_cli), so the same
// options, output and exit status; it links the core and QtCore only, for
// CI machines with no display libraries. What needs the GUI (the window,
// screenshot, drawn exports) is refused with one line naming svmlab, exit 2.

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

#include "app/cli.h"
#include "app/cli_help.h"
#include "app/export_cli.h"
#include "core/scenario/printable.h"

int main(int argc, char** argv) {
  const QStringList args = svmlab::program_arguments(argc, argv);
  if (const int rc = svmlab::help_main(args, svmlab::usage::Program::Cli); rc >= 0) return rc;
  if (args.size() < 2) {
    std::fprintf(stderr, "svmlab-cli: no command (svmlab-cli --help lists them; the window is svmlab's)\n");
    return 2;
  }
  if (args[1] == QLatin1String("export")) return svmlab::export_main(argc, argv, args, /*drawing=*/nullptr);
  const int rc = svmlab::run_cli(args);
  if (rc >= 0) return rc;
  const std::string cmd = svm::printable(args[1].toStdString());
  if (args[1] == QLatin1String("gui") || args[1] == QLatin1String("screenshot"))
    std::fprintf(stderr, "svmlab-cli: %s needs the GUI libraries: use svmlab (the GUI package)\n", cmd.c_str());
  else
    std::fprintf(stderr, "svmlab-cli: unknown command \"%s\" (svmlab-cli --help lists them)\n", cmd.c_str());
  return 2;
}
