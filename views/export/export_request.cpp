#include "views/export/export_request.h"

namespace svmlab {

QString whatName(ExportWhat w) {
  switch (w) {
    case ExportWhat::Graph: return QStringLiteral("graph");
    case ExportWhat::Timeline: return QStringLiteral("timeline");
    case ExportWhat::Trace: return QStringLiteral("trace");
    case ExportWhat::Mail: return QStringLiteral("mail");
    case ExportWhat::Slides: return QStringLiteral("slides");
  }
  return {};
}

QString formatName(ExportFormat f) {
  switch (f) {
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Dot: return QStringLiteral("dot");
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Text: return QStringLiteral("text");
    case ExportFormat::Json: return QStringLiteral("json");
  }
  return {};
}

std::optional<ExportWhat> parseWhat(const QString& s) {
  for (ExportWhat w : {ExportWhat::Graph, ExportWhat::Timeline, ExportWhat::Trace, ExportWhat::Mail, ExportWhat::Slides})
    if (whatName(w) == s) return w;
  return std::nullopt;
}

std::optional<ExportFormat> parseFormat(const QString& s) {
  const QString l = s.toLower();
  if (l == QLatin1String("txt")) return ExportFormat::Text;
  if (l == QLatin1String("gv")) return ExportFormat::Dot;
  for (ExportFormat f : {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot, ExportFormat::Csv,
                         ExportFormat::Text, ExportFormat::Json})
    if (formatName(f) == l) return f;
  return std::nullopt;
}

QList<ExportFormat> formatsFor(ExportWhat w) {
  switch (w) {
    case ExportWhat::Graph: return {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Dot};
    case ExportWhat::Timeline: return {ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Csv};
    case ExportWhat::Trace: return {ExportFormat::Text, ExportFormat::Json};
    case ExportWhat::Mail: return {ExportFormat::Text};
    case ExportWhat::Slides: return {ExportFormat::Png, ExportFormat::Pdf};
  }
  return {};
}

QString extensionFor(ExportWhat, ExportFormat f) {
  switch (f) {
    case ExportFormat::Dot: return QStringLiteral("gv");
    case ExportFormat::Text: return QStringLiteral("txt");
    default: return formatName(f);
  }
}

bool writesFolder(const ExportRequest& r) {
  if (r.what == ExportWhat::Slides) return r.format == ExportFormat::Png;
  return r.what == ExportWhat::Graph && r.allSteps;
}

bool needsWidgets(const ExportRequest& r) {
  switch (r.what) {
    case ExportWhat::Graph: return r.format != ExportFormat::Dot;
    case ExportWhat::Timeline: return r.format != ExportFormat::Csv;
    case ExportWhat::Slides: return true;
    default: return false;
  }
}

QString checkRequest(const ExportRequest& r) {
  const QList<ExportFormat> ok = formatsFor(r.what);
  if (!ok.contains(r.format)) {
    QStringList names;
    for (ExportFormat f : ok) names << formatName(f);
    return QStringLiteral("%1 has no %2 format (%3)").arg(whatName(r.what), formatName(r.format), names.join(QStringLiteral(", ")));
  }
  if (r.allSteps && r.what != ExportWhat::Graph && r.what != ExportWhat::Slides)
    return QStringLiteral("--all-steps applies to graph and slides only");
  if (r.step >= 0 && (r.what == ExportWhat::Trace || r.what == ExportWhat::Mail))
    return QStringLiteral("--step does not apply to %1: it covers the whole run").arg(whatName(r.what));
  if (!(r.scale >= 0.25 && r.scale <= 8)) return QStringLiteral("--scale must be between 0.25 and 8");
  if (r.path.isEmpty()) return QStringLiteral("export needs -o PATH");
  return {};
}

}  // namespace svmlab
