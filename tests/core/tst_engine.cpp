// The engine: snapshots are values, stepping is deterministic, stepping back
// and forward reproduces the same states, and every kind of report the
// checker makes can be provoked by a purpose-built case.

#include <QtTest>
#include <optional>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <QDirIterator>
#include <QRegularExpression>
#include <utility>

#include "core/base/text.h"
#include "core/engine/boot.h"
#include "core/driver/variant.h"
#include "core/engine/checker.h"
#include "core/engine/ctx.h"
#include "core/engine/step.h"
#include "core/mem/shared_vector.h"
#include "core/report/mail.h"
#include "core/report/verdict_words.h"
#include "core/scenario/loader.h"
#include "core/base/chunked_vector.h"
#include "core/base/small_vector.h"
#include "core/engine/call_chain.h"
#include "core/engine/dangling.h"
#include "tests/core/fixtures.h"

namespace {

std::shared_ptr<svm::Config> config_from_text(const std::string& json, const char* variant = "v4.5") {
  svm::LoadResult r = svm::load_scenario(json, "test.json");
  if (!r) throw std::runtime_error(r.error.format());
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(std::make_shared<svm::Scenario>(*r.scenario), *svm::find_variant(variant), *cfg);
  if (!e.empty()) throw std::runtime_error(e);
  return cfg;
}

// Run one model function on a thread of a booted machine, as if called there.
std::vector<svm::Violation> call(svm::Machine& m, const svm::Config& cfg, int tid, svm::FnId fn,
                                 std::vector<int64_t> args, int max_steps = 200) {
  svm::Frame f;
  f.fn = fn;
  std::copy(args.begin(), args.end(), f.v.begin());
  auto& th = m.threads.mut()[tid];
  const size_t depth = th.stack.size();
  th.stack.push_back(f);
  std::vector<svm::Violation> found;
  for (int i = 0; i < max_steps && (*m.threads)[tid].stack.size() > depth && (*m.threads)[tid].state == svm::RunState::Live; ++i) {
    if (!svm::can_step(m, cfg, tid)) break;
    svm::StepSink sink{nullptr, &found, false};
    svm::step(m, cfg, tid, sink);
  }
  return found;
}

const char* kOneProcess = R"({
  "format": "svmlab-scenario/1", "id": "t",
  "machine": {"devices": [{"name": "accel0", "sid": "00:04.0"}]},
  "processes": [{"name": "app", "actions": [{"do": "open", "device": "accel0", "as": "a"}, {"do": "bind", "fd": "a"}]}]
})";

}  // namespace

class TstEngine : public QObject {
  Q_OBJECT
 private slots:
  void text_substitutes_arguments();
  void call_chain_and_chunked_vector_hold_what_a_vector_holds();
  void chunked_vector_makes_a_big_chunk_resident_at_once();
  void small_vector_holds_what_a_vector_holds();
  void frame_stacks_keep_the_hash_of_their_frames();
  void traced_run_finds_the_dangling_pointers_a_copying_step_finds();
  void runs_are_deterministic();
  void back_and_forward_reproduce_states();
  void snapshots_are_not_changed_by_later_steps();
  void snapshots_share_unchanged_parts();
  void tables_are_shared_one_by_one();
  void refcount_underflow_is_reported();
  void register_on_dead_mm_is_a_bug();
  void use_after_free_names_who_freed();
  void deadlock_is_reported();
  void isolation_is_reported();
  void schedule_parses_and_replays();
  void shared_vector_shares_chunks_and_hashes_by_value();
  void check_keeps_one_state();
  // Issue 18, the scenario format
  void exit_label_completes_when_the_task_is_dead();
  void hold_breakpoint_serves_every_variant_data();
  void hold_breakpoint_serves_every_variant();
  void schedule_error_is_no_verdict();
  // Issue 18: dangling hardware pointers
  void dangling_is_reported_where_it_arises();
  // Issue 23.2: simulator bugs stop the run
  void function_tables_validate();
  void a_bad_table_is_refused();
  void jump_labels_in_the_source_resolve();
  void object_index_out_of_range_is_internal();
  void null_object_is_the_oops();
  void unknown_label_is_internal();
  void injected_state_mid_run_is_internal();
  void replayed_states_equal_the_run();
  void simulate_from_equals_a_whole_run();
  void bound_run_has_no_verdict_in_words();
  void own_run_flag_equals_a_second_simulation();
  void remembering_picker_picks_what_default_pick_picks();
};

void TstEngine::runs_are_deterministic() {
  for (const char* v : {"v4.4", "v4.5", "v4.5-no-fault-guard"}) {
    const svm::Trace a = fixtures::run("accel-dma-during-exit", v);
    const svm::Trace b = fixtures::run("accel-dma-during-exit", v);
    QCOMPARE(a.states.size(), b.states.size());
    for (size_t i = 0; i < a.states.size(); ++i) {
      QVERIFY(a.states[i] == b.states[i]);
      QCOMPARE(a.states[i].hash(), b.states[i].hash());
    }
  }
}

void TstEngine::back_and_forward_reproduce_states() {
  // Forward N, back M, forward again from there, stepping the same threads:
  // every state must come out identical to the recorded one.
  const svm::Trace t = fixtures::run("accel-dma-during-exit", "v4.5");
  const auto& cfg = *t.cfg;
  const size_t n = t.steps.size();
  for (size_t forward : {n / 3, n / 2, n - 5}) {
    for (size_t back : {size_t(1), size_t(7), forward / 2}) {
      const size_t from = forward - back;
      svm::Machine m = t.states[from];  // stepping back is indexing
      for (size_t i = from; i < std::min(n, forward + 20); ++i) {
        svm::StepSink sink;
        svm::step(m, cfg, t.steps[i].thread, sink);
        QVERIFY2(m == t.states[i + 1], qPrintable(QStringLiteral("state %1 differs").arg(i + 1)));
        QCOMPARE(m.hash(), t.states[i + 1].hash());
      }
    }
  }
}

void TstEngine::snapshots_are_not_changed_by_later_steps() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.5");
  std::vector<uint64_t> hashes;
  for (const auto& s : t.states) hashes.push_back(s.hash());
  // Step a copy of every state once more; the recorded snapshots must not move.
  for (size_t i = 0; i + 1 < t.states.size(); ++i) {
    svm::Machine m = t.states[i];
    svm::StepSink sink;
    svm::step(m, *t.cfg, t.steps[i].thread, sink);
  }
  for (size_t i = 0; i < t.states.size(); ++i) {
    svm::Machine fresh = t.states[i];
    QCOMPARE(fresh.hash(), hashes[i]);
  }
  // And the first state is still the booted machine.
  QVERIFY(t.states[0] == svm::boot(*t.cfg));
}

void TstEngine::snapshots_share_unchanged_parts() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.4");
  size_t unshared = 0;
  for (size_t i = 1; i < t.states.size(); ++i) {
    const svm::Machine prev = t.states[i - 1];
    unshared += t.states[i].unshared_bytes(&prev);
  }
  const double per_step = double(unshared) / double(t.steps.size());
  qInfo("snapshot cost: %.0f bytes per step over %zu steps", per_step, t.steps.size());
  QVERIFY(per_step < 16 * 1024);  // kilobytes, not more
}

