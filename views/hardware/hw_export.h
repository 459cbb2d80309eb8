#pragma once
// `svmlab export SCENARIO --what hardware`: the four hardware diagrams at one
// state (HardwareDiagrams::composed), as SVG (every word a <text>, so the
// file is searchable and diffable), PNG or PDF, written atomically.

#include <QImage>
#include <QString>
#include <memory>

#include "core/engine/run.h"
#include "views/export/export_request.h"

namespace svmlab {

// Empty, or one line saying what went wrong. Needs a QApplication (fonts).
QString exportHardware(const std::shared_ptr<const svm::Trace>& t, int state, const QString& path, ExportFormat f,
                       double scale);
// The same picture as an image, `scale` pixels per unit.
QImage hardwareImage(const svm::Trace& t, int state, double scale);

}  // namespace svmlab
