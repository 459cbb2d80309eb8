#include "core/report/narration.h"

#include "core/engine/function.h"
#include "core/engine/milestone.h"

namespace svm {

namespace {

const std::vector<Action>* actions_of(const Config& cfg, int tid) {
  const ThreadSpec& ts = cfg.threads[tid];
  if (ts.kind == ThreadKind::Process) return &cfg.scenario->processes[ts.index].actions;
  if (ts.kind == ThreadKind::Device) return &cfg.scenario->devices[ts.index].actions;
  return nullptr;
}

// The action this step completed (done counter moved past it), or -1.
int completed_action(const Trace& t, int i) {
  const StepRecord& s = t.steps[i - 1];
  const uint16_t before = (*t.states[i - 1].threads)[s.thread].done;
  const uint16_t after = (*t.states[i].threads)[s.thread].done;
  return after > before ? after - 1 : -1;
}

// The action this step started (action counter moved), or -1.
int started_action(const Trace& t, int i) {
  const StepRecord& s = t.steps[i - 1];
  const uint16_t before = (*t.states[i - 1].threads)[s.thread].action;
  const uint16_t after = (*t.states[i].threads)[s.thread].action;
  return after > before ? after - 1 : -1;
}

}  // namespace

bool narration_matches(const Trace& t, int i, const std::string& at) {
  if (i < 1 || i > static_cast<int>(t.steps.size())) return false;
  const Config& cfg = *t.cfg;
  const StepRecord& s = t.steps[i - 1];
  if (at.rfind("step:", 0) == 0) return at.substr(5) == std::to_string(i);
  const auto sep = at.find('@');
  if (sep != std::string::npos) {
    return s.milestone && cfg.threads[s.thread].name == at.substr(0, sep) &&
           milestone_name(*s.milestone) == at.substr(sep + 1);
  }
  if (s.milestone && milestone_name(*s.milestone) == at) return true;
  // A label: the step that completed the labelled action.
  const int done = completed_action(t, i);
  if (done >= 0) {
    const auto* acts = actions_of(cfg, s.thread);
    if (acts && done < static_cast<int>(acts->size()) && (*acts)[done].label == at) return true;
  }
  return false;
}

StepStory story_of(const Trace& t, int i) {
  StepStory st;
  if (i < 1 || i > static_cast<int>(t.steps.size())) return st;
  const Config& cfg = *t.cfg;
  const StepRecord& s = t.steps[i - 1];
  for (const Narration& n : cfg.scenario->narration)
    if (narration_matches(t, i, n.at)) st.scenario.push_back(n.text);
  const int started = started_action(t, i);
  if (started >= 0) {
    const auto* acts = actions_of(cfg, s.thread);
    if (acts && started < static_cast<int>(acts->size()) && !(*acts)[started].note.empty())
      st.scenario.push_back((*acts)[started].note);
  }
  st.model = s.note;
  st.source = (s.kind == StepKind::Enter ? std::string(fn_name(s.fn)) + "() {" : std::string(s.text)) + "  [" +
              std::string(fn_name(s.fn)) + ", " + source_of(s.fn, *cfg.variant) + "]";
  return st;
}

}  // namespace svm
