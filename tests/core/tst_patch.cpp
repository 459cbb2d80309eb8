// e57e58bd's hunks as switches (issue #19): variant ids "base+hunks", the
// diff text, v4.4 with every hunk running exactly like v4.5, and the why
// chains every violation carries.

#include <QtTest>
#include <cstring>
#include <regex>
#include <sstream>
#include <set>

#include "core/driver/variant.h"
#include "core/engine/fn_id.h"
#include "core/explore/explorer.h"
#include "core/patch/hunks.h"
#include "core/patch/matrix.h"
#include "core/patch/matrix_format.h"
#include "core/report/trace_format.h"
#include "core/report/why.h"
#include "core/report/wrap.h"
#include "tests/core/fixtures.h"

class TstPatch : public QObject {
  Q_OBJECT
 private slots:
  void parse();
  void compositions();
  void diff_headers();
  void all_hunks_is_v45_data();
  void all_hunks_is_v45();
  void every_subset_runs();
  void why_links_name_real_steps();
  void leak_why_names_the_bind();
  void why_text_fits_a_terminal();
  void uaf_why_names_the_hunk();
  void matrix_cell_equals_explore();
  void matrix_findings_name_the_hunks();
};

void TstPatch::parse() {
  const svm::Variant* a = svm::find_variant("v4.4+bind+fault");
  QVERIFY(a);
  QCOMPARE(std::string(a->id), std::string("v4.4+bind+fault"));
  QVERIFY(!a->bind_keeps_mm_users);
  QVERIFY(a->fault_guard);
  QVERIFY(a->unbind_unregister_first);  // the unbind hunk is not in it
  QVERIFY(!a->release_flushes);
  // Any order: the same variant, under its canonical id.
  QCOMPARE(svm::find_variant("v4.4+fault+bind"), a);
  QCOMPARE(svm::find_variant("v4.4"), &svm::all_variants()[0]);
  std::string e;
  QVERIFY(!svm::parse_variant("v4.4+bind+bind", &e));
  QVERIFY2(e.find("twice") != std::string::npos, e.c_str());
  QVERIFY(!svm::parse_variant("v4.4+nope", &e));
  QVERIFY2(e.find("unknown hunk \"nope\"") != std::string::npos, e.c_str());
  QVERIFY(!svm::parse_variant("v4.4+", &e));
  QVERIFY(!svm::parse_variant("v9+bind", &e));
  QVERIFY2(e.find("unknown variant \"v9\"") != std::string::npos, e.c_str());
  for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s) {
    const svm::Variant* v = svm::find_variant(svm::hunk_variant_id("v4.4", s));
    QVERIFY(v);
    QCOMPARE(svm::hunks_of(*v), s);
  }
}

void TstPatch::compositions() {
  QCOMPARE(svm::variant_composition(*svm::find_variant("v4.5")), std::string("v4.4+bind+unbind+release+fault"));
  QCOMPARE(svm::variant_composition(*svm::find_variant("v4.5-no-fault-guard")), std::string("v4.4+bind+unbind+release"));
  const std::string c = svm::variant_composition(*svm::find_variant("v4.5-no-release-clear"));
  QVERIFY2(c.rfind("v4.4+bind+unbind+fault, and ", 0) == 0, c.c_str());
}

// Each hunk's "@@ -a,b +c,d @@" header counts its own lines.
void TstPatch::diff_headers() {
  const std::regex head(R"(^@@ -(\d+),(\d+) \+(\d+),(\d+) @@)");
  for (const svm::Hunk& h : svm::all_hunks()) {
    const std::string d(h.diff);
    int want_old = 0, want_new = 0, old_n = 0, new_n = 0, headers = 0;
    size_t a = 0;
    bool first = true;
    while (a < d.size()) {
      const size_t b = d.find('\n', a);
      const std::string line = d.substr(a, b - a);
      a = b + 1;
      std::smatch m;
      if (std::regex_search(line, m, head)) {
        QCOMPARE(old_n, want_old);
        QCOMPARE(new_n, want_new);
        if (first) {
          QCOMPARE(std::stoi(m[1]), h.old_line);
          QCOMPARE(std::stoi(m[3]), h.new_line);
          first = false;
        }
        want_old = std::stoi(m[2]);
        want_new = std::stoi(m[4]);
        old_n = new_n = 0;
        ++headers;
        continue;
      }
      QVERIFY(!line.empty());
      if (line[0] != '+') ++old_n;
      if (line[0] != '-') ++new_n;
    }
    QCOMPARE(old_n, want_old);
    QCOMPARE(new_n, want_new);
    QCOMPARE(headers, h.id == svm::HunkId::Fault ? 2 : 1);
  }
}

