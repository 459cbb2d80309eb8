// Dead device registers (core/explore/dead_registers.h): the explorer
// forgets what only a device's own thread reads once that thread has
// finished, and nothing else; a search that forgets them finds every
// violation and every class of terminal state one that does not finds.

#include <QtTest>
#include <set>
#include <string>

#include "core/engine/boot.h"
#include "core/engine/step.h"
#include "core/engine/thread.h"
#include "core/explore/expand.h"
#include "core/explore/explorer.h"
#include "tests/core/fixtures.h"

namespace {

svm::ExpandMode mode(const svm::Config& cfg, bool dead) {
  svm::ExploreOptions o;
  o.dead_registers = dead;
  return svm::expand_mode(o, cfg);
}

std::set<std::string> keys(const svm::ExploreResult& r, const svm::Config& cfg) {
  std::set<std::string> k;
  for (const auto& c : r.violations) k.insert(svm::explore_key(c.violation, cfg));
  return k;
}

}  // namespace

class TstDeadRegisters : public QObject {
  Q_OBJECT
 private slots:
  void forgotten_once_the_device_thread_is_done();
  void forgotten_when_the_device_has_nothing_to_do();
  void search_finds_the_same_data();
  void search_finds_the_same();
};

// The device's PASID register and the rest only its thread reads: told
// apart while that thread can still step, one state once it cannot. What
// other threads read (the enables, the device TLB, the requests a quiesce
// waits for) is never forgotten. The machine itself keeps them.
void TstDeadRegisters::forgotten_once_the_device_thread_is_done() {
  const auto cfg = fixtures::config("accel-dma-during-exit", "v4.5");
  const int dt = cfg->device_thread(0);
  QVERIFY(dt >= 0);
  const svm::ExpandMode on = mode(*cfg, true), off = mode(*cfg, false);
  QVERIFY(on.dead_registers && !off.dead_registers);
  const svm::Machine booted = svm::boot(*cfg);
  QVERIFY(!svm::registers_dead(booted, *on.dead_registers, 0));

  using Change = void (*)(svm::DeviceState&);
  const std::vector<std::pair<const char*, Change>> forgotten = {
      {"pasid", [](svm::DeviceState& d) { d.pasid = 7; }},
      {"pasid_valid", [](svm::DeviceState& d) { d.pasid_valid = true; }},
      {"stopped", [](svm::DeviceState& d) { d.stopped = true; }},
      {"next_prg", [](svm::DeviceState& d) { d.next_prg = 3; }},
      {"dma_ok", [](svm::DeviceState& d) { d.dma_ok = 2; }},
      {"dma_failed", [](svm::DeviceState& d) { d.dma_failed = 1; }},
      {"responses", [](svm::DeviceState& d) { d.responses.push_back({}); }},
  };
  const std::vector<std::pair<const char*, Change>> kept = {
      {"ats_enabled", [](svm::DeviceState& d) { d.ats_enabled = !d.ats_enabled; }},
      {"pri_enabled", [](svm::DeviceState& d) { d.pri_enabled = !d.pri_enabled; }},
      {"busy", [](svm::DeviceState& d) { d.busy = true; }},
      {"devtlb", [](svm::DeviceState& d) { d.devtlb.push_back({}); }},
      {"outstanding", [](svm::DeviceState& d) { d.outstanding.push_back({}); }},
  };
  svm::Machine done = booted;
  done.threads.mut()[static_cast<size_t>(dt)].stack.clear();  // live with nothing to run: finished (next_op)
  QVERIFY(svm::registers_dead(done, *on.dead_registers, 0));
  for (bool forget : {true, false})
    for (const auto& [name, change] : forget ? forgotten : kept) {
      svm::Machine running = booted, changed = booted, finished = done, finished_changed = done;
      change(changed.devs.mut()[0]);
      change(finished_changed.devs.mut()[0]);
      QVERIFY2(svm::state_hash(running, on) != svm::state_hash(changed, on), name);
      QVERIFY2(svm::state_hash(finished, off) != svm::state_hash(finished_changed, off), name);
      QVERIFY2((svm::state_hash(finished, on) == svm::state_hash(finished_changed, on)) == forget, name);
      QVERIFY2(!(finished_changed.devs[0] == finished.devs[0]), name);  // only the hash forgot
    }
  // Finished as Done and as Oopsed alike; a thread not born yet will run.
  for (svm::RunState s : {svm::RunState::Done, svm::RunState::Oopsed, svm::RunState::Unborn}) {
    svm::Machine m = booted;
    m.threads.mut()[static_cast<size_t>(dt)].state = s;
    QCOMPARE(svm::registers_dead(m, *on.dead_registers, 0), s != svm::RunState::Unborn);
  }
}

