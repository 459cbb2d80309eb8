#include "app/cli_help.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#include "core/scenario/printable.h"

namespace svmlab {

namespace {

void print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

}  // namespace

int help_main(const QStringList& args, usage::Program program) {
  namespace u = svmlab::usage;
  const std::string name(u::program_name(program));
  const std::string first = args.size() > 1 ? args[1].toStdString() : std::string();
  if (first == "help") {
    if (args.size() == 2) return print(u::help_text(program)), 0;
    const u::Command* c = u::find_command(args[2].toStdString(), program);
    if (args.size() > 3 || !c) {
      std::fprintf(stderr, "%s: help: unknown command \"%s\" (%s --help lists them)\n", name.c_str(),
                   svm::printable(args[2].toStdString()).c_str(), name.c_str());
      return 2;
    }
    return print(u::command_help(*c, program)), 0;
  }
  for (const QString& a : args.mid(1)) {
    if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
      const u::Command* c = u::find_command(first, program);
      print(c ? u::command_help(*c, program) : u::help_text(program));
      return 0;
    }
    if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
      std::printf("%s %s\n", name.c_str(), SVMLAB_VERSION);
      return 0;
    }
  }
  return -1;
}

QStringList program_arguments(int argc, char** argv) {
  QCoreApplication::setApplicationName(QStringLiteral("svmlab"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SVMLAB_VERSION));
  QCoreApplication::setOrganizationName(QStringLiteral("SVM Lab"));
  QStringList args;
  for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  return args;
}

}  // namespace svmlab
