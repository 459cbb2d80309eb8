#pragma once
// VT-d scalable mode (rev 3.x): the translation structures Linux programs on
// hardware with ECAP.SMTS, as the kernel of the museum's 2022 era writes them.
// Every bit below is named after the Linux line that sets it; the sources are
// quoted in docs/history.md ("Scalable mode") and reference/vtd-hardware.md 2b.
//
// Glossary: in scalable mode (RTADDR.TTM = 01, Linux DMA_RTADDR_SMT) the root
// entry still splits a bus into a lower (devfn 0-127) and an upper (128-255)
// context table, but a scalable-mode context entry no longer holds a
// translation: it points at the device's PASID directory (PASIDDIRPTR, with
// its size PDTS) and says whether requests-with-PASID (PASIDE), the device
// TLB (DTE) and page requests (PRE) are allowed. The PASID directory is
// indexed by PASID[19:6] (PASID_PDE_SHIFT = 6); each present directory entry
// points at a 4 KiB PASID table of 64 entries of 512 bits (struct pasid_entry
// { u64 val[8]; }), indexed by PASID[5:0]. A PASID-table entry carries what
// ECS kept per device: the domain id (DID), the translation type (PGTT: 1 =
// first level only, the SVA case), the first-level pointer (FLPTR = the
// process's pgd) and SRE (supervisor requests).

#include <cstdint>

#include "core/iommu/iommu_state.h"
#include "core/mem/physmem.h"

