// libFuzzer target: the scenario loader, and everything a loaded scenario
// drives (config, simulate in every variant, a bounded explore of small ones).
//
// A finding is any crash, sanitizer report, uncaught exception, hang
// (-timeout) or a broken promise that fuzzcheck::check_input reports: an
// error that is not one "FILE:LINE:COLUMN: message" line, a scenario that
// does not survive save and load, or one that loads but will not run.
// Built by tests/fuzz/CMakeLists.txt (-DSVMLAB_FUZZ=ON, clang); run it with
// scripts/fuzz.sh. Each finding goes to tests/data/fuzz-regressions/.
//
// Mutations: byte-level ones (libFuzzer's own, with scenario.dict) find the
// loader's problems, but few of their results still load, so the engine
// behind it sees little. Half the time the mutator below edits the JSON
// structure instead: it swaps in names the format knows (actions, variants,
// milestones, the document's own thread names and labels), duplicates, drops
// and moves actions, changes numbers and flags, so most results are
// scenarios that load and run something new.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <utility>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engine/milestone.h"
#include "tests/fuzz/exercise.h"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {

fuzzcheck::Bounds bounds() {
  fuzzcheck::Bounds b;
  // Open finding (tests/data/fuzz-regressions/fork-cycle-*.json): the loader
  // accepts a process that forks itself, or two that fork each other; then
  // no process is ever started and the run is empty.
  b.runs_take_steps = false;
  return b;
}

using Json = nlohmann::ordered_json;

class StructureMutator {
 public:
  explicit StructureMutator(unsigned seed) : rng_(seed) {}

  // Mutates `doc` in place; false if it found nothing to do.
  bool mutate(Json& doc) {
    nodes_.clear();
    keys_.clear();
    names_.clear();
    labels_.clear();
    fds_.clear();
    collect(doc);
    if (nodes_.empty()) return false;
    const size_t at = below(nodes_.size());
    Json& n = *nodes_[at];
    switch (n.type()) {
      case Json::value_t::string: n = token_for(keys_[at]); return true;
      case Json::value_t::number_integer:
      case Json::value_t::number_unsigned:
      case Json::value_t::number_float: n = number(n); return true;
      case Json::value_t::boolean: n = !n.get<bool>(); return true;
      case Json::value_t::array: return array(n);
      case Json::value_t::object: return object(n);
      default: n = token(); return true;
    }
  }

 private:
  size_t below(size_t n) { return n ? std::uniform_int_distribution<size_t>(0, n - 1)(rng_) : 0; }

