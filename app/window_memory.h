#pragma once
// What the window remembers from one session to the next (QSettings): its
// geometry and docks, the language, the theme, and the scenario and variant
// last shown. Recent files are remembered as they are opened (MainWindow).
// Only the GUI remembers: screenshots, exports and tests start from defaults.

#include <QString>

namespace svmlab {

class MainWindow;

// The language to start in when --lang does not say: the last one chosen, or
// empty for the system's.
QString rememberedLanguage();
// Geometry, docks and theme; then, when `reopen`, the last scenario and
// variant (a file that has gone is skipped, and the status bar says so).
void restoreWindow(MainWindow& w, bool reopen);
void rememberWindow(MainWindow& w);

}  // namespace svmlab
