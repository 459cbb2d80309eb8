#include "core/engine/milestone.h"

#include <array>

#include "core/engine/fn_id.h"

namespace svm {

namespace {
constexpr std::array<std::string_view, kMilestoneCount> kNames = {
    "bind", "mmap", "do_exit", "exit_mm", "exit_mmap", "release_notifier", "exit_files", "release", "unbind",
    "final_mmdrop"};
constexpr std::array<std::string_view, kFnCount> kFnNames = {
#define SVM_FN_NAME(name) #name,
    SVM_FUNCTIONS(SVM_FN_NAME)
#undef SVM_FN_NAME
};
}  // namespace

std::string_view milestone_name(Milestone m) { return kNames[static_cast<size_t>(m)]; }

std::optional<Milestone> parse_milestone(std::string_view s) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == s) return static_cast<Milestone>(i);
  return std::nullopt;
}

std::string_view fn_name(FnId f) { return kFnNames[static_cast<size_t>(f)]; }

}  // namespace svm
