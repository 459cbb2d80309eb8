#pragma once
// Queued-invalidation descriptors and page-request descriptors, 128 bits each,
// encoded exactly as Linux 4.4 builds them (include/linux/intel-iommu.h QI_*
// macros, intel-svm.c struct page_req_dsc), and decoded for display.
//
// Glossary: software writes invalidation descriptors into the invalidation
// queue (IQ) at the tail register IQT; hardware executes them in order from
// the head IQH. A wait descriptor with SW=1 makes hardware write a status word
// when everything before it is done: qi_submit_sync() spins on that word. The
// page request queue (PRQ) runs the other way: hardware writes a descriptor
// per page request from a device at PQT, software consumes from PQH and
// answers with a page group response (a descriptor in the IQ). LPIG = last
// page in group: only that request of a group is answered.

#include <cstdint>
#include <string>

#include "core/base/hash.h"
#include "core/base/types.h"

namespace svm {

struct Desc {
  uint64_t lo = 0;
  uint64_t hi = 0;
  bool operator==(const Desc&) const = default;
  friend void hash_append(Hasher& h, const Desc& d) { h(d.lo, d.hi); }
};

namespace qi {
inline constexpr uint64_t CC_TYPE = 0x1;
inline constexpr uint64_t IOTLB_TYPE = 0x2;
inline constexpr uint64_t DIOTLB_TYPE = 0x3;
inline constexpr uint64_t IEC_TYPE = 0x4;
inline constexpr uint64_t IWD_TYPE = 0x5;
inline constexpr uint64_t EIOTLB_TYPE = 0x6;
inline constexpr uint64_t PC_TYPE = 0x7;
inline constexpr uint64_t DEIOTLB_TYPE = 0x8;
inline constexpr uint64_t PGRP_RESP_TYPE = 0x9;
inline constexpr uint64_t PSTRM_RESP_TYPE = 0xa;

// Context-cache invalidation granularity (G, bits 5:4).
inline constexpr uint64_t CC_GRAN_GLOBAL = 1;
inline constexpr uint64_t CC_GRAN_DOMAIN = 2;
inline constexpr uint64_t CC_GRAN_DEVICE = 3;
constexpr uint64_t CC_GRAN(uint64_t g) { return g << 4; }
constexpr uint64_t CC_DID(uint64_t did) { return did << 16; }
constexpr uint64_t CC_SID(uint64_t sid) { return sid << 32; }
constexpr uint64_t CC_FM(uint64_t fm) { return fm << 48; }

constexpr uint64_t IWD_STATUS_DATA(uint64_t d) { return d << 32; }
inline constexpr uint64_t IWD_STATUS_WRITE = 1ULL << 5;
inline constexpr uint64_t IWD_FENCE = 1ULL << 6;
inline constexpr uint64_t QI_DONE = 1;
// virt_to_phys(&qi->desc_status[0]): the wait descriptor's status address is
// physical (dmar.c qi_submit_sync(), v4.4: wait_desc.high =
// virt_to_phys(&qi->desc_status[wait_index])). The model keeps desc_status in
// the driver state, not in simulated memory, so this address only names a slot.
inline constexpr uint64_t kStatusBase = 0x0000000000a00000ULL;

constexpr uint64_t PC_PASID(uint64_t p) { return p << 32; }
constexpr uint64_t PC_DID(uint64_t d) { return d << 16; }
constexpr uint64_t PC_GRAN(uint64_t g) { return g << 4; }
inline constexpr uint64_t PC_ALL_PASIDS = PC_TYPE | PC_GRAN(0);
inline constexpr uint64_t PC_PASID_SEL = PC_TYPE | PC_GRAN(1);
// From v5.7 (Jacob Pan's "Support flushing more translation cache types")
// include/linux/intel-iommu.h makes these granularities, used as
// QI_PC_GRAN(QI_PC_PASID_SEL) | QI_PC_TYPE: `#define QI_PC_ALL_PASIDS 0`,
// `#define QI_PC_PASID_SEL 1`. Same bits as the v4.4 macros above.
inline constexpr uint64_t PC_GRAN_ALL_PASIDS = 0;
inline constexpr uint64_t PC_GRAN_PASID_SEL = 1;

// Extended (PASID-based) IOTLB invalidation, type 6.
inline constexpr uint64_t GRAN_ALL_ALL = 0;
inline constexpr uint64_t GRAN_NONG_ALL = 1;
inline constexpr uint64_t GRAN_NONG_PASID = 2;
inline constexpr uint64_t GRAN_PSI_PASID = 3;
constexpr uint64_t EIOTLB_ADDR(uint64_t a) { return a & ~0xfffULL; }
constexpr uint64_t EIOTLB_GL(uint64_t gl) { return gl << 7; }
constexpr uint64_t EIOTLB_IH(uint64_t ih) { return ih << 6; }
constexpr uint64_t EIOTLB_AM(uint64_t am) { return am; }
constexpr uint64_t EIOTLB_PASID(uint64_t p) { return p << 32; }
constexpr uint64_t EIOTLB_DID(uint64_t d) { return d << 16; }
constexpr uint64_t EIOTLB_GRAN(uint64_t g) { return g << 4; }

// Device-TLB invalidation without PASID, type 3 (qi_flush_dev_iotlb(),
// include/linux/intel-iommu.h as of v4.19-v5.x):
//   #define QI_DEV_IOTLB_SID(sid)   ((u64)((sid) & 0xffff) << 32)
//   #define QI_DEV_IOTLB_QDEP(qdep) (((qdep) & 0x1f) << 16)
//   #define QI_DEV_IOTLB_ADDR(addr) ((u64)(addr) & VTD_PAGE_MASK)
//   #define QI_DEV_IOTLB_SIZE       1
// The hardware reads QW0 as type 3:0, MIP 20:16, SID 47:32 (PFSID 15:12,
// 63:52); QW1 as S 0, address 63:12 (the lowest zero bit above 11 gives the
// size when S is set). The ATS invalidation it sends carries no PASID, so
// the device drops the matching entries of every PASID.
constexpr uint64_t DEV_IOTLB_SID(uint64_t sid) { return (sid & 0xffff) << 32; }
constexpr uint64_t DEV_IOTLB_QDEP(uint64_t qd) { return (qd & 0x1f) << 16; }
constexpr uint64_t DEV_IOTLB_ADDR(uint64_t a) { return a & ~0xfffULL; }
inline constexpr uint64_t DEV_IOTLB_SIZE = 1;
constexpr uint16_t dev_iotlb_sid(const Desc& d) { return static_cast<uint16_t>((d.lo >> 32) & 0xffff); }

// Extended device-TLB invalidation, type 8. The hardware reads QW0 as
// type 3:0, MIP (max invalidations pending, the ATS queue depth) 8:4,
// SID 31:16, PASID 51:32; QW1 as G 0, S 11, address 63:12.
constexpr uint64_t DEV_EIOTLB_ADDR(uint64_t a) { return a & ~0xfffULL; }
inline constexpr uint64_t DEV_EIOTLB_SIZE = 1ULL << 11;
constexpr uint64_t DEV_EIOTLB_GLOB(uint64_t g) { return g; }
constexpr uint64_t DEV_EIOTLB_PASID(uint64_t p) { return p << 32; }
// The macros as aaa59306b0b7 corrected them (v4.11; stable 4.9.14, 4.10.2; docs/history.md):
// the fields where the hardware reads them.
constexpr uint64_t DEV_EIOTLB_SID(uint64_t sid) { return (sid & 0xffff) << 16; }
constexpr uint64_t DEV_EIOTLB_QDEP(uint64_t qd) { return (qd & 0x1f) << 4; }
// The macros as v4.4 wrote them (include/linux/intel-iommu.h, unchanged in
// 4.5.7, 4.6.2, 4.7.4, 4.8.15 and 4.9):
//   #define QI_DEV_EIOTLB_SID(sid)  ((u64)((sid) & 0xffff) << 32)
//   #define QI_DEV_EIOTLB_QDEP(qd)  (((qd) & 0x1f) << 16)
// The source id lands in the PASID field (ORed into the PASID) and the queue
// depth in the SID field: the hardware sends the invalidation to the device
// whose requester id equals the queue depth, for PASID (pasid | sid).
constexpr uint64_t DEV_EIOTLB_SID_V44(uint64_t sid) { return (sid & 0xffff) << 32; }
constexpr uint64_t DEV_EIOTLB_QDEP_V44(uint64_t qd) { return (qd & 0x1f) << 16; }
inline constexpr uint32_t DEV_EIOTLB_MAX_INVS = 32;
// The physical function's source id (VT-d 3.x, PFSID in bits 15:12 and 63:52
// of QW0), as qi_flush_dev_iotlb_pasid() adds it (v5.18):
//   #define QI_DEV_IOTLB_PFSID(pfsid) (((u64)(pfsid & 0xf) << 12) | ((u64)((pfsid >> 4) & 0xfff) << 52))
constexpr uint64_t DEV_IOTLB_PFSID(uint64_t pfsid) { return ((pfsid & 0xf) << 12) | (((pfsid >> 4) & 0xfff) << 52); }
constexpr uint16_t dev_eiotlb_pfsid(const Desc& d) {
  return static_cast<uint16_t>(((d.lo >> 12) & 0xf) | (((d.lo >> 52) & 0xfff) << 4));
}
// The fields of a type-8 descriptor as the hardware decodes them.
constexpr uint16_t dev_eiotlb_sid(const Desc& d) { return static_cast<uint16_t>((d.lo >> 16) & 0xffff); }
constexpr uint32_t dev_eiotlb_pasid(const Desc& d) { return static_cast<uint32_t>((d.lo >> 32) & 0xfffff); }
constexpr unsigned dev_eiotlb_mip(const Desc& d) { return static_cast<unsigned>((d.lo >> 4) & 0x1f); }

// Page group response, type 9 (rev 2.x layout).
constexpr uint64_t PGRP_IDX(uint64_t idx) { return idx << 55; }
constexpr uint64_t PGRP_PRIV(uint64_t priv) { return priv << 32; }
constexpr uint64_t PGRP_RESP_CODE(uint64_t res) { return res; }
constexpr uint64_t PGRP_PASID(uint64_t p) { return p << 32; }
constexpr uint64_t PGRP_DID(uint64_t rid) { return rid << 16; }
constexpr uint64_t PGRP_PASID_P(uint64_t p) { return p << 4; }

inline constexpr uint64_t RESP_SUCCESS = 0x0;
inline constexpr uint64_t RESP_INVALID = 0x1;
inline constexpr uint64_t RESP_FAILURE = 0xf;

constexpr uint64_t type(const Desc& d) { return d.lo & 0xf; }
std::string type_name(uint64_t type);
std::string response_name(uint64_t code);  // "Success", "Invalid Request", "Response Failure"
std::string describe(const Desc& d);       // one line, fields decoded
}  // namespace qi

// struct page_req_dsc (rev 2.x, 16 bytes).
struct PageRequest {
  bool srr = false;
  bool bof = false;
  bool pasid_present = false;
  bool lpig = false;
  uint32_t pasid = 0;  // 20 bits
  uint8_t bus = 0;
  uint32_t priv_data = 0;  // 23 bits
  uint16_t prg_index = 0;  // 9 bits
  bool rd = false;
  bool wr = false;
  bool exe = false;
  bool priv = false;
  uint8_t devfn = 0;
  uint64_t addr = 0;  // page address (bits 63:12)

  Desc encode() const;
  static PageRequest decode(const Desc& d);
  SourceId sid() const { return SourceId{static_cast<uint16_t>(bus << 8 | devfn)}; }
  std::string describe() const;
};

}  // namespace svm
