#include "core/iommu/scalable.h"

#include "core/iommu/regs.h"

namespace svm::sm {

PasidEntry first_level_entry(uint64_t pgd_pa, uint16_t did, bool supervisor) {
  // intel_pasid_setup_first_level() (drivers/iommu/intel/pasid.c, v5.18), in
  // its order: pasid_clear_entry(pte); pasid_set_flptr(pte, (u64)__pa(pgd));
  // if (flags & PASID_FLAG_SUPERVISOR_MODE) { pasid_set_sre(pte); pasid_set_wpe(pte); }
  // pasid_set_domain_id(pte, did); pasid_set_address_width(pte, iommu->agaw);
  // pasid_set_page_snoop(pte, !!ecap_smpwc(iommu->ecap));  (ECAP.SMPWC is 0 here)
  // pasid_set_translation_type(pte, PASID_ENTRY_PGTT_FL_ONLY); pasid_set_present(pte);
  PasidEntry e;
  e.val[2] = pgd_pa & kPageMask;
  if (supervisor) e.val[2] |= PE_SRE | PE_WPE;
  e.val[1] = did;
  e.val[0] = (kAgaw48 << 2) | (PGTT_FL_ONLY << 6) | PE_P;
  return e;
}

uint64_t dir_entry_addr(const IommuState& hw, uint32_t pasid) {
  return (hw.pasid_dir.v << kPageShift) + uint64_t(pasid >> PASID_PDE_SHIFT) * 8;
}

uint64_t pasid_entry_addr(const IommuState& hw, const PhysMem& mem, uint32_t pasid) {
  if (hw.mode == IommuMode::Ecs) return (hw.pasid_table.v << kPageShift) + uint64_t(pasid) * 8;
  if (!hw.pasid_dir.v) return 0;
  const uint64_t pde = mem.read(PhysAddr{dir_entry_addr(hw, pasid)});
  if (!(pde & PDE_P)) return 0;
  return (pde & kPageMask & vtd::kAddrMask) + uint64_t(pasid & PASID_PTE_MASK) * kEntryBytes;
}

EntryView read_entry(const IommuState& hw, const PhysMem& mem, uint32_t pasid) {
  EntryView v;
  v.addr = pasid_entry_addr(hw, mem, pasid);
  if (!v.addr) return v;
  const uint64_t w0 = mem.read(PhysAddr{v.addr});
  v.present = w0 & vtd::PASID_P;  // P is bit 0 in both layouts
  if (hw.mode == IommuMode::Ecs) {
    v.flptr = w0 & vtd::kAddrMask;
    v.sre = w0 & vtd::PASID_SRE;
  } else {
    const uint64_t w2 = mem.read(PhysAddr{v.addr + 16});
    v.flptr = w2 & vtd::kAddrMask;
    v.sre = w2 & PE_SRE;
  }
  return v;
}

uint64_t cached_flptr(const PasidCacheEntry& e) {
  return (e.scalable ? e.val2 : e.entry) & vtd::kAddrMask;
}

bool cached_entry_current(const IommuState& hw, const PhysMem& mem, const PasidCacheEntry& e) {
  const uint64_t a = pasid_entry_addr(hw, mem, e.pasid.v);
  if (!a || mem.read(PhysAddr{a}) != e.entry) return false;
  return !e.scalable || (mem.read(PhysAddr{a + 8}) == e.val1 && mem.read(PhysAddr{a + 16}) == e.val2);
}

bool cached_sre(const PasidCacheEntry& e) { return e.scalable ? (e.val2 & PE_SRE) : (e.entry & vtd::PASID_SRE); }

}  // namespace svm::sm
