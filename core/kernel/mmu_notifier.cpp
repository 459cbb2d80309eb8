// mm/mmu_notifier.c, v4.4 (checked against the v4.3-4.12 era text): how a
// driver follows changes to an mm, and how exit_mmap() lets go of every
// notifier at once, *before* the page tables are torn down.
//
// The notifier list holds intel_svm ids (the mmu_notifier is embedded in it).

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"

namespace svm {

namespace {

// The readers as a sorted multiset: SRCU keeps counts, not an order of
// arrival, so two readers that entered in either order are one state.
// The srcu readers are every thread's to see (synchronize_srcu() waits for
// them), so taking or dropping the read lock is never a local step
// (Op::never_local).
void srcu_lock(Ctx& c) {
  auto& r = c.k().srcu_readers;
  const auto t = static_cast<int16_t>(c.tid());
  r.insert(std::upper_bound(r.begin(), r.end(), t), t);
}
void srcu_unlock(Ctx& c) {
  auto& r = c.k().srcu_readers;
  r.erase(std::find(r.begin(), r.end(), c.tid()));
}

// hlist_for_each_entry_rcu over mm->mmu_notifier_mm->list, which the C walks
// with the pointer mn: the model keeps mn's position in a frame slot instead.
// Returns the svm at position `pos`, or NULL past the end.
SvmRef nth_notifier(Ctx& c, MmRef mm, int64_t pos) {
  const auto& list = c.mm(mm).notifiers;
  return pos < static_cast<int64_t>(list.size()) ? SvmRef{list[pos].idx} : SvmRef{};
}

// The shape shared by __mmu_notifier_invalidate_range{,_end}(mm, start, end):
// call ->invalidate_range of every notifier. Their slots, declared here for
// both functions:
namespace invalidate_range {
constexpr Slot<MmRef> mm{0};
constexpr Slot<uint64_t> start{1};
constexpr Slot<uint64_t> end{2};
constexpr Slot<int64_t> pos{3};  // mn's position in the list (nth_notifier)
}  // namespace invalidate_range

std::vector<Op> invalidate_range_ops(std::string_view call_line) {
  using namespace invalidate_range;
  return {
      {.text = "id = srcu_read_lock(&srcu);",
       .body = [](Ctx& c) {
         srcu_lock(c);
         return c.next();
       },
       .never_local = true},
      {.text = call_line,
       .body = [](Ctx& c) {
         const SvmRef mn = nth_notifier(c, c[mm], c[pos]);
         if (!mn) return c.go("unlock");
         c.set(pos, c[pos] + 1);
         return c.call_then(FnId::intel_invalidate_range, {mn, c[mm], c[start], c[end]}, "loop");
       },
       .label = "loop"},
      {.text = "srcu_read_unlock(&srcu, id);",
       .body = [](Ctx& c) {
         srcu_unlock(c);
         return c.next();
       },
       .label = "unlock",
       .never_local = true},
  };
}

}  // namespace

void define_mmu_notifier(FnTable& t) {
  {
    // The intel_svm stands for the notifier embedded in it.
    static constexpr Slot<SvmRef> mn{0};
    static constexpr Slot<MmRef> mm{1};
    t.def({FnId::mmu_notifier_register,
           "mm/mmu_notifier.c",
           Origin::Kernel,
           {},
           {
               {"do_mmu_notifier_register(mn, mm, 1): BUG_ON(atomic_read(&mm->mm_users) <= 0);",
                [](Ctx& c) {
                  if (c.mm(c[mm]).users <= 0)
                    return c.oops(N_("kernel BUG at mm/mmu_notifier.c: mmu_notifier_register() on an mm with mm_users == 0"),
                                  {c[mm].id()});
                  return c.next();
                }},
               {.text = "mmu_notifier_mm = kmalloc(sizeof(struct mmu_notifier_mm), GFP_KERNEL); "
                        "down_write(&mm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.writer = static_cast<int16_t>(c.tid());
                  return c.next();
                },
                .guard = guard::mmap_sem_write<mm>},
               {"ret = mm_take_all_locks(mm); if (!mm_has_notifiers(mm)) { INIT_HLIST_HEAD(&mmu_notifier_mm->list); "
                "mm->mmu_notifier_mm = mmu_notifier_mm; }",
                [](Ctx& c) {
                  c.mm(c[mm]).has_notifier_mm = true;
                  return c.next();
                }},
               {"atomic_inc(&mm->mm_count);",
                [](Ctx& c) {
                  c.inc(c[mm].id(), c.mm(c[mm]).count, "mm_count");
                  c.svm(c[mn]).notifier_registered = true;
                  c.svm(c[mn]).notifier_used = true;
                  c.say(N_("The notifier pins the mm_struct: mm_count +1. This pin is all the fixed driver keeps."));
                  return c.next();
                }},
               {"spin_lock(&mm->mmu_notifier_mm->lock); hlist_add_head(&mn->hlist, &mm->mmu_notifier_mm->list); "
                "spin_unlock(&mm->mmu_notifier_mm->lock);",
                [](Ctx& c) {
                  auto& list = c.mm(c[mm]).notifiers;
                  list.insert(list.begin(), c[mn].id());
                  c.svm(c[mn]).notifier_hashed = true;
                  return c.next();
                }},
               {"mm_drop_all_locks(mm); up_write(&mm->mmap_sem); kfree(mmu_notifier_mm);",
                [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.writer = -1;
                  return c.next();
                }},
               {"BUG_ON(atomic_read(&mm->mm_users) <= 0); return ret;", [](Ctx& c) { return c.ret(0); }},
           }});
  }

