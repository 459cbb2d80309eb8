#include "views/source/source_view.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include "core/engine/function.h"
#include "views/common/core_text.h"
#include "views/source/source_listing.h"

namespace svmlab {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString fnName(svm::FnId f) { return qs(svm::fn_name(f)); }

constexpr int kIndentChars = 4;  // per brace level, as the kernel's tabs read at 4 columns
constexpr int kHangChars = 4;    // a wrapped line continues this much further in
constexpr int kMaxStackRows = 5;  // more scroll: the listing needs the height

}  // namespace

SourceView::SourceView(QWidget* parent)
    : QWidget(parent), header_(new QLabel(this)), stack_(new QListWidget(this)), code_(new QTextEdit(this)) {
  header_->setTextFormat(Qt::RichText);
  header_->setWordWrap(true);
  header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  header_->setContentsMargins(6, 4, 6, 4);

  stack_->setObjectName(QStringLiteral("sourceStack"));
  stack_->setToolTip(tr("The call stack, innermost first: click a caller to see the line it is at"));
  stack_->setSelectionMode(QAbstractItemView::SingleSelection);
  stack_->setTextElideMode(Qt::ElideRight);
  stack_->setUniformItemSizes(true);
  stack_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  stack_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // long lines are elided; the listing has them whole

  code_->setObjectName(QStringLiteral("sourceCode"));
  code_->setReadOnly(true);
  code_->setUndoRedoEnabled(false);
  code_->setLineWrapMode(QTextEdit::WidgetWidth);
  code_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(0, 0, 0, 0);
  lay->setSpacing(2);
  lay->addWidget(header_);
  lay->addWidget(stack_);
  lay->addWidget(code_, 1);

  connect(stack_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (filling_ || row < 0) return;
    showFrame(static_cast<int>(frames_.frames.size()) - 1 - row);
  });
  setViewPalette(palette_);
  render();
}

SourceView::~SourceView() = default;

void SourceView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  cursor_ = 0;
  setCursor(0);
}

void SourceView::setCursor(int state_index) {
  const int last = trace_ ? static_cast<int>(trace_->steps.size()) : 0;
  cursor_ = std::clamp(state_index, 0, last);
  frames_ = trace_ ? step_frames(*trace_, cursor_) : StepFrames{};
  shown_ = frames_.current;
  render();
}

void SourceView::setViewPalette(const Palette& p) {
  palette_ = p;
  for (QWidget* w : {static_cast<QWidget*>(code_), static_cast<QWidget*>(stack_)}) {
    QPalette pal = w->palette();
    pal.setColor(QPalette::Base, p.background);
    pal.setColor(QPalette::Text, p.text);
    w->setPalette(pal);
  }
  render();
}

void SourceView::showFrame(int frame) {
  if (frame < 0 || frame >= static_cast<int>(frames_.frames.size())) return;
  shown_ = frame;
  render();
}

int SourceView::rowOfFrame(int frame) const {
  const int n = static_cast<int>(frames_.frames.size());
  return frame >= 0 && frame < n ? n - 1 - frame : -1;
}

QString SourceView::shownFunction() const {
  if (shown_ < 0 || shown_ >= static_cast<int>(frames_.frames.size())) return {};
  return fnName(frames_.frames[static_cast<size_t>(shown_)].fn);
}

QString SourceView::highlightedText() const {
  if (shown_ < 0 || shown_ >= static_cast<int>(frames_.frames.size())) return {};
  const SourceFrame& f = frames_.frames[static_cast<size_t>(shown_)];
  return f.entered || f.op < 0 ? QString() : QString::fromStdString(f.text);
}

QString SourceView::headerText() const { return header_->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))); }

void SourceView::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange || e->type() == QEvent::LanguageChange) render();
}

// ---------------------------------------------------------------------------

void SourceView::render() {
  const bool any = trace_ && trace_->cfg && shown_ >= 0 && shown_ < static_cast<int>(frames_.frames.size());
  if (!any) {
    header_->setText(!trace_ ? tr("No scenario open.")
                             : tr("<b>State 0</b>: the machine as booted. Step to see where each step runs."));
  } else {
    const SourceFrame& f = frames_.frames[static_cast<size_t>(shown_)];
    const QString thread = QString::fromStdString(trace_->cfg->threads[static_cast<size_t>(frames_.thread)].name);
    const QString file = coreText(svm::source_text(f.fn, *trace_->cfg->variant)).toHtmlEscaped();
    QString where;
    if (f.entered)
      where = tr("step %1 calls it: none of its lines has run yet").arg(cursor_);
    else if (shown_ == frames_.current)
      where = tr("step %1 runs the highlighted line").arg(cursor_);
    else
      where = tr("a caller: the highlighted line is the call it is in");
    header_->setText(tr("<b>%1()</b> &nbsp; %2<br>thread %3: %4").arg(fnName(f.fn).toHtmlEscaped(), file, thread.toHtmlEscaped(), where));
  }
  renderStack();
  renderCode();
}

