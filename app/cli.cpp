#include "app/cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <limits>
#include <optional>
#include <thread>

#include "app/duration_text.h"
#include "app/scenarios.h"
#include "core/driver/variant.h"
#include "core/engine/config.h"
#include "core/engine/run.h"
#include "core/explore/explorer.h"
#include "core/report/museum.h"
#include "core/patch/hunks.h"
#include "core/patch/matrix.h"
#include "core/patch/matrix_format.h"
#include "core/report/why.h"
#include "core/report/trace_format.h"
#include "core/report/wrap.h"
#include "core/scenario/printable.h"

namespace svmlab {

namespace {

constexpr int kUsage = 2;
constexpr int kInconclusive = 3;  // a run or a search stopped before its end
constexpr uint64_t kMaxMemoryMib = uint64_t(1) << 20;  // 1 TiB: more than any machine this runs on

void out(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }
void out(const QString& s) { out(s.toStdString()); }
// A paragraph of prose, filled to a 72-column terminal (wrap.h).
void say(const QString& s) { out(svm::wrap_hanging(s.toStdString())); }
// A row of a list, filled to 72 columns (wrap.h).
void row(const QString& head, const QString& text, int col, int hang = 0) {
  out(svm::wrap_row(head.toStdString(), text.toStdString(), static_cast<size_t>(col), static_cast<size_t>(hang)));
}
// One line on stderr, whatever the user or the file put in it (an ESC or CR
// echoed raw would clear the screen or forge a line).
void err(const QString& s) {
  const QString line = s.endsWith(QLatin1Char('\n')) ? s.chopped(1) : s;
  const std::string t = svm::printable(line.toStdString()) + '\n';
  std::fwrite(t.data(), 1, t.size(), stderr);
}

// The parts every scenario command shares: SCENARIO, --variant, --schedule.
struct Loaded {
  std::shared_ptr<svm::Config> cfg;
  std::vector<int> schedule;
};

bool parse_or_fail(QCommandLineParser& p, const QStringList& args) {
  if (!p.parse(args)) {
    err(QStringLiteral("svmlab: ") + p.errorText());
    return false;
  }
  return true;
}

std::optional<Loaded> load(const QCommandLineParser& p, const QString& cmd, bool with_schedule) {
  const QStringList pos = p.positionalArguments();
  if (pos.size() != 2) {
    err(QStringLiteral("usage: svmlab %1 SCENARIO [--variant V]%2").arg(cmd, with_schedule ? QStringLiteral(" [--schedule T1,T2,...]") : QString()));
    return std::nullopt;
  }
  QString e;
  auto sc = resolve_scenario(pos[1], &e);
  if (!sc) {
    err(e);
    return std::nullopt;
  }
  const QString vid = p.isSet(QStringLiteral("variant")) ? p.value(QStringLiteral("variant")) : QString::fromStdString(sc->variant);
  std::string why;
  const svm::Variant* v = svm::parse_variant(vid.toStdString(), &why);
  if (!v) {
    err(QStringLiteral("svmlab: %1 (%2)").arg(QString::fromStdString(why), QString::fromStdString(svm::variant_choices())));
    return std::nullopt;
  }
  Loaded l;
  l.cfg = std::make_shared<svm::Config>();
  const std::string ce = svm::make_config(sc, *v, *l.cfg);
  if (!ce.empty()) {
    err(QStringLiteral("%1:0:0: %2").arg(QString::fromStdString(sc->file), QString::fromStdString(ce)));
    return std::nullopt;
  }
  std::string sched;
  if (with_schedule && p.isSet(QStringLiteral("schedule"))) {
    sched = p.value(QStringLiteral("schedule")).toStdString();
  } else {
    for (const std::string& s : sc->schedule) sched += (sched.empty() ? "" : ",") + s;
  }
  std::string se;
  auto parsed = svm::parse_schedule(*l.cfg, sched, &se);
  if (!parsed) {
    err(QStringLiteral("svmlab: --schedule: %1").arg(QString::fromStdString(se)));
    return std::nullopt;
  }
  l.schedule = std::move(*parsed);
  return l;
}

QCommandLineOption variant_opt() {
  return {QStringLiteral("variant"), QStringLiteral("Driver variant (v4.4, v4.5, ...)."), QStringLiteral("V")};
}

// A whole number option within [lo, hi]; false (and one line on stderr) when
// it is not one. Out-of-range values are refused, never wrapped or clamped.
bool number_option(const QCommandLineParser& p, const QString& name, uint64_t lo, uint64_t hi, uint64_t& value) {
  if (!p.isSet(name)) return true;
  bool ok = false;
  const qulonglong v = p.value(name).toULongLong(&ok);
  if (!ok || v < lo || v > hi) {
    err(QStringLiteral("svmlab: --%1 must be a whole number from %2 to %3").arg(name).arg(lo).arg(hi));
    return false;
  }
  value = v;
  return true;
}

QCommandLineOption max_steps_opt() {
  return {QStringLiteral("max-steps"),
          QStringLiteral("Stop the run after N steps (default and most: %1); a run stopped early exits 3.").arg(svm::kMaxRunSteps),
          QStringLiteral("N")};
}

// Runs the scenario with --schedule and --max-steps.
std::optional<svm::Trace> run_loaded(const QCommandLineParser& p, const Loaded& l, bool keep_states) {
  svm::RunOptions opt;
  opt.keep_states = keep_states;
  opt.schedule = l.schedule;
  uint64_t max_steps = svm::kMaxRunSteps;
  if (!number_option(p, QStringLiteral("max-steps"), 1, svm::kMaxRunSteps, max_steps)) return std::nullopt;
  opt.max_steps = static_cast<size_t>(max_steps);
  return svm::simulate(l.cfg, opt);
}

int era_year(svm::Era e) {
  switch (e) {
    case svm::Era::Y2016: return 2016;
    case svm::Era::Y2020: return 2020;
    case svm::Era::Y2022: return 2022;
  }
  return 0;
}

int cmd_list(const QStringList& args) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
  if (!parse_or_fail(p, args)) return kUsage;
  const auto list = builtin_scenarios();
  if (p.isSet(QStringLiteral("json"))) {
    nlohmann::ordered_json j;
    j["scenarios"] = nlohmann::ordered_json::array();
    for (const auto& b : list)
      j["scenarios"].push_back({{"id", b.id.toStdString()}, {"title", b.title.toStdString()}, {"summary", b.summary.toStdString()}});
    j["variants"] = nlohmann::ordered_json::array();
    for (const auto& v : svm::all_variants()) {
      auto hs = nlohmann::ordered_json::array();
      for (const auto& h : svm::all_hunks())
        if (svm::hunks_of(v) & svm::hunk_bit(h.id)) hs.push_back(h.name);
      j["variants"].push_back({{"id", v.id}, {"era", era_year(v.era)}, {"summary", v.summary}, {"hunks", hs},
                               {"composition", svm::variant_composition(v)}});
    }
    j["hunks"] = nlohmann::ordered_json::array();
    for (const auto& h : svm::all_hunks())
      j["hunks"].push_back({{"id", h.name}, {"function", h.function}, {"title", h.title}, {"diff", h.diff}});
    j["exhibits"] = nlohmann::ordered_json::array();
    for (const auto& e : svm::exhibits())
      j["exhibits"].push_back({{"id", e.id}, {"year", e.year}, {"title", e.title}, {"commits", e.commits},
                               {"scenario", e.scenario}, {"bug", e.bug}, {"fix", e.fix}});
    out(j.dump(2) + "\n");
    return 0;
  }
  auto qsv = [](std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); };
  // The museum's scenarios are listed with their exhibit, not twice.
  out(QStringLiteral("Scenarios:\n"));
  for (const auto& b : list)
    if (!svm::exhibit_of_scenario(b.id.toStdString())) row(QStringLiteral("  ") + b.id, b.title, 30);
  out(QStringLiteral("\nMuseum (the same lesson, re-learnt; Help > Museum in the GUI):\n"));
  for (const auto& e : svm::exhibits()) {
    row(QStringLiteral("  %1").arg(e.year), qsv(e.title), 8);
    row(QString(), qsv(e.commits), 8);
    row(QString(), e.fix.empty() ? QStringLiteral("scenario %1, variant %2").arg(qsv(e.scenario), qsv(e.bug))
                                 : QStringLiteral("scenario %1, variants %2 (bug) and %3 (fix)")
                                       .arg(qsv(e.scenario), qsv(e.bug), qsv(e.fix)),
        8);
  }
  for (svm::Era era : {svm::Era::Y2016, svm::Era::Y2020, svm::Era::Y2022}) {
    out(era == svm::Era::Y2016 ? QStringLiteral("\nVariants (2016, Linux v4.4 and v4.5):\n")
                               : QStringLiteral("\nVariants (%1, the museum):\n").arg(era_year(era)));
    for (const auto& v : svm::all_variants()) {
      if (v.era != era) continue;
      row(QStringLiteral("  ") + qsv(v.id), qsv(v.summary), 30);
      const std::string c = svm::variant_composition(v);
      if (!c.empty()) row(QString(), QStringLiteral("= ") + QString::fromStdString(c), 30, 2);
    }
  }
  out(QStringLiteral("\nHunks of e57e58bd (on a 2016 variant: --variant v4.4+bind+fault):\n"));
  for (const auto& h : svm::all_hunks()) row(QStringLiteral("  ") + qsv(h.name), qsv(h.title), 30);
  return 0;
}

