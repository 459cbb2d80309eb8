#pragma once
// The museum of lifetime bugs: the same mm_users/mm_count lesson as the
// kernel learnt it, and re-learnt it, each exhibit a scenario and two
// variants (bug, fix) over the code of its era. docs/history.md tells the
// stories and tabulates their counters; the GUI's Museum dialog and `svmlab
// list` read this table. Texts are translatable templates (N_).

#include <span>
#include <string_view>

namespace svm {

struct Exhibit {
  std::string_view id;        // stable, for tests and the command line
  int year = 0;
  std::string_view title;     // N_
  std::string_view commits;   // the bug's and the fix's commit ids and subjects, verbatim
  std::string_view quote;     // the mail or changelog sentence that explains it, verbatim (English)
  std::string_view quote_source;
  std::string_view scenario;  // built-in scenario id
  std::string_view bug;       // variant id
  std::string_view fix;       // variant id; empty: nothing to compare (one variant shows it)
  std::string_view modeled;   // N_: what of that era's code the model runs
};

std::span<const Exhibit> exhibits();
const Exhibit* find_exhibit(std::string_view id);
// The exhibit that shows `scenario`, if any (for grouping the catalogue).
const Exhibit* exhibit_of_scenario(std::string_view scenario);

}  // namespace svm
