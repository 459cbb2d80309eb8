// The hardware diagrams (views/hardware/*_diagram, HardwareView) against the
// snapshots of the built-in scenarios: every box is read back (its id, its
// mark, its words) and compared with what the snapshot holds at that state;
// the expectations come from the trace, not from the code under test. Then
// the headless commands: `svmlab export --what hardware` as SVG (xmllint,
// real <text>), PDF (pdfinfo) and PNG, and `svmlab screenshot --view`.

#include <QAction>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <random>
#include <set>

#include "app/classroom/classroom.h"
#include "app/mainwindow.h"
#include "core/engine/config.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/iommu/translate.h"
#include "core/mem/pgtable.h"
#include "tests/core/fixtures.h"
#include "views/hardware/cache_diagram.h"
#include "views/hardware/cache_slots.h"
#include "views/hardware/hardware_view.h"
#include "views/hardware/hw_common.h"

using namespace svmlab;
using hw::Mark;

namespace {

std::shared_ptr<const svm::Trace> run(const char* id, const char* variant) {
  return std::make_shared<const svm::Trace>(fixtures::run(id, variant));
}

int first_state(const svm::Trace& t, const std::function<bool(int)>& p) {
  for (int i = 0; i < static_cast<int>(t.states.size()); ++i)
    if (p(i)) return i;
  return -1;
}

QString hexs(uint64_t v) { return QStringLiteral("0x") + QString::number(v, 16); }

// The view at a state, rendered as the window would.
struct At {
  HardwareView v;
  At(const std::shared_ptr<const svm::Trace>& t, int state) {
    v.setTrace(t);
    v.setCursor(state);
  }
};

int walk_made_here(const svm::Trace& t, int i) {
  if (i == 0) return false;
  const svm::Machine a_m = t.states[static_cast<size_t>(i - 1)];  // a snapshot is read by value: keep it
  const auto& a = *a_m.obs;
  const svm::Machine b_m = t.states[static_cast<size_t>(i)];  // a snapshot is read by value: keep it
  const auto& b = *b_m.obs;
  return b.last_walk.valid && a.iotlb_hits + a.iotlb_misses != b.iotlb_hits + b.iotlb_misses;
}

bool stale(const svm::Machine& m, svm::Pfn pfn, uint16_t gen) {
  return hw::staleness(*m.mem, pfn, gen) != hw::Staleness::Fresh;
}

QString binary() { return QStringLiteral(SVMLAB_BINARY); }

int run_cli(const QStringList& args, QString* err = nullptr) {
  QProcess p;
  p.start(binary(), args);
  if (!p.waitForFinished(120000)) return -1;
  if (err) *err = QString::fromUtf8(p.readAllStandardError());
  return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

}  // namespace

class TstHwDiagrams : public QObject {
  Q_OBJECT
 private slots:
  void walkStopsWhereTheFaultIs_data();
  void walkStopsWhereTheFaultIs();
  void walkMarksTheAdBitsItSet();
  void cacheSlotsHoldTheSnapshot_data();
  void cacheSlotsHoldTheSnapshot();
  void staleEntryInTheWarningColour();
  void staleSinceKeptIsStaleSinceFound();
  void textWidthsKeptAreTextWidthsMeasured();
  void scalableModeCachesReadTheirOwnEntries();
  void flushStrikesTheEntry();
  void prqOverflowGhostsAndAutoResponses();
  void ringsShowHeadTailAndDescriptors();
  void faultRecordsDecoded();
  void exportSvgPdfPng();
  void screenshotViews();
  void mainWindowDiagramsFollowTheCursor();
};

void TstHwDiagrams::walkStopsWhereTheFaultIs_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("page-request-fault-in") << "page-request-fault-in"
                                         << "v4.5";
  QTest::newRow("accel-dma-during-exit") << "accel-dma-during-exit"
                                         << "v4.5";
  QTest::newRow("munmap-invalidate") << "munmap-invalidate"
                                     << "v4.5";
}

