// The hardware views against the snapshots of two small scenarios written
// here, with a device that DMAs:
//  - "dma": the process binds, maps two pages and touches the first; the
//    device writes both. The second page is not present: the first attempt
//    faults in the walk, the device sends a page request, prq_event_thread
//    faults the page in and answers Success, the device retries.
//  - "fault": the device writes once while the process lives and once after
//    exit_files(): in v4.5 the PASID entry is cleared by then ("PASID entry
//    not present", recorded in the fault registers); without the clear and
//    flush the device TLB still holds the freed page (stale).
// Every expectation is computed from the trace (snapshots, step records), not
// from the code under test.

#include <QImage>
#include <QLabel>
#include <QSet>
#include <QFile>
#include <QTest>
#include <QTreeWidget>
#include <functional>

#include "core/driver/variant.h"
#include "core/engine/config.h"
#include "core/engine/fn_id.h"
#include "core/engine/refs.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/mem/pgtable.h"
#include "core/scenario/loader.h"
#include "views/hardware/cache_view.h"
#include "views/hardware/hw_common.h"
#include "views/hardware/iq_view.h"
#include "views/hardware/page_walk_view.h"
#include "views/hardware/pasid_table_view.h"
#include "views/hardware/prq_view.h"

using namespace svmlab;
using hw::RowState;

namespace {

const char* kDmaScenario = R"({
  "format": "svmlab-scenario/1",
  "id": "hw-test-dma",
  "title": "Hardware views test: DMA with a page request",
  "summary": "A device writes a present page and a page that is not present yet.",
  "variant": "v4.5",
  "machine": {
    "devices": [
      {"name": "accel0", "sid": "00:04.0", "did": 1, "ats": true, "pri": true,
       "actions": [
         {"do": "dma_write", "addr": "0x600000", "after": "touched", "label": "d1"},
         {"do": "dma_write", "addr": "0x601000", "label": "d2"}
       ]}
    ]
  },
  "processes": [
    {"name": "app",
     "actions": [
       {"do": "open", "device": "accel0", "as": "acc"},
       {"do": "bind", "fd": "acc", "label": "bound"},
       {"do": "mmap_anon", "addr": "0x600000", "pages": 2},
       {"do": "touch", "addr": "0x600000", "write": true, "label": "touched"},
       {"do": "wait", "after": "d2"},
       {"do": "exit"}
     ]}
  ]
})";

const char* kFaultScenario = R"({
  "format": "svmlab-scenario/1",
  "id": "hw-test-fault",
  "title": "Hardware views test: DMA after exit",
  "summary": "The device writes once while the process lives and once after exit_files().",
  "variant": "v4.5",
  "machine": {
    "devices": [
      {"name": "accel0", "sid": "00:04.0", "did": 1, "ats": true, "pri": true,
       "actions": [
         {"do": "dma_write", "addr": "0x600000", "after": "touched", "label": "d1"},
         {"do": "dma_write", "addr": "0x600000", "after": "app@exit_files", "label": "d2"}
       ]}
    ]
  },
  "processes": [
    {"name": "app",
     "actions": [
       {"do": "open", "device": "accel0", "as": "acc"},
       {"do": "bind", "fd": "acc", "label": "bound"},
       {"do": "mmap_anon", "addr": "0x600000", "pages": 2},
       {"do": "touch", "addr": "0x600000", "write": true, "label": "touched"},
       {"do": "wait", "after": "d1"},
       {"do": "exit"}
     ]}
  ]
})";

// The views' clean path (release() clears, flushes, and the device's next
// translation faults) runs on v4.5-devtlb-fixed: v4.5's own device-TLB
// flush is built with the 2016 descriptor macros and reaches no device.
std::shared_ptr<const svm::Trace> run(const char* text, const char* variant) {
  svm::LoadResult r = svm::load_scenario(text, "test.json");
  if (!r) qFatal("scenario: %s", r.error.format().c_str());
  auto sc = std::make_shared<const svm::Scenario>(std::move(*r.scenario));
  const svm::Variant* v = svm::find_variant(variant);
  if (!v) qFatal("no variant %s", variant);
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(sc, *v, *cfg);
  if (!e.empty()) qFatal("config: %s", e.c_str());
  return std::make_shared<const svm::Trace>(svm::simulate(cfg));
}

using Pred = std::function<bool(const svm::Machine&)>;
int first_state(const svm::Trace& t, const Pred& p, int from = 0) {
  for (int i = from; i < static_cast<int>(t.states.size()); ++i)
    if (p(t.states[static_cast<size_t>(i)])) return i;
  return -1;
}

QTreeWidgetItem* row_with(QTreeWidget* t, int col, const QString& text) {
  for (int i = 0; i < t->topLevelItemCount(); ++i)
    if (t->topLevelItem(i)->text(col) == text) return t->topLevelItem(i);
  return nullptr;
}

QList<QTreeWidgetItem*> rows(QTreeWidget* t) {
  QList<QTreeWidgetItem*> out;
  for (int i = 0; i < t->topLevelItemCount(); ++i)
    if (hw::row_state(t->topLevelItem(i)) != RowState::Placeholder) out << t->topLevelItem(i);
  return out;
}

int count_state(QTreeWidget* t, RowState s) {
  int n = 0;
  for (auto* it : rows(t)) n += hw::row_state(it) == s;
  return n;
}

uint32_t bound_pasid(const svm::Trace& t) { return t.states.back().drv->svms.at(0).pasid.v; }

QString hexs(uint64_t v) { return QStringLiteral("0x") + QString::number(v, 16); }

// A step of the IOMMU's invalidation-queue engine executing a descriptor.
bool iommu_executes(const svm::Trace& t, const svm::StepRecord& s) {
  return s.thread >= 0 && t.cfg->threads[static_cast<size_t>(s.thread)].kind == svm::ThreadKind::Iommu &&
         s.text.rfind("IQ[", 0) == 0;
}

