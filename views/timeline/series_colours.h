#pragma once
// One hue per object in the timeline. The graph colours objects by kind (every
// mm blue), which leaves two processes' mm#1 and mm#2, or a file and a
// files_struct, the same colour in a plot of their counters. Here the first
// object of a kind keeps its kind's colour, so the timeline agrees with the
// graph in the usual one-process story, and every further object takes the
// next hue not used yet, a kin of its kind's colour where one is free. The
// counter is told by the line's dash, not by colour.

#include <vector>

#include <QColor>

#include "core/base/ids.h"
#include "views/common/palette.h"

namespace svmlab {

// A colour per object, in the order given; distinct while there are no more
// objects than hues (twelve), then a kind's hue again in another lightness.
std::vector<QColor> object_colours(const std::vector<svm::ObjId>& objects, const Palette& p);

}  // namespace svmlab