int cmd_validate(const QStringList& args) {
  QCommandLineParser p;
  if (!parse_or_fail(p, args)) return kUsage;
  if (p.positionalArguments().size() != 2) {
    err(QStringLiteral("usage: svmlab validate FILE"));
    return kUsage;
  }
  QString e;
  auto sc = resolve_scenario(p.positionalArguments()[1], &e);
  if (!sc) {
    err(e);
    return kUsage;
  }
  out(QStringLiteral("%1: ok (%2 process(es), %3 device(s))\n")
          .arg(QString::fromStdString(svm::printable(p.positionalArguments()[1].toStdString())))
          .arg(sc->processes.size())
          .arg(sc->devices.size()));
  return 0;
}

int cmd_run(const QStringList& args) {
  QCommandLineParser p;
  p.addOption(variant_opt());
  p.addOption({QStringLiteral("schedule"), QStringLiteral("Thread per step: T1,T2,... or T*N."), QStringLiteral("LIST")});
  p.addOption({QStringLiteral("format"), QStringLiteral("text (default), json or ftrace."), QStringLiteral("F"), QStringLiteral("text")});
  p.addOption(max_steps_opt());
  if (!parse_or_fail(p, args)) return kUsage;
  const QString fmt = p.value(QStringLiteral("format"));
  if (fmt != QLatin1String("text") && fmt != QLatin1String("json") && fmt != QLatin1String("ftrace")) {
    err(QStringLiteral("svmlab: --format must be text, json or ftrace"));
    return kUsage;
  }
  auto l = load(p, QStringLiteral("run"), true);
  if (!l) return kUsage;
  // Text and ftrace read the step records only; JSON reads each step's counters off its state.
  const auto run = run_loaded(p, *l, /*keep_states=*/fmt == QLatin1String("json"));
  if (!run) return kUsage;
  const svm::Trace& t = *run;
  if (fmt == QLatin1String("json")) {
    nlohmann::ordered_json j = svm::trace_json(t);
    if (!t.bound.empty()) j["final"]["bound"] = t.bound.english();
    out(j.dump(2) + "\n");
  } else {
    out(fmt == QLatin1String("ftrace") ? svm::trace_ftrace(t) : svm::trace_text(t));
    if (!t.bound.empty()) {
      if (fmt == QLatin1String("ftrace"))
        out("# INCOMPLETE: " + t.bound.english() + "\n");  // one comment line, as ftrace has them
      else
        say(QStringLiteral("INCOMPLETE: ") + QString::fromStdString(t.bound.english()));
    }
  }
  if (!t.schedule_error.empty()) {
    err(QStringLiteral("svmlab: %1: %2")
            .arg(p.isSet(QStringLiteral("schedule")) ? QStringLiteral("--schedule") : QStringLiteral("the scenario's schedule"),
                 QString::fromStdString(t.schedule_error)));
    return kUsage;
  }
  // Stopped neither by a bound nor by the schedule: by a simulator bug.
  if (!t.complete && t.bound.empty()) {
    err(QStringLiteral("svmlab: the run stopped at an internal violation: a bug in SVM Lab, not in the kernel"));
    return 1;
  }
  return t.bound.empty() ? 0 : kInconclusive;
}

