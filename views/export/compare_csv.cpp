#include "views/export/compare_csv.h"

#include <algorithm>

#include "core/engine/align.h"
#include "views/timeline/counters_csv.h"

namespace svmlab {

namespace {

std::string variant_of(const svm::Trace& t) { return std::string(t.cfg->variant->id); }

}  // namespace

std::string compare_counters_csv(const svm::Trace& a, const svm::Trace& b) {
  const CounterTable ta = counter_table(a), tb = counter_table(b);
  // The union of both runs' counters, in the table's order (by object).
  std::vector<CounterColumn> cols = ta.columns;
  for (const CounterColumn& c : tb.columns)
    if (std::find(cols.begin(), cols.end(), c) == cols.end()) cols.push_back(c);
  std::stable_sort(cols.begin(), cols.end(), [](const CounterColumn& x, const CounterColumn& y) { return x.obj < y.obj; });

  const std::string va = variant_of(a), vb = variant_of(b);
  std::string out = csv_field(va + ":step") + "," + csv_field(vb + ":step");
  for (const CounterColumn& c : cols) out += "," + csv_field(va + ":" + c.key()) + "," + csv_field(vb + ":" + c.key());
  out += "\n";
  auto cell = [](const CounterTable& t, int state, const CounterColumn& c) {
    const int col = t.column(c);
    if (col < 0) return std::string();
    const auto& v = t.values[static_cast<size_t>(state)][static_cast<size_t>(col)];
    return v ? std::to_string(*v) : std::string();
  };
  for (const svm::AlignedPos& p : svm::align_runs(a, b).pos) {
    out += std::to_string(p.a) + "," + std::to_string(p.b);
    for (const CounterColumn& c : cols) out += "," + cell(ta, p.a, c) + "," + cell(tb, p.b, c);
    out += "\n";
  }
  return out;
}

}  // namespace svmlab
