#include "app/export_cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <optional>

#include "app/scenarios.h"
#include "core/driver/variant.h"
#include "core/engine/config.h"
#include "core/engine/run.h"
#include "core/scenario/printable.h"
#include "views/export/exporter.h"

namespace svmlab {

namespace {

constexpr int kUsage = 2;

// The contract is one line on stderr when export fails: keep Qt's notices
// about the environment (no XDG_RUNTIME_DIR on a headless box) out of it.
void quiet_qt(QtMsgType type, const QMessageLogContext&, const QString& msg) {
  if (type == QtDebugMsg || type == QtInfoMsg) return;
  if (type == QtWarningMsg && msg.startsWith(QLatin1String("QStandardPaths:"))) return;
  std::fprintf(stderr, "%s\n", qPrintable(msg));
}

int fail(const QString& line) {
  std::fprintf(stderr, "svmlab: %s\n", svm::printable(line.toStdString()).c_str());  // echoes input: escaped
  return kUsage;
}

// The scenario with its variant, run with its own schedule.
std::shared_ptr<const svm::Trace> run_scenario(const QString& arg, const QString& variant, QString* error) {
  auto sc = resolve_scenario(arg, error);
  if (!sc) return nullptr;
  const std::string vid = variant.isEmpty() ? sc->variant : variant.toStdString();
  const svm::Variant* v = svm::find_variant(vid);
  if (!v) {
    QStringList ids;
    for (const auto& x : svm::all_variants()) ids << QString::fromUtf8(x.id.data(), int(x.id.size()));
    *error = QStringLiteral("svmlab: unknown variant \"%1\" (one of: %2)").arg(QString::fromStdString(vid), ids.join(QStringLiteral(", ")));
    return nullptr;
  }
  auto cfg = std::make_shared<svm::Config>();
  const std::string ce = svm::make_config(sc, *v, *cfg);
  if (!ce.empty()) {
    *error = QStringLiteral("%1:0:0: %2").arg(QString::fromStdString(sc->file), QString::fromStdString(ce));
    return nullptr;
  }
  std::string sched;
  for (const std::string& s : sc->schedule) sched += (sched.empty() ? "" : ",") + s;
  svm::RunOptions opt;
  std::string se;
  auto parsed = svm::parse_schedule(*cfg, sched, &se);
  if (!parsed) {
    *error = QStringLiteral("%1:0:0: schedule: %2").arg(QString::fromStdString(sc->file), QString::fromStdString(se));
    return nullptr;
  }
  opt.schedule = *parsed;
  return std::make_shared<const svm::Trace>(svm::simulate(cfg, opt));
}

}  // namespace

int export_main(int& argc, char** argv, const QStringList& args) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("variant"), QString(), QStringLiteral("V")});
  p.addOption({QStringLiteral("step"), QString(), QStringLiteral("N")});
  p.addOption({QStringLiteral("all-steps"), QString()});
  p.addOption({QStringLiteral("what"), QString(), QStringLiteral("WHAT")});
  p.addOption({QStringLiteral("format"), QString(), QStringLiteral("F")});
  p.addOption({QStringLiteral("scale"), QString(), QStringLiteral("S")});
  p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("PATH")});
  if (!p.parse(args)) return fail(p.errorText());
  const QStringList pos = p.positionalArguments();  // "export", SCENARIO
  if (pos.size() != 2)
    return fail(QStringLiteral("usage: svmlab export SCENARIO [--variant V] [--step N|--all-steps] "
                               "--what graph|timeline|trace|mail|slides --format F -o PATH"));

  ExportRequest r;
  const auto what = parseWhat(p.value(QStringLiteral("what")));
  if (!what) return fail(QStringLiteral("--what must be graph, timeline, trace, mail or slides"));
  r.what = *what;
  r.path = p.value(QStringLiteral("output"));
  if (r.path.isEmpty()) return fail(QStringLiteral("export needs -o PATH"));
  // --format, else the extension of PATH, else the kind's first format.
  QString fmt = p.value(QStringLiteral("format"));
  if (fmt.isEmpty()) {
    const auto byExt = parseFormat(QFileInfo(r.path).suffix());
    fmt = byExt && formatsFor(r.what).contains(*byExt) ? formatName(*byExt) : formatName(formatsFor(r.what).front());
  }
  const auto format = parseFormat(fmt);
  if (!format) return fail(QStringLiteral("unknown --format \"%1\" (svg, png, pdf, dot, csv, text or json)").arg(fmt));
  r.format = *format;
  if (p.isSet(QStringLiteral("step")) && p.isSet(QStringLiteral("all-steps")))
    return fail(QStringLiteral("--step and --all-steps exclude each other"));
  if (p.isSet(QStringLiteral("step"))) {
    bool ok = false;
    r.step = p.value(QStringLiteral("step")).toInt(&ok);
    if (!ok || r.step < 0) return fail(QStringLiteral("--step must be a number of steps (0 or more)"));
  }
  r.allSteps = p.isSet(QStringLiteral("all-steps"));
  if (p.isSet(QStringLiteral("scale"))) {
    bool ok = false;
    r.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok) r.scale = 0;  // checkRequest names the range
  }
  const QString bad = checkRequest(r);
  if (!bad.isEmpty()) return fail(bad);

  QString e;
  const auto trace = run_scenario(pos[1], p.value(QStringLiteral("variant")), &e);
  if (!trace) {
    std::fprintf(stderr, "%s\n", svm::printable(e.toStdString()).c_str());
    return kUsage;
  }
  if (r.step > static_cast<int>(trace->steps.size()))
    return fail(QStringLiteral("--step %1: the run has %2 steps").arg(r.step).arg(trace->steps.size()));

  std::unique_ptr<QApplication> app;
  if (needsWidgets(r)) {
    qInstallMessageHandler(quiet_qt);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    app = std::make_unique<QApplication>(argc, argv);
  }
  const QString err = exportTrace(trace, r);
  if (!err.isEmpty()) return fail(err);
  if (!trace->bound.empty()) {  // written, but of a run that did not end: inconclusive
    std::fprintf(stderr, "svmlab: INCOMPLETE: the run %s; the export shows its %zu steps\n", trace->bound.c_str(),
                 trace->steps.size());
    return 3;
  }
  return 0;
}

}  // namespace svmlab
