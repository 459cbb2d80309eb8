#pragma once
// A PCIe device with PASID, ATS and PRI, as the engine steps it.
//
// Glossary: ATS (Address Translation Services) lets the device ask the IOMMU
// for a translation ahead of time and keep it in its own device TLB; it must
// honour device-TLB invalidations. PRI (Page Request Interface) lets it ask
// software to make a page present: it sends page requests, waits for the page
// group response (Success, Invalid Request, or Response Failure), and on
// Success retries the translation.

#include <cstdint>
#include <vector>

#include "core/base/hash.h"
#include "core/base/types.h"

namespace svm {

struct DevTlbEntry {
  Pasid pasid;
  uint64_t va = 0;
  uint8_t level = 1;
  Pfn pfn;
  uint16_t gen = 0;
  uint8_t perms = 0;
  uint64_t size() const { return 1ULL << (12 + 9 * (level - 1)); }
  bool covers(uint64_t a) const { return a >= va && a - va < size(); }
  bool operator==(const DevTlbEntry&) const = default;
  friend void hash_append(Hasher& h, const DevTlbEntry& e) { h(e.pasid, e.va, e.level, e.pfn, e.gen, e.perms); }
};

// A page request the device sent and still waits an answer for.
struct PendingRequest {
  uint16_t prg = 0;
  Pasid pasid;
  uint64_t addr = 0;
  bool write = false;
  bool operator==(const PendingRequest&) const = default;
  friend void hash_append(Hasher& h, const PendingRequest& r) { h(r.prg, r.pasid, r.addr, r.write); }
};

struct Response {
  uint16_t prg = 0;
  uint8_t code = 0;
  bool operator==(const Response&) const = default;
  friend void hash_append(Hasher& h, const Response& r) { h(r.prg, r.code); }
};

struct DeviceState {
  bool pasid_enabled = false;  // PCI PASID capability enabled by the driver
  bool ats_enabled = false;
  bool pri_enabled = false;    // cleared after a Response Failure
  bool pasid_valid = false;    // the driver programmed a PASID into the device
  uint32_t pasid = 0;
  bool stopped = false;        // quiesced by its driver: issues no more DMA
  bool busy = false;           // in the middle of a transfer
  std::vector<DevTlbEntry> devtlb;
  std::vector<PendingRequest> outstanding;
  std::vector<Response> responses;  // received, not yet consumed
  uint16_t next_prg = 0;
  uint32_t dma_ok = 0, dma_failed = 0;

  bool operator==(const DeviceState&) const = default;
  friend void hash_append(Hasher& h, const DeviceState& d) {
    h(d.pasid_enabled, d.ats_enabled, d.pri_enabled, d.pasid_valid, d.pasid, d.stopped, d.busy, d.devtlb, d.outstanding,
      d.responses, d.next_prg, d.dma_ok, d.dma_failed);
  }
};

}  // namespace svm