void TstPatch::all_hunks_is_v45_data() {
  QTest::addColumn<QString>("scenario");
  for (const std::string& id : fixtures::builtin_ids()) QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

// v4.4 with all four hunks runs exactly like v4.5, step for step.
void TstPatch::all_hunks_is_v45() {
  QFETCH(QString, scenario);
  const svm::Trace a = fixtures::run(scenario.toStdString(), "v4.4+bind+unbind+release+fault");
  const svm::Trace b = fixtures::run(scenario.toStdString(), "v4.5");
  QVERIFY(a.complete && b.complete);
  QCOMPARE(a.steps.size(), b.steps.size());
  for (size_t i = 0; i < a.steps.size(); ++i) {
    const auto& x = a.steps[i];
    const auto& y = b.steps[i];
    QVERIFY2(x.thread == y.thread && x.fn == y.fn && x.text == y.text && x.depth == y.depth,
             qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(QString::fromStdString(std::string(x.text)), QString::fromStdString(std::string(y.text)))));
    QCOMPARE(x.changes.size(), y.changes.size());
    for (size_t c = 0; c < x.changes.size(); ++c) QVERIFY(x.changes[c].after == y.changes[c].after);
    QVERIFY(x.violations.size() == y.violations.size());
    QVERIFY(a.states[i + 1] == b.states[i + 1]);
  }
  QCOMPARE(a.violations().size(), b.violations().size());
}

// Every hunk set runs to its end on every built-in scenario (the explorer
// side is the matrix's, tested there).
void TstPatch::every_subset_runs() {
  for (const std::string& id : fixtures::builtin_ids())
    for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s) {
      const svm::Trace t = fixtures::run(id, svm::hunk_variant_id("v4.4", s));
      QVERIFY2(t.complete, (id + " " + svm::hunk_set_name(s)).c_str());
    }
}

// Every link of every why chain names a step of the trace and that step's
// function; over every built-in scenario, every hunk set.
void TstPatch::why_links_name_real_steps() {
  int chains = 0;
  for (const std::string& id : fixtures::builtin_ids())
    for (svm::HunkSet s = 0; s <= svm::kAllHunks; ++s) {
      const svm::Trace t = fixtures::run(id, svm::hunk_variant_id("v4.4", s));
      for (const svm::Violation& v : t.violations()) {
        const auto why = svm::why_chain(v, t);
        QVERIFY2(!why.empty(), (id + ": " + v.message.english()).c_str());
        ++chains;
        for (const svm::WhyLink& l : why) {
          QVERIFY(!l.says.empty());
          if (l.step == -1) continue;
          QVERIFY2(l.step >= 1 && l.step <= static_cast<int>(t.steps.size()), (id + ": " + l.says).c_str());
          QCOMPARE(l.function, std::string(svm::fn_name(t.steps[static_cast<size_t>(l.step - 1)].fn)));
          QVERIFY2(l.says.find(l.function) != std::string::npos, l.says.c_str());
        }
      }
    }
  QVERIFY(chains > 10);
}

// The issue's example: in v4.4, the svm's mm_users link was taken in
// intel_svm_bind_mm, the VMA's f_count in mmap_region, and the chain closes
// the cycle.
void TstPatch::leak_why_names_the_bind() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.4");
  const auto vs = t.violations();
  auto leak = std::find_if(vs.begin(), vs.end(), [](const svm::Violation& v) { return v.kind == svm::ViolationKind::Leak; });
  QVERIFY(leak != vs.end());
  const auto why = svm::why_chain(*leak, t);
  QCOMPARE(why.size(), leak->cycle.size() + 1);
  bool bind = false, vm_file = false;
  for (const auto& l : why) {
    if (l.function == "intel_svm_bind_mm" && l.says.find("mm_users") != std::string::npos) bind = true;
    if (l.says.find("f_count") != std::string::npos && l.says.find("remove_vma") != std::string::npos) vm_file = true;
  }
  QVERIFY(bind);
  QVERIFY(vm_file);
  // The same chain from a run that kept no snapshots (check does that).
  svm::RunOptions o;
  o.keep_states = false;
  const svm::Trace lean = svm::simulate(t.cfg, o);
  const auto lv = lean.violations();
  auto ll = std::find_if(lv.begin(), lv.end(), [](const svm::Violation& v) { return v.kind == svm::ViolationKind::Leak; });
  QVERIFY(ll != lv.end());
  const auto why2 = svm::why_chain(*ll, lean);
  QCOMPARE(why2.size(), why.size());
  for (size_t i = 0; i < why.size(); ++i) QCOMPARE(why2[i].says, why[i].says);
}

