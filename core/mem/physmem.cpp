#include "core/mem/physmem.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <utility>

#include "core/mem/pgtable.h"

namespace svm {

std::string_view frame_use_name(FrameUse u) {
  static constexpr std::array<std::string_view, 12> names = {
      "pgd",          "pud",        "pmd",           "pte table",          "user page",
      "kernel page",  "PASID table", "PASID-state table", "root table", "context table",
      "page request queue", "invalidation queue"};
  return names[static_cast<size_t>(u)];
}

namespace {

auto by_first = [](const auto& w, auto k) { return w.first < k; };

}  // namespace

bool frame_holds_pointers(FrameUse u) {
  switch (u) {
    case FrameUse::Pgd:
    case FrameUse::Pud:
    case FrameUse::Pmd:
    case FrameUse::PteTable:
    case FrameUse::PasidTable: return true;
    default: return false;
  }
}

Pfn PhysMem::alloc(FrameUse use, ObjId owner) {
  uint64_t pfn;
  if (!free_.empty()) {
    pfn = free_.back();
    free_.pop_back();
  } else {
    pfn = kFirstPfn + frames_.size();
    frames_.push_back({});
    words_.push_back({});
  }
  const size_t i = pfn - kFirstPfn;
  FrameInfo& f = frames_[i];
  f.use = use;
  f.allocated = true;
  f.owner = owner;
  f.freed_by = {};
  f.refs = 1;
  // Page tables and anonymous pages come zeroed (__GFP_ZERO, clear_page).
  if (!std::as_const(words_)[i].w.empty()) words_[i].w.clear();
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

uint64_t moved_pfn(const PfnMoves& to, uint64_t pfn) {
  for (const auto& [a, b] : to)
    if (a == pfn) return b;
  return pfn;
}

uint64_t moved_entry(const PfnMoves& to, uint64_t entry) {
  return (entry & ~pte::kAddrMask) | moved_pfn(to, pte::addr(entry) >> kPageShift) << kPageShift;
}

void PhysMem::renumber(const PfnMoves& to) {
  std::vector<std::pair<FrameInfo, FrameWords>> moved;
  for (const auto& [a, b] : to) moved.emplace_back(std::as_const(frames_)[a - kFirstPfn], std::as_const(words_)[a - kFirstPfn]);
  for (size_t i = 0; i < to.size(); ++i) {
    frames_[to[i].second - kFirstPfn] = moved[i].first;
    words_[to[i].second - kFirstPfn] = moved[i].second;
  }
  for (uint64_t& f : free_) f = moved_pfn(to, f);
  for (size_t i = 0; i < frames_.size(); ++i) {
    if (!frame_holds_pointers(std::as_const(frames_)[i].use)) continue;
    const auto& w = std::as_const(words_)[i].w;
    if (std::none_of(w.begin(), w.end(), [&](const auto& x) { return moved_entry(to, x.second) != x.second; })) continue;
    for (auto& x : words_[i].w) x.second = moved_entry(to, x.second);
  }
}

Hash128 PhysMem::renamed_hash128(const std::function<ObjId(ObjId)>& obj, const std::function<int16_t(int16_t)>& thread,
                                 const PfnMoves& to) const {
  const auto source = [&](uint64_t pfn) {  // which frame lands at pfn
    for (const auto& [a, b] : to)
      if (b == pfn) return a;
    return pfn;
  };
  // As hash_append(PhysMem) hashes the renamed memory: frames_, free_,
  // words_, other_, each as its container hashes itself.
  Hasher h;
  h(frames_.size());
  for (size_t i = 0; i < frames_.size(); ++i) {
    FrameInfo f = frames_[source(kFirstPfn + i) - kFirstPfn];
    f.owner = obj(f.owner);
    f.freed_by.thread = thread(f.freed_by.thread);
    h(f);
  }
  h(free_.size());
  for (uint64_t f : free_) h(moved_pfn(to, f));
  h(words_.size());
  for (size_t i = 0; i < words_.size(); ++i) {
    const size_t from = source(kFirstPfn + i) - kFirstPfn;
    const auto& w = words_[from].w;
    if (!frame_holds_pointers(frames_[from].use)) {
      h(w);
      continue;
    }
    h(w.size());
    for (const auto& [off, v] : w) h(off, moved_entry(to, v));
  }
  h(other_);
  return h.wide();
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
  const uint64_t pfn = key >> kPageShift;
  if (pfn >= kFirstPfn && pfn - kFirstPfn < words_.size()) {
    const auto& w = words_[pfn - kFirstPfn].w;
    const auto off = static_cast<uint16_t>(key & (kPageSize - 1));
    auto it = std::lower_bound(w.begin(), w.end(), off, by_first);
    return it != w.end() && it->first == off ? it->second : 0;
  }
  auto it = std::lower_bound(other_.begin(), other_.end(), key, by_first);
  return it != other_.end() && it->first == key ? it->second : 0;
}

namespace {

template <class Vec, class Key>
void put(Vec& w, Key key, uint64_t v) {
  auto it = std::lower_bound(w.begin(), w.end(), key, by_first);
  const bool found = it != w.end() && it->first == key;
  if (v == 0) {
    if (found) w.erase(it);
  } else if (found) {
    it->second = v;
  } else {
    w.insert(it, {key, v});
  }
}

}  // namespace

void PhysMem::write(PhysAddr a, uint64_t v) {
  if (read(a) == v) return;  // nothing changes: no shared chunk is cloned
  const uint64_t key = a.v & ~7ULL;
  const uint64_t pfn = key >> kPageShift;
  if (pfn >= kFirstPfn && pfn - kFirstPfn < words_.size())
    put(words_[pfn - kFirstPfn].w, static_cast<uint16_t>(key & (kPageSize - 1)), v);
  else
    put(other_, key, v);
}

size_t PhysMem::word_count() const {
  size_t n = other_.size();
  for (const FrameWords& f : words_) n += f.w.size();
  return n;
}

std::vector<std::pair<Pfn, FrameInfo>> PhysMem::frames() const {
  std::vector<std::pair<Pfn, FrameInfo>> out;
  out.reserve(frames_.size());
  for (size_t i = 0; i < frames_.size(); ++i) out.emplace_back(Pfn{kFirstPfn + i}, frames_[i]);
  return out;
}

std::vector<std::pair<uint64_t, uint64_t>> PhysMem::words_in(Pfn pfn) const {
  std::vector<std::pair<uint64_t, uint64_t>> out;
  for_each_word(pfn, [&](uint64_t a, uint64_t v) { out.emplace_back(a, v); });
  return out;
}

}  // namespace svm
