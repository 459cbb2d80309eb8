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
// The explorer keeps the state it reached: only the hash forgets (no
// copy of the machine is made either).

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

// The devices whose registers are dead in m and not all at their boot
// values, as bits (device d: bit d; devices past the 64th are never
// forgotten). Most states have none, and are hashed as they are.
uint64_t forgotten_devices(const Machine& m, const DeviceReaders& r);

// Device d's hash with its dead registers at their boot values
// (DeviceState::hash_into): equal to the hash of a device that never set
// them. Remembered per thread by the device's own hash.
Hash128 forgotten_hash(const DeviceTable& devs, size_t d);

// m.hash128() with the devices in `forget` hashed by forgotten_hash(): the
// state as a search without renamings remembers it.
Hash128 hash_forgetting(const Machine& m, uint64_t forget);

}  // namespace svm
