// drivers/iommu/intel-svm.c as of v5.6 (2020): prq_event_thread(), the
// page-request handler, per request. Read in the upstream patch mail of
// 902baf61adf6 (blob 1483f1845762, hunk at line 861) and its v4.19 AUTOSEL
// backport (blob 5944d3b4dca37), where the check order is:
//
//   if (!svm->mm) goto bad_req;
//   /* If the mm is already defunct, don't handle faults. */
//   if (!mmget_not_zero(svm->mm)) goto bad_req;
//   /* If address is not canonical, return invalid response */
//   if (!is_canonical_address(address)) goto bad_req;
//
// bad_req: is below the `mmput(svm->mm);` of `invalid:`, so a request for a
// non-canonical address keeps the mm_users reference mmget_not_zero() took:
// the address space can never be torn down (9d8c3af31607, 2017). The fix,
// 902baf61adf6 ("iommu/vt-d: Fix mm reference leak", Jacob Pan, 2020), moves
// the canonical check before mmget_not_zero(). Both orders are this one text:
// era_flags().canonical_check_after_mmget picks the line that runs.
//
// What differs from 2016 besides the order: the PASID is looked up with
// ioasid_find() (the IOASID allocator, v5.5), mmget_not_zero() replaces
// atomic_inc_not_zero() (v4.11), the response is a 256-bit descriptor
// (qw0..qw3). The model still encodes the response in the 128-bit layout its
// VT-d hardware decodes (iommu/descriptors.h): same fields, same codes.

#include <algorithm>

#include "core/driver/era_flags.h"
#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/iommu/descriptors.h"

