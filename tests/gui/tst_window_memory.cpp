// What the window remembers between sessions, and File > Print: a user's
// settings come back in a new window; recent files list files, not built-in
// ids; printing the graph, the timeline and the slides puts them on paper
// (a PDF printer, read back with pdftotext and pdfinfo).

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "app/classroom/classroom.h"
#include "app/classroom/language.h"
#include "app/mainwindow.h"
#include "app/print_actions.h"
#include "app/window_memory.h"

using svmlab::MainWindow;

namespace {

QString sourceDir() { return qEnvironmentVariable("SVMLAB_SOURCE_DIR", QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT)); }

QString run(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  if (!p.waitForFinished(60000) || p.exitCode() != 0) return QStringLiteral("<%1 failed>").arg(program);
  // Qt's PDF keeps the font's ligatures: "file" comes back with U+FB01.
  return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0xFB01), QLatin1String("fi"));
}

QMenu* fileMenu(MainWindow& w) {
  for (QAction* a : w.menuBar()->actions())
    if (a->menu() && a->text().contains(QLatin1String("File"))) return a->menu();
  return nullptr;
}

}  // namespace

class TstWindowMemory : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase();
  void init();
  void settings_come_back_in_a_new_window();
  void a_vanished_last_file_is_said_and_skipped();
  void recent_files_list_files_only();
  void print_menu_exists();
  void prints_graph_timeline_and_slides();

 private:
  QTemporaryDir home_;
};

void TstWindowMemory::initTestCase() {
  QVERIFY(home_.isValid());
  // QSettings reads its folder when first used: point it at a scratch one,
  // so the test neither reads nor changes the user's settings.
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home_.path());
  qputenv("SVMLAB_NO_DIALOGS", "1");
}

void TstWindowMemory::init() { QSettings().clear(); }

void TstWindowMemory::settings_come_back_in_a_new_window() {
  {
    MainWindow w;
    w.resize(1100, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.5")), QString());
    w.dock(QStringLiteral("traceDock"))->close();
    w.classroom()->setTheme(svmlab::Theme::Dark);
    svmlab::set_language(QStringLiteral("de"));
    svmlab::rememberWindow(w);
    svmlab::set_language(QStringLiteral("en"));
  }
  QCOMPARE(svmlab::rememberedLanguage(), QStringLiteral("de"));
  MainWindow w;
  svmlab::restoreWindow(w, /*reopen=*/true);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  // The offscreen platform has no window frame, and restoreGeometry() adds
  // back the title bar's height it assumes: allow that much, no more.
  QCOMPARE(w.width(), 1100);
  QVERIFY2(w.height() >= 700 && w.height() <= 730, qPrintable(QString::number(w.height())));
  QVERIFY(w.dock(QStringLiteral("traceDock"))->isHidden());
  QVERIFY(!w.dock(QStringLiteral("narrationDock"))->isHidden());
  QCOMPARE(w.classroom()->theme(), svmlab::Theme::Dark);
  QVERIFY(w.session()->scenario());
  QCOMPARE(QString::fromStdString(w.session()->scenario()->id), QStringLiteral("accel-mmap-exit"));
  QCOMPARE(w.session()->variant(), QStringLiteral("v4.5"));

  // Without reopening (a scenario was named on the command line): nothing opens.
  MainWindow fresh;
  svmlab::restoreWindow(fresh, /*reopen=*/false);
  QVERIFY(!fresh.session()->scenario());
}

void TstWindowMemory::a_vanished_last_file_is_said_and_skipped() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("mine.svmlab.json"));
  QVERIFY(QFile::copy(sourceDir() + QStringLiteral("/docs/examples/dma-then-munmap.json"), path));
  {
    MainWindow w;
    QCOMPARE(w.openFile(path), QString());
    svmlab::rememberWindow(w);
  }
  QVERIFY(QFile::remove(path));
  MainWindow w;
  svmlab::restoreWindow(w, true);
  QVERIFY(!w.session()->scenario());
  QVERIFY2(w.statusBar()->currentMessage().contains(path), qPrintable(w.statusBar()->currentMessage()));
}

