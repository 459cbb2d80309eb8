#include "app/museum_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "app/mainwindow.h"
#include "core/driver/variant.h"
#include "core/report/museum.h"
#include "views/common/core_text.h"

namespace svmlab {

namespace {
QString sv(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
const svm::Exhibit* at(int row) {
  const auto all = svm::exhibits();
  return row >= 0 && row < static_cast<int>(all.size()) ? &all[static_cast<size_t>(row)] : nullptr;
}
}  // namespace

MuseumDialog::MuseumDialog(MainWindow* window) : QDialog(window), window_(window) {
  setObjectName(QStringLiteral("museumDialog"));
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("museumList"));
  // Whole titles, wrapped: a truncated title behind a scroll bar reads as a label, not a story.
  list_->setWordWrap(true);
  list_->setTextElideMode(Qt::ElideNone);
  list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  list_->setSpacing(3);
  page_ = new QTextBrowser(this);
  page_->setObjectName(QStringLiteral("museumPage"));
  page_->setOpenExternalLinks(false);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  open_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  compare_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(open_, &QPushButton::clicked, this, [this] {
    if (openBug().isEmpty()) accept();
  });
  connect(compare_, &QPushButton::clicked, this, [this] {
    if (compareBugAndFix().isEmpty()) accept();
  });
  connect(list_, &QListWidget::currentRowChanged, this, &MuseumDialog::showExhibit);

  auto* body = new QHBoxLayout;
  body->addWidget(list_, 3);
  body->addWidget(page_, 5);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(body);
  layout->addWidget(buttons);
  resize(900, 480);
  fill();
  list_->setCurrentRow(0);
}

void MuseumDialog::fill() {
  setWindowTitle(tr("Museum of Lifetime Bugs"));
  open_->setText(tr("&Open the Bug"));
  compare_->setText(tr("&Compare Bug and Fix"));
  const int row = list_->currentRow();
  list_->clear();
  for (const svm::Exhibit& e : svm::exhibits())
    list_->addItem(QStringLiteral("%1  %2").arg(e.year).arg(coreText(e.title.data())));
  if (row >= 0) list_->setCurrentRow(row);
}

int MuseumDialog::exhibitCount() const { return list_->count(); }

void MuseumDialog::select(int row) { list_->setCurrentRow(row); }

QString MuseumDialog::text() const { return page_->toPlainText(); }

void MuseumDialog::showExhibit(int row) {
  const svm::Exhibit* e = at(row);
  if (!e) return;
  const bool has_fix = !e->fix.empty();
  compare_->setEnabled(has_fix);
  QString h;
  h += QStringLiteral("<h3>%1: %2</h3>").arg(e->year).arg(coreText(e->title.data()).toHtmlEscaped());
  h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Commits:"), sv(e->commits).toHtmlEscaped());
  h += QStringLiteral("<blockquote><i>%1</i><br>(%2)</blockquote>")
           .arg(sv(e->quote).toHtmlEscaped(), sv(e->quote_source).toHtmlEscaped());
  h += QStringLiteral("<p><b>%1</b> <code>%2</code></p>").arg(tr("Scenario:"), sv(e->scenario).toHtmlEscaped());
  auto variant_line = [](std::string_view id) {
    const svm::Variant* v = svm::find_variant(id);
    return QStringLiteral("<code>%1</code>: %2").arg(sv(id).toHtmlEscaped(), v ? coreText(v->summary.data()).toHtmlEscaped() : QString());
  };
  h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Bug:"), variant_line(e->bug));
  if (has_fix) h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Fix:"), variant_line(e->fix));
  h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Modeled:"), coreText(e->modeled.data()).toHtmlEscaped());
  page_->setHtml(h);
}

QString MuseumDialog::openBug() {
  const svm::Exhibit* e = at(list_->currentRow());
  if (!e) return tr("No exhibit is selected.");
  if (window_->comparing()) window_->setCompare(QString());
  return window_->openBuiltin(sv(e->scenario), sv(e->bug));
}

QString MuseumDialog::compareBugAndFix() {
  const svm::Exhibit* e = at(list_->currentRow());
  if (!e) return tr("No exhibit is selected.");
  if (e->fix.empty()) return tr("This exhibit has no fix to compare with.");
  const QString err = openBug();
  if (!err.isEmpty()) return err;
  return window_->setCompare(sv(e->fix));
}

void MuseumDialog::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    fill();
    showExhibit(list_->currentRow());
  }
  QDialog::changeEvent(e);
}

}  // namespace svmlab
