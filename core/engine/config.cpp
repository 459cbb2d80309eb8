#include "core/engine/config.h"

#include "core/engine/function.h"
#include "core/engine/machine.h"

namespace svm {

int Config::find_thread(std::string_view name) const {
  for (size_t i = 0; i < threads.size(); ++i)
    if (threads[i].name == name) return static_cast<int>(i);
  return -1;
}

namespace {
int find_kind(const Config& c, ThreadKind k, int index) {
  for (size_t i = 0; i < c.threads.size(); ++i)
    if (c.threads[i].kind == k && (index < 0 || c.threads[i].index == index)) return static_cast<int>(i);
  return -1;
}
}  // namespace

int Config::process_thread(int p) const { return find_kind(*this, ThreadKind::Process, p); }
int Config::device_thread(int d) const { return find_kind(*this, ThreadKind::Device, d); }
int Config::prq_thread() const { return find_kind(*this, ThreadKind::PrqIrq, -1); }
int Config::kworker_thread() const { return find_kind(*this, ThreadKind::Kworker, -1); }

int Config::device_by_sid(uint16_t sid) const {
  for (size_t i = 0; i < scenario->devices.size(); ++i)
    if (scenario->devices[i].sid == sid) return static_cast<int>(i);
  return -1;
}

std::string make_config(std::shared_ptr<const Scenario> s, const Variant& v, Config& out) {
  out = {};
  out.scenario = s;
  out.variant = &v;
  out.fns = &functions(v);
  auto add = [&](std::string name, ThreadKind kind, int index, bool daemon) {
    ThreadSpec t;
    t.name = std::move(name);
    t.kind = kind;
    t.index = index;
    t.daemon = daemon;
    out.threads.push_back(std::move(t));
  };
  for (size_t i = 0; i < s->processes.size(); ++i) add(s->processes[i].name, ThreadKind::Process, static_cast<int>(i), false);
  for (size_t i = 0; i < s->devices.size(); ++i) add(s->devices[i].name, ThreadKind::Device, static_cast<int>(i), false);
  add("prq", ThreadKind::PrqIrq, -1, true);
  add("kworker", ThreadKind::Kworker, -1, true);
  add("iommu", ThreadKind::Iommu, -1, true);

  auto actions_of = [&](const ThreadSpec& t) -> const std::vector<Action>* {
    if (t.kind == ThreadKind::Process) return &s->processes[t.index].actions;
    if (t.kind == ThreadKind::Device) return &s->devices[t.index].actions;
    return nullptr;
  };
  auto resolve = [&](const std::string& what, AfterRef& ref) -> std::string {
    if (what.empty()) return {};
    const auto at = what.find('@');
    if (at != std::string::npos) {
      ref.thread = out.find_thread(what.substr(0, at));
      ref.milestone = parse_milestone(what.substr(at + 1));
      if (ref.thread < 0 || !ref.milestone) return "no thread and milestone \"" + what + "\"";
      return {};
    }
    for (size_t ti = 0; ti < out.threads.size(); ++ti) {
      const auto* other = actions_of(out.threads[ti]);
      if (!other) continue;
      for (size_t ai = 0; ai < other->size(); ++ai)
        if ((*other)[ai].label == what) {
          ref.thread = static_cast<int>(ti);
          ref.action = static_cast<int>(ai) + 1;
          return {};
        }
    }
    return "no action is labelled \"" + what + "\"";
  };
  for (auto& t : out.threads) {
    const auto* acts = actions_of(t);
    if (!acts) continue;
    for (const Action& a : *acts) {
      AfterRef ref;
      if (std::string e = resolve(a.after, ref); !e.empty()) return "\"after\": " + e;
      t.after.push_back(ref);
      const std::string& fd_name = a.type == ActionType::Open ? a.name : a.fd;
      int slot = -1;
      if (!fd_name.empty()) {
        for (size_t i = 0; i < out.fd_names.size(); ++i)
          if (out.fd_names[i] == fd_name) slot = static_cast<int>(i);
        if (slot < 0) {
          slot = static_cast<int>(out.fd_names.size());
          out.fd_names.push_back(fd_name);
        }
      }
      t.fd_slot.push_back(slot);
    }
  }
  for (const Hold& h : s->holds) {
    HoldRef hr;
    hr.thread = out.find_thread(h.thread);
    if (hr.thread < 0) return "\"hold\": no thread named \"" + h.thread + "\"";
    if (std::string e = resolve(h.until, hr.until); !e.empty()) return "\"hold\": " + e;
    if (!h.in.empty()) {
      hr.fn = find_fn(h.in);
      if (!hr.fn) return "\"hold\": no function named \"" + h.in + "\"";
      const FnDef& d = functions(v)[*hr.fn];
      if (h.line.empty()) {
        // The function's first line in this variant: where a call lands.
        for (size_t i = 0; i < d.ops.size() && hr.pc < 0; ++i)
          if (op_present(d.ops[i], v)) hr.pc = static_cast<int>(i);
      } else {
        const std::vector<int> ops = ops_quoting(d, h.line);
        if (ops.size() != 1 || !op_present(d.ops[static_cast<size_t>(ops.front())], v))
          return "\"hold\": no one line of " + h.in + "() in " + std::string(v.id) + " contains \"" + h.line + "\"";
        hr.pc = ops.front();
      }
      if (hr.pc < 0) return "\"hold\": " + h.in + "() has no line in " + std::string(v.id);
    }
    out.holds.push_back(hr);
  }
  return {};
}

bool happened(const Machine& m, const AfterRef& r) {
  if (r.thread < 0) return true;
  const Thread& o = (*m.threads)[r.thread];
  if (r.milestone) return (o.milestones & (1u << static_cast<unsigned>(*r.milestone))) != 0;
  return o.done >= r.action;
}

}  // namespace svm