// The kernel's and the driver's tables are shared one by one (CowVector):
// a write to an mm clones the mm table alone. And a machine handed to
// another depth-first worker (Machine::unshare()) shares none of them with
// the one it came from: both threads count those references plainly.
void TstEngine::tables_are_shared_one_by_one() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.5");
  const svm::Machine& a = t.states.back();
  svm::Machine b = a;
  b.k.mut().mms[0].count += 1;
  QVERIFY(!b.k.shares(a.k));
  QVERIFY(!b.k->mms.shares(a.k->mms));
  QVERIFY(b.k->tasks.shares(a.k->tasks) && b.k->vmas.shares(a.k->vmas) && b.k->files.shares(a.k->files) &&
          b.k->fdtables.shares(a.k->fdtables));
  QVERIFY(b.k.hash128() != a.k.hash128());
  b.k.mut().mms[0].count -= 1;
  QVERIFY(b == a && b.hash128() == a.hash128());  // equal again, and so hashed

  svm::Machine c = a;
  c.unshare();
  QVERIFY(!c.k.shares(a.k) && !c.drv.shares(a.drv));
  QVERIFY(!c.k->tasks.shares(a.k->tasks) && !c.k->mms.shares(a.k->mms) && !c.k->vmas.shares(a.k->vmas) &&
          !c.k->files.shares(a.k->files) && !c.k->fdtables.shares(a.k->fdtables));
  QVERIFY(!c.drv->svms.shares(a.drv->svms) && !c.drv->sdevs.shares(a.drv->sdevs) &&
          !c.drv->qi_status.shares(a.drv->qi_status));
  QVERIFY(c == a && c.hash128() == a.hash128());

  // Nor the frames under a thread's top (FrameStack), which a copy of the
  // thread shares: taken from a state with a thread three frames deep.
  std::optional<svm::Machine> deep;
  for (size_t i = 0; i < t.states.size() && !deep; ++i) {
    svm::Machine m = t.states[i];
    for (const svm::Thread& th : *m.threads)
      if (th.stack.size() >= 3) deep = m;
  }
  QVERIFY(deep);
  const svm::ThreadTable& from = deep->threads;
  svm::Machine d = *deep;
  d.threads.mut()[0].ret += 0;  // the table and thread 0 copied: the stacks still share their frames
  size_t shared = 0;
  for (size_t i = 0; i < d.threads->size(); ++i) shared += (*d.threads)[i].stack.shares_frames_with(from[i].stack);
  QVERIFY(shared > 0);
  d.unshare();
  for (size_t i = 0; i < d.threads->size(); ++i) {
    QVERIFY(!(*d.threads)[i].stack.shares_frames_with(from[i].stack));
    QVERIFY((*d.threads)[i].stack == from[i].stack);
  }
  QVERIFY(d == *deep && d.hash128() == deep->hash128());
}

void TstEngine::refcount_underflow_is_reported() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  m.k.mut().mms[0].count = 0;  // as if someone had already dropped the last mm_count
  const auto found = call(m, *cfg, 0, svm::FnId::mmdrop, {1});
  QVERIFY(!found.empty());
  QCOMPARE(found.front().kind, svm::ViolationKind::Refcount);
  QVERIFY(QString::fromStdString(found.front().message.english()).contains(QStringLiteral("underflow")));
}

void TstEngine::register_on_dead_mm_is_a_bug() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  m.drv.mut().svms.push_back({});  // an intel_svm to register
  m.k.mut().mms[0].users = 0;      // the mm is defunct
  const auto found = call(m, *cfg, 0, svm::FnId::mmu_notifier_register, {1, 1});
  QCOMPARE(found.size(), size_t(1));
  QCOMPARE(found.front().kind, svm::ViolationKind::Bug);
  QVERIFY(QString::fromStdString(found.front().message.english()).contains(QStringLiteral("mm_users == 0")));
  QCOMPARE((*m.threads)[0].state, svm::RunState::Oopsed);
}

void TstEngine::use_after_free_names_who_freed() {
  const svm::Trace t = fixtures::run("accel-dma-during-exit", "v4.5-no-fault-guard");
  const auto vs = t.violations();
  auto it = std::find_if(vs.begin(), vs.end(), [](const svm::Violation& v) { return v.kind == svm::ViolationKind::UseAfterFree; });
  QVERIFY(it != vs.end());
  const QString msg = QString::fromStdString(it->message.english());
  QVERIFY2(msg.contains(QStringLiteral("find_extend_vma")), qPrintable(msg));
  QVERIFY2(msg.contains(QStringLiteral("freed by app in remove_vma()")), qPrintable(msg));
  QCOMPARE(t.cfg->threads[it->thread].name, std::string("prq"));
  QVERIFY(it->step > 0);
  // The step it names is the one that did it.
  QVERIFY(!t.steps[it->step - 1].violations.empty());
}

void TstEngine::deadlock_is_reported() {
  // Each process waits for the other: nothing can run, and neither is done.
  auto cfg = config_from_text(R"({
    "format": "svmlab-scenario/1", "id": "t",
    "processes": [
      {"name": "a", "actions": [{"do": "wait", "after": "b-done"}, {"do": "exit", "label": "a-done"}]},
      {"name": "b", "actions": [{"do": "wait", "after": "a-done"}, {"do": "exit", "label": "b-done"}]}
    ]})");
  const svm::Trace t = svm::simulate(cfg);
  QVERIFY(t.complete);
  QCOMPARE(t.end.size(), size_t(1));
  QCOMPARE(t.end.front().kind, svm::ViolationKind::Deadlock);
  QVERIFY(QString::fromStdString(t.end.front().message.english()).contains(QStringLiteral("a waits for")));
}

void TstEngine::isolation_is_reported() {
  // B's device (PASID-enabled by B's own bind) uses A's PASID: the PASID
  // table is shared by every device behind the IOMMU, so the hardware lets it.
  auto cfg = config_from_text(R"({
    "format": "svmlab-scenario/1", "id": "t",
    "machine": {"devices": [
      {"name": "accelA", "sid": "00:04.0", "did": 1},
      {"name": "accelB", "sid": "00:05.0", "did": 2,
       "actions": [{"do": "dma_write", "addr": "0x600000", "pasid": 0, "after": "ready", "label": "rogue"}]}]},
    "processes": [
      {"name": "A", "actions": [
        {"do": "open", "device": "accelA", "as": "fa"}, {"do": "bind", "fd": "fa", "label": "a-bound"},
        {"do": "mmap_anon", "addr": "0x600000"}, {"do": "touch", "addr": "0x600000", "write": true, "label": "a-ready"},
        {"do": "wait", "after": "rogue"}, {"do": "exit"}]},
      {"name": "B", "actions": [
        {"do": "open", "device": "accelB", "as": "fb", "after": "a-ready"}, {"do": "bind", "fd": "fb", "label": "ready"},
        {"do": "wait", "after": "rogue"}, {"do": "exit"}]}]
  })");
  const svm::Trace t = svm::simulate(cfg);
  const auto vs = t.violations();
  auto it = std::find_if(vs.begin(), vs.end(), [](const svm::Violation& v) { return v.kind == svm::ViolationKind::Isolation; });
  QVERIFY2(it != vs.end(), vs.empty() ? "no violations" : vs.front().message.english().c_str());
  QVERIFY(QString::fromStdString(it->message.english()).contains(QStringLiteral("without being bound")));
}