// At every state whose step made a translation: the boxes the walk read are
// lit, the box where it stopped carries the fault, the rest are not reached.
void TstHwDiagrams::walkStopsWhereTheFaultIs() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = run(scenario.toUtf8().constData(), variant.toUtf8().constData());
  HardwareView v;
  v.setTrace(t);
  int walks = 0, faults = 0;
  for (int i = 1; i < static_cast<int>(t->states.size()); ++i) {
    if (!walk_made_here(*t, i)) continue;
    ++walks;
    v.setCursor(i);
    const hw::Diagram& d = v.walkDiagram();
    const svm::Machine w_m = t->states[static_cast<size_t>(i)];  // a snapshot is read by value: keep it
    const svm::WalkRecord& w = w_m.obs->last_walk;
    QVERIFY(d.all_text().contains(QStringLiteral("Translation at this step: step %1").arg(i)));
    QVERIFY(d.all_text().contains(QStringLiteral("PASID %1").arg(w.rq.pasid.v)));
    for (int level = 4; level >= 1; --level) {
      const QString name =
          QString::fromLatin1(svm::pte::level_name(level).data(), int(svm::pte::level_name(level).size()));
      const hw::Box* b = d.box(QStringLiteral("walk:") + name);
      QVERIFY2(b, qPrintable(name));
      const auto it =
          std::find_if(w.levels.begin(), w.levels.end(), [&](const svm::WalkLevel& l) { return l.level == level; });
      if (it == w.levels.end()) {
        QCOMPARE(b->mark, Mark::Skipped);
        continue;
      }
      QVERIFY(b->lines.join(QLatin1Char(' ')).contains(hexs(it->entry_addr)));
      const bool stop = !w.ok && &*it == &w.levels.back();
      if (stop) {
        QCOMPARE(b->mark, Mark::Fault);
        QVERIFY(b->lines.join(QLatin1Char(' '))
                    .contains(QStringLiteral("0x%1").arg(int(w.fault), 2, 16, QLatin1Char('0'))));
      } else {
        QVERIFY(b->mark == Mark::Current || b->mark == Mark::Stale);
      }
    }
    const hw::Box* iotlb = d.box(QStringLiteral("cache:iotlb"));
    QVERIFY(iotlb);
    if (w.iotlb_hit) QVERIFY(iotlb->mark == Mark::Hit || iotlb->mark == Mark::Stale);
    if (!w.ok) {
      ++faults;
      QVERIFY(d.all_text().contains(QStringLiteral("FAULT 0x%1").arg(int(w.fault), 2, 16, QLatin1Char('0'))));
      QVERIFY(d.all_text().contains(QStringLiteral("why: ")));
      QCOMPARE(d.box(QStringLiteral("walk:frame"))->mark, Mark::Skipped);
      if (w.fault == svm::FaultReason::PasidNotPresent)
        QCOMPARE(d.box(QStringLiteral("walk:pasid"))->mark, Mark::Fault);
    } else {
      QVERIFY(d.box(QStringLiteral("walk:frame"))->title.contains(hexs(w.pa >> 12)));
    }
  }
  QVERIFY(walks > 0);
  if (scenario != QLatin1String("munmap-invalidate")) QVERIFY(faults > 0);
}

// The kernel model writes PTEs with A (and D for writes) already set, so no
// built-in walk sets them; the walk record of one is given A/D updates here,
// as a walk over a fresh PTE would record them.
void TstHwDiagrams::walkMarksTheAdBitsItSet() {
  const auto base = run("page-request-fault-in", "v4.5");
  const int i = first_state(*base, [&](int s) {
    return walk_made_here(*base, s) && base->states[size_t(s)].obs->last_walk.ok &&
           base->states[size_t(s)].obs->last_walk.levels.size() == 4;
  });
  QVERIFY(i > 0);
  auto t = std::make_shared<svm::Trace>(*base);
  svm::Machine m = t->states[size_t(i)];
  auto& levels = m.obs.mut().last_walk.levels;
  levels[1].set_a = true;                    // PDPTE: A
  levels[3].set_a = levels[3].set_d = true;  // PTE: A and D
  t->states.set(size_t(i), m);
  At a(t, i);
  for (const auto& l : levels) {
    const auto n = svm::pte::level_name(l.level);
    const hw::Box* b = a.v.walkDiagram().box(QStringLiteral("walk:") + QString::fromLatin1(n.data(), int(n.size())));
    QVERIFY(b);
    const QString all = b->lines.join(QLatin1Char(' '));
    QCOMPARE(all.contains(QStringLiteral("this walk set")), l.set_a || l.set_d);
    const QString want = l.set_a && l.set_d ? QStringLiteral("A+D SET")
                         : l.set_a          ? QStringLiteral("A SET")
                                            : QStringLiteral("READ");
    QCOMPARE(b->badge, want);
  }
  QVERIFY(a.v.walkDiagram().box(QStringLiteral("walk:PTE"))->lines.contains(QStringLiteral("this walk set A+D")));
}

