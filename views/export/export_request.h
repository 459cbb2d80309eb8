#pragma once
// What to export, in which format, where: one value the command line and the
// Export dialog both fill in and the exporter (exporter.h) carries out.

#include <QString>
#include <QStringList>
#include <optional>

namespace svmlab {

enum class ExportWhat { Graph, Timeline, Trace, Mail, Slides };
enum class ExportFormat { Svg, Png, Pdf, Dot, Csv, Text, Json };

struct ExportRequest {
  ExportWhat what = ExportWhat::Graph;
  ExportFormat format = ExportFormat::Svg;
  int step = -1;           // state index shown (graph, timeline cursor); -1: the last
  bool allSteps = false;   // graph, timeline: one file per state; slides: every step, not milestones
  double scale = 1.0;      // PNG: pixels per scene unit (2 for sharp slides and HiDPI)
  QString path;            // a file; a folder for PNG slides and for --all-steps
  QString compare;         // --compare V2: the other variant (timeline, mail, slides); empty: none
  QStringList sections;    // mail: optional sections beyond the default (mailSections())
  int width = 0;           // trace text: cut source lines at this column; 0: the default (100)
};

// The mail's optional sections, in the order they print.
QStringList mailSections();

QString whatName(ExportWhat w);      // "graph"
QString formatName(ExportFormat f);  // "svg"
std::optional<ExportWhat> parseWhat(const QString& s);
std::optional<ExportFormat> parseFormat(const QString& s);  // "txt" is text, "jpg" is not a format
QList<ExportFormat> formatsFor(ExportWhat w);  // first: the default
QString extensionFor(ExportWhat w, ExportFormat f);  // "svg", "gv", "txt", "csv"
// Does the kind draw one state (so --all-steps makes one file per state)?
bool perStep(ExportWhat w, ExportFormat f);
// The format -o PATH asks for when --format is absent: its extension, or the
// kind's default when it has none. Empty and `error` set for an extension
// that is no format of the kind ("x.jpg").
std::optional<ExportFormat> formatForPath(ExportWhat w, const QString& path, bool folder, QString* error);
// "step-007.svg": the file of state `state` in an --all-steps folder whose
// last state is `last` (zero-padded, so the names sort in step order).
QString stepFileName(int state, int last, const QString& extension);
// Does the request write into a folder rather than one file?
bool writesFolder(const ExportRequest& r);
// Needs a QApplication (widgets render it), or is it plain text?
bool needsWidgets(const ExportRequest& r);
// Empty, or why the request makes no sense ("timeline has no dot format (svg, png, pdf, csv)").
QString checkRequest(const ExportRequest& r);

}  // namespace svmlab
