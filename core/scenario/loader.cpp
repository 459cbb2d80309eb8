#include "core/scenario/loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cctype>
#include <charconv>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/base/types.h"
#include "core/driver/variant.h"
#include "core/engine/function.h"
#include "core/engine/milestone.h"
#include "core/patch/hunks.h"
#include "core/scenario/json_doc.h"
#include "core/scenario/printable.h"

namespace svm {

std::string LoadError::format() const {
  // One line whatever the author wrote: the message quotes their keys and values.
  return printable(file) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + printable(message);
}

namespace {

using json::Node;

struct Fail {
  json::Pos pos;
  std::string message;
};

[[noreturn]] void fail(json::Pos p, std::string msg) { throw Fail{p, std::move(msg)}; }

std::string quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Only these keys; anything else is a typo the author wants to hear about.
void only_keys(const Node& obj, std::initializer_list<std::string_view> keys, std::string_view what) {
  for (size_t i = 0; i < obj.members.size(); ++i) {
    const std::string& k = obj.members[i].first;
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) {
      std::string allowed;
      for (auto a : keys) allowed += (allowed.empty() ? "" : ", ") + std::string(a);
      fail(obj.key_pos[i], "unknown key " + quote(k) + " in " + std::string(what) + " (allowed: " + allowed + ")");
    }
  }
}

const Node& need(const Node& obj, std::string_view key, std::string_view what) {
  const Node* n = obj.find(key);
  if (!n) fail(obj.pos, std::string(what) + " needs " + quote(key));
  return *n;
}

const Node& expect(const Node& n, Node::Type t, std::string_view what) {
  if (n.type != t) {
    const char* want = t == Node::Type::Object ? "an object" : t == Node::Type::Array ? "an array" :
                       t == Node::Type::String ? "a string" : t == Node::Type::Bool ? "true or false" : "a value";
    fail(n.pos, std::string(what) + " must be " + want + ", not " + std::string(n.type_name()));
  }
  return n;
}

std::string str(const Node& n, std::string_view what) { return expect(n, Node::Type::String, what).s; }

std::string name(const Node& n, std::string_view what) {
  std::string s = str(n, what);
  if (s.empty() || s.size() > 32) fail(n.pos, std::string(what) + " must be 1 to 32 characters");
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'))
      fail(n.pos, std::string(what) + " " + quote(s) + " may only use letters, digits, '_', '-' and '.'");
  return s;
}

bool boolean(const Node& n, std::string_view what) { return expect(n, Node::Type::Bool, what).b; }

uint64_t unsigned_value(const Node& n, std::string_view what, uint64_t lo, uint64_t hi) {
  uint64_t v = 0;
  if (n.type == Node::Type::Uint) {
    v = n.u;
  } else if (n.type == Node::Type::Int) {
    if (n.i < 0) fail(n.pos, std::string(what) + " must not be negative");
    v = static_cast<uint64_t>(n.i);
  } else if (n.type == Node::Type::String) {
    std::string_view s = n.s;
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
      s.remove_prefix(2);
      base = 16;
    }
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size())
      fail(n.pos, std::string(what) + " " + quote(n.s) + " is not a number (write 4096 or \"0x1000\")");
  } else if (n.type == Node::Type::Float) {
    fail(n.pos, std::string(what) + " must be a whole number (or a \"0x...\" string for large addresses)");
  } else {
    fail(n.pos, std::string(what) + " must be a number, not " + std::string(n.type_name()));
  }
  if (v < lo || v > hi)
    fail(n.pos, std::string(what) + " " + std::to_string(v) + " is out of range (" + std::to_string(lo) + " to " +
                    std::to_string(hi) + ")");
  return v;
}

uint16_t source_id(const Node& n) {
  if (n.type == Node::Type::String) {
    // "bb:dd.f"
    unsigned b = 0, d = 0, f = 0;
    char c1 = 0, c2 = 0;
    std::istringstream in(n.s);
    in >> std::hex >> b >> c1 >> d >> c2 >> f;
    if (in && c1 == ':' && c2 == '.' && b < 256 && d < 32 && f < 8 && in.peek() == EOF)
      return static_cast<uint16_t>(b << 8 | d << 3 | f);
    fail(n.pos, "\"sid\" " + quote(n.s) + " must be a PCI address bus:device.function, like \"00:02.0\"");
  }
  return static_cast<uint16_t>(unsigned_value(n, "\"sid\"", 0, 0xffff));
}

uint64_t address(const Node& n, std::string_view what, bool user, bool any_canonicity = false) {
  const uint64_t a = unsigned_value(n, what, 0, ~0ULL);
  if (a & 0xfff) fail(n.pos, std::string(what) + " " + hex(a) + " is not page aligned");
  if (!any_canonicity && !is_canonical(a)) fail(n.pos, std::string(what) + " " + hex(a) + " is not a canonical x86-64 address");
  if (user && a >= kTaskSize) fail(n.pos, std::string(what) + " " + hex(a) + " is not a user-space address");
  return a;
}