void SourceView::renderStack() {
  filling_ = true;
  stack_->clear();
  const int n = static_cast<int>(frames_.frames.size());
  QFont bold = font();
  bold.setBold(true);
  for (int row = 0; row < n; ++row) {
    const int k = n - 1 - row;
    const SourceFrame& f = frames_.frames[static_cast<size_t>(k)];
    QString text = fnName(f.fn) + QStringLiteral("()");
    if (f.entered)
      text += QStringLiteral("   ") + tr("(entered)");
    else if (!f.text.empty())
      text += QStringLiteral("   ") + QString::fromStdString(f.text);
    auto* item = new QListWidgetItem(text, stack_);
    item->setToolTip(trace_ && trace_->cfg ? coreText(svm::source_text(f.fn, *trace_->cfg->variant)) : QString());
    if (k == frames_.current) item->setFont(bold);
  }
  if (shown_ >= 0) stack_->setCurrentRow(rowOfFrame(shown_));
  const int rows = std::clamp(n, 1, kMaxStackRows);
  // From the font, not sizeHintForRow(): uniform item sizes cache a row
  // height that a larger font (presentation mode) would not update.
  const int row_h = QFontMetrics(font()).height() + 4;
  stack_->setFixedHeight(rows * row_h + 2 * stack_->frameWidth() + 2);
  stack_->setVisible(n > 0);
  filling_ = false;
}

void SourceView::renderCode() {
  code_->clear();
  highlight_block_ = -1;
  if (!trace_ || !trace_->cfg || shown_ < 0 || shown_ >= static_cast<int>(frames_.frames.size())) return;
  const SourceFrame& f = frames_.frames[static_cast<size_t>(shown_)];

  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  mono.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() : mono.pointSizeF());
  code_->document()->setDefaultFont(mono);
  const double ch = QFontMetricsF(mono).horizontalAdvance(QLatin1Char('x'));

  QColor mark = shown_ == frames_.current ? palette_.changed : palette_.kind(svm::Kind::Task);
  mark.setAlpha(shown_ == frames_.current ? 130 : 90);

  QTextCursor c(code_->document());
  bool first = true;
  auto line = [&](const QString& text, int indent, bool lit) {
    QTextBlockFormat bf;
    bf.setLeftMargin((indent * kIndentChars + kHangChars) * ch);
    bf.setTextIndent(-kHangChars * ch);
    if (lit) bf.setBackground(mark);
    QTextCharFormat cf;
    cf.setFont(mono);
    cf.setForeground(palette_.text);
    cf.setFontWeight(lit ? QFont::Bold : QFont::Normal);
    if (first) {
      c.setBlockFormat(bf);
      c.setCharFormat(cf);
      first = false;
    } else {
      c.insertBlock(bf, cf);
    }
    c.insertText(text, cf);
  };
  line(fnName(f.fn) + QStringLiteral("(...)"), 0, false);
  line(QStringLiteral("{"), 0, false);
  // A line the model fills in as it runs (a script's action, a queue
  // descriptor) shows as the step ran it; its template's other lines go.
  const bool filled = !f.entered && f.op >= 0 && f.text != svm::functions(*trace_->cfg->variant)[f.fn].ops[static_cast<size_t>(f.op)].text;
  for (const ListingLine& l : function_listing(f.fn, *trace_->cfg->variant)) {
    const bool lit = !f.entered && l.op == f.op;
    if (lit && highlight_block_ < 0) {
      highlight_block_ = c.block().blockNumber() + 1;
      if (filled) {
        for (const QString& part : QString::fromStdString(f.text).split(QLatin1Char('\n'))) line(part, 1 + l.indent, true);
        continue;
      }
    }
    if (lit && filled) continue;
    line(QString::fromStdString(l.text), 1 + l.indent, lit);
  }
  line(QStringLiteral("}"), 0, false);
  scrollToHighlight();
}

// The highlighted line a third of the way down, so the lines leading to it
// show above it.
void SourceView::scrollToHighlight() {
  QScrollBar* bar = code_->verticalScrollBar();
  if (highlight_block_ < 0) {
    bar->setValue(0);
    return;
  }
  const QTextBlock b = code_->document()->findBlockByNumber(highlight_block_);
  QTextCursor c(b);
  code_->setTextCursor(c);
  code_->ensureCursorVisible();
  const QRect r = code_->cursorRect(c);
  bar->setValue(bar->value() + r.top() - code_->viewport()->height() / 3);
}

}  // namespace svmlab
