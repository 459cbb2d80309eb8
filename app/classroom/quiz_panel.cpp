#include "app/classroom/quiz_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace svmlab {

namespace {
// Right and wrong are told by sign and word first; the colours (Okabe-Ito
// blue and vermillion) only add to that.
const QColor kRight(0x00, 0x72, 0xB2), kWrong(0xD5, 0x5E, 0x00);
}  // namespace

QuizPanel::QuizPanel(QWidget* parent) : QFrame(parent) {
  setObjectName(QStringLiteral("quizPanel"));
  setFrameShape(QFrame::StyledPanel);
  setAutoFillBackground(true);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(12, 8, 12, 8);
  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("quizTitle"));
  prompt_ = new QLabel(this);
  prompt_->setObjectName(QStringLiteral("quizPrompt"));
  prompt_->setWordWrap(true);
  context_ = new QLabel(this);
  context_->setWordWrap(true);
  choices_box_ = new QWidget(this);
  choices_layout_ = new QVBoxLayout(choices_box_);
  choices_layout_->setContentsMargins(0, 0, 0, 0);
  feedback_ = new QLabel(this);
  feedback_->setObjectName(QStringLiteral("quizFeedback"));
  feedback_->setWordWrap(true);
  feedback_->setTextFormat(Qt::RichText);
  show_ = new QPushButton(this);
  show_->setObjectName(QStringLiteral("quizShow"));
  skip_ = new QPushButton(this);
  skip_->setObjectName(QStringLiteral("quizSkip"));
  auto* row = new QHBoxLayout;
  row->addStretch(1);
  row->addWidget(show_);
  row->addWidget(skip_);
  lay->addWidget(title_);
  lay->addWidget(prompt_);
  lay->addWidget(context_);
  lay->addWidget(choices_box_);
  lay->addWidget(feedback_);
  lay->addLayout(row);
  connect(show_, &QPushButton::clicked, this, [this] {
    if (current_) emit revealRequested(current_->reveal);
  });
  connect(skip_, &QPushButton::clicked, this, &QuizPanel::skip);
  hide();
  render();
}

void QuizPanel::setTrace(std::shared_ptr<const svm::Trace> trace) {
  trace_ = std::move(trace);
  questions_ = trace_ ? svm::quiz_questions(*trace_) : std::vector<svm::QuizQuestion>{};
  current_.reset();
  answered_.clear();
  choice_.clear();
  right_ = 0;
  hide();
}

bool QuizPanel::hasQuestionAt(int state) const { return svm::quiz_question_at(questions_, state).has_value(); }

void QuizPanel::showFor(int state) {
  const bool was_pending = pending();
  if (auto q = svm::quiz_question_at(questions_, state)) {
    current_ = q;
  } else if (!current_ || state < current_->state || state > current_->reveal || !answered_.contains(current_->state)) {
    current_.reset();
  }
  render();
  setVisible(current_.has_value());
  if (was_pending != pending()) emit pendingChanged(pending());
}

bool QuizPanel::answer(int choice) {
  if (!current_ || answered_.contains(current_->state) || choice < 0 ||
      choice >= static_cast<int>(current_->choices.size()))
    return false;
  const bool ok = current_->correct(choice);
  answered_.insert(current_->state);
  choice_[current_->state] = choice;
  if (ok) ++right_;
  render();
  emit answered(current_->state, ok);
  emit pendingChanged(false);
  return ok;
}

void QuizPanel::skip() {
  if (!current_) return;
  const int s = current_->state;
  if (!answered_.contains(s)) {
    answered_.insert(s);
    choice_[s] = -1;
    emit skipped(s);
    emit pendingChanged(false);
  }
  current_.reset();
  hide();
}

QString QuizPanel::promptText() const { return prompt_->text(); }
QString QuizPanel::feedbackText() const { return feedback_->text(); }

void QuizPanel::setFontScale(double scale) {
  scale_ = scale;
  render();
}

void QuizPanel::changeEvent(QEvent* e) {
  QFrame::changeEvent(e);
  if (e->type() == QEvent::LanguageChange) render();
}

void QuizPanel::render() {
  QFont f = font();
  f.setPointSizeF((font().pointSizeF() > 0 ? font().pointSizeF() : 10.0) * scale_);  // this widget's own font is never changed
  QFont big = f;
  big.setPointSizeF(f.pointSizeF() * 1.2);
  big.setBold(true);
  title_->setFont(f);
  prompt_->setFont(big);
  context_->setFont(f);
  feedback_->setFont(f);
  show_->setText(tr("Show &me"));
  show_->setToolTip(tr("Go to the step that shows the answer"));
  show_->setFont(f);
  skip_->setText(tr("S&kip"));
  skip_->setToolTip(tr("Skip this question (Alt+K)"));
  skip_->setFont(f);
  for (QPushButton* b : buttons_) b->deleteLater();
  buttons_.clear();
  if (!current_ || !trace_) {
    prompt_->clear();
    context_->clear();
    feedback_->clear();
    return;
  }
  const svm::QuizQuestion& q = *current_;
  const WordedQuestion w = QuizWording::word(q, *trace_);
  int index = 0;
  for (const svm::QuizQuestion& x : questions_) {
    ++index;
    if (x.state == q.state) break;
  }
  title_->setText(tr("\u2753 Predict the next step \u2014 question %1 of %2").arg(index).arg(questions_.size()));
  prompt_->setText(w.prompt);
  context_->setText(w.context);
  context_->setVisible(!w.context.isEmpty());
  const bool done = answered_.contains(q.state);
  const int chosen = choice_.value(q.state, -2);
  for (int i = 0; i < w.choices.size(); ++i) {
    QString mark;
    if (done && i == q.answer) mark = QStringLiteral("\u2714 ");
    else if (done && i == chosen) mark = QStringLiteral("\u2718 ");
    auto* b = new QPushButton(QStringLiteral("%1&%2  %3").arg(mark, QChar(u'A' + i), w.choices[i]), choices_box_);
    b->setObjectName(QStringLiteral("quizChoice%1").arg(i));
    b->setFont(f);
    b->setEnabled(!done);
    b->setToolTip(tr("Answer %1 (Alt+%2)").arg(w.choices[i], QChar(u'A' + i)));
    b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
    connect(b, &QPushButton::clicked, this, [this, i] { answer(i); });
    choices_layout_->addWidget(b);
    buttons_.push_back(b);
  }
  if (!done) {
    feedback_->clear();
    feedback_->hide();
  } else {
    const bool skipped = chosen == -1;
    const bool ok = !skipped && q.correct(chosen);
    const QString verdict = skipped ? tr("Skipped. The answer is %1.").arg(w.choices.value(q.answer))
                                    : QuizWording::verdict(q, w, chosen);
    const QString sign = skipped ? QStringLiteral("\u2192") : ok ? QStringLiteral("\u2714") : QStringLiteral("\u2718");
    feedback_->setText(QStringLiteral("<b style='color:%1'>%2 %3</b> %4")
                           .arg((ok ? kRight : kWrong).name(), sign, verdict.toHtmlEscaped(),
                                w.explanation.toHtmlEscaped()));
    feedback_->show();
  }
  show_->setVisible(done && q.reveal != q.state);
  skip_->setVisible(!done);
}

}  // namespace svmlab
