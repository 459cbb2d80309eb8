#pragma once
// A scenario: the machine, the processes and devices, what each does, and the
// words that explain it. Loaded from "svmlab-scenario/1" JSON (loader.h) or
// built in C++ by tests. Everything here is plain data; the engine reads it
// and never changes it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/iommu/iommu_state.h"

namespace svm {

// Where a value came from in its file, for error messages at run time.
struct SourcePos {
  int line = 0;
  int column = 0;
  // Where a value stood is not part of what the scenario says.
  bool operator==(const SourcePos&) const { return true; }
};

enum class ActionType : uint8_t {
  // process actions (system calls and CPU accesses)
  Open,      // open the device: fd named `name`
  Bind,      // ioctl(fd, BIND): intel_svm_bind_mm; the device is programmed with the PASID
  Unbind,    // ioctl(fd, UNBIND)
  Mmap,      // mmap the device fd (the device's portal page)
  MmapAnon,  // anonymous private memory for the device to work on
  Munmap,
  Touch,     // CPU read or write of one page
  Close,
  Fork,      // the child process named `child` starts
  Exit,
  // device actions
  DmaRead,
  DmaWrite,
  Quiesce,
  PageRequest,  // one PRI page request for `addr`, without asking ATS first; `addr` may be non-canonical
  // both
  Wait,  // only waits for `after`
};

struct Action {
  ActionType type = ActionType::Wait;
  std::string name;    // Open: the name the script gives the fd
  std::string device;  // Open: the device opened
  std::string fd;      // fd name used by Bind/Unbind/Mmap/Close
  std::string label;   // other actions can wait for this one with "after"
  std::string after;   // "label" or "thread@milestone": wait until it happened
  std::string child;   // Fork: the child process
  uint64_t addr = 0;
  uint64_t pages = 1;
  bool write = false;
  bool supervisor = false;       // Bind: SVM_FLAG_SUPERVISOR_MODE; DMA: privileged request
  std::optional<uint32_t> pasid;  // DMA: use this PASID instead of the programmed one
  std::string note;              // narration shown when the action starts
  SourcePos pos;                 // the action object
  SourcePos after_pos;           // its "after" value
  SourcePos ref_pos;             // its "fd", "device" or "child" value
  bool operator==(const Action&) const = default;
};

struct DeviceSpec {
  std::string name;
  uint16_t sid = 0;  // bus << 8 | devfn
  uint16_t did = 1;  // domain id of its context entry
  bool ats = true;
  bool pri = true;
  uint32_t devtlb_entries = 8;
  uint32_t max_retries = 3;  // page-request retries before the DMA fails
  uint64_t portal_pfn = 0;   // MMIO page mmap() of its fd maps (0: chosen by the loader)
  std::vector<Action> actions;
  bool operator==(const DeviceSpec&) const = default;
};

struct ProcessSpec {
  std::string name;
  std::string parent;  // non-empty: born by a fork in `parent`
  std::vector<Action> actions;
  bool operator==(const ProcessSpec&) const = default;
};

// A hint for the default schedule: keep `thread` off the CPU until `until`
// (a label or thread@milestone of another thread) has happened. With `in`,
// a breakpoint: the thread runs freely and is held only where it is about to
// run `line` of the model function `in` (or to run that function's first line,
// without `line`). The loader checks that the function exists and that the
// line is in it in every variant, so one hold serves every variant. The
// explorer ignores holds: it tries every interleaving anyway.
struct Hold {
  std::string thread;
  std::string until;
  std::string in;    // a function name (fn_name), or empty: held from the start
  std::string line;  // text quoted from one line of `in`, or empty: its first line
  bool operator==(const Hold&) const = default;
};

struct Narration {
  std::string at;  // milestone name, "thread@milestone", action label, or "step:N"
  std::string text;
  bool operator==(const Narration&) const = default;
};

// A quiz question for "predict the next step".
struct Question {
  std::string at;        // as Narration::at: asked just before that point
  std::string prompt;
  std::vector<std::string> choices;
  int answer = 0;        // index into choices
  std::string explanation;
  std::string variant;   // empty: every variant
  bool operator==(const Question&) const = default;
};

struct Scenario {
  std::string format = "svmlab-scenario/1";
  std::string id;
  std::string title;
  std::string summary;
  std::string variant = "v4.5";  // default variant
  IommuConfig iommu;
  std::vector<DeviceSpec> devices;
  std::vector<ProcessSpec> processes;
  std::vector<Narration> narration;
  std::vector<Question> questions;
  std::vector<std::string> schedule;  // optional explicit schedule, thread names (T or T*N)
  std::vector<Hold> holds;
  std::string file;                   // where it was loaded from, for messages

  // Equal when they say the same thing (where they were loaded from aside).
  bool operator==(const Scenario& o) const {
    return format == o.format && id == o.id && title == o.title && summary == o.summary && variant == o.variant &&
           iommu == o.iommu && devices == o.devices && processes == o.processes && narration == o.narration &&
           questions == o.questions && schedule == o.schedule && holds == o.holds;
  }
};

}  // namespace svm
