#include "views/export/export_request.h"

#include <QFileInfo>
#include <algorithm>

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

QStringList mailSections() {
  return {QStringLiteral("ladder"), QStringLiteral("changes"), QStringLiteral("functions")};
}

bool perStep(ExportWhat w, ExportFormat f) {
  if (w == ExportWhat::Graph) return true;
  return w == ExportWhat::Timeline && f != ExportFormat::Csv;
}

namespace {

QString formatList(ExportWhat w) {
  QStringList names;
  for (ExportFormat f : formatsFor(w)) names << formatName(f);
  return names.join(QStringLiteral(", "));
}

}  // namespace

std::optional<ExportFormat> formatForPath(ExportWhat w, const QString& path, bool folder, QString* error) {
  const QString name = QFileInfo(path).fileName();
  const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
  const QString ext = dot > 0 ? name.mid(dot + 1) : QString();
  if (ext.isEmpty() || folder) return formatsFor(w).front();
  const auto f = parseFormat(ext);
  if (f && formatsFor(w).contains(*f)) return f;
  *error = QStringLiteral("-o %1: \".%2\" is not a format of %3 (%4); name one with --format")
               .arg(path, ext, whatName(w), formatList(w));
  return std::nullopt;
}

QString stepFileName(int state, int last, const QString& extension) {
  const int digits = std::max(3, int(QString::number(last).size()));
  return QStringLiteral("step-%1.%2").arg(state, digits, 10, QLatin1Char('0')).arg(extension);
}

bool writesFolder(const ExportRequest& r) {
  if (r.what == ExportWhat::Slides) return r.format == ExportFormat::Png;
  return r.allSteps && perStep(r.what, r.format);
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
  if (!formatsFor(r.what).contains(r.format))
    return QStringLiteral("%1 has no %2 format (%3)").arg(whatName(r.what), formatName(r.format), formatList(r.what));
  if (r.allSteps && r.what != ExportWhat::Slides && !perStep(r.what, r.format))
    return QStringLiteral("--all-steps applies to the drawn graph and timeline (one file per step) and to slides; "
                          "%1 as %2 covers the whole run")
        .arg(whatName(r.what), formatName(r.format));
  if (!r.compare.isEmpty() && r.what != ExportWhat::Timeline && r.what != ExportWhat::Mail && r.what != ExportWhat::Slides)
    return QStringLiteral("--compare applies to timeline, mail and slides");
  for (const QString& s : r.sections)
    if (!mailSections().contains(s))
      return QStringLiteral("--sections: no section \"%1\" (%2)").arg(s, mailSections().join(QStringLiteral(", ")));
  if (!r.sections.isEmpty() && r.what != ExportWhat::Mail) return QStringLiteral("--sections applies to mail only");
  if (r.width != 0 && (r.what != ExportWhat::Trace || r.format != ExportFormat::Text))
    return QStringLiteral("--width applies to the trace's text format only");
  if (r.width != 0 && (r.width < 40 || r.width > 1000)) return QStringLiteral("--width must be between 40 and 1000");
  if (r.step >= 0 && (r.what == ExportWhat::Trace || r.what == ExportWhat::Mail))
    return QStringLiteral("--step does not apply to %1: it covers the whole run").arg(whatName(r.what));
  if (!(r.scale >= 0.25 && r.scale <= 8)) return QStringLiteral("--scale must be between 0.25 and 8");
  if (r.path.isEmpty()) return QStringLiteral("export needs -o PATH");
  return {};
}

}  // namespace svmlab
