// The per-thread pools the explorer allocates from (core/base/pool_allocator.h):
// a freed block is handed out again (up to 4 KiB), a SmallVector's spilled
// elements come from them, a list keeps a bounded amount, a thread
// that frees what another allocated gives its blocks back when it ends, and
// a block freed after its thread's pool was drained goes to operator delete.

#include <QtTest>
#include <thread>
#include <vector>

#include "core/base/pool_allocator.h"
#include "core/base/small_vector.h"
#include "core/engine/thread.h"

class TstPool : public QObject {
  Q_OBJECT
 private slots:
  void a_freed_block_is_handed_out_again();
  void a_list_keeps_a_bounded_amount();
  void a_small_vector_spills_into_the_pool();
  void a_thread_that_only_frees_drains_its_lists();
};

namespace pool = svm::pool;

void TstPool::a_freed_block_is_handed_out_again() {
  if (!pool::kPooled) QSKIP("AddressSanitizer build: every block goes to operator new and delete");
  svm::PoolAllocator<uint64_t> a;
  uint64_t* p = a.allocate(5);  // 40 bytes: the 48-byte size
  const size_t c = pool::size_of(40);
  const size_t before = pool::tls.count[c];
  a.deallocate(p, 5);
  QCOMPARE(pool::tls.count[c], before + 1);
  QCOMPARE(a.allocate(6), p);  // 48 bytes: the same size, the same block
  QCOMPARE(pool::tls.count[c], before);
  a.deallocate(p, 6);
  // Up to 4 KiB is pooled (a deep stack, a process's VMAs, a queue's
  // descriptors); a block bigger than the largest size is not.
  uint64_t* mid = a.allocate(200);  // 1600 bytes
  const size_t m = pool::size_of(1600);
  const size_t held = pool::tls.count[m];
  a.deallocate(mid, 200);
  QCOMPARE(pool::tls.count[m], held + 1);
  QCOMPARE(a.allocate(200), mid);
  a.deallocate(mid, 200);
  QCOMPARE(pool::size_of(4096), pool::kSizes - 1);
  uint64_t* big = a.allocate(513);  // 4104 bytes
  const size_t pooled = pool::tls.count[pool::kSizes - 1];
  a.deallocate(big, 513);
  QCOMPARE(pool::tls.count[pool::kSizes - 1], pooled);
}

void TstPool::a_small_vector_spills_into_the_pool() {
  if (!pool::kPooled) QSKIP("AddressSanitizer build: every block goes to operator new and delete");
  // A stack deeper than its inline frames, copied with its thread at every step.
  const size_t c = pool::size_of(16 * sizeof(svm::Frame));  // 8 inline, doubled to 16
  const size_t before = pool::tls.count[c];
  {
    svm::SmallVector<svm::Frame, 8> stack;
    for (uint8_t i = 0; i < 12; ++i) {
      svm::Frame f;
      f.pc = i;
      stack.push_back(f);
    }
    QCOMPARE(stack.size(), size_t(12));
    QCOMPARE(stack[11].pc, uint8_t(11));
  }
  QCOMPARE(pool::tls.count[c], before + 1);  // its block went back to this thread's list
  svm::SmallVector<svm::Frame, 8> again;
  for (int i = 0; i < 9; ++i) again.push_back(svm::Frame{});
  QCOMPARE(pool::tls.count[c], before);  // and came out again
}

void TstPool::a_list_keeps_a_bounded_amount() {
  if (!pool::kPooled) QSKIP("AddressSanitizer build: every block goes to operator new and delete");
  svm::PoolAllocator<char> a;
  std::vector<char*> blocks;
  for (int i = 0; i < 5000; ++i) blocks.push_back(a.allocate(1024));
  for (char* b : blocks) a.deallocate(b, 1024);
  const size_t c = pool::size_of(1024);
  QCOMPARE(pool::tls.count[c] * 1024, pool::kKeepBytes);  // 256 of 5000 kept, the rest given back
}

void TstPool::a_thread_that_only_frees_drains_its_lists() {
  if (!pool::kPooled) QSKIP("AddressSanitizer build: every block goes to operator new and delete");
  svm::PoolAllocator<uint64_t> a;
  std::vector<uint64_t*> blocks;
  for (int i = 0; i < 100; ++i) blocks.push_back(a.allocate(4));
  size_t kept = 0;
  bool drained_after = false;
  std::thread t([&] {
    // Made before the first free, so destroyed after the pool's drain
    // (thread-locals go in reverse order): it sees what the drain did. The
    // thread allocates nothing: the drain is registered by its first free.
    struct Probe {
      bool* out;
      ~Probe() { *out = pool::tls.drained && pool::tls.head[pool::size_of(32)] == nullptr; }
    };
    thread_local Probe probe{&drained_after};
    (void)&probe;
    for (uint64_t* b : blocks) a.deallocate(b, 4);
    kept = pool::tls.count[pool::size_of(32)];
  });
  t.join();
  QCOMPARE(kept, size_t(100));
  QVERIFY(drained_after);
}

QTEST_GUILESS_MAIN(TstPool)
#include "tst_pool.moc"
