#include "views/threads/threads_view.h"

#include <algorithm>

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/engine/function.h"
#include "core/engine/milestone.h"
#include "core/engine/step.h"
#include "views/common/code_font.h"
#include "views/common/core_text.h"
#include "views/threads/thread_style.h"

namespace svmlab {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString threadName(const svm::Config& cfg, int tid) {
  if (tid < 0 || tid >= static_cast<int>(cfg.threads.size())) return {};
  return qs(cfg.threads[static_cast<size_t>(tid)].name);
}

const std::vector<svm::Action>* actionsOf(const svm::Config& cfg, int tid) {
  const svm::ThreadSpec& ts = cfg.threads[static_cast<size_t>(tid)];
  if (ts.kind == svm::ThreadKind::Process) return &cfg.scenario->processes[static_cast<size_t>(ts.index)].actions;
  if (ts.kind == svm::ThreadKind::Device) return &cfg.scenario->devices[static_cast<size_t>(ts.index)].actions;
  return nullptr;
}

// "app reaches exit_files", "app has done \"ready\"".
QString afterText(const svm::Config& cfg, const svm::AfterRef& r) {
  if (r.thread < 0) return {};
  const QString who = threadName(cfg, r.thread);
  if (r.milestone) return ThreadsView::tr("%1 reaches %2").arg(who, qs(svm::milestone_name(*r.milestone)));
  if (r.action > 0) {
    const auto* acts = actionsOf(cfg, r.thread);
    if (acts && r.action <= static_cast<int>(acts->size()) && !(*acts)[static_cast<size_t>(r.action) - 1].label.empty())
      return ThreadsView::tr("%1 has done \"%2\"").arg(who, qs((*acts)[static_cast<size_t>(r.action) - 1].label));
    return ThreadsView::tr("%1 has done action %2").arg(who).arg(r.action);
  }
  return who;
}

QString stateText(ThreadsView::State s) {
  switch (s) {
    case ThreadsView::State::NotBorn: return ThreadsView::tr("not born");
    case ThreadsView::State::Runnable: return ThreadsView::tr("runnable");
    case ThreadsView::State::Waiting: return ThreadsView::tr("waiting");
    case ThreadsView::State::Finished: return ThreadsView::tr("finished");
    case ThreadsView::State::Oopsed: return ThreadsView::tr("died in an oops");
  }
  return {};
}

// Rows of two lines need some air above and below. Code does not wrap: each
// of its lines is elided on its own (the tooltip has it whole), where word
// wrap would push the second line out of the row.
class PaddedDelegate : public QStyledItemDelegate {
 public:
  PaddedDelegate(bool wrap, QObject* parent) : QStyledItemDelegate(parent), wrap_(wrap) {}
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rheight() += 4;
    return s;
  }

 protected:
  void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!wrap_) option->features &= ~QStyleOptionViewItem::WrapText;
  }

 private:
  bool wrap_;
};

}  // namespace

ThreadsView::ThreadsView(QWidget* parent) : QWidget(parent), tree_(new QTreeWidget(this)), caption_(new QLabel(this)) {
  tree_->setColumnCount(ColumnCount);
  tree_->setHeaderLabels({QString(), tr("Thread"), tr("State"), tr("Doing"), tr("Waiting for"), QString()});
  tree_->headerItem()->setToolTip(NextColumn, tr("\u25b6 the thread the trace steps next; "
                                                 "\u25b7 the thread the default schedule would pick instead"));
  tree_->headerItem()->setToolTip(DoingColumn, tr("The innermost function and the line the thread executes next"));
  tree_->headerItem()->setToolTip(WaitColumn, tr("Why the thread cannot take a step now"));
  tree_->setRootIsDecorated(false);
  tree_->setItemsExpandable(false);
  tree_->setUniformRowHeights(false);
  tree_->setSelectionMode(QAbstractItemView::SingleSelection);
  tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
  tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  tree_->setAllColumnsShowFocus(true);
  tree_->setWordWrap(true);
  tree_->setTextElideMode(Qt::ElideRight);
  tree_->setItemDelegate(new PaddedDelegate(true, tree_));
  tree_->setItemDelegateForColumn(DoingColumn, new PaddedDelegate(false, tree_));
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionsMovable(false);

  caption_->setWordWrap(true);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(0, 0, 0, 0);
  lay->setSpacing(2);
  lay->addWidget(tree_, 1);
  auto* bottom = new QHBoxLayout;
  bottom->setContentsMargins(6, 2, 6, 4);
  bottom->addWidget(caption_, 1);
  lay->addLayout(bottom);

  connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* it, int) {
    for (size_t i = 0; i < rows_.size(); ++i)
      if (rows_[i].item == it) choose(static_cast<int>(i));
  });
  setViewPalette(Palette::light());
}

