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
  bool allSteps = false;   // graph: one file per state; slides: every step, not milestones
  double scale = 1.0;      // PNG: pixels per scene unit (2 for sharp slides and HiDPI)
  QString path;            // a file; a folder for PNG slides and for --all-steps graphs
};

QString whatName(ExportWhat w);      // "graph"
QString formatName(ExportFormat f);  // "svg"
std::optional<ExportWhat> parseWhat(const QString& s);
std::optional<ExportFormat> parseFormat(const QString& s);  // "txt" is text, "jpg" is not a format
QList<ExportFormat> formatsFor(ExportWhat w);  // first: the default
QString extensionFor(ExportWhat w, ExportFormat f);  // "svg", "gv", "txt", "csv"
// Does the request write into a folder rather than one file?
bool writesFolder(const ExportRequest& r);
// Needs a QApplication (widgets render it), or is it plain text?
bool needsWidgets(const ExportRequest& r);
// Empty, or why the request makes no sense ("timeline has no dot format (svg, png, pdf, csv)").
QString checkRequest(const ExportRequest& r);

}  // namespace svmlab
