#pragma once
// The words of a quiz question in the reader's language. The core gives facts
// (svm::QuizQuestion); this turns them into a prompt, choice labels and an
// explanation. Authored questions come in the scenario's words, translated in
// the "scenario" context where the built-in scenarios have a translation.
// Kernel identifiers (mm_users, exit_mm, mm#1) are never translated.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/report/quiz.h"

namespace svmlab {

struct WordedQuestion {
  QString prompt;       // plain text
  QString context;      // what the student sees now ("mm#1 mm_users is 2 now."), may be empty
  QStringList choices;  // one label per choice
  QString explanation;  // why the answer is right, plain text
};

class QuizWording {
  Q_DECLARE_TR_FUNCTIONS(QuizWording)

 public:
  static WordedQuestion word(const svm::QuizQuestion& q, const svm::Trace& t);
  // "Right." / "Not quite: the answer is 1."
  static QString verdict(const svm::QuizQuestion& q, const WordedQuestion& w, int choice);
};

// A scenario's own text in the current language (the "scenario" context).
QString scenario_text(const std::string& text);

}  // namespace svmlab
