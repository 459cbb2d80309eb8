#pragma once
// A slide deck for handouts and talks, 16:9, 1600x900 units: a title slide
// (the scenario, its variant), one slide per milestone, and an ending slide
// with the verdict (for a leak, the cycle). A milestone's slide shows the
// reference graph in the state after its function returns, and its caption
// (the narration, then what the function changed, naming that step) is about
// exactly that state. With a second run the deck sets both variants side by
// side at each milestone, the runs aligned as compare mode aligns them. With
// allSteps: one slide per step, the state after it.

#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

#include "core/engine/run.h"
#include "views/export/picture.h"

class QPagedPaintDevice;

namespace svmlab {

class RefGraphView;

struct Slide {
  enum class Kind { Title, Step, End };
  Kind kind = Kind::Step;
  int state = 0;          // the state the picture shows (the first run)
  int compareState = -1;  // the second run's state, or -1 in a one-run deck
  int number = 1;         // 1-based
  int total = 1;
  QString title;    // "exit_mmap()", the scenario's title, "The end"
  QString source;   // "mm/mmap.c (v4.4)"
  QString context;  // "accel-mmap-exit, v4.4, after step 135 of 241"
  QString caption;  // whole sentences
  QString sideA, sideB;  // two runs: above each graph, "v4.4, after step 91 of 118"
};

// The graph views a deck paints (showing the first and the second run).
struct SlideGraphs {
  RefGraphView* a = nullptr;
  RefGraphView* b = nullptr;  // the second run's, or null
};

std::vector<Slide> slideSeries(const svm::Trace& t, bool allSteps, const svm::Trace* compare = nullptr);
QSizeF slideSize();
// Moves the graphs to the slide's states and paints the slide.
Painter slidePainter(const SlideGraphs& graphs, const Slide& s);
// "03-exit_mmap.png": the file name of a slide in a folder.
QString slideFileName(const Slide& s, const QString& extension);

// PNG slides into the folder `dir`, or all slides as the pages of one PDF
// at `path`. Empty, or a one-line error.
QString writeSlidesPng(const SlideGraphs& graphs, const std::vector<Slide>& slides, const QString& dir, double scale);
// Every slide as a page of `dev` (a PDF writer, a printer), scaled to fit.
bool paintSlides(QPagedPaintDevice& dev, const SlideGraphs& graphs, const std::vector<Slide>& slides);
QString writeSlidesPdf(const SlideGraphs& graphs, const std::vector<Slide>& slides, const QString& path);

}  // namespace svmlab