// The whole range an action covers, not only its start: its last page must
// be canonical too (a range may neither wrap past 2^64 nor run into the
// non-canonical hole), and a user range must end by TASK_SIZE. Reported at
// "pages" when the action has it (the length is what runs over), else "addr".
void whole_range(const Node& action, uint64_t addr, uint64_t pages, bool user) {
  const Node* at = action.find("pages") ? action.find("pages") : action.find("addr");
  const uint64_t len = pages * kPageSize;
  const uint64_t last = addr + (len - kPageSize);
  if (last < addr)
    fail(at->pos, hex(addr) + " + " + std::to_string(pages) + " pages wraps around the end of the address space");
  if (user && last >= kTaskSize)
    fail(at->pos, hex(addr) + " + " + std::to_string(pages) + " pages ends at " + hex(last + kPageSize) +
                      ", past the end of user space (" + hex(kTaskSize) + ")");
  if (!is_canonical(last))
    fail(at->pos, hex(addr) + " + " + std::to_string(pages) + " pages runs into non-canonical addresses (its last page is " +
                      hex(last) + ")");
}

const std::set<std::string_view> kReserved = {"prq", "kworker", "iommu"};

ActionType action_type(const Node& n, bool device) {
  const std::string s = str(n, "\"do\"");
  static const std::vector<std::pair<std::string_view, ActionType>> proc = {
      {"open", ActionType::Open},     {"bind", ActionType::Bind},     {"unbind", ActionType::Unbind},
      {"mmap", ActionType::Mmap},     {"mmap_anon", ActionType::MmapAnon}, {"munmap", ActionType::Munmap},
      {"touch", ActionType::Touch},   {"close", ActionType::Close},   {"fork", ActionType::Fork},
      {"exit", ActionType::Exit},     {"wait", ActionType::Wait}};
  static const std::vector<std::pair<std::string_view, ActionType>> dev = {
      {"dma_read", ActionType::DmaRead}, {"dma_write", ActionType::DmaWrite}, {"quiesce", ActionType::Quiesce},
      {"page_request", ActionType::PageRequest}, {"wait", ActionType::Wait}};
  for (const auto& [k, v] : device ? dev : proc)
    if (k == s) return v;
  std::string allowed;
  for (const auto& [k, v] : device ? dev : proc) allowed += (allowed.empty() ? "" : ", ") + std::string(k);
  fail(n.pos, quote(s) + " is not a " + (device ? "device" : "process") + " action (one of: " + allowed + ")");
}

struct Ctx {
  Scenario sc;
  std::vector<std::vector<json::Pos>> proc_action_pos;  // per process, per action: position of the action
  std::vector<std::vector<json::Pos>> dev_action_pos;
};

Action parse_action(const Node& n, bool device, std::string_view where) {
  expect(n, Node::Type::Object, "an action");
  Action a;
  a.pos = {n.pos.line, n.pos.column};
  a.type = action_type(need(n, "do", "an action"), device);
  const std::initializer_list<std::string_view> common = {"do", "label", "after", "note"};
  auto keys = [&](std::initializer_list<std::string_view> extra) {
    std::vector<std::string_view> all(common);
    all.insert(all.end(), extra.begin(), extra.end());
    for (size_t i = 0; i < n.members.size(); ++i)
      if (std::find(all.begin(), all.end(), n.members[i].first) == all.end()) {
        std::string allowed;
        for (auto x : all) allowed += (allowed.empty() ? "" : ", ") + std::string(x);
        fail(n.key_pos[i], "unknown key " + quote(n.members[i].first) + " for \"do\": " +
                               quote(n.find("do")->s) + " (allowed: " + allowed + ")");
      }
  };
  if (const Node* x = n.find("label")) a.label = name(*x, "\"label\"");
  if (const Node* x = n.find("after")) {
    a.after = str(*x, "\"after\"");
    a.after_pos = {x->pos.line, x->pos.column};
  }
  for (const char* ref : {"fd", "device", "child"})
    if (const Node* x = n.find(ref)) a.ref_pos = {x->pos.line, x->pos.column};
  if (const Node* x = n.find("note")) {
    a.note = str(*x, "\"note\"");
  }
  auto pages = [&] {
    if (const Node* x = n.find("pages")) a.pages = unsigned_value(*x, "\"pages\"", 1, kMaxPages);
  };
  switch (a.type) {
    case ActionType::Open:
      keys({"device", "as"});
      a.device = name(need(n, "device", "\"open\""), "\"device\"");
      a.name = name(need(n, "as", "\"open\""), "\"as\"");
      break;
    case ActionType::Bind:
      keys({"fd", "supervisor"});
      a.fd = name(need(n, "fd", "\"bind\""), "\"fd\"");
      if (const Node* x = n.find("supervisor")) a.supervisor = boolean(*x, "\"supervisor\"");
      break;
    case ActionType::Unbind:
    case ActionType::Close:
      keys({"fd"});
      a.fd = name(need(n, "fd", "this action"), "\"fd\"");
      break;
    case ActionType::Mmap:
      keys({"fd", "addr", "pages"});
      a.fd = name(need(n, "fd", "\"mmap\""), "\"fd\"");
      a.addr = address(need(n, "addr", "\"mmap\""), "\"addr\"", true);
      pages();
      whole_range(n, a.addr, a.pages, true);
      break;
    case ActionType::MmapAnon:
    case ActionType::Munmap:
      keys({"addr", "pages"});
      a.addr = address(need(n, "addr", "this action"), "\"addr\"", true);
      pages();
      whole_range(n, a.addr, a.pages, true);
      break;
    case ActionType::Touch:
      keys({"addr", "write"});
      a.addr = address(need(n, "addr", "\"touch\""), "\"addr\"", true);
      if (const Node* x = n.find("write")) a.write = boolean(*x, "\"write\"");
      break;
    case ActionType::Fork:
      keys({"child"});
      a.child = name(need(n, "child", "\"fork\""), "\"child\"");
      break;
    case ActionType::Exit:
    case ActionType::Quiesce: keys({}); break;
    case ActionType::Wait:
      keys({});
      if (a.after.empty()) fail(n.pos, "\"wait\" needs \"after\"");
      break;
    case ActionType::PageRequest:
      // A page request carries address bits 63:12 as the device sends them:
      // a device may ask for an address no CPU could use, and the kernel's
      // page-request handler must refuse it (the 2020 museum exhibit). The
      // one place a scenario may name a non-canonical address.
      keys({"addr", "write", "pasid"});
      a.addr = address(need(n, "addr", "\"page_request\""), "\"addr\"", false, true);
      if (const Node* x = n.find("write")) a.write = boolean(*x, "\"write\"");
      if (const Node* x = n.find("pasid")) a.pasid = static_cast<uint32_t>(unsigned_value(*x, "\"pasid\"", 0, kPageSize / 8 - 1));
      break;
    case ActionType::DmaRead:
    case ActionType::DmaWrite:
      keys({"addr", "pages", "pasid", "supervisor"});
      a.addr = address(need(n, "addr", "a DMA"), "\"addr\"", false);
      pages();
      if (const Node* x = n.find("pasid")) {
        // The model's PASID table is one page. A PASID past the size the
        // context entry advertises (PTS) but inside the page is legal input:
        // the hardware faults it, which a scenario may want to show.
        constexpr uint64_t kPasidTableEntries = kPageSize / 8;
        a.pasid = static_cast<uint32_t>(unsigned_value(*x, "\"pasid\"", 0, (1 << 20) - 1));
        if (*a.pasid >= kPasidTableEntries)
          fail(x->pos, "\"pasid\" " + std::to_string(*a.pasid) + " is beyond the PASID table (one 4 KiB page: " +
                           std::to_string(kPasidTableEntries) + " entries)");
      }
      if (const Node* x = n.find("supervisor")) a.supervisor = boolean(*x, "\"supervisor\"");
      if (!a.supervisor && a.addr >= kTaskSize) fail(need(n, "addr", "").pos, "a user DMA must target a user-space address (or set \"supervisor\": true)");
      whole_range(n, a.addr, a.pages, !a.supervisor);
      break;
  }
  (void)where;
  return a;
}

