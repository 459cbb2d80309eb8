#pragma once
// `svmlab export SCENARIO [--variant V] [--compare V2] [--step N|--all-steps]
//                 --what graph|timeline|trace|mail|slides [--format F] [--scale S]
//                 [--sections ladder,changes,functions] [--width N] -o PATH`
// (PRODUCT.md section 5). Text kinds run without any QApplication; drawn
// kinds make one on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise, so export works with no display. Exit 0, or 2 with one line on
// stderr.
//
// One implementation for svmlab and svmlab-cli: the options, the checks and
// the text kinds live here (QtCore only); drawing is passed in by svmlab
// (app/export_drawn.h). Without it (svmlab-cli) a request for a picture is
// refused with one line naming svmlab, exit 2.

#include <QString>
#include <QStringList>
#include <memory>

#include "views/export/export_text.h"

namespace svmlab {

struct ExportDrawing {
  // --what hardware at `state`: empty, or one line saying what went wrong.
  QString (*hardware)(int& argc, char** argv, const std::shared_ptr<const svm::Trace>& trace, int state,
                      const QString& path, ExportFormat format, double scale) = nullptr;
  // A drawn kind (needsWidgets(r)): empty, or one line saying what went wrong.
  QString (*drawn)(int& argc, char** argv, const ExportRuns& runs, const ExportRequest& r) = nullptr;
};

// `drawing` null: text kinds only (svmlab-cli).
int export_main(int& argc, char** argv, const QStringList& args, const ExportDrawing* drawing);

}  // namespace svmlab