int cmd_check(const QStringList& args) {
  QCommandLineParser p;
  p.addOption(variant_opt());
  p.addOption({QStringLiteral("schedule"), QStringLiteral("Thread per step."), QStringLiteral("LIST")});
  p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
  p.addOption(max_steps_opt());
  if (!parse_or_fail(p, args)) return kUsage;
  auto l = load(p, QStringLiteral("check"), true);
  if (!l) return kUsage;
  const auto run = run_loaded(p, *l, /*keep_states=*/false);  // a verdict needs no snapshot per step
  if (!run) return kUsage;
  const svm::Trace& t = *run;
  const auto vs = t.violations();
  // Whose schedule could not be followed: the command line's or the file's own.
  const QString whose = p.isSet(QStringLiteral("schedule")) ? QStringLiteral("--schedule") : QStringLiteral("the scenario's schedule");
  if (p.isSet(QStringLiteral("json"))) {
    nlohmann::ordered_json j;
    j["scenario"] = l->cfg->scenario->id;
    j["variant"] = l->cfg->variant->id;
    j["steps"] = t.steps.size();
    j["complete"] = t.complete;
    if (!t.bound.empty()) j["bound"] = t.bound.english();
    if (!t.schedule_error.empty()) j["schedule_error"] = whose.toStdString() + ": " + t.schedule_error;
    j["violations"] = nlohmann::ordered_json::array();
    for (const auto& v : vs) {
      nlohmann::ordered_json x = svm::violation_json(v, *l->cfg);
      x["why"] = nlohmann::ordered_json::array();
      for (const svm::WhyLink& w : svm::why_chain(v, t)) {
        nlohmann::ordered_json y;
        if (w.step >= 1) y["step"] = w.step;
        if (!w.function.empty()) y["function"] = w.function;
        if (w.object) y["object"] = svm::to_string(w.object);
        y["says"] = w.says;
        x["why"].push_back(y);
      }
      j["violations"].push_back(x);
    }
    out(j.dump(2) + "\n");
  } else {
    say(QStringLiteral("%1 (%2): %3 steps%4")
            .arg(QString::fromStdString(l->cfg->scenario->id), QString::fromUtf8(l->cfg->variant->id.data()),
                 QString::number(t.steps.size()),
                 t.bound.empty() ? QString() : QStringLiteral(", INCOMPLETE: ") + QString::fromStdString(t.bound.english())));
    // An early stop is no verdict: never "no violations" for a run that did not end.
    if (!t.schedule_error.empty()) {
      if (!vs.empty()) out(svm::violations_text(vs, *l->cfg, svm::kTerminalColumns));
      say(QStringLiteral("no verdict: %1 cannot be followed in %2: %3; leaks and deadlock were not checked")
              .arg(whose, QString::fromUtf8(l->cfg->variant->id.data(), static_cast<int>(l->cfg->variant->id.size())),
                   QString::fromStdString(t.schedule_error)));
    } else if (!t.complete && vs.empty()) {
      say(QStringLiteral("no verdict: no violation in the steps run, but the run did not reach its end"));
    } else {
      out(svm::violations_text(vs, *l->cfg, svm::kTerminalColumns));
      for (const auto& v : vs) {
        const auto why = svm::why_chain(v, t);
        if (why.empty()) continue;
        out(QStringLiteral("\nwhy the %1%2:\n").arg(QString::fromUtf8(svm::violation_kind_name(v.kind).data()),
                                                    v.function.empty() ? QString() : QStringLiteral(" in ") + QString::fromStdString(v.function)));
        std::string w = svm::why_text(why, svm::kTerminalColumns - 2, 4);
        std::string indented;
        for (size_t a = 0; a < w.size();) {
          const size_t b = w.find('\n', a);
          indented += "  " + w.substr(a, b - a + 1);
          a = b + 1;
        }
        out(indented);
      }
    }
  }
  if (!t.schedule_error.empty()) {
    err(QStringLiteral("svmlab: %1: %2").arg(whose, QString::fromStdString(t.schedule_error)));
    return kUsage;
  }
  if (!t.bound.empty()) return kInconclusive;
  return vs.empty() ? 0 : 1;
}

