// The GUI side of export: File > Export... and the copy actions exist on the
// real main window, Copy as Text puts the mail on the clipboard, Copy as
// Image the graph, the dialog builds the request, and the views have their
// context menus.

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QtTest>

#include "app/export_dialog.h"
#include "app/mainwindow.h"
#include "views/refgraph/graph_view.h"
#include "views/timeline/timeline_view.h"

using namespace svmlab;

class TestExportGui : public QObject {
  Q_OBJECT

 private slots:
  void actionsOnTheMainWindow() {
    MainWindow w;
    QCOMPARE(w.openFile(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")), QString());
    auto* exp = w.findChild<QAction*>(QStringLiteral("exportAction"));
    auto* text = w.findChild<QAction*>(QStringLiteral("copyTextAction"));
    auto* image = w.findChild<QAction*>(QStringLiteral("copyImageAction"));
    QVERIFY(exp && text && image);
    QCOMPARE(w.graph()->contextMenuPolicy(), Qt::CustomContextMenu);
    QCOMPARE(w.timeline()->contextMenuPolicy(), Qt::CustomContextMenu);
    text->trigger();
    const QString mail = QApplication::clipboard()->text();
    QVERIFY(mail.startsWith(QLatin1String("Scenario accel-mmap-exit, run on intel-svm v4.4.")));
    QVERIFY(mail.contains(QLatin1String("svm#1 -> mm#1: holds its mm_users")));
    image->trigger();
    QVERIFY(QApplication::clipboard()->image().width() > 400);
  }

  void dialogBuildsTheRequest() {
    ExportDialog d(118, 40);
    auto combos = d.findChildren<QComboBox*>();
    QCOMPARE(combos.size(), 2);
    combos[0]->setCurrentIndex(combos[0]->findText(QStringLiteral("timeline")));
    combos[1]->setCurrentIndex(combos[1]->findText(QStringLiteral("csv")));
    const ExportRequest r = d.request();
    QCOMPARE(r.what, ExportWhat::Timeline);
    QCOMPARE(r.format, ExportFormat::Csv);
    QCOMPARE(r.step, 40);
    QCOMPARE(combos[1]->count(), 4);  // svg, png, pdf, csv
    QVERIFY(r.compare.isEmpty());
  }

  void dialogOffersBothVariantsInCompareMode() {
    ExportDialog d(118, 40, nullptr, QStringLiteral("v4.5"));
    auto combos = d.findChildren<QComboBox*>();
    auto* both = d.findChild<QCheckBox*>(QStringLiteral("exportCompare"));
    QVERIFY(both);
    combos[0]->setCurrentIndex(combos[0]->findText(QStringLiteral("mail")));
    QVERIFY(both->isEnabled());
    both->setChecked(true);
    QCOMPARE(d.request().compare, QStringLiteral("v4.5"));
    combos[0]->setCurrentIndex(combos[0]->findText(QStringLiteral("graph")));
    QVERIFY(!both->isEnabled());
    QVERIFY(d.request().compare.isEmpty());
  }
};

QTEST_MAIN(TestExportGui)
#include "tst_export_gui.moc"
