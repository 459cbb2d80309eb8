#include "views/hardware/hw_common.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "core/engine/fn_id.h"
#include "core/iommu/caches.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/mem/pgtable.h"

#include "views/common/code_font.h"

namespace svmlab::hw {

QFont mono_font() {
  QFont f = codeFont();
  f.setStyleHint(QFont::Monospace);
  return f;
}

QString hex(uint64_t v) { return QStringLiteral("0x") + QString::number(v, 16); }

QString hex_padded(uint64_t v, int digits) {
  return QStringLiteral("0x") + QStringLiteral("%1").arg(v, digits, 16, QLatin1Char('0'));
}

QString bit(bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); }

QString sid_text(uint16_t sid) {
  return QStringLiteral("%1:%2.%3")
      .arg(sid >> 8, 2, 16, QLatin1Char('0'))
      .arg((sid >> 3) & 0x1f, 2, 16, QLatin1Char('0'))
      .arg(sid & 7);
}

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString perms_text(uint8_t p) {
  QString s;
  s += (p & svm::perm::R) ? QLatin1Char('R') : QLatin1Char('-');
  s += (p & svm::perm::W) ? QLatin1Char('W') : QLatin1Char('-');
  s += (p & svm::perm::U) ? QLatin1Char('U') : QLatin1Char('-');
  s += (p & svm::perm::X) ? QLatin1Char('X') : QLatin1Char('-');
  return s;
}

QString page_size_text(int level) {
  switch (level) {
    case 1: return QStringLiteral("4K");
    case 2: return QStringLiteral("2M");
    case 3: return QStringLiteral("1G");
  }
  return QStringLiteral("L%1").arg(level);
}

QString va_split(uint64_t va) {
  return QStringLiteral("PML4[%1] PDPT[%2] PD[%3] PT[%4] +%5")
      .arg(svm::pte::index(va, 4))
      .arg(svm::pte::index(va, 3))
      .arg(svm::pte::index(va, 2))
      .arg(svm::pte::index(va, 1))
      .arg(hex(va & 0xfff));
}

ContextBits context_bits(svm::IommuMode mode, uint64_t lo) {
  if (mode == svm::IommuMode::Scalable)
    return {bool(lo & svm::sm::CTX_P), bool(lo & svm::sm::CTX_DTE), bool(lo & svm::sm::CTX_PASIDE),
            bool(lo & svm::sm::CTX_PRE)};
  return {bool(lo & svm::vtd::CONTEXT_P), false, bool(lo & svm::vtd::CONTEXT_PASIDE), bool(lo & svm::vtd::CONTEXT_PRS)};
}

QString context_bits_text(svm::IommuMode mode, uint64_t lo) {
  const ContextBits b = context_bits(mode, lo);
  if (mode == svm::IommuMode::Scalable)
    return QStringLiteral("P=%1 DTE=%2 PASIDE=%3 PRE=%4").arg(bit(b.p), bit(b.dte), bit(b.paside), bit(b.pre));
  return QStringLiteral("P=%1 PASIDE=%2 PRE=%3").arg(bit(b.p), bit(b.paside), bit(b.pre));
}

QString device_name(const svm::Trace& t, uint16_t sid) {
  if (!t.cfg || !t.cfg->scenario) return QString();
  for (const svm::DeviceSpec& d : t.cfg->scenario->devices)
    if (d.sid == sid) return QString::fromStdString(d.name);
  return QString();
}

QString thread_name(const svm::Trace& t, int thread) {
  if (!t.cfg || thread < 0 || thread >= static_cast<int>(t.cfg->threads.size())) return QStringLiteral("-");
  return QString::fromStdString(t.cfg->threads[static_cast<size_t>(thread)].name);
}

QString step_ref(const svm::Trace& t, int state) {
  if (state <= 0 || state > static_cast<int>(t.steps.size()))
    return QCoreApplication::translate("svmlab::hw", "boot");
  const svm::StepRecord& s = t.steps[static_cast<size_t>(state - 1)];
  return QCoreApplication::translate("svmlab::hw", "step %1 (%2: %3)")
      .arg(state)
      .arg(thread_name(t, s.thread), qs(svm::fn_name(s.fn)));
}

QTreeWidget* make_table(QWidget* parent, const QStringList& headers, const QStringList& tooltips) {
  auto* t = new QTreeWidget(parent);
  t->setColumnCount(static_cast<int>(headers.size()));
  t->setHeaderLabels(headers);
  t->setRootIsDecorated(false);
  t->setUniformRowHeights(true);
  t->setAlternatingRowColors(false);
  t->setSelectionMode(QAbstractItemView::SingleSelection);
  t->setEditTriggers(QAbstractItemView::NoEditTriggers);
  t->setTextElideMode(Qt::ElideRight);
  t->setFont(mono_font());
  QFont hf = t->header()->font();
  hf.setBold(true);
  t->header()->setFont(hf);
  t->header()->setStretchLastSection(true);
  t->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
  if (auto* h = t->headerItem())
    for (int c = 0; c < headers.size() && c < tooltips.size(); ++c) h->setToolTip(c, tooltips[c]);
  return t;
}

QLabel* make_heading(QWidget* parent, const QString& text, const QString& tooltip) {
  auto* l = new QLabel(text, parent);
  QFont f = l->font();
  f.setBold(true);
  l->setFont(f);
  l->setToolTip(tooltip);
  l->setContentsMargins(2, 6, 2, 2);
  return l;
}

