#include "core/iommu/descriptors.h"

#include "core/base/cfmt.h"

namespace svm {

namespace qi {

std::string type_name(uint64_t t) {
  switch (t) {
    case CC_TYPE: return "context-cache inv";
    case IOTLB_TYPE: return "IOTLB inv";
    case DIOTLB_TYPE: return "device-TLB inv";
    case IEC_TYPE: return "interrupt-entry-cache inv";
    case IWD_TYPE: return "invalidation wait";
    case EIOTLB_TYPE: return "extended IOTLB inv";
    case PC_TYPE: return "PASID-cache inv";
    case DEIOTLB_TYPE: return "extended device-TLB inv";
    case PGRP_RESP_TYPE: return "page group response";
    case PSTRM_RESP_TYPE: return "page stream response";
  }
  return "unknown type " + std::to_string(t);
}

std::string response_name(uint64_t code) {
  switch (code) {
    case RESP_SUCCESS: return "Success";
    case RESP_INVALID: return "Invalid Request";
    case RESP_FAILURE: return "Response Failure";
  }
  return "code " + std::to_string(code);
}

namespace {
const char* eiotlb_gran(uint64_t g) {
  switch (g) {
    case GRAN_ALL_ALL: return "all (incl. global) in DID";
    case GRAN_NONG_ALL: return "non-global, all PASIDs";
    case GRAN_NONG_PASID: return "non-global, one PASID";
    default: return "page-selective, one PASID";
  }
}
}  // namespace

std::string describe(const Desc& d) {
  const uint64_t t = type(d);
  const unsigned g = (d.lo >> 4) & 3;
  switch (t) {
    case CC_TYPE: {
      const char* gran = g == CC_GRAN_GLOBAL ? "global" : g == CC_GRAN_DOMAIN ? "domain" : "device";
      return cfmt("context-cache inv, %s, DID %u, SID %04x", gran, unsigned((d.lo >> 16) & 0xffff),
                 unsigned((d.lo >> 32) & 0xffff));
    }
    case IOTLB_TYPE: return cfmt("IOTLB inv, DID %u", unsigned((d.lo >> 16) & 0xffff));
    case DIOTLB_TYPE: return cfmt("device-TLB inv, SID %04x", unsigned((d.lo >> 32) & 0xffff));
    case IWD_TYPE:
      return cfmt("invalidation wait%s, status %u", (d.lo & IWD_STATUS_WRITE) ? " (SW)" : "", unsigned(d.lo >> 32));
    case EIOTLB_TYPE:
      if (g == GRAN_PSI_PASID)
        return cfmt("extended IOTLB inv, %s, DID %u, PASID %u, addr 0x%llx, AM %u%s", eiotlb_gran(g),
                   unsigned((d.lo >> 16) & 0xffff), unsigned((d.lo >> 32) & 0xfffff),
                   static_cast<unsigned long long>(d.hi & ~0xfffULL), unsigned(d.hi & 0x3f),
                   (d.hi & (1ULL << 6)) ? ", IH" : "");
      return cfmt("extended IOTLB inv, %s, DID %u, PASID %u", eiotlb_gran(g), unsigned((d.lo >> 16) & 0xffff),
                 unsigned((d.lo >> 32) & 0xfffff));
    case PC_TYPE:
      return cfmt("PASID-cache inv, %s, DID %u, PASID %u", g == 1 ? "PASID-selective" : "all PASIDs",
                 unsigned((d.lo >> 16) & 0xffff), unsigned((d.lo >> 32) & 0xfffff));
    case DEIOTLB_TYPE:
      // As the hardware reads the bits, whatever the driver meant.
      return cfmt("extended device-TLB inv, SID %s, PASID %u, MIP %u, addr 0x%llx%s",
                 sid_name(SourceId{dev_eiotlb_sid(d)}).c_str(), unsigned(dev_eiotlb_pasid(d)), dev_eiotlb_mip(d),
                 static_cast<unsigned long long>(d.hi & ~0xfffULL), (d.hi & DEV_EIOTLB_SIZE) ? " (S: range)" : "");
    case PGRP_RESP_TYPE:
      return cfmt("page group response, RID %04x, PASID %u, PRG %u: %s", unsigned((d.lo >> 16) & 0xffff),
                 unsigned((d.lo >> 32) & 0xfffff), unsigned(d.hi >> 55), response_name(d.hi & 0xf).c_str());
    case PSTRM_RESP_TYPE: return cfmt("page stream response: %s", response_name(d.hi & 0xf).c_str());
  }
  return type_name(t);
}

}  // namespace qi

Desc PageRequest::encode() const {
  Desc d;
  d.lo = uint64_t(srr) | uint64_t(bof) << 1 | uint64_t(pasid_present) << 2 | uint64_t(lpig) << 3 |
         uint64_t(pasid & 0xfffff) << 4 | uint64_t(bus) << 24 | uint64_t(priv_data & 0x7fffff) << 32 |
         uint64_t(prg_index & 0x1ff) << 55;
  d.hi = uint64_t(rd) | uint64_t(wr) << 1 | uint64_t(exe) << 2 | uint64_t(priv) << 3 | uint64_t(devfn) << 4 |
         (addr & ~0xfffULL);
  return d;
}

PageRequest PageRequest::decode(const Desc& d) {
  PageRequest r;
  r.srr = d.lo & 1;
  r.bof = (d.lo >> 1) & 1;
  r.pasid_present = (d.lo >> 2) & 1;
  r.lpig = (d.lo >> 3) & 1;
  r.pasid = (d.lo >> 4) & 0xfffff;
  r.bus = (d.lo >> 24) & 0xff;
  r.priv_data = (d.lo >> 32) & 0x7fffff;
  r.prg_index = (d.lo >> 55) & 0x1ff;
  r.rd = d.hi & 1;
  r.wr = (d.hi >> 1) & 1;
  r.exe = (d.hi >> 2) & 1;
  r.priv = (d.hi >> 3) & 1;
  r.devfn = (d.hi >> 4) & 0xff;
  r.addr = d.hi & ~0xfffULL;
  return r;
}

std::string PageRequest::describe() const {
  return cfmt("PR %s%s%s PASID %u%s addr 0x%llx PRG %u%s", rd ? "R" : "", wr ? "W" : "", exe ? "X" : "", pasid,
              pasid_present ? "" : " (no PASID)", static_cast<unsigned long long>(addr), unsigned(prg_index),
              lpig ? " LPIG" : "");
}

}  // namespace svm