void TstWindowMemory::recent_files_list_files_only() {
  MainWindow w;
  QCOMPARE(w.openFile(QStringLiteral("gfx-exit")), QString());  // a built-in id, given as on the command line
  const QString path = sourceDir() + QStringLiteral("/docs/examples/dma-then-munmap.json");
  QCOMPARE(w.openFile(path), QString());
  const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
  QCOMPARE(recent, QStringList{QFileInfo(path).absoluteFilePath()});
  QMenu* recentMenu = nullptr;
  for (QAction* a : fileMenu(w)->actions())
    if (a->menu() && a->text().contains(QLatin1String("Recent"))) recentMenu = a->menu();
  QVERIFY(recentMenu);
  QCOMPARE(recentMenu->actions().size(), 1);
  QCOMPARE(recentMenu->actions().first()->text(), QFileInfo(path).absoluteFilePath());
}

void TstWindowMemory::print_menu_exists() {
  MainWindow w;
  auto* menu = w.findChild<QMenu*>(QStringLiteral("printMenu"));
  QVERIFY(menu);
  QStringList names;
  for (QAction* a : menu->actions()) names << a->objectName();
  QCOMPARE(names, (QStringList{QStringLiteral("printGraph"), QStringLiteral("printTimeline"), QStringLiteral("printSlides")}));
  QCOMPARE(menu->actions().first()->shortcut(), QKeySequence(QKeySequence::Print));
}

void TstWindowMemory::prints_graph_timeline_and_slides() {
  MainWindow w;
  w.resize(1440, 900);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QPrinter none;
  none.setOutputFormat(QPrinter::PdfFormat);
  QVERIFY(!svmlab::printWindow(w, svmlab::ExportWhat::Graph, none).isEmpty());  // nothing open: said, not printed

  QCOMPARE(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")), QString());
  w.session()->setCursor(w.session()->lastIndex());
  QTemporaryDir dir;
  auto print = [&](svmlab::ExportWhat what, const QString& name) {
    QPrinter p(QPrinter::HighResolution);  // printWindow makes it work in screen units
    p.setOutputFormat(QPrinter::PdfFormat);
    p.setPageOrientation(QPageLayout::Landscape);
    p.setOutputFileName(dir.filePath(name));
    const QString e = svmlab::printWindow(w, what, p);
    return e.isEmpty() ? dir.filePath(name) : QStringLiteral("error: ") + e;
  };
  const QString graph = print(svmlab::ExportWhat::Graph, QStringLiteral("graph.pdf"));
  const QString graphText = run(QStringLiteral("pdftotext"), {graph, QStringLiteral("-")});
  // The leaked cycle's objects, as the graph names them.
  for (const char* word : {"mm#1", "file#1", "svm#1"})
    QVERIFY2(graphText.contains(QLatin1String(word)), qPrintable(graph + QLatin1String(": ") + graphText.left(400)));
  QVERIFY(run(QStringLiteral("pdfinfo"), {graph}).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));

  const QString timeline = print(svmlab::ExportWhat::Timeline, QStringLiteral("timeline.pdf"));
  const QString timelineText = run(QStringLiteral("pdftotext"), {timeline, QStringLiteral("-")});
  QVERIFY2(timelineText.contains(QLatin1String("mm_users")), qPrintable(timelineText.left(400)));

  const QString slides = print(svmlab::ExportWhat::Slides, QStringLiteral("slides.pdf"));
  const QString info = run(QStringLiteral("pdfinfo"), {slides});
  const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
  QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 1, qPrintable(info));
  // A landscape page, not a 1600x900-point one: the slides fit the printer's paper.
  QVERIFY2(info.contains(QLatin1String("A4")) || info.contains(QLatin1String("letter")) ||
               info.contains(QRegularExpression(QStringLiteral("Page size:\\s+8[34]\\d"))),
           qPrintable(info));
}

QTEST_MAIN(TstWindowMemory)
#include "tst_window_memory.moc"