void mark_row(QTreeWidgetItem* it, RowState s, const Palette& pal) {
  it->setData(0, kRowStateRole, static_cast<int>(s));
  QColor bg;
  QColor fg;
  bool strike = false, italic = false, bold = false;
  switch (s) {
    case RowState::Normal:
    case RowState::Placeholder: break;
    case RowState::Changed:
    case RowState::Added: bg = pal.changed; bg.setAlpha(110); break;
    case RowState::Removed:  // happened at this step: the same yellow, struck through
      bg = pal.changed;
      bg.setAlpha(80);
      fg = pal.muted;
      strike = true;
      break;
    case RowState::Stale:
      bg = pal.leak;
      bg.setAlpha(70);
      bold = true;
      break;
    case RowState::Cleared:
      fg = pal.muted;
      italic = true;
      break;
    case RowState::Pending: bg = QColor(0x56, 0xB4, 0xE9, 60); break;  // sky blue, light
    case RowState::Fault:
      bg = pal.leak;
      bg.setAlpha(60);
      break;
  }
  const QFont base = it->treeWidget() ? it->treeWidget()->font() : mono_font();
  for (int c = 0; c < it->columnCount(); ++c) {
    if (bg.isValid()) it->setBackground(c, bg);
    if (fg.isValid()) it->setForeground(c, fg);
    QFont f = base;
    f.setStrikeOut(strike);
    f.setItalic(italic);
    f.setBold(bold);
    it->setFont(c, f);
  }
}

RowState row_state(const QTreeWidgetItem* it) { return static_cast<RowState>(it->data(0, kRowStateRole).toInt()); }

void add_placeholder(QTreeWidget* t, const QString& text) {
  auto* it = new QTreeWidgetItem(t);
  it->setText(0, text);
  it->setFirstColumnSpanned(true);
  it->setData(0, kRowStateRole, static_cast<int>(RowState::Placeholder));
  QFont f = t->font();
  f.setItalic(true);
  it->setFont(0, f);
  it->setForeground(0, t->palette().color(QPalette::Disabled, QPalette::Text));
  it->setFlags(Qt::ItemIsEnabled);
}

void fit_columns(QTreeWidget* t) {
  // By hand rather than resizeColumnToContents(): a spanned placeholder line
  // must not widen the first column.
  QFont hf = t->header()->font();
  const QFontMetrics hm(hf);
  for (int c = 0; c + 1 < t->columnCount(); ++c) {
    int w = hm.horizontalAdvance(t->headerItem()->text(c)) + 22;
    for (int r = 0; r < t->topLevelItemCount(); ++r) {
      const QTreeWidgetItem* it = t->topLevelItem(r);
      if (row_state(it) == RowState::Placeholder) continue;
      const QFontMetrics fm(it->data(c, Qt::FontRole).isValid() ? it->font(c) : t->font());
      w = std::max(w, fm.horizontalAdvance(it->text(c)) + 16);
    }
    t->setColumnWidth(c, std::min(w, 520));
  }
}

namespace {

// Re-fits a table's height when its width changes (the horizontal scroll bar
// may come or go).
class Refit : public QObject {
 public:
  using QObject::QObject;
  bool eventFilter(QObject* o, QEvent* e) override {
    if (e->type() == QEvent::Resize)
      if (auto* t = qobject_cast<QTreeWidget*>(o)) fit_height(t, t->property("svmMaxRows").toInt());
    return false;
  }
};

}  // namespace

void fit_height(QTreeWidget* t, int maxRows) {
  if (!t->property("svmMaxRows").isValid()) t->installEventFilter(new Refit(t));
  t->setProperty("svmMaxRows", maxRows);
  const int rows = std::clamp(t->topLevelItemCount(), 1, std::max(1, maxRows));
  int rowH = t->topLevelItemCount() ? t->sizeHintForRow(0) : -1;
  if (rowH <= 0) rowH = QFontMetrics(t->font()).height() + 4;
  // Reserve the horizontal scroll bar when the columns are wider than the
  // table (known once it is laid out; until then assume they fit).
  int total = 0;
  for (int c = 0; c < t->columnCount(); ++c) total += t->columnWidth(c);
  // The bar, once reserved, is given up only with a scroll bar's width to
  // spare: the table sits in a scroll area whose vertical bar comes and
  // goes with the table's height, and at the edge the two bars brought each
  // other back and forth, a resize loop that overflowed the stack
  // (tst_monkey hardware_table_resize_loop).
  bool hbar = t->property("svmHbar").toBool();
  const int width = t->viewport()->width();
  if (!t->isVisible())
    hbar = false;
  else if (total > width)
    hbar = true;
  else if (total <= width - t->style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 2)
    hbar = false;
  t->setProperty("svmHbar", hbar);
  const int h = t->header()->sizeHint().height() + rows * rowH + 2 * t->frameWidth() + 2 +
                (hbar ? t->horizontalScrollBar()->sizeHint().height() : 0);
  if (t->height() != h || t->minimumHeight() != h) t->setFixedHeight(h);
}

QVBoxLayout* make_scroll_column(QWidget* parent, QVBoxLayout* outer) {
  auto* area = new QScrollArea(parent);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  auto* inner = new QWidget(area);
  auto* col = new QVBoxLayout(inner);
  col->setContentsMargins(0, 0, 0, 0);
  col->setSpacing(2);
  area->setWidget(inner);
  outer->addWidget(area, 1);
  return col;
}

}  // namespace svmlab::hw
