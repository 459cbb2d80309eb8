#pragma once
// What to say about a step. The scenario's own words where it has them
// (narration entries matched by milestone, thread@milestone, label or
// step:N, and the note of the action the step starts), else the model's own
// description of the step. Shared by the narration panel, slides and mail.

#include <string>
#include <vector>

#include "core/engine/run.h"

namespace svm {

struct StepStory {
  std::vector<std::string> scenario;  // narration entries and action notes that match this step
  Text model;                         // the step's own note (what the model says happened)
  std::string source;                 // the line it executed, with its function and file
};

// About the step that led to states[state_index] (state_index >= 1).
StepStory story_of(const Trace& t, int state_index);

// Does a narration "at" key match the step that led to states[state_index]?
bool narration_matches(const Trace& t, int state_index, const std::string& at);

}  // namespace svm
