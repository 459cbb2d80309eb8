#pragma once
// Loading and saving "svmlab-scenario/1" files (docs/scenario-format.md).
//
// The loader is strict and kind: every problem is one message naming the
// file, line and column of the offending value. Nothing escapes as an
// exception; sizes are bounded.

#include <optional>
#include <string>
#include <string_view>

#include "core/scenario/scenario.h"

namespace svm {

struct LoadError {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
  std::string format() const;  // "FILE:LINE:COLUMN: message"
};

struct LoadResult {
  std::optional<Scenario> scenario;
  LoadError error;
  explicit operator bool() const { return scenario.has_value(); }
};

LoadResult load_scenario(std::string_view text, const std::string& file_name);
LoadResult load_scenario_file(const std::string& path);

// JSON text of a scenario; load_scenario(save_scenario(s)) gives back s.
std::string save_scenario(const Scenario& s);

// Limits, also documented in docs/scenario-format.md.
inline constexpr size_t kMaxProcesses = 16;
inline constexpr size_t kMaxDevices = 8;
inline constexpr size_t kMaxActions = 256;
inline constexpr uint64_t kMaxPages = 64;
inline constexpr size_t kMaxNarration = 512;
inline constexpr size_t kMaxSchedule = 4096;

}  // namespace svm
