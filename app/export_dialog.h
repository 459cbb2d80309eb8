#pragma once
// The GUI side of export: File > Export... (a dialog: what, format, step or
// all steps, scale, path), Copy as Text (the mail text) and Copy as Image
// (the graph at the cursor) for the clipboard, and a context menu on the
// graph and the timeline with their own exports. Everything goes through
// views/export/exporter.h, as the command line does.

#include <QDialog>
#include <memory>

#include "views/export/export_request.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QMenu;
class QSpinBox;

namespace svm {
struct Trace;
}

namespace svmlab {

class MainWindow;

class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  // `compareVariant`: the variant the window compares with (empty: none);
  // the dialog then offers to export both side by side.
  ExportDialog(int lastState, int cursor, QWidget* parent = nullptr, const QString& compareVariant = {});
  ExportRequest request() const;

 private:
  void fillFormats();
  void browse();

  QComboBox* what_;
  QComboBox* format_;
  QSpinBox* step_;
  QCheckBox* all_;
  QCheckBox* compare_;
  QString compareVariant_;
  QDoubleSpinBox* scale_;
  QLineEdit* path_;
};

// Adds Export..., Copy as Text and Copy as Image to `file`.
void installExportActions(MainWindow& w, QMenu* file);
// The context menus of the window's graph and timeline (once they exist).
void installExportContextMenus(MainWindow& w);

}  // namespace svmlab
