// Golden sequences: the reference's "State after" tables, replayed.
//
// For gfx-exit and accel-mmap-exit in v4.4 and v4.5, the (mm_users, mm_count,
// f_count) tuples after each step must contain, in order, the tuples of the
// tables OLD (a), OLD (b), FIXED (a) and FIXED (b) of
// reference/kernel-exit-and-svm.md section 3, and each run must end as the
// reference says.

#include <QtTest>

#include <algorithm>

#include "core/engine/refs.h"
#include "core/engine/function.h"
#include "core/driver/variant.h"
#include "core/scenario/loader.h"
#include "tests/core/fixtures.h"

using fixtures::Tuple;
Q_DECLARE_METATYPE(std::vector<Tuple>)

class TstGolden : public QObject {
  Q_OBJECT
 private slots:
  void tuples_data();
  void tuples();
  void v44_accel_leaks_the_cycle();
  void clean_runs_free_everything_data();
  void clean_runs_free_everything();
  void every_step_names_a_real_function();
  void device_tlb_descriptor_as_the_hardware_reads_it_data();
  void device_tlb_descriptor_as_the_hardware_reads_it();
  void cow_on_a_bound_mm_calls_every_notifier();
  void kernel_steps_are_labelled_by_the_run();
  void exit_files_is_in_fs_file_c();
  void fork_sets_the_mm_in_copy_mm();
  void caching_mode_bind_flushes_pasid_0();
};

void TstGolden::tuples_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<std::vector<Tuple>>("table");
  // OLD (a): after bind (2,2,1); exit_mm; exit_files; release -> unbind (unregister, mmdrop; mmput -> exit_mmap);
  // final switch.
  QTest::newRow("OLD (a) gfx-exit v4.4") << "gfx-exit" << "v4.4"
                                         << std::vector<Tuple>{{2, 2, 1}, {1, 3, 1}, {1, 3, 0}, {1, 2, 0}, {0, 1, 0}, {0, 0, 0}};
  // OLD (b): after bind and mmap (2,2,2); exit_mm; exit_files; (task work: nothing); final switch: permanent.
  QTest::newRow("OLD (b) accel-mmap-exit v4.4") << "accel-mmap-exit" << "v4.4"
                                                << std::vector<Tuple>{{2, 2, 2}, {1, 3, 2}, {1, 3, 1}, {1, 2, 1}};
  // FIXED (a): after bind (1,2,1); exit_mm count+1; mmput; exit_mmap+mmdrop; exit_files; unbind; final.
  QTest::newRow("FIXED (a) gfx-exit v4.5")
      << "gfx-exit" << "v4.5"
      << std::vector<Tuple>{{1, 2, 1}, {1, 3, 1}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
  // FIXED (b): after bind and mmap (1,2,2); exit_mmap with remove_vma's fput; mmdrop; exit_files; unbind; final.
  QTest::newRow("FIXED (b) accel-mmap-exit v4.5")
      << "accel-mmap-exit" << "v4.5"
      << std::vector<Tuple>{{1, 2, 2}, {0, 3, 1}, {0, 2, 1}, {0, 2, 0}, {0, 1, 0}, {0, 0, 0}};
}

void TstGolden::tuples() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  QFETCH(std::vector<Tuple>, table);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  std::string missing;
  const auto seq = fixtures::tuples(t);
  QVERIFY2(fixtures::contains_in_order(seq, table, &missing), missing.c_str());
  QCOMPARE(seq.back(), table.back());  // and it ends there
}