void TstEngine::schedule_parses_and_replays() {
  auto cfg = fixtures::config("accel-mmap-exit", "v4.5");
  std::string err;
  auto s = svm::parse_schedule(*cfg, "app*3, iommu ,app", &err);
  QVERIFY(s);
  QCOMPARE(s->size(), size_t(5));
  QVERIFY(!svm::parse_schedule(*cfg, "nobody", &err));
  QVERIFY(QString::fromStdString(err).contains(QStringLiteral("nobody")));
  QVERIFY(!svm::parse_schedule(*cfg, "app*0", &err));
  // A trace's own schedule replays to the same trace.
  const svm::Trace t = svm::simulate(cfg);
  std::vector<int> sched;
  for (const auto& st : t.steps) sched.push_back(st.thread);
  const std::string text = svm::format_schedule(*cfg, sched, true);
  auto parsed = svm::parse_schedule(*cfg, text, &err);
  QVERIFY(parsed);
  QCOMPARE(*parsed, sched);
  svm::RunOptions o;
  o.schedule = *parsed;
  const svm::Trace r = svm::simulate(cfg, o);
  QVERIFY(r.states.back() == t.states.back());
  // A schedule that asks for a thread that cannot run says so.
  o.schedule = {cfg->find_thread("prq")};
  const svm::Trace bad = svm::simulate(cfg, o);
  QVERIFY(!bad.schedule_error.empty());
}

void TstEngine::text_substitutes_arguments() {
  using svm::Text;
  using svm::txt;
  QCOMPARE(Text(N_("PASID %1 allocated.")).english(), std::string("PASID %1 allocated."));  // no argument: as written
  QCOMPARE(txt(N_("PASID %1 allocated."), 3).english(), std::string("PASID 3 allocated."));
  // Several, out of order, repeated; a missing one stays; "%" alone stays.
  QCOMPARE(txt(N_("%2 before %1, %1 again, %3 missing, 100%"), std::string("a"), std::string("b")).english(),
           std::string("b before a, a again, %3 missing, 100%"));
  // An argument is never re-scanned: its own "%1" is text.
  QCOMPARE(txt(N_("[%1] %2"), std::string("%2"), std::string("x")).english(), std::string("[%2] x"));
  // Nested texts, verbatim words and joins.
  const Text inner = txt(N_("%1 in %2()"), std::string("app"), std::string("exit_mm"));
  const Text outer = txt(N_("freed by %1"), inner);
  QCOMPARE(outer.english(), std::string("freed by app in exit_mm()"));
  QCOMPARE(Text::verbatim("50% of %1").english(), std::string("50% of %1"));
  QVERIFY(!Text::verbatim("x").translatable());
  QCOMPARE(Text::join(Text(N_("One.")), txt(N_("Two %1."), 2)).english(), std::string("One. Two 2."));
  QCOMPARE(Text::join(Text(), Text(N_("Only."))).english(), std::string("Only."));
  std::vector<Text> parts;
  for (int i = 1; i <= 12; ++i) parts.push_back(txt(N_("<%1>"), i));
  QCOMPARE(Text::concat(parts).english(), std::string("<1><2><3><4><5><6><7><8><9><10><11><12>"));
  // The templates a translator sees: translatable ones only, nested included.
  std::vector<std::string> t;
  Text::join(outer, Text::verbatim("v")).templates(t);
  QCOMPARE(t, (std::vector<std::string>{"%1 %2", "freed by %1", "%1 in %2()"}));
  // A violation's message: the English for the command line, the template for the GUI.
  svm::Violation v;
  v.message = txt(N_("double free of frame %1"), std::string("0x1000"));
  QCOMPARE(v.message.english(), std::string("double free of frame 0x1000"));
  QCOMPARE(v.message.tmpl(), std::string("double free of frame %1"));
}

void TstEngine::shared_vector_shares_chunks_and_hashes_by_value() {
  svm::SharedVector<svm::Vma> a;
  std::vector<svm::Vma> plain;
  for (uint64_t i = 0; i < 100; ++i) {
    svm::Vma v;
    v.start = i << 12;
    a.push_back(v);
    plain.push_back(v);
  }
  QCOMPARE(a.size(), size_t(100));
  svm::SharedVector<svm::Vma> b = a;  // a snapshot
  b[70].alive = false;                // a step writes one VMA
  QCOMPARE(&std::as_const(b)[0], &std::as_const(a)[0]);    // the untouched chunks are shared
  QCOMPARE(&std::as_const(b)[99], &std::as_const(a)[99]);
  QVERIFY(&std::as_const(b)[70] != &std::as_const(a)[70]);  // the written one is not
  QVERIFY(std::as_const(a)[70].alive);                      // and the snapshot kept its value
  QVERIFY(!(a == b));
  // Equality and hashing are by value, as for a plain vector.
  plain[70].alive = false;
  QCOMPARE(svm::hash128_of(b).lo, svm::hash128_of(plain).lo);
  b[70].alive = true;
  QVERIFY(a == b);
  QCOMPARE(svm::hash128_of(a).lo, svm::hash128_of(b).lo);
  size_t n = 0;
  for (const svm::Vma& v : a) QCOMPARE(v.start, uint64_t(n++) << 12);
  QCOMPARE(n, size_t(100));
}

void TstEngine::check_keeps_one_state() {
  svm::RunOptions o;
  o.keep_states = false;
  const svm::Trace lean = svm::simulate(fixtures::config("accel-mmap-exit", "v4.4"), o);
  const svm::Trace full = fixtures::run("accel-mmap-exit", "v4.4");
  QCOMPARE(lean.states.size(), size_t(1));
  QCOMPARE(lean.steps.size(), full.steps.size());
  QVERIFY(lean.states.back() == full.states.back());
  QCOMPARE(lean.violations().size(), full.violations().size());
  QVERIFY(!lean.end.empty());  // the leak, found at the end as before
}

namespace {

std::shared_ptr<svm::Config> config_from_file(const std::string& rel, const char* variant) {
  svm::LoadResult r = svm::load_scenario_file(fixtures::source_dir() + "/" + rel);
  if (!r) throw std::runtime_error(r.error.format());
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(std::make_shared<svm::Scenario>(*r.scenario), *svm::find_variant(variant), *cfg);
  if (!e.empty()) throw std::runtime_error(e);
  return cfg;
}

// The first step of `thread` at or after `from` whose text contains `text`, or -1.
int find_step(const svm::Trace& t, int thread, const std::string& text, int from = 0) {
  for (size_t i = static_cast<size_t>(from); i < t.steps.size(); ++i)
    if (t.steps[i].thread == thread && t.steps[i].text.find(text) != std::string::npos) return static_cast<int>(i);
  return -1;
}

int milestone_step(const svm::Trace& t, svm::Milestone ms, int thread) {
  for (size_t i = 0; i < t.steps.size(); ++i)
    if (t.steps[i].milestone == ms && t.steps[i].thread == thread) return static_cast<int>(i);
  return -1;
}

bool has_kind(const std::vector<svm::Violation>& vs, svm::ViolationKind k, const char* says = "") {
  return std::any_of(vs.begin(), vs.end(), [&](const svm::Violation& v) {
    return v.kind == k && v.message.english().find(says) != std::string::npos;
  });
}

}  // namespace

