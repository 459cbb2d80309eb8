#include "app/gui_main.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>

#include "app/classroom/language.h"
#include "app/mainwindow.h"
#include "app/screenshot.h"
#include "app/window_memory.h"
#include "core/scenario/printable.h"

namespace svmlab {

int gui_main(int& argc, char** argv, const QStringList& args) {
  WindowOptions o;
  const QString bad = parse_window_options(args, o, nullptr);
  if (!bad.isEmpty()) {
    std::fprintf(stderr, "svmlab: %s\n", svm::printable(bad.toStdString()).c_str());  // echoes input: escaped
    return 2;
  }
  QApplication app(argc, argv);
  app.setWindowIcon(QIcon(QStringLiteral(":/icons/svmlab.svg")));
  set_language(o.lang.isEmpty() ? rememberedLanguage() : o.lang);  // empty: the system locale
  MainWindow w;
  restoreWindow(w, /*reopen=*/o.scenario.isEmpty());
  const QString e = apply_window_options(w, o);
  if (!e.isEmpty()) {
    std::fprintf(stderr, "%s\n", svm::printable(e.toStdString()).c_str());
    return 2;
  }
  w.show();
  const int rc = app.exec();
  rememberWindow(w);
  return rc;
}

}  // namespace svmlab