std::vector<Action> parse_actions(const Node& n, bool device, std::string_view where) {
  expect(n, Node::Type::Array, "\"actions\"");
  if (n.items.size() > kMaxActions) fail(n.pos, "more than " + std::to_string(kMaxActions) + " actions");
  std::vector<Action> out;
  for (const Node& x : n.items) out.push_back(parse_action(x, device, where));
  return out;
}

Scenario parse(const Node& root, const std::string& file) {
  expect(root, Node::Type::Object, "a scenario");
  only_keys(root, {"format", "id", "title", "summary", "variant", "machine", "processes", "narration", "questions",
                   "schedule", "hold"},
            "the scenario");
  Scenario s;
  s.file = file;
  const Node& fmt = need(root, "format", "a scenario");
  s.format = str(fmt, "\"format\"");
  if (s.format != "svmlab-scenario/1") fail(fmt.pos, "unsupported format " + quote(s.format) + " (this is svmlab-scenario/1)");
  if (const Node* x = root.find("id")) s.id = name(*x, "\"id\"");
  if (const Node* x = root.find("title")) s.title = str(*x, "\"title\"");
  if (const Node* x = root.find("summary")) s.summary = str(*x, "\"summary\"");
  if (const Node* x = root.find("variant")) {
    s.variant = str(*x, "\"variant\"");
    std::string why;
    if (!parse_variant(s.variant, &why)) fail(x->pos, why + " (" + variant_choices() + ")");
  }
  if (const Node* m = root.find("machine")) {
    expect(*m, Node::Type::Object, "\"machine\"");
    only_keys(*m, {"iommu", "devices"}, "\"machine\"");
    if (const Node* io = m->find("iommu")) {
      expect(*io, Node::Type::Object, "\"iommu\"");
      only_keys(*io, {"mode", "pasid_bits", "iotlb_entries", "pasid_cache_entries", "context_cache_entries", "prq_entries",
                      "iq_entries", "fault_records", "supervisor", "prq_overflow_autorespond"},
                "\"iommu\"");
      IommuConfig& c = s.iommu;
      if (const Node* x = io->find("mode")) {
        const std::string mode = str(*x, "\"mode\"");
        if (mode == "ecs")
          c.mode = IommuMode::Ecs;
        else if (mode == "scalable")
          c.mode = IommuMode::Scalable;
        else
          fail(x->pos, "\"mode\" is " + quote(mode) + ": one of \"ecs\" (rev 2.x extended context, Linux v4.4) or "
                       "\"scalable\" (rev 3.x scalable mode, later kernels)");
      }
      if (const Node* x = io->find("pasid_bits")) c.pss = static_cast<uint32_t>(unsigned_value(*x, "\"pasid_bits\"", 1, 9)) - 1;
      if (const Node* x = io->find("iotlb_entries")) c.iotlb_entries = static_cast<uint32_t>(unsigned_value(*x, "\"iotlb_entries\"", 1, 512));
      if (const Node* x = io->find("pasid_cache_entries")) c.pasid_cache_entries = static_cast<uint32_t>(unsigned_value(*x, "\"pasid_cache_entries\"", 1, 64));
      if (const Node* x = io->find("context_cache_entries")) c.context_cache_entries = static_cast<uint32_t>(unsigned_value(*x, "\"context_cache_entries\"", 1, 64));
      if (const Node* x = io->find("prq_entries")) c.prq_entries = static_cast<uint32_t>(unsigned_value(*x, "\"prq_entries\"", 2, 1024));
      if (const Node* x = io->find("iq_entries")) c.iq_entries = static_cast<uint32_t>(unsigned_value(*x, "\"iq_entries\"", 4, 1024));
      if (const Node* x = io->find("fault_records")) c.fault_records = static_cast<uint32_t>(unsigned_value(*x, "\"fault_records\"", 1, 256));
      if (const Node* x = io->find("supervisor")) c.supervisor = boolean(*x, "\"supervisor\"");
      if (const Node* x = io->find("prq_overflow_autorespond")) c.prq_overflow_autorespond = boolean(*x, "\"prq_overflow_autorespond\"");
    }
    if (const Node* ds = m->find("devices")) {
      expect(*ds, Node::Type::Array, "\"devices\"");
      if (ds->items.size() > kMaxDevices) fail(ds->pos, "more than " + std::to_string(kMaxDevices) + " devices");
      for (const Node& dn : ds->items) {
        expect(dn, Node::Type::Object, "a device");
        only_keys(dn, {"name", "sid", "did", "ats", "pri", "devtlb_entries", "max_retries", "actions"}, "a device");
        DeviceSpec d;
        d.name = name(need(dn, "name", "a device"), "\"name\"");
        d.sid = source_id(need(dn, "sid", "a device"));
        if (const Node* x = dn.find("did")) d.did = static_cast<uint16_t>(unsigned_value(*x, "\"did\"", 1, 65535));
        if (const Node* x = dn.find("ats")) d.ats = boolean(*x, "\"ats\"");
        if (const Node* x = dn.find("pri")) d.pri = boolean(*x, "\"pri\"");
        if (const Node* x = dn.find("devtlb_entries")) d.devtlb_entries = static_cast<uint32_t>(unsigned_value(*x, "\"devtlb_entries\"", 1, 256));
        if (const Node* x = dn.find("max_retries")) d.max_retries = static_cast<uint32_t>(unsigned_value(*x, "\"max_retries\"", 0, 16));
        if (const Node* x = dn.find("actions")) d.actions = parse_actions(*x, true, d.name);
        for (const auto& o : s.devices) {
          if (o.name == d.name) fail(dn.find("name")->pos, "two devices are named " + quote(d.name));
          if (o.sid == d.sid) fail(dn.find("sid")->pos, "two devices have source id " + sid_name(SourceId{d.sid}));
        }
        if (d.pri && !d.ats) fail(dn.pos, "a device with PRI needs ATS (page requests follow failed ATS translations)");
        d.portal_pfn = 0xfd000 + s.devices.size();
        s.devices.push_back(std::move(d));
      }
    }
  }
  const Node& ps = need(root, "processes", "a scenario");
  expect(ps, Node::Type::Array, "\"processes\"");
  if (ps.items.empty()) fail(ps.pos, "a scenario needs at least one process");
  if (ps.items.size() > kMaxProcesses) fail(ps.pos, "more than " + std::to_string(kMaxProcesses) + " processes");
  std::vector<json::Pos> name_pos;
  for (const Node& pn : ps.items) {
    expect(pn, Node::Type::Object, "a process");
    only_keys(pn, {"name", "parent", "actions"}, "a process");
    ProcessSpec p;
    p.name = name(need(pn, "name", "a process"), "\"name\"");
    if (const Node* x = pn.find("parent")) p.parent = name(*x, "\"parent\"");
    p.actions = parse_actions(need(pn, "actions", "a process"), false, p.name);
    name_pos.push_back(pn.find("name")->pos);
    s.processes.push_back(std::move(p));
  }
  std::vector<std::pair<std::string, json::Pos>> anchors;  // narration and questions "at", checked below
  if (const Node* x = root.find("narration")) {
    expect(*x, Node::Type::Array, "\"narration\"");
    if (x->items.size() > kMaxNarration) fail(x->pos, "too many narration entries");
    for (const Node& nn : x->items) {
      expect(nn, Node::Type::Object, "a narration entry");
      only_keys(nn, {"at", "text"}, "a narration entry");
      const Node& an = need(nn, "at", "a narration entry");
      s.narration.push_back({str(an, "\"at\""), str(need(nn, "text", "a narration entry"), "\"text\"")});
      anchors.push_back({s.narration.back().at, an.pos});
    }
  }
  if (const Node* x = root.find("questions")) {
    expect(*x, Node::Type::Array, "\"questions\"");
    if (x->items.size() > kMaxNarration) fail(x->pos, "too many questions");
    for (const Node& qn : x->items) {
      expect(qn, Node::Type::Object, "a question");
      only_keys(qn, {"at", "prompt", "choices", "answer", "explanation", "variant"}, "a question");
      Question q;
      const Node& an = need(qn, "at", "a question");
      q.at = str(an, "\"at\"");
      anchors.push_back({q.at, an.pos});
      q.prompt = str(need(qn, "prompt", "a question"), "\"prompt\"");
      const Node& ch = expect(need(qn, "choices", "a question"), Node::Type::Array, "\"choices\"");
      if (ch.items.size() < 2 || ch.items.size() > 8) fail(ch.pos, "a question needs 2 to 8 choices");
      for (const Node& c : ch.items) q.choices.push_back(str(c, "a choice"));
      q.answer = static_cast<int>(unsigned_value(need(qn, "answer", "a question"), "\"answer\"", 0, q.choices.size() - 1));
      if (const Node* e = qn.find("explanation")) q.explanation = str(*e, "\"explanation\"");
      if (const Node* v = qn.find("variant")) {
        q.variant = str(*v, "\"variant\"");
        std::string why;
        if (!parse_variant(q.variant, &why)) fail(v->pos, why);
      }
      s.questions.push_back(std::move(q));
    }
  }

  // Names: unique, and not the kernel's own threads.
  std::set<std::string> names;
  for (size_t i = 0; i < s.processes.size(); ++i) {
    const std::string& n = s.processes[i].name;
    if (kReserved.count(n)) fail(name_pos[i], quote(n) + " is the name of a kernel thread; choose another");
    if (!names.insert(n).second) fail(name_pos[i], "two threads are named " + quote(n));
  }
  for (const auto& d : s.devices) {
    if (kReserved.count(d.name) || !names.insert(d.name).second)
      fail(root.find("machine")->pos, "device name " + quote(d.name) + " is already used by another thread");
  }
  // Labels: unique across the scenario.
  std::set<std::string> labels;
  auto all_actions = [&](auto fn) {
    for (auto& p : s.processes)
      for (auto& a : p.actions) fn(a);
    for (auto& d : s.devices)
      for (auto& a : d.actions) fn(a);
  };
  all_actions([&](const Action& a) {
    if (!a.label.empty() && !labels.insert(a.label).second)
      fail({a.pos.line, a.pos.column}, "label " + quote(a.label) + " is used twice");
  });
  // "after": a label, or thread@milestone.
  all_actions([&](const Action& a) {
    if (a.after.empty()) return;
    const auto at = a.after.find('@');
    if (at == std::string::npos) {
      if (!labels.count(a.after)) fail({a.after_pos.line, a.after_pos.column}, "\"after\": no action is labelled " + quote(a.after));
    } else {
      if (!names.count(a.after.substr(0, at)))
        fail({a.after_pos.line, a.after_pos.column}, "\"after\": no thread named " + quote(a.after.substr(0, at)));
      if (!parse_milestone(a.after.substr(at + 1))) {
        std::string all;
        for (int m = 0; m < kMilestoneCount; ++m) all += (m ? ", " : "") + std::string(milestone_name(static_cast<Milestone>(m)));
        fail({a.after_pos.line, a.after_pos.column}, "\"after\": " + quote(a.after.substr(at + 1)) + " is not a milestone (" + all + ")");
      }
    }
  });
  // Narration and questions: a point the trace can reach, or they would
  // never be shown. Milestones can be reached by kernel threads too (the
  // page-request thread may be the one whose mmput() runs exit_mmap).
  auto all_milestones = [] {
    std::string all;
    for (int m = 0; m < kMilestoneCount; ++m) all += (m ? ", " : "") + std::string(milestone_name(static_cast<Milestone>(m)));
    return all;
  };
  for (const auto& [at, pos] : anchors) {
    if (at.rfind("step:", 0) == 0) {
      const std::string n = at.substr(5);
      unsigned long v = 0;
      auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), v);
      if (n.empty() || ec != std::errc{} || p != n.data() + n.size() || v < 1 || n[0] == '0')
        fail(pos, "\"at\": " + quote(at) + " must be step:N with N a step number from 1");
      continue;
    }
    const auto sep = at.find('@');
    if (sep != std::string::npos) {
      const std::string who = at.substr(0, sep);
      if (!names.count(who) && !kReserved.count(who)) fail(pos, "\"at\": no thread named " + quote(who));
      if (!parse_milestone(at.substr(sep + 1)))
        fail(pos, "\"at\": " + quote(at.substr(sep + 1)) + " is not a milestone (" + all_milestones() + ")");
      continue;
    }
    if (!parse_milestone(at) && !labels.count(at))
      fail(pos, "\"at\": " + quote(at) + " is neither a milestone (" + all_milestones() +
                    "), thread@milestone, an action label nor step:N");
  }
  // Nothing follows exit: the task is gone (do_exit() never returns).
  for (auto& p : s.processes)
    for (size_t i = 0; i + 1 < p.actions.size(); ++i)
      if (p.actions[i].type == ActionType::Exit) {
        const Action& next = p.actions[i + 1];
        fail({next.pos.line, next.pos.column},
             std::string(next.type == ActionType::Fork ? "\"fork\" in a process that has exited"
                                                        : "an action after \"exit\"") +
                 ": " + quote(p.name) + " is gone by then (do_exit() never returns)");
      }
  // Devices named by "open" exist; children exist, are forked once, by someone else.
  std::map<std::string, int> forked;
  for (auto& p : s.processes)
    for (auto& a : p.actions) {
      if (a.type == ActionType::Open &&
          std::none_of(s.devices.begin(), s.devices.end(), [&](const DeviceSpec& d) { return d.name == a.device; }))
        fail({a.ref_pos.line, a.ref_pos.column}, "\"open\": no device named " + quote(a.device));
      if (a.type == ActionType::Fork) {
        auto it = std::find_if(s.processes.begin(), s.processes.end(), [&](const ProcessSpec& q) { return q.name == a.child; });
        const json::Pos cp{a.ref_pos.line, a.ref_pos.column};
        if (it == s.processes.end()) fail(cp, "\"fork\": no process named " + quote(a.child));
        if (a.child == p.name) fail(cp, "\"fork\": process " + quote(p.name) + " cannot fork itself (name the child process)");
        if (it->parent != p.name) fail(cp, "\"fork\": process " + quote(a.child) + " must say \"parent\": " + quote(p.name));
        if (++forked[a.child] > 1) fail(cp, "process " + quote(a.child) + " is forked twice");
      }
    }
  for (size_t i = 0; i < s.processes.size(); ++i)
    if (!s.processes[i].parent.empty() && !forked.count(s.processes[i].name))
      fail(name_pos[i], "process " + quote(s.processes[i].name) + " has a parent but no \"fork\" starts it");
  // Every process descends from one that starts on its own: parents that
  // fork each other would wait for each other and run nothing.
  for (size_t i = 0; i < s.processes.size(); ++i) {
    std::string at = s.processes[i].name;
    for (size_t hops = 0; hops <= s.processes.size(); ++hops) {
      auto it = std::find_if(s.processes.begin(), s.processes.end(), [&](const ProcessSpec& q) { return q.name == at; });
      if (it == s.processes.end() || it->parent.empty()) break;
      if (hops == s.processes.size())
        fail(name_pos[i], "process " + quote(s.processes[i].name) + " is its own ancestor: no process starts the chain of forks");
      at = it->parent;
    }
  }

  // fds: used only while open. A child starts with the fds its parent had at the fork.
  std::map<std::string, std::set<std::string>> at_birth;
  std::function<void(const ProcessSpec&)> check_fds = [&](const ProcessSpec& p) {
    std::set<std::string> open = at_birth[p.name];
    for (const Action& a : p.actions) {
      const json::Pos pos{a.ref_pos.line, a.ref_pos.column};
      switch (a.type) {
        case ActionType::Open: open.insert(a.name); break;
        case ActionType::Bind:
        case ActionType::Unbind:
        case ActionType::Mmap:
          if (!open.count(a.fd)) fail(pos, "fd " + quote(a.fd) + " is not open here");
          break;
        case ActionType::Close:
          if (!open.erase(a.fd)) fail(pos, "fd " + quote(a.fd) + " is not open here");
          break;
        case ActionType::Fork: {
          at_birth[a.child] = open;
          auto it = std::find_if(s.processes.begin(), s.processes.end(), [&](const ProcessSpec& q) { return q.name == a.child; });
          check_fds(*it);
          break;
        }
        default: break;
      }
    }
  };
  for (const auto& p : s.processes)
    if (p.parent.empty()) check_fds(p);

  // The thread an "after"/"until" reference waits for: a label's thread, or the thread before '@'.
  auto thread_of = [&](const std::string& ref) -> std::string {
    const auto at = ref.find('@');
    if (at != std::string::npos) return ref.substr(0, at);
    for (const auto& p : s.processes)
      for (const auto& a : p.actions)
        if (a.label == ref) return p.name;
    for (const auto& d : s.devices)
      for (const auto& a : d.actions)
        if (a.label == ref) return d.name;
    return {};
  };
  if (const Node* x = root.find("hold")) {
    expect(*x, Node::Type::Array, "\"hold\"");
    if (x->items.size() > kMaxProcesses + kMaxDevices + 3) fail(x->pos, "too many holds");
    for (const Node& hn : x->items) {
      expect(hn, Node::Type::Object, "a hold");
      only_keys(hn, {"thread", "until", "in", "line"}, "a hold");
      Hold h;
      const Node& tn = need(hn, "thread", "a hold");
      h.thread = name(tn, "\"thread\"");
      if (!names.count(h.thread) && !kReserved.count(h.thread)) fail(tn.pos, "\"hold\": no thread named " + quote(h.thread));
      const Node& un = need(hn, "until", "a hold");
      h.until = str(un, "\"until\"");
      const auto at = h.until.find('@');
      if (at == std::string::npos ? !labels.count(h.until)
                                  : (!names.count(h.until.substr(0, at)) || !parse_milestone(h.until.substr(at + 1))))
        fail(un.pos, "\"until\": " + quote(h.until) + " is neither a label nor thread@milestone");
      // A thread held until its own progress would only ever be let go by
      // the rule that a hold never deadlocks the machine: a mistake.
      if (thread_of(h.until) == h.thread)
        fail(un.pos, "\"until\": " + quote(h.until) + " is " + quote(h.thread) + "'s own progress; a hold waits for another thread");
      if (const Node* in = hn.find("in")) {
        h.in = str(*in, "\"in\"");
        const std::optional<FnId> f = find_fn(h.in);
        if (!f) fail(in->pos, "\"in\": " + quote(h.in) + " is not a function of the model (as `svmlab run` prints them)");
        if (const Node* ln = hn.find("line")) {
          h.line = str(*ln, "\"line\"");
          if (h.line.empty()) fail(ln->pos, "\"line\" must quote some of the line");
          const FnDef& d = functions()[*f];
          const std::vector<int> ops = ops_quoting(d, h.line);
          if (ops.empty()) fail(ln->pos, "\"line\": no line of " + h.in + "() contains " + quote(h.line));
          if (ops.size() > 1)
            fail(ln->pos, "\"line\": " + std::to_string(ops.size()) + " lines of " + h.in + "() contain " + quote(h.line) +
                              "; quote more of the one you mean");
          // One hold for every variant: the line must be there in each.
          for (const Variant& v : all_variants())
            if (!op_present(d.ops[static_cast<size_t>(ops.front())], v))
              fail(ln->pos, "\"line\": " + quote(h.line) + " is not in " + h.in + "() in " + std::string(v.id) +
                                "; hold at a line every variant has (the one after it, say)");
        }
      } else if (const Node* ln = hn.find("line")) {
        fail(ln->pos, "\"line\" needs \"in\": the function the line is in");
      }
      s.holds.push_back(h);
    }
  }
  if (const Node* x = root.find("schedule")) {
    expect(*x, Node::Type::Array, "\"schedule\"");
    if (x->items.size() > kMaxSchedule) fail(x->pos, "schedule longer than " + std::to_string(kMaxSchedule) + " entries");
    std::set<std::string> all = names;
    all.insert(kReserved.begin(), kReserved.end());
    for (const Node& e : x->items) {
      std::string item = str(e, "a schedule entry");
      const auto star = item.find('*');
      const std::string who = item.substr(0, star);
      if (!all.count(who)) fail(e.pos, "schedule: no thread named " + quote(who));
      if (star != std::string::npos) {
        unsigned long n = 0;
        const std::string num = item.substr(star + 1);
        auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), n);
        if (ec != std::errc{} || p != num.data() + num.size() || n < 1 || n > 10000)
          fail(e.pos, "schedule: " + quote(item) + " must be NAME or NAME*COUNT (COUNT 1 to 10000)");
      }
      s.schedule.push_back(item);
    }
  }
  return s;
}

}  // namespace