void TstEngine::exit_label_completes_when_the_task_is_dead() {
  // "Start after the first process has exited", in the variant where its mm
  // leaks (v4.4: the binding holds mm_users) and in the one where it is freed.
  for (const char* variant : {"v4.4", "v4.5"}) {
    auto cfg = config_from_text(R"({
      "format": "svmlab-scenario/1", "id": "t",
      "machine": {"devices": [{"name": "accel0", "sid": "00:04.0"}]},
      "processes": [
        {"name": "first", "actions": [{"do": "open", "device": "accel0", "as": "a"}, {"do": "bind", "fd": "a"},
          {"do": "mmap", "fd": "a", "addr": "0x7f0000000000"}, {"do": "exit", "label": "first-gone"}]},
        {"name": "second", "actions": [{"do": "wait", "after": "first-gone"}, {"do": "exit", "label": "second-gone"}]}
      ]})", variant);
    const svm::Trace t = svm::simulate(cfg);
    QVERIFY(t.complete);
    QVERIFY2(!has_kind(t.violations(), svm::ViolationKind::Deadlock), variant);
    const int first = cfg->find_thread("first"), second = cfg->find_thread("second");
    // The second process's wait starts only once the first's task_struct is gone.
    const int freed = find_step(t, first, "put_task_struct(prev)");
    const int waited = find_step(t, second, "/* wait */");
    QVERIFY(freed >= 0);
    QVERIFY2(waited > freed, variant);
    QCOMPARE((*t.states.back().threads)[second].state, svm::RunState::Done);
  }
}

void TstEngine::hold_breakpoint_serves_every_variant_data() {
  QTest::addColumn<QString>("variant");
  QTest::newRow("v4.5") << QStringLiteral("v4.5");
  QTest::newRow("v4.5-no-fault-guard") << QStringLiteral("v4.5-no-fault-guard");
}

void TstEngine::hold_breakpoint_serves_every_variant() {
  // One file, one hold: "hold the prq thread right after it took its
  // mm_users reference until the app reaches exit_mmap".
  QFETCH(QString, variant);
  const bool guard = variant == QLatin1String("v4.5");
  auto cfg = config_from_file("tests/data/hold-prq-after-mm-users.json", qPrintable(variant));
  const svm::Trace t = svm::simulate(cfg);
  QVERIFY(t.complete);
  const int app = cfg->find_thread("app"), prq = cfg->find_thread("prq");
  const int found = find_step(t, prq, "if (!svm || svm->pasid != req->pasid)");
  QVERIFY(found >= 0);
  const int took = find_step(t, prq, "atomic_inc_not_zero(&svm->mm->mm_users)", found);
  QCOMPARE(took >= 0, guard);  // the guard's line is only in v4.5
  const int down = find_step(t, prq, "down_read(&svm->mm->mmap_sem);", found);
  QVERIFY(down > found);
  // The line before the breakpoint: the guard's in v4.5, "if (!svm->mm)" where there is none.
  const int last = guard ? took : find_step(t, prq, "if (!svm->mm) goto bad_req;", found);
  QVERIFY(last > found);
  // The thread stopped right there: the process ran while it was held.
  const int app_exit = milestone_step(t, svm::Milestone::DoExit, app);
  QVERIFY(app_exit > last);
  QVERIFY(app_exit < down);
  for (int i = last + 1; i < down; ++i) QVERIFY(t.steps[static_cast<size_t>(i)].thread != prq);
  if (guard) {
    // v4.5: the reference the thread holds keeps mm_users above 0, so the
    // process never reaches exit_mmap; the hold lets go when nothing else can
    // run, and the page-request thread's own mmput() tears the mm down.
    QCOMPARE(milestone_step(t, svm::Milestone::ExitMmap, app), -1);
    QVERIFY(milestone_step(t, svm::Milestone::ExitMmap, prq) > down);
  } else {
    // Without the guard nothing stops the process: it enters exit_mmap while
    // the page-request thread is still held, about to take mmap_sem.
    const int torn = milestone_step(t, svm::Milestone::ExitMmap, app);
    QVERIFY(torn > app_exit);
    QVERIFY(torn < down);
    QVERIFY(svm::at_line(t.states[static_cast<size_t>(torn)], prq, cfg->holds.front().fn.value(), cfg->holds.front().pc));
    QCOMPARE(t.states[static_cast<size_t>(torn + 1)].k->mms[0].users, 0);
  }
}

void TstEngine::schedule_error_is_no_verdict() {
  // A schedule that cannot be followed ends the run there: no end checks on
  // a state in the middle of one (it would call objects in flight leaked).
  auto cfg = fixtures::config("accel-mmap-exit", "v4.4");
  svm::RunOptions o;
  o.schedule = {cfg->find_thread("app"), cfg->find_thread("app"), cfg->find_thread("prq")};
  const svm::Trace t = svm::simulate(cfg, o);
  QCOMPARE(t.steps.size(), size_t(2));
  QVERIFY(!t.complete);
  QVERIFY(t.end.empty());
  QVERIFY2(t.schedule_error.find("step 3: prq cannot run") == 0, t.schedule_error.c_str());
}

void TstEngine::dangling_is_reported_where_it_arises() {
  // Without the clear-and-flush in release(), exit_mmap() frees the pages
  // and page tables while the IOMMU still holds the PASID entry and cached
  // translations: dangling at the step of the free, though in
  // accel-mmap-exit no device ever touches them.
  const svm::Trace bad = fixtures::run("accel-mmap-exit", "v4.5-no-release-clear");
  const auto vs = bad.violations();
  QVERIFY(has_kind(vs, svm::ViolationKind::Dangling));
  QVERIFY(!has_kind(vs, svm::ViolationKind::UseAfterFree));
  for (const svm::Violation& v : vs) {
    if (v.kind != svm::ViolationKind::Dangling) continue;
    QVERIFY(v.step > 0);
    const svm::StepRecord& s = bad.steps[static_cast<size_t>(v.step - 1)];
    QVERIFY(!s.freed.empty() || !s.violations.empty());
    QVERIFY2(v.message.english().find("freed by") != std::string::npos, v.message.english().c_str());
  }
  // The fix clears and flushes first: nothing dangles.
  QVERIFY(!has_kind(fixtures::run("accel-mmap-exit", "v4.5").violations(), svm::ViolationKind::Dangling));
}

void TstEngine::function_tables_validate() {
  const svm::FnTable& t = svm::functions();
  for (int i = 0; i < svm::kFnCount; ++i) {
    const svm::FnDef& d = t[static_cast<svm::FnId>(i)];
    QCOMPARE(d.id, static_cast<svm::FnId>(i));
    const auto bad = svm::validate(d);
    QVERIFY2(bad.empty(), bad.empty() ? "" : bad.front().c_str());
  }
}

void TstEngine::a_bad_table_is_refused() {
  svm::FnDef d;
  d.id = svm::FnId::mmput;
  d.file = "kernel/fork.c";
  d.ops = {{.text = "a", .label = "x"}, {.text = ""}, {.text = "c", .label = "x"}};
  const auto bad = svm::validate(d);
  QCOMPARE(bad.size(), size_t(2));
  QVERIFY(bad[0].find("line 1 has no text") != std::string::npos);
  QVERIFY(bad[1].find("label \"x\" on lines 0 and 2") != std::string::npos);
  svm::FnDef empty;
  empty.id = svm::FnId::mmput;
  QCOMPARE(svm::validate(empty).size(), size_t(2));  // no lines, no file
}