void TstHwDiagrams::cacheSlotsHoldTheSnapshot_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("munmap-invalidate v4.5") << "munmap-invalidate"
                                          << "v4.5";
  QTest::newRow("accel-dma-during-exit v4.5-no-release-clear") << "accel-dma-during-exit"
                                                               << "v4.5-no-release-clear";
  QTest::newRow("two-process-isolation v4.5") << "two-process-isolation"
                                              << "v4.5";
}

// Every slot of every cache is drawn; each entry of the snapshot is in
// exactly one slot box, which keeps its slot while the entry lives.
void TstHwDiagrams::cacheSlotsHoldTheSnapshot() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = run(scenario.toUtf8().constData(), variant.toUtf8().constData());
  HardwareView v;
  v.setTrace(t);
  const auto& ic = t->cfg->iommu();
  std::map<std::pair<uint64_t, uint64_t>, QString> where;  // IOTLB entry -> its box
  for (int i = 0; i < static_cast<int>(t->states.size()); i += 3) {
    v.setCursor(i);
    const hw::Diagram& d = v.cacheDiagram();
    QCOMPARE(int(d.boxes_with_prefix(QStringLiteral("iotlb:")).size()), int(ic.iotlb_entries));
    QCOMPARE(int(d.boxes_with_prefix(QStringLiteral("pasidcache:")).size()), int(ic.pasid_cache_entries));
    QCOMPARE(int(d.boxes_with_prefix(QStringLiteral("contextcache:")).size()), int(ic.context_cache_entries));
    const svm::Machine& m = t->states[static_cast<size_t>(i)];
    std::map<std::pair<uint64_t, uint64_t>, QString> now;
    for (const svm::IotlbEntry& e : m.hw->iotlb) {
      int found = 0;
      for (const hw::Box* b : d.boxes_with_prefix(QStringLiteral("iotlb:"))) {
        if (b->mark == Mark::Invalidated || b->mark == Mark::Empty) continue;
        if (b->title == QStringLiteral("DID %1 PASID %2").arg(e.did.v).arg(e.pasid.v) &&
            b->lines.value(0).startsWith(QStringLiteral("VA %1 ").arg(hexs(e.va)))) {
          ++found;
          QVERIFY(b->lines.value(1).contains(QStringLiteral("PFN %1").arg(hexs(e.pfn.v))));
          QCOMPARE(b->mark == Mark::Stale,
                   stale(m, e.pfn, e.gen) || b->lines.join(' ').contains(QStringLiteral("PTE changed")));
          now[{uint64_t(e.pasid.v), e.va}] = b->id;
        }
      }
      QCOMPARE(found, 1);
    }
    for (const auto& [k, id] : now)
      if (where.count(k) && i > 0) QCOMPARE(id, where[k]);  // a living entry keeps its slot
    where = now;
  }
}

