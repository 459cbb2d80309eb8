#include "app/matrix_dialog.h"

#include <algorithm>
#include <iterator>

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <thread>

#include "app/scenarios.h"
#include "core/patch/matrix_format.h"

namespace svmlab {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Okabe-Ito hues, as light tints so the words on them stay readable.
struct KindColour {
  const char* kind;
  QColor colour;
};
const KindColour kColours[] = {
    {"use-after-free", QColor(0xF3, 0xB9, 0x99)}, {"leak", QColor(0xF8, 0xDC, 0x99)},
    {"refcount", QColor(0xEB, 0xC9, 0xDE)},       {"isolation", QColor(0x99, 0xC7, 0xE3)},
    {"dangling", QColor(0xD4, 0xC4, 0xF0)},       {"deadlock", QColor(0xBB, 0xDD, 0xF1)},
    {"bug", QColor(0xF9, 0xF4, 0xB3)},            {"internal", QColor(0xC8, 0xC8, 0xA0)},
};
const QColor kOk(0xB3, 0xE2, 0xD5);
const QColor kIncomplete(0xD9, 0xD9, 0xD9);
const QColor kOther(0xE0, 0xE0, 0xE0);

// The worst kind decides the colour (the order of kColours); the words list all.
QColor cellColour(const svm::MatrixCell& c) {
  if (!c.complete || !c.error.empty()) return kIncomplete;
  if (c.verdict.empty()) return kOk;
  for (const KindColour& k : kColours)
    for (const std::string& v : c.verdict)
      if (v == k.kind) return k.colour;
  return kOther;  // a kind this table does not know yet: still drawn, still in words
}

QString cellText(const svm::MatrixCell& c) {
  if (!c.error.empty()) return MatrixDialog::tr("error");
  QStringList words;
  for (const std::string& v : c.verdict) words << qs(v);
  QString t = words.isEmpty() ? MatrixDialog::tr("ok") : words.join(QLatin1Char('\n'));
  if (!c.complete) t = MatrixDialog::tr("incomplete") + QLatin1Char('\n') + (words.isEmpty() ? QString() : t);
  return t.trimmed();
}

}  // namespace

QString hunkSetCode(svm::HunkSet s) {
  QString code;
  for (const svm::Hunk& h : svm::all_hunks())
    code += (s & svm::hunk_bit(h.id)) ? QChar(QLatin1Char(h.name[0])) : QChar(0x00B7);
  return code;
}

