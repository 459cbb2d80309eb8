#pragma once
// The "predict the next step" panel. In quiz mode, when the cursor reaches a
// state with a question, the panel asks it and the main window's forward
// steps wait until the student answers (or skips): the prediction comes
// before the reveal. After an answer it says right or wrong, gives the
// explanation, and offers to show the step that proves it. Keys: Alt+A..D
// (the choices' mnemonics), Alt+K to skip (Esc belongs to presentation mode).

#include <QFrame>
#include <QSet>
#include <memory>
#include <optional>
#include <vector>

#include "app/classroom/quiz_wording.h"
#include "core/report/quiz.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace svmlab {

class QuizPanel : public QFrame {
  Q_OBJECT

 public:
  explicit QuizPanel(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace);
  const std::vector<svm::QuizQuestion>& questions() const { return questions_; }
  // The cursor moved to `state`: ask its question (if not answered yet), keep
  // showing the last answer while the cursor is inside its reveal window,
  // else hide.
  void showFor(int state);
  // An unanswered question is on screen: forward steps must wait.
  bool pending() const { return current_.has_value() && !answered_.contains(current_->state); }
  bool hasQuestionAt(int state) const;
  bool isAnswered(int state) const { return answered_.contains(state); }

  // Answer the current question; returns whether it was right.
  bool answer(int choice);
  void skip();

  std::optional<svm::QuizQuestion> current() const { return current_; }
  QString promptText() const;
  QString feedbackText() const;
  int rightAnswers() const { return right_; }
  int answeredCount() const { return static_cast<int>(answered_.size()); }

  void setFontScale(double scale);

 signals:
  void answered(int state, bool correct);
  void skipped(int state);
  void revealRequested(int state);  // "Show me": go to the state that proves the answer
  void pendingChanged(bool pending);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void render();

  std::shared_ptr<const svm::Trace> trace_;
  std::vector<svm::QuizQuestion> questions_;
  std::optional<svm::QuizQuestion> current_;
  QSet<int> answered_;       // question states answered or skipped
  QHash<int, int> choice_;   // question state -> chosen index (-1: skipped)
  int right_ = 0;
  double scale_ = 1.0;

  QLabel* title_;
  QLabel* prompt_;
  QLabel* context_;
  QWidget* choices_box_;
  QVBoxLayout* choices_layout_;
  std::vector<QPushButton*> buttons_;
  QLabel* feedback_;
  QPushButton* show_;
  QPushButton* skip_;
};

}  // namespace svmlab