// In scalable mode the cache boxes read the scalable-mode entries: the PASID
// entry through the directory (an IOTLB entry filled by a walk is not
// "PTE changed" the moment after), the context entry's DTE/PASIDE/PRE at
// their scalable-mode bits, and no DID on the context entry.
void TstHwDiagrams::scalableModeCachesReadTheirOwnEntries() {
  const auto t = run("scalable-mode-bind", "2022-pasid-freed-in-mmdrop");
  QCOMPARE(t->states.back().hw->mode, svm::IommuMode::Scalable);
  HardwareView v;
  v.setTrace(t);
  int checked = 0;
  for (int i = 1; i < static_cast<int>(t->states.size()); ++i) {
    const svm::Machine& m = t->states[static_cast<size_t>(i)];
    if (m.hw->iotlb.empty() || m.hw->context_cache.empty() || m.hw->pasid_cache.empty()) continue;
    const svm::IotlbEntry& e = m.hw->iotlb.front();
    // What the model's own walk gives for the entry's page now.
    svm::IommuState hw = *m.hw;
    svm::PhysMem mem = *m.mem;
    hw.iotlb.clear();
    hw.pasid_cache.clear();
    svm::TranslationRequest rq;
    rq.sid = m.hw->context_cache.front().sid;
    rq.pasid = e.pasid;
    rq.va = e.va;
    const svm::TranslateResult r = svm::translate(hw, mem, t->cfg->iommu(), rq, nullptr);
    if (r.fault != svm::FaultReason::None || r.pfn.v != e.pfn.v) continue;  // not mapped there any more
    v.setCursor(i);
    const hw::Diagram& d = v.cacheDiagram();
    for (const hw::Box* b : d.boxes_with_prefix(QStringLiteral("iotlb:")))
      if (b->title == QStringLiteral("DID %1 PASID %2").arg(e.did.v).arg(e.pasid.v) &&
          b->lines.value(0).startsWith(QStringLiteral("VA %1 ").arg(hexs(e.va))))
        QVERIFY2(b->mark != Mark::Stale, qPrintable(QStringLiteral("state %1: %2").arg(i).arg(b->lines.join(" | "))));
    const svm::ContextCacheEntry& c = m.hw->context_cache.front();
    const uint64_t lo = m.mem->read(svm::PhysAddr{m.hw->context_entry_addr(c.sid.v)});
    const auto cc = d.boxes_with_prefix(QStringLiteral("contextcache:"));
    QVERIFY(!cc.empty());
    QCOMPARE(cc.front()->title, QStringLiteral("SID %1").arg(hw::sid_text(c.sid.v)));
    QCOMPARE(cc.front()->lines.value(0), QStringLiteral("P=%1 DTE=%2 PASIDE=%3 PRE=%4")
                                             .arg(int(bool(lo & svm::sm::CTX_P)))
                                             .arg(int(bool(lo & svm::sm::CTX_DTE)))
                                             .arg(int(bool(lo & svm::sm::CTX_PASIDE)))
                                             .arg(int(bool(lo & svm::sm::CTX_PRE))));
    QCOMPARE(cc.front()->lines.value(0), QStringLiteral("P=1 DTE=1 PASIDE=1 PRE=1"));  // what bind programmed
    ++checked;
  }
  QVERIFY(checked > 0);
}

// A device TLB or IOTLB entry whose frame was freed is drawn stale, naming
// the step that freed the frame (that step's record lists the frame freed).
void TstHwDiagrams::staleEntryInTheWarningColour() {
  const auto t = run("accel-dma-during-exit", "v4.5-no-release-clear");
  int checked = 0;
  HardwareView v;
  v.setTrace(t);
  for (int i = 1; i < static_cast<int>(t->states.size()) && checked < 20; ++i) {
    const svm::Machine& m = t->states[static_cast<size_t>(i)];
    bool any = false;
    for (const auto& e : m.hw->iotlb) any |= stale(m, e.pfn, e.gen);
    for (const auto& dv : *m.devs)
      for (const auto& e : dv.devtlb) any |= stale(m, e.pfn, e.gen);
    if (!any) continue;
    v.setCursor(i);
    const hw::Diagram& d = v.cacheDiagram();
    bool drawn = false;
    for (const hw::Box& b : d.boxes) {
      if (b.mark != Mark::Stale) continue;
      drawn = true;
      const QString all = b.lines.join(QLatin1Char(' '));
      QVERIFY2(all.contains(QStringLiteral("STALE: frame freed")) || all.contains(QStringLiteral("STALE: PTE changed")),
               qPrintable(all));
      const QRegularExpression at(QStringLiteral("since step (\\d+)"));
      const auto mm = at.match(all.mid(all.indexOf(QStringLiteral("STALE"))));
      QVERIFY2(mm.hasMatch(), qPrintable(all));
      const int s = mm.captured(1).toInt();
      QVERIFY(s > 0 && s <= i);
      if (all.contains(QStringLiteral("frame freed"))) {
        const QRegularExpression pfn(QStringLiteral("PFN (0x[0-9a-f]+)"));
        const uint64_t f = pfn.match(all).captured(1).toULongLong(nullptr, 16);
        const auto& freed = t->steps[static_cast<size_t>(s - 1)].freed;
        QVERIFY(std::find(freed.begin(), freed.end(), svm::ObjId{svm::Kind::Frame, uint32_t(f)}) != freed.end());
      }
    }
    QVERIFY(drawn);
    ++checked;
  }
  QVERIFY(checked > 0);
}

