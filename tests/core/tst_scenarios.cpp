// The built-in catalogue and the scenario format.
//
// - Every built-in scenario loads, survives save/load unchanged, and runs to
//   completion in every variant with the outcome its summary promises (the
//   table below: scenario x variant -> the kinds of violations found).
// - The hardware hazards of issue 4 show up where they should.
// - Malformed files get one error naming line and column of the culprit.

#include <QtTest>
#include <sys/stat.h>
#include <set>

#include "core/engine/refs.h"
#include "core/iommu/descriptors.h"
#include "core/scenario/json_doc.h"
#include "core/scenario/loader.h"
#include "core/scenario/printable.h"
#include "tests/core/fixtures.h"

namespace {

std::set<std::string> kinds(const svm::Trace& t) {
  std::set<std::string> out;
  for (const auto& v : t.violations()) out.insert(std::string(svm::violation_kind_name(v.kind)));
  return out;
}

QString joined(const std::set<std::string>& s) {
  QStringList l;
  for (const auto& x : s) l << QString::fromStdString(x);
  return l.isEmpty() ? QStringLiteral("clean") : l.join(QLatin1Char('+'));
}

std::vector<std::string> catalogue() {
  std::vector<std::string> ids;
  QFile f(QString::fromStdString(fixtures::source_dir() + "/resources/scenarios/catalogue.txt"));
  if (!f.open(QIODevice::ReadOnly)) return ids;
  for (const QByteArray& line : f.readAll().split('\n')) {
    const QString id = QString::fromUtf8(line).trimmed();
    if (!id.isEmpty() && !id.startsWith(QLatin1Char('#'))) ids.push_back(id.toStdString());
  }
  return ids;
}

}  // namespace

class TstScenarios : public QObject {
  Q_OBJECT
 private slots:
  void catalogue_is_complete();
  void outcomes_data();
  void outcomes();
  void round_trip_data();
  void round_trip();
  void w0_device_writes_freed_page();
  void v45_fails_gracefully();
  void device_retries_after_success();
  void munmap_flushes_before_freeing();
  void invalidation_queue_runs_in_order();
  void other_pasid_keeps_working();
  void malformed_data();
  void malformed();
  void hostile_sizes();
  void hostile_text_is_escaped();
  void non_regular_files_are_refused();
  void positions_in_a_big_file();
};

// The violations of an access (or a leak), without the `dangling` hazards the
// hardware held before it: the outcome table pins those (issue 18).
static std::vector<svm::Violation> accesses(std::vector<svm::Violation> vs) {
  std::erase_if(vs, [](const svm::Violation& v) { return v.kind == svm::ViolationKind::Dangling; });
  return vs;
}

void TstScenarios::catalogue_is_complete() {
  const std::vector<std::string> want = {"gfx-exit",          "accel-mmap-exit",        "accel-close-keep-mapping",
                                         "accel-dma-during-exit", "page-request-fault-in", "munmap-invalidate",
                                         "two-process-isolation", "fork-shared-fd",        "prq-overflow",
                                         "supervisor-pasid",      "prq-noncanonical",      "pasid-reuse-after-exit",
                                         "scalable-mode-bind"};
  QCOMPARE(catalogue(), want);
  for (const auto& id : want) {
    const auto s = fixtures::builtin(id);
    QCOMPARE(s->id, id);
    QVERIFY(!s->title.empty());
    QVERIFY(s->summary.size() > 80);  // a summary a student understands, not a label
    QVERIFY(!s->narration.empty() || id == "prq-overflow");
  }
}

