#pragma once
// VT-d registers and table entries in ECS ("extended context") mode, rev 2.x,
// the mode Linux 4.4's intel-svm.c used. Bit positions from Linux 4.4
// include/linux/intel-iommu.h and the rev 2.x layouts in Barrelfish's vtd.dev
// (see reference/vtd-hardware.md sections 1 and 2a).
//
// Glossary: the root table has one 128-bit entry per PCI bus; in ECS mode its
// low half points to the extended context table for devfn 0-127 and its high
// half for devfn 128-255. An extended context entry (256 bits) describes one
// device: present, translation type, domain id (DID), and, once PASIDs are
// enabled, the PASID table pointer and size (PTS). A PASID-table entry (64
// bits) holds the present bit, SRE (supervisor requests enable) and FLPTPTR:
// the physical address of the process's PML4, i.e. mm->pgd.

#include <cstdint>

namespace svm::vtd {

// --- Register offsets (for display; the model keeps registers as fields) ---
inline constexpr uint32_t CAP_REG = 0x08;
inline constexpr uint32_t ECAP_REG = 0x10;
inline constexpr uint32_t RTADDR_REG = 0x20;
inline constexpr uint32_t FSTS_REG = 0x34;
inline constexpr uint32_t IQH_REG = 0x80;
inline constexpr uint32_t IQT_REG = 0x88;
inline constexpr uint32_t IQA_REG = 0x90;
inline constexpr uint32_t PQH_REG = 0xc0;
inline constexpr uint32_t PQT_REG = 0xc8;
inline constexpr uint32_t PQA_REG = 0xd0;
inline constexpr uint32_t PRS_REG = 0xdc;

inline constexpr uint64_t RTADDR_RTT = 1ULL << 11;  // extended root table (ECS)

// --- ECAP, rev 2.x ---
inline constexpr uint64_t ECAP_QI = 1ULL << 1;
inline constexpr uint64_t ECAP_DT = 1ULL << 2;  // device-TLB (ATS) support
inline constexpr uint64_t ECAP_PT = 1ULL << 6;
inline constexpr uint64_t ECAP_ECS = 1ULL << 24;
inline constexpr uint64_t ECAP_DIS = 1ULL << 27;
inline constexpr uint64_t ECAP_PRS = 1ULL << 29;
inline constexpr uint64_t ECAP_ERS = 1ULL << 30;
inline constexpr uint64_t ECAP_SRS = 1ULL << 31;
inline constexpr uint64_t ECAP_PASID = 1ULL << 40;
constexpr uint64_t ecap_pss(uint64_t ecap) { return (ecap >> 35) & 0x1f; }
constexpr uint64_t ecap_with_pss(uint64_t pss) { return (pss & 0x1f) << 35; }

// --- CAP ---
inline constexpr uint64_t CAP_CM = 1ULL << 7;    // caching mode
inline constexpr uint64_t CAP_PSI = 1ULL << 39;  // page-selective invalidation
constexpr uint64_t cap_mamv(uint64_t cap) { return (cap >> 48) & 0x3f; }
constexpr uint64_t cap_nfr(uint64_t cap) { return ((cap >> 40) & 0xff) + 1; }

// --- Root entry (128 bits, ECS): lo = LP | LCTP, hi = UP | UCTP ---
inline constexpr uint64_t ROOT_P = 1ULL << 0;

// --- Extended context entry: context[0].lo / .hi, context[1].lo / .hi ---
inline constexpr uint64_t CONTEXT_P = 1ULL << 0;
inline constexpr uint64_t CONTEXT_FPD = 1ULL << 1;
inline constexpr uint64_t CONTEXT_TT_MASK = 0x7ULL << 2;
inline constexpr uint64_t CONTEXT_TT_MULTI_LEVEL = 0;
inline constexpr uint64_t CONTEXT_TT_DEV_IOTLB = 1;
inline constexpr uint64_t CONTEXT_TT_PASS_THROUGH = 2;
inline constexpr uint64_t CONTEXT_TT_PT_PASID = 4;
inline constexpr uint64_t CONTEXT_TT_PT_PASID_DEV_IOTLB = 5;
inline constexpr uint64_t CONTEXT_DINVE = 1ULL << 8;
inline constexpr uint64_t CONTEXT_PRS = 1ULL << 9;  // "PRE" in the spec
inline constexpr uint64_t CONTEXT_NESTE = 1ULL << 10;
inline constexpr uint64_t CONTEXT_PASIDE = 1ULL << 11;
constexpr uint64_t context_tt(uint64_t lo) { return (lo >> 2) & 7; }
constexpr uint64_t context_did(uint64_t hi) { return (hi >> 8) & 0xffff; }  // bits 87:72
constexpr uint64_t context_pts(uint64_t ctx1_lo) { return ctx1_lo & 0xf; }  // bits 131:128
inline constexpr uint64_t kAddrMask = 0x000ffffffffff000ULL;

// --- PASID-table entry (64 bits, ECS) ---
inline constexpr uint64_t PASID_P = 1ULL << 0;
inline constexpr uint64_t PASID_SRE = 1ULL << 11;

// --- Page request status ---
inline constexpr uint32_t PRS_PPR = 1u << 0;
inline constexpr uint32_t PRS_PRO = 1u << 1;

// --- Fault status ---
inline constexpr uint32_t FSTS_PFO = 1u << 0;
inline constexpr uint32_t FSTS_PPF = 1u << 1;
inline constexpr uint32_t FSTS_IQE = 1u << 4;

}  // namespace svm::vtd