ThreadsView::~ThreadsView() = default;

void ThreadsView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  cursor_ = 0;
  rebuild();
  applyCursor();
}

void ThreadsView::setCursor(int state_index) {
  const int last = trace_ ? static_cast<int>(trace_->steps.size()) : 0;
  cursor_ = std::clamp(state_index, 0, last);
  applyCursor();
}

void ThreadsView::setViewPalette(const Palette& p) {
  palette_ = p;
  QPalette pal = tree_->palette();
  pal.setColor(QPalette::Base, p.background);
  pal.setColor(QPalette::Text, p.text);
  tree_->setPalette(pal);
  QPalette cp = caption_->palette();
  cp.setColor(QPalette::WindowText, p.muted);
  caption_->setPalette(cp);
  applyCursor();
}

ThreadsView::State ThreadsView::state(int tid) const {
  if (tid < 0 || tid >= threadCount()) return State::NotBorn;
  return rows_[static_cast<size_t>(tid)].state;
}

bool ThreadsView::canChoose(int tid) const { return state(tid) == State::Runnable; }

QTreeWidgetItem* ThreadsView::item(int tid) const {
  return tid >= 0 && tid < threadCount() ? rows_[static_cast<size_t>(tid)].item : nullptr;
}

QPushButton* ThreadsView::stepButton(int tid) const {
  return tid >= 0 && tid < threadCount() ? rows_[static_cast<size_t>(tid)].button : nullptr;
}

QString ThreadsView::text(int tid, Column c) const {
  const QTreeWidgetItem* it = item(tid);
  return it ? it->text(c) : QString();
}

QString ThreadsView::toolTip(int tid, Column c) const {
  if (c == ChooseColumn) {
    const QPushButton* b = stepButton(tid);
    return b ? b->toolTip() : QString();
  }
  const QTreeWidgetItem* it = item(tid);
  return it ? it->toolTip(c) : QString();
}

bool ThreadsView::choose(int tid) {
  if (!canChoose(tid)) return false;
  emit threadChosen(tid);
  return true;
}

void ThreadsView::changeEvent(QEvent* e) {
  QWidget::changeEvent(e);
  if (e->type() == QEvent::FontChange) {
    applyFonts();
    applyCursor();
  }
  // The "waiting for" column is built with arg() and the core's words: re-word it.
  if (e->type() == QEvent::LanguageChange) applyCursor();
}

// ---------------------------------------------------------------------------

void ThreadsView::rebuild() {
  tree_->clear();
  rows_.clear();
  if (!trace_ || !trace_->cfg) return;
  const svm::Config& cfg = *trace_->cfg;
  for (int tid = 0; tid < static_cast<int>(cfg.threads.size()); ++tid) {
    const svm::ThreadSpec& ts = cfg.threads[static_cast<size_t>(tid)];
    auto* it = new QTreeWidgetItem(tree_);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    it->setText(ThreadColumn, qs(ts.name) + QStringLiteral("\n") + threadKindText(ts.kind));
    it->setIcon(ThreadColumn, threadSwatch(tid));
    const QString kind_tip = threadKindDescription(ts.kind) +
                             (ts.daemon ? tr(" (it waits for work forever: blocked at the end is normal)") : QString());
    it->setToolTip(ThreadColumn, qs(ts.name) + QStringLiteral(": ") + kind_tip);
    it->setTextAlignment(NextColumn, Qt::AlignCenter);
    auto* b = new QPushButton(tr("Step"));
    b->setAutoDefault(false);
    b->setFocusPolicy(Qt::TabFocus);
    connect(b, &QPushButton::clicked, this, [this, tid] { choose(tid); });
    // A cell of its own with a little margin, so the button does not fill the
    // row edge to edge.
    auto* cell = new QWidget;
    auto* cl = new QHBoxLayout(cell);
    cl->setContentsMargins(4, 2, 4, 2);
    cl->addWidget(b);
    tree_->setItemWidget(it, ChooseColumn, cell);
    rows_.push_back({it, b, State::NotBorn});
  }
  applyFonts();
}

