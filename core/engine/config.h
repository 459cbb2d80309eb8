#pragma once
// The fixed part of a run: scenario, variant, thread table. Shared by every
// state of the run and never hashed.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/driver/variant.h"
#include "core/engine/fn_id.h"
#include "core/engine/milestone.h"
#include "core/scenario/scenario.h"

namespace svm {

enum class ThreadKind : uint8_t { Process, Device, PrqIrq, Kworker, Iommu };

// A resolved "after": wait until thread `thread` has completed `action`
// actions, or has reached `milestone`.
struct AfterRef {
  int thread = -1;
  int action = -1;  // completed count needed (label index + 1), or -1
  std::optional<Milestone> milestone;
};

// A resolved hold. With `fn`, a breakpoint: the thread is held only while
// its next op is op `pc` of `fn` (resolved for the run's variant).
struct HoldRef {
  int thread = -1;
  AfterRef until;
  std::optional<FnId> fn;
  int pc = -1;
};

struct ThreadSpec {
  std::string name;
  ThreadKind kind = ThreadKind::Process;
  int index = -1;       // process or device index in the scenario
  bool daemon = false;  // waits for work forever; blocked at the end is normal
  std::vector<AfterRef> after;  // per action
  std::vector<int> fd_slot;     // per action: slot of the fd it opens or uses (-1: none)
};

class FnTable;  // function.h

struct Config {
  std::shared_ptr<const Scenario> scenario;
  const Variant* variant = nullptr;
  // functions(*variant), kept by make_config(): next_op() asks for it at
  // every thread of every state the explorer expands (0.9% of its
  // instructions on the exit race, through the call).
  const FnTable* fns = nullptr;
  std::vector<ThreadSpec> threads;
  std::vector<std::string> fd_names;  // user-space variables: one slot per fd name
  std::vector<HoldRef> holds;         // default-schedule hints from the scenario

  const IommuConfig& iommu() const { return scenario->iommu; }
  int find_thread(std::string_view name) const;
  int process_thread(int process) const;
  int device_thread(int device) const;
  int prq_thread() const;
  int kworker_thread() const;
  // The device a source id belongs to, or -1.
  int device_by_sid(uint16_t sid) const;
};

struct Machine;
// Has the thread referred to by `r` done that action or reached that milestone?
bool happened(const Machine& m, const AfterRef& r);

// Build the thread table and resolve every "after". Returns an error message
// (empty on success) for names that do not resolve.
std::string make_config(std::shared_ptr<const Scenario> s, const Variant& v, Config& out);

}  // namespace svm