int cmd_explore(const QStringList& args) {
  QCommandLineParser p;
  p.addOption(variant_opt());
  p.addOption({QStringLiteral("max-states"), QStringLiteral("Stop after N states (default 4000000)."), QStringLiteral("N")});
  p.addOption({QStringLiteral("max-memory"), QStringLiteral("Stop when the process holds N MiB of memory (default 1024)."), QStringLiteral("MiB")});
  p.addOption({QStringLiteral("no-reduction"), QStringLiteral("Try every interleaving, even of independent steps.")});
  p.addOption({QStringLiteral("depth-first"), QStringLiteral("Search depth first only: schedules as met, not the shortest.")});
  p.addOption({QStringLiteral("breadth-first"), QStringLiteral("Search breadth first: every schedule of N steps before N + 1.")});
  p.addOption({QStringLiteral("jobs"), QStringLiteral("Threads that search at once (default: every core)."), QStringLiteral("N")});
  p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
  if (!parse_or_fail(p, args)) return kUsage;
  auto l = load(p, QStringLiteral("explore"), false);
  if (!l) return kUsage;
  svm::ExploreOptions opt;
  uint64_t states = opt.max_states, mib = opt.max_bytes >> 20;
  uint64_t jobs = std::max(1u, std::thread::hardware_concurrency());
  if (!number_option(p, QStringLiteral("max-states"), 1, std::numeric_limits<int32_t>::max(), states) ||
      !number_option(p, QStringLiteral("max-memory"), 1, kMaxMemoryMib, mib) ||
      !number_option(p, QStringLiteral("jobs"), 1, 1024, jobs))
    return kUsage;
  opt.workers = static_cast<unsigned>(jobs);
  opt.max_states = static_cast<size_t>(states);
  opt.max_bytes = static_cast<size_t>(mib) << 20;
  opt.reduce = !p.isSet(QStringLiteral("no-reduction"));
  opt.symmetry = opt.reduce;
  opt.canonical_frames = opt.reduce;
  opt.canonical_objects = opt.reduce;
  opt.dead_registers = opt.reduce;
  opt.unhashed_faults = opt.reduce;
  // By default depth first for the counts and the verdict (two cores, little
  // memory), then each violation found with the schedule breadth first would
  // give it, the shortest (ExploreOptions::shortest_schedules).
  const bool only_depth = p.isSet(QStringLiteral("depth-first")), breadth = p.isSet(QStringLiteral("breadth-first"));
  if (only_depth && breadth) {
    err(QStringLiteral("svmlab: explore: --depth-first and --breadth-first exclude each other"));
    return kUsage;
  }
  opt.depth_first = !breadth;
  opt.shortest_schedules = !only_depth && !breadth;
  const svm::ExploreResult r = svm::explore(l->cfg, opt);
  const bool shortened = r.shortening_states > 0;
  const svm::Config& cfg = *l->cfg;
  if (p.isSet(QStringLiteral("json"))) {
    nlohmann::ordered_json j;
    j["scenario"] = cfg.scenario->id;
    j["variant"] = cfg.variant->id;
    j["states"] = r.states;
    j["transitions"] = r.transitions;
    j["terminal_states"] = r.terminal_states;
    j["steps"] = r.steps;  // transitions, and steps taken only to find them not local
    j["complete"] = r.complete;
    if (!r.complete) j["bound"] = r.bound.english();
    j["search"] = !opt.depth_first ? "breadth-first" : opt.shortest_schedules ? "depth-first, then shortest" : "depth-first";
    if (shortened)
      j["shortening"] = {{"by", r.shortening_by_graph ? "graph" : "breadth-first search"},
                         {"states", r.shortening_states},
                         {"seconds", r.shortening_seconds},
                         {"complete", r.shortening_complete}};
    j["seconds"] = r.seconds;
    j["peak_resident_bytes"] = r.bytes;
    j["reductions"] = r.reductions;
    if (!r.interchangeable.empty()) j["interchangeable"] = r.interchangeable;
    if (!r.ownership_breach.empty()) j["ownership_breach"] = r.ownership_breach.english();
    if (r.frames_breach) j["frames_breach"] = true;
    j["hash_bits"] = r.hash_bits;
    j["merge_odds"] = r.merge_odds;
    j["violations"] = nlohmann::ordered_json::array();
    for (const auto& c : r.violations) {
      nlohmann::ordered_json v = svm::violation_json(c.violation, cfg);
      v.erase("step");
      v["schedule"] = svm::format_schedule(cfg, c.schedule, true);
      v["schedule_steps"] = c.schedule.size();
      v["shortest"] = c.shortest;
      j["violations"].push_back(v);
    }
    out(j.dump(2) + "\n");
  } else {
    // The counts on a line, then whether they are all: a 72-column terminal.
    say(QStringLiteral("%1 (%2): %3 states, %4 transitions, %5 terminal")
            .arg(QString::fromStdString(cfg.scenario->id), QString::fromUtf8(cfg.variant->id.data()))
            .arg(r.states)
            .arg(r.transitions)
            .arg(r.terminal_states));
    say(QStringLiteral("%1 (%2)%3")
            .arg(r.complete ? QStringLiteral("complete") : QStringLiteral("INCOMPLETE"))
            .arg(svmlab::durationText(r.seconds))
            .arg(r.complete ? QString() : QStringLiteral(": ") + QString::fromStdString(r.bound.english())));
    if (!r.complete && !opt.depth_first && r.at_memory_ceiling)
      say(QStringLiteral("(depth first, the default, needs memory only for the states seen, not for a level of machines)"));
    else if (!r.complete && opt.depth_first && !r.cancelled)
      say(QStringLiteral("(--breadth-first explores every schedule of n steps before any of n + 1: stopped early, it "
                         "says up to how many steps it explored them all)"));
    // Where the schedules below come from, when that is not plain.
    if (shortened)
      say(r.shortening_complete
              ? QStringLiteral("schedules: each the shortest (breadth first, %1 states, %2)")
                    .arg(r.shortening_states)
                    .arg(svmlab::durationText(r.shortening_seconds))
              : QStringLiteral("schedules: the search for the shortest stopped after %1 states; those marked are "
                               "as the depth-first search met them, and a shorter one may exist")
                    .arg(r.shortening_states));
    // What the counts rest on: the reductions that made them smaller, and
    // the hash that tells the states apart. One reduction a line: a
    // 72-column terminal.
    QStringList reductions;
    for (const std::string& s : r.reductions) reductions << QString::fromStdString(s);
    out(QStringLiteral("reduced by: %1\n")
            .arg(reductions.isEmpty() ? QStringLiteral("nothing (--no-reduction)")
                                      : reductions.join(QStringLiteral("\n            "))));
    for (const auto& g : r.interchangeable) {
      QStringList names;
      for (const std::string& n : g) names << QString::fromStdString(n);
      say(QStringLiteral("interchangeable: %1 (a violation of one stands for each)").arg(names.join(QStringLiteral(", "))));
    }
    if (!r.ownership_breach.empty())
      say((r.frames_breach ? QStringLiteral("searched again without counting frames as their mm's, because %1")
                           : QStringLiteral("searched again without kernel-object ownership, because %1"))
              .arg(QString::fromStdString(r.ownership_breach.english())));
    out(QStringLiteral("hash compaction: %1 bits a state; odds of two states merged: %2\n")
            .arg(r.hash_bits)
            .arg(r.merge_odds, 0, 'g', 2));
    if (r.violations.empty())
      say(r.complete ? QStringLiteral("no violation in any interleaving explored")
                     : QStringLiteral("no verdict: no violation in the interleavings explored, but the search did not finish"));
    for (const auto& c : r.violations) {
      QString text = QStringLiteral("%1: %2").arg(QString::fromUtf8(svm::violation_kind_name(c.violation.kind).data()),
                                                   QString::fromStdString(svm::message_after_kind(c.violation)));
      if (!c.shortest)  // on a line of its own, indented as the rest
        text += QStringLiteral("\n(a schedule of %1 steps, as depth first met it: a shorter one may exist)").arg(c.schedule.size());
      say(text);
      // The command whole, on a line of its own: copied, it runs.
      out(QStringLiteral("  reproduce: svmlab run %1 --variant %2 --schedule %3\n")
              .arg(QString::fromStdString(cfg.scenario->file.rfind("builtin:", 0) == 0 ? cfg.scenario->id : cfg.scenario->file),
                   QString::fromUtf8(cfg.variant->id.data()),
                   QString::fromStdString(svm::format_schedule(cfg, c.schedule, true))));
    }
  }
  if (!r.complete) return kInconclusive;
  return r.violations.empty() ? 0 : 1;
}