// The leak's why-chain as `check` prints it: every line within the width
// (72 with check's two-column indent), continued lines indented, and no
// word lost or cut: the words, read back in order, are the chain's.
void TstPatch::why_text_fits_a_terminal() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.4");
  const auto vs = t.violations();
  auto leak = std::find_if(vs.begin(), vs.end(), [](const svm::Violation& v) { return v.kind == svm::ViolationKind::Leak; });
  QVERIFY(leak != vs.end());
  const auto why = svm::why_chain(*leak, t);
  const std::string text = svm::why_text(why, 70, 4);
  auto words = [](const std::string& s) {
    std::vector<std::string> w;
    std::istringstream in(s);
    for (std::string x; in >> x;) w.push_back(x);
    return w;
  };
  std::string all;
  for (const auto& l : why) all += (l.step >= 1 ? "- " : "= ") + l.says + " ";
  QCOMPARE(words(text), words(all));
  std::istringstream lines(text);
  int continued = 0;
  for (std::string line; std::getline(lines, line);) {
    QVERIFY2(line.size() <= 70, line.c_str());
    if (line.rfind("    ", 0) == 0) ++continued;
    else QVERIFY2(line.rfind("- ", 0) == 0 || line.rfind("= ", 0) == 0, line.c_str());
  }
  QVERIFY(continued >= int(why.size()));  // every link of this chain takes more than a line
  // check's lines name the kind once: the device's use-after-free message starts with it.
  const svm::Trace uaf = fixtures::run("accel-dma-during-exit", "v4.5");
  const auto uvs = uaf.violations();
  const auto u = std::find_if(uvs.begin(), uvs.end(), [](const svm::Violation& v) { return v.kind == svm::ViolationKind::UseAfterFree; });
  QVERIFY(u != uvs.end());
  QVERIFY(u->message.english().rfind("use-after-free: ", 0) == 0);
  QCOMPARE(svm::message_after_kind(*u), u->message.english().substr(16));
  const std::string summary = svm::violations_text(uvs, *uaf.cfg, svm::kTerminalColumns);
  QVERIFY2(summary.find("use-after-free at step " + std::to_string(u->step) + " (accel0): device accel0") != std::string::npos,
           summary.c_str());
  QVERIFY(summary.find("use-after-free: use-after-free") == std::string::npos);
  // A word longer than the line keeps its line whole; a line break of the text's own starts a line.
  const std::string path(90, 'x');
  QCOMPARE(svm::wrap_hanging("see " + path + " now", 72, 2), "see\n  " + path + "\n  now\n");
  QCOMPARE(svm::wrap_hanging("a\nb", 72, 2), std::string("a\n  b\n"));
  QCOMPARE(svm::wrap_hanging("", 72, 2), std::string("\n"));
  // A row: its head in the first columns, its text filled beside it (a head too wide gets a line of its own).
  QCOMPARE(svm::wrap_row("  v4.5", "mm_count only; release() clears", 10, 2, 30),
           std::string("  v4.5    mm_count only;\n            release() clears\n"));
  QCOMPARE(svm::wrap_row("  a-very-long-head", "x", 8), std::string("  a-very-long-head\n        x\n"));
  // A head exactly as wide as its column (a matrix cell of 100 M states) does not run into its text.
  QCOMPARE(svm::wrap_row("  bind 123456789 states", "ok", 23), std::string("  bind 123456789 states\n                       ok\n"));
  // Columns are code points: 70 arrows of three bytes each fit.
  std::string arrows;
  for (int i = 0; i < 35; ++i) arrows += "\u2192\u2192 ";
  const std::string filled = svm::wrap_hanging(arrows, 72, 0);
  QCOMPARE(std::count(filled.begin(), filled.end(), '\n'), 2);  // 70 arrows and 35 blanks: two lines
  for (const char* cut = filled.c_str(); *cut;) {
    const char* nl = std::strchr(cut, '\n');
    QCOMPARE(std::count_if(cut, nl, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }) <= 72, true);
    cut = nl + 1;
  }
}

// A use-after-free in the fix without its fault guard names the `fault` hunk.
void TstPatch::uaf_why_names_the_hunk() {
  int named = 0;
  for (const char* variant : {"v4.4+bind+unbind+release", "v4.4+bind+unbind+fault"})
    for (const std::string& id : fixtures::builtin_ids()) {
      const svm::Trace t = fixtures::run(id, variant);
      for (const svm::Violation& v : t.violations()) {
        if (v.kind != svm::ViolationKind::UseAfterFree) continue;
        const auto why = svm::why_chain(v, t);
        QVERIFY(why.size() >= 2);
        QVERIFY2(why.front().says.find("freed at step") != std::string::npos, why.front().says.c_str());
        if (why.back().says.find("hunk of e57e58bd, absent from") != std::string::npos) ++named;
      }
    }
  QVERIFY(named > 0);
}