void TstEngine::jump_labels_in_the_source_resolve() {
  // Every label a body names (go, call_then) is a label of the function
  // whose definition it is in: read off the model's source.
  const QRegularExpression def(QStringLiteral(R"re(t\.def\(\{FnId::(\w+))re"));
  const QRegularExpression jump(QStringLiteral(R"re((?:\.go\(|call_then\([^;]*?,\s*)"([\w-]+)"\))re"));
  int checked = 0;
  QDirIterator it(QString::fromStdString(fixtures::source_dir() + "/core"), {QStringLiteral("*.cpp")}, QDir::Files,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    QFile f(it.next());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString src = QString::fromUtf8(f.readAll());
    std::vector<std::pair<qsizetype, std::string>> defs;  // where each definition starts
    for (auto m = def.globalMatch(src); m.hasNext();) {
      const auto x = m.next();
      defs.push_back({x.capturedStart(), x.captured(1).toStdString()});
    }
    for (auto m = jump.globalMatch(src); m.hasNext();) {
      const auto x = m.next();
      const std::string* in = nullptr;
      for (const auto& [at, name] : defs)
        if (at < x.capturedStart()) in = &name;
      if (!in) continue;  // a helper outside any definition
      const auto fn = svm::find_fn(*in);
      QVERIFY2(fn, in->c_str());
      const std::string label = x.captured(1).toStdString();
      // A later era's file defines its own version of the function.
      const svm::Era era = f.fileName().contains(QLatin1String("/era2020/"))   ? svm::Era::Y2020
                           : f.fileName().contains(QLatin1String("/era2022/")) ? svm::Era::Y2022
                                                                                : svm::Era::Y2016;
      QVERIFY2(svm::functions(era)[*fn].pc_of(label) >= 0,
               qPrintable(QStringLiteral("%1: %2() has no label \"%3\"").arg(f.fileName(), QString::fromStdString(*in),
                                                                          QString::fromStdString(label))));
      ++checked;
    }
  }
  QVERIFY(checked > 50);
}

void TstEngine::object_index_out_of_range_is_internal() {
  // An impossible state, injected: a reference to an mm that was never
  // allocated. In the default (release) build too, the run reports it.
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  const auto found = call(m, *cfg, 0, svm::FnId::mmdrop, {99});
  QCOMPARE(found.size(), size_t(1));
  QCOMPARE(found.front().kind, svm::ViolationKind::Internal);
  const std::string msg = found.front().message.english();
  QVERIFY2(msg.find("simulator bug in mmdrop(), line 0") == 0, msg.c_str());
  QVERIFY2(msg.find("mm#99 does not exist") != std::string::npos, msg.c_str());
  QVERIFY2(msg.find("core/engine/ctx.cpp:") != std::string::npos, msg.c_str());
  QCOMPARE((*m.threads)[0].state, svm::RunState::Oopsed);
  QVERIFY((*m.threads)[0].stack.empty());
}

void TstEngine::null_object_is_the_oops() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  const int64_t count = m.k->mms[0].count;
  const auto found = call(m, *cfg, 0, svm::FnId::mmdrop, {0});
  QCOMPARE(found.size(), size_t(1));  // the oops, and nothing the rest of the line did on the stand-in
  QCOMPARE(found.front().kind, svm::ViolationKind::Bug);
  QVERIFY(found.front().message.english().find("NULL pointer dereference in mmdrop(): mm is NULL") != std::string::npos);
  QCOMPARE((*m.threads)[0].state, svm::RunState::Oopsed);
  QCOMPARE(int64_t(m.k->mms[0].count), count);  // the machine's mm untouched
}

void TstEngine::unknown_label_is_internal() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  svm::Frame f;
  f.fn = svm::FnId::mmput;
  m.threads.mut()[0].stack.push_back(f);
  std::vector<svm::Violation> found;
  svm::StepSink sink{nullptr, &found, false};
  svm::Ctx c(m, *cfg, 0, sink);
  const svm::Outcome o = c.go("no-such-label");
  QCOMPARE(o.kind, svm::Outcome::Kind::Stop);  // never a jump past the end (a silent return)
  QCOMPARE(found.size(), size_t(1));
  QCOMPARE(found.front().kind, svm::ViolationKind::Internal);
  QVERIFY(found.front().message.english().find("jump to label \"no-such-label\"") != std::string::npos);
  QVERIFY(found.front().message.english().find("mmput()") != std::string::npos);
  QCOMPARE(found.front().function, std::string("mmput"));
}

void TstEngine::injected_state_mid_run_is_internal() {
  // A run whose machine is corrupted mid-way: the step that meets it reports
  // `internal`, and the run ends there with no verdict on leaks.
  auto cfg = fixtures::config("accel-mmap-exit", "v4.5");
  const svm::Trace full = svm::simulate(cfg);
  // Find app's first step in mmput(), then replay to it on a machine whose
  // mm pointer in that frame is out of range.
  int at = -1;
  for (size_t i = 0; i < full.steps.size() && at < 0; ++i)
    if (full.steps[i].fn == svm::FnId::mmput && full.steps[i].kind == svm::StepKind::Op) at = static_cast<int>(i);
  QVERIFY(at > 0);
  svm::Machine m = full.states[static_cast<size_t>(at)];
  const int tid = full.steps[static_cast<size_t>(at)].thread;
  m.threads.mut()[tid].stack.back().v[0] = 1000;
  std::vector<svm::Violation> found;
  svm::StepSink sink{nullptr, &found, false};
  svm::step(m, *cfg, tid, sink);
  QVERIFY(has_kind(found, svm::ViolationKind::Internal, "mm#1000 does not exist"));
  QVERIFY(!svm::can_step(m, *cfg, tid));
}

// Trace::states keeps a whole machine every StateStore::kCheckpointEvery
// steps and replays the others: on every built-in, in every variant, each
// replayed state (read forward, then backward, as the slider seeks) equals
// the machine the run passed through, observations included. Nine runs in
// ten are long enough to be replayed from a checkpoint past the booted
// machine's too (at 128 steps a checkpoint, all but 8 of the 130: the
// shortest runs of accel-mmap-exit, accel-close-keep-mapping and
// supervisor-pasid).
void TstEngine::replayed_states_equal_the_run() {
  size_t runs = 0, past_a_checkpoint = 0;
  for (const std::string& id : fixtures::builtin_ids()) {
    for (const auto& var : svm::all_variants()) {
      const svm::Trace t = fixtures::run(id, std::string(var.id));
      ++runs;
      past_a_checkpoint += t.states.checkpoints() >= 2;
      std::vector<svm::Machine> whole{svm::boot(*t.cfg)};
      for (const svm::StepRecord& r : t.steps) {
        svm::Machine m = whole.back();
        svm::StepRecord scratch;
        svm::StepSink sink{&scratch, nullptr, false};
        svm::step(m, *t.cfg, r.thread, sink);
        whole.push_back(std::move(m));
      }
      QCOMPARE(t.states.size(), whole.size());
      auto same = [&](size_t i) {
        const svm::Machine got = t.states[i];
        const svm::Observations& a = *got.obs;
        const svm::Observations& b = *whole[i].obs;
        return got == whole[i] && a.iotlb_hits == b.iotlb_hits && a.iotlb_misses == b.iotlb_misses &&
               a.devtlb_hits == b.devtlb_hits && a.devtlb_misses == b.devtlb_misses &&
               a.pasid_cache_hits == b.pasid_cache_hits && a.pasid_cache_misses == b.pasid_cache_misses &&
               a.last_walk.ok == b.last_walk.ok && a.last_walk.levels.size() == b.last_walk.levels.size() &&
               a.prq_dropped.size() == b.prq_dropped.size();
      };
      for (size_t i = 0; i < whole.size(); ++i)
        QVERIFY2(same(i), qPrintable(QStringLiteral("%1 %2: state %3 differs").arg(QString::fromStdString(id), QString::fromLatin1(var.id.data(), int(var.id.size()))).arg(i)));
      for (size_t i = whole.size(); i-- > 0;)
        QVERIFY2(same(i), qPrintable(QStringLiteral("%1 %2: state %3 differs (backward)").arg(QString::fromStdString(id), QString::fromLatin1(var.id.data(), int(var.id.size()))).arg(i)));
    }
  }
  QVERIFY2(past_a_checkpoint * 10 >= runs * 9, qPrintable(QStringLiteral("%1 of %2 runs").arg(past_a_checkpoint).arg(runs)));
}

