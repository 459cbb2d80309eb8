// drivers/iommu/intel-svm.c: prq_event_thread(), the page-request handler,
// per request. The v4.5 guard (atomic_inc_not_zero on mm_users, and the
// matching mmput) is what keeps it off a defunct mm: exit_mmap() runs without
// mmap_sem, so holding mmap_sem alone protects nothing once mm_users is 0.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/guards.h"
#include "core/iommu/descriptors.h"

namespace svm {

namespace {

constexpr int64_t kVM_FAULT_ERROR = 0x2 | 0x1 | 0x40 | 0x10 | 0x20 | 0x800;

bool guarded(const Variant& v) { return v.fault_guard; }

// prq_event_thread()'s `req`, the request at head, as read at the top of the
// loop: its two qwords, in slots 6 and 7 of the function's frame (declared
// here because req() and req_addr() read them). Hardware never writes a ring
// entry between head and tail, so reading it once is the same as the driver
// reading req->field each time.
constexpr Slot<uint64_t> req_hi{6};
constexpr Slot<uint64_t> req_lo{7};

PageRequest req(const View& c) { return PageRequest::decode(Desc{c[req_lo], c[req_hi]}); }
// address = (u64)req->addr << VTD_PAGE_SHIFT;
uint64_t req_addr(const View& c) { return c[req_hi] & ~0xfffULL; }

}  // namespace

void define_prq(FnTable& t) {
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
               {.text = "tail = dmar_readq(iommu->reg + DMAR_PQT_REG) & PRQ_RING_MASK; head = dmar_readq(iommu->reg + "
                "DMAR_PQH_REG) & PRQ_RING_MASK;",
                .body = [](Ctx& c) {
                  c.set(head, c.hwr().pqh);
                  c.set(tail, c.hwr().pqt);
                  (void)c.hw();
                  return c.next();
                },
                .never_local = true},  // reads the IOMMU
               {.text = "while (head != tail) { req = &iommu->prq[head / sizeof(*req)]; result = QI_RESP_FAILURE; "
                        "address = (u64)req->addr << VTD_PAGE_SHIFT;",
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
               {"if (!req->pasid_present) { pr_err(\"%s: Page request without PASID\"); goto bad_req; }",
                [](Ctx& c) { return req(c).pasid_present ? c.next() : c.go("bad_req"); }},
               {"if (!svm || svm->pasid != req->pasid) { rcu_read_lock(); svm = idr_find(&iommu->pasid_idr, "
                "req->pasid); rcu_read_unlock(); if (!svm) { pr_err(\"%s: Page request for invalid PASID %d\"); goto "
                "no_pasid; } }",
                [](Ctx& c) {
                  const ObjId s = c.drv().idr_find(req(c).pasid);
                  if (!s) {
                    c.say([&] { return txt(N_("No binding for PASID %1: Response Failure."), req(c).pasid); });
                    return c.go("no_pasid");
                  }
                  c.set(svm, SvmRef{s.idx});
                  return c.next();
                }},
               {"result = QI_RESP_INVALID; if (!svm->mm) goto bad_req;",
                [](Ctx& c) {
                  c.set(result, qi::RESP_INVALID);
                  c.set(mm, MmRef{c.svm(c[svm]).mm.idx});
                  return c[mm] ? c.next() : c.go("bad_req");
                }},
               {.text = "/* If the mm is already defunct, don't handle faults. */ if "
                        "(!atomic_inc_not_zero(&svm->mm->mm_users)) goto bad_req;",
                .body = [](Ctx& c) {
                  if (!c.inc_not_zero(c[mm].id(), c.mm(c[mm]).users, "mm_users")) {
                    c.say(N_("mm_users is 0: the mm is defunct. The request is refused (Invalid Request)."));
                    return c.go("bad_req");
                  }
                  c.say(N_("mm_users +1 for as long as the fault is handled."));
                  return c.next();
                },
                .when = guarded},
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
               {"ret = handle_mm_fault(svm->mm, vma, address, req->wr_req ? FAULT_FLAG_WRITE : 0);",
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
               {.text = "mmput(svm->mm);",
                .body = [](Ctx& c) { return c.call(FnId::mmput, {c[mm]}); },
                .when = guarded},
               {.text = "bad_req: rcu_read_lock(); list_for_each_entry_rcu(sdev, &svm->devs, list) { if (sdev->sid == "
                        "PCI_DEVID(req->bus, req->devfn)) break; } rcu_read_unlock(); if (WARN_ON(&sdev->list == "
                        "&svm->devs)) sdev = NULL;",
                .body = [](Ctx& c) {
                  if (!c[svm])
                    return c.oops(N_("BUG: unable to handle kernel NULL pointer dereference in prq_event_thread(): svm is "
                                     "NULL at bad_req"));
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
                "req->pasid, req->addr, req->private, rwxp, result); }",
                [](Ctx& c) {
                  if (!c[sdev]) return c.next();
                  return c.call(FnId::accel_fault_cb,
                                {c.sdev(c[sdev]).device.idx, req(c).pasid, req_addr(c), c[result]});
                }},
               {"sdev = NULL; svm = NULL;",
                [](Ctx& c) {
                  c.set(sdev, SdevRef{});
                  c.set(svm, SvmRef{});
                  return c.next();
                }},
               {.text = "no_pasid: if (req->lpig) { resp.low = QI_PGRP_PASID(req->pasid) | QI_PGRP_DID((req->bus << 8) "
                        "| req->devfn) | QI_PGRP_PASID_P(req->pasid_present) | QI_PGRP_RESP_TYPE; resp.high = "
                        "QI_PGRP_IDX(req->prg_index) | QI_PGRP_PRIV(req->private) | QI_PGRP_RESP_CODE(result); "
                        "qi_submit_sync(&resp, iommu); } else if (req->srr) { /* Page Stream Response */ ... }",
                .body = [](Ctx& c) {
                  const PageRequest r = req(c);
                  if (!r.lpig && !r.srr) return c.next();
                  uint64_t lo, hi;
                  if (r.lpig) {
                    lo = qi::PGRP_PASID(r.pasid) | qi::PGRP_DID(r.sid().v) | qi::PGRP_PASID_P(r.pasid_present) |
                         qi::PGRP_RESP_TYPE;
                    hi = qi::PGRP_IDX(r.prg_index) | qi::PGRP_PRIV(r.priv_data) | qi::PGRP_RESP_CODE(c[result]);
                  } else {
                    lo = (uint64_t(r.prg_index) << 55) | (uint64_t(r.priv_data) << 32) | (uint64_t(r.bus) << 24) |
                         (uint64_t(r.pasid) << 4) | qi::PSTRM_RESP_TYPE;
                    hi = (r.addr & ~0xfffULL) | (uint64_t(r.devfn) << 4) | c[result];
                  }
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
           }});
  }
}

}  // namespace svm