void ThreadsView::applyFonts() {
  const QFontMetrics fm(font());
  QFont bold = font();
  bold.setBold(true);
  const QFontMetrics bm(bold);
  QHeaderView* h = tree_->header();
  const int pad = 18;
  int name_w = fm.horizontalAdvance(tr("Thread"));
  if (trace_ && trace_->cfg)
    for (const auto& t : trace_->cfg->threads) {
      name_w = std::max(name_w, bm.horizontalAdvance(qs(t.name)));
      name_w = std::max(name_w, bm.horizontalAdvance(threadKindText(t.kind)));
    }
  int state_w = fm.horizontalAdvance(tr("State"));
  for (State s : {State::NotBorn, State::Runnable, State::Waiting, State::Finished})  // "died in an oops" may wrap
    state_w = std::max(state_w, fm.horizontalAdvance(stateText(s)));
  h->setSectionResizeMode(QHeaderView::Interactive);
  h->setSectionResizeMode(DoingColumn, QHeaderView::Stretch);
  h->setSectionResizeMode(WaitColumn, QHeaderView::Stretch);
  h->setSectionResizeMode(ChooseColumn, QHeaderView::Fixed);
  h->setMinimumSectionSize(16);
  h->resizeSection(NextColumn, bm.horizontalAdvance(QStringLiteral("\u25b6")) + 14);
  h->resizeSection(ThreadColumn, name_w + 16 + pad + 4);
  h->resizeSection(StateColumn, state_w + pad);
  int button_w = 0;
  if (!rows_.empty()) button_w = rows_.front().button->sizeHint().width();
  h->resizeSection(ChooseColumn, std::max(button_w, fm.horizontalAdvance(tr("Step")) + 24) + 10);
}