// The issue's check: the matrix cell bind+unbind+release of
// accel-dma-during-exit is `explore --variant v4.5-no-fault-guard`.
void TstPatch::matrix_cell_equals_explore() {
  svm::MatrixOptions opt;
  const svm::MatrixResult m = svm::run_matrix({fixtures::builtin("accel-dma-during-exit")}, opt);
  QCOMPARE(m.cells.size(), size_t(16));
  for (const auto& c : m.cells) QVERIFY2(c.complete && c.error.empty(), (c.variant + ": " + c.bound + c.error).c_str());
  const svm::HunkSet s = svm::hunk_bit(svm::HunkId::Bind) | svm::hunk_bit(svm::HunkId::Unbind) | svm::hunk_bit(svm::HunkId::Release);
  const svm::MatrixCell& cell = m.cell(0, s);
  QCOMPARE(cell.variant, std::string("v4.4+bind+unbind+release"));
  const auto cfg = fixtures::config("accel-dma-during-exit", "v4.5-no-fault-guard");
  const svm::ExploreResult r = svm::explore(cfg);
  QVERIFY(r.complete);
  QCOMPARE(cell.states, r.states);
  std::set<std::string> kinds;
  for (const auto& c : r.violations) kinds.insert(std::string(svm::violation_kind_name(c.violation.kind)));
  QCOMPARE(std::vector<std::string>(kinds.begin(), kinds.end()), cell.verdict);
  QVERIFY(!cell.verdict.empty());  // the fix without its fault guard is not safe here
  for (const auto& ce : cell.counterexamples) {
    size_t shortest = SIZE_MAX;
    for (const auto& c : r.violations)
      if (svm::violation_kind_name(c.violation.kind) == ce.kind) shortest = std::min(shortest, c.schedule.size());
    // The schedule replays to that kind of violation in as many steps.
    std::string err;
    const auto sched = svm::parse_schedule(*cfg, ce.schedule, &err);
    QVERIFY2(sched, err.c_str());
    QCOMPARE(sched->size(), shortest);
  }
  // v4.4 + all hunks is v4.5 here too: only what the 2016 device-TLB
  // descriptor lets through (a device's DMA through its stale entry)...
  QCOMPARE(m.cell(0, svm::kAllHunks).verdict, (std::vector<std::string>{"dangling", "use-after-free"}));
  // ...and on the base with the descriptor fixed, nothing in any interleaving.
  svm::MatrixOptions fixed;
  fixed.base = "v4.4-devtlb-fixed";
  const svm::MatrixResult mf = svm::run_matrix({fixtures::builtin("accel-dma-during-exit")}, fixed);
  QCOMPARE(mf.cell(0, svm::kAllHunks).variant, std::string("v4.4-devtlb-fixed+bind+unbind+release+fault"));
  QVERIFY(mf.cell(0, svm::kAllHunks).complete);
  QVERIFY(mf.cell(0, svm::kAllHunks).verdict.empty());
  QVERIFY(!mf.cell(0, 0).verdict.empty());  // v4.4 is not safe here, descriptor or not
  const auto j = svm::matrix_json(m);
  QCOMPARE(j["hunks"].size(), size_t(4));
  QCOMPARE(j["cells"].size(), size_t(16));
  QVERIFY(j["cells"][s].contains("counterexamples"));
  QVERIFY(!j["findings"].empty());
}

// On accel-mmap-exit the leak needs `bind` gone from v4.4... that is, the
// bind hunk is in every set that prevents it; the sentence says so.
void TstPatch::matrix_findings_name_the_hunks() {
  svm::MatrixOptions opt;
  const svm::MatrixResult m = svm::run_matrix({fixtures::builtin("accel-mmap-exit")}, opt);
  QVERIFY(m.complete());
  const svm::MatrixFinding* leak = nullptr;
  for (const auto& f : m.findings)
    if (f.kind == "leak") leak = &f;
  QVERIFY(leak);
  QVERIFY(leak->necessary & svm::hunk_bit(svm::HunkId::Bind));
  QVERIFY2(leak->sentence.find("the leak in accel-mmap-exit is prevented") == 0, leak->sentence.c_str());
  QVERIFY2(leak->sentence.find("`bind") != std::string::npos, leak->sentence.c_str());
  // Each minimal set really prevents it, and no smaller set does.
  for (svm::HunkSet p : leak->minimal) {
    const auto& v = m.cell(0, p).verdict;
    QVERIFY(std::find(v.begin(), v.end(), "leak") == v.end());
    for (const svm::Hunk& h : svm::all_hunks())
      if (p & svm::hunk_bit(h.id)) {
        const auto& w = m.cell(0, p & ~svm::hunk_bit(h.id)).verdict;
        QVERIFY(std::find(w.begin(), w.end(), "leak") != w.end());
      }
  }
}

QTEST_APPLESS_MAIN(TstPatch)
#include "tst_patch.moc"