// The state an entry went stale at is found once per fill and kept
// (StaleSince, which a view keeps per trace): read forward, backward and in
// a shuffled order, the cache diagram says at every state what a diagram
// drawn afresh says, word for word.
void TstHwDiagrams::staleSinceKeptIsStaleSinceFound() {
  int stale = 0;
  for (const auto& [id, variant] : {std::pair{"accel-dma-during-exit", "v4.5-no-release-clear"},
                                    std::pair{"munmap-invalidate", "v4.4"}, std::pair{"prq-overflow", "v4.5"},
                                    // a slot refilled, and stale again from a later state
                                    std::pair{"two-process-isolation", "v4.5"}}) {
    const auto t = run(id, variant);
    const hw::CacheSlots cs(*t);
    const hw::Metrics m;
    hw::StaleSince kept;
    const int n = static_cast<int>(t->states.size());
    std::vector<int> order;
    for (int i = 0; i < n; ++i) order.push_back(i);
    for (int i = n; i-- > 0;) order.push_back(i);
    std::vector<int> shuffled(order.begin(), order.begin() + n);
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(21));
    order.insert(order.end(), shuffled.begin(), shuffled.end());
    for (const int i : order) {
      const hw::Diagram a = hw::cache_diagram(*t, i, cs, m, 900, &kept);
      const hw::Diagram b = hw::cache_diagram(*t, i, cs, m, 900);
      QCOMPARE(a.boxes.size(), b.boxes.size());
      for (size_t k = 0; k < a.boxes.size(); ++k) {
        QVERIFY2(a.boxes[k].mark == b.boxes[k].mark && a.boxes[k].lines == b.boxes[k].lines,
                 qPrintable(QStringLiteral("%1 %2, state %3, %4: %5 | %6")
                                .arg(QString::fromLatin1(id), QString::fromLatin1(variant))
                                .arg(i)
                                .arg(a.boxes[k].id, a.boxes[k].lines.join(QLatin1Char(' ')),
                                     b.boxes[k].lines.join(QLatin1Char(' ')))));
        stale += a.boxes[k].mark == Mark::Stale;
      }
    }
  }
  QVERIFY(stale > 100);  // the kept answers were asked for
}

// A width is measured once per font and text and kept (Metrics): each of
// the five fonts answers what a QFontMetricsF of its own answers, asked
// first or again.
void TstHwDiagrams::textWidthsKeptAreTextWidthsMeasured() {
  const hw::Metrics m(13);
  const hw::Metrics copy = m;  // shares what m measured
  for (const QString& s : {QStringLiteral("IQ[3]: PASID-based IOTLB inv"), QStringLiteral("M"), QStringLiteral("STALE")})
    for (const QFont& f : {m.mono, m.mono_bold, m.label, m.heading, m.badge})
      for (int round = 0; round < 2; ++round) {
        QCOMPARE(m.text_width(s, f), QFontMetricsF(f).horizontalAdvance(s));
        QCOMPARE(copy.text_width(s, f), QFontMetricsF(f).horizontalAdvance(s));
      }
  QVERIFY(m.text_width(QStringLiteral("STALE"), m.mono) != m.text_width(QStringLiteral("STALE"), m.heading));
}

// munmap-invalidate: the step where the IOMMU executes the IOTLB flush
// strikes the entry it removed, in the slot it had, naming the descriptor.
void TstHwDiagrams::flushStrikesTheEntry() {
  const auto t = run("munmap-invalidate", "v4.5");
  const int i = first_state(*t, [&](int s) {
    return s > 0 &&
           t->states[static_cast<size_t>(s)].hw->iotlb.size() <
               t->states[static_cast<size_t>(s - 1)].hw->iotlb.size() &&
           t->steps[static_cast<size_t>(s - 1)].text.rfind("IQ[", 0) == 0;
  });
  QVERIFY(i > 0);
  At a(t, i);
  const auto gone = a.v.cacheDiagram().boxes_with_prefix(QStringLiteral("iotlb:"));
  int struck = 0;
  for (const hw::Box* b : gone)
    if (b->mark == Mark::Invalidated) {
      ++struck;
      QVERIFY(b->lines.join(' ').contains(QStringLiteral("flushed by IQ[")));
      QCOMPARE(b->badge, QStringLiteral("FLUSHED"));
    }
  QCOMPARE(struck, int(t->states[size_t(i - 1)].hw->iotlb.size() - t->states[size_t(i)].hw->iotlb.size()));
  // One step later the slot is empty again.
  At b(t, i + 1);
  int empty_now = 0;
  for (const hw::Box* x : b.v.cacheDiagram().boxes_with_prefix(QStringLiteral("iotlb:")))
    empty_now += x->mark == Mark::Empty;
  QCOMPARE(empty_now, int(t->cfg->iommu().iotlb_entries - t->states[size_t(i + 1)].hw->iotlb.size()));
}

