#pragma once
// `svmlab export SCENARIO [--variant V] [--compare V2] [--step N|--all-steps]
//                 --what graph|timeline|trace|mail|slides [--format F] [--scale S]
//                 [--sections ladder,changes,functions] [--width N] -o PATH`
// (PRODUCT.md section 5). Text kinds run without any QApplication; drawn
// kinds make one on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise, so export works with no display. Exit 0, or 2 with one line on
// stderr.

#include <QStringList>

namespace svmlab {

int export_main(int& argc, char** argv, const QStringList& args);

}  // namespace svmlab