  void collect(Json& j, const std::string& key = {}) {
    nodes_.push_back(&j);
    keys_.push_back(key);
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_string()) {
          if (it.key() == "name") names_.push_back(it->get<std::string>());
          if (it.key() == "label") labels_.push_back(it->get<std::string>());
          if (it.key() == "as") fds_.push_back(it->get<std::string>());
        }
        collect(*it, it.key());
      }
    } else if (j.is_array()) {
      for (Json& x : j) collect(x, key);
    }
  }

  // A value that fits where it goes, most of the time: what keeps the
  // result loadable.
  std::string token_for(const std::string& key) {
    static const char* const proc[] = {"open", "bind", "unbind", "mmap", "mmap_anon", "munmap", "touch", "close", "fork", "exit", "wait"};
    static const char* const dev[] = {"dma_read", "dma_write", "quiesce", "page_request", "wait"};
    static const char* const variants[] = {"v4.4", "v4.5", "v4.5-no-release-clear", "v4.5-no-fault-guard",
                                           "2020-canonical-check", "2020-canonical-fixed", "2022-pasid-freed-in-mmput",
                                           "2022-pasid-freed-in-mmdrop"};
    static const char* const addrs[] = {"0x600000", "0x601000", "0x602000", "0x7f0000000000", "0x7ffffffff000", "0xffff888000000000",
                                        "0x800000000000"};
    auto one = [&](auto& arr) { return std::string(arr[below(sizeof arr / sizeof *arr)]); };
    if (below(8) == 0) return token();
    if (key == "do") return below(3) ? one(proc) : one(dev);
    if (key == "variant") return one(variants);
    if (key == "addr") return one(addrs);
    if ((key == "fd") && !fds_.empty()) return fds_[below(fds_.size())];
    if ((key == "child" || key == "thread" || key == "parent" || key == "device") && !names_.empty())
      return names_[below(names_.size())];
    if (key == "after" || key == "until" || key == "at") {
      if (!labels_.empty() && below(2)) return labels_[below(labels_.size())];
      if (!names_.empty())
        return names_[below(names_.size())] + "@" +
               std::string(svm::milestone_name(static_cast<svm::Milestone>(below(svm::kMilestoneCount))));
    }
    if (key == "schedule" && !names_.empty()) return names_[below(names_.size())] + (below(2) ? "" : "*" + std::to_string(1 + below(20)));
    return token();
  }

  std::string token() {
    static const char* const fixed[] = {
        "open", "bind", "unbind", "mmap", "mmap_anon", "munmap", "touch", "close", "fork", "exit", "wait",
        "dma_read", "dma_write", "quiesce", "page_request", "v4.4", "v4.5", "v4.5-no-release-clear", "v4.5-no-fault-guard",
        "0x600000", "0x601000", "0x7f0000000000", "0x7ffffffff000", "0xffff888000000000", "0x0", "00:04.0",
        "00:05.0", "prq", "kworker", "iommu", "svmlab-scenario/1", "step:1", "step:40"};
    const size_t nfixed = sizeof fixed / sizeof *fixed;
    const size_t pick = below(nfixed + names_.size() * 3);
    if (pick < nfixed || names_.empty()) return fixed[pick % nfixed];
    const std::string& name = names_[below(names_.size())];
    if (pick < nfixed + names_.size()) return name;
    // thread@milestone, with one of the document's names
    return name + "@" + std::string(svm::milestone_name(static_cast<svm::Milestone>(below(svm::kMilestoneCount))));
  }

  Json number(const Json& old) {
    static const int64_t values[] = {0, 1, 2, 3, 4, 7, 8, 9, 16, 64, 65, 255, 256, 511, 512, 1024, 65535, -1};
    if (old.is_number_integer() && below(2) == 0) return old.get<int64_t>() + (below(2) ? 1 : -1);
    return values[below(sizeof values / sizeof *values)];
  }

  bool array(Json& a) {
    if (a.empty()) {
      if (nodes_.size() < 2) return false;
      a.push_back(*nodes_[below(nodes_.size())]);
      return true;
    }
    const size_t i = below(a.size());
    switch (below(4)) {
      case 0: {  // duplicate
        const Json copy = a[i];
        a.insert(a.begin() + static_cast<std::ptrdiff_t>(below(a.size() + 1)), copy);
        return true;
      }
      case 1: a.erase(a.begin() + static_cast<std::ptrdiff_t>(i)); return true;
      case 2: std::swap(a[i], a[below(a.size())]); return true;
      default: {  // a copy of something else in the document (an action into another list, ...)
        const Json copy = *nodes_[below(nodes_.size())];
        a.insert(a.begin() + static_cast<std::ptrdiff_t>(below(a.size() + 1)), copy);
        return true;
      }
    }
  }

  bool object(Json& o) {
    static const char* const keys[] = {
        "do", "label", "after", "note", "device", "as", "fd", "addr", "pages", "write", "child", "pasid",
        "supervisor", "name", "parent", "sid", "did", "ats", "pri", "devtlb_entries", "max_retries", "actions",
        "pasid_bits", "iotlb_entries", "pasid_cache_entries", "context_cache_entries", "prq_entries", "iq_entries",
        "fault_records", "prq_overflow_autorespond", "thread", "until", "at", "text", "schedule", "hold"};
    if (!o.empty() && below(3) == 0) {
      auto it = o.begin();
      std::advance(it, static_cast<std::ptrdiff_t>(below(o.size())));
      const std::string gone = it.key();
      o.erase(gone);
      return true;
    }
    const std::string key = keys[below(sizeof keys / sizeof *keys)];
    switch (below(4)) {
      case 0: o[key] = token_for(key); break;
      case 1: o[key] = number(Json(0)); break;
      case 2: o[key] = below(2) == 0; break;
      default: {
        Json copy = *nodes_[below(nodes_.size())];  // copied first: it may live inside `o`
        o[key] = std::move(copy);
        break;
      }
    }
    return true;
  }

  std::minstd_rand rng_;
  std::vector<Json*> nodes_;
  std::vector<std::string> keys_;  // the key each node stands under (array items: the array's)
  std::vector<std::string> names_, labels_, fds_;  // the document's thread names, labels, fd names
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fuzzcheck::Bounds b = bounds();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string problem = fuzzcheck::check_input(text, "fuzz.json", b);
  if (!problem.empty()) {
    std::fprintf(stderr, "fuzz_loader: %s\n", problem.c_str());
    std::abort();  // libFuzzer saves the input as crash-*
  }
  return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
  if (seed % 2 == 0) return LLVMFuzzerMutate(data, size, max_size);
  try {
    Json doc = Json::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    StructureMutator m(seed);
    const int edits = 1 + static_cast<int>(seed / 2 % 3);
    bool changed = false;
    for (int i = 0; i < edits; ++i) changed = m.mutate(doc) || changed;
    if (changed) {
      const std::string out = doc.dump(seed / 8 % 2 ? 2 : -1);
      if (out.size() <= max_size) {
        std::memcpy(data, out.data(), out.size());
        return out.size();
      }
    }
  } catch (const std::exception&) {
    // not JSON (or not dumpable): byte-level instead
  }
  return LLVMFuzzerMutate(data, size, max_size);
}
