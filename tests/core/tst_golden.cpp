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
  void tlb_finish_mmu_flushes_the_gathers_range_data();
  void tlb_finish_mmu_flushes_the_gathers_range();
  void exit_mmap_gathers_the_whole_mm_and_notifies_no_one();
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
      QVERIFY2(s.text.find("extended device-TLB inv, SID 00:00.0, PASID 32, MIP 0") != std::string::npos, std::string(s.text).c_str());
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
      QVERIFY2(s.text.find(", IH") != std::string::npos, std::string(s.text).c_str());
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
    if (s.fn == svm::FnId::dup_mm) QVERIFY2(s.text.find("tsk->mm = mm") == std::string::npos, std::string(s.text).c_str());
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
        QVERIFY2(s.text.find("PASID-cache inv, PASID-selective, DID 1, PASID 0") != std::string::npos, std::string(s.text).c_str());
        ++flushes_in_bind;
      }
    QCOMPARE(flushes_in_bind, cm ? 1 : 0);
    QCOMPARE(t.states.back().drv->pasids_seen.front(), cm ? 1u : 0u);
  }
}

// A scenario with one process that binds accel0 (ATS) to its mm, maps four
// anonymous pages at 0x600000, writes the first two, and unmaps `unmap`.
static std::shared_ptr<svm::Config> four_pages_then_munmap(const char* unmap, const char* variant) {
  const std::string text = std::string(R"({
  "format": "svmlab-scenario/1", "id": "gather-range", "title": "gather range",
  "machine": {"devices": [{"name": "accel0", "sid": "00:04.0", "did": 1, "ats": true, "pri": true, "actions": []}]},
  "processes": [{"name": "app", "actions": [
    {"do": "open", "device": "accel0", "as": "acc"},
    {"do": "bind", "fd": "acc"},
    {"do": "mmap_anon", "addr": "0x600000", "pages": 4},
    {"do": "touch", "addr": "0x600000", "write": true},
    {"do": "touch", "addr": "0x601000", "write": true},
    )") + unmap + R"(,
    {"do": "exit"}]}]
})";
  svm::LoadResult r = svm::load_scenario(text, "gather-range.json");
  if (!r) qFatal("%s", r.error.format().c_str());
  auto cfg = std::make_shared<svm::Config>();
  const std::string err =
      svm::make_config(std::make_shared<const svm::Scenario>(std::move(*r.scenario)), *svm::find_variant(variant), *cfg);
  if (!err.empty()) qFatal("%s", err.c_str());
  return cfg;
}

void TstGolden::tlb_finish_mmu_flushes_the_gathers_range_data() {
  // mm/memory.c v4.4, tlb_flush_mmu_tlbonly(): "if (!tlb->end) return; tlb_flush(tlb);
  // mmu_notifier_invalidate_range(tlb->mm, tlb->start, tlb->end);". The
  // gather's range grows by one page at each cleared PTE (tlb_remove_tlb_entry)
  // and at the base of each freed page table's span (pte_free_tlb at the PMD-
  // aligned address, pmd_free_tlb at start & PUD_MASK, pud_free_tlb at start &
  // PGDIR_MASK): it is not munmap's own range. intel_invalidate_range() turns
  // it into pages = (end - start + PAGE_SIZE - 1) >> 12 and
  // intel_flush_svm_range_dev() into AM = ilog2(__roundup_pow_of_two(pages)).
  QTest::addColumn<QString>("unmap");
  QTest::addColumn<QString>("variant");
  QTest::addColumn<QString>("end_flush");     // the extended IOTLB descriptor from invalidate_range_end
  QTest::addColumn<QString>("finish_flush");  // ... from tlb_finish_mmu, empty: none
  QTest::addColumn<QString>("finish_devtlb"); // the device-TLB descriptor from tlb_finish_mmu
  // The whole VMA goes, and with it every table down from the PGD (no other
  // VMA): pud_free_tlb and pmd_free_tlb at 0, pte_free_tlb at 0x600000, and
  // the last cleared PTE is 0x601000, so the range is [0, 0x602000): 1538
  // pages, AM 11, the 8 MiB at 0. The device-TLB range: last = 0x601000,
  // mask = __rounddown_pow_of_two(0 ^ last) = 0x400000, address (0 & ~mask) |
  // (mask - 1) = 0x3fffff: S = 1 and the lowest zero bit 22, 8 MiB.
  QTest::newRow("whole VMA, tables freed, devtlb-fixed")
      << R"({"do": "munmap", "addr": "0x600000", "pages": 4})" << "v4.5-devtlb-fixed"
      << "addr 0x600000, AM 2" << "addr 0x0, AM 11" << "SID 00:04.0, PASID 0, MIP 0, addr 0x3ff000 (S: range)";
  // The same in v4.4's encoding: the device-TLB descriptor goes to 00:00.0.
  QTest::newRow("whole VMA, tables freed, v4.4")
      << R"({"do": "munmap", "addr": "0x600000", "pages": 4})" << "v4.4"
      << "addr 0x600000, AM 2" << "addr 0x0, AM 11" << "SID 00:00.0, PASID 32, MIP 0, addr 0x3ff000 (S: range)";
  // A page in the middle: its neighbours keep the PTE table, nothing is
  // freed, and the gather holds only the cleared PTE.
  QTest::newRow("one mapped page, no table freed")
      << R"({"do": "munmap", "addr": "0x601000", "pages": 1})" << "v4.5-devtlb-fixed"
      << "addr 0x601000, AM 0" << "addr 0x601000, AM 0" << "SID 00:04.0, PASID 0, MIP 0, addr 0x601000";
  // A page never touched: no PTE cleared, no table freed, the range stays
  // empty (end 0) and tlb_finish_mmu() notifies no one.
  QTest::newRow("one unmapped page, nothing gathered")
      << R"({"do": "munmap", "addr": "0x602000", "pages": 1})" << "v4.5-devtlb-fixed"
      << "addr 0x602000, AM 0" << "" << "";
}