void TstScenarios::outcomes_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<QString>("expected");
  const char* V[] = {"v4.4", "v4.5", "v4.5-no-release-clear", "v4.5-no-fault-guard"};
  struct Row {
    const char* id;
    const char* outcome[4];
  };
  const Row rows[] = {
      // `dangling` (issue 18): a present PASID entry or a cached translation that
      // points at a freed frame, where it arises. Without the clear-and-flush
      // in release() every scenario has one; with the 2016 device-TLB
      // descriptor, a device TLB filled before exit keeps its entries after the
      // pages are freed, in every 2016 variant (docs/history.md).
      {"gfx-exit", {"clean", "clean", "dangling", "clean"}},
      {"accel-mmap-exit", {"leak", "clean", "dangling", "clean"}},
      {"accel-close-keep-mapping", {"leak", "clean", "dangling", "clean"}},
      // v4.5: the 2016 device-TLB descriptor leaves the device's entry for the freed page (docs/history.md).
      {"accel-dma-during-exit", {"leak", "dangling+use-after-free", "dangling+use-after-free", "dangling+leak+use-after-free"}},
      {"page-request-fault-in", {"dangling", "dangling", "dangling", "dangling"}},
      // The 2016 device-TLB descriptor misses the device: a stale entry is written through (docs/history.md).
      {"munmap-invalidate", {"dangling+use-after-free", "dangling+use-after-free", "dangling+use-after-free", "dangling+use-after-free"}},
      {"two-process-isolation", {"dangling", "dangling+use-after-free", "dangling+use-after-free", "dangling+use-after-free"}},
      {"fork-shared-fd", {"leak", "dangling", "dangling", "dangling"}},
      {"prq-overflow", {"dangling", "dangling", "dangling", "dangling"}},
      {"supervisor-pasid", {"bug+leak", "clean", "clean", "clean"}},
  };
  for (const Row& r : rows) {
    for (int v = 0; v < 4; ++v)
      QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(r.id, V[v]))) << r.id << V[v] << r.outcome[v];
    // e57e58bd with the device-TLB descriptor later kernels use: every story clean.
    QTest::newRow(qPrintable(QStringLiteral("%1 v4.5-devtlb-fixed").arg(r.id))) << r.id << "v4.5-devtlb-fixed" << "clean";
  }
  // The museum (docs/history.md): each bug in its own scenario, and its fix.
  QTest::newRow("prq-noncanonical 2020-canonical-check") << "prq-noncanonical" << "2020-canonical-check" << "leak";
  QTest::newRow("prq-noncanonical 2020-canonical-fixed") << "prq-noncanonical" << "2020-canonical-fixed" << "clean";
  // Only the isolation: A's unbind tears the PASID entry down (as every driver
  // from v5.5 does), so nothing is left pointing at B's freed page tables.
  QTest::newRow("pasid-reuse-after-exit 2022-pasid-freed-in-mmput")
      << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmput" << "isolation";
  QTest::newRow("pasid-reuse-after-exit 2022-pasid-freed-in-mmdrop")
      << "pasid-reuse-after-exit" << "2022-pasid-freed-in-mmdrop" << "clean";
  // Scalable mode (VT-d 3.x): the 2022 driver binds through the PASID directory and ends cleanly.
  QTest::newRow("scalable-mode-bind 2022-pasid-freed-in-mmdrop")
      << "scalable-mode-bind" << "2022-pasid-freed-in-mmdrop" << "clean";
}

void TstScenarios::outcomes() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(QString, expected);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY2(t.complete, "the run did not come to an end");
  QCOMPARE(joined(kinds(t)), expected);
}