void TstGolden::v44_accel_leaks_the_cycle() {
  const svm::Trace t = fixtures::run("accel-mmap-exit", "v4.4");
  QCOMPARE(t.end.size(), size_t(1));
  const svm::Violation& v = t.end.front();
  QCOMPARE(v.kind, svm::ViolationKind::Leak);
  std::vector<std::string> cycle;
  for (svm::ObjId o : v.cycle) cycle.push_back(svm::to_string(o));
  QCOMPARE(cycle, (std::vector<std::string>{"mm#1", "vma#1", "file#1", "svm#1"}));
  for (const char* leaked : {"mm#1", "vma#1", "file#1", "svm#1", "sdev#1", "notifier#1"})
    QVERIFY2(std::any_of(v.objects.begin(), v.objects.end(), [&](svm::ObjId o) { return svm::to_string(o) == leaked; }),
             leaked);
  // The PASID entry still points at the dead process's page tables.
  const svm::Machine& end = t.states.back();
  QVERIFY(svm::pasid_entry(end, 0) & 1);
  QVERIFY(QString::fromStdString(v.message.english()).contains("still present in the PASID table"));
  // The task itself is reaped.
  QVERIFY(!end.k->tasks[0].alive);
}

void TstGolden::clean_runs_free_everything_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("gfx-exit v4.4") << "gfx-exit" << "v4.4";
  QTest::newRow("gfx-exit v4.5") << "gfx-exit" << "v4.5";
  QTest::newRow("accel-mmap-exit v4.5") << "accel-mmap-exit" << "v4.5";
}

void TstGolden::clean_runs_free_everything() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const svm::Trace t = fixtures::run(scenario.toStdString(), variant.toStdString());
  QVERIFY(t.complete);
  QVERIFY2(t.violations().empty(), t.violations().empty() ? "" : t.violations().front().message.english().c_str());
  const svm::Machine& end = t.states.back();
  for (const auto& m : end.k->mms) QVERIFY(!m.alive);
  for (const auto& f : end.k->files) QVERIFY(!f.alive);
  for (const auto& s : end.drv->svms) QVERIFY(!s.alive);
  QVERIFY(!(svm::pasid_entry(end, 0) & 1));  // the PASID entry was cleared
  // Every page the process's mm owned went back.
  for (const auto& [pfn, fi] : end.mem->frames())
    if (fi.owner.kind == svm::Kind::Mm && fi.owner) QVERIFY2(!fi.allocated, svm::hex(pfn.v).c_str());
}

void TstGolden::every_step_names_a_real_function() {
  for (const char* v : {"v4.4", "v4.5"}) {
    const svm::Trace t = fixtures::run("accel-mmap-exit", v);
    for (const svm::StepRecord& s : t.steps) {
      const svm::FnDef& d = svm::functions(svm::find_variant(v)->era)[s.fn];
      QVERIFY(!d.file.empty());
      QVERIFY(!s.text.empty());
      QCOMPARE(s.stack.back(), s.fn);
      QCOMPARE(static_cast<size_t>(s.depth) + 1, s.stack.size());
    }
  }
}

void TstGolden::device_tlb_descriptor_as_the_hardware_reads_it_data() {
  QTest::addColumn<QString>("variant");
  // Every 2016 variant builds the descriptor with v4.4's QI_DEV_EIOTLB_SID/QDEP
  // macros (e57e58bd did not touch them; they were still wrong in 4.9).
  for (const char* v : {"v4.4", "v4.5", "v4.5-no-release-clear", "v4.5-no-fault-guard"}) QTest::newRow(v) << v;
}

