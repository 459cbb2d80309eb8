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

PageRequest req(const View& c) {
  return PageRequest::decode(Desc{static_cast<uint64_t>(c.v(7)), static_cast<uint64_t>(c.v(6))});
}
uint64_t req_addr(const View& c) { return static_cast<uint64_t>(c.v(6)) & ~0xfffULL; }

Wait svm_mmap_sem_read(const View& v) {
  const uint32_t mm = static_cast<uint32_t>(v.v(3));
  const Mm& m = v.mm_r(mm);
  if (m.mmap_sem.free_for_read()) return {};
  return {Wait::Kind::Lock, N_("mmap_sem (held for write)"), ObjId{Kind::Mm, mm}, m.mmap_sem.writer};
}

Outcome canonical_check(Ctx& c) {
  if (is_canonical(req_addr(c))) return c.next();
  c.say(txt(N_("%1 is not a canonical address: Invalid Request."), hex(req_addr(c))));
  return c.go("bad_req");
}

}  // namespace

void define_era2020(FnTable& t) {
  // v0: head; v1: tail; v2: svm; v3: mm (svm->mm); v4: result; v5: vma, then sdev;
  // v6/v7: the request descriptor (high/low qword)
  t.def({FnId::prq_event_thread,
         "drivers/iommu/intel-svm.c",
         Origin::Driver,
         {},
         {
             {"writel(DMA_PRS_PPR, iommu->reg + DMAR_PRS_REG); tail = dmar_readq(iommu->reg + DMAR_PQT_REG) & "
              "PRQ_RING_MASK; head = dmar_readq(iommu->reg + DMAR_PQH_REG) & PRQ_RING_MASK;",
              [](Ctx& c) {
                c.v(0) = c.hwr().pqh;
                c.v(1) = c.hwr().pqt;
                (void)c.hw();
                return c.next();
              }},
             {"while (head != tail) { handled = 1; req = &iommu->prq[head / sizeof(*req)]; result = "
              "QI_RESP_FAILURE; address = (u64)req->addr << VTD_PAGE_SHIFT;",
              [](Ctx& c) {
                if (c.arg(0) == c.arg(1)) return c.go("end");
                const Desc d = c.hwr().prq[static_cast<size_t>(c.arg(0))];
                c.v(6) = static_cast<int64_t>(d.hi);
                c.v(7) = static_cast<int64_t>(d.lo);
                const PageRequest r = req(c);
                c.v(4) = static_cast<int64_t>(qi::RESP_FAILURE);
                c.v(2) = 0;
                c.v(5) = 0;
                c.text("while (head != tail): req = PRQ[" + std::to_string(c.arg(0)) + "]: " + r.describe());
                return c.next();
              },
              nullptr, nullptr, "loop"},
             {"if (!req->pasid_present) { pr_err(\"%s: Page request without PASID: %08llx %08llx\\n\", ...); goto "
              "no_pasid; }",
              [](Ctx& c) { return req(c).pasid_present ? c.next() : c.go("no_pasid"); }},
             {"if (!svm || svm->pasid != req->pasid) { rcu_read_lock(); svm = ioasid_find(NULL, req->pasid, NULL); "
              "rcu_read_unlock(); if (IS_ERR_OR_NULL(svm)) { pr_err(\"%s: Page request for invalid PASID %d: %08llx "
              "%08llx\\n\", ...); goto no_pasid; } }",
              [](Ctx& c) {
                const ObjId s = c.drv().idr_find(req(c).pasid);
                if (!s) {
                  c.say(txt(N_("No binding for PASID %1: Response Failure."), req(c).pasid));
                  return c.go("no_pasid");
                }
                c.v(2) = s.idx;
                return c.next();
              }},
             {"result = QI_RESP_INVALID; /* Since we're using init_mm.pgd directly, we should never take any faults "
              "on kernel addresses. */ if (!svm->mm) goto bad_req;",
              [](Ctx& c) {
                c.v(4) = static_cast<int64_t>(qi::RESP_INVALID);
                c.v(3) = c.svm(c.arg(2)).mm.idx;
                return c.arg(3) ? c.next() : c.go("bad_req");
              }},
             {"/* If address is not canonical, return invalid response */ if (!is_canonical_address(address)) goto "
              "bad_req;",
              canonical_check, nullptr, check_before},
             {"/* If the mm is already defunct, don't handle faults. */ if (!mmget_not_zero(svm->mm)) goto bad_req;",
              [](Ctx& c) {
                const uint32_t mm = c.arg(3);
                if (!c.inc_not_zero(ObjId{Kind::Mm, mm}, c.mm(mm).users, "mm_users")) {
                  c.say(N_("mm_users is 0: the mm is defunct. The request is refused (Invalid Request)."));
                  return c.go("bad_req");
                }
                c.say(N_("mmget_not_zero(): mm_users +1 for as long as the fault is handled; the mmput() under "
                         "invalid: gives it back."));
                return c.next();
              }},
             {"/* If address is not canonical, return invalid response */ if (!is_canonical_address(address)) goto "
              "bad_req;",
              [](Ctx& c) {
                if (is_canonical(req_addr(c))) return c.next();
                c.say(txt(N_("%1 is not a canonical address: goto bad_req, which is past the mmput(). The mm_users "
                             "reference taken one line above is never given back."),
                          hex(req_addr(c))));
                return c.go("bad_req");
              },
              nullptr, check_after},
             {"down_read(&svm->mm->mmap_sem);",
              [](Ctx& c) {
                c.mm(c.arg(3)).mmap_sem.readers.push_back(static_cast<int16_t>(c.tid()));
                return c.next();
              },
              svm_mmap_sem_read},
             {"vma = find_extend_vma(svm->mm, address);",
              [](Ctx& c) { return c.call(FnId::find_extend_vma, {c.arg(3), static_cast<int64_t>(req_addr(c))}); }},
             {"if (!vma || address < vma->vm_start) goto invalid;",
              [](Ctx& c) {
                c.v(5) = c.View::thread().ret;
                if (!c.arg(5) || req_addr(c) < c.vma(c.arg(5)).start) {
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
                return (requested & ~c.vma(c.arg(5)).flags) ? c.go("invalid") : c.next();
              }},
             {"ret = handle_mm_fault(vma, address, req->wr_req ? FAULT_FLAG_WRITE : 0);",
              [](Ctx& c) {
                return c.call(FnId::handle_mm_fault, {c.arg(3), c.arg(5), static_cast<int64_t>(req_addr(c)), req(c).wr});
              }},
             {"if (ret & VM_FAULT_ERROR) goto invalid; result = QI_RESP_SUCCESS;",
              [](Ctx& c) {
                if (c.View::thread().ret & kVM_FAULT_ERROR) return c.go("invalid");
                c.v(4) = static_cast<int64_t>(qi::RESP_SUCCESS);
                return c.next();
              }},
             {"invalid: up_read(&svm->mm->mmap_sem);",
              [](Ctx& c) {
                auto& r = c.mm(c.arg(3)).mmap_sem.readers;
                auto it = std::find(r.begin(), r.end(), c.tid());
                if (it != r.end()) r.erase(it);
                return c.next();
              },
              nullptr, nullptr, "invalid"},
             {"mmput(svm->mm);", [](Ctx& c) { return c.call(FnId::mmput, {c.arg(3)}); }},
             {"bad_req: /* Accounting for major/minor faults? */ rcu_read_lock(); list_for_each_entry_rcu(sdev, "
              "&svm->devs, list) { if (sdev->sid == req->rid) break; } rcu_read_unlock(); if (WARN_ON(&sdev->list == "
              "&svm->devs)) sdev = NULL;",
              [](Ctx& c) {
                const uint16_t sid = req(c).sid().v;
                c.v(5) = 0;
                for (ObjId d : c.svm(c.arg(2)).devs)
                  if (c.sdev(d.idx).sid.v == sid) {
                    c.v(5) = d.idx;
                    break;
                  }
                return c.next();
              },
              nullptr, nullptr, "bad_req"},
             {"if (sdev && sdev->ops && sdev->ops->fault_cb) { int rwxp = ...; sdev->ops->fault_cb(sdev->dev, "
              "req->pasid, req->addr, req->priv_data, rwxp, result); }",
              [](Ctx& c) {
                if (!c.arg(5)) return c.next();
                return c.call(FnId::accel_fault_cb,
                              {c.sdev(c.arg(5)).device.idx, req(c).pasid, static_cast<int64_t>(req_addr(c)), c.arg(4)});
              }},
             {"/* We get here in the error case where the PASID lookup failed, and these can be NULL. Do not use "
              "them below this point! */ sdev = NULL; svm = NULL;",
              [](Ctx& c) {
                // A reference mmget_not_zero() took and no mmput() gave back
                // dies with the local that knew of it: nobody can put it now.
                const ObjId mm{Kind::Mm, static_cast<uint32_t>(c.arg(3))};
                const auto& held = c.thread().held;
                if (c.arg(3) && std::any_of(held.begin(), held.end(), [&](const HeldRef& h) {
                      return h.obj == mm && h.ctr == Ctr::MmUsers;
                    })) {
                  c.keep(mm, Ctr::MmUsers);
                  ++c.mm(mm.idx).lost_users;
                  c.say(N_("The mm_users reference taken by mmget_not_zero() is forgotten here: no mmput() will ever "
                           "give it back, so this mm's users can never reach 0."));
                }
                c.v(5) = 0;
                c.v(2) = 0;
                return c.next();
              }},
             {"no_pasid: if (req->lpig || req->priv_data_present) { resp.qw0 = QI_PGRP_PASID(req->pasid) | "
              "QI_PGRP_DID(req->rid) | QI_PGRP_PASID_P(req->pasid_present) | QI_PGRP_PDP(req->pasid_present) | "
              "QI_PGRP_RESP_CODE(result) | QI_PGRP_RESP_TYPE; resp.qw1 = QI_PGRP_IDX(req->prg_index) | "
              "QI_PGRP_LPIG(req->lpig); ... qi_submit_sync(iommu, &resp, 1, 0); }",
              [](Ctx& c) {
                const PageRequest r = req(c);
                if (!r.lpig) return c.next();
                // The model's VT-d decodes the 128-bit form (see the file comment).
                const uint64_t lo = qi::PGRP_PASID(r.pasid) | qi::PGRP_DID(r.sid().v) | qi::PGRP_PASID_P(r.pasid_present) |
                                    qi::PGRP_RESP_TYPE;
                const uint64_t hi = qi::PGRP_IDX(r.prg_index) | qi::PGRP_PRIV(r.priv_data) | qi::PGRP_RESP_CODE(c.arg(4));
                c.say(txt(N_("Answer: %1."), qi::response_name(static_cast<uint64_t>(c.arg(4)))));
                return c.call(FnId::qi_submit_sync, {static_cast<int64_t>(lo), static_cast<int64_t>(hi)});
              },
              nullptr, nullptr, "no_pasid"},
             {"head = (head + sizeof(*req)) & PRQ_RING_MASK; }",
              [](Ctx& c) {
                c.v(0) = (c.arg(0) + 1) % static_cast<int64_t>(c.hwr().prq.size());
                return c.go("loop");
              }},
             {"dmar_writeq(iommu->reg + DMAR_PQH_REG, tail); return IRQ_RETVAL(handled);",
              [](Ctx& c) {
                c.hw().pqh = static_cast<uint32_t>(c.arg(1));
                return c.ret(1);
              },
              nullptr, nullptr, "end"},
         },
         "v5.6"});
}

}  // namespace svm
