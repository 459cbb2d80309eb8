#pragma once
// Two runs of one scenario (two variants) as one CSV, row by row as compare
// mode steps through them: svm::align_runs() gives the positions, each row
// names the state of each run it shows and that run's own counters there.
// Qt-free, like counters_csv.h.
//
//   v4.4:step,v4.5:step,v4.4:mm#1.mm_users,v4.5:mm#1.mm_users,...
//
// A counter's two columns sit side by side; a cell is empty while the object
// is not live in that run.

#include <string>

#include "core/engine/run.h"

namespace svmlab {

std::string compare_counters_csv(const svm::Trace& a, const svm::Trace& b);

}  // namespace svmlab