void TstGolden::device_tlb_descriptor_as_the_hardware_reads_it() {
  QFETCH(QString, variant);
  const svm::Trace t = fixtures::run("munmap-invalidate", variant.toStdString());
  QVERIFY(t.complete);
  // accel0 is 00:04.0 (source id 0x0020), bound to PASID 0; its ATS queue depth
  // 32 is clamped to sdev->qdep = 0. The hardware reads SID = qdep = 00:00.0
  // and PASID = 0 | 0x0020 = 32: no device has that requester id.
  int executed = 0, unmapped = -1;
  for (const svm::StepRecord& s : t.steps) {
    if (s.note.english().find("meant for 00:04.0, PASID 0, the descriptor reads SID 00:00.0, PASID 32") !=
        std::string::npos)
      QCOMPARE(s.fn, svm::FnId::intel_flush_svm_range_dev);
    if (s.fn == svm::FnId::iommu_main && s.text.find("extended device-TLB inv") != std::string::npos) {
      QVERIFY2(s.text.find("extended device-TLB inv, SID 00:00.0, PASID 32, MIP 0") != std::string::npos, s.text.c_str());
      QVERIFY2(s.note.english().find("no device has requester id 00:00.0") != std::string::npos,
               s.note.english().c_str());
      ++executed;
    }
    if (s.fn == svm::FnId::tlb_finish_mmu && unmapped < 0) unmapped = s.index;
  }
  QVERIFY(executed >= 1);
  QVERIFY(unmapped > 0);
  // What the device TLB keeps: after munmap() freed the pages, accel0 still
  // caches a translation of 0x600000 ...
  const svm::Machine& after = t.states.back();
  bool stale = false;
  for (const svm::DevTlbEntry& e : after.devs->front().devtlb)
    if (e.covers(0x600000)) stale = true;
  QVERIFY(stale);
  // ... and its next write goes through it, into a freed page.
  const auto v = t.violations();
  QVERIFY(std::any_of(v.begin(), v.end(), [](const svm::Violation& x) {
    return x.kind == svm::ViolationKind::UseAfterFree && x.message.english().find("device accel0 DMA write") != std::string::npos;
  }));
}

void TstGolden::cow_on_a_bound_mm_calls_every_notifier() {
  // A write fault on a page the parent shares with its fork child, while the
  // parent's mm is bound: do_wp_page() hands over to wp_page_copy(), which
  // calls ->invalidate_range (ptep_clear_flush_notify()) and then ->change_pte
  // (set_pte_at_notify()); intel_change_pte() flushes one page with IH = 1.
  svm::LoadResult r = svm::load_scenario_file(fixtures::source_dir() + "/tests/data/cow-bound-mm.json");
  QVERIFY2(r, r ? "" : r.error.format().c_str());
  auto cfg = std::make_shared<svm::Config>();
  QCOMPARE(svm::make_config(std::make_shared<const svm::Scenario>(std::move(*r.scenario)), *svm::find_variant("v4.4"), *cfg),
           std::string());
  const svm::Trace t = svm::simulate(cfg, {});
  QVERIFY(t.complete);
  int range = -1, change = -1, ih = 0;
  for (const svm::StepRecord& s : t.steps) {
    const auto in = [&](svm::FnId f) { return std::find(s.stack.begin(), s.stack.end(), f) != s.stack.end(); };
    if (s.fn == svm::FnId::wp_page_copy) QVERIFY(in(svm::FnId::do_wp_page));
    if (s.fn == svm::FnId::intel_invalidate_range && in(svm::FnId::wp_page_copy) && range < 0) range = s.index;
    if (s.fn == svm::FnId::intel_change_pte && change < 0) {
      change = s.index;
      QVERIFY(in(svm::FnId::__mmu_notifier_change_pte) && in(svm::FnId::wp_page_copy));
    }
    if (s.fn == svm::FnId::qi_submit_sync && in(svm::FnId::intel_change_pte) &&
        s.text.find("extended IOTLB inv, page-selective") != std::string::npos) {
      QVERIFY2(s.text.find(", IH") != std::string::npos, s.text.c_str());
      ++ih;
    }
  }
  QVERIFY(range > 0);
  QVERIFY(change > range);
  QVERIFY(ih > 0);
}