void TstGolden::tlb_finish_mmu_flushes_the_gathers_range() {
  QFETCH(QString, unmap);
  QFETCH(QString, variant);
  QFETCH(QString, end_flush);
  QFETCH(QString, finish_flush);
  QFETCH(QString, finish_devtlb);
  const svm::Trace t = svm::simulate(four_pages_then_munmap(qPrintable(unmap), qPrintable(variant)), {});
  QVERIFY(t.complete);
  std::vector<std::string> from_end, from_finish, devtlb_from_finish;
  for (const svm::StepRecord& s : t.steps) {
    const auto in = [&](svm::FnId f) { return std::find(s.stack.begin(), s.stack.end(), f) != s.stack.end(); };
    if (s.fn != svm::FnId::qi_submit_sync || s.text.rfind("qi_submit_sync(): IQ[", 0) != 0 || !in(svm::FnId::do_munmap))
      continue;
    QVERIFY(in(svm::FnId::intel_invalidate_range));
    if (s.text.find("extended IOTLB inv, page-selective") != std::string::npos) {
      if (in(svm::FnId::__mmu_notifier_invalidate_range_end)) from_end.push_back(std::string(s.text));
      if (in(svm::FnId::tlb_finish_mmu)) from_finish.push_back(std::string(s.text));
      QVERIFY2(s.text.find(", IH") == std::string::npos, std::string(s.text).c_str());  // intel_invalidate_range: ih = 0
    }
    if (s.text.find("extended device-TLB inv") != std::string::npos && in(svm::FnId::tlb_finish_mmu))
      devtlb_from_finish.push_back(std::string(s.text));
  }
  QCOMPARE(from_end.size(), size_t(1));
  QVERIFY2(from_end[0].find("DID 1, PASID 0, " + end_flush.toStdString()) != std::string::npos, from_end[0].c_str());
  if (finish_flush.isEmpty()) {
    QVERIFY(from_finish.empty());
    QVERIFY(devtlb_from_finish.empty());
    return;
  }
  QCOMPARE(from_finish.size(), size_t(1));
  QVERIFY2(from_finish[0].find("DID 1, PASID 0, " + finish_flush.toStdString()) != std::string::npos,
           from_finish[0].c_str());
  QCOMPARE(devtlb_from_finish.size(), size_t(1));
  QVERIFY2(devtlb_from_finish[0].find(finish_devtlb.toStdString()) != std::string::npos, devtlb_from_finish[0].c_str());
}

void TstGolden::exit_mmap_gathers_the_whole_mm_and_notifies_no_one() {
  // exit_mmap() v4.4: tlb_gather_mmu(&tlb, mm, 0, -1) sets fullmm, and
  // __tlb_reset_range() start = end = ~0; unmap_vmas() and free_pgtables()
  // lower start, end stays ~0. But mmu_notifier_release() ran first and
  // unhashed every notifier: tlb_finish_mmu()'s mmu_notifier_invalidate_range()
  // reaches no intel_invalidate_range().
  for (const char* v : {"v4.5", "v4.5-devtlb-fixed"}) {
    const svm::Trace t = fixtures::run("accel-mmap-exit", v);
    QVERIFY(t.complete);
    bool flushed_range = false;
    for (const svm::StepRecord& s : t.steps) {
      const auto in = [&](svm::FnId f) { return std::find(s.stack.begin(), s.stack.end(), f) != s.stack.end(); };
      if (!in(svm::FnId::exit_mmap)) continue;
      QVERIFY2(s.fn != svm::FnId::intel_invalidate_range, v);
      // The step of tlb_finish_mmu()'s "mmu_notifier_invalidate_range(tlb->mm, tlb->start, tlb->end);"
      // is the entry into __mmu_notifier_invalidate_range().
      if (s.fn == svm::FnId::__mmu_notifier_invalidate_range && s.kind == svm::StepKind::Enter &&
          in(svm::FnId::tlb_finish_mmu)) {
        const svm::MmuGather& g = t.states[s.index - 1].threads[s.thread].gather;
        QVERIFY(g.fullmm);
        QCOMPARE(g.end, ~0ULL);
        // The doorbell PTE at 0x7f0000000000 and the tables above it (pud_free_tlb at
        // 0x7f0000000000 & PGDIR_MASK, the same address) set the start.
        QCOMPARE(g.start, 0x7f0000000000ULL);
        QVERIFY2(s.note.english().find("whole mm") != std::string::npos, s.note.english().c_str());
        flushed_range = true;
      }
    }
    QVERIFY2(flushed_range, v);
  }
}

QTEST_APPLESS_MAIN(TstGolden)
#include "tst_golden.moc"