void TstScenarios::round_trip_data() {
  QTest::addColumn<QString>("scenario");
  for (const auto& id : catalogue()) QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TstScenarios::round_trip() {
  QFETCH(QString, scenario);
  const auto s = fixtures::builtin(scenario.toStdString());
  const std::string saved = svm::save_scenario(*s);
  svm::LoadResult r = svm::load_scenario(saved, "saved.json");
  QVERIFY2(r, r.error.format().c_str());
  QVERIFY(*r.scenario == *s);
  QCOMPARE(svm::save_scenario(*r.scenario), saved);
}

void TstScenarios::w0_device_writes_freed_page() {
  const svm::Trace t = fixtures::run("accel-dma-during-exit", "v4.5-no-release-clear");
  std::vector<svm::Violation> vs, dangling;
  for (const auto& v : t.violations()) (v.kind == svm::ViolationKind::Dangling ? dangling : vs).push_back(v);
  QCOMPARE(vs.size(), size_t(1));
  // The hazard is reported where it arose, before the device's access finds it.
  QVERIFY(!dangling.empty());
  QVERIFY(dangling.front().step < vs[0].step);
  const QString msg = QString::fromStdString(vs[0].message.english());
  QVERIFY2(msg.contains(QStringLiteral("device accel0 DMA write to frame")), qPrintable(msg));
  QVERIFY2(msg.contains(QStringLiteral("user page of mm#1")), qPrintable(msg));
  QVERIFY2(msg.contains(QStringLiteral("freed by app in tlb_finish_mmu()")), qPrintable(msg));
  QCOMPARE(vs[0].objects.front().kind, svm::Kind::Frame);
}

void TstScenarios::v45_fails_gracefully() {
  // The same interleaving in v4.5: the page request is refused (mm_users is 0)
  // and nothing the IOMMU translates reaches freed memory. The device's own
  // TLB is another matter: release()'s device-TLB invalidation, built with the
  // 2016 QI_DEV_EIOTLB_SID/QDEP macros, went to requester id 00:00.0, so d3
  // hits the stale entry and writes the freed page (docs/history.md).
  const svm::Trace t = fixtures::run("accel-dma-during-exit", "v4.5");
  bool invalid_delivered = false, stale_hit = false;
  for (const auto& s : t.steps) {
    if (s.text.find("page group response") != std::string::npos && s.text.find("Invalid Request") != std::string::npos)
      invalid_delivered = true;
    if (s.note.english().find("Device-TLB hit") != std::string::npos && !s.violations.empty()) stale_hit = true;
  }
  QVERIFY(invalid_delivered);
  QVERIFY(stale_hit);
  const auto vs = accesses(t.violations());
  QCOMPARE(vs.size(), size_t(1));
  QCOMPARE(vs[0].kind, svm::ViolationKind::UseAfterFree);
  QVERIFY2(vs[0].message.english().find("device accel0 DMA write to frame") != std::string::npos,
           vs[0].message.english().c_str());
  const auto& dev = (*t.states.back().devs)[0];
  QCOMPARE(dev.dma_failed, 1u);  // d2 refused; d3 went through the stale entry
}

void TstScenarios::device_retries_after_success() {
  const svm::Trace t = fixtures::run("page-request-fault-in", "v4.5");
  std::vector<std::string> fns;
  for (const auto& s : t.steps) fns.push_back(std::string(svm::fn_name(s.fn)));
  for (const char* f : {"prq_event_thread", "find_extend_vma", "handle_mm_fault", "do_anonymous_page"})
    QVERIFY2(std::find(fns.begin(), fns.end(), f) != fns.end(), f);
  int success = 0;
  for (const auto& s : t.steps)
    if (s.text.find("Page Group Response(s) received: 1 Success") != std::string::npos) ++success;
  QCOMPARE(success, 1);
  const auto& dev = (*t.states.back().devs)[0];
  QCOMPARE(dev.dma_ok, 2u);
  QCOMPARE(dev.dma_failed, 0u);
}

void TstScenarios::munmap_flushes_before_freeing() {
  const svm::Trace t = fixtures::run("munmap-invalidate", "v4.5");
  // Find the step that frees the buffer's pages; before it, a page-selective
  // extended IOTLB invalidation of both pages must have completed.
  int psi_done = -1, freed_at = -1;
  for (const auto& s : t.steps) {
    if (psi_done < 0 && s.text.find("page-selective, one PASID") != std::string::npos &&
        s.text.rfind("IQ[", 0) == 0 && s.text.find("AM 1") != std::string::npos)
      psi_done = s.index;
    if (freed_at < 0 && svm::fn_name(s.fn) == std::string_view("tlb_finish_mmu") && !s.freed.empty()) freed_at = s.index;
  }
  QVERIFY(psi_done > 0);
  QVERIFY(freed_at > psi_done);
  // After the unmap, the IOTLB no longer translates the buffer ...
  const svm::Machine& after = t.states[static_cast<size_t>(freed_at)];
  for (const auto& e : after.hw->iotlb) QVERIFY(!e.covers(0x600000) && !e.covers(0x601000));
  // ... but the device TLB still does: the extended device-TLB invalidation,
  // built with v4.4's QI_DEV_EIOTLB_SID/QDEP macros (unchanged in v4.5), went
  // to requester id 00:00.0 (docs/history.md, "2016: the device-TLB descriptor").
  bool stale = false;
  for (const auto& e : (*after.devs)[0].devtlb) stale = stale || e.covers(0x600000);
  QVERIFY(stale);
  // So the device's next access hits it and writes the freed page.
  const auto vs = accesses(t.violations());
  QCOMPARE(vs.size(), size_t(1));
  QCOMPARE(vs[0].kind, svm::ViolationKind::UseAfterFree);
  QVERIFY2(vs[0].message.english().find("device accel0 DMA write to frame") != std::string::npos,
           vs[0].message.english().c_str());
  QCOMPARE((*t.states.back().devs)[0].dma_failed, 0u);
}

void TstScenarios::invalidation_queue_runs_in_order() {
  const svm::Trace t = fixtures::run("accel-dma-during-exit", "v4.5");
  std::vector<int> submitted, executed;
  for (const auto& s : t.steps) {
    if (s.text.rfind("qi_submit_sync(): IQ[", 0) == 0) submitted.push_back(std::stoi(std::string(s.text.substr(21))));
    if (s.text.rfind("IQ[", 0) == 0) executed.push_back(std::stoi(std::string(s.text.substr(3))));
  }
  QVERIFY(submitted.size() >= 5);
  // Each submission is a descriptor and its wait descriptor, executed in order.
  std::vector<int> want;
  for (int i : submitted) {
    want.push_back(i);
    want.push_back((i + 1) % 256);
  }
  QCOMPARE(executed, want);
}

void TstScenarios::other_pasid_keeps_working() {
  const svm::Trace t = fixtures::run("two-process-isolation", "v4.5");
  // A's teardown never disturbs B. The one violation is A's own device
  // writing through its stale device-TLB entry: A's release() sent the 2016
  // device-TLB descriptor, which reached requester id 00:00.0 (docs/history.md).
  const auto vs = accesses(t.violations());
  QCOMPARE(vs.size(), size_t(1));
  QCOMPARE(vs[0].kind, svm::ViolationKind::UseAfterFree);
  QVERIFY2(vs[0].message.english().find("device accelA DMA write") != std::string::npos, vs[0].message.english().c_str());
  const auto& devs = *t.states.back().devs;
  QCOMPARE(devs[1].dma_ok, 2u);  // B's device: both transfers, one through a page request
  QCOMPARE(devs[1].dma_failed, 0u);
  QCOMPARE(devs[0].dma_failed, 0u);  // A's device: its second access hit the stale entry
}

void TstScenarios::malformed_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("where");  // "line:column"
  QTest::addColumn<QString>("says");
  const QString head = QStringLiteral("{\n  \"format\": \"svmlab-scenario/1\",\n");
  QTest::newRow("truncated") << QStringLiteral("{\n  \"format\": \"svmlab-scenario/1\",\n  \"processes\": [") << "3:17"
                             << "syntax error";
  QTest::newRow("not JSON") << QStringLiteral("hello") << "1:1" << "syntax error";
  QTest::newRow("wrong format") << QStringLiteral("{\"format\": \"other/2\", \"processes\": []}") << "1:12"
                                << "unsupported format";
  QTest::newRow("bad iommu mode")
      << head + QStringLiteral("  \"machine\": {\"iommu\": {\"mode\": \"legacy\"}},\n  \"processes\": []\n}") << "3:33"
      << "\"mode\" is \"legacy\": one of \"ecs\"";
  QTest::newRow("unknown key") << head + QStringLiteral("  \"proceses\": []\n}") << "3:3" << "unknown key \"proceses\"";
  QTest::newRow("wrong type") << head + QStringLiteral("  \"processes\": {}\n}") << "3:16" << "must be an array";
  QTest::newRow("no processes") << head + QStringLiteral("  \"processes\": []\n}") << "3:16" << "at least one process";
  QTest::newRow("unknown action")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"fly\"}]}]\n}") << "3:50"
      << "not a process action";
  QTest::newRow("fd not open")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [\n    {\"do\": \"close\", \"fd\": \"x\"}]}]\n}")
      << "4:27" << "fd \"x\" is not open here";
  QTest::newRow("dangling after")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"wait\", \"after\": \"nope\"}]}]\n}")
      << "3:67" << "no action is labelled \"nope\"";
  QTest::newRow("unknown device")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"open\", \"device\": \"d\", \"as\": \"f\"}]}]\n}")
      << "3:68" << "no device named \"d\"";
  QTest::newRow("non-canonical address")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"touch\", \"addr\": \"0x0000900000000000\"}]}]\n}")
      << "3:67" << "not a canonical";
  QTest::newRow("kernel address for a process")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"touch\", \"addr\": \"0xffff880000000000\"}]}]\n}")
      << "3:67" << "not a user-space address";
  QTest::newRow("unaligned")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"touch\", \"addr\": 4097}]}]\n}") << "3:67"
      << "not page aligned";
  QTest::newRow("huge number")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"mmap_anon\", \"addr\": 4096, \"pages\": 1e30}]}]\n}")
      << "3:86" << "whole number";
  QTest::newRow("too many pages")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"mmap_anon\", \"addr\": 4096, \"pages\": 100000}]}]\n}")
      << "3:86" << "out of range";
  QTest::newRow("duplicate key") << QStringLiteral("{\"format\": \"svmlab-scenario/1\", \"format\": \"x\"}") << "1:33"
                                 << "duplicate key";
  QTest::newRow("reserved thread name")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"prq\", \"actions\": []}]\n}") << "3:26" << "kernel thread";
  QTest::newRow("unknown variant") << head + QStringLiteral("  \"variant\": \"v9\", \"processes\": []\n}") << "3:14"
                                   << "unknown variant";
  QTest::newRow("bad sid")
      << head + QStringLiteral("  \"machine\": {\"devices\": [{\"name\": \"d\", \"sid\": \"zz\"}]},\n  \"processes\": []\n}")
      << "3:48" << "PCI address";
  QTest::newRow("PASID past the table")
      << head + QStringLiteral("  \"machine\": {\"devices\": [{\"name\": \"d\", \"sid\": \"00:04.0\", \"actions\": [{\"do\": \"dma_write\", "
                               "\"addr\": \"0x600000\", \"pasid\": 512}]}]},\n  \"processes\": [{\"name\": \"a\", \"actions\": []}]\n}")
      << "3:120" << "beyond the PASID table (one 4 KiB page: 512 entries)";
  // The whole range of a DMA or a mapping, not only its start.
  QTest::newRow("supervisor DMA wrapping to 0")
      << head + QStringLiteral("  \"machine\": {\"devices\": [{\"name\": \"d\", \"sid\": \"00:04.0\", \"actions\": [{\"do\": \"dma_write\", "
                               "\"addr\": \"0xfffffffffffff000\", \"pages\": 64, \"supervisor\": true}]}]},\n  \"processes\": [{\"name\": \"a\", \"actions\": []}]\n}")
      << "3:130" << "0xfffffffffffff000 + 64 pages wraps around the end of the address space";
  QTest::newRow("supervisor DMA into the hole")
      << head + QStringLiteral("  \"machine\": {\"devices\": [{\"name\": \"d\", \"sid\": \"00:04.0\", \"actions\": [{\"do\": \"dma_read\", "
                               "\"addr\": \"0x7ffffffff000\", \"pages\": 2, \"supervisor\": true}]}]},\n  \"processes\": [{\"name\": \"a\", \"actions\": []}]\n}")
      << "3:125" << "runs into non-canonical addresses (its last page is 0x800000000000)";
  QTest::newRow("user DMA past user space")
      << head + QStringLiteral("  \"machine\": {\"devices\": [{\"name\": \"d\", \"sid\": \"00:04.0\", \"actions\": [{\"do\": \"dma_read\", "
                               "\"addr\": \"0x7ffffffc0000\", \"pages\": 64}]}]},\n  \"processes\": [{\"name\": \"a\", \"actions\": []}]\n}")
      << "3:125" << "ends at 0x800000000000, past the end of user space (0x7ffffffff000)";
  QTest::newRow("mapping past user space")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"mmap_anon\", \"addr\": \"0x7fffffffe000\", \"pages\": 64}]}]\n}")
      << "3:98" << "0x7fffffffe000 + 64 pages ends at 0x80000003e000, past the end of user space";
  QTest::newRow("mmap of the fd past user space")
      << head + QStringLiteral("  \"machine\": {\"devices\": [{\"name\": \"d\", \"sid\": \"00:04.0\"}]},\n  \"processes\": [{\"name\": \"a\", \"actions\": ["
                               "{\"do\": \"open\", \"device\": \"d\", \"as\": \"f\"}, {\"do\": \"mmap\", \"fd\": \"f\", \"addr\": \"0x7fffffffe000\", \"pages\": 2}]}]\n}")
      << "4:146" << "0x7fffffffe000 + 2 pages ends at 0x800000000000, past the end of user space";
  QTest::newRow("munmap past user space")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"munmap\", \"addr\": \"0x7ffffffc0000\", \"pages\": 64}]}]\n}")
      << "3:95" << "past the end of user space";
  QTest::newRow("bad milestone")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"wait\", \"after\": \"a@lunch\"}]}]\n}")
      << "3:67" << "not a milestone";
  // Issue 18: what passed validate and then ran nothing, or was never shown.
  const QString one = QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"touch\", \"addr\": 4096, \"label\": \"l\"}]}],\n");
  QTest::newRow("narration at no known point")
      << head + one + QStringLiteral("  \"narration\": [{\"text\": \"x\", \"at\":\n    \"nowhere\"}]\n}") << "5:5"
      << "\"nowhere\" is neither a milestone";
  QTest::newRow("question at no milestone")
      << head + one + QStringLiteral("  \"questions\": [{\"prompt\": \"p\", \"choices\": [\"y\", \"n\"], \"answer\": 0, \"at\":\n    \"a@lunch\"}]\n}")
      << "5:5" << "\"lunch\" is not a milestone";
  QTest::newRow("narration at step 0")
      << head + one + QStringLiteral("  \"narration\": [{\"text\": \"x\", \"at\":\n    \"step:0\"}]\n}") << "5:5" << "step:N";
  QTest::newRow("narration at an unknown thread")
      << head + one + QStringLiteral("  \"narration\": [{\"text\": \"x\", \"at\":\n    \"b@exit_mm\"}]\n}") << "5:5"
      << "no thread named \"b\"";
  QTest::newRow("a process forks itself")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"parent\": \"a\", \"actions\": [{\"do\": \"fork\", \"child\":\n    \"a\"}]}]\n}")
      << "4:5" << "cannot fork itself";
  QTest::newRow("parents fork each other")
      << head + QStringLiteral("  \"processes\": [{\"parent\": \"b\", \"actions\": [{\"do\": \"fork\", \"child\": \"b\"}], \"name\":\n    \"a\"}, "
                               "{\"name\": \"b\", \"parent\": \"a\", \"actions\": [{\"do\": \"fork\", \"child\": \"a\"}]}]\n}")
      << "4:5" << "its own ancestor";
  QTest::newRow("an action after exit")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"exit\"},\n    {\"do\": \"touch\", \"addr\": 4096}]}]\n}")
      << "4:5" << "an action after \"exit\"";
  QTest::newRow("a fork after exit")
      << head + QStringLiteral("  \"processes\": [{\"name\": \"a\", \"actions\": [{\"do\": \"exit\"},\n    {\"do\": \"fork\", \"child\": \"c\"}]}, "
                               "{\"name\": \"c\", \"parent\": \"a\", \"actions\": []}]\n}")
      << "4:5" << "\"fork\" in a process that has exited";
  QTest::newRow("hold until the thread's own label")
      << head + one + QStringLiteral("  \"hold\": [{\"thread\": \"a\", \"until\":\n    \"l\"}]\n}") << "5:5"
      << "own progress";
  QTest::newRow("hold in no function")
      << head + one + QStringLiteral("  \"hold\": [{\"thread\": \"prq\", \"until\": \"l\", \"in\":\n    \"no_such_fn\"}]\n}") << "5:5"
      << "not a function of the model";
  QTest::newRow("hold at no line")
      << head + one +
             QStringLiteral("  \"hold\": [{\"thread\": \"prq\", \"until\": \"l\", \"in\": \"prq_event_thread\", \"line\":\n    \"frobnicate\"}]\n}")
      << "5:5" << "no line of prq_event_thread() contains \"frobnicate\"";
  QTest::newRow("hold at a line one variant lacks")
      << head + one +
             QStringLiteral("  \"hold\": [{\"thread\": \"prq\", \"until\": \"l\", \"in\": \"prq_event_thread\", \"line\":\n    \"atomic_inc_not_zero\"}]\n}")
      << "5:5" << "is not in prq_event_thread() in v4.4;";
  QTest::newRow("hold at an ambiguous line")
      << head + one +
             QStringLiteral("  \"hold\": [{\"thread\": \"prq\", \"until\": \"l\", \"in\": \"prq_event_thread\", \"line\":\n    \"_read(&svm->mm->mmap_sem)\"}]\n}")
      << "5:5" << "2 lines of prq_event_thread() contain";
  QTest::newRow("hold line without its function")
      << head + one + QStringLiteral("  \"hold\": [{\"thread\": \"prq\", \"until\": \"l\", \"line\":\n    \"mmput\"}]\n}") << "5:5"
      << "\"line\" needs \"in\"";
}

