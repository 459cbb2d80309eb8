#pragma once
// How a thread of the engine looks wherever a view names it (the trace view,
// the threads panel): a colour per thread, always shown next to its name, so
// the colour is a help and never the only way to tell threads apart; and the
// words for its kind and state.
//
// The colours are Okabe-Ito hues in an order that keeps the first four (the
// usual process, device, page-request thread, IOMMU) far apart.

#include <QColor>
#include <QIcon>
#include <QString>

#include "core/engine/config.h"
#include "core/engine/thread.h"

namespace svmlab {

QColor threadColor(int tid);
// A small filled square in the thread's colour with a dark outline, for
// combo boxes and item decorations.
QIcon threadSwatch(int tid, int size = 12);

QString threadKindText(svm::ThreadKind k);         // short: "process", "device", "IRQ thread", ...
QString threadKindDescription(svm::ThreadKind k);  // a sentence for tooltips

}  // namespace svmlab