// prq-overflow: the fourth request finds the queue full, PRO is set, it and
// the next two are dropped (ghosts), the IOMMU answers them itself
// (modeled); the device hears 3 Success from software and 3 from the IOMMU.
void TstHwDiagrams::prqOverflowGhostsAndAutoResponses() {
  const auto t = run("prq-overflow", "v4.5");
  const int drop = first_state(*t, [&](int s) { return !t->states[size_t(s)].obs->prq_dropped.empty(); });
  QVERIFY(drop > 0);
  QVERIFY(t->states[size_t(drop)].hw->prs & svm::vtd::PRS_PRO);
  QVERIFY(!(t->states[size_t(drop - 1)].hw->prs & svm::vtd::PRS_PRO));
  QVERIFY(QString::fromStdString(std::string(t->steps[size_t(drop - 1)].text))
              .contains(QStringLiteral("DROPPED: the queue is full, PRO set")));
  {
    At a(t, drop);
    const hw::Diagram& d = a.v.ringDiagram();
    const hw::Box* g = d.box(QStringLiteral("prq-dropped:0"));
    QVERIFY(g);
    QCOMPARE(g->mark, Mark::Ghost);
    QCOMPARE(g->badge, QStringLiteral("DROPPED NOW"));
    QVERIFY(g->lines.contains(QStringLiteral("queue full: PRO set now")));
    QVERIFY(g->lines.contains(QStringLiteral("IOMMU answered: Success")));
    QVERIFY(d.all_text().contains(QStringLiteral("OVERFLOW: PRO is set")));
    // The ring: every slot drawn, the three queued requests pending.
    QCOMPARE(int(d.boxes_with_prefix(QStringLiteral("prq:")).size()), int(t->states[size_t(drop)].hw->prq.size()));
    int pending = 0;
    for (const hw::Box* b : d.boxes_with_prefix(QStringLiteral("prq:"))) pending += b->mark == Mark::Pending;
    QCOMPARE(pending, 3);
  }
  const svm::Machine& end = t->states.back();
  const size_t dropped = end.obs->prq_dropped.size();
  QVERIFY(dropped >= 3);
  for (const svm::PrqDrop& g : end.obs->prq_dropped) QVERIFY(g.auto_response);
  // The device's answers: the IOMMU's are told apart from software's.
  bool told = false;
  for (const svm::StepRecord& s : t->steps)
    if (s.text.rfind("Page Group Response(s) received: 3 Success, 3 Success generated by the IOMMU", 0) == 0)
      told = true;
  QVERIFY(told);
  At last(t, int(t->states.size()) - 1);
  QVERIFY(last.v.ringDiagram().all_text().contains(QStringLiteral("Dropped on overflow (%1 so far)").arg(dropped)));
}

void TstHwDiagrams::ringsShowHeadTailAndDescriptors() {
  const auto t = run("munmap-invalidate", "v4.5");
  HardwareView v;
  v.setTrace(t);
  int seen = 0;
  for (int i = 1; i < static_cast<int>(t->states.size()); ++i) {
    const svm::StepRecord& s = t->steps[size_t(i - 1)];
    if (s.text.rfind("IQ[", 0) != 0) continue;  // the IOMMU executing a descriptor
    v.setCursor(i);
    const hw::Diagram& d = v.ringDiagram();
    const svm::Machine hw_m = t->states[size_t(i)];  // a snapshot is read by value: keep it
    const svm::IommuState& hw = *hw_m.hw;
    QVERIFY(d.all_text().contains(QStringLiteral("IQH = %1   IQT = %2").arg(hw.iqh).arg(hw.iqt)));
    const uint32_t slot = QString::fromStdString(std::string(s.text)).section(QLatin1Char(']'), 0, 0).mid(3).toUInt();
    const hw::Box* b = d.box(QStringLiteral("iq:%1").arg(slot));
    QVERIFY(b);
    QCOMPARE(b->mark, Mark::Current);
    QCOMPARE(b->badge, QStringLiteral("DONE"));
    const QString decoded = QString::fromStdString(svm::qi::describe(hw.iq[slot]));
    QCOMPARE(b->lines.join(QLatin1Char(' ')).left(20), decoded.left(20));
    // IQH and IQT are labels under slot boxes.
    int ptrs = 0;
    for (const hw::Label& l : d.labels) ptrs += l.text == QLatin1String("IQH") || l.text == QLatin1String("IQT");
    QCOMPARE(ptrs, 2);
    ++seen;
  }
  QVERIFY(seen > 0);
}

