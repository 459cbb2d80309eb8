#include "views/trace/trace_model.h"

#include <algorithm>

#include <QBrush>

#include "core/engine/function.h"
#include "core/engine/milestone.h"
#include "core/report/trace_format.h"
#include "views/common/core_text.h"
#include "views/threads/thread_style.h"

namespace svmlab {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

constexpr int kIndent = 2;  // spaces per level, as ftrace

QString fnName(int fn) { return qs(svm::fn_name(static_cast<svm::FnId>(fn))); }

QString violationKindText(svm::ViolationKind k) { return qs(svm::violation_kind_name(k)); }

// The frames of a thread's stack: what the row builder compares between steps.
struct OpenFrame {
  svm::FnId fn;
  bool has_row;  // an opening "fn() {" row was shown for it
};

}  // namespace

TraceModel::TraceModel(QObject* parent) : QAbstractTableModel(parent) {}

void TraceModel::setTrace(std::shared_ptr<const svm::Trace> trace) {
  beginResetModel();
  trace_ = std::move(trace);
  build();
  endResetModel();
}

void TraceModel::setFonts(const QFont& text, const QFont& code) {
  text_font_ = text;
  code_font_ = code;
  if (!rows_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

void TraceModel::setViewPalette(const Palette& p) {
  palette_ = p;
  if (!rows_.empty())
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole, Qt::BackgroundRole});
}

void TraceModel::build() {
  rows_.clear();
  row_of_step_.clear();
  close_rows_ = 0;
  if (!trace_ || !trace_->cfg) return;
  const svm::Trace& t = *trace_;
  const svm::Config& cfg = *t.cfg;
  const size_t nthreads = cfg.threads.size();
  rows_.reserve(t.steps.size() + t.steps.size() / 3);
  row_of_step_.assign(t.steps.size() + 1, -1);

  // Per thread, the frames on its stack as the rows have shown them.
  std::vector<std::vector<OpenFrame>> open(nthreads);
  // Bring `mine` in line with the thread's real stack without drawing braces:
  // frames that appear without a call of their own (thread bodies, a child
  // set up by fork) have no opening row.
  auto resync = [](std::vector<OpenFrame>& mine, const decltype(svm::Thread::stack)& real) {
    size_t common = 0;
    while (common < mine.size() && common < real.size() && mine[common].fn == real[common].fn) ++common;
    mine.resize(common);
    for (size_t i = common; i < real.size(); ++i) mine.push_back({real[i].fn, false});
  };
  for (size_t tid = 0; tid < nthreads && !t.states.empty(); ++tid) resync(open[tid], (*t.states[0].threads)[tid].stack);

  for (const svm::StepRecord& s : t.steps) {
    const int tid = s.thread;
    if (tid < 0 || static_cast<size_t>(tid) >= nthreads || s.index < 1 || static_cast<size_t>(s.index) >= t.states.size())
      continue;
    std::vector<OpenFrame>& mine = open[static_cast<size_t>(tid)];
    const svm::Machine before_m = t.states[static_cast<size_t>(s.index) - 1];  // a snapshot is read by value: keep it
    const svm::Thread& before = (*before_m.threads)[static_cast<size_t>(tid)];
    resync(mine, before.stack);

    Row r;
    r.step = s.index;
    r.thread = tid;
    r.fn = static_cast<int>(s.fn);
    r.changes = qs(svm::changes_text(s));
    r.source = coreText(svm::source_text(s.fn, *cfg.variant));
    r.violation = !s.violations.empty();
    if (s.milestone) r.milestone = qs(svm::milestone_name(*s.milestone));
    if (s.kind == svm::StepKind::Enter) {
      r.kind = RowKind::Enter;
      r.level = std::max(0, s.depth - 1);
      r.line = fnName(r.fn) + QStringLiteral("() {");
      mine.push_back({s.fn, true});
    } else {
      r.kind = RowKind::Op;
      r.level = s.depth;
      r.line = qs(s.text);
    }
    r.line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    r.shown = QString(r.level * kIndent, QLatin1Char(' ')) + r.line;
    row_of_step_[static_cast<size_t>(s.index)] = static_cast<int>(rows_.size());
    rows_.push_back(std::move(r));

    // What the step returned from: frames gone from the stack it left behind.
    const svm::Machine after_m = t.states[static_cast<size_t>(s.index)];  // a snapshot is read by value: keep it
    const svm::Thread& after = (*after_m.threads)[static_cast<size_t>(tid)];
    if (after.state == svm::RunState::Oopsed) {  // never returns: no braces
      mine.clear();
      continue;
    }
    size_t common = 0;
    while (common < mine.size() && common < after.stack.size() && mine[common].fn == after.stack[common].fn) ++common;
    while (mine.size() > common) {
      const OpenFrame f = mine.back();
      mine.pop_back();
      if (!f.has_row) continue;
      Row c;
      c.step = s.index;
      c.thread = tid;
      c.fn = static_cast<int>(f.fn);
      c.kind = RowKind::Close;
      c.level = static_cast<int>(mine.size()) - 1;  // the frame's depth minus 1, as its opening row
      if (c.level < 0) c.level = 0;
      c.line = QStringLiteral("}");
      c.shown = QString(c.level * kIndent, QLatin1Char(' ')) + c.line;
      rows_.push_back(std::move(c));
      ++close_rows_;
    }
    for (size_t i = common; i < after.stack.size(); ++i) mine.push_back({after.stack[i].fn, false});
  }
}