  {
    // The intel_svm stands for the notifier embedded in it.
    static constexpr Slot<SvmRef> mn{0};
    static constexpr Slot<MmRef> mm{1};  // NULL for a supervisor PASID's svm
    t.def({FnId::mmu_notifier_unregister,
           "mm/mmu_notifier.c",
           Origin::Kernel,
           {},
           {
               {"BUG_ON(atomic_read(&mm->mm_count) <= 0);",
                [](Ctx& c) {
                  if (!c[mm])
                    return c.oops(N_("BUG: unable to handle kernel NULL pointer dereference in mmu_notifier_unregister(): "
                                     "reading mm->mm_count of a NULL mm (a supervisor PASID has no mm)"),
                                  {c[mn].id()});
                  if (c.mm(c[mm]).count <= 0)
                    return c.oops(N_("kernel BUG at mm/mmu_notifier.c: mm_count <= 0 in mmu_notifier_unregister()"),
                                  {c[mm].id()});
                  return c.next();
                }},
               {"if (!hlist_unhashed(&mn->hlist)) {",
                [](Ctx& c) {
                  if (c.svm(c[mn]).notifier_hashed) return c.next();
                  c.say(N_("exit_mmap() already unhooked this notifier: no ->release() from here."));
                  return c.go("sync");
                }},
               {.text = "id = srcu_read_lock(&srcu);",
                .body = [](Ctx& c) {
                  srcu_lock(c);
                  return c.next();
                },
                .never_local = true},
               {"if (mn->ops->release) mn->ops->release(mn, mm);",
                [](Ctx& c) { return c.call(FnId::intel_mm_release, {c[mn], c[mm]}); }},
               {.text = "srcu_read_unlock(&srcu, id);",
                .body = [](Ctx& c) {
                  srcu_unlock(c);
                  return c.next();
                },
                .never_local = true},
               {"spin_lock(&mm->mmu_notifier_mm->lock); hlist_del_init_rcu(&mn->hlist); "
                "spin_unlock(&mm->mmu_notifier_mm->lock); }",
                [](Ctx& c) {
                  std::erase(c.mm(c[mm]).notifiers, c[mn].id());
                  c.svm(c[mn]).notifier_hashed = false;
                  return c.next();
                }},
               {.text = "synchronize_srcu(&srcu);", .guard = guard::srcu_quiescent, .label = "sync"},
               {"BUG_ON(atomic_read(&mm->mm_count) <= 0);"},
               {"mmdrop(mm);",
                [](Ctx& c) {
                  c.svm(c[mn]).notifier_registered = false;
                  c.hold(c[mm], Ctr::MmCount);  // the notifier's, passed to mmdrop()
                  return c.call(FnId::mmdrop, {c[mm]});
                }},
           }});
  }

