#pragma once
// File > Print: the graph or the timeline at the cursor (one page), or the
// slides (a page per milestone), for a handout. Both variants in compare mode.

#include <QString>

#include "views/export/export_request.h"

class QMenu;
class QPrinter;

namespace svmlab {

class MainWindow;

void installPrintActions(MainWindow& w, QMenu* file);
// What the Print actions do after the dialog: print `what` of the window's
// run(s) on `printer`. Empty, or one line saying what went wrong.
QString printWindow(MainWindow& w, ExportWhat what, QPrinter& printer);

}  // namespace svmlab