// A thread chosen at step k re-simulates from the snapshot at k: the result
// equals running the whole schedule from the start, step records, states and
// verdict alike.
void TstEngine::simulate_from_equals_a_whole_run() {
  const svm::Trace base = fixtures::run("accel-dma-during-exit", "v4.5");
  int tried = 0;
  for (size_t at = 0; at < base.steps.size(); at += 7) {
    const svm::Machine here = base.states[at];
    for (int tid = 0; tid < static_cast<int>(base.cfg->threads.size()); ++tid) {
      if (tid == base.steps[at].thread || !svm::can_step(here, *base.cfg, tid)) continue;
      svm::RunOptions opt;
      for (size_t i = 0; i < at; ++i) opt.schedule.push_back(base.steps[i].thread);
      opt.schedule.push_back(tid);
      const svm::Trace whole = svm::simulate(base.cfg, opt);
      const svm::Trace from = svm::simulate_from(base, at, opt);
      QCOMPARE(from.steps.size(), whole.steps.size());
      QCOMPARE(from.states.size(), whole.states.size());
      for (size_t i = 0; i < whole.steps.size(); ++i) {
        QCOMPARE(from.steps[i].thread, whole.steps[i].thread);
        QCOMPARE(from.steps[i].changes.size(), whole.steps[i].changes.size());
        QCOMPARE(from.steps[i].violations.size(), whole.steps[i].violations.size());
      }
      for (size_t i = 0; i < whole.states.size(); ++i) QVERIFY(from.states[i] == whole.states[i]);
      QCOMPARE(from.end.size(), whole.end.size());
      QCOMPARE(from.complete, whole.complete);
      QCOMPARE(from.steps[at].thread, tid);
      ++tried;
    }
  }
  QVERIFY(tried > 0);
}

// Trace::own_run (the mail's --schedule, without simulating again) says what
// a second simulation of the scenario's own run would: the same threads, step
// for step, and the same end. Tried on every built-in with the run's own
// threads forced (same), another runnable thread at a step (different, or
// the same again when the default run picks it anyway), a forced prefix then
// the default, a run cut by the bound, and simulate_from.
void TstEngine::own_run_flag_equals_a_second_simulation() {
  int same = 0, differ = 0;
  auto second = [](const svm::Trace& t) {
    svm::RunOptions o;
    o.max_steps = t.steps.size() + 1;
    o.keep_states = false;
    const svm::Trace def = svm::simulate(t.cfg, o);  // the built-ins have no schedule of their own
    if (def.steps.size() != t.steps.size()) return false;
    for (size_t i = 0; i < t.steps.size(); ++i)
      if (def.steps[i].thread != t.steps[i].thread) return false;
    return true;
  };
  for (const std::string& id : fixtures::builtin_ids()) {
    const svm::Trace base = fixtures::run(id, fixtures::builtin(id)->variant);
    QVERIFY(base.own_run_known);
    QVERIFY2(base.own_run, id.c_str());
    QCOMPARE(base.own_prefix, base.steps.size());
    std::vector<svm::RunOptions> opts;
    svm::RunOptions all;
    for (const svm::StepRecord& r : base.steps) all.schedule.push_back(r.thread);
    opts.push_back(all);
    svm::RunOptions cut;
    cut.max_steps = base.steps.size() / 2;
    opts.push_back(cut);
    for (size_t at = 0; at < base.steps.size(); at += 11) {
      const svm::Machine here = base.states[at];
      for (int tid = 0; tid < static_cast<int>(base.cfg->threads.size()); ++tid) {
        if (!svm::can_step(here, *base.cfg, tid)) continue;
        svm::RunOptions o;
        for (size_t i = 0; i < at; ++i) o.schedule.push_back(base.steps[i].thread);
        o.schedule.push_back(tid);
        opts.push_back(o);
      }
    }
    for (const svm::RunOptions& o : opts) {
      const svm::Trace t = svm::simulate(base.cfg, o);
      QVERIFY(t.own_run_known);
      const bool want = second(t);
      QVERIFY2(t.own_run == want, (id + " at " + std::to_string(o.schedule.size())).c_str());
      (want ? same : differ)++;
      if (!o.schedule.empty() && o.schedule.size() <= base.steps.size() && o.max_steps == svm::kMaxRunSteps) {
        const svm::Trace from = svm::simulate_from(base, o.schedule.size() - 1, o);
        QCOMPARE(from.own_run, t.own_run);
        QCOMPARE(from.own_prefix, t.own_prefix);
      }
    }
  }
  QVERIFY(same > 0);
  QVERIFY(differ > 0);
}

// Words a reviewer pastes never call a run stopped at the bound clean.
void TstEngine::bound_run_has_no_verdict_in_words() {
  auto cfg = fixtures::config("accel-mmap-exit", "v4.5");
  svm::RunOptions opt;
  opt.max_steps = 5;
  const svm::Trace t = svm::simulate(cfg, opt);
  QVERIFY(!t.bound.empty());
  QCOMPARE(svm::verdict_summary(t), std::string("no verdict (the run stopped early)"));
  const std::string mail = svm::mail_text(t);
  QVERIFY2(mail.find("No verdict: no violation in the 5 steps") != std::string::npos, mail.c_str());
  QVERIFY(mail.find("No violation") == std::string::npos);
  const svm::Trace whole = svm::simulate(cfg);
  QCOMPARE(svm::verdict_summary(whole), std::string("no violation"));
}

// The traced run picks with DefaultPicker, which asks a thread's guard again
// only when a step wrote a part that guard read. On every built-in and every
// test scenario, in every variant, each state's pick must be the one the
// default schedule, asking every guard afresh, makes: a write the part masks
// missed would show here as a different thread.
void TstEngine::remembering_picker_picks_what_default_pick_picks() {
  std::vector<std::shared_ptr<const svm::Scenario>> scenarios;
  for (const std::string& id : fixtures::builtin_ids()) scenarios.push_back(fixtures::builtin(id));
  for (const char* rel : {"four-dma-devices", "four-symmetric-processes", "cow-bound-mm", "hold-prq-after-mm-users",
                          "eight-devices-64-pages", "hostile-names"}) {
    svm::LoadResult l = svm::load_scenario_file(fixtures::source_dir() + "/tests/data/" + rel + ".json");
    QVERIFY2(l, rel);
    scenarios.push_back(std::make_shared<const svm::Scenario>(std::move(*l.scenario)));
  }
  size_t picks = 0;
  for (const auto& s : scenarios) {
    for (const auto& var : svm::all_variants()) {
      auto cfg = std::make_shared<svm::Config>();
      if (!svm::make_config(s, var, *cfg).empty()) continue;  // a scenario another era cannot run
      const svm::Trace t = svm::simulate(cfg);
      // Steps the scenario's own schedule picks are not the rules' picks.
      std::string text;
      for (const std::string& x : s->schedule) text += (text.empty() ? "" : ",") + x;
      const size_t own = text.empty() ? 0 : svm::parse_schedule(*cfg, text, nullptr).value().size();
      int last = -1;
      for (size_t i = 0; i < t.steps.size(); ++i) {
        if (i >= own) {
          const int fresh = svm::default_pick(t.states[i], *cfg, last);
          QVERIFY2(fresh == t.steps[i].thread,
                   qPrintable(QStringLiteral("%1 %2, step %3: the run stepped thread %4, default_pick() says %5")
                                  .arg(QString::fromStdString(s->id), QString::fromStdString(std::string(var.id)))
                                  .arg(i + 1)
                                  .arg(t.steps[i].thread)
                                  .arg(fresh)));
          ++picks;
        }
        last = t.steps[i].thread;
      }
      if (t.complete) QCOMPARE(svm::default_pick(t.states.back(), *cfg, last), -1);
    }
  }
  QVERIFY(picks > 10000);
}