int TraceModel::rowOfStep(int index) const {
  if (index < 1 || index >= static_cast<int>(row_of_step_.size())) return -1;
  return row_of_step_[static_cast<size_t>(index)];
}

int TraceModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int TraceModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

Qt::ItemFlags TraceModel::flags(const QModelIndex& index) const {
  if (!index.isValid()) return Qt::NoItemFlags;
  return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant TraceModel::headerData(int section, Qt::Orientation o, int role) const {
  if (o != Qt::Horizontal) return {};
  if (role == Qt::DisplayRole) {
    switch (section) {
      case StepColumn: return tr("Step");
      case ThreadColumn: return tr("Thread");
      case MarkColumn: return QString();
      case LineColumn: return tr("Function calls and source lines");
      case CountersColumn: return tr("Counters changed");
      case SourceColumn: return tr("Source file");
    }
  } else if (role == Qt::ToolTipRole) {
    switch (section) {
      case StepColumn: return tr("The step number: the state after this step is the one the session shows");
      case ThreadColumn: return tr("The thread that took the step");
      case MarkColumn: return tr("\u26a0 a violation was found at this step; \u25c6 the step reached a milestone");
      case LineColumn: return tr("As ftrace's function_graph: \"fn() {\" is a call, \"}\" its return, other lines are the source the step executed");
      case CountersColumn: return tr("Reference counters this step changed: object, counter, before->after");
      case SourceColumn: return tr("The source file of the function, with its kernel version");
    }
  }
  return {};
}

QVariant TraceModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() < 0 || index.row() >= static_cast<int>(rows_.size())) return {};
  const Row& r = rows_[static_cast<size_t>(index.row())];
  const int col = index.column();
  switch (role) {
    case StateRole: return r.step;
    case ThreadRole: return r.thread;
    case RowKindRole: return static_cast<int>(r.kind);
    case LevelRole: return r.level;
    case LineRole: return r.line;
    case ViolationRole: return r.violation;
    case MilestoneRole: return r.milestone;
    default: break;
  }
  const bool close = r.kind == RowKind::Close;
  switch (role) {
    case Qt::DisplayRole:
      switch (col) {
        case StepColumn: return r.step;
        case ThreadColumn: return qs(trace_->cfg->threads[static_cast<size_t>(r.thread)].name);
        case MarkColumn: {
          QString m;
          if (r.violation) m += QStringLiteral("\u26a0");
          if (!r.milestone.isEmpty()) m += QStringLiteral("\u25c6");
          return m;
        }
        case LineColumn: return r.shown;
        case CountersColumn: return r.changes;
        case SourceColumn: return close ? QString() : r.source;
      }
      break;
    case Qt::ToolTipRole:
      switch (col) {
        case ThreadColumn: {
          const svm::ThreadSpec& ts = trace_->cfg->threads[static_cast<size_t>(r.thread)];
          return tr("%1 (%2)").arg(qs(ts.name), threadKindText(ts.kind));
        }
        case MarkColumn: return markToolTip(r);
        case LineColumn: return lineToolTip(r);
        case CountersColumn: return r.changes.isEmpty() ? QVariant() : QVariant(r.changes);
        case SourceColumn: return sourceToolTip(r);
      }
      break;
    case Qt::FontRole:
      if (col == LineColumn || col == CountersColumn) return code_font_;
      return text_font_;
    case Qt::TextAlignmentRole:
      if (col == StepColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
      if (col == MarkColumn) return QVariant::fromValue(Qt::AlignCenter);
      return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
      if (col == ThreadColumn) return threadSwatch(r.thread);
      break;
    case Qt::ForegroundRole: {
      if (col == MarkColumn && r.violation) return QBrush(palette_.leak);
      // Secondary text: between text and background, still readable (about
      // 5:1 on the light background, where the palette's muted grey is 4:1).
      const QColor& a = palette_.text;
      const QColor& b = palette_.background;
      const QColor secondary = QColor::fromRgbF(a.redF() * 0.62f + b.redF() * 0.38f, a.greenF() * 0.62f + b.greenF() * 0.38f,
                                                a.blueF() * 0.62f + b.blueF() * 0.38f);
      if ((close && col == StepColumn) || col == SourceColumn) return QBrush(secondary);
      return QBrush(palette_.text);
    }
    case Qt::BackgroundRole:
      if (r.violation) {
        QColor c = palette_.leak;
        c.setAlpha(48);
        return QBrush(c);
      }
      if (col == ThreadColumn) {
        QColor c = threadColor(r.thread);
        c.setAlpha(40);
        return QBrush(c);
      }
      break;
    default: break;
  }
  return {};
}