bool in_stack(const svm::StepRecord& s, svm::FnId f) { return std::find(s.stack.begin(), s.stack.end(), f) != s.stack.end(); }

// Render the widget as a person would see it; the grab must not be blank.
// Saved for a person to look at when SVMLAB_SCREENSHOT_DIR is set.
void keep_screenshot(QWidget& w, const QString& name) {
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();  // let re-fitted tables settle
  const QImage img = w.grab().toImage();
  QSet<QRgb> colours;
  for (int y = 0; y < img.height(); y += 2)
    for (int x = 0; x < img.width(); x += 2) colours.insert(img.pixel(x, y));
  QVERIFY2(colours.size() > 8, qPrintable(name));
  const QByteArray dir = qgetenv("SVMLAB_SCREENSHOT_DIR");
  if (!dir.isEmpty()) QVERIFY(img.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
}

// The page-table walk done by hand on a snapshot: the physical address of va.
uint64_t walk_by_hand(const svm::Machine& m, svm::Pfn pgd, uint64_t va, std::vector<uint64_t>* entries) {
  uint64_t table = pgd.v << svm::kPageShift;
  for (int level = 4; level >= 1; --level) {
    const uint64_t e = m.mem->read(svm::PhysAddr{table + svm::pte::index(va, level) * 8});
    if (entries) entries->push_back(e);
    if (!(e & svm::pte::P)) return 0;
    if (level == 1) return svm::pte::addr(e) | (va & 0xfff);
    table = svm::pte::addr(e);
  }
  return 0;
}

}  // namespace

class TstHardware : public QObject {
  Q_OBJECT

 private slots:
  void pasidEntryWrittenAtBind_data();
  void pasidEntryWrittenAtBind();
  void pasidEntryClearedByRelease();
  void walkFaultThenRetry();
  void walkPasidNotPresent();
  void invalidationQueueInOrder();
  void pageRequestWhileQueued();
  void cachesFlushedAtRelease();
  void staleEntriesWithoutTheFlush();
  void faultRecords();
  void emptyAndResetStates();
  void scalableModeTablesDecodeTheEntries();
  void screenshots();
};

// In scalable mode the same tables decode the scalable-mode context entry and
// the 512-bit PASID entries found through the directory; every figure shown
// is read back from the model's memory here, not assumed.
void TstHardware::scalableModeTablesDecodeTheEntries() {
  QFile f(qEnvironmentVariable("SVMLAB_SOURCE_DIR", QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT)) + "/resources/scenarios/scalable-mode-bind.json");
  QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
  const auto t = run(f.readAll().constData(), "2022-pasid-freed-in-mmdrop");
  QCOMPARE(t->states.back().hw->mode, svm::IommuMode::Scalable);
  uint32_t pasid = 0;
  const int i = first_state(*t, [&](const svm::Machine& m) {
    for (const auto& [p, s] : m.drv->pasid_idr)
      if (svm::sm::read_entry(*m.hw, *m.mem, p).present) {
        pasid = p;
        return true;
      }
    return false;
  });
  QVERIFY(i > 0);
  const svm::Machine& m = t->states[static_cast<size_t>(i)];
  const uint64_t a = svm::sm::pasid_entry_addr(*m.hw, *m.mem, pasid);
  QVERIFY(a);
  const uint64_t v0 = m.mem->read(svm::PhysAddr{a}), v1 = m.mem->read(svm::PhysAddr{a + 8}),
                 v2 = m.mem->read(svm::PhysAddr{a + 16});
  const uint64_t pgd = m.k->mms.at(0).pgd.v << svm::kPageShift;
  QCOMPARE(v2 & svm::sm::kPageMask, pgd);  // the model wrote the process's pgd: what the row must show

  ContextPasidView view;
  view.setTrace(t);
  view.setCursor(i);
  QCOMPARE(view.pasidTable()->headerItem()->text(ContextPasidView::PasidFlptptr), QStringLiteral("FLPTR"));
  QTreeWidgetItem* r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
  QVERIFY(r);
  QCOMPARE(r->text(ContextPasidView::PasidP), QStringLiteral("1"));
  QCOMPARE(r->text(ContextPasidView::PasidSre), QString::number(v2 & svm::sm::PE_SRE));
  QCOMPARE(r->text(ContextPasidView::PasidFlptptr), hexs(pgd));
  QVERIFY(r->text(ContextPasidView::PasidPointsAt).startsWith("pgd of mm#1"));
  QCOMPARE(r->text(ContextPasidView::PasidValue), QStringLiteral("PGTT %1 first level, DID %2, AW %3")
                                                      .arg(svm::sm::pe_pgtt(v0), 3, 2, QLatin1Char('0'))
                                                      .arg(svm::sm::pe_did(v1))
                                                      .arg(svm::sm::pe_aw(v0)));
  QVERIFY(r->toolTip(ContextPasidView::PasidValue).contains(QStringLiteral("val[2] %1").arg(hw::hex_padded(v2, 16))));
  QCOMPARE(hw::row_state(r), RowState::Changed);  // written by this step
  QVERIFY(view.chainText().contains(QStringLiteral("PASID directory[%1]").arg(pasid >> svm::sm::PASID_PDE_SHIFT)));
  QVERIFY(view.chainText().contains("FLPTR " + hexs(pgd)));

  // The device's scalable-mode context entry, decoded from the words in memory.
  const uint64_t lo = m.mem->read(svm::PhysAddr{m.hw->context_entry_addr(0x20)});
  QTreeWidgetItem* c = row_with(view.contextTable(), ContextPasidView::CtxSid, "00:04.0");
  QVERIFY(c);
  QCOMPARE(view.contextTable()->headerItem()->text(ContextPasidView::CtxPasidTable), QStringLiteral("PASID directory"));
  QVERIFY(view.contextTable()->isColumnHidden(ContextPasidView::CtxPasidState));
  QCOMPARE(c->text(ContextPasidView::CtxP), QStringLiteral("1"));
  QCOMPARE(c->text(ContextPasidView::CtxT), QString::number((lo >> 2) & 1));  // DTE
  QCOMPARE(c->text(ContextPasidView::CtxPaside), QStringLiteral("1"));
  QCOMPARE(c->text(ContextPasidView::CtxPre), QString::number((lo >> 4) & 1));
  QCOMPARE(c->text(ContextPasidView::CtxPasidTable), hexs(m.hw->pasid_dir.v << svm::kPageShift));
  QCOMPARE(c->text(ContextPasidView::CtxPasidTable), hexs(lo & svm::sm::kPageMask));
  QVERIFY(c->text(ContextPasidView::CtxPts).startsWith(QString::number(svm::sm::ctx_pdts(lo)) + " ("));

  // The translation caches after the DMA's walk: the PASID cache holds the
  // 512-bit entry's FLPTR and is current; the context cache decodes the
  // scalable-mode bits and has no DID.
  const int w = first_state(*t, [](const svm::Machine& x) { return !x.hw->pasid_cache.empty() && !x.hw->context_cache.empty(); });
  QVERIFY(w > 0);
  TranslationCacheView caches;
  caches.setTrace(t);
  caches.setCursor(w);
  QTreeWidgetItem* pc = row_with(caches.pasidCacheTable(), TranslationCacheView::PcPasid, QString::number(pasid));
  QVERIFY(pc);
  QCOMPARE(pc->text(TranslationCacheView::PcFlptptr), hexs(pgd));
  QVERIFY2(hw::row_state(pc) != RowState::Stale, qPrintable(pc->text(TranslationCacheView::PcStatus)));
  QTreeWidgetItem* cc = row_with(caches.contextCacheTable(), TranslationCacheView::CcSid, "00:04.0");
  QVERIFY(cc);
  QCOMPARE(cc->text(TranslationCacheView::CcPaside), QStringLiteral("1"));
  QCOMPARE(cc->text(TranslationCacheView::CcPre), QString::number((lo >> 4) & 1));
  QCOMPARE(cc->text(TranslationCacheView::CcDid), QStringLiteral("none (scalable mode)"));
  QVERIFY2(hw::row_state(cc) != RowState::Stale, qPrintable(cc->text(TranslationCacheView::CcStatus)));

  // After the exit the entry is cleared, and says so.
  view.setCursor(int(t->states.size()) - 1);
  r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
  QVERIFY(r);
  QCOMPARE(r->text(ContextPasidView::PasidP), QStringLiteral("0"));
  QVERIFY2(r->text(ContextPasidView::PasidStatus).startsWith("cleared"), qPrintable(r->text(ContextPasidView::PasidStatus)));

  // An ECS machine gets the ECS names back.
  view.setTrace(run(kDmaScenario, "v4.5"));
  view.setCursor(int(view.cursor()));
  QCOMPARE(view.pasidTable()->headerItem()->text(ContextPasidView::PasidFlptptr), QStringLiteral("FLPTPTR"));
  QCOMPARE(view.contextTable()->headerItem()->text(ContextPasidView::CtxPasidTable), QStringLiteral("PASID table"));
  QVERIFY(!view.contextTable()->isColumnHidden(ContextPasidView::CtxPasidState));
}