// The trace's containers (a call chain inline up to 15 frames, then on the
// heap; step records in chunks that never move), against std::vector.
// A thread's stack, fds and held references are SmallVectors: against
// std::vector through pushes past the inline part, copies and moves both
// ways (inline and spilled), erase, resize and assign; equal and hashed as
// the vector is, whatever the slots past the end hold.
// A stack hashes the frames under its top as they are pushed (FrameStack):
// right only if no step writes a frame under the top, and a renaming
// rehashes them. Every thread of every state met on walks through every
// built-in in every variant, taking each successor in turn, hashes as a
// stack built afresh from its frames does, and so does a renamed copy.
void TstEngine::frame_stacks_keep_the_hash_of_their_frames() {
  const auto afresh = [](const svm::FrameStack& s) {
    svm::FrameStack t;
    for (const svm::Frame& f : s) t.push_back(f);
    return svm::hash128_of(t);
  };
  size_t checked = 0, deep = 0;
  for (const std::string& id : fixtures::builtin_ids())
    for (const svm::Variant& v : svm::all_variants()) {
      const auto cfg = fixtures::config(id, std::string(v.id));
      const svm::ExpandMode mode;  // no reduction: every thread's step
      for (size_t walk = 0; walk < 3; ++walk) {
        svm::Machine m = svm::boot(*cfg);
        std::vector<svm::Succ> succ;
        svm::OwnershipBreach breach;
        for (size_t depth = 0; depth < 400; ++depth) {
          svm::expand(m, *cfg, mode, succ, breach);
          if (succ.empty()) break;
          for (const svm::Succ& x : succ)
            for (const svm::Thread& t : *x.m->threads) {
              if (!(svm::hash128_of(t.stack) == afresh(t.stack)))
                QFAIL(qPrintable(QStringLiteral("%1 %2: a stack of %3 frames hashes as other frames")
                                     .arg(QString::fromStdString(id), QString::fromUtf8(v.id.data(), int(v.id.size())))
                                     .arg(t.stack.size())));
              // Renamed, as the symmetry reduction renames a thread's slots.
              svm::FrameStack r = t.stack;
              r.rewrite([](svm::Frame& f) { f.v[0] ^= 1; });
              QVERIFY(svm::hash128_of(r) == afresh(r));
              ++checked;
              deep += t.stack.size() >= 3;
            }
          // A different thread's step at each depth on each walk.
          m = std::move(*succ[(depth + walk) % succ.size()].m);
        }
      }
    }
  qInfo("%zu stacks checked, %zu of them three frames deep or more", checked, deep);
  QVERIFY(deep > 1000);
}

void TstEngine::small_vector_holds_what_a_vector_holds() {
  svm::SmallVector<svm::HeldRef, 4> s;
  std::vector<svm::HeldRef> v;
  auto same = [&] {
    if (s.size() != v.size() || !std::equal(s.begin(), s.end(), v.begin(), v.end())) return false;
    svm::Hasher a, b;
    a(s);
    b(v);
    return a.wide() == b.wide();
  };
  for (uint8_t i = 0; i < 20; ++i) {
    const svm::HeldRef r{svm::ObjId{svm::Kind::Mm, i}, svm::Ctr::MmCount, i};
    s.push_back(r);
    v.push_back(r);
    QVERIFY(same());
    const auto copy = s;  // inline up to 4, spilled after
    QVERIFY(copy == s);
    auto moved = copy;
    const auto taken = std::move(moved);
    QVERIFY(taken == s);
    QVERIFY(moved.empty());
    s.push_back(s[0]);  // an element of itself, as the buffer grows
    v.push_back(v[0]);
    QVERIFY(same());
    s.pop_back();
    v.pop_back();
  }
  s.erase(s.begin() + 3, s.begin() + 17);
  v.erase(v.begin() + 3, v.begin() + 17);
  QVERIFY(same());
  s.erase(s.begin());
  v.erase(v.begin());
  QVERIFY(same());
  // Shrunk back under the inline size, then copied (inline again) and assigned over a spilled one.
  svm::SmallVector<svm::HeldRef, 4> small = s;
  svm::SmallVector<svm::HeldRef, 4> big;
  for (int i = 0; i < 9; ++i) big.push_back(s[0]);
  big = small;
  QVERIFY(big == s);
  small = big;
  QVERIFY(small == s);
  // Slots past the end do not count: a popped element leaves its bytes.
  auto longer = s;
  longer.push_back(svm::HeldRef{svm::ObjId{svm::Kind::Vma, 99}, svm::Ctr::MmUsers, 9});
  longer.pop_back();
  QVERIFY(longer == s);
  svm::SmallVector<int32_t, 8> fds;
  std::vector<int32_t> want;
  fds.assign(11, -1);
  want.assign(11, -1);
  QVERIFY(std::equal(fds.begin(), fds.end(), want.begin(), want.end()));
  fds.resize(3);
  fds.resize(5);  // the new ones are zero, as a vector's
  want.resize(3);
  want.resize(5);
  QVERIFY(std::equal(fds.begin(), fds.end(), want.begin(), want.end()));
  fds.clear();
  QVERIFY(fds.empty());
  // Bytes hash eight to a mix, as a vector of them does (the driver's queue status).
  svm::SmallVector<svm::QiStatus, 256> q;
  std::vector<svm::QiStatus> qv;
  for (int i = 0; i < 13; ++i) {
    q.push_back(static_cast<svm::QiStatus>(i % 4));
    qv.push_back(static_cast<svm::QiStatus>(i % 4));
    svm::Hasher a, b;
    a(q);
    b(qv);
    QCOMPARE(a.wide().lo, b.wide().lo);
  }
}

void TstEngine::call_chain_and_chunked_vector_hold_what_a_vector_holds() {
  svm::CallChain c;
  std::vector<svm::FnId> want;
  for (int i = 0; i < 40; ++i) {
    const auto f = static_cast<svm::FnId>(i % static_cast<int>(svm::FnId::Count));
    c.push_back(f);
    want.push_back(f);
    QCOMPARE(c.size(), want.size());
    QVERIFY(std::equal(c.begin(), c.end(), want.begin(), want.end()));
    QCOMPARE(c.back(), f);
    const svm::CallChain copy = c;  // copies whether inline or spilled
    QVERIFY(copy == c);
  }
  c.clear();
  QVERIFY(c.empty());
  c.push_back(svm::FnId::do_exit);
  QCOMPARE(c[0], svm::FnId::do_exit);

  svm::ChunkedVector<std::string, 4> v;
  std::vector<const std::string*> where;
  for (int i = 0; i < 11; ++i) where.push_back(&v.emplace_back(std::to_string(i)));
  QCOMPARE(v.size(), size_t(11));
  for (int i = 0; i < 11; ++i) {
    QCOMPARE(v[static_cast<size_t>(i)], std::to_string(i));
    QCOMPARE(&v[static_cast<size_t>(i)], where[static_cast<size_t>(i)]);  // never moved
  }
  QCOMPARE(v.back(), std::string("10"));
  int k = 0;
  for (const std::string& x : v) QCOMPARE(x, std::to_string(k++));
  QCOMPARE(k, 11);
  QCOMPARE(static_cast<size_t>(v.end() - v.begin()), v.size());

  // Growing chunks first (2, 4, then 8 each): every index lands where it was put.
  svm::ChunkedVector<int, 8, 2> g;
  std::vector<const int*> at;
  for (int i = 0; i < 100; ++i) at.push_back(&g.emplace_back(i));
  for (int i = 0; i < 100; ++i) {
    QCOMPARE(g[static_cast<size_t>(i)], i);
    QCOMPARE(&g[static_cast<size_t>(i)], at[static_cast<size_t>(i)]);
  }
  // A short trace reserves about what it holds, not a whole chunk of 1024.
  svm::ChunkedVector<int> shortv;
  for (int i = 0; i < 100; ++i) shortv.emplace_back(i);
  QCOMPARE(shortv[99], 99);
  QCOMPARE(shortv.capacity(), size_t(16 + 32 + 64));
  for (int i = 100; i < 3000; ++i) shortv.emplace_back(i);
  QCOMPARE(shortv.capacity(), size_t(1008 + 2 * 1024));  // 16 .. 512, then whole chunks
  QCOMPARE(shortv[2999], 2999);
  QCOMPARE(shortv[1007], 1007);
  QCOMPARE(shortv[1008], 1008);
}

