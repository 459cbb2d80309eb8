#pragma once
// Simulated physical memory: 4 KiB frames with an allocation state and a
// generation number, and the 64-bit words stored in them (sparse: only
// non-zero words are kept, so a whole machine stays a few kilobytes).
// Both tables are shared between snapshots chunk by chunk (SharedVector): a
// step that writes a page-table entry clones the few frames' worth around
// it, not the whole memory, and a write of the value already there (an A/D
// bit already set) clones nothing.
//
// The generation is what catches a use after free: an IOTLB entry remembers
// the generation of the frame it translated to; if the frame was freed (or
// freed and handed to someone else) since, the access is a use after free,
// and the frame's tombstone says who freed it.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/pool_allocator.h"
#include "core/base/types.h"
#include "core/mem/shared_vector.h"

namespace svm {

enum class FrameUse : uint8_t {
  Pgd,
  Pud,
  Pmd,
  PteTable,
  UserPage,
  KernelPage,
  PasidTable,
  PasidStateTable,
  RootTable,
  ContextTable,
  PageRequestQueue,
  InvalidationQueue,
};
std::string_view frame_use_name(FrameUse u);
// Frames whose words point at frames: page tables and PASID tables.
bool frame_holds_pointers(FrameUse u);

// Who did something to an object: a thread of the run and the model function
// it was executing. Kept as plain integers so this header needs no engine.
struct Culprit {
  int16_t thread = -1;
  uint16_t fn = 0;
  bool operator==(const Culprit&) const = default;
  friend void hash_append(Hasher& h, const Culprit& c) { h(c.thread, c.fn); }
};

struct FrameInfo {
  FrameUse use = FrameUse::UserPage;
  bool allocated = false;
  uint16_t gen = 0;   // bumped on every free
  uint16_t refs = 0;  // struct page _count: mappings + gathers holding the page
  ObjId owner;        // the mm a page or page table belongs to; none for IOMMU tables
  Culprit freed_by;   // valid while !allocated
  bool operator==(const FrameInfo&) const = default;
  friend void hash_append(Hasher& h, const FrameInfo& f) { h(f.use, f.allocated, f.gen, f.refs, f.owner, f.freed_by); }
};

enum class FrameState : uint8_t { Live, Freed, NotRam };

// The non-zero words of one frame, sorted by their offset in it.
struct FrameWords {
  PoolVector<std::pair<uint16_t, uint64_t>> w;  // copied whenever a step writes the frame: pooled
  bool operator==(const FrameWords&) const = default;
  friend void hash_append(Hasher& h, const FrameWords& f) { h(f.w); }
};

// A renumbering of a few frames, old pfn -> new pfn (a permutation of them):
// the symmetry reduction swaps interchangeable processes' pgds.
using PfnMoves = std::vector<std::pair<uint64_t, uint64_t>>;
// Where `pfn` goes; and a page-table or PASID-table entry whose pointer
// field (bits 51:12) follows its frame.
uint64_t moved_pfn(const PfnMoves& to, uint64_t pfn);
uint64_t moved_entry(const PfnMoves& to, uint64_t entry);

class PhysMem {
 public:
  // RAM starts at 16 MiB so addresses look like addresses.
  static constexpr uint64_t kFirstPfn = 0x1000;
  // Device MMIO (BARs) lives here: not RAM, never allocated or freed.
  static constexpr uint64_t kMmioFirstPfn = 0xfd000;

  Pfn alloc(FrameUse use, ObjId owner);
  void free(Pfn pfn, Culprit by);

  // get_page()/put_page(): put returns true when the count reaches 0 (the
  // caller then frees the frame).
  void get_page(Pfn pfn);
  bool put_page(Pfn pfn);

  FrameState state(Pfn pfn) const;
  const FrameInfo* info(Pfn pfn) const;
  uint16_t gen(Pfn pfn) const;

  uint64_t read(PhysAddr a) const;
  void write(PhysAddr a, uint64_t v);

  size_t frame_count() const { return frames_.size(); }
  size_t word_count() const;
  // For views: all frames ever allocated, by pfn.
  std::vector<std::pair<Pfn, FrameInfo>> frames() const;
  std::vector<std::pair<uint64_t, uint64_t>> words_in(Pfn pfn) const;
  // The same, visited in place: f(address, value) for each non-zero word of
  // the frame, by address (the dangling check walks page tables every step
  // that touched memory; a vector per table was a fifth of its cost).
  template <class F>
  void for_each_word(Pfn pfn, F&& f) const {
    const uint64_t lo = pfn.v << kPageShift;
    if (pfn.v >= kFirstPfn && pfn.v - kFirstPfn < words_.size()) {
      for (const auto& [off, v] : words_[pfn.v - kFirstPfn].w) f(lo | off, v);
      return;
    }
    const uint64_t hi = lo + kPageSize;
    auto it = std::lower_bound(other_.begin(), other_.end(), lo,
                               [](const std::pair<uint64_t, uint64_t>& w, uint64_t k) { return w.first < k; });
    for (; it != other_.end() && it->first < hi; ++it) f(it->first, it->second);
  }

  // For the symmetry reduction (explore/symmetry.h): frames' owners and who
  // freed them, renamed by obj(ObjId) and thread(int16_t).
  template <class O, class T>
  void rename(O&& obj, T&& thread) {
    for (size_t i = 0; i < frames_.size(); ++i) {
      const FrameInfo& f = std::as_const(frames_)[i];
      const ObjId owner = obj(f.owner);
      const int16_t by = thread(f.freed_by.thread);
      if (owner == f.owner && by == f.freed_by.thread) continue;
      FrameInfo& w = frames_[i];
      w.owner = owner;
      w.freed_by.thread = by;
    }
  }

  // The frames `to` maps (old pfn -> new pfn, a permutation of a few frames)
  // trade places, and every pointer to one of them in a page table or PASID
  // table follows, as does the free list. Callers rename the pointers kept
  // elsewhere (mm->pgd, caches, slots).
  void renumber(const PfnMoves& to);
  // The hash this memory would have after rename(obj, thread) and then
  // renumber(to), computed without either (the explorer's symmetry reduction
  // hashes a renaming of every state it makes).
  Hash128 renamed_hash128(const std::function<ObjId(ObjId)>& obj, const std::function<int16_t(int16_t)>& thread,
                          const PfnMoves& to) const;

  // The free list, bottom first (alloc() takes the last), and the words
  // outside the frames: for the explorer's canonical frame numbers.
  const PoolVector<uint64_t>& free_list() const { return free_; }
  const PoolVector<std::pair<uint64_t, uint64_t>>& other_words() const { return other_; }

  bool operator==(const PhysMem&) const = default;
  friend void hash_append(Hasher& h, const PhysMem& m) { h(m.frames_, m.free_, m.words_, m.other_); }

 private:
  SharedVector<FrameInfo, 64> frames_;  // index = pfn - kFirstPfn
  PoolVector<uint64_t> free_;          // freed pfns, reused last-freed-first like a hot page list
  SharedVector<FrameWords, 16> words_;  // parallel to frames_
  PoolVector<std::pair<uint64_t, uint64_t>> other_;  // words outside the frames (sorted by address, values != 0)
};

}  // namespace svm
