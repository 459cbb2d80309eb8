#include "views/trace/trace_view.h"

#include <algorithm>
#include <limits>

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include "views/common/code_font.h"
#include "views/threads/thread_style.h"
#include "views/trace/trace_model.h"

namespace svmlab {

namespace {

// Characters of the line column: an op's line at call depth 6 keeps 28 of them.
constexpr int kLineChars = 40;

// Keeps the rows of one thread (or all), and of the steps up to `last`
// only (showing only the past). A plain integer compare: the
// regular-expression filter of QSortFilterProxyModel would have to turn every
// thread id into a string.
class ThreadFilterProxy : public QSortFilterProxyModel {
 public:
  using QSortFilterProxyModel::QSortFilterProxyModel;
  void setThread(int tid) {
    if (tid == tid_) return;
    tid_ = tid;
    invalidateRowsFilter();
  }
  void setLast(int last) {
    if (last == last_) return;
    last_ = last;
    invalidateRowsFilter();
  }

 protected:
  bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (i.data(TraceModel::StateRole).toInt() > last_) return false;
    return tid_ < 0 || i.data(TraceModel::ThreadRole).toInt() == tid_;
  }

 private:
  int tid_ = -1;
  int last_ = std::numeric_limits<int>::max();
};

// A source file that does not fit loses its directories first:
// "drivers/iommu/intel-svm.c (v4.5-no-fault-guard)" becomes
// "intel-svm.c (v4.5-no-fault-guard)", and only then is it elided (the
// tooltip has the whole path).
class SourceDelegate : public QStyledItemDelegate {
 public:
  using QStyledItemDelegate::QStyledItemDelegate;

 protected:
  void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
    QStyledItemDelegate::initStyleOption(option, index);
    const QFontMetrics fm(option->font);
    const int avail = option->rect.width() - 8;  // the item's text margins
    if (avail <= 0 || fm.horizontalAdvance(option->text) <= avail) return;
    const qsizetype paren = option->text.indexOf(QStringLiteral(" ("));
    const QString path = paren < 0 ? option->text : option->text.left(paren);
    if (path.contains(QLatin1Char('/'))) option->text = path.section(QLatin1Char('/'), -1) + option->text.mid(path.size());
    option->textElideMode = Qt::ElideRight;
  }
};

}  // namespace

TraceTableView::TraceTableView(QWidget* parent)
    : QWidget(parent),
      model_(new TraceModel(this)),
      proxy_(new ThreadFilterProxy(this)),
      tree_(new QTreeView(this)),
      combo_(new QComboBox(this)),
      summary_(new QLabel(this)) {
  proxy_->setSourceModel(model_);
  proxy_->setDynamicSortFilter(false);

  tree_->setModel(proxy_);
  tree_->setRootIsDecorated(false);
  tree_->setItemsExpandable(false);
  tree_->setUniformRowHeights(true);
  tree_->setAllColumnsShowFocus(true);
  tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
  tree_->setSelectionMode(QAbstractItemView::SingleSelection);
  tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  tree_->setTextElideMode(Qt::ElideRight);
  tree_->setAlternatingRowColors(false);
  tree_->setItemDelegateForColumn(TraceModel::SourceColumn, new SourceDelegate(tree_));
  tree_->header()->setSectionsMovable(false);
  tree_->header()->setHighlightSections(false);

  auto* label = new QLabel(tr("&Thread:"), this);
  label->setBuddy(combo_);
  combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  combo_->setToolTip(tr("Show the steps of one thread only"));
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* bar = new QHBoxLayout;
  bar->setContentsMargins(6, 4, 6, 4);
  bar->addWidget(label);
  bar->addWidget(combo_);
  bar->addSpacing(12);
  bar->addWidget(summary_, 1);
  auto* top = new QVBoxLayout(this);
  top->setContentsMargins(0, 0, 0, 0);
  top->setSpacing(0);
  top->addLayout(bar);
  top->addWidget(tree_, 1);

  connect(combo_, &QComboBox::activated, this, [this](int i) { setThreadFilter(combo_->itemData(i).toInt()); });
  connect(tree_, &QTreeView::clicked, this, [this](const QModelIndex& idx) { requestRow(idx); });
  connect(tree_, &QTreeView::activated, this, [this](const QModelIndex& idx) { requestRow(idx); });
  connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& cur, const QModelIndex&) { requestRow(cur); });

  setViewPalette(Palette::light());
  applyFonts();
  fillCombo();
}

