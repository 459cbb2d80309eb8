// bench_report FILE.json...: one table of every benchmark figure against its
// budget (PRODUCT.md section 8), from Google Benchmark's JSON output
// (--benchmark_out=FILE.json). scripts/bench.sh runs it last.
//
// Columns: metric, scenario, value, budget, verdict ("met", "NOT MET", or "-"
// where the brief sets no budget). Budgets read as numbers:
//   core steps/s        >= 2,000,000 traced (simulate, long trace; issue
//                       #21), >= 1,000,000 untraced (step)
//   trace bytes/step    <= 2 KiB on average (issue #21), and flat: over 1M
//                       steps at most 10% above the first 100k
//   seek (slider)       <  16 ms worst (one frame at 60 Hz)
//   explorer            <  1 s per scenario and variant, and complete
//   explorer, exit race >= 2.5 M states/s
//   explorer, class     <  10 s and < 500 MB peak resident, and complete
// (the last two for each order of search: breadth first, depth first, and
// the default, depth first then the shortest schedules)
//   layout              <  50 ms
//   GUI step median     <  16 ms     (worst: reported, no budget)
//   first window        <  500 ms

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

struct Row {
  std::string metric, scenario, value, budget, verdict;
};

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

std::string verdict(bool met) { return met ? "met" : "NOT MET"; }

double num(const nlohmann::json& b, const char* key) {
  const auto it = b.find(key);
  return it != b.end() && it->is_number() ? it->get<double>() : 0.0;
}

// "explore/gfx-exit/v4.4/iterations:1/manual_time" -> {"explore", "gfx-exit/v4.4"}:
// the first part is the kind, Google Benchmark's own suffixes are dropped.
std::pair<std::string, std::string> split(const std::string& name) {
  std::vector<std::string> parts;
  for (size_t at = 0; at <= name.size();) {
    const size_t slash = std::min(name.find('/', at), name.size());
    parts.push_back(name.substr(at, slash - at));
    at = slash + 1;
  }
  std::string rest;
  for (size_t i = 1; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (p.find(':') != std::string::npos || p == "manual_time" || p == "real_time" || p == "process_time") continue;
    rest += (rest.empty() ? "" : "/") + p;
  }
  return {parts[0], rest};
}

// The default search's second part, the shortest schedules
// (ExploreOptions::shortest_schedules), when it ran: its share of the time.
std::string shortened(const nlohmann::json& b) {
  if (num(b, "shortening_states") <= 0) return "";
  return fmt(", of which shortest schedules %.0f states", num(b, "shortening_states")) +
         fmt(" in %.3f s", num(b, "shortening_seconds"));
}

// The states/s of the slowest and the fastest of a row's searches, as the
// host moved them: the median is what is judged.
std::string spread(const nlohmann::json& b) {
  const double fast = num(b, "seconds_fastest"), slow = num(b, "seconds_slowest"), states = num(b, "states");
  if (fast <= 0 || slow <= 0) return "";
  return fmt(" from %.2f", states / slow / 1e6) + fmt(" to %.2f M", states / fast / 1e6);
}

