#include "core/explore/dead_registers.h"

namespace svm {

namespace {
// The registers only the device's thread reads (core/device/dma.cpp; the
// driver writes pasid and stopped, the IOMMU appends responses).
bool set(const DeviceState& d) {
  return d.pasid_valid || d.pasid || d.stopped || d.next_prg || d.dma_ok || d.dma_failed || !d.responses.empty();
}
void clear(DeviceState& d) {
  d.pasid_valid = false;
  d.pasid = 0;
  d.stopped = false;
  d.next_prg = 0;
  d.dma_ok = d.dma_failed = 0;
  d.responses.clear();
}
}  // namespace

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

std::optional<Machine> forget_dead_registers(const Machine& m, const DeviceReaders& r) {
  std::optional<Machine> out;
  for (size_t d = 0; d < m.devs.size(); ++d) {
    if (!set(m.devs[d]) || !registers_dead(m, r, d)) continue;
    if (!out) out.emplace(m);  // shares every part; only the device is cloned
    clear(out->devs.mut()[d]);
  }
  return out;
}

}  // namespace svm
