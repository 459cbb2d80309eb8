// Typed, named slots (core/engine/slot.h): what compiles and what does not,
// asserted at compile time, and what a slot reads and writes at run time.
// The compile-fail half is tests/core/slots/wrong_*.cpp, compiled by CTest
// (slots.wrong_* in tests/CMakeLists.txt), which must be refused.

#include <QTest>

#include <memory>
#include <stdexcept>

#include "core/engine/boot.h"
#include "core/engine/ctx.h"
#include "core/scenario/loader.h"

namespace {

std::shared_ptr<svm::Config> config_from_text(const std::string& json) {
  svm::LoadResult r = svm::load_scenario(json, "test.json");
  if (!r) throw std::runtime_error(r.error.format());
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(std::make_shared<svm::Scenario>(*r.scenario), *svm::find_variant("v4.5"), *cfg);
  if (!e.empty()) throw std::runtime_error(e);
  return cfg;
}

using svm::Slot;

template <class S, class V>
concept settable = requires(svm::Ctx& c, S s, V v) { c.set(s, v); };
template <class V>
concept an_mm = requires(svm::Ctx& c, V v) { c.mm(v); };
template <class V>
concept an_svm = requires(svm::Ctx& c, V v) { c.svm(v); };
template <class S>
concept readable = requires(const svm::View& v, S s) { v[s]; };

// A slot takes a value of its own type, and nothing else.
static_assert(settable<Slot<svm::MmRef>, svm::MmRef>);
static_assert(!settable<Slot<svm::MmRef>, svm::SvmRef>);
static_assert(!settable<Slot<svm::MmRef>, uint32_t>);  // a bare index is not an mm
static_assert(!settable<Slot<svm::MmRef>, int64_t>);
static_assert(!settable<Slot<svm::Pfn>, uint64_t>);
static_assert(!settable<Slot<svm::Pasid>, svm::Pfn>);
static_assert(settable<Slot<int32_t>, int>);  // plain numbers convert as in C
// Objects are reached through a reference of their own kind.
static_assert(an_mm<svm::MmRef>);
static_assert(!an_mm<svm::SvmRef>);  // c.mm(c[svm]) does not compile
static_assert(an_svm<svm::SvmRef>);
static_assert(!an_svm<svm::SdevRef>);
// A slot is read with its declaration, not with a number.
static_assert(readable<Slot<svm::MmRef>>);
static_assert(!readable<int>);
// Reading gives the declared type back.
static_assert(std::is_same_v<decltype(std::declval<const svm::View&>()[std::declval<Slot<svm::SvmRef>>()]), svm::SvmRef>);
// No implicit conversion from an index: Slot<MmRef> x = 3 does not compile.
static_assert(!std::is_convertible_v<int, Slot<svm::MmRef>>);
static_assert(sizeof(Slot<svm::MmRef>) == 1);

constexpr const char* kOneProcess = R"({
  "format": "svmlab-scenario/1", "id": "t",
  "machine": {"devices": [{"name": "accel0", "sid": "00:04.0"}]},
  "processes": [{"name": "app", "actions": [{"do": "open", "device": "accel0", "as": "a"}]}]
})";

}  // namespace

class TstSlots : public QObject {
  Q_OBJECT
 private slots:
  void a_slot_keeps_its_value_in_the_frame();
  void a_call_passes_typed_arguments_in_order();
  void a_slot_knows_what_it_refers_to();
};

void TstSlots::a_slot_keeps_its_value_in_the_frame() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  svm::Frame f;
  f.fn = svm::FnId::mmput;
  m.threads.mut()[0].stack.push_back(f);
  std::vector<svm::Violation> found;
  svm::StepSink sink{nullptr, &found, false};
  svm::Ctx c(m, *cfg, 0, sink);
  static constexpr Slot<svm::MmRef> mm{3};
  static constexpr Slot<svm::Pfn> pfn{7};
  static constexpr Slot<int32_t> fd{0};
  c.set(mm, svm::MmRef{2});
  c.set(pfn, svm::Pfn{0x1234});
  c.set(fd, -9);
  QCOMPARE(c[mm], svm::MmRef{2});
  QCOMPARE(c[mm].id(), (svm::ObjId{svm::Kind::Mm, 2}));
  QCOMPARE(c[pfn], svm::Pfn{0x1234});
  QCOMPARE(c[fd], -9);
  // The frame is still the flat value the machine hashes and compares.
  const auto& v = (*m.threads)[0].stack.back().v;
  QCOMPARE(v[3], int64_t(2));
  QCOMPARE(v[7], int64_t(0x1234));
  QCOMPARE(v[0], int64_t(-9));
  QVERIFY(found.empty());
}

