#pragma once
// Strong value types for the quantities that the VT-d story mixes up easily.
// A PASID is not an address, a page frame number is not a physical address, a
// domain id is not a source id: each gets its own type so the compiler keeps
// them apart (after QtRvSim's memory/address.h).

#include <compare>
#include <cstdint>
#include <string>

#include "core/base/hash.h"

namespace svm {

template <class Tag, class Rep>
struct Strong {
  Rep v{};
  constexpr Strong() = default;
  constexpr explicit Strong(Rep x) : v(x) {}
  constexpr auto operator<=>(const Strong&) const = default;
  friend void hash_append(Hasher& h, const Strong& s) { h(s.v); }
};

// Process Address Space ID: 20 bits on VT-d, index into the PASID table.
struct PasidTag {};
using Pasid = Strong<PasidTag, uint32_t>;

// A virtual address as the CPU or a device issues it (an "IOVA" in IOMMU
// terms; with SVM it is simply the process's virtual address).
struct IovaTag {};
using Iova = Strong<IovaTag, uint64_t>;

struct PhysAddrTag {};
using PhysAddr = Strong<PhysAddrTag, uint64_t>;

// Page frame number: physical address >> 12.
struct PfnTag {};
using Pfn = Strong<PfnTag, uint64_t>;

// Domain id: the tag the IOMMU uses for caches of one device's context.
struct DomainIdTag {};
using DomainId = Strong<DomainIdTag, uint16_t>;

// PCI requester id (bus << 8 | devfn), the "source id" of a request.
struct SourceIdTag {};
using SourceId = Strong<SourceIdTag, uint16_t>;

inline constexpr uint64_t kPageShift = 12;
inline constexpr uint64_t kPageSize = 1ULL << kPageShift;

constexpr PhysAddr to_phys(Pfn p) { return PhysAddr{p.v << kPageShift}; }
constexpr Pfn to_pfn(PhysAddr a) { return Pfn{a.v >> kPageShift}; }
constexpr uint64_t page_of(Iova a) { return a.v >> kPageShift; }

// x86-64 4-level paging: an address is canonical when bits 63:47 are all equal.
constexpr bool is_canonical(uint64_t va) {
  const uint64_t top = va >> 47;
  return top == 0 || top == 0x1ffff;
}
// User half of the canonical space (TASK_SIZE_MAX on x86-64 is one page below).
inline constexpr uint64_t kTaskSize = 0x00007ffffffff000ULL;

std::string hex(uint64_t v);
std::string sid_name(SourceId sid);  // "00:02.0"

}  // namespace svm
