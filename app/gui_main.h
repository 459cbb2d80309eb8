#pragma once
#include <QStringList>

namespace svmlab {

// Start the GUI: `svmlab [gui] [SCENARIO] [--variant V] ...`.
int gui_main(int& argc, char** argv, const QStringList& args);

}  // namespace svmlab
