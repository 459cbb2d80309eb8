#include "views/hardware/hw_history.h"

#include <deque>

namespace svmlab::hw {

namespace {

// Walk a ring pointer from `from` to `to`, calling f(slot) for every slot it passed.
template <class F>
void passed(uint32_t from, uint32_t to, size_t n, F f) {
  if (n == 0) return;
  for (uint32_t s = from; s != to; s = static_cast<uint32_t>((s + 1) % n)) f(s);
}

}  // namespace

std::vector<IqEntry> iq_history(const svm::Trace& t) {
  std::vector<IqEntry> out;
  std::deque<size_t> pending;  // indices into out, in submission order
  for (size_t i = 1; i < t.states.size(); ++i) {
    const svm::Machine a_m = t.states[i - 1];  // a snapshot is read by value: keep it
    const svm::IommuState& a = *a_m.hw;
    const svm::Machine b_m = t.states[i];  // a snapshot is read by value: keep it
    const svm::IommuState& b = *b_m.hw;
    if (t.states[i].hw.shares(t.states[i - 1].hw)) continue;
    const size_t n = b.iq.size();
    const int thread = i - 1 < t.steps.size() ? t.steps[i - 1].thread : -1;
    passed(a.iqt, b.iqt, n, [&](uint32_t s) {
      out.push_back({s, b.iq[s], static_cast<int>(i), -1, thread});
      pending.push_back(out.size() - 1);
    });
    passed(a.iqh, b.iqh, n, [&](uint32_t s) {
      for (auto it = pending.begin(); it != pending.end(); ++it)
        if (out[*it].slot == s) {
          out[*it].executed = static_cast<int>(i);
          pending.erase(it);
          break;
        }
    });
  }
  return out;
}

std::vector<PrqEntry> prq_history(const svm::Trace& t, const std::vector<IqEntry>& iq) {
  std::vector<PrqEntry> out;
  std::deque<size_t> pending;
  for (size_t i = 1; i < t.states.size(); ++i) {
    if (t.states[i].hw.shares(t.states[i - 1].hw)) continue;
    const svm::Machine a_m = t.states[i - 1];  // a snapshot is read by value: keep it
    const svm::IommuState& a = *a_m.hw;
    const svm::Machine b_m = t.states[i];  // a snapshot is read by value: keep it
    const svm::IommuState& b = *b_m.hw;
    const size_t n = b.prq.size();
    passed(a.pqt, b.pqt, n, [&](uint32_t s) {
      out.push_back({s, b.prq[s], static_cast<int>(i), -1, -1});
      pending.push_back(out.size() - 1);
    });
    passed(a.pqh, b.pqh, n, [&](uint32_t s) {
      for (auto it = pending.begin(); it != pending.end(); ++it)
        if (out[*it].slot == s) {
          out[*it].consumed = static_cast<int>(i);
          pending.erase(it);
          break;
        }
    });
  }
  // Answers: the first page group response for the same requester, PASID and
  // PRG index submitted after the request was queued.
  std::vector<bool> used(iq.size(), false);
  for (PrqEntry& e : out) {
    const svm::PageRequest r = svm::PageRequest::decode(e.desc);
    if (!r.lpig) continue;  // only the last request of a group is answered
    for (size_t k = 0; k < iq.size(); ++k) {
      const svm::Desc& d = iq[k].desc;
      if (used[k] || svm::qi::type(d) != svm::qi::PGRP_RESP_TYPE || iq[k].submitted < e.queued) continue;
      const uint16_t rid = static_cast<uint16_t>((d.lo >> 16) & 0xffff);
      const uint32_t pasid = static_cast<uint32_t>((d.lo >> 32) & 0xfffff);
      const uint16_t prg = static_cast<uint16_t>((d.hi >> 55) & 0x1ff);
      if (rid == r.sid().v && pasid == r.pasid && prg == r.prg_index) {
        e.response = static_cast<int>(k);
        used[k] = true;
        break;
      }
    }
  }
  return out;
}

std::vector<int> walk_states(const svm::Trace& t) {
  std::vector<int> out(t.states.size(), -1);
  auto translations = [](const svm::Machine& m) { return m.obs->iotlb_hits + m.obs->iotlb_misses; };
  for (size_t i = 0; i < t.states.size(); ++i) {
    const bool valid = t.states[i].obs->last_walk.valid;
    if (!valid) continue;
    // Every translation counts one IOTLB hit or miss.
    if (i > 0 && translations(t.states[i]) != translations(t.states[i - 1]))
      out[i] = static_cast<int>(i);
    else
      out[i] = i > 0 ? out[i - 1] : -1;
  }
  return out;
}

Staleness staleness(const svm::PhysMem& mem, svm::Pfn pfn, uint16_t gen) {
  switch (mem.state(pfn)) {
    case svm::FrameState::Freed: return Staleness::FrameFreed;
    case svm::FrameState::Live: return mem.gen(pfn) != gen ? Staleness::FrameReused : Staleness::Fresh;
    case svm::FrameState::NotRam: return Staleness::Fresh;
  }
  return Staleness::Fresh;
}

}  // namespace svmlab::hw
