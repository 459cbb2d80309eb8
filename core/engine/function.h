#pragma once
// How a modeled function is written down: a list of ops, each standing for a
// line (or a few lines) of the real source, in the real order. An op may wait
// (its guard says what for), may be present only in some variants (its
// `when`), and when it runs it returns what happens next: the next op, a jump
// to a label, a call, a return.
//
// One op is one step of the engine. A call is a step of its own ("enter"), so
// stepping into a function stops at its first line, as in a debugger.

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/ids.h"
#include "core/base/text.h"
#include "core/driver/variant.h"
#include "core/engine/fn_id.h"
#include "core/engine/milestone.h"
#include "core/engine/thread.h"

namespace svm {

class Ctx;
class View;

// Why a thread cannot take its next step.
struct Wait {
  enum class Kind : uint8_t { None, Lock, Event, After, Unborn, Finished };
  Wait() = default;
  Wait(Kind k, const char* w, ObjId o = {}, int t = -1) : kind(k), what(w), obj(o), thread(t) {}
  Kind kind = Kind::None;
  const char* what = "";  // static text: "mmap_sem for write", "page group response", ...
  ObjId obj;              // what it waits on, if an object
  int thread = -1;        // who holds it / who it waits for, if known
  explicit operator bool() const { return kind != Kind::None; }
};

struct Outcome {
  enum class Kind : uint8_t { Next, Jump, Call, Return, Stop };
  Kind kind = Kind::Next;
  uint8_t pc = 0;
  FnId callee = FnId::user_main;
  bool then_return = false;  // `return callee(...);`: the caller returns what the callee returns
  int16_t resume = -1;       // the caller continues at this op after the call (a loop's head)
  std::array<int64_t, 6> args{};
  std::array<SlotKind, 6> arg_kinds{};
  int64_t ret = 0;
  SlotKind ret_kind = SlotKind::Plain;
};

using OpBody = Outcome (*)(Ctx&);
using OpGuard = Wait (*)(const View&);
using VariantPred = bool (*)(const Variant&);

struct Op {
  std::string_view text;
  OpBody body = nullptr;   // nullptr: nothing the model tracks happens here
  OpGuard guard = nullptr;
  VariantPred when = nullptr;
  std::string_view label = {};
  // The guard only waits for what other threads never take back (their
  // progress, an "after"; descriptors in the IOMMU's queue): once the op can
  // run, no other thread's step can stop it. The explorer's reduction relies
  // on this (core/explore/explorer.h).
  bool guard_monotone = false;
  // Every run of the op reads or writes what other threads reach (a
  // device's state, the IOMMU), so its step is never local and the
  // explorer need not take it only to find that out (expand.cpp). A mark
  // that were wrong would cost reduction, not soundness: another thread's
  // local step, or every thread's, would stand instead.
  bool never_local = false;
};

enum class Origin : uint8_t {
  Kernel,    // Linux v4.4 (file names as of v4.4)
  Driver,    // drivers/iommu/intel-svm.c in the chosen variant
  Modeled,   // our own modeled device driver (no mainline driver did bind + mmap in 2016)
  Hardware,  // the VT-d IOMMU and the PCIe device, as this model understands them
  Scenario,  // the scenario's script ("user space")
};

struct FnDef {
  FnId id = FnId::Count;
  std::string_view file;
  Origin origin = Origin::Kernel;
  std::optional<Milestone> milestone;
  std::vector<Op> ops;
  // The kernel release whose text the ops quote, when it is not the 2016
  // model's (v4.4 for the kernel, the variant for the driver): a later era's
  // function says which release it was read in, e.g. "v5.6".
  std::string_view version = {};

  // The op labelled so, or -1 (a model bug: Ctx::go reports it as internal).
  int pc_of(std::string_view label) const;
};

// Is the op part of the function in this variant?
inline bool op_present(const Op& op, const Variant& v) { return !op.when || op.when(v); }

// What is wrong with a definition, one sentence each (empty: nothing). Every
// table is checked when it is defined (FnTable::def stops the program on a
// bad one, whatever the build type) and by a test over all of them: an op
// count a pc can hold, an id, a source file, text on every line, and labels
// that are unique. (That every label a body jumps to exists is checked where
// the jump happens, Ctx::go, and over the source by tst_functions.)
std::vector<std::string> validate(const FnDef& d);

// The model function named so (as fn_name() spells it), or nullopt.
std::optional<FnId> find_fn(std::string_view name);
// The ops of `d` whose source text contains `quote`.
std::vector<int> ops_quoting(const FnDef& d, std::string_view quote);

class FnTable {
 public:
  FnTable();
  const FnDef& operator[](FnId f) const { return defs_[static_cast<size_t>(f)]; }
  void def(FnDef d);
  // A later era's table starts as a copy of the 2016 one; from then on each
  // function may be defined once more, in place of its 2016 definition.
  FnTable era_overlay() const;

 private:
  std::array<FnDef, kFnCount> defs_;
  std::array<bool, kFnCount> replaceable_{};  // a 2016 definition an era may replace once
};

// The table of every modeled function of an era, built once and never
// changed. A later era's table is the 2016 table with that era's own
// functions in place of the 2016 ones of the same name.
const FnTable& functions(Era era = Era::Y2016);
inline const FnTable& functions(const Variant& v) { return functions(v.era); }

// Where a function comes from, as a person reads it: "kernel/exit.c (v4.4)".
std::string source_of(FnId f, const Variant& v);
Text source_text(FnId f, const Variant& v);  // the same, translatable

// Per-subsystem definitions (each in its own file).
void define_exit(FnTable& t);
void define_fork(FnTable& t);
void define_mmap(FnTable& t);
void define_memory(FnTable& t);
void define_mmu_notifier(FnTable& t);
void define_files(FnTable& t);
void define_intel_svm(FnTable& t);
void define_prq(FnTable& t);
void define_accel(FnTable& t);
void define_threads(FnTable& t);
void define_hardware(FnTable& t);
// The museum's later eras (core/driver/era2020, core/driver/era2022).
void define_era2020(FnTable& t);
void define_era2020_helpers(FnTable& t);  // functions only 2020 has (v5.6 intel-pasid.c, dmar.c), in every table
void define_era2020_svm(FnTable& t);  // 2020's own bind, unbind, release() and flushes (v5.6)
void define_era2022(FnTable& t);
void define_era2022_helpers(FnTable& t);  // functions only 2022 has, in every table
void define_era2022_teardown_helpers(FnTable& t);  // the same: its PASID teardown and flushes
void define_era2022_teardown(FnTable& t);  // 2022's own release(), unbind and range flush

}  // namespace svm