// svmlab matrix: scenarios x hunk sets (core/patch/matrix.h).
int cmd_matrix(const QStringList& args) {
  QCommandLineParser p;
  p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
  p.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV, one row per cell.")});
  p.addOption({QStringLiteral("markdown"), QStringLiteral("Print a Markdown table and the findings.")});
  p.addOption({QStringLiteral("base"), QStringLiteral("The 2016 preset the hunks are switched on (default v4.4)."), QStringLiteral("V")});
  p.addOption({QStringLiteral("jobs"), QStringLiteral("Cells explored at once (default: every core)."), QStringLiteral("N")});
  p.addOption({QStringLiteral("max-states"), QStringLiteral("Stop a cell after N states (default 4000000)."), QStringLiteral("N")});
  p.addOption({QStringLiteral("max-memory"), QStringLiteral("Stop when the process holds N MiB of memory (default 4096)."), QStringLiteral("MiB")});
  if (!parse_or_fail(p, args)) return kUsage;
  int formats = 0;
  for (const char* f : {"json", "csv", "markdown"}) formats += p.isSet(QString::fromLatin1(f)) ? 1 : 0;
  if (formats > 1) {
    err(QStringLiteral("svmlab: matrix: --json, --csv and --markdown exclude each other"));
    return kUsage;
  }
  QStringList names = p.positionalArguments().mid(1);
  if (names.isEmpty()) names = hunk_scenarios();
  std::vector<std::shared_ptr<const svm::Scenario>> scenarios;
  for (const QString& n : names) {
    QString e;
    auto sc = resolve_scenario(n, &e);
    if (!sc) {
      err(e);
      return kUsage;
    }
    scenarios.push_back(sc);
  }
  svm::MatrixOptions opt;
  if (p.isSet(QStringLiteral("base"))) {
    // A 2016 preset without any of the hunks: they are what the matrix switches.
    const std::string base = p.value(QStringLiteral("base")).toStdString();
    const svm::Variant* v = svm::find_variant(base);
    if (!v || base.find('+') != std::string::npos || v->era != svm::Era::Y2016 || svm::hunks_of(*v) != 0) {
      err(QStringLiteral("svmlab: matrix: --base %1: not a 2016 preset without e57e58bd's hunks (v4.4 or "
                         "v4.4-devtlb-fixed)")
              .arg(p.value(QStringLiteral("base"))));
      return kUsage;
    }
    opt.base = base;
  }
  // The cells share one process, so the memory ceiling is the whole matrix's.
  opt.explore.max_bytes = size_t(4) << 30;
  uint64_t jobs = std::max(1u, std::thread::hardware_concurrency());
  uint64_t states = opt.explore.max_states, mib = opt.explore.max_bytes >> 20;
  if (!number_option(p, QStringLiteral("jobs"), 1, 1024, jobs) ||
      !number_option(p, QStringLiteral("max-states"), 1, std::numeric_limits<int32_t>::max(), states) ||
      !number_option(p, QStringLiteral("max-memory"), 1, kMaxMemoryMib, mib))
    return kUsage;
  opt.jobs = static_cast<unsigned>(jobs);
  opt.explore.max_states = static_cast<size_t>(states);
  opt.explore.max_bytes = static_cast<size_t>(mib) << 20;
  const svm::MatrixResult m = svm::run_matrix(scenarios, opt);
  if (p.isSet(QStringLiteral("json")))
    out(svm::matrix_json(m).dump(2) + "\n");
  else if (p.isSet(QStringLiteral("csv")))
    out(svm::matrix_csv(m));
  else if (p.isSet(QStringLiteral("markdown")))
    out(svm::matrix_markdown(m));
  else
    out(svm::matrix_text(m));
  if (!m.complete()) {
    err(QStringLiteral("svmlab: matrix: some cells stopped at a bound; their verdicts are not complete"));
    return kInconclusive;
  }
  for (const auto& c : m.cells)
    if (!c.verdict.empty()) return 1;
  return 0;
}

}  // namespace

int run_cli(const QStringList& args) {
  if (args.size() < 2) return -1;
  const QString cmd = args[1];
  if (cmd == QLatin1String("list")) return cmd_list(args);
  if (cmd == QLatin1String("validate")) return cmd_validate(args);
  if (cmd == QLatin1String("run")) return cmd_run(args);
  if (cmd == QLatin1String("check")) return cmd_check(args);
  if (cmd == QLatin1String("explore")) return cmd_explore(args);
  if (cmd == QLatin1String("matrix")) return cmd_matrix(args);
  return -1;
}

size_t parse_max_steps(const QString& value, QString* error) {
  bool ok = false;
  const qulonglong v = value.toULongLong(&ok);
  if (!ok || v < 1 || v > svm::kMaxRunSteps) {
    *error = QStringLiteral("--max-steps must be a whole number from 1 to %1").arg(svm::kMaxRunSteps);
    return 0;
  }
  return static_cast<size_t>(v);
}

}  // namespace svmlab
