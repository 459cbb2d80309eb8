#include "core/report/quiz.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/driver/variant.h"
#include "core/engine/function.h"
#include "core/engine/milestone.h"
#include "core/engine/refs.h"
#include "core/report/narration.h"

namespace svm {

namespace {

using CounterKey = std::pair<ObjId, std::string>;

std::map<CounterKey, int64_t> counter_map(const Machine& m) {
  std::map<CounterKey, int64_t> out;
  for (const Counter& c : counters(m)) out[{c.obj, std::string(c.name)}] = c.value;
  return out;
}

// The state at which the function entered by step `i` (1-based) has returned:
// the state before the thread's next step at a smaller depth, or the last.
int return_state(const Trace& t, int i) {
  const StepRecord& entry = t.steps[static_cast<size_t>(i - 1)];
  for (size_t k = static_cast<size_t>(i); k < t.steps.size(); ++k)
    if (t.steps[k].thread == entry.thread && t.steps[k].depth < entry.depth) return static_cast<int>(k);
  return static_cast<int>(t.steps.size());
}

// Which counter a person should watch: mm_users first (the story is about
// it), then mm_count, then a file's f_count; among those, one that changes.
int counter_rank(const CounterKey& k) {
  if (k.second == "mm_users") return 0;
  if (k.second == "mm_count") return 1;
  if (k.second == "f_count") return 2;
  return 3;
}

std::optional<QuizQuestion> counter_question(const Trace& t, int i) {
  const int end = return_state(t, i);
  const auto before = counter_map(t.states[static_cast<size_t>(i - 1)]);
  const auto after = counter_map(t.states[static_cast<size_t>(end)]);
  std::optional<CounterKey> best;
  bool best_changes = false;
  for (const auto& kv : before) {
    const CounterKey& k = kv.first;  // not a structured binding: clang 14 cannot capture those
    const auto v = kv.second;
    if (counter_rank(k) > 2) continue;
    const auto it = after.find(k);
    const bool changes = (it == after.end() ? 0 : it->second) != v;
    const auto better = [&] {
      if (!best) return true;
      if (changes != best_changes) return changes;
      return counter_rank(k) < counter_rank(*best);
    };
    if (better()) best = k, best_changes = changes;
  }
  if (!best) return std::nullopt;
  QuizQuestion q;
  q.kind = QuizKind::Counter;
  q.state = i - 1;
  q.reveal = end;
  q.obj = best->first;
  q.counter = best->second;
  q.before = before.at(*best);
  const auto it = after.find(*best);
  q.after = it == after.end() ? 0 : it->second;  // freed: its count reached 0
  // Choices: the right value, the value now, and their neighbours; four, ascending.
  std::set<int64_t> values{q.before, q.after};
  for (int64_t d : {1, -1, 2, -2})
    for (int64_t base : {q.before, q.after})
      if (values.size() < 4 && base + d >= 0) values.insert(base + d);
  for (int64_t v : values) q.choices.push_back(std::to_string(v));
  q.answer = static_cast<int>(std::distance(values.begin(), values.find(q.after)));
  return q;
}

std::optional<QuizQuestion> freed_question(const Trace& t, int i) {
  for (size_t k = static_cast<size_t>(i - 1); k < t.steps.size(); ++k) {
    const auto freed = std::find_if(t.steps[k].freed.begin(), t.steps[k].freed.end(),
                                    [](ObjId o) { return o.kind != Kind::Frame; });
    if (freed == t.steps[k].freed.end()) continue;
    QuizQuestion q;
    q.kind = QuizKind::FreedNext;
    q.state = i - 1;
    q.reveal = static_cast<int>(k) + 1;
    q.obj = *freed;
    q.freed_by = std::string(fn_name(t.steps[k].fn));
    // The other choices: objects alive now, of other kinds first, in id order.
    std::vector<ObjId> others;
    for (const ObjInfo& o : objects(t.states[static_cast<size_t>(i - 1)], *t.cfg))
      if (o.alive && o.id.kind != Kind::Frame && o.id != q.obj) others.push_back(o.id);
    std::stable_sort(others.begin(), others.end(),
                     [&](ObjId a, ObjId b) { return (a.kind == q.obj.kind) < (b.kind == q.obj.kind); });
    if (others.empty()) return std::nullopt;
    others.resize(std::min<size_t>(others.size(), 3));
    others.push_back(q.obj);
    std::sort(others.begin(), others.end());
    for (ObjId o : others) q.choices.push_back(to_string(o));
    q.answer = static_cast<int>(std::find(others.begin(), others.end(), q.obj) - others.begin());
    return q;
  }
  return std::nullopt;  // nothing is freed any more: the leak question tells that story
}

QuizQuestion leak_question(const Trace& t, int i) {
  QuizQuestion q;
  q.kind = QuizKind::Leak;
  q.state = i - 1;
  q.reveal = static_cast<int>(t.steps.size());
  q.choices = {"yes", "no"};
  q.answer = 1;
  for (const Violation& v : t.end)
    if (v.kind == ViolationKind::Leak) {
      q.answer = 0;
      q.detail = v.message.english();
      q.cycle = v.cycle;
      break;
    }
  return q;
}

}  // namespace

std::vector<QuizQuestion> quiz_questions(const Trace& t) {
  std::vector<QuizQuestion> out;
  if (!t.cfg || t.states.size() != t.steps.size() + 1) return out;
  std::set<int> asked;
  // Authored first: they win over generated ones at the same state.
  for (const Question& a : t.cfg->scenario->questions) {
    if (!a.variant.empty() && a.variant != t.cfg->variant->id) continue;
    for (int i = 1; i <= static_cast<int>(t.steps.size()); ++i) {
      if (!narration_matches(t, i, a.at) || asked.count(i - 1)) continue;
      QuizQuestion q;
      q.kind = QuizKind::Authored;
      q.state = i - 1;
      q.reveal = i;
      q.choices = a.choices;
      q.answer = a.answer;
      q.authored = &a;
      q.function = std::string(fn_name(t.steps[static_cast<size_t>(i - 1)].fn));
      asked.insert(q.state);
      out.push_back(std::move(q));
      break;  // once, at the first step it names
    }
  }
  std::set<Milestone> seen;
  for (int i = 1; i <= static_cast<int>(t.steps.size()); ++i) {
    const StepRecord& s = t.steps[static_cast<size_t>(i - 1)];
    if (!s.milestone || asked.count(i - 1) || !seen.insert(*s.milestone).second) continue;
    std::optional<QuizQuestion> q;
    switch (*s.milestone) {
      case Milestone::DoExit: q = leak_question(t, i); break;
      case Milestone::ExitMmap:
      case Milestone::FinalMmdrop: q = freed_question(t, i); break;
      default: q = counter_question(t, i); break;
    }
    if (!q) continue;
    q->function = std::string(fn_name(s.fn));
    asked.insert(q->state);
    out.push_back(std::move(*q));
  }
  std::sort(out.begin(), out.end(), [](const QuizQuestion& a, const QuizQuestion& b) { return a.state < b.state; });
  return out;
}

std::optional<QuizQuestion> quiz_question_at(const std::vector<QuizQuestion>& qs, int state) {
  for (const QuizQuestion& q : qs)
    if (q.state == state) return q;
  return std::nullopt;
}

}  // namespace svm