TraceTableView::~TraceTableView() = default;

void TraceTableView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  QElapsedTimer timer;
  timer.start();
  trace_ = std::move(trace);
  cursor_ = 0;
  requested_ = -1;
  filter_ = -1;
  applying_ = true;
  static_cast<ThreadFilterProxy*>(proxy_)->setThread(-1);
  model_->setTrace(trace_);
  fillCombo();
  applying_ = false;
  if (trace_ && trace_->cfg) {
    summary_->setText(tr("Steps: %1   Threads: %2").arg(model_->stepCount()).arg(trace_->cfg->threads.size()));
  } else {
    summary_->clear();
  }
  applyFonts();  // column widths for this trace
  applyPast();
  applyCursor();
  setup_ms_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void TraceTableView::setCursor(int state_index) {
  const int last = model_->stepCount();
  cursor_ = std::clamp(state_index, 0, last);
  requested_ = -1;
  applyPast();
  applyCursor();
}

void TraceTableView::setShowOnlyPast(bool on) {
  past_only_ = on;
  applyPast();
  applyCursor();
}

void TraceTableView::applyPast() {
  // Rows going away move the current index: that is not the user's doing.
  applying_ = true;
  static_cast<ThreadFilterProxy*>(proxy_)->setLast(past_only_ ? cursor_ : std::numeric_limits<int>::max());
  applying_ = false;
}

void TraceTableView::setViewPalette(const Palette& p) {
  model_->setViewPalette(p);
  QPalette pal = tree_->palette();
  pal.setColor(QPalette::Base, p.background);
  pal.setColor(QPalette::Text, p.text);
  tree_->setPalette(pal);
}

void TraceTableView::setThreadFilter(int tid) {
  const int n = trace_ && trace_->cfg ? static_cast<int>(trace_->cfg->threads.size()) : 0;
  if (tid < -1 || tid >= n) tid = -1;
  filter_ = tid;
  const int ci = combo_->findData(tid);
  if (ci >= 0) combo_->setCurrentIndex(ci);
  // Rows going away move the current index: that is not the user's doing.
  applying_ = true;
  static_cast<ThreadFilterProxy*>(proxy_)->setThread(tid);
  applying_ = false;
  applyCursor();
}

int TraceTableView::visibleRowOfStep(int index) const {
  const int row = model_->rowOfStep(index);
  if (row < 0) return -1;
  return proxy_->mapFromSource(model_->index(row, 0)).row();
}

int TraceTableView::selectedStep() const {
  const QModelIndexList rows = tree_->selectionModel()->selectedRows();
  if (rows.isEmpty()) return 0;
  const QModelIndex i = rows.front();
  if (i.data(TraceModel::RowKindRole).toInt() == static_cast<int>(TraceModel::RowKind::Close)) return 0;
  return i.data(TraceModel::StateRole).toInt();
}

void TraceTableView::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange) applyFonts();
}

// ---------------------------------------------------------------------------

void TraceTableView::fillCombo() {
  combo_->clear();
  combo_->addItem(tr("All threads"), -1);
  if (!trace_ || !trace_->cfg) return;
  const auto& threads = trace_->cfg->threads;
  for (int i = 0; i < static_cast<int>(threads.size()); ++i)
    combo_->addItem(threadSwatch(i), tr("%1 (%2)").arg(QString::fromStdString(threads[static_cast<size_t>(i)].name),
                                                       threadKindText(threads[static_cast<size_t>(i)].kind)),
                    i);
  combo_->setCurrentIndex(std::max(0, combo_->findData(filter_)));
}

