#pragma once
#include <QStringList>

namespace svmlab {

class MainWindow;

// The options `svmlab [gui]` and `svmlab screenshot` share, applied to a window.
struct WindowOptions {
  QString scenario, variant, compare, lang;
  int step = 0;  // the booted machine; past the end: the last step
  size_t max_steps = 0;  // --max-steps (0: the engine's bound)
  bool present = false;
  QString view = QStringLiteral("window");  // screenshot only: window, graph or hardware
};
// Parse them from `args` (after the command name); an error message, or empty.
QString parse_window_options(const QStringList& args, WindowOptions& o, QString* output);
// Apply them to a window: present, open, compare, move. An error message, or
// empty. full_screen: presentation mode takes the whole screen (the GUI), or
// keeps the window's size (screenshots). The language (--lang) is set before
// the window exists: set_language() in app/classroom/language.h.
QString apply_window_options(MainWindow& w, const WindowOptions& o, bool full_screen = true);

// `svmlab screenshot SCENARIO ... -o PNG`: render the main window offscreen
// at 1440x900 and save it; with --view graph only the graph pane(s), with
// --view hardware the hardware diagrams at their full size.
int screenshot_main(int& argc, char** argv, const QStringList& args);

}  // namespace svmlab
