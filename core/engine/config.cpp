#include "core/engine/config.h"

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
  for (auto& t : out.threads) {
    const auto* acts = actions_of(t);
    if (!acts) continue;
    for (const Action& a : *acts) {
      AfterRef ref;
      if (!a.after.empty()) {
        const auto at = a.after.find('@');
        if (at != std::string::npos) {
          ref.thread = out.find_thread(a.after.substr(0, at));
          ref.milestone = parse_milestone(a.after.substr(at + 1));
          if (ref.thread < 0 || !ref.milestone) return "\"after\": no thread and milestone \"" + a.after + "\"";
        } else {
          for (size_t ti = 0; ti < out.threads.size() && ref.thread < 0; ++ti) {
            const auto* other = actions_of(out.threads[ti]);
            if (!other) continue;
            for (size_t ai = 0; ai < other->size(); ++ai)
              if ((*other)[ai].label == a.after) {
                ref.thread = static_cast<int>(ti);
                ref.action = static_cast<int>(ai) + 1;
                break;
              }
          }
          if (ref.thread < 0) return "\"after\": no action is labelled \"" + a.after + "\"";
        }
      }
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
  return {};
}

}  // namespace svm