void TstScenarios::malformed() {
  QFETCH(QString, text);
  QFETCH(QString, where);
  QFETCH(QString, says);
  const QByteArray utf8 = text.toUtf8();
  svm::LoadResult r = svm::load_scenario(std::string_view(utf8.constData(), size_t(utf8.size())), "bad.json");
  QVERIFY(!r);
  const QString msg = QString::fromStdString(r.error.format());
  QVERIFY2(msg.startsWith(QStringLiteral("bad.json:") + where + QStringLiteral(": ")), qPrintable(msg));
  QVERIFY2(msg.contains(says), qPrintable(msg));
  QVERIFY2(!msg.contains(QLatin1Char('\n')), "one line");
}

void TstScenarios::hostile_sizes() {
  // 10 MB of noise: refused before parsing, no time spent.
  std::string noise(10 << 20, 'x');
  svm::LoadResult r = svm::load_scenario(noise, "noise.json");
  QVERIFY(!r);
  QVERIFY(QString::fromStdString(r.error.message).contains(QStringLiteral("larger than")));
  // Deep nesting: refused at the bracket that goes too deep, no stack overflow.
  std::string deep = "{\"format\": \"svmlab-scenario/1\", \"processes\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  r = svm::load_scenario(deep, "deep.json");
  QVERIFY(!r);
  QVERIFY2(QString::fromStdString(r.error.message).contains(QStringLiteral("nested deeper")), r.error.message.c_str());
  QCOMPARE(r.error.line, 1);
  // Too many actions.
  std::string many = "{\"format\": \"svmlab-scenario/1\", \"processes\": [{\"name\": \"a\", \"actions\": [";
  for (int i = 0; i < 300; ++i) many += std::string(i ? "," : "") + "{\"do\": \"exit\"}";
  many += "]}]}";
  r = svm::load_scenario(many, "many.json");
  QVERIFY(!r);
  QVERIFY(QString::fromStdString(r.error.message).contains(QStringLiteral("more than 256 actions")));
  // A long string.
  std::string longstr = "{\"format\": \"svmlab-scenario/1\", \"title\": \"" + std::string(5000, 'a') + "\", \"processes\": []}";
  r = svm::load_scenario(longstr, "long.json");
  QVERIFY(!r);
  QVERIFY(QString::fromStdString(r.error.message).contains(QStringLiteral("longer than")));
}