  {
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<int64_t> pos{1};  // mn's position in the list (nth_notifier)
    t.def({FnId::__mmu_notifier_release,
           "mm/mmu_notifier.c",
           Origin::Kernel,
           {},
           {
               {.text = "id = srcu_read_lock(&srcu);",
                .body = [](Ctx& c) {
                  srcu_lock(c);
                  return c.next();
                },
                .never_local = true},
               {.text = "hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) if (mn->ops->release) "
                        "mn->ops->release(mn, mm);",
                .body = [](Ctx& c) {
                  const SvmRef mn = nth_notifier(c, c[mm], c[pos]);
                  if (!mn) return c.go("unhash");
                  c.set(pos, c[pos] + 1);
                  return c.call_then(FnId::intel_mm_release, {mn, c[mm]}, "loop");
                },
                .label = "loop"},
               {.text = "spin_lock(&mm->mmu_notifier_mm->lock); while "
                        "(unlikely(!hlist_empty(&mm->mmu_notifier_mm->list))) { mn = hlist_entry(...first...); "
                        "hlist_del_init_rcu(&mn->hlist); } spin_unlock(...);",
                .body = [](Ctx& c) {
                  const PoolVector<ObjId> list = c.mm(c[mm]).notifiers;
                  for (ObjId s : list) c.svm(s.idx).notifier_hashed = false;
                  c.mm(c[mm]).notifiers.clear();
                  if (!list.empty())
                    c.say(N_("Every notifier is unhooked: the unmapping and freeing that follow will notify no one."));
                  return c.next();
                },
                .label = "unhash"},
               {.text = "srcu_read_unlock(&srcu, id);",
                .body = [](Ctx& c) {
                  srcu_unlock(c);
                  return c.next();
                },
                .never_local = true},
               {.text = "synchronize_srcu(&srcu);", .guard = guard::srcu_quiescent},
           }});
  }

  {
    // intel_mmuops has no ->invalidate_range_start.
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<uint64_t> start{1};
    static constexpr Slot<uint64_t> end{2};
    t.def({FnId::__mmu_notifier_invalidate_range_start,
           "mm/mmu_notifier.c",
           Origin::Kernel,
           {},
           {{"id = srcu_read_lock(&srcu); hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) if "
             "(mn->ops->invalidate_range_start) ...; srcu_read_unlock(&srcu, id);  /* intel_mmuops has none */",
             [](Ctx& c) {
               (void)c.mm(c[mm]);
               return c.next();
             }}}});
  }

  {
    // Reached from set_pte_at_notify() in wp_page_copy() (mm/memory.c):
    // intel_mmuops' ->change_pte. (Its ->invalidate_page is reached only from
    // mm/rmap.c, page_mkclean_one() and try_to_unmap_one(): writeback, reclaim
    // and migration, none of them modeled.) The new pte is not passed.
    static constexpr Slot<MmRef> mm{0};
    static constexpr Slot<uint64_t> address{1};
    static constexpr Slot<int64_t> pos{2};  // mn's position in the list (nth_notifier)
    t.def({FnId::__mmu_notifier_change_pte,
           "mm/mmu_notifier.c",
           Origin::Kernel,
           {},
           {
               {.text = "id = srcu_read_lock(&srcu);",
                .body = [](Ctx& c) {
                  srcu_lock(c);
                  return c.next();
                },
                .never_local = true},
               {.text = "hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) { if (mn->ops->change_pte) "
                        "mn->ops->change_pte(mn, mm, address, pte); }",
                .body = [](Ctx& c) {
                  const SvmRef mn = nth_notifier(c, c[mm], c[pos]);
                  if (!mn) return c.go("unlock");
                  c.set(pos, c[pos] + 1);
                  return c.call_then(FnId::intel_change_pte, {mn, c[mm], c[address]}, "loop");
                },
                .label = "loop"},
               {.text = "srcu_read_unlock(&srcu, id);",
                .body = [](Ctx& c) {
                  srcu_unlock(c);
                  return c.next();
                },
                .label = "unlock",
                .never_local = true},
           }});
  }

  // Both with the slots of namespace invalidate_range above.
  t.def({FnId::__mmu_notifier_invalidate_range_end, "mm/mmu_notifier.c", Origin::Kernel, {},
         invalidate_range_ops("hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) { if "
                              "(mn->ops->invalidate_range) mn->ops->invalidate_range(mn, mm, start, end); ... }")});
  t.def({FnId::__mmu_notifier_invalidate_range, "mm/mmu_notifier.c", Origin::Kernel, {},
         invalidate_range_ops("hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) if "
                              "(mn->ops->invalidate_range) mn->ops->invalidate_range(mn, mm, start, end);")});
}

}  // namespace svm
