#pragma once
// The export kinds that draw nothing: the trace (function_graph text, JSON),
// the mail, the graph as DOT and the timeline as CSV. QtCore only (QSaveFile
// for the atomic write), so svmlab-cli, which links no GUI library, exports
// them through the same code as the window and svmlab (issue 23 item 4).

#include <QString>
#include <functional>
#include <memory>
#include <string>

#include "core/engine/run.h"
#include "views/export/export_request.h"

namespace svmlab {

struct ExportRuns {
  std::shared_ptr<const svm::Trace> trace;
  std::shared_ptr<const svm::Trace> compare;  // the other variant (ExportRequest::compare), or null
};

// The text export kinds as a string: trace (text: function_graph, json),
// mail, graph as DOT at r.step, timeline as CSV (two runs side by side when
// runs.compare is set). Empty for the drawn kinds.
std::string exportText(const ExportRuns& runs, const ExportRequest& r);

// Writes the file(s) of a request that needs no widgets (!needsWidgets(r)),
// DOT with --all-steps included. Empty, or one line saying what went wrong;
// a drawn kind is refused, never half done.
QString exportTextRuns(const ExportRuns& runs, const ExportRequest& r);

// One file per state in the folder r.path: step-000.svg, step-001.svg, ...;
// `one` writes the file of a state. Empty, or the first error.
QString writeAllSteps(const ExportRuns& runs, const ExportRequest& r,
                      const std::function<QString(const QString& file, int state)>& one);

// The state a request shows: r.step clamped, -1 meaning the last.
int exportState(const svm::Trace& t, const ExportRequest& r);

}  // namespace svmlab