void TstScenarios::hostile_text_is_escaped() {
  // An "after" that would clear the screen and forge a line of validate's output.
  const std::string text = "{\"format\": \"svmlab-scenario/1\", \"processes\": [{\"name\": \"a\", \"actions\": "
                           "[{\"do\": \"wait\", \"after\": \"x\\u001b[2J\\rfake.json: ok\\u009b\"}]}]}";
  const svm::LoadResult r = svm::load_scenario(text, "bad\x1b.json");
  QVERIFY(!r);
  const std::string f = r.error.format();
  QVERIFY2(f.find("bad\\x1b.json:1:") == 0, f.c_str());
  QVERIFY2(f.find("\"x\\x1b[2J\\x0dfake.json: ok\\u009b\"") != std::string::npos, f.c_str());
  for (const char c : f) QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, f.c_str());
  QVERIFY2(f.find("\xc2\x9b") == std::string::npos, "a C1 control (CSI) left raw");
  // Other UTF-8 passes unchanged.
  QCOMPARE(svm::printable("caf\xc3\xa9 \xe2\x86\x92"), std::string("caf\xc3\xa9 \xe2\x86\x92"));
}

void TstScenarios::non_regular_files_are_refused() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const std::string fifo = (dir.path() + QStringLiteral("/pipe.json")).toStdString();
  QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
  // Opened for reading without a writer, a FIFO blocks forever: it must be refused first.
  const svm::LoadResult p = svm::load_scenario_file(fifo);
  QVERIFY(!p);
  QCOMPARE(QString::fromStdString(p.error.format()),
           QString::fromStdString(fifo) + QStringLiteral(":0:0: is a FIFO, not a regular file: a scenario is read from a file"));
  const svm::LoadResult d = svm::load_scenario_file("/dev/zero");
  QVERIFY(!d);
  QVERIFY2(d.error.message.find("is a device, not a regular file") == 0, d.error.message.c_str());
  const svm::LoadResult dd = svm::load_scenario_file(dir.path().toStdString());
  QVERIFY(!dd);
  QVERIFY2(dd.error.message.find("is a directory") == 0, dd.error.message.c_str());
}