void TstHwDiagrams::faultRecordsDecoded() {
  // With v4.5's own 2016 device-TLB descriptor the device's late DMA hits its
  // stale device TLB and never faults; with the descriptor fixed it faults.
  const auto t = run("accel-dma-during-exit", "v4.5-devtlb-fixed");
  const int i = first_state(*t, [&](int s) {
    for (const auto& r : t->states[size_t(s)].hw->frcd)
      if (r.f) return true;
    return false;
  });
  QVERIFY(i > 0);
  At a(t, i);
  const svm::Machine hw_m = t->states[size_t(i)];  // a snapshot is read by value: keep it
  const svm::IommuState& hw = *hw_m.hw;
  for (size_t k = 0; k < hw.frcd.size(); ++k) {
    const hw::Box* b = a.v.faultDiagram().box(QStringLiteral("frcd:%1").arg(k));
    QVERIFY(b);
    if (!hw.frcd[k].f) continue;
    const QString all = b->lines.join(QLatin1Char(' '));
    QVERIFY(all.contains(QStringLiteral("0x%1").arg(int(hw.frcd[k].reason), 2, 16, QLatin1Char('0'))));
    QVERIFY(all.contains(QStringLiteral("source ") + hw::sid_text(hw.frcd[k].sid.v)));
    QVERIFY(all.contains(QStringLiteral("PASID %1").arg(hw.frcd[k].pasid.v)));
    QVERIFY(all.contains(hexs(hw.frcd[k].addr)));
    QCOMPARE(b->mark, Mark::Fault);  // written by this step
  }
}

void TstHwDiagrams::exportSvgPdfPng() {
  QTemporaryDir dir;
  const QString svg = dir.filePath(QStringLiteral("hw.svg")), pdf = dir.filePath(QStringLiteral("hw.pdf")),
                png = dir.filePath(QStringLiteral("hw.png"));
  const auto t = run("prq-overflow", "v4.5");
  const int drop = first_state(*t, [&](int s) { return !t->states[size_t(s)].obs->prq_dropped.empty(); });
  const QString step = QString::number(drop);
  QString err;
  QCOMPARE(run_cli({QStringLiteral("export"), QStringLiteral("prq-overflow"), QStringLiteral("--step"), step,
                    QStringLiteral("--what"), QStringLiteral("hardware"), QStringLiteral("--format"),
                    QStringLiteral("svg"), QStringLiteral("-o"), svg},
                   &err),
           0);
  QCOMPARE(run_cli({QStringLiteral("export"), QStringLiteral("prq-overflow"), QStringLiteral("--step"), step,
                    QStringLiteral("--what"), QStringLiteral("hardware"), QStringLiteral("-o"), pdf}),
           0);
  QCOMPARE(run_cli({QStringLiteral("export"), QStringLiteral("prq-overflow"), QStringLiteral("--step"), step,
                    QStringLiteral("--what"), QStringLiteral("hardware"), QStringLiteral("--format"),
                    QStringLiteral("png"), QStringLiteral("-o"), png}),
           0);
  // SVG: well-formed, and the words are text.
  if (const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint")); !xmllint.isEmpty()) {
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), svg});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
  }
  QFile f(svg);
  QVERIFY(f.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(f.readAll());
  for (const char* word :
       {"PASID", "IOTLB", "PML4E", "Page request queue", "Invalidation queue", "OVERFLOW", "dropped"})
    QVERIFY2(text.contains(QLatin1String(word)), word);
  QVERIFY(text.contains(QStringLiteral("<text")));
  if (const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo")); !pdfinfo.isEmpty()) {
    QProcess p;
    p.start(pdfinfo, {pdf});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(p.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
  }
  QImage img(png);
  QVERIFY(!img.isNull());
  QVERIFY(img.width() > 800 && img.height() > 400);
  // Bad requests: exit 2, one line.
  QCOMPARE(run_cli({QStringLiteral("export"), QStringLiteral("prq-overflow"), QStringLiteral("--what"),
                    QStringLiteral("hardware"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("x.csv"))},
                   &err),
           2);
  QVERIFY(err.startsWith(QStringLiteral("svmlab: hardware has no")));
  QCOMPARE(run_cli({QStringLiteral("export"), QStringLiteral("prq-overflow"), QStringLiteral("--what"),
                    QStringLiteral("hardware"), QStringLiteral("-o"), QStringLiteral("/nonexistent-svmlab-dir/hw.svg")},
                   &err),
           2);
  QCOMPARE(err.count(QLatin1Char('\n')), 1);
}

void TstHwDiagrams::screenshotViews() {
  QTemporaryDir dir;
  QSize sizes[3];
  int k = 0;
  for (const char* view : {"window", "graph", "hardware"}) {
    const QString out = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(view)));
    QCOMPARE(run_cli({QStringLiteral("screenshot"), QStringLiteral("page-request-fault-in"), QStringLiteral("--step"),
                      QStringLiteral("60"), QStringLiteral("--view"), QLatin1String(view), QStringLiteral("-o"), out}),
             0);
    QImage img(out);
    QVERIFY2(!img.isNull(), view);
    sizes[k++] = img.size();
  }
  QCOMPARE(sizes[0], QSize(1440, 900));
  QVERIFY(sizes[1].width() < 1440);  // the graph pane only
  QVERIFY(sizes[2] != sizes[0]);     // the diagrams at their own size
  QString err;
  QCOMPARE(run_cli({QStringLiteral("screenshot"), QStringLiteral("gfx-exit"), QStringLiteral("--view"),
                    QStringLiteral("timeline"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))},
                   &err),
           2);
  QVERIFY(err.contains(QStringLiteral("--view must be window, graph or hardware")));
}