MatrixDialog::MatrixDialog(const QStringList& scenarios, QWidget* parent, const QString& base)
    : QDialog(parent), base_(base), scenarios_(scenarios), cancel_(std::make_shared<svm::ExploreCancel>()) {
  setObjectName(QStringLiteral("matrixDialog"));
  setAttribute(Qt::WA_DeleteOnClose);
  resize(1280, 640);
  auto* lay = new QVBoxLayout(this);
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  lay->addWidget(summary_);
  legend_ = new QLabel(this);
  legend_->setObjectName(QStringLiteral("matrixLegend"));
  legend_->setWordWrap(true);
  legend_->setTextFormat(Qt::RichText);
  lay->addWidget(legend_);
  // The base the hunks go on: v4.4 as merged, or with the device-TLB
  // descriptor later kernels use (e57e58bd's effect alone).
  auto* baseRow = new QHBoxLayout;
  base_label_ = new QLabel(this);
  base_box_ = new QComboBox(this);
  base_box_->setObjectName(QStringLiteral("matrixBase"));
  // Every 2016 preset without any of the hunks: the bases the hunks can go on.
  for (const svm::Variant& v : svm::all_variants())
    if (v.era == svm::Era::Y2016 && svm::hunks_of(v) == 0) base_box_->addItem(QString::fromUtf8(v.id.data(), static_cast<int>(v.id.size())));
  base_box_->setCurrentText(base_);
  base_label_->setBuddy(base_box_);
  connect(base_box_, &QComboBox::activated, this, [this](int) {
    if (base_box_->currentText() != base_) emit baseChosen(base_box_->currentText());
  });
  baseRow->addWidget(base_label_);
  baseRow->addWidget(base_box_);
  baseRow->addStretch(1);
  lay->addLayout(baseRow);
  grid_ = new QTableWidget(this);
  grid_->setObjectName(QStringLiteral("matrixGrid"));
  grid_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  grid_->setSelectionMode(QAbstractItemView::SingleSelection);
  grid_->setWordWrap(true);
  connect(grid_, &QTableWidget::cellClicked, this, [this](int r, int c) { choose(r, c); });
  lay->addWidget(grid_, 1);
  findings_ = new QLabel(this);
  findings_->setObjectName(QStringLiteral("matrixFindings"));
  findings_->setWordWrap(true);
  findings_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  lay->addWidget(findings_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* exp = buttons->addButton(tr("Export..."), QDialogButtonBox::ActionRole);
  exp->setObjectName(QStringLiteral("matrixExport"));
  connect(exp, &QPushButton::clicked, this, [this] { exportDialog(); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  lay->addWidget(buttons);
  retranslate();

  QStringList ids = scenarios;
  if (ids.isEmpty()) ids = hunk_scenarios();
  std::vector<std::shared_ptr<const svm::Scenario>> list;
  for (const QString& id : ids) {
    QString e;
    if (auto s = resolve_scenario(id, &e)) list.push_back(std::move(s));
  }
  // Plain C++ and deterministic: it runs off the GUI thread and hands back a value.
  auto out = std::make_shared<svm::MatrixResult>();
  QThread* worker = QThread::create([list, out, base = base_.toStdString(), cancel = cancel_] {
    svm::MatrixOptions opt;
    opt.base = base;
    opt.explore.cancel = cancel.get();
    opt.jobs = std::max(1u, std::thread::hardware_concurrency());
    opt.explore.max_bytes = size_t(4) << 30;
    *out = svm::run_matrix(list, opt);
  });
  connect(worker, &QThread::finished, this, [this, out] {
    result_ = out;
    showResult();
    emit computed();
  });
  connect(worker, &QThread::finished, worker, &QObject::deleteLater);
  worker_ = worker;
  worker->start();
}

MatrixDialog::~MatrixDialog() {
  // The worker writes only into its shared result; closing stops its
  // search (every cell reads the token) and waits for it.
  cancel_->cancel();
  if (worker_ && worker_->isRunning()) worker_->wait();
}

void MatrixDialog::retranslate() {
  setWindowTitle(tr("Patch Matrix: scenarios \u00d7 hunks of e57e58bd"));
  if (!result_) summary_->setText(tr("Exploring every scenario with every set of hunks, on every core..."));
  base_label_->setText(tr("Hunks &applied to:"));
  base_box_->setToolTip(tr("v4.4 as merged, or v4.4 with the device-TLB invalidation descriptor later kernels "
                           "use: e57e58bd's effect apart from the 2016 descriptor"));
  QString l = tr("Columns: which hunks of e57e58bd are applied to %1, in the order b = bind, u = unbind, "
                 "r = release, f = fault (\u00b7 = left out). Each cell names what the explorer found in every "
                 "interleaving; the colour repeats it:")
                  .arg(base_);
  auto swatch = [](const QColor& c, const QString& w) {
    return QStringLiteral(" <span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
        .arg(c.name(), w.toHtmlEscaped());
  };
  l += swatch(kOk, tr("ok (nothing found)"));
  for (const KindColour& k : kColours) l += swatch(k.colour, QString::fromLatin1(k.kind));
  l += swatch(kIncomplete, tr("incomplete (the search stopped at a bound)"));
  legend_->setText(l);
  if (result_) showResult();
}

void MatrixDialog::showResult() {
  const svm::MatrixResult& m = *result_;
  grid_->clear();
  grid_->setRowCount(static_cast<int>(m.scenarios.size()));
  grid_->setColumnCount(16);
  QStringList cols, rows;
  for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s) cols << hunkSetCode(s);
  for (const auto& id : m.scenarios) rows << qs(id);
  grid_->setHorizontalHeaderLabels(cols);
  grid_->setVerticalHeaderLabels(rows);
  for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s)
    grid_->horizontalHeaderItem(s)->setToolTip(qs(svm::hunk_variant_id(m.base, s)));
  QFont code = grid_->font();
  code.setStyleHint(QFont::Monospace);
  code.setFamily(QStringLiteral("monospace"));
  grid_->horizontalHeader()->setFont(code);
  for (int r = 0; r < static_cast<int>(m.scenarios.size()); ++r)
    for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s) {
      const svm::MatrixCell& c = m.cell(r, s);
      auto* it = new QTableWidgetItem(cellText(c));
      it->setBackground(cellColour(c));
      it->setForeground(Qt::black);
      it->setTextAlignment(Qt::AlignCenter);
      QString tip = qs(c.variant) + QStringLiteral(": ") + qs(svm::cell_words(c)) +
                    tr(" (%1 states)").arg(c.states);
      for (const auto& ce : c.counterexamples) tip += QStringLiteral("\n%1: %2").arg(qs(ce.kind), qs(ce.schedule));
      it->setToolTip(tip);
      grid_->setItem(r, s, it);
    }
  grid_->resizeColumnsToContents();
  grid_->resizeRowsToContents();
  summary_->setText(m.complete() ? tr("%1 cells, every one explored to the end, in %2 s. Click a cell to load it with "
                                      "its counterexample.")
                                       .arg(m.cells.size())
                                       .arg(m.seconds, 0, 'f', 1)
                                 : tr("%1 cells in %2 s; NOT all complete: grey cells stopped at a bound, and their "
                                      "verdicts are not final.")
                                       .arg(m.cells.size())
                                       .arg(m.seconds, 0, 'f', 1));
  QStringList f;
  for (const auto& x : m.findings) f << QStringLiteral("\u2022 ") + qs(x.sentence).toHtmlEscaped();
  findings_->setText(f.join(QStringLiteral("<br>")));
}

void MatrixDialog::choose(int row, int column) {
  if (!result_ || row < 0 || column < 0 || row >= static_cast<int>(result_->scenarios.size()) || column > 15) return;
  const svm::MatrixCell& c = result_->cell(row, static_cast<svm::HunkSet>(column));
  // The worst kind's counterexample, as the colour says (a use-after-free
  // before a leak).
  const svm::MatrixCounterexample* ce = c.counterexamples.empty() ? nullptr : &c.counterexamples.front();
  for (auto it = std::rbegin(kColours); it != std::rend(kColours); ++it)
    for (const auto& x : c.counterexamples)
      if (x.kind == it->kind) ce = &x;
  const QString sched = ce ? qs(ce->schedule) : QString();
  emit cellChosen(qs(result_->scenarios[static_cast<size_t>(row)]), qs(c.variant), sched);
}

QSize MatrixDialog::paintGrid(QPainter* p) const {
  if (!result_) return {};
  const svm::MatrixResult& m = *result_;
  QFont f(QStringLiteral("DejaVu Sans"));
  f.setPixelSize(12);
  QFont mono(QStringLiteral("DejaVu Sans Mono"));
  mono.setPixelSize(12);
  // Rows as tall as the most words a cell has (dangling, leak, use-after-free...).
  int lines = 2;
  for (const svm::MatrixCell& c : m.cells) lines = std::max(lines, static_cast<int>(cellText(c).count(QLatin1Char('\n'))) + 1);
  const int rowh = std::max(40, 15 * lines + 8), colw = 96, left = 190, top = 28;
  const int w = left + 16 * colw, h = top + rowh * static_cast<int>(m.scenarios.size());
  if (!p) return {w, h};
  p->fillRect(QRect(0, 0, w, h), Qt::white);
  p->setPen(Qt::black);
  p->setFont(f);
  // What the columns' hunks are applied to: a picture pasted alone says so.
  p->drawText(QRect(4, 0, left - 8, top), Qt::AlignVCenter | Qt::AlignLeft, tr("hunks on %1").arg(qs(m.base)));
  p->setFont(mono);
  for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s)
    p->drawText(QRect(left + s * colw, 0, colw, top), Qt::AlignCenter, hunkSetCode(s));
  for (int r = 0; r < static_cast<int>(m.scenarios.size()); ++r) {
    p->setFont(f);
    p->setPen(Qt::black);
    p->drawText(QRect(4, top + r * rowh, left - 8, rowh), Qt::AlignVCenter | Qt::AlignLeft, qs(m.scenarios[static_cast<size_t>(r)]));
    for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s) {
      const svm::MatrixCell& c = m.cell(r, s);
      const QRect cell(left + s * colw, top + r * rowh, colw, rowh);
      p->fillRect(cell, cellColour(c));
      p->setPen(QColor(0x80, 0x80, 0x80));
      p->drawRect(cell.adjusted(0, 0, -1, -1));
      p->setPen(Qt::black);
      p->drawText(cell.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap, cellText(c));
    }
  }
  return {w, h};
}

