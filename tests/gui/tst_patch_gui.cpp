// Issue #19 in the real main window, offscreen: the Patch panel's hunk
// boxes re-run the scenario at the same milestone and pick the compared
// hunk set; the narration's why links move the cursor; Run > Patch Matrix
// fills its grid, loads a cell, and exports it.

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QPointer>
#include <QtTest>

#include "app/mainwindow.h"
#include "app/matrix_dialog.h"
#include "app/patch_panel.h"
#include "core/engine/fn_id.h"
#include "core/engine/milestone.h"
#include "views/narration/narration_view.h"

using svmlab::MainWindow;

class TstPatchGui : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase();
  void hunk_boxes_rerun_at_the_same_milestone();
  void compare_any_two_hunk_sets();
  void why_links_move_the_cursor();
  void matrix_grid_loads_a_cell_and_exports();
};

void TstPatchGui::initTestCase() {
  QStandardPaths::setTestModeEnabled(true);
  qputenv("SVMLAB_NO_DIALOGS", "1");
}

namespace {
// The last milestone reached at or before state i: (thread, milestone).
std::pair<int, int> last_milestone(const svm::Trace& t, int i) {
  for (int s = i; s >= 1; --s)
    if (t.steps[static_cast<size_t>(s - 1)].milestone)
      return {t.steps[static_cast<size_t>(s - 1)].thread, static_cast<int>(*t.steps[static_cast<size_t>(s - 1)].milestone)};
  return {-1, -1};
}
}  // namespace

void TstPatchGui::hunk_boxes_rerun_at_the_same_milestone() {
  MainWindow w;
  w.show();
  QCOMPARE(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")), QString());
  QVERIFY(w.dock(QStringLiteral("patchDock")));
  svmlab::PatchPanel* p = w.patchPanel();
  QCOMPARE(p->hunks(), svm::HunkSet(0));
  // Put the cursor on a milestone step in the middle of the run.
  const auto t0 = w.session()->trace();
  int at = -1;
  for (int s = static_cast<int>(t0->steps.size()) / 2; s >= 1 && at < 0; --s)
    if (t0->steps[static_cast<size_t>(s - 1)].milestone) at = s;
  QVERIFY(at > 0);
  w.session()->setCursor(at);
  const auto before = last_milestone(*t0, at);
  p->hunkBox(svm::HunkId::Bind)->click();
  QCOMPARE(w.session()->variant(), QStringLiteral("v4.4+bind"));
  QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("variantBox"))->currentText(), QStringLiteral("v4.4+bind"));
  QVERIFY(w.session()->trace() != t0);
  QCOMPARE(last_milestone(*w.session()->trace(), w.session()->cursor()), before);
  p->hunkBox(svm::HunkId::Unbind)->click();
  p->hunkBox(svm::HunkId::Release)->click();
  p->hunkBox(svm::HunkId::Fault)->click();
  QCOMPARE(w.session()->variant(), QStringLiteral("v4.4+bind+unbind+release+fault"));
  // Opening a preset ticks its hunks.
  QCOMPARE(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.5-no-fault-guard")), QString());
  QCOMPARE(p->hunks(), svm::HunkSet(svm::kAllHunks & ~svm::hunk_bit(svm::HunkId::Fault)));
}

void TstPatchGui::compare_any_two_hunk_sets() {
  MainWindow w;
  w.show();
  QCOMPARE(w.openBuiltin(QStringLiteral("accel-dma-during-exit"), QStringLiteral("v4.4+bind")), QString());
  svmlab::PatchPanel* p = w.patchPanel();
  p->compareBox()->click();
  QVERIFY(w.comparing());
  QCOMPARE(w.compareSession()->variant(), QStringLiteral("v4.4"));
  p->compareHunkBox(svm::HunkId::Bind)->click();
  p->compareHunkBox(svm::HunkId::Fault)->click();
  QCOMPARE(w.compareSession()->variant(), QStringLiteral("v4.4+bind+fault"));
  QCOMPARE(w.session()->variant(), QStringLiteral("v4.4+bind"));
  p->compareBox()->click();
  QVERIFY(!w.comparing());
}

