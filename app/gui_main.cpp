#include "app/gui_main.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <cstdio>

#include "app/mainwindow.h"

namespace svmlab {

int gui_main(int& argc, char** argv, const QStringList& args) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("variant"), QString(), QStringLiteral("V")});
  p.addOption({QStringLiteral("compare"), QString(), QStringLiteral("V2")});
  p.addOption({QStringLiteral("step"), QString(), QStringLiteral("N")});
  p.addOption({QStringLiteral("present"), QString()});
  p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("L")});
  if (!p.parse(args)) {
    std::fprintf(stderr, "svmlab: %s\n", qPrintable(p.errorText()));
    return 2;
  }
  QStringList pos = p.positionalArguments();
  if (!pos.isEmpty() && pos.first() == QLatin1String("gui")) pos.removeFirst();
  if (pos.size() > 1) {
    std::fprintf(stderr, "svmlab: unknown command \"%s\" (see svmlab --help)\n", qPrintable(pos.first()));
    return 2;
  }

  QApplication app(argc, argv);
  app.setWindowIcon(QIcon(QStringLiteral(":/icons/svmlab.svg")));
  MainWindow w;
  w.show();
  return app.exec();
}

}  // namespace svmlab
