#pragma once
// What svmlab's export draws (graph, timeline, slides, the VT-d diagrams):
// the widgets' half of export_cli.h, kept out of svmlab-cli, which links no
// GUI library.

#include "app/export_cli.h"

namespace svmlab {

// The drawing export_main() takes in svmlab.
const ExportDrawing& export_drawing();

}  // namespace svmlab