void TraceTableView::applyFonts() {
  QFont code = codeFont();
  code.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() : code.pointSizeF());
  model_->setFonts(font(), code);

  // Column widths: numbers and names as wide as the widest, the line wide
  // enough to read a call nested a few levels deep (kLineChars), counters at
  // a width that shows the usual ones whole, the source file last (the
  // source pane shows it too). The table scrolls sideways rather than
  // squeezing the line to a few characters.
  const QFontMetrics fm(font()), cm(code);
  QHeaderView* h = tree_->header();
  const int pad = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
  int thread_w = fm.horizontalAdvance(tr("Thread"));
  if (trace_ && trace_->cfg)
    for (const auto& t : trace_->cfg->threads) thread_w = std::max(thread_w, fm.horizontalAdvance(QString::fromStdString(t.name)));
  const QString digits(std::max<qsizetype>(4, QString::number(model_->stepCount()).size()), QLatin1Char('8'));
  h->setMinimumSectionSize(20);
  h->setSectionResizeMode(QHeaderView::Interactive);
  h->setStretchLastSection(true);
  h->resizeSection(TraceModel::StepColumn, std::max(fm.horizontalAdvance(digits), fm.horizontalAdvance(tr("Step"))) + pad);
  h->resizeSection(TraceModel::ThreadColumn, thread_w + 12 + pad);
  h->resizeSection(TraceModel::MarkColumn, fm.horizontalAdvance(QStringLiteral("\u26a0\u25c6")) + pad);
  h->resizeSection(TraceModel::LineColumn, cm.horizontalAdvance(QString(kLineChars, QLatin1Char('x'))) + pad);
  h->resizeSection(TraceModel::CountersColumn, cm.horizontalAdvance(QStringLiteral("file#1 f_count 2->1")) + pad);
  h->resizeSection(TraceModel::SourceColumn, fm.horizontalAdvance(QStringLiteral("mm/mmu_notifier.c (v4.4)")) + pad);
}

void TraceTableView::applyCursor() {
  applying_ = true;
  QItemSelectionModel* sel = tree_->selectionModel();
  const int row = cursor_ >= 1 ? visibleRowOfStep(cursor_) : -1;
  if (row >= 0) {
    const QModelIndex idx = proxy_->index(row, 0);
    // Keep a few rows of context around the current one: when it gets closer
    // than that to an edge (or is off screen), centre it. Measured before
    // selecting, which scrolls by itself (just enough to show the row).
    const QRect r = tree_->visualRect(idx);
    const int margin = 3 * std::max(1, r.height());
    const QRect comfortable = tree_->viewport()->rect().adjusted(0, margin, 0, -margin);
    const bool centre = !tree_->isVisible() || !r.isValid() || r.top() < comfortable.top() || r.bottom() > comfortable.bottom();
    sel->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (centre) tree_->scrollTo(idx, QAbstractItemView::PositionAtCenter);
  } else {
    sel->clearSelection();
    sel->clearCurrentIndex();
    // Filtered out (or state 0): show where the run is, at the nearest row
    // before it.
    int lo = 0, hi = proxy_->rowCount() - 1, best = -1;
    while (lo <= hi) {
      const int mid = (lo + hi) / 2;
      if (proxy_->index(mid, 0).data(TraceModel::StateRole).toInt() <= cursor_) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (cursor_ == 0)
      tree_->scrollToTop();
    else if (best >= 0)
      tree_->scrollTo(proxy_->index(best, 0), QAbstractItemView::PositionAtCenter);
  }
  applying_ = false;
}

void TraceTableView::requestRow(const QModelIndex& idx) {
  if (applying_ || !idx.isValid()) return;
  const int s = idx.data(TraceModel::StateRole).toInt();
  if (s == requested_ || (requested_ < 0 && s == cursor_)) return;
  requested_ = s;
  emit stepRequested(s);
}

}  // namespace svmlab