LoadResult load_scenario(std::string_view text, const std::string& file_name) {
  LoadResult r;
  json::ParseError pe;
  std::optional<Node> root;
  try {
    root = json::parse(text, pe);
  } catch (const std::exception& e) {
    pe = {{1, 1}, std::string("JSON error: ") + e.what()};
  }
  if (!root) {
    r.error = {file_name, pe.pos.line, pe.pos.column, pe.message};
    return r;
  }
  try {
    Scenario s = parse(*root, file_name);
    if (s.id.empty()) {
      std::string stem = file_name.substr(file_name.find_last_of('/') + 1);
      if (const auto dot = stem.rfind('.'); dot != std::string::npos) stem = stem.substr(0, dot);
      s.id = stem;
    }
    r.scenario = std::move(s);
  } catch (const Fail& f) {
    r.error = {file_name, f.pos.line, f.pos.column, f.message};
  } catch (const std::exception& e) {
    r.error = {file_name, 1, 1, std::string("internal error: ") + e.what()};
  }
  return r;
}

LoadResult load_scenario_file(const std::string& path) {
  auto failed = [&](int line, std::string why) {
    LoadResult r;
    r.error = {path, line, line, std::move(why)};
    return r;
  };
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer
  // forever. What was opened is then checked, not the name (no race).
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return failed(0, std::string("cannot open the file (") + std::strerror(errno) + ")");
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    const char* what = S_ISFIFO(st.st_mode) ? "a FIFO" : S_ISDIR(st.st_mode) ? "a directory" :
                       S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" : S_ISSOCK(st.st_mode) ? "a socket" :
                       "not a file";
    ::close(fd);
    return failed(0, std::string("is ") + what + ", not a regular file: a scenario is read from a file");
  }
  const size_t max = json::Limits{}.max_bytes;
  if (static_cast<uint64_t>(st.st_size) > max) {
    ::close(fd);
    return failed(1, "file larger than " + std::to_string(max / 1024) + " KiB");
  }
  std::string text;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int e = errno;
      ::close(fd);
      return failed(0, std::string("cannot read the file (") + std::strerror(e) + ")");
    }
    if (n == 0) break;
    text.append(buf, static_cast<size_t>(n));
    if (text.size() > max) {  // it grew while being read
      ::close(fd);
      return failed(1, "file larger than " + std::to_string(max / 1024) + " KiB");
    }
  }
  ::close(fd);
  return load_scenario(text, path);
}