void TstHardware::pasidEntryWrittenAtBind_data() {
  QTest::addColumn<QString>("variant");
  QTest::newRow("v4.4") << "v4.4";
  QTest::newRow("v4.5") << "v4.5";
}

void TstHardware::pasidEntryWrittenAtBind() {
  QFETCH(QString, variant);
  const auto t = run(kDmaScenario, variant.toUtf8().constData());
  const uint32_t pasid = bound_pasid(*t);
  const int i = first_state(*t, [&](const svm::Machine& m) { return svm::pasid_entry(m, pasid) & svm::vtd::PASID_P; });
  QVERIFY(i > 0);
  QCOMPARE(t->steps[static_cast<size_t>(i - 1)].fn, svm::FnId::intel_svm_bind_mm);
  const svm::Machine& m = t->states[static_cast<size_t>(i)];
  const uint64_t pgd = m.k->mms.at(0).pgd.v << svm::kPageShift;

  ContextPasidView view;
  view.setTrace(t);
  view.setCursor(i - 1);
  QTreeWidgetItem* before = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
  QVERIFY(!before || before->text(ContextPasidView::PasidP) == "0");

  view.setCursor(i);
  QTreeWidgetItem* r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
  QVERIFY(r);
  QCOMPARE(r->text(ContextPasidView::PasidP), QStringLiteral("1"));
  QCOMPARE(r->text(ContextPasidView::PasidSre), QStringLiteral("0"));
  QCOMPARE(r->text(ContextPasidView::PasidFlptptr), hexs(pgd));
  QVERIFY(r->text(ContextPasidView::PasidPointsAt).startsWith("pgd of mm#1"));
  QVERIFY(r->text(ContextPasidView::PasidBoundTo).contains("mm#1"));
  QCOMPARE(hw::row_state(r), RowState::Changed);  // written by this step
  QVERIFY(r->text(ContextPasidView::PasidStatus).contains("this step"));

  view.setCursor(i + 1);
  r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
  QVERIFY(r);
  QCOMPARE(hw::row_state(r), RowState::Normal);
  QCOMPARE(r->text(ContextPasidView::PasidStatus), QStringLiteral("present"));

  // The device's context entry: PASIDE and PRE set by bind (enable_pasid), not at boot.
  view.setCursor(0);
  QTreeWidgetItem* c = row_with(view.contextTable(), ContextPasidView::CtxSid, "00:04.0");
  QVERIFY(c);
  QCOMPARE(c->text(ContextPasidView::CtxDevice), QStringLiteral("accel0"));
  QCOMPARE(c->text(ContextPasidView::CtxP), QStringLiteral("1"));
  QCOMPARE(c->text(ContextPasidView::CtxPaside), QStringLiteral("0"));
  view.setCursor(i);
  c = row_with(view.contextTable(), ContextPasidView::CtxSid, "00:04.0");
  QCOMPARE(c->text(ContextPasidView::CtxPaside), QStringLiteral("1"));
  QCOMPARE(c->text(ContextPasidView::CtxPre), QStringLiteral("1"));
  QCOMPARE(c->text(ContextPasidView::CtxDid), QStringLiteral("1"));
  QCOMPARE(c->text(ContextPasidView::CtxPasidTable), hexs(m.hw->pasid_table.v << svm::kPageShift));
  // The step that set PASIDE is highlighted, the ones around it not.
  const int ctxStep = first_state(*t, [](const svm::Machine& x) {
    return x.mem->read(svm::PhysAddr{x.hw->context_entry_addr(0x20)}) & svm::vtd::CONTEXT_PASIDE;
  });
  QVERIFY(ctxStep > 0 && ctxStep < i);
  view.setCursor(ctxStep);
  QCOMPARE(hw::row_state(row_with(view.contextTable(), ContextPasidView::CtxSid, "00:04.0")), RowState::Changed);
  view.setCursor(ctxStep + 1);
  QCOMPARE(hw::row_state(row_with(view.contextTable(), ContextPasidView::CtxSid, "00:04.0")), RowState::Normal);
}

