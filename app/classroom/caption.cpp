#include "app/classroom/caption.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

#include "app/classroom/quiz_wording.h"
#include "core/engine/function.h"
#include "core/report/narration.h"

namespace svmlab {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString violation_word(svm::ViolationKind k) {
  switch (k) {
    case svm::ViolationKind::Leak: return CaptionView::tr("Leak");
    case svm::ViolationKind::UseAfterFree: return CaptionView::tr("Use after free");
    case svm::ViolationKind::Refcount: return CaptionView::tr("Reference count error");
    case svm::ViolationKind::Bug: return CaptionView::tr("BUG");
    case svm::ViolationKind::Deadlock: return CaptionView::tr("Deadlock");
    case svm::ViolationKind::Isolation: return CaptionView::tr("PASID isolation broken");
    case svm::ViolationKind::Dangling: return CaptionView::tr("Dangling hardware pointer");
    case svm::ViolationKind::Internal: return CaptionView::tr("Simulator bug");
  }
  return {};
}
}  // namespace

CaptionView::CaptionView(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("caption"));
  setFrameShape(QFrame::NoFrame);
  setAutoFillBackground(true);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(24, 10, 24, 12);
  lay->setSpacing(6);
  for (QLabel** l : {&heading_, &story_, &changes_}) {
    *l = new QLabel(this);
    (*l)->setWordWrap(true);
    (*l)->setTextFormat(Qt::PlainText);
    lay->addWidget(*l);
  }
  heading_->setObjectName(QStringLiteral("captionHeading"));
  story_->setObjectName(QStringLiteral("captionStory"));
  changes_->setObjectName(QStringLiteral("captionChanges"));
  render();
}

void CaptionView::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  cursor_ = 0;
  render();
}

void CaptionView::setCursor(int state_index) {
  cursor_ = trace_ ? std::clamp(state_index, 0, static_cast<int>(trace_->steps.size())) : 0;
  render();
}

void CaptionView::setFontScale(double scale) {
  scale_ = std::clamp(scale, 0.5, 5.0);
  render();
}

void CaptionView::setViewPalette(const Palette& p) {
  palette_ = p;
  render();
}

QString CaptionView::headingText() const { return heading_->text(); }
QString CaptionView::storyText() const { return story_->text(); }
QString CaptionView::changesText() const { return changes_->text(); }

void CaptionView::changeEvent(QEvent* e) {
  QFrame::changeEvent(e);
  if (e->type() == QEvent::LanguageChange) render();
}

void CaptionView::render() {
  QPalette pal = palette();
  pal.setColor(QPalette::Window, palette_.background);
  pal.setColor(QPalette::WindowText, palette_.text);
  setPalette(pal);
  const double base = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
  QFont f = QApplication::font();
  f.setPointSizeF(base * scale_);
  QFont bold = f;
  bold.setBold(true);
  heading_->setFont(bold);
  story_->setFont(f);
  QFont small = f;
  small.setPointSizeF(base * scale_ * 0.85);
  changes_->setFont(small);

  if (!trace_ || !trace_->cfg || trace_->states.empty()) {
    heading_->setText(tr("No scenario is open."));
    story_->clear();
    changes_->clear();
    return;
  }
  const svm::Trace& t = *trace_;
  const int last = static_cast<int>(t.steps.size());
  if (cursor_ == 0) {
    heading_->setText(scenario_text(t.cfg->scenario->title));
    story_->setText(tr("Variant %1. Step forward to start the run.").arg(qs(t.cfg->variant->id)));
    changes_->clear();
    return;
  }
  const svm::StepRecord& s = t.steps[static_cast<size_t>(cursor_ - 1)];
  QString h = tr("Step %1 of %2").arg(cursor_).arg(last) + QStringLiteral("  \u00b7  ") + qs(svm::fn_name(s.fn)) +
              QStringLiteral("()");
  if (s.milestone) h += QStringLiteral("  \u00b7  \u25c6 ") + qs(svm::milestone_name(*s.milestone));
  heading_->setText(h);

  // The words of the latest narrated step at or before the cursor.
  QStringList words;
  for (int i = cursor_; i >= 1 && words.isEmpty(); --i)
    for (const std::string& w : svm::story_of(t, i).scenario) words << scenario_text(w);
  QString story = words.join(QLatin1Char(' '));
  if (cursor_ == last) {
    QStringList verdict;
    for (const svm::Violation& v : t.end) {
      QString line = QStringLiteral("\u26a0 ") + violation_word(v.kind);
      if (!v.cycle.empty()) {
        QStringList ids;
        for (svm::ObjId o : v.cycle) ids << qs(svm::to_string(o));
        ids << ids.front();
        line += QStringLiteral(": ") + ids.join(QStringLiteral(" \u2192 "));
      }
      verdict << line;
    }
    story = verdict.isEmpty() ? tr("\u2714 End of the run: nothing leaked, no violation.")
                              : tr("End of the run. %1").arg(verdict.join(QStringLiteral("; ")));
  }
  story_->setText(story);
  story_->setVisible(!story.isEmpty());
  QStringList parts;
  for (const svm::CounterChange& c : s.changes)
    parts << QStringLiteral("%1 %2 %3 \u2192 %4").arg(qs(svm::to_string(c.obj)), QString::fromStdString(c.counter)).arg(c.before).arg(c.after);
  for (const svm::Violation& v : s.violations) parts << QStringLiteral("\u26a0 ") + violation_word(v.kind);
  changes_->setText(parts.isEmpty() ? QString() : tr("This step: %1").arg(parts.join(QStringLiteral(", "))));
  changes_->setVisible(!parts.isEmpty());
}

}  // namespace svmlab