void ThreadsView::applyCursor() {
  default_pick_ = -1;
  trace_next_ = -1;
  if (!trace_ || !trace_->cfg || trace_->states.empty() || rows_.empty()) return;
  const svm::Config& cfg = *trace_->cfg;
  const svm::Machine& m = trace_->states[static_cast<size_t>(cursor_)];
  const int last = cursor_ >= 1 ? trace_->steps[static_cast<size_t>(cursor_) - 1].thread : -1;
  default_pick_ = svm::default_pick(m, cfg, last);
  if (cursor_ < static_cast<int>(trace_->steps.size())) trace_next_ = trace_->steps[static_cast<size_t>(cursor_)].thread;
  caption_->setText(default_pick_ < 0 && trace_next_ < 0
                        ? tr("No thread can take a step: the run is over.")
                        : tr("\u25b6 steps next  \u00b7  \u25b7 the default schedule's pick  \u00b7  "
                             "Step or double-click: a runnable thread takes the next step"));

  const QFont code = [this] {
    QFont f = codeFont();
    if (font().pointSizeF() > 0) f.setPointSizeF(font().pointSizeF());
    return f;
  }();
  QFont bold = font();
  bold.setBold(true);
  const QColor runnable_c = QColor(0x00, 0x7A, 0x5A);  // bluish green, darkened for text on white
  const QColor waiting_c = QColor(0xA8, 0x4A, 0x00);   // vermillion, darkened

  for (int tid = 0; tid < threadCount(); ++tid) {
    Row& row = rows_[static_cast<size_t>(tid)];
    QTreeWidgetItem* it = row.item;
    const svm::Thread& th = (*m.threads)[static_cast<size_t>(tid)];
    const QString name = threadName(cfg, tid);
    const svm::Wait w = svm::waiting(m, cfg, tid);

    switch (th.state) {
      case svm::RunState::Unborn: row.state = State::NotBorn; break;
      case svm::RunState::Done: row.state = State::Finished; break;
      case svm::RunState::Oopsed: row.state = State::Oopsed; break;
      case svm::RunState::Live:
        row.state = w.kind == svm::Wait::Kind::Finished ? State::Finished : w ? State::Waiting : State::Runnable;
        break;
    }

    // Next.
    QString next, next_tip;
    if (tid == trace_next_) {
      next = QStringLiteral("\u25b6");
      next_tip = tid == default_pick_ ? tr("The trace steps %1 next; the default schedule picks it too.").arg(name)
                                      : tr("The trace steps %1 next, as chosen; the default schedule would pick %2.")
                                            .arg(name, default_pick_ >= 0 ? threadName(cfg, default_pick_) : tr("no thread"));
    } else if (tid == default_pick_) {
      next = QStringLiteral("\u25b7");
      next_tip = trace_next_ >= 0 ? tr("The default schedule would step %1 next; this trace steps %2 instead.").arg(name, threadName(cfg, trace_next_))
                                  : tr("The default schedule would step %1 next.").arg(name);
    }
    it->setText(NextColumn, next);
    it->setToolTip(NextColumn, next_tip);

    // State.
    it->setText(StateColumn, stateText(row.state));

    // Doing: innermost function and the line it runs next.
    QString doing, doing_tip;
    if (th.state == svm::RunState::Live && !th.stack.empty()) {
      const svm::FnId fn = th.stack.back().fn;
      const svm::Op* op = svm::next_op(m, cfg, tid);
      const QString line = op ? qs(op->text).replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString();
      doing = qs(svm::fn_name(fn)) + QStringLiteral("()");
      if (!line.isEmpty()) doing += QStringLiteral("\n  ") + line;
      doing_tip = tr("<b>%1()</b> &nbsp;%2<br>next: <code>%3</code>")
                      .arg(qs(svm::fn_name(fn)).toHtmlEscaped(), coreText(svm::source_text(fn, *cfg.variant)).toHtmlEscaped(), line.toHtmlEscaped());
    } else if (row.state == State::NotBorn) {
      doing = tr("(forked later)");
    } else if (row.state == State::Oopsed) {
      doing = tr("(killed by the oops)");
    } else {
      doing = QStringLiteral("\u2014");
    }
    it->setText(DoingColumn, doing);
    it->setToolTip(DoingColumn, doing_tip);

    // Waiting for.
    QString wait, held_until;
    switch (w.kind) {
      case svm::Wait::Kind::Lock:
      case svm::Wait::Kind::Event: {
        wait = coreText(w.what);
        if (w.obj) wait += QStringLiteral(" (%1)").arg(qs(svm::to_string(w.obj)));
        if (w.thread >= 0)
          wait += QStringLiteral("\n") + (w.kind == svm::Wait::Kind::Lock ? tr("held by %1") : tr("from %1")).arg(threadName(cfg, w.thread));
        break;
      }
      case svm::Wait::Kind::After: {
        const svm::ThreadSpec& ts = cfg.threads[static_cast<size_t>(tid)];
        const QString until = th.action < ts.after.size() ? afterText(cfg, ts.after[th.action]) : threadName(cfg, w.thread);
        wait = tr("the scenario's \"after\":\nuntil %1").arg(until);
        break;
      }
      case svm::Wait::Kind::None:
        for (const svm::HoldRef& hold : cfg.holds)
          if (hold.thread == tid && !svm::happened(m, hold.until)) {
            held_until = afterText(cfg, hold.until);
            wait = tr("(held back until\n%1)").arg(held_until);
          }
        break;
      case svm::Wait::Kind::Unborn:
      case svm::Wait::Kind::Finished: break;
    }
    it->setText(WaitColumn, wait);
    QString wait_tip = QString(wait).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!held_until.isEmpty())
      wait_tip = tr("%1 can run, but the scenario holds it back from the default schedule until %2; you can still choose it.")
                     .arg(name, held_until);
    it->setToolTip(WaitColumn, wait_tip);

    // Choosing.
    const bool choosable = row.state == State::Runnable;
    row.button->setEnabled(choosable);
    QString why;
    switch (row.state) {
      case State::Runnable: why = tr("Let %1 take the next step").arg(name); break;
      case State::Waiting: why = tr("%1 cannot run: it waits for %2").arg(name, QString(wait).replace(QLatin1Char('\n'), QLatin1Char(' '))); break;
      case State::NotBorn: why = tr("%1 cannot run: it is not born yet").arg(name); break;
      case State::Finished: why = tr("%1 cannot run: it has finished").arg(name); break;
      case State::Oopsed: why = tr("%1 cannot run: it died in an oops").arg(name); break;
    }
    row.button->setToolTip(why);
    it->setToolTip(StateColumn, why);

    // Looks: the next thread bold; states in words and in colour; threads
    // that will never run again muted.
    const bool gone = row.state == State::Finished || row.state == State::NotBorn || row.state == State::Oopsed;
    for (int c = 0; c < ColumnCount; ++c) {
      QFont f = c == DoingColumn ? code : font();
      if (tid == trace_next_ && (c == NextColumn || c == ThreadColumn || c == StateColumn)) f.setBold(true);
      it->setFont(c, f);
      it->setForeground(c, gone ? palette_.muted : palette_.text);
    }
    if (row.state == State::Runnable) it->setForeground(StateColumn, runnable_c);
    if (row.state == State::Waiting) it->setForeground(StateColumn, waiting_c);
    if (row.state == State::Oopsed) it->setForeground(StateColumn, palette_.leak);
    QColor tint = threadColor(tid);
    tint.setAlpha(40);
    it->setBackground(ThreadColumn, tint);
  }
}

}  // namespace svmlab
