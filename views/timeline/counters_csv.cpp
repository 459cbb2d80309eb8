#include "views/timeline/counters_csv.h"

#include <algorithm>
#include <map>

#include "core/engine/fn_id.h"
#include "core/engine/refs.h"

namespace svmlab {

std::string CounterColumn::label() const { return svm::to_string(obj) + " " + counter; }
std::string CounterColumn::key() const { return svm::to_string(obj) + "." + counter; }

int CounterTable::column(const CounterColumn& c) const {
  const auto it = std::find(columns.begin(), columns.end(), c);
  return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

CounterTable counter_table(const svm::Trace& trace) {
  CounterTable t;
  // Pass 1: every (object, counter) pair, in the order counters() reports
  // them for each object.
  std::map<svm::ObjId, std::vector<std::string>> names;
  for (const svm::Machine& m : trace.states)
    for (const svm::Counter& c : svm::counters(m)) {
      auto& v = names[c.obj];
      if (std::find(v.begin(), v.end(), c.name) == v.end()) v.emplace_back(c.name);
    }
  for (const auto& [obj, counters] : names)
    for (const std::string& n : counters) t.columns.push_back({obj, n});

  // Pass 2: the values, state by state.
  t.values.reserve(trace.states.size());
  for (const svm::Machine& m : trace.states) {
    std::vector<std::optional<int64_t>> row(t.columns.size());
    for (const svm::Counter& c : svm::counters(m)) {
      const int col = t.column({c.obj, std::string(c.name)});
      if (col >= 0) row[static_cast<size_t>(col)] = c.value;
    }
    t.values.push_back(std::move(row));
  }
  return t;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
  return out;
}

std::string counters_csv(const svm::Trace& trace) {
  const CounterTable t = counter_table(trace);
  std::string out = "step,thread,function";
  for (const CounterColumn& c : t.columns) out += "," + csv_field(c.key());
  out += "\n";
  for (size_t i = 0; i < t.values.size(); ++i) {
    std::string thread, function;
    if (i > 0 && i - 1 < trace.steps.size()) {
      const svm::StepRecord& s = trace.steps[i - 1];
      if (trace.cfg && s.thread >= 0 && static_cast<size_t>(s.thread) < trace.cfg->threads.size())
        thread = trace.cfg->threads[static_cast<size_t>(s.thread)].name;
      function = std::string(svm::fn_name(s.fn));
    }
    out += std::to_string(i) + "," + csv_field(thread) + "," + csv_field(function);
    for (const auto& v : t.values[i]) {
      out += ',';
      if (v) out += std::to_string(*v);
    }
    out += "\n";
  }
  return out;
}

}  // namespace svmlab
