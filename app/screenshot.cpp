#include "app/screenshot.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QImage>
#include <QSaveFile>
#include <cstdio>

#include "app/classroom/classroom.h"
#include "app/cli.h"
#include "app/classroom/language.h"
#include "app/mainwindow.h"
#include "core/scenario/printable.h"
#include "views/hardware/hardware_view.h"

namespace svmlab {

QString parse_window_options(const QStringList& args, WindowOptions& o, QString* output) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("variant"), QString(), QStringLiteral("V")});
  p.addOption({QStringLiteral("compare"), QString(), QStringLiteral("V2")});
  p.addOption({QStringLiteral("step"), QString(), QStringLiteral("N")});
  p.addOption({QStringLiteral("max-steps"), QString(), QStringLiteral("N")});
  p.addOption({QStringLiteral("present"), QString()});
  p.addOption({QStringLiteral("lang"), QString(), QStringLiteral("L")});
  if (output) p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("PNG")});
  if (output) p.addOption({QStringLiteral("view"), QString(), QStringLiteral("VIEW")});
  if (!p.parse(args)) return p.errorText();
  QStringList pos = p.positionalArguments();  // the program is not among them
  if (!pos.isEmpty() && (pos.first() == QLatin1String("gui") || pos.first() == QLatin1String("screenshot"))) pos.removeFirst();
  if (pos.size() > 1) return QStringLiteral("unexpected argument \"%1\" (see svmlab --help)").arg(pos[1]);
  if (!pos.isEmpty()) o.scenario = pos.first();
  o.variant = p.value(QStringLiteral("variant"));
  o.compare = p.value(QStringLiteral("compare"));
  o.lang = p.value(QStringLiteral("lang"));
  if (!o.lang.isEmpty() && match_language(o.lang).isEmpty())
    return QStringLiteral("unknown language \"%1\" for --lang (one of: %2)").arg(o.lang, available_languages().join(QStringLiteral(", ")));
  o.present = p.isSet(QStringLiteral("present"));
  if (p.isSet(QStringLiteral("step"))) {
    bool ok = false;
    o.step = p.value(QStringLiteral("step")).toInt(&ok);
    if (!ok || o.step < 0) return QStringLiteral("--step must be a number of steps (0 or more)");
  }
  if (p.isSet(QStringLiteral("max-steps"))) {
    QString e;
    o.max_steps = parse_max_steps(p.value(QStringLiteral("max-steps")), &e);
    if (!o.max_steps) return e;
  }
  if (output) {
    *output = p.value(QStringLiteral("output"));
    if (output->isEmpty()) return QStringLiteral("screenshot needs -o FILE.png");
    if (o.scenario.isEmpty()) return QStringLiteral("screenshot needs a SCENARIO");
    if (p.isSet(QStringLiteral("view"))) o.view = p.value(QStringLiteral("view"));
    if (o.view != QLatin1String("window") && o.view != QLatin1String("graph") && o.view != QLatin1String("hardware"))
      return QStringLiteral("--view must be window, graph or hardware (not \"%1\")").arg(o.view);
  }
  return {};
}

QString apply_window_options(MainWindow& w, const WindowOptions& o, bool full_screen) {
  if (o.present) w.classroom()->setPresenting(true, full_screen);
  if (o.scenario.isEmpty()) return {};
  if (o.max_steps) w.session()->setMaxSteps(o.max_steps);
  QString e = w.openFile(o.scenario, o.variant);
  if (!e.isEmpty()) return e;
  if (!o.compare.isEmpty()) {
    e = w.setCompare(o.compare);
    if (!e.isEmpty()) return e;
  }
  w.session()->setCursor(std::min(o.step, w.session()->lastIndex()));  // past the end: the last step
  return {};
}

int screenshot_main(int& argc, char** argv, const QStringList& args) {
  WindowOptions o;
  QString out;
  const QString bad = parse_window_options(args, o, &out);
  if (!bad.isEmpty()) {
    std::fprintf(stderr, "svmlab: %s\n", svm::printable(bad.toStdString()).c_str());  // echoes input: escaped
    return 2;
  }
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  qputenv("SVMLAB_NO_DIALOGS", "1");
  QApplication app(argc, argv);
  set_language(o.lang);  // empty: the system locale
  MainWindow w;
  w.resize(1440, 900);
  const QString e = apply_window_options(w, o, /*full_screen=*/false);
  if (!e.isEmpty()) {
    std::fprintf(stderr, "%s\n", svm::printable(e.toStdString()).c_str());
    return 2;
  }
  w.show();
  QApplication::processEvents();
  QImage img;
  if (o.view == QLatin1String("graph")) {
    img = w.centralWidget()->grab().toImage();  // both graphs when comparing
  } else if (o.view == QLatin1String("hardware")) {
    // The diagrams at their full size, not the part a dock shows.
    HardwareView hv;
    hv.setFont(w.font());
    hv.setTrace(w.session()->trace());
    hv.setCursor(w.session()->cursor());
    hv.resize(hv.contentSize());
    hv.show();
    QApplication::processEvents();
    img = hv.grab().toImage();
  } else {
    img = w.grab().toImage();
  }
  QSaveFile f(out);
  if (!f.open(QIODevice::WriteOnly) || !img.save(&f, "PNG") || !f.commit()) {
    std::fprintf(stderr, "%s:0:0: cannot write the screenshot (%s)\n", svm::printable(out.toStdString()).c_str(),
                 qPrintable(f.errorString()));
    return 2;
  }
  if (const auto t = w.session()->trace(); t && !t->bound.empty()) {  // a picture of a run that did not end
    std::fprintf(stderr, "svmlab: INCOMPLETE: the run %s; the screenshot shows its %zu steps\n", t->bound.english().c_str(),
                 t->steps.size());
    return 3;
  }
  return 0;
}

}  // namespace svmlab
