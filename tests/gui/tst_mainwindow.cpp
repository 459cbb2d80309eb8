// The main window builds offscreen and shows what SVM Lab is and what it can open.

#include <QLabel>
#include <QMenuBar>
#include <QtTest>

#include "app/mainwindow.h"

class TstMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void opens_with_menus_and_catalogue();
};

void TstMainWindow::opens_with_menus_and_catalogue() {
  svmlab::MainWindow w;
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QCOMPARE(w.windowTitle(), QStringLiteral("SVM Lab"));
  QStringList menus;
  for (QAction* a : w.menuBar()->actions()) menus << a->text().remove(QLatin1Char('&'));
  QVERIFY2(menus.contains(QStringLiteral("File")), qPrintable(menus.join(',')));
  QVERIFY(menus.contains(QStringLiteral("Help")));
  auto* welcome = w.findChild<QLabel*>(QStringLiteral("welcome"));
  QVERIFY(welcome);
  QVERIFY(welcome->text().contains(QStringLiteral("accel-mmap-exit")));
  QVERIFY(welcome->text().contains(QStringLiteral("gfx-exit")));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
