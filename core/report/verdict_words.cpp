#include "core/report/verdict_words.h"

#include <algorithm>
#include <map>

#include "core/engine/refs.h"
#include "core/report/mail.h"

namespace svm {

namespace {

std::string thread_name(const Config& cfg, int tid) {
  return tid >= 0 && static_cast<size_t>(tid) < cfg.threads.size() ? ascii_line(cfg.threads[static_cast<size_t>(tid)].name) : "-";
}

// "a, b and c"
std::string listing(const std::vector<std::string>& xs) {
  std::string out;
  for (size_t i = 0; i < xs.size(); ++i) out += (i == 0 ? "" : i + 1 == xs.size() ? " and " : ", ") + xs[i];
  return out;
}

std::string sentence(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s += '.';
  return s;
}

// The checker's message without its own "kind: " prefix.
std::string message_body(const Violation& v) {
  std::string m = ascii_line(v.message.english());
  const std::string prefix = std::string(violation_kind_name(v.kind)) + ": ";
  if (m.rfind(prefix, 0) == 0) m = m.substr(prefix.size());
  return m;
}

VerdictPart leak_part(const Trace& t, const Violation& v) {
  VerdictPart p;
  std::vector<std::string> ids;
  for (ObjId o : v.objects) ids.push_back(to_string(o));
  if (v.cycle.size() < 2) {
    p.sentence = sentence("Leak: " + message_body(v));
    return p;
  }
  std::vector<std::string> in_cycle;
  for (ObjId o : v.cycle) in_cycle.push_back(to_string(o));
  p.sentence = "Leak: " + listing(ids) + (ids.size() > 1 ? " are" : " is") +
               " unreachable (no running task refers to them), yet nothing frees them: in the cycle " +
               listing(in_cycle) + " each is freed only through the one before it.";
  const std::vector<Ref> refs = references(t.states.back(), *t.cfg);
  for (size_t i = 0; i < v.cycle.size(); ++i) {
    const ObjId a = v.cycle[i], b = v.cycle[(i + 1) % v.cycle.size()];
    const Ref* best = strongest_ref(refs, a, b);
    std::string link = to_string(a) + " -> " + to_string(b);
    if (best) {
      const std::string label = ascii_line(best->what);
      switch (best->kind) {
        case RefKind::Counted:
          link += ": holds its " + std::string(counter_name(best->counter)) + " (" + label + ")";
          break;
        case RefKind::Owns: link += ": owns it (" + label + ")"; break;
        case RefKind::Pointer: link += ": points to it, counts nothing (" + label + ")"; break;
      }
    }
    p.cycle_links.push_back(link);
  }
  return p;
}

// The kind as a sentence starts: "Use-after-free", "Dangling hardware pointer".
std::string kind_heading(ViolationKind k) {
  switch (k) {
    // Say what is dangling and whose bug an internal error is: "Dangling"
    // and "Internal" alone tell a reader of the mail nothing.
    case ViolationKind::Dangling: return N_("Dangling hardware pointer");
    case ViolationKind::Internal: return N_("Simulator bug (in SVM Lab, not in the kernel)");
    default: break;
  }
  std::string kind(violation_kind_name(k));
  kind[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(kind[0])));
  return kind;
}

}  // namespace

std::vector<VerdictPart> verdict_parts(const Trace& t) {
  const Config& cfg = *t.cfg;
  const auto vs = t.violations();
  if (vs.empty() && !t.bound.empty())  // an early stop is never "no violation"
    return {{"No verdict: no violation in the " + std::to_string(t.steps.size()) +
                 " steps run, but the run " + ascii_line(t.bound.english()) + ".",
             {}}};
  if (vs.empty())
    return {{"No violation: nothing leaks, nothing is used after it is freed, no reference count goes wrong.", {}}};
  // The same fault on the same objects at several steps is one part.
  std::vector<std::vector<const Violation*>> groups;
  for (const Violation& v : vs) {
    auto same = [&](const std::vector<const Violation*>& g) {
      return g.front()->kind == v.kind && g.front()->objects == v.objects && v.step >= 0 && g.front()->step >= 0;
    };
    const auto it = std::find_if(groups.begin(), groups.end(), same);
    if (it == groups.end()) groups.push_back({&v});
    else it->push_back(&v);
  }
  std::vector<VerdictPart> out;
  for (const auto& g : groups) {
    const Violation& v = *g.front();
    if (v.kind == ViolationKind::Leak) {
      out.push_back(leak_part(t, v));
      continue;
    }
    std::string kind = kind_heading(v.kind);
    std::string where;
    if (v.step >= 0) {
      std::string steps;
      for (const Violation* x : g) steps += (steps.empty() ? "" : ", ") + std::to_string(x->step);
      where = (g.size() > 1 ? " at steps " : " at step ") + steps + " (" + thread_name(cfg, v.thread) +
              (v.function.empty() ? "" : ", in " + ascii_line(v.function) + "()") + ")";
    } else {
      where = " at the end of the run";
    }
    out.push_back({sentence(kind + where + ": " + message_body(v)), {}});
  }
  return out;
}

std::string verdict_summary(const Trace& t) {
  std::map<std::string, int> kinds;
  std::vector<std::string> order;
  for (const Violation& v : t.violations()) {
    const std::string k(violation_kind_name(v.kind));
    if (kinds[k]++ == 0) order.push_back(k);
  }
  // Stopped at a bound: leaks were not checked, so even what was found is not the whole verdict.
  if (!t.bound.empty()) return order.empty() ? "no verdict (the run stopped early)" : listing(order) + " (the run stopped early)";
  return order.empty() ? "no violation" : listing(order);
}

}  // namespace svm