void TstHardware::pasidEntryClearedByRelease() {
  // v4.5: release() of the notifier clears the entry inside exit_mmap(),
  // before the pages go. v4.4 (no mmap of the fd here, so no leak): the entry
  // is cleared only at unbind, from the file's release(), after exit_files().
  for (const char* variant : {"v4.5", "v4.4"}) {
    const auto t = run(kDmaScenario, variant);
    const uint32_t pasid = bound_pasid(*t);
    const int set = first_state(*t, [&](const svm::Machine& m) { return svm::pasid_entry(m, pasid) & svm::vtd::PASID_P; });
    const int cleared = first_state(
        *t, [&](const svm::Machine& m) { return !(svm::pasid_entry(m, pasid) & svm::vtd::PASID_P); }, set);
    QVERIFY(cleared > set);
    const svm::StepRecord& step = t->steps[static_cast<size_t>(cleared - 1)];
    QVERIFY(in_stack(step, svm::FnId::intel_mm_release));
    if (QByteArray(variant) == "v4.5") {
      QVERIFY(in_stack(step, svm::FnId::exit_mmap));
    } else {
      QVERIFY(in_stack(step, svm::FnId::intel_svm_unbind_mm));
      QVERIFY(!in_stack(step, svm::FnId::exit_mmap));
    }

    ContextPasidView view;
    view.setTrace(t);
    view.setCursor(cleared - 1);
    QTreeWidgetItem* r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
    QVERIFY(r);
    QCOMPARE(r->text(ContextPasidView::PasidP), QStringLiteral("1"));
    view.setCursor(cleared);
    r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
    QVERIFY(r);
    QCOMPARE(r->text(ContextPasidView::PasidP), QStringLiteral("0"));
    QCOMPARE(r->text(ContextPasidView::PasidValue), QStringLiteral("0x0000000000000000"));
    QCOMPARE(hw::row_state(r), RowState::Changed);
    QVERIFY(r->text(ContextPasidView::PasidStatus).startsWith("cleared at this step"));

    // Still listed afterwards, to the end of the trace: "cleared", and marked
    // stale while the PASID cache still holds the old entry (between the
    // clear and the PASID-cache invalidation).
    int staleStates = 0, clearedStates = 0;
    for (int s = cleared + 1; s < static_cast<int>(t->states.size()); ++s) {
      view.setCursor(s);
      r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
      QVERIFY(r);
      QVERIFY(r->text(ContextPasidView::PasidStatus).startsWith("cleared (not present)"));
      const svm::Machine pc_m = t->states[static_cast<size_t>(s)];  // a snapshot is read by value: keep it
      const auto& pc = pc_m.hw->pasid_cache;
      const bool cached = std::any_of(pc.begin(), pc.end(), [&](const svm::PasidCacheEntry& e) { return e.pasid.v == pasid; });
      QCOMPARE(hw::row_state(r), cached ? RowState::Stale : RowState::Cleared);
      QCOMPARE(r->text(ContextPasidView::PasidStatus).contains("stale copy in the PASID cache"), cached);
      (cached ? staleStates : clearedStates)++;
    }
    QVERIFY(clearedStates > 0);
    QCOMPARE(hw::row_state(r), RowState::Cleared);  // at the end, flushed
    // Before bind the PASID was never present: not "cleared".
    view.setCursor(set - 1);
    r = row_with(view.pasidTable(), ContextPasidView::PasidIndex, QString::number(pasid));
    QVERIFY(!r || !r->text(ContextPasidView::PasidStatus).contains("cleared"));
  }
}

