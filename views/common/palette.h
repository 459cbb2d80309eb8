#pragma once
// Colours for the kinds of objects and for states, shared by every view so a
// mm is the same colour in the graph, the timeline and the tables. Chosen from
// the Okabe-Ito palette, which stays distinguishable for colour-blind viewers;
// states never rely on colour alone (freed objects are also dashed, leaked
// ones also marked in text).

#include <QColor>

#include "core/base/ids.h"

namespace svmlab {

struct Palette {
  QColor background, text, muted, grid;
  QColor changed;  // "this changed at this step"
  QColor leak;     // the leak cycle / a violation
  QColor freed;    // tombstones
  QColor kind(svm::Kind k) const;

  static Palette light();
  static Palette dark();
  static Palette projector();  // high contrast for presentation mode
};

}  // namespace svmlab
