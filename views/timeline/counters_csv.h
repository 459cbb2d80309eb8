#pragma once
// The reference counters of a whole trace as a table: one column per
// (object, counter) that is live in at least one state, one row per state.
// The timeline plots it; the exporter writes it as CSV. Qt-free on purpose,
// so the command line can export a timeline without a QApplication.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/ids.h"
#include "core/engine/run.h"

namespace svmlab {

struct CounterColumn {
  svm::ObjId obj;
  std::string counter;  // "mm_users", "mm_count", "f_count", "count", "users"

  std::string label() const;  // "mm#1 mm_users": what a legend shows
  std::string key() const;    // "mm#1.mm_users": the CSV header cell
  bool operator==(const CounterColumn&) const = default;
};

struct CounterTable {
  // Ordered by object (kind, then index), then by the order svm::counters()
  // reports an object's counters in (mm_users before mm_count).
  std::vector<CounterColumn> columns;
  // values[state][column]: the counter in trace.states[state], or nullopt
  // while the object is not live (not created yet, or freed).
  std::vector<std::vector<std::optional<int64_t>>> values;

  int column(const CounterColumn& c) const;  // -1 if absent
};

CounterTable counter_table(const svm::Trace& trace);

// CSV, RFC 4180 quoting, "\n" line ends. Header:
//   step,thread,function,mm#1.mm_users,mm#1.mm_count,file#1.f_count,...
// then one row per state: row 0 is the booted machine (thread and function
// empty), row i the state after step i with the thread and function of that
// step. A counter of an object that is not live in that state is empty.
std::string counters_csv(const svm::Trace& trace);
// One CSV field: quoted (RFC 4180) when it holds a comma, quote or line end.
std::string csv_field(const std::string& s);

}  // namespace svmlab
