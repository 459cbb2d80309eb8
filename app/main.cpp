// svmlab: the SVM Lab executable. Subcommands run headless; without one, the
// GUI starts.

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <string>

#include "app/cli.h"
#include "app/gui_main.h"
#include "app/export_cli.h"
#include "app/screenshot.h"
#include "app/usage/usage.h"
#include "core/scenario/printable.h"

namespace {

void print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// --help anywhere: the command's own help after a command, else the overview;
// `svmlab help [COMMAND]` the same. Returns the exit status, or -1 for neither.
int help(const QStringList& args) {
  namespace u = svmlab::usage;
  const std::string first = args.size() > 1 ? args[1].toStdString() : std::string();
  if (first == "help") {
    if (args.size() == 2) return print(u::help_text()), 0;
    const u::Command* c = u::find_command(args[2].toStdString());
    if (args.size() > 3 || !c) {
      std::fprintf(stderr, "svmlab: help: unknown command \"%s\" (svmlab --help lists them)\n",
                   svm::printable(args[2].toStdString()).c_str());
      return 2;
    }
    return print(u::command_help(*c)), 0;
  }
  for (const QString& a : args.mid(1)) {
    if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
      const u::Command* c = u::find_command(first);
      print(c ? u::command_help(*c) : u::help_text());
      return 0;
    }
    if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
      std::printf("svmlab %s\n", SVMLAB_VERSION);
      return 0;
    }
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication::setApplicationName(QStringLiteral("svmlab"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SVMLAB_VERSION));
  QCoreApplication::setOrganizationName(QStringLiteral("SVM Lab"));

  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  if (const int rc = help(args); rc >= 0) return rc;
  if (args.size() > 1 && args[1] == QLatin1String("screenshot")) return svmlab::screenshot_main(argc, argv, args);
  if (args.size() > 1 && args[1] == QLatin1String("export")) return svmlab::export_main(argc, argv, args);
  const int rc = svmlab::run_cli(args);
  if (rc >= 0) return rc;
  return svmlab::gui_main(argc, argv, args);
}
