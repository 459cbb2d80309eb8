#include "app/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "app/scenarios.h"

namespace svmlab {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("SVM Lab"));
  resize(1440, 900);
  buildMenus();

  // What SVM Lab is, and what it can open: the real catalogue.
  auto* welcome = new QLabel(this);
  welcome->setObjectName(QStringLiteral("welcome"));
  welcome->setWordWrap(true);
  welcome->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  welcome->setMargin(32);
  QString html = tr("<h1>SVM Lab</h1><p>Intel VT-d Shared Virtual Memory, one step at a time: what happens to a "
                    "process's mm, its files and its PASID binding when it exits, in the intel-svm driver of Linux "
                    "v4.4 and v4.5.</p><h3>Built-in scenarios</h3><ul>");
  for (const BuiltinInfo& b : builtin_scenarios())
    html += QStringLiteral("<li><b>%1</b> &mdash; %2</li>").arg(b.id.toHtmlEscaped(), b.title.toHtmlEscaped());
  html += QStringLiteral("</ul>");
  welcome->setText(html);
  setCentralWidget(welcome);
  statusBar()->showMessage(tr("No scenario open"));
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About SVM Lab"), this, [this] {
    QMessageBox::about(this, tr("About SVM Lab"),
                       tr("SVM Lab %1: a visualizer and teaching tool for Intel VT-d Shared Virtual Memory.")
                           .arg(QApplication::applicationVersion()));
  });
}

}  // namespace svmlab
