#pragma once
// Who references whom, with the counter each reference holds. One table of
// edges derived from a snapshot: the reference graph draws it, the leak
// checker walks it, the mail export describes it.

#include <string>

#include "core/base/text.h"
#include <vector>

#include "core/base/ids.h"
#include "core/engine/config.h"
#include "core/engine/machine.h"

namespace svm {

struct Ref {
  ObjId from;
  ObjId to;
  std::string label;    // "mm_users", "vm_file (f_count)", "FLPTPTR = pgd", ...
  bool counted = false;  // holds a reference count on `to`
};

std::vector<Ref> references(const Machine& m, const Config& cfg);

// Every object of the snapshot that a graph would show, live or freed (freed
// ones are tombstones: the graph greys them).
struct ObjInfo {
  ObjId id;
  bool alive = true;
  Text title;   // "mm_struct", "struct file", "intel_svm", "PASID 1", ...
  Text detail;  // one line: the counters and key fields
};
std::vector<ObjInfo> objects(const Machine& m, const Config& cfg);

// The counters of live objects, as the JSON trace reports them.
struct Counter {
  ObjId obj;
  std::string name;
  int64_t value = 0;
};
std::vector<Counter> counters(const Machine& m);

// The PASID-table entry of `pasid` (0 if not present) and its decoding.
uint64_t pasid_entry(const Machine& m, uint32_t pasid);

}  // namespace svm
