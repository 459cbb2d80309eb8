#pragma once
// The command line (PRODUCT.md section 5). Subcommands other than "gui" and
// "screenshot" run without any QApplication: headless work needs no GUI.

#include <QStringList>

namespace svmlab {

// Returns the exit status, or -1 when the arguments ask for the GUI.
int run_cli(const QStringList& args);

}  // namespace svmlab