namespace svm {

namespace {

constexpr int64_t kVM_FAULT_ERROR = 0x2 | 0x1 | 0x40 | 0x10 | 0x20 | 0x800;

bool check_after(const Variant& v) { return era_flags(v).canonical_check_after_mmget; }
bool check_before(const Variant& v) { return !era_flags(v).canonical_check_after_mmget; }

// prq_event_thread()'s `req`, the request at head, as read at the top of the
// loop: its two qwords, in slots 6 and 7 of the function's frame (declared
// here because req(), req_addr() and canonical_check() read them), as in
// driver/prq.cpp.
constexpr Slot<uint64_t> req_hi{6};
constexpr Slot<uint64_t> req_lo{7};

PageRequest req(const View& c) { return PageRequest::decode(Desc{c[req_lo], c[req_hi]}); }
// address = (u64)req->addr << VTD_PAGE_SHIFT;
uint64_t req_addr(const View& c) { return c[req_hi] & ~0xfffULL; }

Outcome canonical_check(Ctx& c) {
  if (is_canonical(req_addr(c))) return c.next();
  c.say([&] { return txt(N_("%1 is not a canonical address: Invalid Request."), hex(req_addr(c))); });
  return c.go("bad_req");
}

}  // namespace

void define_era2020(FnTable& t) {
  {
    // head, tail: int in the C, which counts bytes; the model counts entries
    static constexpr Slot<uint32_t> head{0};
    static constexpr Slot<uint32_t> tail{1};
    static constexpr Slot<SvmRef> svm{2};
    static constexpr Slot<MmRef> mm{3};         // svm->mm, read once per request
    static constexpr Slot<uint64_t> result{4};  // int in the C: a QI_RESP_* code
    // vma and sdev share slot 5 (the frame's eight slots are all used): vma
    // is dead by the time bad_req: looks up sdev, and the loop head clears both.
    static constexpr Slot<VmaRef> vma{5};
    static constexpr Slot<SdevRef> sdev{5};
    // 6, 7: req_hi, req_lo (above)
    t.def({FnId::prq_event_thread,
           "drivers/iommu/intel-svm.c",
           Origin::Driver,
           {},
           {
               {.text = "writel(DMA_PRS_PPR, iommu->reg + DMAR_PRS_REG); tail = dmar_readq(iommu->reg + DMAR_PQT_REG) & "
                "PRQ_RING_MASK; head = dmar_readq(iommu->reg + DMAR_PQH_REG) & PRQ_RING_MASK;",
                .body = [](Ctx& c) {
                  c.set(head, c.hwr().pqh);
                  c.set(tail, c.hwr().pqt);
                  (void)c.hw();
                  return c.next();
                },
                .never_local = true},  // reads the IOMMU
               {.text = "while (head != tail) { handled = 1; req = &iommu->prq[head / sizeof(*req)]; result = "
                        "QI_RESP_FAILURE; address = (u64)req->addr << VTD_PAGE_SHIFT;",
                .body = [](Ctx& c) {
                  if (c[head] == c[tail]) return c.go("end");
                  const Desc d = c.hwr().prq[c[head]];
                  c.set(req_hi, d.hi);
                  c.set(req_lo, d.lo);
                  const PageRequest r = req(c);
                  c.set(result, qi::RESP_FAILURE);
                  c.set(svm, SvmRef{});
                  c.set(vma, VmaRef{});
                  c.text([&] {
                    return "while (head != tail): req = PRQ[" + std::to_string(c[head]) + "]: " + r.describe();
                  });
                  return c.next();
                },
                .label = "loop"},
               {"if (!req->pasid_present) { pr_err(\"%s: Page request without PASID: %08llx %08llx\\n\", ...); goto "
                "no_pasid; }",
                [](Ctx& c) { return req(c).pasid_present ? c.next() : c.go("no_pasid"); }},
               {"if (!svm || svm->pasid != req->pasid) { rcu_read_lock(); svm = ioasid_find(NULL, req->pasid, NULL); "
                "rcu_read_unlock(); if (IS_ERR_OR_NULL(svm)) { pr_err(\"%s: Page request for invalid PASID %d: %08llx "
                "%08llx\\n\", ...); goto no_pasid; } }",
                [](Ctx& c) {
                  const ObjId s = c.drv().idr_find(req(c).pasid);
                  if (!s) {
                    c.say([&] { return txt(N_("No binding for PASID %1: Response Failure."), req(c).pasid); });
                    return c.go("no_pasid");
                  }
                  c.set(svm, SvmRef{s.idx});
                  return c.next();
                }},
               {"result = QI_RESP_INVALID; /* Since we're using init_mm.pgd directly, we should never take any faults "
                "on kernel addresses. */ if (!svm->mm) goto bad_req;",
                [](Ctx& c) {
                  c.set(result, qi::RESP_INVALID);
                  c.set(mm, MmRef{c.svm(c[svm]).mm.idx});
                  return c[mm] ? c.next() : c.go("bad_req");
                }},
               {.text = "/* If address is not canonical, return invalid response */ if (!is_canonical_address(address)) "
                        "goto bad_req;",
                .body = canonical_check,
                .when = check_before},
               {"/* If the mm is already defunct, don't handle faults. */ if (!mmget_not_zero(svm->mm)) goto bad_req;",
                [](Ctx& c) {
                  if (!c.inc_not_zero(c[mm].id(), c.mm(c[mm]).users, "mm_users")) {
                    c.say(N_("mm_users is 0: the mm is defunct. The request is refused (Invalid Request)."));
                    return c.go("bad_req");
                  }
                  c.say(N_("mmget_not_zero(): mm_users +1 for as long as the fault is handled; the mmput() under "
                           "invalid: gives it back."));
                  return c.next();
                }},
               {.text = "/* If address is not canonical, return invalid response */ if (!is_canonical_address(address)) "
                        "goto bad_req;",
                .body = [](Ctx& c) {
                  if (is_canonical(req_addr(c))) return c.next();
                  c.say([&] {
                    return txt(N_("%1 is not a canonical address: goto bad_req, which is past the mmput(). The mm_users "
                                  "reference taken one line above is never given back."),
                               hex(req_addr(c)));
                  });
                  return c.go("bad_req");
                },
                .when = check_after},
               {.text = "down_read(&svm->mm->mmap_sem);",
                .body = [](Ctx& c) {
                  c.mm(c[mm]).mmap_sem.readers.push_back(static_cast<int16_t>(c.tid()));
                  return c.next();
                },
                .guard = guard::mmap_sem_read<mm>},
               {"vma = find_extend_vma(svm->mm, address);",
                [](Ctx& c) { return c.call(FnId::find_extend_vma, {c[mm], req_addr(c)}); }},
               {"if (!vma || address < vma->vm_start) goto invalid;",
                [](Ctx& c) {
                  c.set(vma, c.callee_ret<VmaRef>());
                  if (!c[vma] || req_addr(c) < c.vma(c[vma]).start) {
                    c.say(N_("No VMA covers the address: Invalid Request."));
                    return c.go("invalid");
                  }
                  return c.next();
                }},
               {"if (access_error(vma, req)) goto invalid;",
                [](Ctx& c) {
                  const PageRequest r = req(c);
                  uint32_t requested = 0;
                  if (r.exe) requested |= vm::EXEC;
                  if (r.rd) requested |= vm::READ;
                  if (r.wr) requested |= vm::WRITE;
                  return (requested & ~c.vma(c[vma]).flags) ? c.go("invalid") : c.next();
                }},
               {"ret = handle_mm_fault(vma, address, req->wr_req ? FAULT_FLAG_WRITE : 0);",
                [](Ctx& c) {
                  return c.call(FnId::handle_mm_fault, {c[mm], c[vma], req_addr(c), req(c).wr});
                }},
               {"if (ret & VM_FAULT_ERROR) goto invalid; result = QI_RESP_SUCCESS;",
                [](Ctx& c) {
                  if (c.callee_ret() & kVM_FAULT_ERROR) return c.go("invalid");
                  c.set(result, qi::RESP_SUCCESS);
                  return c.next();
                }},
               {.text = "invalid: up_read(&svm->mm->mmap_sem);",
                .body = [](Ctx& c) {
                  auto& r = c.mm(c[mm]).mmap_sem.readers;
                  auto it = std::find(r.begin(), r.end(), c.tid());
                  if (it != r.end()) r.erase(it);
                  return c.next();
                },
                .label = "invalid"},
               {"mmput(svm->mm);", [](Ctx& c) { return c.call(FnId::mmput, {c[mm]}); }},
               {.text = "bad_req: /* Accounting for major/minor faults? */ rcu_read_lock(); "
                        "list_for_each_entry_rcu(sdev, &svm->devs, list) { if (sdev->sid == req->rid) break; } "
                        "rcu_read_unlock(); if (WARN_ON(&sdev->list == &svm->devs)) sdev = NULL;",
                .body = [](Ctx& c) {
                  const uint16_t sid = req(c).sid().v;
                  c.set(sdev, SdevRef{});
                  for (ObjId d : c.svm(c[svm]).devs)
                    if (c.sdev(d.idx).sid.v == sid) {
                      c.set(sdev, SdevRef{d.idx});
                      break;
                    }
                  return c.next();
                },
                .label = "bad_req"},
               {"if (sdev && sdev->ops && sdev->ops->fault_cb) { int rwxp = ...; sdev->ops->fault_cb(sdev->dev, "
                "req->pasid, req->addr, req->priv_data, rwxp, result); }",
                [](Ctx& c) {
                  if (!c[sdev]) return c.next();
                  return c.call(FnId::accel_fault_cb,
                                {c.sdev(c[sdev]).device.idx, req(c).pasid, req_addr(c), c[result]});
                }},
               {"/* We get here in the error case where the PASID lookup failed, and these can be NULL. Do not use "
                "them below this point! */ sdev = NULL; svm = NULL;",
                [](Ctx& c) {
                  // A reference mmget_not_zero() took and no mmput() gave back
                  // dies with the local that knew of it: nobody can put it now.
                  const auto& held = c.thread().held;
                  if (c[mm] && std::any_of(held.begin(), held.end(), [&](const HeldRef& h) {
                        return h.obj == c[mm].id() && h.ctr == Ctr::MmUsers;
                      })) {
                    c.keep(c[mm], Ctr::MmUsers);
                    ++c.mm(c[mm]).lost_users;
                    c.say(N_("The mm_users reference taken by mmget_not_zero() is forgotten here: no mmput() will ever "
                             "give it back, so this mm's users can never reach 0."));
                  }
                  c.set(sdev, SdevRef{});
                  c.set(svm, SvmRef{});
                  return c.next();
                }},
               {.text = "no_pasid: if (req->lpig || req->priv_data_present) { resp.qw0 = QI_PGRP_PASID(req->pasid) | "
                        "QI_PGRP_DID(req->rid) | QI_PGRP_PASID_P(req->pasid_present) | QI_PGRP_PDP(req->pasid_present) "
                        "| QI_PGRP_RESP_CODE(result) | QI_PGRP_RESP_TYPE; resp.qw1 = QI_PGRP_IDX(req->prg_index) | "
                        "QI_PGRP_LPIG(req->lpig); ... qi_submit_sync(iommu, &resp, 1, 0); }",
                .body = [](Ctx& c) {
                  const PageRequest r = req(c);
                  if (!r.lpig) return c.next();
                  // The model's VT-d decodes the 128-bit form (see the file comment).
                  const uint64_t lo = qi::PGRP_PASID(r.pasid) | qi::PGRP_DID(r.sid().v) | qi::PGRP_PASID_P(r.pasid_present) |
                                      qi::PGRP_RESP_TYPE;
                  const uint64_t hi =
                      qi::PGRP_IDX(r.prg_index) | qi::PGRP_PRIV(r.priv_data) | qi::PGRP_RESP_CODE(c[result]);
                  c.say([&] { return txt(N_("Answer: %1."), qi::response_name(c[result])); });
                  return c.call(FnId::qi_submit_sync, {lo, hi});
                },
                .label = "no_pasid"},
               {.text = "head = (head + sizeof(*req)) & PRQ_RING_MASK; }",
                .body = [](Ctx& c) {
                  c.set(head, static_cast<uint32_t>((c[head] + 1) % c.hwr().prq.size()));
                  return c.go("loop");
                },
                .never_local = true},  // reads the IOMMU (the ring's size)
               {.text = "dmar_writeq(iommu->reg + DMAR_PQH_REG, tail); return IRQ_RETVAL(handled);",
                .body = [](Ctx& c) {
                  c.hw().pqh = c[tail];
                  return c.ret(1);
                },
                .label = "end",
                .never_local = true},  // writes the IOMMU
           },
           "v5.6"});
  }
}

}  // namespace svm