// Every key and value of a file of 20,000 lines, multi-byte characters and
// tabs among them, stands where position_of() counts it from the start of
// the text; so does an error on the last line. (The parser carries the
// position from one token to the next: counted from the start for each, a
// 400 KB array of numbers took 29 s to reach its first error.)
void TstScenarios::positions_in_a_big_file() {
  constexpr int kLines = 20000;
  std::string text = "{\n";
  std::vector<size_t> key_at, value_at;
  for (int i = 0; i < kLines; ++i) {
    text += i % 3 == 0 ? "\t" : "  ";
    key_at.push_back(text.size());
    text += "\"k\xc3\xa9y" + std::to_string(i) + "\": ";
    value_at.push_back(text.size());
    text += i % 2 == 0 ? "[1, \"\xe2\x82\xac\"]" : std::to_string(i);
    text += i + 1 < kLines ? ",\n" : "\n";
  }
  text += "}\n";
  svm::json::ParseError err;
  const std::optional<svm::json::Node> doc = svm::json::parse(text, err);
  QVERIFY2(doc.has_value(), err.message.c_str());
  QCOMPARE(doc->members.size(), size_t(kLines));
  for (int i = 0; i < kLines; i += 997) {  // a spread of them, the last included below
    const svm::json::Pos k = svm::json::position_of(text, key_at[size_t(i)]);
    const svm::json::Pos v = svm::json::position_of(text, value_at[size_t(i)]);
    QCOMPARE(doc->key_pos[size_t(i)].line, k.line);
    QCOMPARE(doc->key_pos[size_t(i)].column, k.column);
    QCOMPARE(doc->members[size_t(i)].second.pos.line, v.line);
    QCOMPARE(doc->members[size_t(i)].second.pos.column, v.column);
  }
  QCOMPARE(doc->key_pos.back().line, kLines + 1);
  QCOMPARE(doc->key_pos.back().column, (kLines - 1) % 3 == 0 ? 2 : 3);
  // The value of an even line: the array's second item, after a "€".
  const svm::json::Node& arr = doc->members[0].second;
  QCOMPARE(arr.items.size(), size_t(2));
  QCOMPARE(arr.items[1].pos.line, 2);
  QCOMPARE(arr.items[1].pos.column, svm::json::position_of(text, value_at[0] + 4).column);

  // A duplicate key on the last line: the error names it there.
  std::string dup = text.substr(0, text.size() - 3) + ",\n  \"k\xc3\xa9y0\": 1\n}\n";
  svm::json::ParseError e2;
  QVERIFY(!svm::json::parse(dup, e2).has_value());
  QCOMPARE(e2.pos.line, kLines + 2);
  QCOMPARE(e2.pos.column, 3);
  QVERIFY2(e2.message.find("duplicate key") != std::string::npos, e2.message.c_str());
}

QTEST_APPLESS_MAIN(TstScenarios)
#include "tst_scenarios.moc"
