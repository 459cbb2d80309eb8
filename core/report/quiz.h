#pragma once
// "Predict the next step": quiz questions drawn from a trace. Before a moment
// of the story is revealed, the student commits to a prediction, then sees the
// answer and why. Two sources:
//  - authored: the scenario's "questions" (asked just before the step their
//    "at" key names, as narration keys do), optionally for one variant only;
//  - generated, at the milestones no authored question covers:
//      Counter   "what will mm#1 mm_users be when exit_mm() returns?"
//      FreedNext "which object is freed next?"
//      Leak      "will this run leak?" (at do_exit, from the checker)
// The core words nothing: a question carries structured facts (objects,
// counters, values, function names) and language-neutral choice tokens, and
// the GUI words it in the reader's language. Choice tokens are numbers for
// Counter, object ids ("mm#1") for FreedNext, "yes"/"no" for Leak, and the
// scenario's own text for Authored.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/run.h"

namespace svm {

enum class QuizKind : uint8_t { Authored, Counter, FreedNext, Leak };

struct QuizQuestion {
  QuizKind kind = QuizKind::Authored;
  int state = 0;   // asked while the cursor is at states[state], before step state+1
  int reveal = 0;  // the state that shows the answer (for Leak: the last state)
  std::vector<std::string> choices;
  int answer = 0;  // index into choices

  std::string function;  // the function entered by step state+1 ("exit_mm")
  // Counter: obj's counter goes from `before` (at `state`) to `after` (at
  // `reveal`, when `function` returns); 0 when the object is gone by then.
  ObjId obj;
  std::string counter;
  int64_t before = 0, after = 0;
  // FreedNext: who frees it, and at which step (1-based); Leak: the checker's
  // message (empty when nothing leaks).
  std::string freed_by;
  std::string detail;
  std::vector<ObjId> cycle;  // Leak: the reference cycle that holds it, if any
  const Question* authored = nullptr;  // Authored: the scenario's question (owned by the trace's scenario)

  bool correct(int choice) const { return choice == answer; }
};

// Every question of the trace, ordered by `state`, at most one per state.
std::vector<QuizQuestion> quiz_questions(const Trace& t);

// The question asked at `state`, if any.
std::optional<QuizQuestion> quiz_question_at(const std::vector<QuizQuestion>& qs, int state);

}  // namespace svm
