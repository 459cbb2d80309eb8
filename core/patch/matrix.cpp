#include "core/patch/matrix.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "core/engine/config.h"
#include "core/engine/run.h"

namespace svm {

namespace {

MatrixCell run_cell(const std::shared_ptr<const Scenario>& sc, int index, HunkSet s, const MatrixOptions& opt) {
  MatrixCell c;
  c.scenario = index;
  c.hunks = s;
  c.variant = hunk_variant_id(opt.base, s);
  std::string why;
  const Variant* v = parse_variant(c.variant, &why);
  if (!v) {
    c.error = why;
    return c;
  }
  auto cfg = std::make_shared<Config>();
  c.error = make_config(sc, *v, *cfg);
  if (!c.error.empty()) return c;
  ExploreOptions eo = opt.explore;
  eo.workers = 1;
  const ExploreResult r = explore(cfg, eo);
  c.complete = r.complete;
  c.bound = r.bound.english();
  c.states = r.states;
  c.seconds = r.seconds;
  std::map<std::string, const Counterexample*> shortest;
  for (const Counterexample& x : r.violations) {
    const std::string k(violation_kind_name(x.violation.kind));
    auto it = shortest.find(k);
    if (it == shortest.end() || x.schedule.size() < it->second->schedule.size()) shortest[k] = &x;
  }
  for (const auto& [k, x] : shortest) {
    c.verdict.push_back(k);
    c.counterexamples.push_back(
        {k, format_schedule(*cfg, x->schedule, true), x->violation.function, x->violation.message.english()});
  }
  return c;
}

std::string quoted_set(HunkSet s) { return "`" + hunk_set_name(s) + "`"; }

// "bind+fault or release" as a reviewer reads it.
std::string sets_phrase(const std::vector<HunkSet>& sets) {
  std::string out;
  for (size_t i = 0; i < sets.size(); ++i) {
    if (i) out += i + 1 == sets.size() ? " or " : ", ";
    out += quoted_set(sets[i]);
  }
  return out;
}

}  // namespace

bool MatrixResult::complete() const {
  return std::all_of(cells.begin(), cells.end(), [](const MatrixCell& c) { return c.complete && c.error.empty(); });
}

MatrixResult run_matrix(const std::vector<std::shared_ptr<const Scenario>>& scenarios, const MatrixOptions& opt) {
  const auto t0 = std::chrono::steady_clock::now();
  MatrixResult m;
  m.base = opt.base;
  for (const auto& s : scenarios) m.scenarios.push_back(s->id);
  m.cells.resize(scenarios.size() * 16);
  // Largest first would balance better, but the sizes are unknown until run;
  // cells are handed out one at a time, so a slow one holds one job only.
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < m.cells.size(); i = next++)
      m.cells[i] = run_cell(scenarios[i / 16], static_cast<int>(i / 16), static_cast<HunkSet>(i % 16), opt);
  };
  const unsigned jobs = std::max(1u, std::min<unsigned>(opt.jobs, static_cast<unsigned>(m.cells.size())));
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs; ++j) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  m.findings = matrix_findings(m);
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return m;
}

std::vector<MatrixFinding> matrix_findings(const MatrixResult& m) {
  std::vector<MatrixFinding> out;
  for (int si = 0; si < static_cast<int>(m.scenarios.size()); ++si) {
    std::set<std::string> kinds;
    bool conclusive = true;
    for (HunkSet s = 0; s <= kAllHunks; ++s) {
      const MatrixCell& c = m.cell(si, s);
      kinds.insert(c.verdict.begin(), c.verdict.end());
      conclusive = conclusive && c.complete && c.error.empty();
    }
    for (const std::string& k : kinds) {
      MatrixFinding f;
      f.scenario = si;
      f.kind = k;
      f.conclusive = conclusive;
      auto has = [&](HunkSet s) {
        const auto& v = m.cell(si, s).verdict;
        return std::find(v.begin(), v.end(), k) != v.end();
      };
      // A set prevents the kind when its cell is complete and has none.
      std::vector<HunkSet> preventing;
      for (HunkSet s = 0; s <= kAllHunks; ++s)
        if (!has(s) && m.cell(si, s).complete && m.cell(si, s).error.empty()) preventing.push_back(s);
      std::sort(preventing.begin(), preventing.end(), [](HunkSet a, HunkSet b) {
        return std::popcount(a) != std::popcount(b) ? std::popcount(a) < std::popcount(b) : a < b;
      });
      for (HunkSet p : preventing)
        if (std::none_of(f.minimal.begin(), f.minimal.end(), [&](HunkSet q) { return (q & p) == q; }))
          f.minimal.push_back(p);
      f.necessary = preventing.empty() ? 0 : kAllHunks;
      for (HunkSet p : preventing) f.necessary &= p;
      // Sets that contain a minimal one but still show the kind.
      std::vector<HunkSet> breaks;
      for (HunkSet s = 0; s <= kAllHunks; ++s)
        if (has(s) && std::any_of(f.minimal.begin(), f.minimal.end(), [&](HunkSet q) { return (q & s) == q; }))
          breaks.push_back(s);
      f.upward_closed = breaks.empty();

      const std::string& sc = m.scenarios[static_cast<size_t>(si)];
      std::string t = "the " + k + " in " + sc;
      if (f.minimal.empty()) {
        t += " is prevented by no hunk set: all 16 show it";
      } else if (f.minimal.size() == 1 && f.minimal[0] == 0) {
        std::vector<HunkSet> showing;
        for (HunkSet s = 0; s <= kAllHunks; ++s)
          if (has(s)) showing.push_back(s);
        t += " is not in " + m.base + " itself; only the hunk sets " + sets_phrase(showing) + " bring it";
      } else if (f.upward_closed) {
        t += " is prevented exactly by the hunk sets that contain " + sets_phrase(f.minimal);
      } else {
        t += " is prevented by " + sets_phrase(f.minimal) + " and some sets that contain them, but not by " +
             sets_phrase(breaks) + ", which bring it back";
      }
      const bool introduced = f.minimal.size() == 1 && f.minimal[0] == 0;
      if (!f.minimal.empty() && f.necessary && (f.minimal.size() > 1 || !f.upward_closed))
        t += "; every preventing set contains " + quoted_set(f.necessary);
      // What the preventing sets show instead, when they show anything (for
      // a kind the hunks bring, the sets without it are the base's story).
      std::map<std::string, std::vector<HunkSet>> instead;
      for (HunkSet p : preventing)
        if (!introduced)
          for (const std::string& other : m.cell(si, p).verdict) instead[other].push_back(p);
      for (const auto& [other, sets] : instead) {
        t += "; " + sets_phrase(sets) + (sets.size() == 1 ? " shows " : " show ") + other + " instead";
      }
      if (!conclusive) t += " (inconclusive: some cells of " + sc + " stopped at a bound)";
      f.sentence = t + ".";
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace svm
