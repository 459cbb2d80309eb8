// svmlab: the SVM Lab executable. Subcommands run headless; without one, the
// GUI starts. The commands that draw nothing are svmlab_cli's (app/cli.h),
// shared with svmlab-cli (app/cli_main.cpp).

#include <QCoreApplication>
#include <QStringList>

#include "app/cli.h"
#include "app/cli_help.h"
#include "app/export_cli.h"
#include "app/export_drawn.h"
#include "app/gui_main.h"
#include "app/screenshot.h"

int main(int argc, char** argv) {
  const QStringList args = svmlab::program_arguments(argc, argv);
  if (const int rc = svmlab::help_main(args, svmlab::usage::Program::Svmlab); rc >= 0) return rc;
  if (args.size() > 1 && args[1] == QLatin1String("screenshot")) return svmlab::screenshot_main(argc, argv, args);
  if (args.size() > 1 && args[1] == QLatin1String("export"))
    return svmlab::export_main(argc, argv, args, &svmlab::export_drawing());
  const int rc = svmlab::run_cli(args);
  if (rc >= 0) return rc;
  return svmlab::gui_main(argc, argv, args);
}