void TstHardware::walkFaultThenRetry() {
  const auto t = run(kDmaScenario, "v4.5");
  constexpr uint64_t kVa = 0x601000;
  auto walk = [&](int s) -> const svm::WalkRecord& { return t->states[static_cast<size_t>(s)].obs->last_walk; };
  PageWalkView view;
  view.setTrace(t);

  // The first attempt: the walk reaches the PTE, which is not present.
  const int f = first_state(*t, [&](const svm::Machine& m) { return m.obs->last_walk.rq.va == kVa && !m.obs->last_walk.ok; });
  QVERIFY(f > 0);
  QVERIFY(walk(f - 1).rq.va != kVa);  // made by this very step
  view.setCursor(f);
  QCOMPARE(view.walkState(), f);
  auto levels = rows(view.levelsTable());
  QCOMPARE(levels.size(), 4);
  const QStringList names{"PML4E", "PDPTE", "PDE", "PTE"};
  for (int k = 0; k < 4; ++k) QCOMPARE(levels[k]->text(PageWalkView::Level), names[k]);
  QCOMPARE(hw::row_state(levels[3]), RowState::Fault);
  QCOMPARE(levels[3]->text(PageWalkView::Bits), QStringLiteral("not present"));
  QVERIFY(view.resultText().contains(QString::fromStdString(svm::fault_label(svm::FaultReason::FlNotPresent))));
  QVERIFY(view.resultText().contains("(modeled)"));
  QVERIFY(view.requestText().contains(hexs(kVa)));
  QVERIFY(view.requestText().contains("write"));

  // Later states still show that walk, as the last one, until the next.
  view.setCursor(f + 1);
  QCOMPARE(view.walkState(), f);

  // The retry after the page request: four levels ending in a physical address.
  const int r = first_state(*t, [&](const svm::Machine& m) { return m.obs->last_walk.rq.va == kVa && m.obs->last_walk.ok; }, f);
  QVERIFY(r > f);
  // ... made after the Success response reached the device.
  const int answered = first_state(*t, [](const svm::Machine& m) { return !m.devs->at(0).responses.empty(); }, f);
  QVERIFY(answered > f && answered <= r);
  view.setCursor(r);
  QCOMPARE(view.walkState(), r);
  levels = rows(view.levelsTable());
  QCOMPARE(levels.size(), 4);
  for (int k = 0; k < 4; ++k) QVERIFY(hw::row_state(levels[k]) != RowState::Fault);
  const svm::Machine& m = t->states[static_cast<size_t>(r)];
  std::vector<uint64_t> entries;
  const uint64_t pa = walk_by_hand(m, m.k->mms.at(0).pgd, kVa, &entries);
  QVERIFY(pa != 0);
  QVERIFY(view.resultText().contains(hexs(pa)));
  QVERIFY(view.resultText().startsWith("->"));
  // Entry values as read (the walk may have set A/D since).
  for (int k = 0; k < 4; ++k) {
    const uint64_t shown = levels[k]->text(PageWalkView::EntryValue).toULongLong(nullptr, 16);
    QCOMPARE(shown & ~(svm::pte::A | svm::pte::D), entries[static_cast<size_t>(k)] & ~(svm::pte::A | svm::pte::D));
  }
  QCOMPARE(levels[3]->text(PageWalkView::Next).section(' ', 1, 1), hexs(pa & ~0xfffULL));
  QVERIFY(view.cachesText().contains("IOTLB: miss"));
}

void TstHardware::walkPasidNotPresent() {
  // v4.5: after release() cleared the entry and flushed, the device's next
  // translation fails at the PASID entry, before any page table is read.
  const auto t = run(kFaultScenario, "v4.5-devtlb-fixed");
  const int s = first_state(*t, [](const svm::Machine& m) {
    return m.obs->last_walk.valid && m.obs->last_walk.fault == svm::FaultReason::PasidNotPresent;
  });
  QVERIFY(s > 0);
  PageWalkView view;
  view.setTrace(t);
  view.setCursor(s);
  QCOMPARE(rows(view.levelsTable()).size(), 0);
  QVERIFY(view.resultText().contains(QString::fromStdString(svm::fault_label(svm::FaultReason::PasidNotPresent))));
  QVERIFY(view.resultText().contains("(modeled)"));
  QVERIFY(view.cachesText().contains("PASID cache: miss"));  // flushed by release()
  view.setCursor(0);
  QCOMPARE(view.walkState(), -1);
  QCOMPARE(rows(view.levelsTable()).size(), 0);
}

void TstHardware::invalidationQueueInOrder() {
  const auto t = run(kDmaScenario, "v4.5");
  // What the IOMMU thread says it executed, in order: "IQ[n]: description".
  QList<QPair<int, QString>> executed;
  for (const svm::StepRecord& s : t->steps) {
    if (!iommu_executes(*t, s)) continue;
    const QString text = QString::fromStdString(std::string(s.text));
    executed.append({text.mid(3, text.indexOf(']') - 3).toInt(), text.mid(text.indexOf("]: ") + 3)});
  }
  QVERIFY(executed.size() >= 6);  // context-cache flush at bind, page response, release's flushes, waits

  InvalidationQueueView view;
  view.setTrace(t);
  view.setCursor(static_cast<int>(t->states.size()) - 1);
  const auto r = rows(view.queueTable());
  QCOMPARE(r.size(), executed.size());
  for (int k = 0; k < r.size(); ++k) {
    QCOMPARE(r[k]->text(InvalidationQueueView::Order).toInt(), k + 1);
    QCOMPARE(r[k]->text(InvalidationQueueView::Slot).toInt(), executed[k].first);
    QCOMPARE(r[k]->text(InvalidationQueueView::Description), executed[k].second);
    QVERIFY(r[k]->text(InvalidationQueueView::Status).startsWith("executed"));
  }
  QVERIFY(std::any_of(r.begin(), r.end(), [](auto* x) {
    return x->text(InvalidationQueueView::Type) == "page group response" &&
           x->text(InvalidationQueueView::Description).endsWith("Success");
  }));

  // Right after a qi_submit_sync() wrote IQT: its descriptors are pending.
  int sub = -1;
  for (const svm::StepRecord& s : t->steps)
    if (s.fn == svm::FnId::qi_submit_sync && s.text.find("IQT =") != std::string::npos) {
      sub = s.index;
      break;
    }
  QVERIFY(sub > 0);
  view.setCursor(sub);
  const svm::Machine h_m = t->states[static_cast<size_t>(sub)];  // a snapshot is read by value: keep it
  const svm::IommuState& h = *h_m.hw;
  QVERIFY(h.iqt != h.iqh);
  QVERIFY(view.registersText().contains(QStringLiteral("IQT = %1").arg(h.iqt)));
  QVERIFY(view.registersText().contains(QStringLiteral("IQH = %1").arg(h.iqh)));
  const auto p = rows(view.queueTable());
  QCOMPARE(count_state(view.queueTable(), RowState::Added), static_cast<int>(h.iqt - h.iqh));
  for (auto* x : p) QVERIFY(x->text(InvalidationQueueView::Status).contains("pending"));
  // Once the hardware ran them, they read as executed.
  const int done = first_state(*t, [](const svm::Machine& m) { return m.hw->iqh == m.hw->iqt; }, sub);
  view.setCursor(done);
  for (auto* x : rows(view.queueTable())) QVERIFY(x->text(InvalidationQueueView::Status).contains("executed"));
  QVERIFY(count_state(view.queueTable(), RowState::Changed) >= 1);  // executed at this step
}

