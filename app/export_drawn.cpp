#include "app/export_drawn.h"

#include <QApplication>
#include <QFont>
#include <cstdio>

#include "views/export/exporter.h"
#include "views/hardware/hw_export.h"

namespace svmlab {

namespace {

// The contract is one line on stderr when export fails: keep Qt's notices
// about the environment (no XDG_RUNTIME_DIR on a headless box) out of it.
void quiet_qt(QtMsgType type, const QMessageLogContext&, const QString& msg) {
  if (type == QtDebugMsg || type == QtInfoMsg) return;
  if (type == QtWarningMsg && msg.startsWith(QLatin1String("QStandardPaths:"))) return;
  std::fprintf(stderr, "%s\n", qPrintable(msg));
}

// Drawing needs a QApplication (fonts, widgets); with no display, the
// offscreen platform unless QT_QPA_PLATFORM says otherwise.
void prepare_qt() {
  qInstallMessageHandler(quiet_qt);
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
}

QString hardware(int& argc, char** argv, const std::shared_ptr<const svm::Trace>& trace, int state, const QString& path,
                 ExportFormat format, double scale) {
  prepare_qt();
  QApplication app(argc, argv);
  return exportHardware(trace, state, path, format, scale);
}

QString drawn(int& argc, char** argv, const ExportRuns& runs, const ExportRequest& r) {
  prepare_qt();
  QApplication app(argc, argv);
  // No ligatures: a PDF's "exit_files" must read back (and copy) as those
  // letters, not with U+FB01 for "fi".
  QFont f = QApplication::font();
  f.setStyleStrategy(QFont::PreferNoShaping);
  QApplication::setFont(f);
  return exportRuns(runs, r);
}

}  // namespace

const ExportDrawing& export_drawing() {
  static const ExportDrawing d{.hardware = hardware, .drawn = drawn};
  return d;
}

}  // namespace svmlab
