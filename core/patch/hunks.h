#pragma once
// The four hunks of e57e58bd ("iommu/vt-d: Fix mm refcounting to hold mm_count
// not mm_users", intel-svm.c blob 5046483 -> 97a8189) as switches on a driver
// variant. A variant id may be a base plus hunks, "v4.4+bind+fault": the base
// is a preset of core/driver/variant.cpp, each hunk sets the flags its lines
// change. v4.4 with all four is v4.5, flag for flag.
//
// The commit has five diff hunks; the fault handler's two (the inc-not-zero
// and the matching mmput) are one switch, `fault`, because neither is
// correct without the other (a guard without the put leaks mm_users; a put
// without the guard underflows it).
//
// The diff text is the commit's, byte for byte: applied to Linux 4.4.1's
// drivers/iommu/intel-svm.c (blob 50464833) it gives blob 97a81899. Line
// numbers are in those two blobs.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/driver/variant.h"

namespace svm {

enum class HunkId : uint8_t { Bind, Unbind, Release, Fault };
inline constexpr int kHunkCount = 4;
// A set of hunks, bit (1 << HunkId). 16 sets in all.
using HunkSet = uint8_t;
inline constexpr HunkSet kAllHunks = (1u << kHunkCount) - 1;
constexpr HunkSet hunk_bit(HunkId h) { return static_cast<HunkSet>(1u << static_cast<int>(h)); }

struct Hunk {
  HunkId id;
  std::string_view name;      // "bind": what --variant v4.4+bind says
  std::string_view function;  // the function of intel-svm.c it changes
  std::string_view title;     // a translatable template (N_)
  int old_line = 0;           // first line of the hunk in v4.4 (blob 5046483)
  int new_line = 0;           // ... and in v4.5 (blob 97a8189)
  std::string_view diff;      // unified diff text, "@@ ... @@" headers included
  // Does variant `v` have this hunk's lines? And set them.
  bool (*present)(const Variant& v);
  void (*apply)(Variant& v);
};

std::span<const Hunk> all_hunks();
const Hunk& hunk(HunkId h);
const Hunk* find_hunk(std::string_view name);

// Which hunks a variant's flags carry (a preset's, or a composite's).
HunkSet hunks_of(const Variant& v);
// "bind+fault", "none" for the empty set, in table order.
std::string hunk_set_name(HunkSet s);
// The id of base + s: "v4.4+bind+fault"; the base alone for the empty set.
std::string hunk_variant_id(std::string_view base, HunkSet s);

// find_variant(), saying why an id is refused: an unknown preset, an
// unknown hunk, a hunk named twice.
const Variant* parse_variant(std::string_view id, std::string* error);
// For an error message: "one of: v4.4, v4.5, ...; or a preset plus hunks
// of e57e58bd (bind, unbind, release, fault), e.g. v4.4+bind+fault".
std::string variant_choices();
// What a preset (or a composite on it) changes beyond whole hunks, in words
// (a translatable template, N_); empty when it is v4.4 plus hunks exactly.
std::string_view preset_extra(const Variant& v);
// What a preset is in hunks: "v4.4+bind+unbind+fault" and, if its flags are
// not just those, what else differs (preset_extra). Empty for v4.4 itself.
std::string variant_composition(const Variant& v);

}  // namespace svm