void TstHardware::pageRequestWhileQueued() {
  const auto t = run(kDmaScenario, "v4.5");
  const int q = first_state(*t, [](const svm::Machine& m) { return m.hw->pqt != m.hw->pqh; });
  QVERIFY(q > 0);
  const svm::StepRecord& step = t->steps[static_cast<size_t>(q - 1)];
  QCOMPARE(t->cfg->threads[static_cast<size_t>(step.thread)].name, std::string("accel0"));
  // The device's own words: "PRI Page Request: PR W PASID 0 addr 0x601000 PRG 0 LPIG -> queued in PRQ[0]".
  QVERIFY(QString::fromStdString(std::string(step.text)).endsWith(QStringLiteral(" -> queued in PRQ[%1]").arg(t->states[size_t(q - 1)].hw->pqt)));
  const QString said = QString::fromStdString(std::string(step.text)).section(": ", 1).section(QStringLiteral(" -> "), 0, 0);
  QVERIFY(said.contains("0x601000"));

  PageRequestView view;
  view.setTrace(t);
  view.setCursor(q);
  auto r = rows(view.queueTable());
  QCOMPARE(r.size(), 1);
  QCOMPARE(r[0]->text(PageRequestView::QRequest), said);
  QCOMPARE(hw::row_state(r[0]), RowState::Added);
  QVERIFY(r[0]->text(PageRequestView::QStatus).contains("pending"));
  const svm::Machine h_m = t->states[static_cast<size_t>(q)];  // a snapshot is read by value: keep it
  const svm::IommuState& h = *h_m.hw;
  QVERIFY(view.registersText().contains(QStringLiteral("PQH = %1").arg(h.pqh)));
  QVERIFY(view.registersText().contains(QStringLiteral("PQT = %1").arg(h.pqt)));
  QVERIFY(view.registersText().contains("PPR=1"));
  auto* dev = rows(view.deviceTable()).value(0);
  QVERIFY(dev && dev->text(PageRequestView::DOutstanding).contains("0x601000"));

  // Still pending while the handler works on it (it writes PQH at the end).
  const int consumed = first_state(*t, [](const svm::Machine& m) { return m.hw->pqt == m.hw->pqh; }, q);
  QVERIFY(consumed > q + 1);
  view.setCursor(consumed - 1);
  r = rows(view.queueTable());
  QCOMPARE(hw::row_state(r[0]), RowState::Pending);
  view.setCursor(consumed);
  r = rows(view.queueTable());
  QCOMPARE(hw::row_state(r[0]), RowState::Changed);
  QVERIFY(r[0]->text(PageRequestView::QStatus).contains("consumed"));
  QVERIFY(r[0]->text(PageRequestView::QStatus).contains("answered Success"));
  // The answer: a page group response in the IQ, delivered.
  const auto resp = rows(view.responseTable());
  QCOMPARE(resp.size(), 1);
  QCOMPARE(resp[0]->text(PageRequestView::RCode), QStringLiteral("Success"));
  QCOMPARE(resp[0]->text(PageRequestView::RPrg), QStringLiteral("0"));
  QVERIFY(resp[0]->text(PageRequestView::RRequester).contains("accel0"));
  QVERIFY(resp[0]->text(PageRequestView::RStatus).contains("delivered"));
  // Before the request: an empty queue says so.
  view.setCursor(q - 1);
  QCOMPARE(rows(view.queueTable()).size(), 0);
  QCOMPARE(view.queueTable()->topLevelItemCount(), 1);  // the placeholder line
}

