#pragma once
// The application's style: the platform's (Fusion where there is none, as
// headless), with room around a push button's words.

namespace svmlab {

// Installs it on the application once; the main window's constructor calls
// it, so the program, its screenshots and the GUI tests all draw with it.
// Nothing without a QApplication.
void install_app_style();

}  // namespace svmlab
