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
constexpr Slot<MmRef> kInterimMm1{1};  // TODO(slots): becomes the function's own declaration
}  // namespace

namespace {

void srcu_lock(Ctx& c) { c.k().srcu_readers.push_back(static_cast<int16_t>(c.tid())); }
void srcu_unlock(Ctx& c) {
  auto& r = c.k().srcu_readers;
  r.erase(std::find(r.begin(), r.end(), c.tid()));
}

// hlist_for_each_entry_rcu over mm->mmu_notifier_mm->list with the index in
// frame variable `slot`: returns the svm at that position, or 0 at the end.
uint32_t nth_notifier(Ctx& c, uint32_t mm, int64_t slot) {
  const auto& list = c.mm(mm).notifiers;
  return slot < static_cast<int64_t>(list.size()) ? list[slot].idx : 0;
}

// The shape shared by __mmu_notifier_invalidate_range{,_end}: call
// ->invalidate_range of every notifier. v0: mm; v1: start; v2: end; v3: index
std::vector<Op> invalidate_range_ops(std::string_view call_line) {
  return {
      {"id = srcu_read_lock(&srcu);",
       [](Ctx& c) {
         srcu_lock(c);
         return c.next();
       }},
      {call_line,
       [](Ctx& c) {
         const uint32_t svm = nth_notifier(c, c.arg(0), c.arg(3));
         if (!svm) return c.go("unlock");
         c.v(3) = c.arg(3) + 1;
         return c.call_then(FnId::intel_invalidate_range, {svm, c.arg(0), c.arg(1), c.arg(2)}, "loop");
       },
       nullptr, nullptr, "loop"},
      {"srcu_read_unlock(&srcu, id);",
       [](Ctx& c) {
         srcu_unlock(c);
         return c.next();
       },
       nullptr, nullptr, "unlock"},
  };
}

}  // namespace

