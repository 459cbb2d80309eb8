#pragma once
// --help, --version and `help [COMMAND]` of svmlab and svmlab-cli: one
// implementation; the program decides the name and which commands it shows.

#include <QStringList>

#include "app/usage/usage.h"

namespace svmlab {

// --help anywhere: the command's own help after a command, else the overview;
// `PROGRAM help [COMMAND]` the same. Returns the exit status, or -1 when the
// arguments ask for neither help nor the version.
int help_main(const QStringList& args, usage::Program program);

// Both programs' start: the application's names (what QStandardPaths and
// QSettings use; no QCoreApplication object is needed for them) and argv as
// a QStringList.
QStringList program_arguments(int argc, char** argv);

}  // namespace svmlab
