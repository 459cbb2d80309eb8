#pragma once
// The command line (PRODUCT.md section 5). Subcommands other than "gui" and
// "screenshot" run without any QApplication: headless work needs no GUI.

#include <QStringList>

namespace svmlab {

// Returns the exit status, or -1 when the arguments ask for the GUI.
int run_cli(const QStringList& args);

// --max-steps N for run, check, export and screenshot: 1 to
// svm::kMaxRunSteps. The value, or 0 with `error` set (the message names the
// range, as every number option's does).
size_t parse_max_steps(const QString& value, QString* error);

}  // namespace svmlab
