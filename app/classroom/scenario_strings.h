#pragma once
// The texts of the built-in scenarios, in their source language (English),
// generated from resources/scenarios/*.json by scripts/scenario_strings.py so
// that lupdate extracts them (context "scenario"). Tests check that each has a
// translation.

namespace svmlab {

extern const char* const kScenarioStrings[];
extern const int kScenarioStringCount;

}  // namespace svmlab
