// The hardware threads' functions: a PASID-capable device doing DMA (device
// TLB, ATS translation requests, PRI page requests, waiting for the page
// group response, retrying), and the IOMMU executing one invalidation
// descriptor. Hardware behaviour as this model understands it from the
// references; the places where it is an assumption say so.

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/iommu/descriptors.h"
#include "core/iommu/fpd.h"
#include "core/iommu/prq.h"
#include "core/iommu/translate.h"

namespace svm {

namespace {

int my_device(const View& v) { return v.cfg().threads[v.tid()].index; }
const DeviceSpec& my_spec(const View& v) { return v.scenario().devices[my_device(v)]; }

// dev_dma's frame, read by the helpers below too. The masks are unsigned:
// with 64 pages bit 63 is set, and mask - 1 on an int64 would overflow.
constexpr Slot<uint64_t> addr{0};
constexpr Slot<int64_t> pages{1};
constexpr Slot<int64_t> flags{2};       // bit 0 write, bit 1 privileged, bit 2 a bare page request
constexpr Slot<int64_t> want_pasid{3};  // the PASID the script names, or -1: the one programmed
constexpr Slot<uint64_t> to_translate{4};  // pages still to translate; the lowest is worked on
constexpr Slot<int64_t> round{5};          // page-request rounds so far (retries)
constexpr Slot<uint64_t> awaiting{6};      // pages waiting for a page group response
constexpr Slot<Pasid> pasid{7};            // the PASID the requests carry

int cur_page(const View& v) { return v[to_translate] ? __builtin_ctzll(v[to_translate]) : 0; }
uint64_t page_va(const View& v) { return v[addr] + static_cast<uint64_t>(cur_page(v)) * kPageSize; }
bool is_write(const View& v) { return v[flags] & 1; }
bool is_priv(const View& v) { return v[flags] & 2; }

TranslateResult iommu_translate(Ctx& c, bool ats) {
  const DeviceSpec& d = my_spec(c);
  TranslationRequest rq;
  rq.sid = SourceId{d.sid};
  rq.pasid = c[pasid];
  rq.va = page_va(c);
  rq.write = is_write(c);
  rq.priv = is_priv(c);
  rq.ats = ats;
  WalkRecord rec;
  const TranslateResult r =
      translate(c.hw(), c.mem(), c.cfg().iommu(), rq, c.tracing() || c.counts_frames() ? &rec : nullptr);
  // The walk read (and marked) the tables of an address space: the
  // explorer holds that to their mm's owner (a breach if a process owns it).
  if (c.counts_frames())
    for (const WalkLevel& l : rec.levels) c.frame_r(to_pfn(PhysAddr{l.entry_addr}));
  for (const FreedRead& f : r.freed_reads) c.report_freed_frame(f.pfn, Text::literal(f.write ? N_("IOMMU page walk A/D update in") : N_("IOMMU page walk read of")));
  if (c.tracing()) {
    Observations& o = c.obs();
    rec.device = static_cast<int16_t>(my_device(c));
    o.last_walk = rec;
    (r.iotlb_hit ? o.iotlb_hits : o.iotlb_misses)++;
    (rec.pasid_cache_hit ? o.pasid_cache_hits : o.pasid_cache_misses)++;
  }
  return r;
}

void record(Ctx& c, FaultReason reason) {
  const DeviceSpec& d = my_spec(c);
  FaultRecord f;
  f.reason = reason;
  f.sid = SourceId{d.sid};
  f.addr = page_va(c) & ~0xfffULL;
  f.pasid_present = true;
  f.pasid = c[pasid];
  f.write = is_write(c);
  f.priv = is_priv(c);
  const bool scalable = c.hwr().mode == IommuMode::Scalable;
  if (fault_qualified(reason))
    if (const FpdWhere w = fault_processing_disabled(c.hwr(), c.memr(), f.sid, f.pasid); w != FpdWhere::None) {
      c.say([&] {
        return txt(Text::literal(w == FpdWhere::ContextEntry    ? N_("Fault %1 not recorded: FPD (fault processing disable) is set in the context entry.")
                   : w == FpdWhere::PasidDirEntry ? N_("Fault %1 not recorded: FPD (fault processing disable) is set in the PASID directory entry.")
                                                  : N_("Fault %1 not recorded: FPD (fault processing disable) is set in the PASID entry.")),
                   fault_text(reason, scalable));
      });
      return;
    }
  const bool kept = record_fault(c.hw(), c.cfg().iommu(), f);
  c.say([&] {
    return kept ? txt(N_("Fault %1 recorded in the fault recording registers."), fault_text(reason, scalable))
                : txt(N_("Fault %1 (not recorded: a record from this device is still pending, or the registers overflowed)."),
                      fault_text(reason, scalable));
  });
}

// The checks at the memory access itself: the frame must still be what the
// translation said it was, and must belong to the address space the PASID is
// bound to.
void access(Ctx& c, Pfn pfn, uint16_t gen) {
  const int dev = my_device(c);
  const DeviceSpec& d = my_spec(c);
  const uint32_t pasid_nr = c[pasid].v;
  const uint64_t va = page_va(c);
  const bool write = is_write(c);
  const PhysMem& mem = c.memr();
  const FrameState st = mem.state(pfn);
  const FrameInfo* fi = mem.info(pfn);
  bool bad = false;
  if (st == FrameState::Freed) {
    c.report_freed_frame(pfn, write ? txt(N_("device %1 DMA write to"), d.name) : txt(N_("device %1 DMA read of"), d.name));
    bad = true;
  } else if (st == FrameState::Live && fi && fi->gen != gen) {
    c.report_freed_frame(pfn, write ? txt(N_("device %1 DMA write to"), d.name) : txt(N_("device %1 DMA read of"), d.name));
    bad = true;
  }
  // Isolation: who is this PASID bound to, and is this device one of its users?
  const ObjId svm = c.drvr().idr_find(pasid_nr);
  if (svm) {
    const IntelSvm& s = c.svm_r(svm.idx);
    bool bound = false;
    for (ObjId sd : s.devs)
      if (c.sdev_r(sd.idx).device.idx == static_cast<uint32_t>(dev + 1)) bound = true;
    if (!bound)
      c.report(ViolationKind::Isolation,
               txt(N_("isolation: device %1 reached PASID %2 without being bound to it (the PASID table is shared by "
                      "every device behind this IOMMU)"),
                   d.name, pasid_nr),
               {svm, ObjId{Kind::Device, static_cast<uint32_t>(dev + 1)}});
    if (st == FrameState::Live && fi && fi->use == FrameUse::UserPage && s.mm && fi->owner != s.mm)
      c.report(ViolationKind::Isolation,
               txt(N_("isolation: DMA for PASID %1 (bound to %2) reached a page of %3"), pasid_nr, to_string(s.mm),
                   to_string(fi->owner)),
               {svm, fi->owner, ObjId{Kind::Frame, static_cast<uint32_t>(pfn.v)}});
  }
  DeviceState& ds = c.dev(dev);
  ++ds.dma_ok;
  const std::string pa = hex((pfn.v << kPageShift) | (va & 0xfff));
  if (bad)
    c.say([&] {
      return write ? txt(N_("DMA write to %1 -> %2 (memory that is no longer this process's)"), hex(va), pa)
                   : txt(N_("DMA read of %1 -> %2 (memory that is no longer this process's)"), hex(va), pa);
    });
  else
    c.say([&] {
      return write ? txt(N_("DMA write to %1 -> %2"), hex(va), pa) : txt(N_("DMA read of %1 -> %2"), hex(va), pa);
    });
}

// "PASID not present" on a PASID whose binding is alive: another PASID's
// teardown disturbed this one.
void check_disturbed(Ctx& c, FaultReason r) {
  if (r != FaultReason::PasidNotPresent) return;
  const uint32_t pasid_nr = c[pasid].v;
  const ObjId svm = c.drvr().idr_find(pasid_nr);
  if (!svm) return;
  const IntelSvm& s = c.svm_r(svm.idx);
  if (s.mm && c.mm_r(s.mm.idx).alive && c.mm_r(s.mm.idx).users > 0)
    c.report(ViolationKind::Isolation,
             txt(N_("isolation: PASID %1 is bound to a live mm, yet its entry is not present"), pasid_nr),
             {svm, s.mm});
}

void fill_devtlb(Ctx& c, const TranslateResult& r) {
  const int dev = my_device(c);
  DevTlbEntry e;
  e.pasid = c[pasid];
  e.va = r.va_base;
  e.level = r.level;
  e.pfn = r.pfn;
  e.gen = r.gen;
  e.perms = r.perms;
  if (r.level > 1) {  // cache the 4 KiB piece actually used
    e.va = page_va(c) & ~0xfffULL;
    e.level = 1;
    e.pfn = r.pfn_of(page_va(c));
  }
  insert_lru(c.dev(dev).devtlb, e, my_spec(c).devtlb_entries);
}

// The device sends one page group per page, with PRG index = page number.
uint16_t prg_of(int page) { return static_cast<uint16_t>(page & 0x1ff); }

Wait responses_arrived(const View& v) {
  const auto& rs = v.devr(my_device(v)).responses;
  for (uint64_t m = v[awaiting]; m; m &= m - 1) {
    const int page = __builtin_ctzll(m);
    if (std::none_of(rs.begin(), rs.end(), [&](const Response& r) { return r.prg == prg_of(page); }))
      return {Wait::Kind::Event, N_("page group responses"), {}, v.cfg().prq_thread()};
  }
  return {};
}

void page_done(Ctx& c) {
  const uint64_t left = c[to_translate];
  c.set(to_translate, left & (left - 1));
}

}  // namespace

void define_hardware(FnTable& t) {
  t.def({FnId::dev_dma,
         N_("PCIe device with ATS and PRI"),
         Origin::Hardware,
         {},
         {
             {.text = "start the transfer",
              .body = [](Ctx& c) {
                const DeviceState& ds = c.devr(my_device(c));
                if (ds.stopped) {
                  c.say(N_("The device was stopped by its driver: the request is not issued."));
                  return c.ret(-1);
                }
                c.dev(my_device(c)).busy = true;
                if (c[want_pasid] >= 0) {
                  c.set(pasid, Pasid{static_cast<uint32_t>(c[want_pasid])});
                } else if (ds.pasid_valid) {
                  c.set(pasid, Pasid{ds.pasid});
                } else {
                  c.say(N_("No PASID programmed into the device: nothing is issued."));
                  c.dev(my_device(c)).dma_failed += static_cast<uint32_t>(c[pages]);
                  c.dev(my_device(c)).busy = false;
                  return c.ret(-1);
                }
                c.set(to_translate, c[pages] >= 64 ? ~0ULL : (1ULL << c[pages]) - 1);
                if (c[flags] & 4) {
                  // A page request action: PRI lets a device ask for a page
                  // whenever it likes; the answer decides whether it then
                  // translates (Success) or gives up.
                  c.set(awaiting, c[to_translate]);
                  c.set(to_translate, 0);
                }
                return c.next();
              },
              .never_local = true},  // reads the device
             {.text = "next page: device-TLB lookup",
              .body = [](Ctx& c) {
                const int dev = my_device(c);
                if (c.devr(dev).stopped && c[to_translate]) {
                  // Stopped by its driver: no new request for the pages left.
                  c.say(N_("The driver stopped the device: the rest of the transfer is abandoned."));
                  c.dev(dev).dma_failed += static_cast<uint32_t>(__builtin_popcountll(c[to_translate]));
                  c.set(to_translate, 0);
                }
                if (!c[to_translate]) {
                  if (!c[awaiting]) {
                    c.text("every page done: the transfer ends");
                    c.dev(dev).busy = false;
                    return c.ret(0);
                  }
                  c.text("every page translated or waiting for software: send the page requests");
                  return c.go("pri");
                }
                const DeviceState& ds = c.devr(dev);
                const uint64_t va = page_va(c);
                c.text([&] {
                  return std::string(is_write(c) ? "DMA write " : "DMA read ") + hex(va) + ", PASID " +
                         std::to_string(c[pasid].v) + ": device-TLB lookup";
                });
                if (!ds.ats_enabled) return c.go("untranslated");
                auto& tlb = c.dev(dev).devtlb;
                for (size_t i = 0; i < tlb.size(); ++i) {
                  const DevTlbEntry& e = tlb[i];
                  if (e.pasid != c[pasid] || !e.covers(va)) continue;
                  if (is_write(c) && !(e.perms & perm::W)) break;
                  const Pfn pfn{e.pfn.v + ((va - e.va) >> kPageShift)};
                  const uint16_t gen = e.gen;
                  touch_lru(tlb, i);
                  if (c.tracing()) c.obs().devtlb_hits++;
                  c.say(N_("Device-TLB hit."));
                  access(c, pfn, gen);
                  page_done(c);
                  return c.go("page");
                }
                if (c.tracing()) c.obs().devtlb_misses++;
                return c.next();
              },
              .label = "page",
              .never_local = true},  // reads the device
             {.text = "ATS Translation Request to the IOMMU",
              .body = [](Ctx& c) {
                const TranslateResult r = iommu_translate(c, true);
                if (r.ok) {
                  fill_devtlb(c, r);
                  c.say([&] {
                    return r.iotlb_hit ? txt(N_("Translation completion: %1 (IOTLB hit)."), hex(r.pa(page_va(c))))
                                     : txt(N_("Translation completion: %1 (page walk)."), hex(r.pa(page_va(c))));
                  });
                  return c.next();
                }
                if (is_page_fault(r.fault)) {
                  c.say([&] {
                    return txt(N_("Translation completion without the needed permission (%1)."),
                               fault_text(r.fault, c.hwr().mode == IommuMode::Scalable));
                  });
                  if (c.devr(my_device(c)).pri_enabled && c[round] < static_cast<int64_t>(my_spec(c).max_retries)) {
                    c.set(awaiting, c[awaiting] | (uint64_t(1) << cur_page(c)));  // ask software for it
                    page_done(c);
                    return c.go("page");
                  }
                  if (c[round] >= static_cast<int64_t>(my_spec(c).max_retries))
                    c.say([&] {
                      return txt(N_("Still no page after %1 retries: the device gives up."), my_spec(c).max_retries);
                    });
                  return c.go("fail");
                }
                check_disturbed(c, r.fault);
                record(c, r.fault);
                c.say(N_("The translation request fails (Unsupported Request completion)."));
                return c.go("fail");
              },
              .never_local = true},  // asks the IOMMU
             {.text = "Translated Request: the device accesses memory with the address it was given",
              .body = [](Ctx& c) {
                const int dev = my_device(c);
                const uint64_t va = page_va(c);
                for (const DevTlbEntry& e : c.devr(dev).devtlb)
                  if (e.pasid == c[pasid] && e.covers(va)) {
                    access(c, Pfn{e.pfn.v + ((va - e.va) >> kPageShift)}, e.gen);
                    break;
                  }
                page_done(c);
                return c.go("page");
              },
              .never_local = true},  // reads the device
             {.text = "Untranslated Request: the IOMMU translates it on the way to memory",
              .body = [](Ctx& c) {
                const TranslateResult r = iommu_translate(c, false);
                if (r.ok) {
                  access(c, r.pfn_of(page_va(c)), r.gen);
                  page_done(c);
                  return c.go("page");
                }
                check_disturbed(c, r.fault);
                record(c, r.fault);
                return c.go("fail");
              },
              .label = "untranslated",
              .never_local = true},  // asks the IOMMU
             {.text = "PRI Page Request (LPIG=1) to the IOMMU's page request queue",
              .body = [](Ctx& c) {
                const int dev = my_device(c);
                const DeviceSpec& d = my_spec(c);
                // The next page without an outstanding request.
                int page = -1;
                for (uint64_t m = c[awaiting]; m; m &= m - 1) {
                  const int p = __builtin_ctzll(m);
                  const auto& out = c.devr(dev).outstanding;
                  const auto& rs = c.devr(dev).responses;
                  if (std::none_of(out.begin(), out.end(), [&](const PendingRequest& r) { return r.prg == prg_of(p); }) &&
                      std::none_of(rs.begin(), rs.end(), [&](const Response& r) { return r.prg == prg_of(p); })) {
                    page = p;
                    break;
                  }
                }
                if (page < 0) {
                  c.text("every page request sent: wait for the answers");
                  return c.go("wait");
                }
                if (c.devr(dev).stopped) {  // a stopped device sends nothing new
                  c.set(awaiting, c[awaiting] & ~(uint64_t(1) << page));
                  c.dev(dev).dma_failed++;
                  c.text([&] {
                    return "the device is stopped: no page request for " + hex(c[addr] + uint64_t(page) * kPageSize);
                  });
                  return c.go("pri");
                }
                PageRequest pr;
                pr.pasid_present = true;
                pr.pasid = c[pasid].v;
                pr.lpig = true;
                pr.bus = static_cast<uint8_t>(d.sid >> 8);
                pr.devfn = static_cast<uint8_t>(d.sid & 0xff);
                pr.prg_index = prg_of(page);
                pr.rd = !is_write(c);
                pr.wr = is_write(c);
                pr.priv = is_priv(c);
                pr.addr = c[addr] + static_cast<uint64_t>(page) * kPageSize;
                c.dev(dev).outstanding.push_back({pr.prg_index, Pasid{pr.pasid}, pr.addr, pr.wr});
                const uint32_t slot = c.hwr().pqt;
                const PrqResult res = queue_page_request(c.hw(), c.mem(), c.cfg().iommu(), pr);
                // The step's line says what became of the request: queued, or
                // dropped, and who answers a dropped one (iommu/prq.h).
                const bool dropped = res == PrqResult::Overflow || res == PrqResult::Dropped;
                const bool autoresp = dropped && autoresponds_on_overflow(c.cfg().iommu(), pr);
                std::string fate;
                switch (res) {
                  case PrqResult::Queued: fate = " -> queued in PRQ[" + std::to_string(slot) + "]"; break;
                  case PrqResult::PreDisabled: fate = " -> refused: PRE=0, fault recorded"; break;
                  case PrqResult::Overflow: fate = " -> DROPPED: the queue is full, PRO set (overflow)"; break;
                  case PrqResult::Dropped: fate = " -> DROPPED: PRO is set (overflow)"; break;
                }
                if (autoresp) fate += "; the IOMMU answers Success itself (modeled)";
                else if (dropped) fate += "; nobody answers it: the device waits";
                c.text([&] { return "PRI Page Request: " + pr.describe() + fate; });
                if (dropped && c.tracing())
                  c.obs().prq_dropped.push_back({pr.encode(), res == PrqResult::Overflow, autoresp,
                                                 static_cast<uint8_t>(qi::RESP_SUCCESS)});
                switch (res) {
                  case PrqResult::Queued: c.say(N_("Queued in the page request queue; the IOMMU raises its interrupt.")); break;
                  case PrqResult::PreDisabled:
                    c.say(N_("The context entry has no PRE: fault recorded, and no answer will come."));
                    break;
                  case PrqResult::Overflow:
                    c.say(N_("The page request queue is full: PRO set, the request is dropped."));
                    break;
                  case PrqResult::Dropped:
                    c.say(N_("PRO is still set (Linux 4.4 never clears it): the request is dropped."));
                    break;
                }
                if (autoresp) {
                  c.dev(dev).responses.push_back({pr.prg_index, static_cast<uint8_t>(qi::RESP_SUCCESS), true});
                  c.say(N_("(Modeled, UNVERIFIED: the IOMMU answers it itself with Success, so the device retries.)"));
                }
                return c.go("pri");
              },
              .label = "pri"},
             {.text = "wait for the Page Group Responses",
              .body = [](Ctx& c) {
                const int dev = my_device(c);
                DeviceState& ds = c.dev(dev);
                int ok = 0, ok_iommu = 0, invalid = 0, failure = 0;
                for (uint64_t m = c[awaiting]; m; m &= m - 1) {
                  const int page = __builtin_ctzll(m);
                  auto it = std::find_if(ds.responses.begin(), ds.responses.end(),
                                         [&](const Response& r) { return r.prg == prg_of(page); });
                  const uint8_t code = it->code;
                  const bool by_iommu = it->by_iommu;
                  ds.responses.erase(it);
                  std::erase_if(ds.outstanding, [&](const PendingRequest& r) { return r.prg == prg_of(page); });
                  if (code == qi::RESP_SUCCESS) {
                    c.set(to_translate, c[to_translate] | (uint64_t(1) << page));  // retry it
                    ++(by_iommu ? ok_iommu : ok);
                  } else {
                    ++ds.dma_failed;
                    if (code == qi::RESP_FAILURE) {
                      ds.pri_enabled = false;
                      ++failure;
                    } else {
                      ++invalid;
                    }
                  }
                }
                c.set(awaiting, 0);
                c.set(round, c[round] + 1);
                std::string what;
                if (ok) what += std::to_string(ok) + " Success";
                if (ok_iommu)
                  what += (what.empty() ? "" : ", ") + std::to_string(ok_iommu) +
                          " Success generated by the IOMMU for dropped requests (modeled)";
                if (invalid) what += (what.empty() ? "" : ", ") + std::to_string(invalid) + " Invalid Request";
                if (failure) what += (what.empty() ? "" : ", ") + std::to_string(failure) + " Response Failure";
                c.text([&] { return "Page Group Response(s) received: " + what; });
                if (ok || ok_iommu) c.say(N_("The device retries the translation of the pages answered with Success."));
                if (invalid) c.say(N_("Invalid Request: those accesses fail."));
                if (failure) c.say(N_("Response Failure: the device disables PRI."));
                return c.go("page");
              },
              .guard = responses_arrived,
              .label = "wait"},
             {.text = "the transfer of this page fails (the device reports an error)",
              .body = [](Ctx& c) {
                c.dev(my_device(c)).dma_failed++;
                page_done(c);
                return c.go("page");
              },
              .label = "fail",
              .never_local = true},  // writes the device
         }});

}

}  // namespace svm
