#pragma once
// Carries out an ExportRequest on a run (and, with --compare, a second run of
// the same scenario): the one place the command line, the Export dialog, the
// clipboard actions and the views' context menus go through. Text kinds
// (trace, mail, DOT, CSV) need no QApplication; drawn kinds render the same
// views the window shows (made off screen unless the caller passes its own).

#include <QImage>
#include <QString>
#include <memory>
#include <string>

#include "core/engine/run.h"
#include "views/export/export_request.h"
#include "views/export/export_text.h"  // ExportRuns, exportText, exportState: the text kinds

class QPagedPaintDevice;

namespace svmlab {

class RefGraphView;
class TimelineView;

struct ExportViews {
  RefGraphView* graph = nullptr;        // showing the same trace; its cursor is restored
  TimelineView* timeline = nullptr;
};

// Writes the file(s) of `r`. Empty, or one line saying what went wrong.
QString exportRuns(const ExportRuns& runs, const ExportRequest& r, ExportViews views = {});
QString exportTrace(const std::shared_ptr<const svm::Trace>& t, const ExportRequest& r, ExportViews views = {});

// Prints the graph or the timeline at r.step (one page), or the slides (a
// page each, r.allSteps as for the export), each scaled to fit the page.
// Empty, or one line saying what went wrong.
QString printRuns(const ExportRuns& runs, const ExportRequest& r, QPagedPaintDevice& printer, ExportViews views = {});

// A drawn kind (graph or timeline, at r.step) as an image, r.scale pixels
// per unit: what "Copy as Image" puts on the clipboard.
QImage exportImage(const std::shared_ptr<const svm::Trace>& t, const ExportRequest& r, ExportViews views = {});

}  // namespace svmlab