// A device no scenario action drives: its thread finishes before any
// process binds, so whatever the driver programs into it, nothing reads.
void TstDeadRegisters::forgotten_when_the_device_has_nothing_to_do() {
  const auto cfg = fixtures::data_config("two-symmetric-processes", "v4.5");
  const svm::ExpandMode on = mode(*cfg, true);
  const int dt = cfg->device_thread(0);
  QVERIFY(dt >= 0);
  svm::Machine a = svm::boot(*cfg);
  QVERIFY(!svm::registers_dead(a, *on.dead_registers, 0));
  int steps = 0;
  for (; svm::can_step(a, *cfg, dt); ++steps) {
    svm::StepSink sink;
    svm::step(a, *cfg, dt, sink);
  }
  QCOMPARE(steps, 1);
  QVERIFY(svm::registers_dead(a, *on.dead_registers, 0));
  svm::Machine b = a;
  b.devs.mut()[0].pasid = 2;
  b.devs.mut()[0].pasid_valid = true;
  QCOMPARE(svm::state_hash(a, on), svm::state_hash(b, on));
  QVERIFY(svm::state_hash(a, mode(*cfg, false)) != svm::state_hash(b, mode(*cfg, false)));
  // The same with a device TLB entry, which the canonical numbering renames
  // (the renamed device's own memo).
  const svm::DevTlbEntry cached{svm::Pasid{2}, 0x600000, 1, a.k->zero_page, 0, 1};
  a.devs.mut()[0].devtlb.push_back(cached);
  b.devs.mut()[0].devtlb.push_back(cached);
  QCOMPARE(svm::state_hash(a, on), svm::state_hash(b, on));
  QVERIFY(svm::state_hash(a, mode(*cfg, false)) != svm::state_hash(b, mode(*cfg, false)));
}

void TstDeadRegisters::search_finds_the_same_data() {
  QTest::addColumn<QString>("scenario");  // a built-in, or data/<file>
  QTest::addColumn<QString>("variant");
  QTest::addColumn<bool>("fewer");  // whether forgetting stores fewer states
  // A device thread that races the exit, in each of its variants (the
  // exit race: its registers die with the DMA).
  for (const char* v : {"v4.4", "v4.5", "v4.5-no-fault-guard", "v4.5-no-release-clear"})
    QTest::newRow(qPrintable(QStringLiteral("accel-dma-during-exit ") + v))
        << "accel-dma-during-exit" << v << (std::string(v) != "v4.4");  // (v4.4: the leak keeps the DMA's PASID bound)
  // Processes that program one accelerator no action drives.
  QTest::newRow("two-binds v4.5") << "data/two-binds" << "v4.5" << true;
  QTest::newRow("two-binds v4.4") << "data/two-binds" << "v4.4" << true;
}

// With and without forgetting, the same violations, and as many terminal
// states as there are classes of them (found unreduced, told apart as each
// search remembers them); forgetting stores fewer states.
void TstDeadRegisters::search_finds_the_same() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(bool, fewer);
  const std::string s = scenario.toStdString(), v = variant.toStdString();
  const auto cfg = fixtures::any_config(s, v);
  svm::ExploreOptions on, off;
  off.dead_registers = false;
  // Fault records hashed in both (IommuState::faults_unhashed is set on the
  // search's root, which terminal_classes() does not boot from).
  on.unhashed_faults = off.unhashed_faults = false;
  const svm::ExploreResult a = svm::explore(cfg, on), b = svm::explore(cfg, off);
  QVERIFY(a.complete && b.complete);
  QCOMPARE(keys(a, *cfg), keys(b, *cfg));
  QCOMPARE(a.terminal_states, fixtures::terminal_classes(*cfg, mode(*cfg, true)));
  QCOMPARE(b.terminal_states, fixtures::terminal_classes(*cfg, mode(*cfg, false)));
  QVERIFY2(fewer ? a.states < b.states : a.states == b.states, qPrintable(QStringLiteral("%1 states, %2 without").arg(a.states).arg(b.states)));
  QVERIFY(std::find(a.reductions.begin(), a.reductions.end(), "device registers no thread reads again") != a.reductions.end());
  QVERIFY(std::find(b.reductions.begin(), b.reductions.end(), "device registers no thread reads again") == b.reductions.end());
}

QTEST_APPLESS_MAIN(TstDeadRegisters)
#include "tst_dead_registers.moc"
