#pragma once
// The reference counters the model keeps, by name: what the JSON trace, the
// DOT export (svmlab_counter) and the reference graph's edge labels say.

#include <cstdint>
#include <string_view>

namespace svm {

enum class Ctr : uint8_t {
  MmUsers,     // mm->mm_users
  MmCount,     // mm->mm_count
  FCount,      // file->f_count
  FilesCount,  // files_struct->count
  SdevUsers,   // intel_svm_dev->users
};

constexpr std::string_view counter_name(Ctr c) {
  switch (c) {
    case Ctr::MmUsers: return "mm_users";
    case Ctr::MmCount: return "mm_count";
    case Ctr::FCount: return "f_count";
    case Ctr::FilesCount: return "count";
    case Ctr::SdevUsers: return "users";
  }
  return "?";
}

// The counter a name given to Ctx::inc()/dec_and_test() denotes.
constexpr Ctr counter_of(std::string_view name) {
  if (name == "mm_users") return Ctr::MmUsers;
  if (name == "mm_count") return Ctr::MmCount;
  if (name == "f_count") return Ctr::FCount;
  if (name == "users") return Ctr::SdevUsers;
  return Ctr::FilesCount;
}

}  // namespace svm