// A chunk of 64 KiB or more is made resident when it is reserved, not page
// by page as it fills (chunked_vector.h). 8 MiB: malloc maps a block that
// big afresh, so its pages are not resident by chance.
void TstEngine::chunked_vector_makes_a_big_chunk_resident_at_once() {
  // A kernel before 5.14 has no MADV_POPULATE_WRITE: chunks then fault in
  // page by page, as before, and there is nothing to check.
  const long page = sysconf(_SC_PAGESIZE);
  void* probe = mmap(nullptr, static_cast<size_t>(page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  QVERIFY(probe != MAP_FAILED);
  const bool populates = madvise(probe, static_cast<size_t>(page), MADV_POPULATE_WRITE) == 0;
  munmap(probe, static_cast<size_t>(page));
  if (!populates) QSKIP("this kernel cannot populate pages on request (MADV_POPULATE_WRITE, Linux 5.14)");
  using Page = std::array<char, 4096>;
  svm::ChunkedVector<Page, 2048, 2048> v;
  const Page& first = v.emplace_back();  // writes the first of the chunk's 2048 pages
  const uintptr_t a = (reinterpret_cast<uintptr_t>(&first) + static_cast<uintptr_t>(page) - 1) & ~static_cast<uintptr_t>(page - 1);
  const uintptr_t b = (reinterpret_cast<uintptr_t>(&first) + 2048 * sizeof(Page)) & ~static_cast<uintptr_t>(page - 1);
  std::vector<unsigned char> in((b - a) / static_cast<uintptr_t>(page));
  QCOMPARE(mincore(reinterpret_cast<void*>(a), b - a, in.data()), 0);
  const auto resident = std::count_if(in.begin(), in.end(), [](unsigned char c) { return c & 1; });
  QCOMPARE(static_cast<size_t>(resident), in.size());
}

// The traced run steps one machine in place and carries its dangling
// pointers from step to step (DanglingCache); the explorer steps copies and
// compares with the parts before the op. Both must report the same
// violations at the same steps, in every built-in and every variant (the
// ablations and museum variants leave pointers dangling).
void TstEngine::traced_run_finds_the_dangling_pointers_a_copying_step_finds() {
  auto violations_of = [](const std::vector<svm::Violation>& vs) {
    std::vector<std::string> out;
    for (const svm::Violation& v : vs) out.push_back(std::string(svm::violation_kind_name(v.kind)) + ": " + v.message.english());
    return out;
  };
  size_t dangling = 0;
  for (const std::string& id : fixtures::builtin_ids()) {
    for (const auto& var : svm::all_variants()) {
      auto cfg = std::make_shared<svm::Config>();
      if (!svm::make_config(fixtures::builtin(id), var, *cfg).empty()) continue;
      const svm::Trace t = svm::simulate(cfg);
      svm::Machine m = svm::boot(*cfg);
      std::vector<svm::Violation> seen;
      for (size_t i = 0; i < t.steps.size(); ++i) {
        const svm::Machine before = m;  // held, as the explorer's parent state is
        // Accumulated, as the run's are: a violation already reported is not reported again.
        const size_t had = seen.size();
        svm::StepSink sink{nullptr, &seen, false};
        svm::step(m, *cfg, t.steps[i].thread, sink);
        const std::vector<svm::Violation> got(seen.begin() + static_cast<std::ptrdiff_t>(had), seen.end());
        const auto want = violations_of(t.steps[i].violations), have = violations_of(got);
        QVERIFY2(want == have, qPrintable(QStringLiteral("%1 %2, step %3: the traced run and a copying step disagree")
                                               .arg(QString::fromStdString(id), QString::fromStdString(std::string(var.id)))
                                               .arg(i + 1)));
        for (const svm::Violation& v : got) dangling += v.kind == svm::ViolationKind::Dangling;
      }
    }
  }
  QVERIFY(dangling > 0);  // the comparison saw some

  // A change to the live pgds between two steps (here by hand: the mm of a
  // bound PASID marked dead, its pgd frame still allocated) makes the
  // carried set stale; the next step that writes memory must compare with
  // the set as it is now, or it reports the PASID entry as new.
  auto cfg = std::make_shared<svm::Config>();
  QVERIFY(svm::make_config(fixtures::builtin("accel-dma-during-exit"), *svm::find_variant("v4.5"), *cfg).empty());
  const svm::Trace t = svm::simulate(cfg);
  bool compared = false;
  for (size_t at = 0; at + 1 < t.steps.size() && !compared; ++at) {
    svm::Machine carried = t.states[at];
    if (carried.k->mms.empty() || !carried.k->mms[0].alive) continue;
    // Only where marking the mm dead leaves its bound PASID entry dangling.
    svm::Machine probe = carried;
    probe.k.mut().mms[0].alive = false;
    if (svm::find_dangling(*probe.k, *probe.mem, *probe.hw, probe.devs).empty()) continue;
    svm::DanglingCache cache;
    std::vector<svm::Violation> seen_a, seen_b;
    {
      svm::StepSink sink{nullptr, &seen_a, false};
      sink.dangling = &cache;
      svm::step(carried, *cfg, t.steps[at].thread, sink);  // the cache now holds this state's set
    }
    if (!carried.k->mms[0].alive) continue;
    carried.k.mut().mms[0].alive = false;
    seen_a.clear();
    svm::Machine copied = carried;
    // Step on until a step writes memory, the IOMMU or a device.
    for (size_t i = at + 1; i < t.steps.size() && !compared; ++i) {
      const int tid = t.steps[i].thread;
      if (!svm::can_step(carried, *cfg, tid)) break;
      svm::StepSink sa{nullptr, &seen_a, false};
      sa.dangling = &cache;
      svm::step(carried, *cfg, tid, sa);
      const svm::Machine held = copied;
      svm::StepSink sb{nullptr, &seen_b, false};
      svm::step(copied, *cfg, tid, sb);
      QVERIFY2(violations_of(seen_a) == violations_of(seen_b),
               qPrintable(QStringLiteral("step %1 after the tampered state %2").arg(i + 1).arg(at)));
      compared = (sa.wrote & (svm::part::kMem | svm::part::kHw | svm::part::kDevs)) != 0;
    }
  }
  QVERIFY(compared);
}

QTEST_APPLESS_MAIN(TstEngine)
#include "tst_engine.moc"

