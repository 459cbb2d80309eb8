#include "app/patch_panel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/driver/variant.h"
#include "views/common/code_font.h"
#include "views/common/core_text.h"

namespace svmlab {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }

// The base the boxes add hunks to: the commit's parent.
constexpr const char* kBase = "v4.4";

}  // namespace

PatchPanel::PatchPanel(QWidget* parent) : QWidget(parent) {
  auto* lay = new QVBoxLayout(this);
  title_ = new QLabel(this);
  title_->setWordWrap(true);
  lay->addWidget(title_);
  auto* grid = new QGridLayout;
  compare_ = new QCheckBox(this);
  compare_->setObjectName(QStringLiteral("patchCompare"));
  grid->addWidget(compare_, 0, 1);
  for (const svm::Hunk& h : svm::all_hunks()) {
    const int i = static_cast<int>(h.id);
    boxes_[i] = new QCheckBox(qs(h.name), this);
    boxes_[i]->setObjectName(QStringLiteral("hunk_%1").arg(qs(h.name)));
    compare_boxes_[i] = new QCheckBox(this);
    compare_boxes_[i]->setObjectName(QStringLiteral("compareHunk_%1").arg(qs(h.name)));
    compare_boxes_[i]->setEnabled(false);
    grid->addWidget(boxes_[i], i + 1, 0);
    grid->addWidget(compare_boxes_[i], i + 1, 1);
    connect(boxes_[i], &QCheckBox::toggled, this, [this] { emitVariant(); });
    connect(compare_boxes_[i], &QCheckBox::toggled, this, [this] { emitCompare(); });
  }
  connect(compare_, &QCheckBox::toggled, this, [this](bool on) {
    for (auto* b : compare_boxes_) b->setEnabled(on);
    emitCompare();
  });
  grid->setColumnStretch(2, 1);
  lay->addLayout(grid);
  result_ = new QLabel(this);
  result_->setObjectName(QStringLiteral("patchResult"));
  result_->setWordWrap(true);
  lay->addWidget(result_);
  diff_ = new QTextBrowser(this);
  diff_->setObjectName(QStringLiteral("patchDiff"));
  diff_->setLineWrapMode(QTextEdit::NoWrap);
  lay->addWidget(diff_, 1);
  retranslate();
}

svm::HunkSet PatchPanel::hunks() const {
  svm::HunkSet s = 0;
  for (int i = 0; i < svm::kHunkCount; ++i)
    if (boxes_[i]->isChecked()) s |= static_cast<svm::HunkSet>(1u << i);
  return s;
}

svm::HunkSet PatchPanel::compareHunks() const {
  svm::HunkSet s = 0;
  for (int i = 0; i < svm::kHunkCount; ++i)
    if (compare_boxes_[i]->isChecked()) s |= static_cast<svm::HunkSet>(1u << i);
  return s;
}

void PatchPanel::showVariant(const QString& id) {
  variant_ = id;
  const svm::Variant* v = svm::find_variant(id.toStdString());
  syncing_ = true;
  const svm::HunkSet s = v ? svm::hunks_of(*v) : 0;
  for (int i = 0; i < svm::kHunkCount; ++i) boxes_[i]->setChecked(s & (1u << i));
  syncing_ = false;
  QString words = tr("Running: %1").arg(id);
  if (v) {
    const std::string c = svm::variant_composition(*v);
    if (!c.empty() && c != id.toStdString()) words += QStringLiteral(" = ") + QString::fromStdString(c);
  }
  result_->setText(words);
  renderDiff();
}

void PatchPanel::showCompare(const QString& id) {
  syncing_ = true;
  compare_->setChecked(!id.isEmpty());
  const svm::Variant* v = id.isEmpty() ? nullptr : svm::find_variant(id.toStdString());
  const svm::HunkSet s = v ? svm::hunks_of(*v) : 0;
  for (int i = 0; i < svm::kHunkCount; ++i) {
    compare_boxes_[i]->setChecked(s & (1u << i));
    compare_boxes_[i]->setEnabled(!id.isEmpty());
  }
  syncing_ = false;
}

void PatchPanel::emitVariant() {
  if (syncing_) return;
  emit variantChosen(QString::fromStdString(svm::hunk_variant_id(kBase, hunks())));
}

void PatchPanel::emitCompare() {
  if (syncing_) return;
  emit compareChosen(compare_->isChecked() ? QString::fromStdString(svm::hunk_variant_id(kBase, compareHunks())) : QString());
}

// The diff as a reviewer reads it: monospace, removed lines on red, added on
// green, and a -/+ in front of each, so the colour is never the only sign.
// Hunks that are switched off are drawn faded.
void PatchPanel::renderDiff() {
  const QFont code = codeFont();
  const svm::HunkSet on = hunks();
  QString h = QStringLiteral("<pre style=\"font-family:'%1'\">").arg(code.family());
  for (const svm::Hunk& hk : svm::all_hunks()) {
    const bool active = on & svm::hunk_bit(hk.id);
    h += QStringLiteral("<b>%1</b> %2\n")
             .arg(qs(hk.name).toHtmlEscaped(),
                  (active ? tr("(on)") : tr("(off: this run has the v4.4 lines)")).toHtmlEscaped());
    const QString diff = qs(hk.diff);
    for (const QString& line : diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
      QString l = line;
      l.replace(QLatin1Char('\t'), QStringLiteral("    "));
      QString style;
      if (l.startsWith(QLatin1String("@@"))) style = QStringLiteral("color:#0060a0");
      else if (l.startsWith(QLatin1Char('+'))) style = QStringLiteral("background:#d8f5d8; color:#0a4d0a");
      else if (l.startsWith(QLatin1Char('-'))) style = QStringLiteral("background:#fbdcdc; color:#7a0c0c");
      if (!active) style += QStringLiteral("; color:#888888");
      h += QStringLiteral("<span style=\"%1\">%2</span>\n").arg(style, l.toHtmlEscaped());
    }
    h += QLatin1Char('\n');
  }
  h += QStringLiteral("</pre>");
  diff_->setHtml(h);
}

void PatchPanel::retranslate() {
  title_->setText(tr("e57e58bd \"iommu/vt-d: Fix mm refcounting to hold mm_count not mm_users\" (intel-svm.c "
                     "5046483..97a8189). Tick hunks to run v4.4 with them; the second column picks the compared run."));
  compare_->setText(tr("Compare with:"));
  for (const svm::Hunk& h : svm::all_hunks()) {
    const int i = static_cast<int>(h.id);
    const QString tip = tr("%1, line %2 in v4.4: %3").arg(qs(h.function)).arg(h.old_line).arg(coreText(std::string(h.title).c_str()));
    boxes_[i]->setToolTip(tip);
    compare_boxes_[i]->setToolTip(tip);
    compare_boxes_[i]->setText(qs(h.name));
  }
  if (!variant_.isEmpty()) showVariant(variant_);
}

void PatchPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(e);
}

}  // namespace svmlab
