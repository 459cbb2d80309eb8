#include "app/export_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

#include "app/mainwindow.h"
#include "app/session.h"
#include "core/report/mail.h"
#include "views/export/exporter.h"
#include "views/refgraph/graph_view.h"
#include "views/timeline/timeline_view.h"

namespace svmlab {

ExportDialog::ExportDialog(int lastState, int cursor, QWidget* parent, const QString& compareVariant)
    : QDialog(parent), compareVariant_(compareVariant) {
  setWindowTitle(tr("Export"));
  setObjectName(QStringLiteral("exportDialog"));
  auto* form = new QFormLayout(this);
  what_ = new QComboBox(this);
  for (ExportWhat w : {ExportWhat::Graph, ExportWhat::Timeline, ExportWhat::Trace, ExportWhat::Mail, ExportWhat::Slides})
    what_->addItem(whatName(w), int(w));
  format_ = new QComboBox(this);
  step_ = new QSpinBox(this);
  step_->setRange(0, std::max(0, lastState));
  step_->setValue(cursor);
  all_ = new QCheckBox(tr("All steps (graph, timeline: a folder, one file per step; slides: every step)"), this);
  compare_ = new QCheckBox(compareVariant.isEmpty() ? tr("Both variants (compare mode is off)")
                                                    : tr("Both variants: this one and %1").arg(compareVariant),
                           this);
  compare_->setObjectName(QStringLiteral("exportCompare"));
  scale_ = new QDoubleSpinBox(this);
  scale_->setRange(0.25, 8);
  scale_->setSingleStep(0.5);
  scale_->setValue(2);
  path_ = new QLineEdit(this);
  auto* browse = new QPushButton(tr("Browse..."), this);
  auto* row = new QHBoxLayout;
  row->addWidget(path_);
  row->addWidget(browse);
  form->addRow(tr("What"), what_);
  form->addRow(tr("Format"), format_);
  form->addRow(tr("Step"), step_);
  form->addRow(QString(), all_);
  form->addRow(QString(), compare_);
  form->addRow(tr("PNG scale"), scale_);
  form->addRow(tr("Save to"), row);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(what_, &QComboBox::currentIndexChanged, this, &ExportDialog::fillFormats);
  connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
  fillFormats();
}

void ExportDialog::fillFormats() {
  const auto w = ExportWhat(what_->currentData().toInt());
  format_->clear();
  for (ExportFormat f : formatsFor(w)) format_->addItem(formatName(f), int(f));
  const bool stepped = w == ExportWhat::Graph || w == ExportWhat::Timeline;
  step_->setEnabled(stepped);
  all_->setEnabled(w == ExportWhat::Graph || w == ExportWhat::Timeline || w == ExportWhat::Slides);
  compare_->setEnabled(!compareVariant_.isEmpty() &&
                       (w == ExportWhat::Timeline || w == ExportWhat::Mail || w == ExportWhat::Slides));
}

void ExportDialog::browse() {
  const ExportRequest r = request();
  const QString p = writesFolder(r) ? QFileDialog::getExistingDirectory(this, tr("Export to folder"))
                                    : QFileDialog::getSaveFileName(this, tr("Export to"), QString(),
                                                                   QStringLiteral("*.%1").arg(extensionFor(r.what, r.format)));
  if (!p.isEmpty()) path_->setText(p);
}

ExportRequest ExportDialog::request() const {
  ExportRequest r;
  r.what = ExportWhat(what_->currentData().toInt());
  r.format = ExportFormat(format_->currentData().toInt());
  r.allSteps = all_->isEnabled() && all_->isChecked();
  r.step = step_->isEnabled() && !r.allSteps ? step_->value() : -1;
  r.scale = scale_->value();
  r.path = path_->text();
  if (compare_->isEnabled() && compare_->isChecked()) r.compare = compareVariant_;
  return r;
}

namespace {

void report(MainWindow& w, const QString& error, const QString& done) {
  if (!error.isEmpty())
    QMessageBox::warning(&w, QObject::tr("Export"), error);
  else
    w.statusBar()->showMessage(done, 5000);
}

// Export one view at the cursor, asking only for the file.
void quickExport(MainWindow& w, ExportWhat what, ExportFormat f) {
  const auto t = w.session()->trace();
  if (!t) return;
  ExportRequest r;
  r.what = what;
  r.format = f;
  r.step = w.session()->cursor();
  r.scale = 2;
  r.path = QFileDialog::getSaveFileName(&w, QObject::tr("Export %1").arg(whatName(what)), QString(),
                                        QStringLiteral("*.%1").arg(extensionFor(what, f)));
  if (r.path.isEmpty()) return;
  report(w, exportTrace(t, r, {w.graph(), w.timeline()}), QObject::tr("Exported to %1").arg(r.path));
}

void copyImage(MainWindow& w, ExportWhat what) {
  const auto t = w.session()->trace();
  if (!t) return;
  ExportRequest r;
  r.what = what;
  r.format = ExportFormat::Png;
  r.step = w.session()->cursor();
  r.scale = 2;
  QApplication::clipboard()->setImage(exportImage(t, r, {w.graph(), w.timeline()}));
}

void addViewMenu(MainWindow& w, QWidget* view, ExportWhat what) {
  view->setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(view, &QWidget::customContextMenuRequested, view, [&w, view, what](const QPoint& pos) {
    QMenu menu(view);
    for (ExportFormat f : formatsFor(what))
      menu.addAction(QObject::tr("Export %1 as %2...").arg(whatName(what), formatName(f).toUpper()), &w,
                     [&w, what, f] { quickExport(w, what, f); });
    menu.addSeparator();
    menu.addAction(QObject::tr("Copy as Image"), &w, [&w, what] { copyImage(w, what); });
    menu.exec(view->mapToGlobal(pos));
  });
}

}  // namespace

void installExportActions(MainWindow& w, QMenu* file) {
  QAction* exp = file->addAction(QObject::tr("&Export..."));
  exp->setObjectName(QStringLiteral("exportAction"));
  exp->setShortcut(QKeySequence(QObject::tr("Ctrl+E")));
  QObject::connect(exp, &QAction::triggered, &w, [&w] {
    const auto t = w.session()->trace();
    if (!t) return;
    const auto other = w.comparing() && w.compareSession() ? w.compareSession()->trace() : nullptr;
    const QString otherId = other ? QString::fromUtf8(other->cfg->variant->id.data(), int(other->cfg->variant->id.size())) : QString();
    ExportDialog d(static_cast<int>(t->steps.size()), w.session()->cursor(), &w, otherId);
    if (d.exec() != QDialog::Accepted) return;
    const ExportRequest r = d.request();
    // One-step exports draw the window's own views (same look, same theme).
    const ExportViews views = r.allSteps ? ExportViews{} : ExportViews{w.graph(), w.timeline()};
    report(w, exportRuns({t, r.compare.isEmpty() ? nullptr : other}, r, views), QObject::tr("Exported to %1").arg(r.path));
  });
  QAction* text = file->addAction(QObject::tr("Copy as &Text (mail)"));
  text->setObjectName(QStringLiteral("copyTextAction"));
  QObject::connect(text, &QAction::triggered, &w, [&w] {
    // In compare mode the mail sets both variants side by side.
    if (const auto t = w.session()->trace()) {
      svm::MailOptions o;
      const auto other = w.comparing() && w.compareSession() ? w.compareSession()->trace() : nullptr;
      o.compare = other.get();
      QApplication::clipboard()->setText(QString::fromStdString(svm::mail_text(*t, o)));
    }
  });
  QAction* image = file->addAction(QObject::tr("Copy as &Image (graph)"));
  image->setObjectName(QStringLiteral("copyImageAction"));
  QObject::connect(image, &QAction::triggered, &w, [&w] { copyImage(w, ExportWhat::Graph); });
}

void installExportContextMenus(MainWindow& w) {
  if (w.graph()) addViewMenu(w, w.graph(), ExportWhat::Graph);
  if (w.timeline()) addViewMenu(w, w.timeline(), ExportWhat::Timeline);
}

}  // namespace svmlab