QString MatrixDialog::exportTo(const QString& path, const QString& format) const {
  if (!result_) return tr("the matrix is not computed yet");
  QByteArray bytes;
  if (format == QLatin1String("csv")) {
    bytes = QByteArray::fromStdString(svm::matrix_csv(*result_));
  } else if (format == QLatin1String("svg")) {
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buf);
    const QSize sz = paintGrid(nullptr);
    gen.setSize(sz);
    gen.setViewBox(QRect(QPoint(0, 0), sz));
    gen.setTitle(tr("Patch Matrix"));
    QPainter p(&gen);
    paintGrid(&p);
    p.end();
  } else if (format == QLatin1String("png")) {
    QImage img(paintGrid(nullptr), QImage::Format_ARGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintGrid(&p);
    p.end();
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    if (!img.save(&buf, "PNG")) return tr("could not encode the PNG");
  } else {
    return tr("unknown format \"%1\" (svg, png or csv)").arg(format);
  }
  QSaveFile out(path);
  if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
    return tr("%1: %2").arg(path, out.errorString());
  return {};
}

void MatrixDialog::exportDialog() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export the matrix"), QStringLiteral("patch-matrix.svg"),
                                                    tr("SVG (*.svg);;PNG (*.png);;CSV (*.csv)"));
  if (path.isEmpty()) return;
  const QString e = exportTo(path, QFileInfo(path).suffix().toLower());
  if (!e.isEmpty()) QMessageBox::warning(this, tr("Export"), e);
}

void MatrixDialog::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslate();
  QDialog::changeEvent(e);
}

}  // namespace svmlab
