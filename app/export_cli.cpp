#include "app/export_cli.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <optional>

#include "app/cli.h"
#include "app/scenarios.h"
#include "core/driver/variant.h"
#include "core/engine/config.h"
#include "core/engine/run.h"
#include "core/patch/hunks.h"
#include "core/scenario/printable.h"
#include "views/export/export_text.h"

namespace svmlab {

namespace {

constexpr int kUsage = 2;

QString variantId(const svm::Trace& t) { return QString::fromUtf8(t.cfg->variant->id.data(), int(t.cfg->variant->id.size())); }

int fail(const QString& line) {
  std::fprintf(stderr, "svmlab: %s\n", svm::printable(line.toStdString()).c_str());  // echoes input: escaped
  return kUsage;
}

// svmlab-cli links no GUI library: a picture is svmlab's to draw. Said before
// anything runs, so the refusal is quick and nothing is written.
int refuse_picture(const QString& what, const QString& instead = {}) {
  return fail(QStringLiteral("export: %1 is a picture, and svmlab-cli draws none: use svmlab (the GUI package)%2")
                  .arg(what, instead.isEmpty() ? QString() : QStringLiteral(", or ") + instead));
}

// The scenario with its variant, run with its own schedule.
std::shared_ptr<const svm::Trace> run_scenario(const QString& arg, const QString& variant, QString* error,
                                               size_t max_steps) {
  auto sc = resolve_scenario(arg, error);
  if (!sc) return nullptr;
  const std::string vid = variant.isEmpty() ? sc->variant : variant.toStdString();
  std::string why;
  const svm::Variant* v = svm::parse_variant(vid, &why);
  if (!v) {
    *error = QStringLiteral("svmlab: %1 (%2)").arg(QString::fromStdString(why), QString::fromStdString(svm::variant_choices()));
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
  opt.max_steps = max_steps;
  return std::make_shared<const svm::Trace>(svm::simulate(cfg, opt));
}

// --what hardware: the VT-d diagrams at one step (views/hardware/hw_export.h),
// kept apart from the other kinds' dispatch.
int export_hardware(int& argc, char** argv, const QCommandLineParser& p, const QString& scenario,
                    const ExportDrawing* drawing) {
  if (!drawing) return refuse_picture(QStringLiteral("hardware"));
  const QString path = p.value(QStringLiteral("output"));
  if (path.isEmpty()) return fail(QStringLiteral("export needs -o PATH"));
  QString fmt = p.value(QStringLiteral("format"));
  if (fmt.isEmpty()) fmt = QFileInfo(path).suffix().isEmpty() ? QStringLiteral("svg") : QFileInfo(path).suffix();
  const auto format = parseFormat(fmt);
  if (!format || (*format != ExportFormat::Svg && *format != ExportFormat::Png && *format != ExportFormat::Pdf))
    return fail(QStringLiteral("hardware has no \"%1\" format (svg, png, pdf)").arg(fmt));
  if (p.isSet(QStringLiteral("all-steps"))) return fail(QStringLiteral("--all-steps applies to graph and slides only"));
  int step = -1;
  if (p.isSet(QStringLiteral("step"))) {
    bool ok = false;
    step = p.value(QStringLiteral("step")).toInt(&ok);
    if (!ok || step < 0) return fail(QStringLiteral("--step must be a number of steps (0 or more)"));
  }
  double scale = 1.0;
  if (p.isSet(QStringLiteral("scale"))) {
    bool ok = false;
    scale = p.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || !(scale >= 0.25 && scale <= 8)) return fail(QStringLiteral("--scale must be between 0.25 and 8"));
  }
  size_t max_steps = svm::kMaxRunSteps;
  if (p.isSet(QStringLiteral("max-steps"))) {
    QString me;
    max_steps = parse_max_steps(p.value(QStringLiteral("max-steps")), &me);
    if (!max_steps) return fail(me);
  }
  QString e;
  const auto trace = run_scenario(scenario, p.value(QStringLiteral("variant")), &e, max_steps);
  if (!trace) {
    std::fprintf(stderr, "%s\n", qPrintable(e));
    return kUsage;
  }
  if (step > static_cast<int>(trace->steps.size()))
    return fail(QStringLiteral("--step %1: the run has %2 steps").arg(step).arg(trace->steps.size()));
  const QString err =
      drawing->hardware(argc, argv, trace, step < 0 ? static_cast<int>(trace->steps.size()) : step, path, *format, scale);
  if (!err.isEmpty()) return fail(err);
  if (!trace->bound.empty()) {  // written, but of a run that did not end: inconclusive
    std::fprintf(stderr, "svmlab: INCOMPLETE: the run %s; the export shows its %zu steps\n", trace->bound.english().c_str(),
                 trace->steps.size());
    return 3;
  }
  return 0;
}

}  // namespace

const char* const kUsage2 =
    "usage: svmlab export SCENARIO [--variant V] [--compare V2] [--step N|--all-steps] "
    "--what graph|timeline|trace|mail|slides|hardware [--format F] [--scale S] [--sections S,...] [--width N] [--max-steps N] -o PATH";

int export_main(int& argc, char** argv, const QStringList& args, const ExportDrawing* drawing) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("variant"), QString(), QStringLiteral("V")});
  p.addOption({QStringLiteral("compare"), QString(), QStringLiteral("V2")});
  p.addOption({QStringLiteral("step"), QString(), QStringLiteral("N")});
  p.addOption({QStringLiteral("max-steps"), QString(), QStringLiteral("N")});
  p.addOption({QStringLiteral("all-steps"), QString()});
  p.addOption({QStringLiteral("what"), QString(), QStringLiteral("WHAT")});
  p.addOption({QStringLiteral("format"), QString(), QStringLiteral("F")});
  p.addOption({QStringLiteral("scale"), QString(), QStringLiteral("S")});
  p.addOption({QStringLiteral("sections"), QString(), QStringLiteral("S")});
  p.addOption({QStringLiteral("width"), QString(), QStringLiteral("N")});
  p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("PATH")});
  if (!p.parse(args)) return fail(p.errorText());
  const QStringList pos = p.positionalArguments();  // "export", SCENARIO
  if (pos.size() != 2) return fail(QString::fromLatin1(kUsage2));
  if (p.value(QStringLiteral("what")) == QLatin1String("hardware")) return export_hardware(argc, argv, p, pos[1], drawing);

  ExportRequest r;
  const auto what = parseWhat(p.value(QStringLiteral("what")));
  if (!what) return fail(QStringLiteral("--what must be graph, timeline, trace, mail, slides or hardware"));
  r.what = *what;
  r.path = p.value(QStringLiteral("output"));
  if (r.path.isEmpty()) return fail(QStringLiteral("export needs -o PATH"));
  r.allSteps = p.isSet(QStringLiteral("all-steps"));
  r.compare = p.value(QStringLiteral("compare"));
  if (p.isSet(QStringLiteral("sections")))
    r.sections = p.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
  if (p.isSet(QStringLiteral("width"))) {
    bool ok = false;
    r.width = p.value(QStringLiteral("width")).toInt(&ok);
    if (!ok) r.width = -1;  // checkRequest names the range
  }
  // --format, else the extension of PATH (a folder's name says nothing),
  // else the kind's first format; an extension that is no format is refused.
  const QString fmt = p.value(QStringLiteral("format"));
  if (fmt.isEmpty()) {
    ExportRequest probe = r;
    probe.format = formatsFor(r.what).front();
    QString e;
    const auto byPath = formatForPath(r.what, r.path, r.allSteps && perStep(r.what, probe.format), &e);
    if (!byPath) return fail(e);
    r.format = *byPath;
  } else {
    const auto format = parseFormat(fmt);
    if (!format) return fail(QStringLiteral("unknown --format \"%1\" (svg, png, pdf, dot, csv, text or json)").arg(fmt));
    r.format = *format;
    // "-o x.png --format svg" would write SVG into a .png: say so instead.
    const QString ext = QFileInfo(r.path).suffix();
    const auto named = ext.isEmpty() || writesFolder(r) ? std::nullopt : parseFormat(ext);
    if (named && *named != r.format)
      return fail(QStringLiteral("-o %1 names %2, but --format is %3").arg(r.path, formatName(*named), formatName(r.format)));
  }
  if (p.isSet(QStringLiteral("step")) && r.allSteps) return fail(QStringLiteral("--step and --all-steps exclude each other"));
  if (p.isSet(QStringLiteral("step"))) {
    bool ok = false;
    r.step = p.value(QStringLiteral("step")).toInt(&ok);
    if (!ok || r.step < 0) return fail(QStringLiteral("--step must be a number of steps (0 or more)"));
  }
  if (p.isSet(QStringLiteral("scale"))) {
    bool ok = false;
    r.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok) r.scale = 0;  // checkRequest names the range
  }
  const QString bad = checkRequest(r);
  if (!bad.isEmpty()) return fail(bad);
  if (!drawing && needsWidgets(r)) return refuse_picture(QStringLiteral("%1 as %2").arg(whatName(r.what), formatName(r.format)),
                          r.what == ExportWhat::Graph      ? QStringLiteral("write the graph as DOT (-o FILE.gv)")
                          : r.what == ExportWhat::Timeline ? QStringLiteral("the counters as CSV (-o FILE.csv)")
                                                           : QString());

  size_t max_steps = svm::kMaxRunSteps;
  if (p.isSet(QStringLiteral("max-steps"))) {
    QString me;
    max_steps = parse_max_steps(p.value(QStringLiteral("max-steps")), &me);
    if (!max_steps) return fail(me);
  }
  QString e;
  ExportRuns runs;
  runs.trace = run_scenario(pos[1], p.value(QStringLiteral("variant")), &e, max_steps);
  if (!runs.trace) {
    std::fprintf(stderr, "%s\n", svm::printable(e.toStdString()).c_str());
    return kUsage;
  }
  if (!r.compare.isEmpty()) {
    if (r.compare == variantId(*runs.trace))
      return fail(QStringLiteral("--compare %1: that is the variant of the run itself").arg(r.compare));
    runs.compare = run_scenario(pos[1], r.compare, &e, max_steps);
    if (!runs.compare) {
      std::fprintf(stderr, "%s\n", qPrintable(e));
      return kUsage;
    }
  }
  if (r.step > static_cast<int>(runs.trace->steps.size()))
    return fail(QStringLiteral("--step %1: the run has %2 steps").arg(r.step).arg(runs.trace->steps.size()));

  const QString err = needsWidgets(r) ? drawing->drawn(argc, argv, runs, r) : exportTextRuns(runs, r);
  if (!err.isEmpty()) return fail(err);
  // Written, but of a run that did not end: inconclusive.
  for (const auto& t : {runs.trace, runs.compare})
    if (t && !t->bound.empty()) {
      std::fprintf(stderr, "svmlab: INCOMPLETE: the %s run %s; the export shows its %zu steps\n",
                   std::string(t->cfg->variant->id).c_str(), t->bound.english().c_str(), t->steps.size());
      return 3;
    }
  return 0;
}

}  // namespace svmlab
