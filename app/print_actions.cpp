#include "app/print_actions.h"

#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

#include "app/mainwindow.h"
#include "views/export/exporter.h"

namespace svmlab {

QString printWindow(MainWindow& w, ExportWhat what, QPrinter& printer) {
  const auto t = w.session()->trace();
  if (!t) return QObject::tr("Nothing to print: open a scenario first.");
  // The views size their text in points at the screen's resolution; at the
  // printer's 1200 dpi the same points would be 12 times larger than the boxes
  // laid out around them. The printer works in screen units, its output
  // (PostScript, PDF) stays vector, so nothing is lost in sharpness.
  printer.setResolution(qRound(QGuiApplication::primaryScreen()->logicalDotsPerInchY()));
  const auto other = w.comparing() && w.compareSession() ? w.compareSession()->trace() : nullptr;
  ExportRequest r;
  r.what = what;
  r.step = w.session()->cursor();
  // The window's own views print as they look; slides move the cursor, so
  // they use views of their own.
  const ExportViews views = what == ExportWhat::Slides || other ? ExportViews{} : ExportViews{w.graph(), w.timeline()};
  return printRuns({t, what == ExportWhat::Graph ? nullptr : other}, r, printer, views);
}

void installPrintActions(MainWindow& w, QMenu* file) {
  QMenu* menu = file->addMenu(QObject::tr("&Print"));
  menu->setObjectName(QStringLiteral("printMenu"));
  const struct {
    const char* name;
    const char* text;
    ExportWhat what;
  } items[] = {
      {"printGraph", QT_TRANSLATE_NOOP("QObject", "The &Graph..."), ExportWhat::Graph},
      {"printTimeline", QT_TRANSLATE_NOOP("QObject", "The &Timeline..."), ExportWhat::Timeline},
      {"printSlides", QT_TRANSLATE_NOOP("QObject", "The &Slides (one page per milestone)..."), ExportWhat::Slides},
  };
  for (const auto& it : items) {
    QAction* a = menu->addAction(QObject::tr(it.text));
    a->setObjectName(QString::fromLatin1(it.name));
    if (it.what == ExportWhat::Graph) a->setShortcut(QKeySequence::Print);
    QObject::connect(a, &QAction::triggered, &w, [&w, what = it.what] {
      if (!w.session()->trace()) return;
      QPrinter printer;
      printer.setPageOrientation(QPageLayout::Landscape);
      printer.setDocName(QObject::tr("SVM Lab"));
      QPrintDialog d(&printer, &w);
      if (d.exec() != QDialog::Accepted) return;
      const QString e = printWindow(w, what, printer);
      if (!e.isEmpty())
        QMessageBox::warning(&w, QObject::tr("Print"), e);
      else
        w.statusBar()->showMessage(QObject::tr("Sent to the printer"), 5000);
    });
  }
}

}  // namespace svmlab
