#include "core/iommu/translate.h"

#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/mem/pgtable.h"

namespace svm {

bool is_page_fault(FaultReason r) {
  switch (r) {
    case FaultReason::FlNotPresent:
    case FaultReason::NoWrite:
    case FaultReason::NoExecute:
    case FaultReason::NoRead:
    case FaultReason::UserNotAllowed: return true;
    default: return false;
  }
}

ContextLookup lookup_context(IommuState& hw, const PhysMem& mem, const IommuConfig& cfg, SourceId sid) {
  ContextLookup out;
  for (size_t i = 0; i < hw.context_cache.size(); ++i) {
    if (hw.context_cache[i].sid != sid) continue;
    const auto& e = hw.context_cache[i];
    std::copy(e.ctx, e.ctx + 4, out.ctx);
    out.did = e.did;
    out.ok = true;
    out.cache_hit = true;
    touch_lru(hw.context_cache, i);
    return out;
  }
  const uint8_t bus = sid.v >> 8, devfn = sid.v & 0xff;
  // ECS root entry: lo covers devfn 0-127, hi covers 128-255.
  const uint64_t root = hw.root_table.v << kPageShift;
  const bool scalable = hw.mode == IommuMode::Scalable;
  const uint64_t re = mem.read(PhysAddr{root + bus * 16 + (devfn >= 0x80 ? 8 : 0)});
  if (!(re & vtd::ROOT_P)) {
    out.fault = scalable ? FaultReason::SmRootNotPresent : FaultReason::RootNotPresent;
    return out;
  }
  // 256-bit extended (ECS) or scalable-mode context entries: 128 per 4 KiB
  // table (Linux iommu_context_addr() doubles devfn in both modes).
  const uint64_t ce = (re & vtd::kAddrMask) + (devfn & 0x7f) * 32;
  for (int i = 0; i < 4; ++i) out.ctx[i] = mem.read(PhysAddr{ce + 8 * i});
  if (!(out.ctx[0] & vtd::CONTEXT_P)) {
    out.fault = scalable ? FaultReason::SmContextNotPresent : FaultReason::ContextNotPresent;
    return out;
  }
  // A scalable-mode context entry has no domain id: each PASID entry has its own.
  if (!scalable) out.did = DomainId{static_cast<uint16_t>(vtd::context_did(out.ctx[1]))};
  out.ok = true;
  ContextCacheEntry cce;
  cce.sid = sid;
  cce.did = out.did;
  std::copy(out.ctx, out.ctx + 4, cce.ctx);
  insert_lru(hw.context_cache, cce, cfg.context_cache_entries);
  return out;
}

namespace {

uint8_t needed(const TranslationRequest& rq) {
  uint8_t p = perm::R;
  if (rq.write) p |= perm::W;
  if (rq.exec) p |= perm::X;
  if (!rq.priv) p |= perm::U;
  return p;
}

TranslateResult fault(FaultReason r, WalkRecord* rec) {
  TranslateResult t;
  t.fault = r;
  if (rec) {
    rec->ok = false;
    rec->fault = r;
  }
  return t;
}

TranslateResult translate_sm(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const TranslationRequest& rq,
                             WalkRecord* rec, const ContextLookup& cl);
TranslateResult first_level(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const TranslationRequest& rq,
                            WalkRecord* rec, DomainId did, uint64_t flptr);

}  // namespace

TranslateResult translate(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const TranslationRequest& rq,
                          WalkRecord* rec) {
  if (rec) {
    *rec = {};
    rec->valid = true;
    rec->rq = rq;
  }
  const ContextLookup cl = lookup_context(hw, mem, cfg, rq.sid);
  if (rec) rec->context_cache_hit = cl.cache_hit;
  if (!cl.ok) return fault(cl.fault, rec);
  if (!rq.pasid_present) return fault(FaultReason::PasidDisabled, rec);  // requests-without-PASID: not modeled
  if (hw.mode == IommuMode::Scalable) return translate_sm(hw, mem, cfg, rq, rec, cl);
  if (!(cl.ctx[0] & vtd::CONTEXT_PASIDE)) return fault(FaultReason::PasidDisabled, rec);
  const uint64_t pts = vtd::context_pts(cl.ctx[2]);
  if (rq.pasid.v >= (1ULL << (pts + 5))) return fault(FaultReason::PasidTooLarge, rec);

  // PASID entry: PASID cache, else the PASID table in memory.
  uint64_t pe = 0;
  bool pc_hit = false;
  for (size_t i = 0; i < hw.pasid_cache.size(); ++i) {
    const auto& e = hw.pasid_cache[i];
    if (e.did == cl.did && e.pasid == rq.pasid) {
      pe = e.entry;
      pc_hit = true;
      touch_lru(hw.pasid_cache, i);
      break;
    }
  }
  if (!pc_hit) {
    const uint64_t table = cl.ctx[2] & vtd::kAddrMask;
    pe = mem.read(PhysAddr{table + rq.pasid.v * 8});
    if (pe & vtd::PASID_P) insert_lru(hw.pasid_cache, PasidCacheEntry{cl.did, rq.pasid, pe}, cfg.pasid_cache_entries);
  }
  if (rec) {
    rec->pasid_cache_hit = pc_hit;
    rec->pasid_entry = pe;
  }
  if (!(pe & vtd::PASID_P)) return fault(FaultReason::PasidNotPresent, rec);
  if (rq.priv && !(pe & vtd::PASID_SRE)) return fault(FaultReason::SreDisabled, rec);
  return first_level(hw, mem, cfg, rq, rec, cl.did, pe & vtd::kAddrMask);
}

namespace {

// Scalable mode, from the context entry on: PASIDE, the directory size, the
// PASID cache or directory -> PASID table -> 512-bit entry, then the same
// first-level walk as ECS with the entry's own DID and FLPTR.
TranslateResult translate_sm(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const TranslationRequest& rq,
                             WalkRecord* rec, const ContextLookup& cl) {
  if (rec) {
    rec->scalable = true;
    rec->context_lo = cl.ctx[0];
  }
  if (!(cl.ctx[0] & sm::CTX_PASIDE)) return fault(FaultReason::PasidDisabled, rec);
  // PDTS: the directory has 2^(PDTS + 7) entries of 64 PASIDs each.
  if ((rq.pasid.v >> sm::PASID_PDE_SHIFT) >= (1ULL << (sm::ctx_pdts(cl.ctx[0]) + 7)))
    return fault(FaultReason::PasidTooLarge, rec);
  sm::PasidEntry pe;
  bool pc_hit = false;
  for (size_t i = 0; i < hw.pasid_cache.size(); ++i) {
    const auto& e = hw.pasid_cache[i];
    if (e.scalable && e.pasid == rq.pasid) {
      pe.val[0] = e.entry;
      pe.val[1] = e.val1;
      pe.val[2] = e.val2;
      pc_hit = true;
      touch_lru(hw.pasid_cache, i);
      break;
    }
  }
  if (!pc_hit) {
    const uint64_t dir = cl.ctx[0] & vtd::kAddrMask;
    const uint64_t dea = dir + uint64_t(rq.pasid.v >> sm::PASID_PDE_SHIFT) * 8;
    const uint64_t de = mem.read(PhysAddr{dea});
    if (rec) {
      rec->dir_entry_addr = dea;
      rec->dir_entry = de;
    }
    if (!(de & sm::PDE_P)) return fault(FaultReason::PasidDirNotPresent, rec);
    const uint64_t pea = (de & vtd::kAddrMask) + uint64_t(rq.pasid.v & sm::PASID_PTE_MASK) * sm::kEntryBytes;
    for (int i = 0; i < 3; ++i) pe.val[i] = mem.read(PhysAddr{pea + 8 * uint64_t(i)});
    if (rec) rec->pasid_entry_addr = pea;
    if (pe.present()) {
      PasidCacheEntry ce{DomainId{pe.did()}, rq.pasid, pe.val[0]};
      ce.scalable = true;
      ce.val1 = pe.val[1];
      ce.val2 = pe.val[2];
      insert_lru(hw.pasid_cache, ce, cfg.pasid_cache_entries);
    }
  }
  if (rec) {
    rec->pasid_cache_hit = pc_hit;
    rec->pasid_entry = pe.val[0];
    rec->pasid_entry_sm = {pe.val[0], pe.val[1], pe.val[2]};
  }
  if (!pe.present()) {
    TranslateResult t = fault(FaultReason::PasidNotPresent, rec);
    t.fpd = pe.val[0] & sm::PE_FPD;
    return t;
  }
  // Only first-level-only entries (PGTT 001, what SVA programs) are modeled;
  // any other type is reported as an entry the model cannot walk.
  if (pe.pgtt() != sm::PGTT_FL_ONLY) return fault(FaultReason::PasidEntryInvalid, rec);
  if (rq.priv && !pe.sre()) return fault(FaultReason::SreDisabled, rec);
  return first_level(hw, mem, cfg, rq, rec, DomainId{pe.did()}, pe.flptr() & vtd::kAddrMask);
}

// The first-level part, common to both modes: canonical check, IOTLB, walk.
TranslateResult first_level(IommuState& hw, PhysMem& mem, const IommuConfig& cfg, const TranslationRequest& rq,
                            WalkRecord* rec, DomainId did, uint64_t flptr) {
  if (!is_canonical(rq.va)) return fault(FaultReason::NonCanonical, rec);
  TranslateResult out;
  out.did = did;

  const uint8_t need = needed(rq);
  // IOTLB: a hit is used as is, stale or not. A hit without the needed
  // permission, or a write hit on an entry filled without D, walks again.
  for (size_t i = 0; i < hw.iotlb.size(); ++i) {
    IotlbEntry& e = hw.iotlb[i];
    if (e.did != did || e.pasid != rq.pasid || !e.covers(rq.va)) continue;
    if ((e.perms & need) != need || (rq.write && !e.dirty)) {
      hw.iotlb.erase(hw.iotlb.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
    out.ok = true;
    out.iotlb_hit = true;
    out.va_base = e.va;
    out.level = e.level;
    out.pfn = e.pfn;
    out.perms = e.perms;
    // The generation the entry vouches for, for the frame actually accessed.
    out.gen = e.level == 1 ? e.gen : mem.gen(out.pfn_of(rq.va));
    touch_lru(hw.iotlb, i);
    if (rec) {
      rec->iotlb_hit = true;
      rec->ok = true;
      rec->pa = out.pa(rq.va);
      const Pfn f = out.pfn_of(rq.va);
      rec->stale = mem.state(f) == FrameState::Freed || (mem.state(f) == FrameState::Live && mem.gen(f) != out.gen);
    }
    return out;
  }

  // First-level walk.
  uint64_t table = flptr;
  uint8_t perms = perm::R | perm::W | perm::U | perm::X;
  for (int level = 4; level >= 1; --level) {
    const unsigned idx = pte::index(rq.va, level);
    const PhysAddr ea{table + idx * 8};
    const Pfn tf = to_pfn(ea);
    const bool freed = mem.state(tf) == FrameState::Freed;
    if (freed) out.freed_reads.push_back({tf, false});
    const uint64_t e = mem.read(ea);
    WalkLevel wl{level, idx, ea.v, e, false, false, freed};
    auto push = [&] {
      if (rec) rec->levels.push_back(wl);
    };
    if (!(e & pte::P)) {
      push();
      TranslateResult f = fault(FaultReason::FlNotPresent, rec);
      f.freed_reads = out.freed_reads;
      f.did = did;
      return f;
    }
    const bool leaf = level == 1 || ((level == 2 || level == 3) && (e & pte::PS));
    if (!(e & pte::RW)) perms &= ~perm::W;
    if (!(e & pte::US)) perms &= ~perm::U;
    if (e & pte::XD) perms &= ~perm::X;
    FaultReason fr = FaultReason::None;
    if (!rq.priv && !(e & pte::US))
      fr = FaultReason::UserNotAllowed;
    else if (rq.write && !(e & pte::RW))
      fr = FaultReason::NoWrite;
    else if (rq.exec && (e & pte::XD))
      fr = FaultReason::NoExecute;
    else if (e & pte::reserved_mask(level, leaf))
      fr = FaultReason::FlReserved;
    if (fr != FaultReason::None) {
      push();
      TranslateResult f = fault(fr, rec);
      f.freed_reads = out.freed_reads;
      f.did = did;
      return f;
    }
    uint64_t ne = e | pte::A;
    wl.set_a = !(e & pte::A);
    if (leaf && rq.write) {
      wl.set_d = !(e & pte::D);
      ne |= pte::D;
    }
    if (ne != e) {
      mem.write(ea, ne);
      if (freed) out.freed_reads.back().write = true;
    }
    push();
    if (leaf) {
      const uint64_t span = pte::level_span(level);
      out.ok = true;
      out.level = static_cast<uint8_t>(level);
      out.va_base = rq.va & ~(span - 1);
      out.pfn = Pfn{(pte::addr(e) & ~(span - 1)) >> kPageShift};
      out.perms = perms;
      out.gen = mem.gen(out.pfn_of(rq.va));
      IotlbEntry te;
      te.did = did;
      te.pasid = rq.pasid;
      te.va = out.va_base;
      te.level = out.level;
      te.pfn = out.pfn;
      te.gen = mem.gen(out.pfn);
      te.perms = perms;
      te.dirty = (ne & pte::D) != 0;
      te.global = (e & pte::G) != 0;
      insert_lru(hw.iotlb, te, cfg.iotlb_entries);
      if (rec) {
        rec->ok = true;
        rec->pa = out.pa(rq.va);
      }
      return out;
    }
    table = pte::addr(e);
  }
  return fault(FaultReason::FlAccessError, rec);  // unreachable: level 1 is always a leaf
}

}  // namespace

bool record_fault(IommuState& hw, const IommuConfig& cfg, const FaultRecord& f) {
  if (hw.frcd.size() != cfg.fault_records) hw.frcd.resize(cfg.fault_records);
  if (hw.fsts & vtd::FSTS_PFO) return false;
  for (const auto& r : hw.frcd)
    if (r.f && r.sid == f.sid) return false;  // folded into the pending record
  FaultRecord& slot = hw.frcd[hw.frcd_next % hw.frcd.size()];
  if (slot.f) {
    hw.fsts |= vtd::FSTS_PFO;
    return false;
  }
  slot = f;
  slot.f = true;
  hw.fsts |= vtd::FSTS_PPF;
  hw.frcd_next = (hw.frcd_next + 1) % hw.frcd.size();
  return true;
}

}  // namespace svm