void TstPatchGui::why_links_move_the_cursor() {
  MainWindow w;
  w.show();
  QCOMPARE(w.openBuiltin(QStringLiteral("accel-mmap-exit"), QStringLiteral("v4.4")), QString());
  w.session()->runToEnd();
  const QString html = w.narration()->html();
  QVERIFY2(html.contains(QStringLiteral("href='step:")), qPrintable(html.left(400)));
  QVERIFY(w.narration()->plainText().contains(QStringLiteral("intel_svm_bind_mm")));
  const int i = html.indexOf(QStringLiteral("href='step:")) + 11;
  const int step = html.mid(i, html.indexOf(QLatin1Char('\''), i) - i).toInt();
  QVERIFY(step >= 1 && step < w.session()->lastIndex());
  if (const QByteArray shots = qgetenv("SVMLAB_SHOTS"); !shots.isEmpty()) {
    QDockWidget* d = w.dock(QStringLiteral("narrationDock"));
    d->setFloating(true);
    d->resize(720, 940);
    QTest::qWait(100);
    QVERIFY(d->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/why.png")));
    QDockWidget* p = w.dock(QStringLiteral("patchDock"));
    p->setFloating(true);
    p->show();
    p->raise();
    p->resize(760, 820);
    QTest::qWait(100);
    QVERIFY(p->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/patch.png")));
  }
  w.narration()->activateLink(QUrl(QStringLiteral("step:%1").arg(step)));
  QCOMPARE(w.session()->cursor(), step);
}

void TstPatchGui::matrix_grid_loads_a_cell_and_exports() {
  MainWindow w;
  w.show();
  svmlab::MatrixDialog* d = w.matrixDialog({QStringLiteral("accel-dma-during-exit")});
  QSignalSpy done(d, &svmlab::MatrixDialog::computed);
  QVERIFY(done.wait(600000));
  QVERIFY(d->result()->complete());
  QCOMPARE(d->grid()->rowCount(), 1);
  QCOMPARE(d->grid()->columnCount(), 16);
  // Every cell says its verdict in words, not only in colour.
  for (int c = 0; c < 16; ++c) QVERIFY(!d->grid()->item(0, c)->text().isEmpty());
  const svm::HunkSet s = svm::hunk_bit(svm::HunkId::Bind) | svm::hunk_bit(svm::HunkId::Unbind) | svm::hunk_bit(svm::HunkId::Release);
  QCOMPARE(d->grid()->horizontalHeaderItem(s)->text(), QStringLiteral("bur\u00b7"));
  d->choose(0, s);
  QCOMPARE(w.session()->variant(), QStringLiteral("v4.4+bind+unbind+release"));
  QCOMPARE(QString::fromStdString(w.session()->scenario()->id), QStringLiteral("accel-dma-during-exit"));
  // The worst counterexample (the use-after-free) is loaded: the cursor sits
  // after its schedule, on that violation.
  const svm::MatrixCell& cell = d->result()->cell(0, s);
  QVERIFY(std::find(cell.verdict.begin(), cell.verdict.end(), "use-after-free") != cell.verdict.end());
  bool seen = false;
  const auto t = w.session()->trace();
  for (int k = 0; k < w.session()->cursor(); ++k)
    for (const auto& v : t->steps[static_cast<size_t>(k)].violations)
      if (v.kind == svm::ViolationKind::UseAfterFree) seen = true;
  QVERIFY(seen);
  // For the user guide: SVMLAB_SHOTS=DIR keeps a picture of the dialog.
  if (const QByteArray shots = qgetenv("SVMLAB_SHOTS"); !shots.isEmpty()) {
    d->resize(1500, 430);
    QVERIFY(d->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/matrix-dialog.png")));
  }
  QTemporaryDir dir;
  for (const char* f : {"svg", "png", "csv"}) {
    const QString path = dir.filePath(QStringLiteral("m.") + QLatin1String(f));
    QCOMPARE(d->exportTo(path, QLatin1String(f)), QString());
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray b = in.readAll();
    QVERIFY(b.size() > 100);
    if (QLatin1String(f) == QLatin1String("csv")) QVERIFY(b.startsWith("scenario,hunks,"));
    if (QLatin1String(f) == QLatin1String("svg")) QVERIFY(b.contains("use-after-free") || b.contains("leak"));
  }
  QVERIFY(!d->exportTo(dir.filePath(QStringLiteral("m.jpg")), QStringLiteral("jpg")).isEmpty());
  // v4.4 with every hunk is v4.5, where the 2016 device-TLB descriptor still
  // lets the device write through a stale entry...
  QVERIFY(d->grid()->item(0, svm::kAllHunks)->text().contains(QStringLiteral("use-after-free")));
  // ...on the base with the descriptor fixed, the whole patch is clean.
  auto* base = d->findChild<QComboBox*>(QStringLiteral("matrixBase"));
  QVERIFY(base);
  QPointer<svmlab::MatrixDialog> old(d);
  base->setCurrentIndex(base->findText(QStringLiteral("v4.4-devtlb-fixed")));
  emit base->activated(base->currentIndex());
  QTRY_VERIFY(old.isNull());  // the old matrix closes (WA_DeleteOnClose)
  auto* f = w.findChild<svmlab::MatrixDialog*>(QStringLiteral("matrixDialog"));
  QVERIFY(f);
  QCOMPARE(f->base(), QStringLiteral("v4.4-devtlb-fixed"));
  QCOMPARE(f->scenarios(), QStringList{QStringLiteral("accel-dma-during-exit")});
  QSignalSpy fixedDone(f, &svmlab::MatrixDialog::computed);
  QVERIFY(f->finished() || fixedDone.wait(600000));
  QCOMPARE(f->grid()->item(0, svm::kAllHunks)->text(), svmlab::MatrixDialog::tr("ok"));
  QCOMPARE(f->grid()->horizontalHeaderItem(svm::kAllHunks)->toolTip(),
           QStringLiteral("v4.4-devtlb-fixed+bind+unbind+release+fault"));
  if (const QByteArray shots = qgetenv("SVMLAB_SHOTS"); !shots.isEmpty()) {
    f->resize(1500, 430);
    QVERIFY(f->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/matrix-dialog-devtlb-fixed.png")));
  }
  f->close();
}

QTEST_MAIN(TstPatchGui)
#include "tst_patch_gui.moc"
