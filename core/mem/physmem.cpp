#include "core/mem/physmem.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace svm {

std::string_view frame_use_name(FrameUse u) {
  static constexpr std::array<std::string_view, 12> names = {
      "pgd",          "pud",        "pmd",           "pte table",          "user page",
      "kernel page",  "PASID table", "PASID-state table", "root table", "context table",
      "page request queue", "invalidation queue"};
  return names[static_cast<size_t>(u)];
}

Pfn PhysMem::alloc(FrameUse use, ObjId owner) {
  uint64_t pfn;
  if (!free_.empty()) {
    pfn = free_.back();
    free_.pop_back();
  } else {
    pfn = kFirstPfn + frames_.size();
    frames_.push_back({});
  }
  FrameInfo& f = frames_[pfn - kFirstPfn];
  f.use = use;
  f.allocated = true;
  f.owner = owner;
  f.freed_by = {};
  f.refs = 1;
  // Page tables and anonymous pages come zeroed (__GFP_ZERO, clear_page).
  const uint64_t lo = pfn << kPageShift, hi = lo + kPageSize;
  auto first = std::lower_bound(words_.begin(), words_.end(), lo,
                                [](const auto& w, uint64_t k) { return w.first < k; });
  auto last = std::lower_bound(first, words_.end(), hi,
                               [](const auto& w, uint64_t k) { return w.first < k; });
  words_.erase(first, last);
  return Pfn{pfn};
}

void PhysMem::free(Pfn pfn, Culprit by) {
  assert(state(pfn) == FrameState::Live && "model bug: double free of a frame");
  FrameInfo& f = frames_[pfn.v - kFirstPfn];
  f.allocated = false;
  ++f.gen;
  f.freed_by = by;
  // Freed memory keeps its bytes until reused (like the real allocator without
  // page poisoning), so a stale walker still finds the old entries.
  free_.push_back(pfn.v);
}

void PhysMem::get_page(Pfn pfn) {
  if (state(pfn) == FrameState::Live) ++frames_[pfn.v - kFirstPfn].refs;
}

bool PhysMem::put_page(Pfn pfn) {
  if (state(pfn) != FrameState::Live) return false;
  uint16_t& r = frames_[pfn.v - kFirstPfn].refs;
  if (r > 0) --r;
  return r == 0;
}

FrameState PhysMem::state(Pfn pfn) const {
  if (pfn.v < kFirstPfn || pfn.v >= kFirstPfn + frames_.size()) return FrameState::NotRam;
  return frames_[pfn.v - kFirstPfn].allocated ? FrameState::Live : FrameState::Freed;
}

const FrameInfo* PhysMem::info(Pfn pfn) const {
  if (pfn.v < kFirstPfn || pfn.v >= kFirstPfn + frames_.size()) return nullptr;
  return &frames_[pfn.v - kFirstPfn];
}

uint16_t PhysMem::gen(Pfn pfn) const {
  const FrameInfo* f = info(pfn);
  return f ? f->gen : 0;
}

uint64_t PhysMem::read(PhysAddr a) const {
  const uint64_t key = a.v & ~7ULL;
  auto it = std::lower_bound(words_.begin(), words_.end(), key,
                             [](const auto& w, uint64_t k) { return w.first < k; });
  return it != words_.end() && it->first == key ? it->second : 0;
}

void PhysMem::write(PhysAddr a, uint64_t v) {
  const uint64_t key = a.v & ~7ULL;
  auto it = std::lower_bound(words_.begin(), words_.end(), key,
                             [](const auto& w, uint64_t k) { return w.first < k; });
  const bool found = it != words_.end() && it->first == key;
  if (v == 0) {
    if (found) words_.erase(it);
  } else if (found) {
    it->second = v;
  } else {
    words_.insert(it, {key, v});
  }
}

std::vector<std::pair<Pfn, FrameInfo>> PhysMem::frames() const {
  std::vector<std::pair<Pfn, FrameInfo>> out;
  out.reserve(frames_.size());
  for (size_t i = 0; i < frames_.size(); ++i) out.emplace_back(Pfn{kFirstPfn + i}, frames_[i]);
  return out;
}

std::vector<std::pair<uint64_t, uint64_t>> PhysMem::words_in(Pfn pfn) const {
  const uint64_t lo = pfn.v << kPageShift, hi = lo + kPageSize;
  auto it = std::lower_bound(words_.begin(), words_.end(), lo,
                             [](const auto& w, uint64_t k) { return w.first < k; });
  std::vector<std::pair<uint64_t, uint64_t>> out;
  for (; it != words_.end() && it->first < hi; ++it) out.push_back(*it);
  return out;
}

}  // namespace svm