void TstHardware::cachesFlushedAtRelease() {
  const auto t = run(kDmaScenario, "v4.5-devtlb-fixed");
  TranslationCacheView view;
  view.setTrace(t);
  // After the first DMA the IOTLB holds 0x600000, filled by this step.
  const int filled = first_state(*t, [](const svm::Machine& m) {
    return std::any_of(m.hw->iotlb.begin(), m.hw->iotlb.end(), [](const svm::IotlbEntry& e) { return e.va == 0x600000; });
  });
  QVERIFY(filled > 0);
  view.setCursor(filled);
  QTreeWidgetItem* e = row_with(view.iotlbTable(), TranslationCacheView::TlbVa, "0x600000");
  QVERIFY(e);
  QCOMPARE(hw::row_state(e), RowState::Added);
  const svm::Machine te_m = t->states[static_cast<size_t>(filled)];  // a snapshot is read by value: keep it
  const svm::IotlbEntry& te = te_m.hw->iotlb.back();
  QCOMPARE(e->text(TranslationCacheView::TlbPfn), hexs(te.pfn.v));
  QCOMPARE(e->text(TranslationCacheView::TlbDid), QStringLiteral("1"));
  QVERIFY(view.statsText().contains("IOTLB hits"));
  QVERIFY(row_with(view.devTlbTable(), TranslationCacheView::DtVa, "0x600000") ||
          t->states[static_cast<size_t>(filled)].devs->at(0).devtlb.empty());

  // The IOTLB flush of release(): the step whose IQ descriptor emptied it.
  int flushed = -1;
  for (int s = filled + 1; s < static_cast<int>(t->states.size()) && flushed < 0; ++s)
    if (!t->states[static_cast<size_t>(s - 1)].hw->iotlb.empty() && t->states[static_cast<size_t>(s)].hw->iotlb.empty() &&
        iommu_executes(*t, t->steps[static_cast<size_t>(s - 1)]))
      flushed = s;
  QVERIFY(flushed > 0);
  const size_t n = t->states[static_cast<size_t>(flushed - 1)].hw->iotlb.size();
  view.setCursor(flushed);
  QCOMPARE(count_state(view.iotlbTable(), RowState::Removed), static_cast<int>(n));
  for (auto* x : rows(view.iotlbTable())) {
    QVERIFY(x->font(0).strikeOut());
    QVERIFY(x->text(TranslationCacheView::TlbStatus).contains("removed at this step: invalidated by IQ["));
  }
  view.setCursor(flushed + 1);
  QCOMPARE(rows(view.iotlbTable()).size(), 0);

  // The same for the PASID cache and the device TLB.
  for (auto [table, pick] :
       {std::pair<QTreeWidget*, std::function<size_t(const svm::Machine&)>>{
            view.pasidCacheTable(), [](const svm::Machine& m) { return m.hw->pasid_cache.size(); }},
        {view.devTlbTable(), [](const svm::Machine& m) { return m.devs->at(0).devtlb.size(); }}}) {
    int s = -1;
    for (int k = filled; k < static_cast<int>(t->states.size()) && s < 0; ++k)
      if (pick(t->states[static_cast<size_t>(k - 1)]) > 0 && pick(t->states[static_cast<size_t>(k)]) == 0) s = k;
    QVERIFY(s > 0);
    view.setCursor(s);
    QCOMPARE(count_state(table, RowState::Removed), static_cast<int>(pick(t->states[static_cast<size_t>(s - 1)])));
  }
  // With the flush in release(), no cached translation ever outlives its page.
  for (int s = 0; s < static_cast<int>(t->states.size()); ++s) {
    view.setCursor(s);
    QCOMPARE(count_state(view.iotlbTable(), RowState::Stale), 0);
    QCOMPARE(count_state(view.devTlbTable(), RowState::Stale), 0);
  }
}

void TstHardware::staleEntriesWithoutTheFlush() {
  const auto t = run(kFaultScenario, "v4.5-no-release-clear");
  // The first state where a device-TLB entry's frame is freed (checked by hand).
  const int s = first_state(*t, [](const svm::Machine& m) {
    for (const svm::DevTlbEntry& e : m.devs->at(0).devtlb)
      if (m.mem->state(e.pfn) == svm::FrameState::Freed || m.mem->gen(e.pfn) != e.gen) return true;
    return false;
  });
  QVERIFY(s > 0);
  TranslationCacheView view;
  view.setTrace(t);
  view.setCursor(s - 1);
  QCOMPARE(count_state(view.devTlbTable(), RowState::Stale), 0);
  view.setCursor(s);
  QVERIFY(count_state(view.devTlbTable(), RowState::Stale) >= 1);
  bool said = false;
  for (auto* x : rows(view.devTlbTable()))
    if (hw::row_state(x) == RowState::Stale) said |= x->text(TranslationCacheView::DtStatus).startsWith("STALE");
  QVERIFY(said);
  // The IOTLB keeps them too (no flush): stale as soon as its frame is.
  const int i = first_state(*t, [](const svm::Machine& m) {
    return std::any_of(m.hw->iotlb.begin(), m.hw->iotlb.end(),
                       [&](const svm::IotlbEntry& e) { return m.mem->state(e.pfn) == svm::FrameState::Freed; });
  });
  QVERIFY(i > 0);
  view.setCursor(i);
  QVERIFY(count_state(view.iotlbTable(), RowState::Stale) >= 1);
  // And the PASID entry still points at the pgd of the dead mm once it is freed.
  ContextPasidView pv;
  pv.setTrace(t);
  pv.setCursor(static_cast<int>(t->states.size()) - 1);
  QTreeWidgetItem* r = row_with(pv.pasidTable(), ContextPasidView::PasidIndex, QString::number(bound_pasid(*t)));
  QVERIFY(r);
  QCOMPARE(r->text(ContextPasidView::PasidP), QStringLiteral("1"));
}

void TstHardware::faultRecords() {
  const auto t = run(kFaultScenario, "v4.5-devtlb-fixed");
  const int s = first_state(*t, [](const svm::Machine& m) {
    return std::any_of(m.hw->frcd.begin(), m.hw->frcd.end(), [](const svm::FaultRecord& r) { return r.f; });
  });
  QVERIFY(s > 0);
  const svm::Machine at_s = t->states[static_cast<size_t>(s)];  // a snapshot is read by value: keep it
  const svm::FaultRecord& want = *std::find_if(at_s.hw->frcd.begin(), at_s.hw->frcd.end(),
                                               [](const svm::FaultRecord& r) { return r.f; });
  PageRequestView view;
  view.setTrace(t);
  view.setCursor(s - 1);
  QCOMPARE(rows(view.faultTable()).size(), 0);
  view.setCursor(s);
  const auto r = rows(view.faultTable());
  QCOMPARE(r.size(), 1);
  QCOMPARE(r[0]->text(PageRequestView::FF), QStringLiteral("1"));
  QCOMPARE(r[0]->text(PageRequestView::FReason), QString::fromStdString(svm::fault_label(want.reason)));
  QVERIFY(r[0]->text(PageRequestView::FReason).endsWith("(modeled)"));
  QCOMPARE(r[0]->text(PageRequestView::FAddress), hexs(want.addr));
  QVERIFY(r[0]->text(PageRequestView::FSource).contains("accel0"));
  QCOMPARE(r[0]->text(PageRequestView::FAccess), QStringLiteral("write"));
  QCOMPARE(hw::row_state(r[0]), RowState::Changed);
  QVERIFY(view.faultStatusText().contains("PPF=1"));
  view.setCursor(s + 1);
  QCOMPARE(hw::row_state(rows(view.faultTable())[0]), RowState::Fault);
}

