#pragma once
// One canonical numbering per key, remembered per thread (frame_canon.h,
// object_canon.h): most steps change nothing a numbering reads, so most
// states take their parent's. Direct-mapped, 4096 entries (512 missed
// breadth first, where a state's parent was numbered a level earlier).

#include <array>
#include <memory>

#include "core/base/hash.h"

namespace svm {

template <class Numbering>
class CanonMemo {
 public:
  // The numbering for `key` (the 128-bit hash of all it reads), made by
  // number(Numbering&) when it is not here. Valid until the next get().
  template <class F>
  const Numbering& get(const Hash128& key, F&& number) {
    Entry& e = (*table_)[key.lo >> (64 - kBits)];
    if (!e.filled || e.key != key) {
      number(e.value);
      e.key = key;
      e.filled = true;
    }
    return e.value;
  }

 private:
  static constexpr int kBits = 12;
  struct Entry {
    Hash128 key;
    bool filled = false;
    Numbering value;
  };
  std::unique_ptr<std::array<Entry, size_t(1) << kBits>> table_ = std::make_unique<std::array<Entry, size_t(1) << kBits>>();
};

}  // namespace svm