namespace svm::sm {

// RTADDR_REG: include/linux/intel-iommu.h (v5.18) `#define DMA_RTADDR_SMT (((u64)1) << 10)`.
inline constexpr uint64_t RTADDR_SMT = 1ULL << 10;
// ECAP, rev 3.x: ecap_smts() is bit 43, ecap_flts() bit 47.
inline constexpr uint64_t ECAP_SMTS = 1ULL << 43;
inline constexpr uint64_t ECAP_FLTS = 1ULL << 47;

// Scalable-mode context entry, lo (drivers/iommu/intel/iommu.c, v5.18):
// context_set_present() bit 0, FPD bit 1 (cleared by context_set_fault_enable()),
// context_set_sm_dte() `context->lo |= (1 << 2)`, CONTEXT_PASIDE BIT_ULL(3)
// (set by intel_iommu_enable_pasid()), context_set_sm_pre() `context->lo |= (1 << 4)`,
// `#define context_pdts(pds) (((pds) & 0x7) << 9)`, PASID directory pointer 63:12.
inline constexpr uint64_t CTX_P = 1ULL << 0;
inline constexpr uint64_t CTX_FPD = 1ULL << 1;
inline constexpr uint64_t CTX_DTE = 1ULL << 2;
inline constexpr uint64_t CTX_PASIDE = 1ULL << 3;
inline constexpr uint64_t CTX_PRE = 1ULL << 4;
constexpr uint64_t context_pdts(uint64_t pds) { return (pds & 0x7) << 9; }
constexpr uint64_t ctx_pdts(uint64_t lo) { return (lo >> 9) & 0x7; }
// hi: context_set_sm_rid2pasid() `context->hi |= pasid & ((1 << 20) - 1)`.
constexpr uint64_t ctx_rid_pasid(uint64_t hi) { return hi & 0xfffff; }

// PASID directory entry: pasid.h PASID_PTE_PRESENT 1, PDE_PFN_MASK PAGE_MASK.
inline constexpr uint64_t PDE_P = 1ULL << 0;
inline constexpr uint64_t PDE_FPD = 1ULL << 1;  // fault processing disable for the 64 PASIDs it covers
inline constexpr unsigned PASID_PDE_SHIFT = 6;
inline constexpr uint32_t PASID_PTE_MASK = 0x3f;
inline constexpr uint64_t kEntryBytes = 64;  // struct pasid_entry { u64 val[8]; }

// 512-bit PASID-table entry (pasid.c, v5.18 setters), as bits of val[0..2]:
// val[0]: pasid_set_present() bit 0, FPD bit 1, pasid_set_address_width()
// GENMASK(4, 2), pasid_set_translation_type() GENMASK(8, 6).
// val[1]: pasid_set_domain_id() GENMASK(15, 0) (bits 79:64), pasid_set_page_snoop() bit 23 (87).
// val[2]: pasid_set_sre() bit 0 (128), pasid_set_flpm() GENMASK(3, 2), pasid_set_wpe() bit 4,
//         pasid_set_flptr() VTD_PAGE_MASK (bits 191:140).
inline constexpr uint64_t PE_P = 1ULL << 0;
inline constexpr uint64_t PE_FPD = 1ULL << 1;
constexpr uint64_t pe_aw(uint64_t v0) { return (v0 >> 2) & 0x7; }
constexpr uint64_t pe_pgtt(uint64_t v0) { return (v0 >> 6) & 0x7; }
inline constexpr uint64_t PGTT_FL_ONLY = 1;  // PASID_ENTRY_PGTT_FL_ONLY
inline constexpr uint64_t PGTT_SL_ONLY = 2;
inline constexpr uint64_t PGTT_NESTED = 3;
inline constexpr uint64_t PGTT_PT = 4;
constexpr uint16_t pe_did(uint64_t v1) { return static_cast<uint16_t>(v1 & 0xffff); }
inline constexpr uint64_t PE_PWSNP = 1ULL << 23;
inline constexpr uint64_t PE_SRE = 1ULL << 0;
inline constexpr uint64_t PE_WPE = 1ULL << 4;
constexpr uint64_t pe_flpm(uint64_t v2) { return (v2 >> 2) & 0x3; }
inline constexpr uint64_t kPageMask = 0xfffffffffffff000ULL;  // VTD_PAGE_MASK
// drivers/iommu/intel/pasid.h: `#define FLPT_DEFAULT_DID 1`, the domain id of
// every first-level-only PASID entry.
inline constexpr uint16_t FLPT_DEFAULT_DID = 1;
// iommu->agaw for a 48-bit (4-level) address width: AGAW 2.
inline constexpr uint64_t kAgaw48 = 2;

// The 512-bit entry as Linux's intel_pasid_setup_first_level() builds it
// (only val[0..2] are ever non-zero for a first-level entry).
struct PasidEntry {
  uint64_t val[8] = {};
  bool present() const { return val[0] & PE_P; }
  uint64_t flptr() const { return val[2] & kPageMask; }
  bool sre() const { return val[2] & PE_SRE; }
  uint16_t did() const { return pe_did(val[1]); }
  uint64_t pgtt() const { return pe_pgtt(val[0]); }
};
PasidEntry first_level_entry(uint64_t pgd_pa, uint16_t did, bool supervisor);

// The directory size a context entry advertises for a PASID directory of one
// page, as context_get_sm_pds() computes it: intel_pasid_alloc_table() gives
// every device at least one page, max_pasid = 1 << (0 + PAGE_SHIFT + 3) =
// 32768 PASIDs, max_pde = 512, pds = find_first_bit(512) - 7 = 2.
inline constexpr uint64_t kPdsOnePage = 2;

// Where the PASID-table entry of `pasid` is in memory, in either mode: ECS,
// the 64-bit entry at table + pasid * 8; scalable, val[0] of the 512-bit
// entry, through the directory. 0 when the directory entry is not present.
uint64_t pasid_entry_addr(const IommuState& hw, const PhysMem& mem, uint32_t pasid);
// Directory entry address of `pasid` (scalable mode only).
uint64_t dir_entry_addr(const IommuState& hw, uint32_t pasid);

// What the walk and the checker need of a PASID entry, in either mode.
struct EntryView {
  uint64_t addr = 0;     // of the first 64-bit word (0: no PASID table page for it)
  bool present = false;
  uint64_t flptr = 0;    // first-level pointer: the pgd's physical address
  bool sre = false;
};
EntryView read_entry(const IommuState& hw, const PhysMem& mem, uint32_t pasid);

// A PASID-cache entry's first-level pointer and SRE, in either mode.
uint64_t cached_flptr(const PasidCacheEntry& e);
bool cached_sre(const PasidCacheEntry& e);
// Does memory still hold what a PASID-cache entry caches (ECS: the 64-bit
// entry; scalable: val[0..2], the words the cache keeps)?
bool cached_entry_current(const IommuState& hw, const PhysMem& mem, const PasidCacheEntry& e);

}  // namespace svm::sm