void TstHardware::emptyAndResetStates() {
  // No trace: every view says so instead of showing empty tables.
  ContextPasidView a;
  PageWalkView b;
  TranslationCacheView c;
  PageRequestView d;
  InvalidationQueueView e;
  for (QTreeWidget* tw : {a.pasidTable(), b.levelsTable(), c.iotlbTable(), d.queueTable(), e.queueTable()}) {
    QCOMPARE(tw->topLevelItemCount(), 1);
    QCOMPARE(hw::row_state(tw->topLevelItem(0)), RowState::Placeholder);
  }
  // A cursor out of range clamps.
  const auto t = run(kDmaScenario, "v4.5");
  e.setTrace(t);
  e.setCursor(1 << 20);
  QCOMPARE(e.cursor(), static_cast<int>(t->states.size()) - 1);
  e.setCursor(-4);
  QCOMPARE(e.cursor(), 0);
  QCOMPARE(hw::row_state(e.queueTable()->topLevelItem(0)), RowState::Placeholder);
}

void TstHardware::screenshots() {
  const auto t = run(kDmaScenario, "v4.5");
  const auto tf = run(kFaultScenario, "v4.5-devtlb-fixed");
  const auto ts = run(kFaultScenario, "v4.5-no-release-clear");
  const uint32_t pasid = bound_pasid(*t);
  const int bound = first_state(*t, [&](const svm::Machine& m) { return svm::pasid_entry(m, pasid) & 1; });
  const int cleared = first_state(*t, [&](const svm::Machine& m) { return !(svm::pasid_entry(m, pasid) & 1); }, bound);
  const int fault = first_state(*t, [](const svm::Machine& m) { return m.obs->last_walk.rq.va == 0x601000 && !m.obs->last_walk.ok; });
  const int retry = first_state(*t, [](const svm::Machine& m) { return m.obs->last_walk.rq.va == 0x601000 && m.obs->last_walk.ok; }, fault);
  const int queued = first_state(*t, [](const svm::Machine& m) { return m.hw->pqt != m.hw->pqh; });
  int flush = -1;
  for (int s = 1; s < static_cast<int>(t->states.size()) && flush < 0; ++s)
    if (!t->states[static_cast<size_t>(s - 1)].hw->iotlb.empty() && t->states[static_cast<size_t>(s)].hw->iotlb.empty())
      flush = s;
  const int stale = first_state(*ts, [](const svm::Machine& m) {
    return std::any_of(m.hw->iotlb.begin(), m.hw->iotlb.end(),
                       [&](const svm::IotlbEntry& e) { return m.mem->state(e.pfn) == svm::FrameState::Freed; });
  });
  const int frcd = first_state(*tf, [](const svm::Machine& m) { return m.hw->frcd.at(0).f; });

  {
    ContextPasidView v;
    v.resize(1100, 420);
    v.setTrace(t);
    v.setCursor(bound);
    keep_screenshot(v, "hw_pasid_bound.png");
    v.setCursor(cleared + 3);
    keep_screenshot(v, "hw_pasid_cleared.png");
  }
  {
    QFile f(qEnvironmentVariable("SVMLAB_SOURCE_DIR", QStringLiteral(SVMLAB_SOURCE_DIR_DEFAULT)) + "/resources/scenarios/scalable-mode-bind.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto sm = run(f.readAll().constData(), "2022-pasid-freed-in-mmdrop");
    const int written = first_state(*sm, [](const svm::Machine& m) {
      for (const auto& [p, s] : m.drv->pasid_idr)
        if (svm::sm::read_entry(*m.hw, *m.mem, p).present) return true;
      return false;
    });
    ContextPasidView v;
    v.resize(1100, 420);
    v.setTrace(sm);
    v.setCursor(written);
    keep_screenshot(v, "hw_pasid_scalable.png");
  }
  {
    PageWalkView v;
    v.resize(1100, 330);
    v.setTrace(t);
    v.setCursor(fault);
    keep_screenshot(v, "hw_walk_fault.png");
    v.setCursor(retry);
    keep_screenshot(v, "hw_walk_retry.png");
  }
  {
    TranslationCacheView v;
    v.resize(1100, 620);
    v.setTrace(t);
    v.setCursor(flush);
    keep_screenshot(v, "hw_caches_flush.png");
    v.setTrace(ts);
    v.setCursor(stale);
    keep_screenshot(v, "hw_caches_stale.png");
  }
  {
    PageRequestView v;
    v.resize(1100, 620);
    v.setTrace(t);
    v.setCursor(queued);
    keep_screenshot(v, "hw_prq_queued.png");
    v.setTrace(tf);
    v.setCursor(frcd);
    keep_screenshot(v, "hw_prq_fault.png");
  }
  {
    InvalidationQueueView v;
    v.resize(1100, 420);
    v.setTrace(t);
    v.setCursor(cleared + 8);
    keep_screenshot(v, "hw_iq.png");
  }
}

QTEST_MAIN(TstHardware)
#include "tst_hardware.moc"