void define_mmu_notifier(FnTable& t) {
  // v0: svm (its embedded notifier); v1: mm
  t.def({FnId::mmu_notifier_register,
         "mm/mmu_notifier.c",
         Origin::Kernel,
         {},
         {
             {"do_mmu_notifier_register(mn, mm, 1): BUG_ON(atomic_read(&mm->mm_users) <= 0);",
              [](Ctx& c) {
                if (c.mm(c.arg(1)).users <= 0)
                  return c.oops(N_("kernel BUG at mm/mmu_notifier.c: mmu_notifier_register() on an mm with mm_users == 0"),
                                {ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(1))}});
                return c.next();
              }},
             {"mmu_notifier_mm = kmalloc(sizeof(struct mmu_notifier_mm), GFP_KERNEL); down_write(&mm->mmap_sem);",
              [](Ctx& c) {
                c.mm(c.arg(1)).mmap_sem.writer = static_cast<int16_t>(c.tid());
                return c.next();
              },
              guard::mmap_sem_write<kInterimMm1>},
             {"ret = mm_take_all_locks(mm); if (!mm_has_notifiers(mm)) { INIT_HLIST_HEAD(&mmu_notifier_mm->list); "
              "mm->mmu_notifier_mm = mmu_notifier_mm; }",
              [](Ctx& c) {
                c.mm(c.arg(1)).has_notifier_mm = true;
                return c.next();
              }},
             {"atomic_inc(&mm->mm_count);",
              [](Ctx& c) {
                const uint32_t mm = c.arg(1);
                c.inc(ObjId{Kind::Mm, mm}, c.mm(mm).count, "mm_count");
                c.svm(c.arg(0)).notifier_registered = true;
                c.svm(c.arg(0)).notifier_used = true;
                c.say(N_("The notifier pins the mm_struct: mm_count +1. This pin is all the fixed driver keeps."));
                return c.next();
              }},
             {"spin_lock(&mm->mmu_notifier_mm->lock); hlist_add_head(&mn->hlist, &mm->mmu_notifier_mm->list); "
              "spin_unlock(&mm->mmu_notifier_mm->lock);",
              [](Ctx& c) {
                auto& list = c.mm(c.arg(1)).notifiers;
                list.insert(list.begin(), ObjId{Kind::Svm, static_cast<uint32_t>(c.arg(0))});
                c.svm(c.arg(0)).notifier_hashed = true;
                return c.next();
              }},
             {"mm_drop_all_locks(mm); up_write(&mm->mmap_sem); kfree(mmu_notifier_mm);",
              [](Ctx& c) {
                c.mm(c.arg(1)).mmap_sem.writer = -1;
                return c.next();
              }},
             {"BUG_ON(atomic_read(&mm->mm_users) <= 0); return ret;", [](Ctx& c) { return c.ret(0); }},
         }});

  // v0: svm; v1: mm (0: NULL)
  t.def({FnId::mmu_notifier_unregister,
         "mm/mmu_notifier.c",
         Origin::Kernel,
         {},
         {
             {"BUG_ON(atomic_read(&mm->mm_count) <= 0);",
              [](Ctx& c) {
                if (!c.arg(1))
                  return c.oops(N_("BUG: unable to handle kernel NULL pointer dereference in mmu_notifier_unregister(): "
                                   "reading mm->mm_count of a NULL mm (a supervisor PASID has no mm)"),
                                {ObjId{Kind::Svm, static_cast<uint32_t>(c.arg(0))}});
                if (c.mm(c.arg(1)).count <= 0)
                  return c.oops(N_("kernel BUG at mm/mmu_notifier.c: mm_count <= 0 in mmu_notifier_unregister()"),
                                {ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(1))}});
                return c.next();
              }},
             {"if (!hlist_unhashed(&mn->hlist)) {",
              [](Ctx& c) {
                if (c.svm(c.arg(0)).notifier_hashed) return c.next();
                c.say(N_("exit_mmap() already unhooked this notifier: no ->release() from here."));
                return c.go("sync");
              }},
             {"id = srcu_read_lock(&srcu);",
              [](Ctx& c) {
                srcu_lock(c);
                return c.next();
              }},
             {"if (mn->ops->release) mn->ops->release(mn, mm);",
              [](Ctx& c) { return c.call(FnId::intel_mm_release, {c.arg(0), c.arg(1)}); }},
             {"srcu_read_unlock(&srcu, id);",
              [](Ctx& c) {
                srcu_unlock(c);
                return c.next();
              }},
             {"spin_lock(&mm->mmu_notifier_mm->lock); hlist_del_init_rcu(&mn->hlist); "
              "spin_unlock(&mm->mmu_notifier_mm->lock); }",
              [](Ctx& c) {
                auto& list = c.mm(c.arg(1)).notifiers;
                list.erase(std::remove(list.begin(), list.end(), ObjId{Kind::Svm, static_cast<uint32_t>(c.arg(0))}),
                           list.end());
                c.svm(c.arg(0)).notifier_hashed = false;
                return c.next();
              }},
             {"synchronize_srcu(&srcu);", nullptr, guard::srcu_quiescent, nullptr, "sync"},
             {"BUG_ON(atomic_read(&mm->mm_count) <= 0);"},
             {"mmdrop(mm);",
              [](Ctx& c) {
                c.svm(c.arg(0)).notifier_registered = false;
                c.hold(ObjId{Kind::Mm, static_cast<uint32_t>(c.arg(1))}, Ctr::MmCount);  // the notifier's, passed to mmdrop()
                return c.call(FnId::mmdrop, {c.arg(1)});
              }},
         }});

  // v0: mm; v1: index into the list
  t.def({FnId::__mmu_notifier_release,
         "mm/mmu_notifier.c",
         Origin::Kernel,
         {},
         {
             {"id = srcu_read_lock(&srcu);",
              [](Ctx& c) {
                srcu_lock(c);
                return c.next();
              }},
             {"hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) if (mn->ops->release) "
              "mn->ops->release(mn, mm);",
              [](Ctx& c) {
                const uint32_t svm = nth_notifier(c, c.arg(0), c.arg(1));
                if (!svm) return c.go("unhash");
                c.v(1) = c.arg(1) + 1;
                return c.call_then(FnId::intel_mm_release, {svm, c.arg(0)}, "loop");
              },
              nullptr, nullptr, "loop"},
             {"spin_lock(&mm->mmu_notifier_mm->lock); while (unlikely(!hlist_empty(&mm->mmu_notifier_mm->list))) "
              "{ mn = hlist_entry(...first...); hlist_del_init_rcu(&mn->hlist); } spin_unlock(...);",
              [](Ctx& c) {
                const std::vector<ObjId> list = c.mm(c.arg(0)).notifiers;
                for (ObjId s : list) c.svm(s.idx).notifier_hashed = false;
                c.mm(c.arg(0)).notifiers.clear();
                if (!list.empty())
                  c.say(N_("Every notifier is unhooked: the unmapping and freeing that follow will notify no one."));
                return c.next();
              },
              nullptr, nullptr, "unhash"},
             {"srcu_read_unlock(&srcu, id);",
              [](Ctx& c) {
                srcu_unlock(c);
                return c.next();
              }},
             {"synchronize_srcu(&srcu);", nullptr, guard::srcu_quiescent},
         }});

  // v0: mm; v1: start; v2: end. intel_mmuops has no ->invalidate_range_start.
  t.def({FnId::__mmu_notifier_invalidate_range_start,
         "mm/mmu_notifier.c",
         Origin::Kernel,
         {},
         {{"id = srcu_read_lock(&srcu); hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) if "
           "(mn->ops->invalidate_range_start) ...; srcu_read_unlock(&srcu, id);  /* intel_mmuops has none */",
           [](Ctx& c) {
             (void)c.mm(c.arg(0));
             return c.next();
           }}}});

  // v0: mm; v1: address; v2: index. Reached from set_pte_at_notify() in
  // wp_page_copy() (mm/memory.c): intel_mmuops' ->change_pte. (Its
  // ->invalidate_page is reached only from mm/rmap.c, page_mkclean_one() and
  // try_to_unmap_one(): writeback, reclaim and migration, none of them modeled.)
  t.def({FnId::__mmu_notifier_change_pte,
         "mm/mmu_notifier.c",
         Origin::Kernel,
         {},
         {
             {"id = srcu_read_lock(&srcu);",
              [](Ctx& c) {
                srcu_lock(c);
                return c.next();
              }},
             {"hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) { if (mn->ops->change_pte) "
              "mn->ops->change_pte(mn, mm, address, pte); }",
              [](Ctx& c) {
                const uint32_t svm = nth_notifier(c, c.arg(0), c.arg(2));
                if (!svm) return c.go("unlock");
                c.v(2) = c.arg(2) + 1;
                return c.call_then(FnId::intel_change_pte, {svm, c.arg(0), c.arg(1)}, "loop");
              },
              nullptr, nullptr, "loop"},
             {"srcu_read_unlock(&srcu, id);",
              [](Ctx& c) {
                srcu_unlock(c);
                return c.next();
              },
              nullptr, nullptr, "unlock"},
         }});

  t.def({FnId::__mmu_notifier_invalidate_range_end, "mm/mmu_notifier.c", Origin::Kernel, {},
         invalidate_range_ops("hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) { if "
                              "(mn->ops->invalidate_range) mn->ops->invalidate_range(mn, mm, start, end); ... }")});
  t.def({FnId::__mmu_notifier_invalidate_range, "mm/mmu_notifier.c", Origin::Kernel, {},
         invalidate_range_ops("hlist_for_each_entry_rcu(mn, &mm->mmu_notifier_mm->list, hlist) if "
                              "(mn->ops->invalidate_range) mn->ops->invalidate_range(mn, mm, start, end);")});
}

}  // namespace svm
