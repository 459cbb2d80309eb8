#pragma once
// Dead device registers: what only a device's own thread reads (the PASID
// its driver programmed and whether it was told to stop, its page-group
// counter, its DMA tallies, the page responses it has not consumed). Once
// that thread has finished, or where a device has none, no step reads them
// again, and neither does the end of the search (check_end: a device is no
// root of the leak check, and no deadlock waits on them). Two states that
// differ only there step alike and end alike, and the explorer remembers
// them by one hash, as Spin forgets a dead variable. Four processes binding
// one accelerator otherwise keep apart which of them programmed it last,
// long after nothing can use it.
//
// The explorer keeps the state it reached: only the hash forgets.

#include <optional>
#include <vector>

#include "core/base/hash.h"
#include "core/engine/config.h"
#include "core/engine/machine.h"

namespace svm {

// Per device, the thread that reads its registers (-1: none).
struct DeviceReaders {
  std::vector<int> thread;
};
DeviceReaders device_readers(const Config& cfg);

// Whether device d's registers are dead in m: its thread cannot step again
// (finished, oopsed) or it has none.
bool registers_dead(const Machine& m, const DeviceReaders& r, size_t d);

// m as the explorer hashes it: the dead registers of its devices at their
// boot values. Nothing when m has none set (most states: no copy).
std::optional<Machine> forget_dead_registers(const Machine& m, const DeviceReaders& r);

}  // namespace svm