// The dock's Diagrams tab, the copy beside the graph (the one presentation
// mode keeps) and, when comparing, the compared variant's tab all follow the
// session's cursor.
void TstHwDiagrams::mainWindowDiagramsFollowTheCursor() {
  qputenv("SVMLAB_NO_DIALOGS", "1");
  MainWindow w;
  w.resize(1440, 900);
  w.show();
  QVERIFY(QTest::qWaitForWindowExposed(&w));
  QCOMPARE(w.openBuiltin(QStringLiteral("prq-overflow")), QString());
  auto* dockView = w.findChild<HardwareView*>(QStringLiteral("hardwareView"));
  QVERIFY(dockView);
  const auto t = w.session()->trace();
  const int drop = first_state(*t, [&](int s) { return !t->states[size_t(s)].obs->prq_dropped.empty(); });
  w.session()->setCursor(drop);
  QCOMPARE(dockView->cursor(), drop);
  QVERIFY(dockView->ringDiagram().box(QStringLiteral("prq-dropped:0")));
  QVERIFY(!w.findChild<HardwareView*>(QStringLiteral("centreHardware")));
  w.action(QStringLiteral("hardwareBeside"))->trigger();
  auto* beside = w.findChild<HardwareView*>(QStringLiteral("centreHardware"));
  QVERIFY(beside && beside->isVisible());
  QCOMPARE(beside->cursor(), drop);
  w.session()->setCursor(drop + 1);
  QCOMPARE(beside->cursor(), drop + 1);
  w.classroom()->setPresenting(true, false);
  QVERIFY(beside->isVisible());  // the docks are hidden, the centre is not
  w.classroom()->setPresenting(false, false);
  QCOMPARE(w.setCompare(QStringLiteral("v4.4")), QString());
  auto* cmp = w.findChild<HardwareView*>(QStringLiteral("compareHardwareView"));
  QVERIFY(cmp);
  QCOMPARE(cmp->cursor(), w.compareSession()->cursor());
  auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("hardwareTabs"));
  QVERIFY(tabs->isTabVisible(tabs->indexOf(cmp)));
  w.setCompare(QString());
  QVERIFY(!tabs->isTabVisible(tabs->indexOf(cmp)));
}

QTEST_MAIN(TstHwDiagrams)
#include "tst_hw_diagrams.moc"
