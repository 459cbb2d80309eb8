#pragma once
// Who references whom, with the counter each reference holds. One table of
// edges derived from a snapshot: the reference graph draws it, the leak
// checker walks it, the mail export describes it.

#include <string>
#include <string_view>

#include "core/base/text.h"
#include <vector>

#include "core/base/ids.h"
#include "core/engine/config.h"
#include "core/engine/counter.h"
#include "core/engine/machine.h"

namespace svm {

// The three kinds of reference the graph draws, each with its own style.
enum class RefKind : uint8_t {
  Counted,  // holds `refs` units of the counter `counter` of `to`
  Owns,     // `to` is freed with `from` (mm -> its VMAs, intel_svm -> its notifier)
  Pointer,  // a plain pointer: keeps nothing alive (PASID entry -> pgd, ...)
};
std::string_view ref_kind_name(RefKind k);  // "counted", "owns", "pointer"

struct Ref {
  ObjId from;
  ObjId to;
  std::string what;  // the field or role that holds it: "mm", "vm_file", "FLPTPTR = pgd", ...
  RefKind kind = RefKind::Pointer;
  Ctr counter = Ctr::MmUsers;  // Counted: which counter of `to` it holds
  int refs = 1;                // Counted: how many units of it
  bool counted() const { return kind == RefKind::Counted; }
  // The edge's label: `what`, and for a counted one the counter it holds
  // ("vm_file (f_count)", "... x2").
  std::string label() const;
};

// The reference that explains why `to` lives on through `from`: counted
// first, then owns, then a pointer; null if there is none.
const Ref* strongest_ref(const std::vector<Ref>& refs, ObjId from, ObjId to);

// Every reference of the snapshot. For each live counter, the counted
// references into its object add up to its value: structural holders (a
// task's mm, an fd, a VMA's vm_file, a registered notifier, ...), the one
// mm_count that all mm_users hold together (drawn from the mm to itself), and
// references in flight in a thread's locals (Thread::held, from its task).
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
  std::string_view name;  // a static literal ("mm_users", ...): no allocation per counter
  int64_t value = 0;
};
std::vector<Counter> counters(const Machine& m);
// The same into `out` (cleared first): the traced run reuses one buffer.
void counters(const Machine& m, std::vector<Counter>& out);

// The PASID-table entry of `pasid` (0 if not present) and its decoding. In
// scalable mode: the 512-bit entry's P, FLPTR and SRE in the ECS layout
// (P bit 0, SRE bit 11, pointer 63:12), so one reading serves both modes.
uint64_t pasid_entry(const Machine& m, uint32_t pasid);

}  // namespace svm