void add(std::vector<Row>& rows, const nlohmann::json& b) {
  const std::string name = b.value("run_name", b.value("name", std::string()));
  const auto [kind, scenario] = split(name);
  if (b.value("error_occurred", false)) {
    rows.push_back({kind, scenario, "error: " + b.value("error_message", std::string()), "", "NOT MET"});
    return;
  }
  constexpr double kKiB = 1024.0;
  if (kind == "simulate") {
    const double sps = num(b, "items_per_second");
    rows.push_back({"core steps/s, traced", scenario, fmt("%.2f M", sps / 1e6), ">= 2 M", verdict(sps >= 2e6)});
  } else if (kind == "step") {
    const double sps = num(b, "items_per_second");
    rows.push_back({"core steps/s, no trace", scenario, fmt("%.2f M", sps / 1e6), ">= 1 M", verdict(sps >= 1e6)});
  } else if (kind == "snapshot") {
    const double bps = num(b, "bytes_per_step");
    rows.push_back({"trace bytes/step (heap)", scenario, fmt("%.0f B", bps), "<= 2 KiB", verdict(bps <= 2 * kKiB)});
  } else if (kind == "check_long") {
    const std::string sc = "leak-after-245-dmas (" + fmt("%.0f steps)", num(b, "steps"));
    const double heap = num(b, "heap_bytes");
    rows.push_back({"check with why chains", sc, fmt("%.2f s", num(b, "seconds")) + fmt(", %.0f links", num(b, "why_links")),
                    "-", "-"});
    rows.push_back({"check heap held (after run, after why)", sc, fmt("%.0f MiB", heap / kKiB / kKiB), "< 300 MB", verdict(heap < 300e6)});
  } else if (kind == "long_trace_1m") {
    const std::string sc = "long trace (1M steps)";
    const double sps = num(b, "steps_per_second");
    const double heap = num(b, "heap_bytes_per_step"), early = num(b, "heap_bytes_per_step_first_100k");
    rows.push_back({"core steps/s, traced", sc, fmt("%.2f M", sps / 1e6), ">= 2 M", verdict(sps >= 2e6)});
    rows.push_back({"trace bytes/step (heap), 1M steps", sc, fmt("%.0f B", heap), "<= 2 KiB", verdict(heap <= 2 * kKiB)});
    rows.push_back({"trace bytes/step (heap), first 100k", sc, fmt("%.0f B", early), "<= 2 KiB", verdict(early <= 2 * kKiB)});
    rows.push_back({"trace bytes/step, 1M vs 100k (flat)", sc, fmt("%.2f x", early > 0 ? heap / early : 0), "<= 1.10 x",
                    verdict(early > 0 && heap <= 1.10 * early)});
    rows.push_back({"trace memory total (heap)", sc,
                    fmt("%.0f MiB", num(b, "heap_bytes_total") / kKiB / kKiB) + fmt(", %.0f checkpoints", num(b, "checkpoints")), "-", "-"});
    const double worst = num(b, "seek_max_us");
    rows.push_back({"seek to a random step (slider)", sc,
                    fmt("mean %.0f us", num(b, "seek_mean_us")) + fmt(", worst %.0f us", worst), "< 16 ms worst",
                    verdict(worst < 16000)});
  } else if (kind == "explore") {
    const double s = num(b, "seconds");
    const bool complete = num(b, "complete") > 0;
    std::string v = fmt("%.3f s", s) + fmt(", %.0f states", num(b, "states")) + fmt(", %.0f states/s", num(b, "states_per_second"));
    v += fmt(", %.1f B/stored state", num(b, "bytes_per_state"));
    if (!complete) v += ", INCOMPLETE";
    rows.push_back({"explorer", scenario, v, "< 1 s", verdict(s < 1.0 && complete)});
  } else if (kind == "explore_race" || kind == "explore_race_depth_first" || kind == "explore_race_default") {
    const double sps = num(b, "states_per_second");
    const std::string how = kind == "explore_race"               ? ", breadth first"
                            : kind == "explore_race_depth_first" ? ", depth first"
                                                                 : ", default search";
    rows.push_back({"explorer states/s (exit race" + how + ")", scenario,
                    fmt("%.2f M", sps / 1e6) + fmt(" (%.0f states", num(b, "states")) + fmt(", %.3f s", num(b, "seconds")) +
                        fmt(", %.0f ns/state", num(b, "states") > 0 ? 1e9 * num(b, "seconds") / num(b, "states") : 0) +
                        (num(b, "searches") > 1 ? fmt(", median of %.0f searches", num(b, "searches")) + spread(b) + ")" : ")") +
                        shortened(b),
                    ">= 2.5 M", verdict(sps >= 2.5e6 && num(b, "complete") > 0)});
    rows.push_back({"explorer bytes/stored state" + how, scenario, fmt("%.1f B", num(b, "bytes_per_state")), "-", "-"});
    // Steps taken per state: one per transition, and those expand() threw
    // away (a thread stepped only to find its step not local).
    if (num(b, "states") > 0)
      rows.push_back({"explorer steps/state" + how, scenario,
                      fmt("%.2f", num(b, "steps") / num(b, "states")) +
                          fmt(" (%.2f transitions)", num(b, "transitions") / num(b, "states")),
                      "-", "-"});
    rows.push_back({"explorer peak RSS" + how, scenario, fmt("%.0f MiB", num(b, "bytes") / kKiB / kKiB), "-", "-"});
  } else if (kind == "explore_class" || kind == "explore_class_depth_first" || kind == "explore_class_default") {
    const double s = num(b, "seconds");
    const double mb = num(b, "bytes") / 1e6;
    const bool complete = num(b, "complete") > 0;
    std::string v = fmt("%.2f s", s) + fmt(", %.0f MB peak", mb) + fmt(", %.0f states", num(b, "states")) +
                    fmt(", %.0f states/s", num(b, "states_per_second")) + fmt(", %.1f B/stored state", num(b, "bytes_per_state")) +
                    fmt(", %.2f steps/state", num(b, "states") > 0 ? num(b, "steps") / num(b, "states") : 0);
    if (!complete) v += ", INCOMPLETE";
    v += shortened(b);
    rows.push_back({kind == "explore_class"               ? "explorer, class-sized, breadth first"
                    : kind == "explore_class_depth_first" ? "explorer, class-sized, depth first"
                                                          : "explorer, class-sized, default search",
                    scenario, v,
                    "< 10 s, < 500 MB, complete", verdict(s < 10 && mb < 500 && complete)});
  } else if (kind == "explore_symmetry" || kind == "explore_canonical" || kind == "explore_dead_registers") {
    // Figures side by side, no budget: what the reduction saves in states
    // and memory, and what its renamings cost in time.
    std::string v = fmt("%.2f s", num(b, "seconds")) + fmt(", %.0f MB peak", num(b, "bytes") / 1e6) +
                    fmt(", %.0f states", num(b, "states")) + fmt(", %.0f states/s", num(b, "states_per_second"));
    if (num(b, "complete") <= 0) v += ", INCOMPLETE";
    rows.push_back({kind == "explore_symmetry"    ? "explorer, symmetry (depth first)"
                    : kind == "explore_canonical" ? "explorer, canonical numbers (depth first)"
                                                  : "explorer, dead device registers (depth first)",
                    scenario, v, "-", "-"});
  } else if (kind == "layout") {
    const double ms = num(b, "real_time");  // the benchmark's unit is ms
    rows.push_back({"graph layout (setTrace)", scenario, fmt("%.1f ms", ms) + fmt(" (dot %.1f)", num(b, "dot_ms")), "< 50 ms",
                    verdict(ms < 50)});
  } else if (kind == "gui_step" || kind == "gui_step_compare" || kind == "gui_step_hardware") {
    const std::string label = kind == "gui_step"           ? "GUI step"
                              : kind == "gui_step_compare" ? "GUI step, compare"
                                                           : "GUI step, hardware diagrams shown";
    const double med = num(b, "median_ms");
    rows.push_back({label + " median", scenario, fmt("%.2f ms", med), "< 16 ms", verdict(med < 16)});
    rows.push_back({label + " worst", scenario, fmt("%.2f ms", num(b, "worst_ms")) + fmt(" (p90 %.2f)", num(b, "p90_ms")), "-", "-"});
  } else if (kind == "first_window") {
    const double med = num(b, "median_ms");
    rows.push_back({"first window shown", scenario.empty() ? "(empty window)" : scenario,
                    fmt("%.0f ms", med) + fmt(" (worst %.0f)", num(b, "worst_ms")), "< 500 ms", verdict(med < 500)});
  } else {
    rows.push_back({kind, scenario, fmt("%.3f", num(b, "real_time")) + " " + b.value("time_unit", std::string()), "-", "-"});
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_report FILE.json...\n");
    return 2;
  }
  std::vector<Row> rows;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i]);
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.contains("benchmarks")) {
      std::fprintf(stderr, "%s:0:0: not a Google Benchmark JSON file\n", argv[i]);
      return 2;
    }
    for (const auto& b : j["benchmarks"])
      if (b.value("run_type", std::string("iteration")) == "iteration") add(rows, b);
  }
  const Row head{"metric", "scenario", "value", "budget", "verdict"};
  size_t w[4] = {head.metric.size(), head.scenario.size(), head.value.size(), head.budget.size()};
  for (const Row& r : rows) {
    w[0] = std::max(w[0], r.metric.size());
    w[1] = std::max(w[1], r.scenario.size());
    w[2] = std::max(w[2], r.value.size());
    w[3] = std::max(w[3], r.budget.size());
  }
  auto print = [&](const Row& r) {
    std::printf("%-*s  %-*s  %-*s  %-*s  %s\n", static_cast<int>(w[0]), r.metric.c_str(), static_cast<int>(w[1]),
                r.scenario.c_str(), static_cast<int>(w[2]), r.value.c_str(), static_cast<int>(w[3]), r.budget.c_str(),
                r.verdict.c_str());
  };
  print(head);
  print({std::string(w[0], '-'), std::string(w[1], '-'), std::string(w[2], '-'), std::string(w[3], '-'), "-------"});
  int met = 0, missed = 0;
  for (const Row& r : rows) {
    print(r);
    met += r.verdict == "met";
    missed += r.verdict == "NOT MET";
  }
  std::printf("\n%d budgets met, %d not met\n", met, missed);
  return 0;
}