namespace {

nlohmann::ordered_json action_json(const Action& a) {
  nlohmann::ordered_json j;
  static const char* names[] = {"open", "bind",  "unbind", "mmap",     "mmap_anon", "munmap",  "touch",
                                "close", "fork", "exit",   "dma_read", "dma_write", "quiesce", "page_request", "wait"};
  j["do"] = names[static_cast<int>(a.type)];
  switch (a.type) {
    case ActionType::Open:
      j["device"] = a.device;
      j["as"] = a.name;
      break;
    case ActionType::Bind:
      j["fd"] = a.fd;
      if (a.supervisor) j["supervisor"] = true;
      break;
    case ActionType::Unbind:
    case ActionType::Close: j["fd"] = a.fd; break;
    case ActionType::Mmap:
      j["fd"] = a.fd;
      j["addr"] = hex(a.addr);
      if (a.pages != 1) j["pages"] = a.pages;
      break;
    case ActionType::MmapAnon:
    case ActionType::Munmap:
      j["addr"] = hex(a.addr);
      if (a.pages != 1) j["pages"] = a.pages;
      break;
    case ActionType::Touch:
      j["addr"] = hex(a.addr);
      if (a.write) j["write"] = true;
      break;
    case ActionType::Fork: j["child"] = a.child; break;
    case ActionType::DmaRead:
    case ActionType::DmaWrite:
      j["addr"] = hex(a.addr);
      if (a.pages != 1) j["pages"] = a.pages;
      if (a.pasid) j["pasid"] = *a.pasid;
      if (a.supervisor) j["supervisor"] = true;
      break;
    case ActionType::PageRequest:
      j["addr"] = hex(a.addr);
      if (a.write) j["write"] = true;
      if (a.pasid) j["pasid"] = *a.pasid;
      break;
    default: break;
  }
  if (!a.label.empty()) j["label"] = a.label;
  if (!a.after.empty()) j["after"] = a.after;
  if (!a.note.empty()) j["note"] = a.note;
  return j;
}

}  // namespace

