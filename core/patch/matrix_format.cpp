#include "core/patch/matrix_format.h"

#include <cstdio>

#include "core/report/wrap.h"

namespace svm {

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string o = "\"";
  for (char c : s) o += c == '"' ? std::string("\"\"") : std::string(1, c);
  return o + "\"";
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string o;
  for (const auto& s : v) o += (o.empty() ? "" : sep) + s;
  return o;
}

std::string hunk_list(HunkSet s) { return s ? hunk_set_name(s) : "none"; }

}  // namespace

std::string cell_words(const MatrixCell& c) {
  if (!c.error.empty()) return "error: " + c.error;
  std::string w = c.verdict.empty() ? "ok" : join(c.verdict, ", ");
  if (!c.complete) w = "INCOMPLETE (" + (c.verdict.empty() ? std::string("nothing found so far") : w) + ")";
  return w;
}

nlohmann::ordered_json matrix_json(const MatrixResult& m) {
  nlohmann::ordered_json j;
  j["base"] = m.base;
  j["hunks"] = nlohmann::ordered_json::array();
  for (const Hunk& h : all_hunks())
    j["hunks"].push_back({{"id", h.name}, {"title", h.title}, {"function", h.function}, {"diff", h.diff}});
  j["cells"] = nlohmann::ordered_json::array();
  for (const MatrixCell& c : m.cells) {
    nlohmann::ordered_json x;
    x["scenario"] = m.scenarios[static_cast<size_t>(c.scenario)];
    x["hunks"] = nlohmann::ordered_json::array();
    for (const Hunk& h : all_hunks())
      if (c.hunks & hunk_bit(h.id)) x["hunks"].push_back(h.name);
    x["variant"] = c.variant;
    x["verdict"] = c.verdict;
    x["complete"] = c.complete && c.error.empty();
    if (!c.bound.empty()) x["bound"] = c.bound;
    if (!c.error.empty()) x["error"] = c.error;
    x["states"] = c.states;
    x["seconds"] = c.seconds;
    x["counterexamples"] = nlohmann::ordered_json::array();
    for (const auto& ce : c.counterexamples)
      x["counterexamples"].push_back(
          {{"kind", ce.kind}, {"schedule", ce.schedule}, {"function", ce.function}, {"message", ce.message}});
    j["cells"].push_back(x);
  }
  j["findings"] = nlohmann::ordered_json::array();
  for (const MatrixFinding& f : m.findings) {
    auto sets = nlohmann::ordered_json::array();
    for (HunkSet s : f.minimal) {
      auto a = nlohmann::ordered_json::array();
      for (const Hunk& h : all_hunks())
        if (s & hunk_bit(h.id)) a.push_back(h.name);
      sets.push_back(a);
    }
    auto nec = nlohmann::ordered_json::array();
    for (const Hunk& h : all_hunks())
      if (!f.minimal.empty() && (f.necessary & hunk_bit(h.id))) nec.push_back(h.name);
    j["findings"].push_back({{"scenario", m.scenarios[static_cast<size_t>(f.scenario)]},
                             {"kind", f.kind},
                             {"minimal_preventing_sets", sets},
                             {"necessary_hunks", nec},
                             {"upward_closed", f.upward_closed},
                             {"conclusive", f.conclusive},
                             {"sentence", f.sentence}});
  }
  j["complete"] = m.complete();
  j["seconds"] = m.seconds;
  return j;
}

std::string matrix_csv(const MatrixResult& m) {
  std::string o = "scenario,hunks,variant,verdict,complete,states,counterexamples\n";
  for (const MatrixCell& c : m.cells) {
    std::vector<std::string> ces;
    for (const auto& ce : c.counterexamples) ces.push_back(ce.kind + ": " + ce.schedule);
    o += csv_field(m.scenarios[static_cast<size_t>(c.scenario)]) + "," + hunk_list(c.hunks) + "," + c.variant + "," +
         csv_field(c.error.empty() ? join(c.verdict, " ") : "error: " + c.error) + "," +
         (c.complete && c.error.empty() ? "yes" : "no") + "," + std::to_string(c.states) + "," +
         csv_field(join(ces, "; ")) + "\n";
  }
  return o;
}

std::string matrix_markdown(const MatrixResult& m) {
  std::string o = "| scenario |";
  for (HunkSet s = 0; s <= kAllHunks; ++s) o += " " + hunk_list(s) + " |";
  o += "\n|---|";
  for (HunkSet s = 0; s <= kAllHunks; ++s) o += "---|";
  o += "\n";
  for (size_t si = 0; si < m.scenarios.size(); ++si) {
    o += "| " + m.scenarios[si] + " |";
    for (HunkSet s = 0; s <= kAllHunks; ++s) o += " " + cell_words(m.cell(static_cast<int>(si), s)) + " |";
    o += "\n";
  }
  o += "\n";
  for (const MatrixFinding& f : m.findings) o += "- " + f.sentence + "\n";
  return o;
}

std::string matrix_text(const MatrixResult& m) {
  std::string o;
  char buf[64];
  for (size_t si = 0; si < m.scenarios.size(); ++si) {
    o += m.scenarios[si] + " (base " + m.base + "):\n";
    for (HunkSet s = 0; s <= kAllHunks; ++s) {
      const MatrixCell& c = m.cell(static_cast<int>(si), s);
      // What a cell found, filled to 72 columns beside its counts.
      std::snprintf(buf, sizeof buf, "  %-25s %7zu states", hunk_list(s).c_str(), c.states);
      o += wrap_row(buf, cell_words(c), 44);
    }
  }
  if (!m.findings.empty()) o += "\nWhat the hunks do:\n";
  for (const MatrixFinding& f : m.findings) o += wrap_hanging("- " + f.sentence);
  std::snprintf(buf, sizeof buf, "%.1f", m.seconds);
  o += "\n" + std::to_string(m.cells.size()) + " cells in " + buf + " s" +
       (m.complete() ? std::string(", all complete\n") : std::string(", NOT all complete: some cells stopped at a bound\n"));
  return o;
}

}  // namespace svm
