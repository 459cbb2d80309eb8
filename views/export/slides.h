#pragma once
// A slide series for handouts and talks: one slide per milestone (or per step),
// numbered, the reference graph at that step and the narration as caption,
// the function and its kernel source file in the title. 16:9, 1600x900 units.

#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

#include "core/engine/run.h"
#include "views/export/picture.h"

namespace svmlab {

class RefGraphView;

struct Slide {
  int state = 0;     // trace state shown
  int number = 1;    // 1-based
  int total = 1;
  QString title;     // "exit_mmap()" or "The end"
  QString source;    // "mm/mmap.c (v4.4)"
  QString context;   // "accel-mmap-exit, v4.4, step 135 of 241"
  QString caption;   // the narration
};

// Milestone states and the last state; with allSteps every state after a step.
std::vector<Slide> slideSeries(const svm::Trace& t, bool allSteps);
QSizeF slideSize();
// Moves `graph` (which shows `t`) to the slide's state and paints the slide.
Painter slidePainter(RefGraphView& graph, const Slide& s);
// "03-exit_mmap.png": the file name of a slide in a folder.
QString slideFileName(const Slide& s, const QString& extension);

// PNG slides into the folder `dir`, or all slides as the pages of one PDF
// at `path`. Empty, or a one-line error.
QString writeSlidesPng(RefGraphView& graph, const std::vector<Slide>& slides, const QString& dir, double scale);
QString writeSlidesPdf(RefGraphView& graph, const std::vector<Slide>& slides, const QString& path);

}  // namespace svmlab
