#include "core/explore/dead_registers.h"

#include "core/explore/canon_memo.h"

namespace svm {

DeviceReaders device_readers(const Config& cfg) {
  DeviceReaders r;
  for (size_t d = 0; d < cfg.scenario->devices.size(); ++d) r.thread.push_back(cfg.device_thread(static_cast<int>(d)));
  return r;
}

bool registers_dead(const Machine& m, const DeviceReaders& r, size_t d) {
  const int t = d < r.thread.size() ? r.thread[d] : -1;
  if (t < 0) return true;
  const Thread& th = (*m.threads)[static_cast<size_t>(t)];
  // An unborn thread will run; a live one with an empty stack has finished (next_op).
  return th.state == RunState::Done || th.state == RunState::Oopsed || (th.state == RunState::Live && th.stack.empty());
}

uint64_t forgotten_devices(const Machine& m, const DeviceReaders& r) {
  uint64_t out = 0;
  // The thread first: in most states no device has finished.
  for (size_t d = 0; d < m.devs.size() && d < 64; ++d)
    if (registers_dead(m, r, d) && !m.devs[d].own_at_boot()) out |= uint64_t(1) << d;
  return out;
}

Hash128 forgotten_hash(const DeviceTable& devs, size_t d) {
  thread_local CanonMemo<Hash128> memo;
  return memo.get(devs.hash128(d), [&](Hash128& out) {
    Hasher h;
    devs[d].hash_into(h, true);
    out = h.wide();
  });
}

Hash128 hash_forgetting(const Machine& m, uint64_t forget) {
  const Hash128 devs =
      m.devs.hash128_by([&](size_t d) { return d < 64 && (forget >> d & 1) ? forgotten_hash(m.devs, d) : m.devs.hash128(d); });
  return Machine::hash_of_parts(m.k.hash128(), m.drv.hash128(), m.mem.hash128(), m.hw.hash128(), devs, m.threads.hash128());
}

}  // namespace svm