void TstSlots::a_call_passes_typed_arguments_in_order() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  svm::Frame f;
  f.fn = svm::FnId::mmput;
  m.threads.mut()[0].stack.push_back(f);
  std::vector<svm::Violation> found;
  svm::StepSink sink{nullptr, &found, false};
  svm::Ctx c(m, *cfg, 0, sink);
  const svm::Outcome o = c.call(svm::FnId::fput, {svm::FileRef{5}, -1, svm::Pasid{3}, true});
  QCOMPARE(o.kind, svm::Outcome::Kind::Call);
  QCOMPARE(o.args[0], int64_t(5));
  QCOMPARE(o.args[1], int64_t(-1));
  QCOMPARE(o.args[2], int64_t(3));
  QCOMPARE(o.args[3], int64_t(1));
  QCOMPARE(c.ret(svm::SvmRef{4}).ret, int64_t(4));
}

// What a slot refers to is kept beside its value (the symmetry reduction
// renames by it), from the declared type, through set(), call arguments and
// return values; it is not part of the state; and a reference read from a
// slot that got a plain integer is counted.
void TstSlots::a_slot_knows_what_it_refers_to() {
  auto cfg = config_from_text(kOneProcess);
  svm::Machine m = svm::boot(*cfg);
  svm::Frame f;
  f.fn = svm::FnId::mmput;
  m.threads.mut()[0].stack.push_back(f);
  svm::StepSink sink{nullptr, nullptr, false};
  svm::Ctx c(m, *cfg, 0, sink);
  static constexpr Slot<svm::MmRef> mm{3};
  static constexpr Slot<svm::PhysAddr> pa{5};
  static constexpr Slot<uint64_t> addr{6};
  c.set(mm, svm::MmRef{2});
  c.set(pa, svm::PhysAddr{0x1234008});
  c.set(addr, uint64_t{0x600000});
  const svm::Frame& fr = (*m.threads)[0].stack.back();
  QCOMPARE(fr.kinds[3], svm::SlotKind::Mm);
  QCOMPARE(fr.kinds[5], svm::SlotKind::PhysAddr);
  QCOMPARE(fr.kinds[6], svm::SlotKind::Plain);
  const svm::Outcome o = c.call(svm::FnId::fput, {svm::TaskRef{1}, svm::FilesRef{1}, svm::Pfn{9}, svm::FileRef{5}, 7});
  QCOMPARE(o.arg_kinds[0], svm::SlotKind::Task);
  QCOMPARE(o.arg_kinds[1], svm::SlotKind::Files);
  QCOMPARE(o.arg_kinds[2], svm::SlotKind::Pfn);
  QCOMPARE(o.arg_kinds[3], svm::SlotKind::File);  // renumbered by the explorer (object_canon.h)
  QCOMPARE(o.arg_kinds[4], svm::SlotKind::Plain);
  QCOMPARE(c.ret(svm::MmRef{4}).ret_kind, svm::SlotKind::Mm);
  // Not state: the same values with other kinds are the same frame.
  svm::Frame g = fr;
  g.kinds = {};
  QVERIFY(g == fr);
  QCOMPARE(svm::hash128_of(g), svm::hash128_of(fr));
  // An mm passed as a plain integer is counted when it is read as an MmRef.
  const uint64_t before = svm::slot_kind_mismatches();
  m.threads.mut()[0].stack.back().kinds[3] = svm::SlotKind::Plain;
  QCOMPARE(c[mm], svm::MmRef{2});
  QCOMPARE(svm::slot_kind_mismatches(), before + 1);
  QCOMPARE(svm::last_slot_kind_mismatch(), std::string("mmput"));
  QCOMPARE(c[addr], uint64_t{0x600000});  // plain slots are never counted
  QCOMPARE(svm::slot_kind_mismatches(), before + 1);
}

QTEST_APPLESS_MAIN(TstSlots)
#include "tst_slots.moc"