QString TraceModel::lineToolTip(const Row& r) const {
  const svm::StepRecord& s = trace_->steps[static_cast<size_t>(r.step) - 1];
  const QString file = r.source.toHtmlEscaped();
  switch (r.kind) {
    case RowKind::Close:
      return tr("<b>%1()</b> returns (step %2)").arg(fnName(r.fn).toHtmlEscaped()).arg(r.step);
    case RowKind::Enter: {
      const QString caller = s.stack.size() >= 2 ? fnName(static_cast<int>(s.stack[s.stack.size() - 2])) : QString();
      return tr("<b>%1()</b> &nbsp;%2<br>called from %3(): <code>%4</code>")
          .arg(fnName(r.fn).toHtmlEscaped(), file, caller.toHtmlEscaped(), qs(s.text).toHtmlEscaped());
    }
    case RowKind::Op:
      break;
  }
  QString tip = tr("<b>%1()</b> &nbsp;%2<br><code>%3</code>").arg(fnName(r.fn).toHtmlEscaped(), file, r.line.toHtmlEscaped());
  if (!s.note.empty()) tip += QStringLiteral("<br>") + coreText(s.note).toHtmlEscaped();
  return tip;
}

QString TraceModel::sourceToolTip(const Row& r) const {
  if (r.kind == RowKind::Close) return lineToolTip(r);
  const svm::StepRecord& s = trace_->steps[static_cast<size_t>(r.step) - 1];
  return tr("%1<br><b>%2()</b>: <code>%3</code>")
      .arg(r.source.toHtmlEscaped(), fnName(r.fn).toHtmlEscaped(), qs(s.text).toHtmlEscaped());
}

QString TraceModel::markToolTip(const Row& r) const {
  if (r.kind == RowKind::Close) return {};
  const svm::StepRecord& s = trace_->steps[static_cast<size_t>(r.step) - 1];
  QStringList parts;
  for (const svm::Violation& v : s.violations)
    parts << tr("\u26a0 %1: %2").arg(violationKindText(v.kind), coreMessage(v).toHtmlEscaped());
  if (!r.milestone.isEmpty()) parts << tr("\u25c6 milestone %1").arg(r.milestone);
  return parts.join(QStringLiteral("<br>"));
}

}  // namespace svmlab
