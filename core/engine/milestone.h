#pragma once
// Milestones: the moments of the story a person navigates by, and the points
// at which compare mode aligns two variants. A function marked with a
// milestone reaches it when it is entered.

#include <cstdint>
#include <optional>
#include <string_view>

namespace svm {

enum class Milestone : uint8_t {
  Bind,          // intel_svm_bind_mm
  Mmap,          // do_mmap
  DoExit,        // do_exit
  ExitMm,        // exit_mm
  ExitMmap,      // exit_mmap: the address space is torn down
  NotifierRelease,  // intel_mm_release
  ExitFiles,     // exit_files
  Release,       // the driver's f_op->release
  Unbind,        // intel_svm_unbind_mm
  FinalMmdrop,   // __mmdrop: the mm_struct and its pgd are freed
  Count
};
inline constexpr int kMilestoneCount = static_cast<int>(Milestone::Count);

std::string_view milestone_name(Milestone m);  // "exit_mm", ...
std::optional<Milestone> parse_milestone(std::string_view s);

}  // namespace svm