void TstGolden::kernel_steps_are_labelled_by_the_run() {
  QCOMPARE(svm::source_of(svm::FnId::exit_mm, *svm::find_variant("v4.4")), std::string("kernel/exit.c (v4.4)"));
  QCOMPARE(svm::source_of(svm::FnId::exit_mm, *svm::find_variant("v4.5")), std::string("kernel/exit.c (v4.4 = v4.5)"));
  QCOMPARE(svm::source_of(svm::FnId::exit_mm, *svm::find_variant("v4.5-no-fault-guard")),
           std::string("kernel/exit.c (v4.4 = v4.5)"));
  // The driver is labelled by the variant itself.
  QCOMPARE(svm::source_of(svm::FnId::intel_mm_release, *svm::find_variant("v4.5")),
           std::string("drivers/iommu/intel-svm.c (v4.5)"));
}

void TstGolden::exit_files_is_in_fs_file_c() {
  QCOMPARE(std::string(svm::functions()[svm::FnId::exit_files].file), std::string("fs/file.c"));
  QCOMPARE(std::string(svm::functions()[svm::FnId::wp_page_copy].file), std::string("mm/memory.c"));
  QCOMPARE(std::string(svm::functions()[svm::FnId::intel_change_pte].file), std::string("drivers/iommu/intel-svm.c"));
}

void TstGolden::fork_sets_the_mm_in_copy_mm() {
  // kernel/fork.c v4.4: copy_process() -> copy_mm() -> dup_mm(); copy_mm()
  // sets tsk->mm and tsk->active_mm after dup_mm() returns (good_mm:).
  const svm::Trace t = fixtures::run("fork-shared-fd", "v4.4");
  bool dup_in_copy = false, set_in_copy = false;
  for (const svm::StepRecord& s : t.steps) {
    if (s.fn == svm::FnId::dup_mm && s.depth > 0) {
      QCOMPARE(s.stack[s.stack.size() - 2], svm::FnId::copy_mm);
      dup_in_copy = true;
    }
    if (s.fn == svm::FnId::copy_mm && s.text.find("good_mm: tsk->mm = mm; tsk->active_mm = mm;") != std::string::npos)
      set_in_copy = true;
    if (s.fn == svm::FnId::dup_mm) QVERIFY2(s.text.find("tsk->mm = mm") == std::string::npos, s.text.c_str());
  }
  QVERIFY(dup_in_copy);
  QVERIFY(set_in_copy);
}

void TstGolden::caching_mode_bind_flushes_pasid_0() {
  // intel_svm_bind_mm() v4.4: "if (cap_caching_mode(iommu->cap))
  // intel_flush_pasid_dev(svm, sdev, 0);" after the new PASID entry is written;
  // and idr_alloc() starts at !!cap_caching_mode(): PASID 0 is not handed out.
  for (const bool cm : {false, true}) {
    svm::Scenario sc = *fixtures::builtin("gfx-exit");
    sc.iommu.caching_mode = cm;
    auto cfg = std::make_shared<svm::Config>();
    QCOMPARE(svm::make_config(std::make_shared<const svm::Scenario>(sc), *svm::find_variant("v4.4"), *cfg), std::string());
    const svm::Trace t = svm::simulate(cfg, {});
    QVERIFY(t.complete);
    int flushes_in_bind = 0;
    for (const svm::StepRecord& s : t.steps)
      if (s.fn == svm::FnId::qi_submit_sync && s.text.rfind("qi_submit_sync(): IQ[", 0) == 0 && s.stack.size() >= 3 &&
          s.stack[s.stack.size() - 2] == svm::FnId::intel_flush_pasid_dev &&
          s.stack[s.stack.size() - 3] == svm::FnId::intel_svm_bind_mm) {
        QVERIFY2(s.text.find("PASID-cache inv, PASID-selective, DID 1, PASID 0") != std::string::npos, s.text.c_str());
        ++flushes_in_bind;
      }
    QCOMPARE(flushes_in_bind, cm ? 1 : 0);
    QCOMPARE(t.states.back().drv->pasids_seen.front(), cm ? 1u : 0u);
  }
}

QTEST_APPLESS_MAIN(TstGolden)
#include "tst_golden.moc"