std::string save_scenario(const Scenario& s) {
  nlohmann::ordered_json j;
  j["format"] = "svmlab-scenario/1";
  j["id"] = s.id;
  if (!s.title.empty()) j["title"] = s.title;
  if (!s.summary.empty()) j["summary"] = s.summary;
  j["variant"] = s.variant;
  const IommuConfig d;
  nlohmann::ordered_json io = nlohmann::ordered_json::object();
  if (s.iommu.mode != d.mode) io["mode"] = s.iommu.mode == IommuMode::Scalable ? "scalable" : "ecs";
  if (s.iommu.pss != d.pss) io["pasid_bits"] = s.iommu.pss + 1;
  if (s.iommu.iotlb_entries != d.iotlb_entries) io["iotlb_entries"] = s.iommu.iotlb_entries;
  if (s.iommu.pasid_cache_entries != d.pasid_cache_entries) io["pasid_cache_entries"] = s.iommu.pasid_cache_entries;
  if (s.iommu.context_cache_entries != d.context_cache_entries) io["context_cache_entries"] = s.iommu.context_cache_entries;
  if (s.iommu.prq_entries != d.prq_entries) io["prq_entries"] = s.iommu.prq_entries;
  if (s.iommu.iq_entries != d.iq_entries) io["iq_entries"] = s.iommu.iq_entries;
  if (s.iommu.fault_records != d.fault_records) io["fault_records"] = s.iommu.fault_records;
  if (s.iommu.supervisor != d.supervisor) io["supervisor"] = s.iommu.supervisor;
  if (s.iommu.prq_overflow_autorespond != d.prq_overflow_autorespond) io["prq_overflow_autorespond"] = s.iommu.prq_overflow_autorespond;
  nlohmann::ordered_json machine = nlohmann::ordered_json::object();
  if (!io.empty()) machine["iommu"] = io;
  nlohmann::ordered_json devs = nlohmann::ordered_json::array();
  for (const DeviceSpec& dv : s.devices) {
    nlohmann::ordered_json x;
    x["name"] = dv.name;
    x["sid"] = sid_name(SourceId{dv.sid});
    x["did"] = dv.did;
    x["ats"] = dv.ats;
    x["pri"] = dv.pri;
    const DeviceSpec dd;
    if (dv.devtlb_entries != dd.devtlb_entries) x["devtlb_entries"] = dv.devtlb_entries;
    if (dv.max_retries != dd.max_retries) x["max_retries"] = dv.max_retries;
    if (!dv.actions.empty()) {
      x["actions"] = nlohmann::ordered_json::array();
      for (const Action& a : dv.actions) x["actions"].push_back(action_json(a));
    }
    devs.push_back(x);
  }
  if (!devs.empty()) machine["devices"] = devs;
  if (!machine.empty()) j["machine"] = machine;
  j["processes"] = nlohmann::ordered_json::array();
  for (const ProcessSpec& p : s.processes) {
    nlohmann::ordered_json x;
    x["name"] = p.name;
    if (!p.parent.empty()) x["parent"] = p.parent;
    x["actions"] = nlohmann::ordered_json::array();
    for (const Action& a : p.actions) x["actions"].push_back(action_json(a));
    j["processes"].push_back(x);
  }
  if (!s.narration.empty()) {
    j["narration"] = nlohmann::ordered_json::array();
    for (const auto& n : s.narration) j["narration"].push_back({{"at", n.at}, {"text", n.text}});
  }
  if (!s.questions.empty()) {
    j["questions"] = nlohmann::ordered_json::array();
    for (const auto& q : s.questions) {
      nlohmann::ordered_json x;
      x["at"] = q.at;
      x["prompt"] = q.prompt;
      x["choices"] = q.choices;
      x["answer"] = q.answer;
      if (!q.explanation.empty()) x["explanation"] = q.explanation;
      if (!q.variant.empty()) x["variant"] = q.variant;
      j["questions"].push_back(x);
    }
  }
  if (!s.holds.empty()) {
    j["hold"] = nlohmann::ordered_json::array();
    for (const Hold& h : s.holds) {
      nlohmann::ordered_json x{{"thread", h.thread}};
      if (!h.in.empty()) x["in"] = h.in;
      if (!h.line.empty()) x["line"] = h.line;
      x["until"] = h.until;
      j["hold"].push_back(x);
    }
  }
  if (!s.schedule.empty()) j["schedule"] = s.schedule;
  return j.dump(2) + "\n";
}

}  // namespace svm
