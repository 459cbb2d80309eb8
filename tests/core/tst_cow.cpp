// The shared parts of a machine (core/base/cow.h): a copy shares, a write to
// a shared part clones it and a write to a part nobody shares does not, and
// the last reference frees it, whether references are counted with locked
// instructions or, inside a cow::Confined scope, plainly. A kAtomic part
// stays atomic inside that scope: two confined threads that copy and drop
// the same one a million times between them leave its count right.

#include <QtTest>
#include <atomic>
#include <thread>
#include <vector>

#include "core/base/cow.h"

namespace {

// A value that counts how many of it are alive.
struct Counted {
  static inline std::atomic<int> alive{0};
  int v = 0;
  Counted() { ++alive; }
  explicit Counted(int x) : v(x) { ++alive; }
  Counted(const Counted& o) : v(o.v) { ++alive; }
  ~Counted() { --alive; }
  Counted& operator=(const Counted&) = default;
  bool operator==(const Counted& o) const { return v == o.v; }
  friend void hash_append(svm::Hasher& h, const Counted& c) { h(c.v); }
};

template <svm::Sharing S>
void copies_share_and_writes_clone() {
  {
    svm::Cow<Counted, S> a(Counted(1));
    QCOMPARE(Counted::alive.load(), 1);
    const Counted* own = &*a;
    a.mut().v = 2;  // nobody shares it: written in place
    QCOMPARE(&*a, own);
    QCOMPARE(Counted::alive.load(), 1);

    svm::Cow<Counted, S> b = a;  // shares
    QVERIFY(b.shares(a));
    QCOMPARE(Counted::alive.load(), 1);
    b.mut().v = 3;  // shared: cloned first
    QVERIFY(!b.shares(a));
    QCOMPARE(a->v, 2);
    QCOMPARE(b->v, 3);
    QCOMPARE(Counted::alive.load(), 2);

    std::vector<svm::Cow<Counted, S>> many(100, a);
    QCOMPARE(Counted::alive.load(), 2);
    many.clear();
    const Counted* still = &*a;
    a.mut().v = 4;  // the hundred copies are gone: its own again
    QCOMPARE(&*a, still);

    svm::Cow<Counted, S> c = std::move(b);
    svm::Cow<Counted, S> empty = b;  // a copy of one moved from: empty too
    empty = std::move(b);
    b = c;  // assigned after a move
    QVERIFY(b.shares(c));
    c = a;
    QVERIFY(c.shares(a));
    QCOMPARE(b->v, 3);
    a.unshare();
    QVERIFY(!a.shares(c));
    QCOMPARE(a.hash128(), c.hash128());
    QCOMPARE(Counted::alive.load(), 3);
  }
  QCOMPARE(Counted::alive.load(), 0);  // every node freed once
}

}  // namespace

class TstCow : public QObject {
  Q_OBJECT
 private slots:
  void counted_with_locked_instructions() { copies_share_and_writes_clone<svm::Sharing::kAtomic>(); }
  void confinable_part_outside_a_confined_scope() { copies_share_and_writes_clone<svm::Sharing::kConfinable>(); }
  void confinable_part_counted_plainly() {
    svm::cow::Confined confined;
    QVERIFY(svm::cow::confined);
    copies_share_and_writes_clone<svm::Sharing::kConfinable>();
  }
  void atomic_part_inside_confined_scope() {
    svm::cow::Confined confined;
    copies_share_and_writes_clone<svm::Sharing::kAtomic>();
  }
  void scope_ends_where_it_began() {
    using Confinable = svm::Cow<Counted, svm::Sharing::kConfinable>;
    using Atomic = svm::Cow<Counted, svm::Sharing::kAtomic>;
    std::thread([] {}).join();  // a process with threads, as the explorer's (one thread counts plainly)
    QVERIFY(!svm::cow::confined);
    QVERIFY(!Confinable::counted_plainly());
    {
      svm::cow::Confined outer;
      QVERIFY(Confinable::counted_plainly());
      QVERIFY(!Atomic::counted_plainly());  // nested parts: never
      {
        svm::cow::Confined inner;
      }
      QVERIFY(svm::cow::confined);  // the inner scope restores, not clears
    }
    QVERIFY(!svm::cow::confined);
  }
  // Two confined threads share one kAtomic part (as two depth-first workers
  // share the rings inside IommuState): counted plainly, their copies and
  // drops would lose updates and free it early or never.
  void atomic_part_shared_by_two_confined_threads() {
    constexpr int kRounds = 1'000'000;
    {
      svm::Cow<Counted, svm::Sharing::kAtomic> shared(Counted(7));
      std::atomic<int> wrong{0};  // (no QCOMPARE off the test's thread)
      std::atomic<int> ready{0};
      auto churn = [&] {
        svm::cow::Confined confined;
        ++ready;
        while (ready.load() < 2) {
        }  // both at once
        std::vector<svm::Cow<Counted, svm::Sharing::kAtomic>> held;
        for (int i = 0; i < kRounds; ++i) {
          held.push_back(shared);
          if (held.back()->v != 7) ++wrong;
          if (held.size() == 8) held.clear();
        }
      };
      for (int trial = 0; trial < 5; ++trial) {  // a lost update is likely in each, not certain
        ready = 0;
        std::thread a(churn), b(churn);
        a.join();
        b.join();
      }
      QCOMPARE(wrong.load(), 0);
      QCOMPARE(Counted::alive.load(), 1);
      // Its count is one again: written in place, not cloned (a count that
      // lost updates would clone it here, or have freed it already).
      const Counted* before = &*shared;
      shared.mut().v = 8;
      QCOMPARE(&*shared, before);
      QCOMPARE(Counted::alive.load(), 1);
    }
    QCOMPARE(Counted::alive.load(), 0);
  }
};

QTEST_GUILESS_MAIN(TstCow)
#include "tst_cow.moc"
