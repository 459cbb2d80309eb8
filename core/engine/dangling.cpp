#include "core/engine/dangling.h"

#include "core/iommu/regs.h"
#include "core/iommu/scalable.h"
#include "core/mem/pgtable.h"

namespace svm {

std::vector<ObjId> Dangling::objects() const {
  const ObjId frame_id{Kind::Frame, static_cast<uint32_t>(frame.v)};
  if (holder == Holder::DevTlb) return {ObjId{Kind::Device, static_cast<uint32_t>(device + 1)}, frame_id};
  return {ObjId{Kind::Pasid, pasid + 1}, frame_id};
}

namespace {

// FLPTPTR must be the pgd of an mm that is still alive: a freed pgd, or a
// frame freed and reused for something else, is no address space.
bool live_pgd(const LivePgds& k, const PhysMem& mem, Pfn pfn) {
  const FrameInfo* f = mem.info(pfn);
  if (!f || !f->allocated || f->use != FrameUse::Pgd || f->owner.kind != Kind::Mm || !f->owner) return false;
  return k.live(f->owner.idx, pfn);
}

// What a present entry at `level` must lead to: the next table down, or at a
// leaf a page. A frame that is free, or now used for something else, was
// freed under the entry.
bool leads_to_live(const PhysMem& mem, Pfn pfn, int level, bool leaf) {
  const FrameState st = mem.state(pfn);
  if (st == FrameState::NotRam) return true;  // MMIO (a device's doorbell page): never freed
  if (st == FrameState::Freed) return false;
  const FrameUse u = mem.info(pfn)->use;
  if (leaf) return u == FrameUse::UserPage || u == FrameUse::KernelPage;
  const FrameUse want = level == 4 ? FrameUse::Pud : level == 3 ? FrameUse::Pmd : FrameUse::PteTable;
  return u == want;
}

void walk(const PhysMem& mem, Pfn table, int level, uint32_t pasid, uint64_t va_base, std::vector<Dangling>& out) {
  mem.for_each_word(table, [&](uint64_t addr, uint64_t e) {
    if (!(e & pte::P)) return;
    const uint64_t va = va_base + ((addr & (kPageSize - 1)) / 8) * pte::level_span(level);
    const bool leaf = level == 1 || (level <= 3 && (e & pte::PS));
    const Pfn next{pte::addr(e) >> kPageShift};
    if (!leads_to_live(mem, next, level, leaf)) {
      Dangling d;
      d.holder = Dangling::Holder::PasidEntry;
      d.pasid = pasid;
      d.va = va;
      d.frame = next;
      d.via_tables = true;
      out.push_back(d);
      return;
    }
    if (!leaf) walk(mem, next, level - 1, pasid, va, out);
  });
}

// A cached translation is stale once its frame was freed (its generation moves on every free).
bool stale(const PhysMem& mem, Pfn pfn, uint16_t gen) {
  const FrameState st = mem.state(pfn);
  if (st == FrameState::NotRam) return false;
  return st == FrameState::Freed || mem.gen(pfn) != gen;
}

}  // namespace

void LivePgds::take(const KernelState& k) {
  init_mm_ = k.init_mm_pgd;
  mms_.clear();
  for (const Mm& mm : k.mms) mms_.emplace_back(mm.alive, mm.pgd);
}

std::vector<Dangling> find_dangling(const KernelState& k, const PhysMem& mem, const IommuState& hw,
                                    const DeviceTable& devs) {
  return find_dangling(LivePgds(k), mem, hw, devs);
}

void present_pasid_entries(const PhysMem& mem, const IommuState& hw, std::vector<std::pair<uint32_t, uint64_t>>& entries) {
  // ECS, the words of the one table; scalable mode, the tables the directory points at.
  entries.clear();
  if (hw.mode == IommuMode::Ecs && hw.pasid_table.v) {
    mem.for_each_word(hw.pasid_table, [&](uint64_t addr, uint64_t e) {
      if (e & vtd::PASID_P) entries.emplace_back(static_cast<uint32_t>((addr & (kPageSize - 1)) / 8), e & vtd::kAddrMask);
    });
  } else if (hw.mode == IommuMode::Scalable && hw.pasid_dir.v) {
    mem.for_each_word(hw.pasid_dir, [&](uint64_t daddr, uint64_t de) {
      if (!(de & sm::PDE_P)) return;
      const uint32_t dir_index = static_cast<uint32_t>((daddr & (kPageSize - 1)) / 8);
      mem.for_each_word(Pfn{(de & vtd::kAddrMask) >> kPageShift}, [&](uint64_t addr, uint64_t w) {
        if ((addr & (sm::kEntryBytes - 1)) != 0 || !(w & sm::PE_P)) return;
        const uint32_t pasid = dir_index << sm::PASID_PDE_SHIFT | static_cast<uint32_t>((addr & (kPageSize - 1)) / sm::kEntryBytes);
        entries.emplace_back(pasid, sm::read_entry(hw, mem, pasid).flptr);
      });
    });
  }
}

std::vector<Dangling> find_dangling(const LivePgds& k, const PhysMem& mem, const IommuState& hw,
                                    const DeviceTable& devs) {
  std::vector<Dangling> out;
  // One buffer per thread (the explorer checks on several): no allocation per check.
  thread_local std::vector<std::pair<uint32_t, uint64_t>> entries;
  present_pasid_entries(mem, hw, entries);
  {
    for (const auto& [pasid, flptr] : entries) {
      const Pfn pgd{flptr >> kPageShift};
      // A supervisor PASID walks init_mm's page tables, which live as long as the kernel.
      if (k.is_init_mm(pgd)) continue;
      if (!live_pgd(k, mem, pgd)) {
        Dangling d;
        d.pasid = pasid;
        d.frame = pgd;
        out.push_back(d);
        continue;
      }
      walk(mem, pgd, 4, pasid, 0, out);
    }
  }
  for (const PasidCacheEntry& c : hw.pasid_cache) {
    if (!(c.entry & vtd::PASID_P)) continue;
    const Pfn pgd{sm::cached_flptr(c) >> kPageShift};
    if (k.is_init_mm(pgd) || live_pgd(k, mem, pgd)) continue;
    Dangling d;
    d.holder = Dangling::Holder::PasidCache;
    d.pasid = c.pasid.v;
    d.frame = pgd;
    out.push_back(d);
  }
  for (const IotlbEntry& e : hw.iotlb) {
    if (!stale(mem, e.pfn, e.gen)) continue;
    Dangling d;
    d.holder = Dangling::Holder::Iotlb;
    d.pasid = e.pasid.v;
    d.va = e.va;
    d.frame = e.pfn;
    out.push_back(d);
  }
  for (size_t i = 0; i < devs.size(); ++i)
    for (const DevTlbEntry& e : devs[i].devtlb) {
      if (!stale(mem, e.pfn, e.gen)) continue;
      Dangling d;
      d.holder = Dangling::Holder::DevTlb;
      d.pasid = e.pasid.v;
      d.device = static_cast<int>(i);
      d.va = e.va;
      d.frame = e.pfn;
      out.push_back(d);
    }
  return out;
}

}  // namespace svm
