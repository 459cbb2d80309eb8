#pragma once
// A modeled function's arguments and locals, declared once with the names and
// types the C gives them:
//
//   static constexpr Slot<MmRef> mm{3};     // struct mm_struct *mm
//   ... c.set(mm, c.callee_ret<MmRef>()); if (!c[mm]) return c.oops(...);
//
// A frame stores eight int64_t (core/engine/thread.h) so that the machine
// state stays one flat, hashable value; the type lives in the declaration
// only, costs nothing at run time, and a slot read or written as the wrong
// type does not compile (tests/core/tst_slots.cpp). Arguments come first, in
// the order the caller passes them, then the locals.

#include <concepts>
#include <cstdint>
#include <tuple>
#include <type_traits>

#include "core/base/ids.h"
#include "core/base/types.h"
#include "core/engine/thread.h"

namespace svm {

// A model object, by its 1-based index (0: NULL), typed by what it is: an
// MmRef cannot be passed where an svm is expected.
template <Kind K>
struct ObjRef {
  uint32_t idx = 0;
  constexpr ObjRef() = default;
  constexpr explicit ObjRef(uint32_t i) : idx(i) {}
  constexpr explicit operator bool() const { return idx != 0; }
  constexpr ObjId id() const { return {K, idx}; }
  constexpr auto operator<=>(const ObjRef&) const = default;
};
using TaskRef = ObjRef<Kind::Task>;
using MmRef = ObjRef<Kind::Mm>;
using VmaRef = ObjRef<Kind::Vma>;
using FileRef = ObjRef<Kind::File>;
using FilesRef = ObjRef<Kind::Files>;
using SvmRef = ObjRef<Kind::Svm>;
using SdevRef = ObjRef<Kind::Sdev>;
using DeviceRef = ObjRef<Kind::Device>;  // 1-based, as ObjId{Kind::Device, n}

// How a value of each slot type is kept in a frame's int64_t.
template <class T>
struct SlotCodec;
template <class T>
  requires std::is_integral_v<T> || std::is_enum_v<T>
struct SlotCodec<T> {
  static constexpr SlotKind kind = SlotKind::Plain;
  static constexpr int64_t encode(T x) { return static_cast<int64_t>(x); }
  static constexpr T decode(int64_t v) { return static_cast<T>(v); }
};
// The slot kind of a reference to an object of kind `k` (Plain: none).
constexpr SlotKind slot_kind(Kind k) {
  return k == Kind::Task    ? SlotKind::Task
         : k == Kind::Mm    ? SlotKind::Mm
         : k == Kind::Files ? SlotKind::Files
         : k == Kind::File  ? SlotKind::File
         : k == Kind::Vma   ? SlotKind::Vma
         : k == Kind::Svm   ? SlotKind::Svm
         : k == Kind::Sdev  ? SlotKind::Sdev
                            : SlotKind::Plain;
}
template <Kind K>
struct SlotCodec<ObjRef<K>> {
  static constexpr SlotKind kind = slot_kind(K);
  static constexpr int64_t encode(ObjRef<K> r) { return r.idx; }
  static constexpr ObjRef<K> decode(int64_t v) { return ObjRef<K>{static_cast<uint32_t>(v)}; }
};
template <class Tag, class Rep>
struct SlotCodec<Strong<Tag, Rep>> {  // Pfn, Pasid, Iova, PhysAddr, ...
  static constexpr SlotKind kind = std::is_same_v<Strong<Tag, Rep>, Pfn>        ? SlotKind::Pfn
                                   : std::is_same_v<Strong<Tag, Rep>, PhysAddr> ? SlotKind::PhysAddr
                                                                                : SlotKind::Plain;
  static constexpr int64_t encode(Strong<Tag, Rep> s) { return static_cast<int64_t>(s.v); }
  static constexpr Strong<Tag, Rep> decode(int64_t v) { return Strong<Tag, Rep>{static_cast<Rep>(v)}; }
};

template <class T>
concept SlotValue = requires(T x, int64_t v) {
  { SlotCodec<T>::encode(x) } -> std::same_as<int64_t>;
  { SlotCodec<T>::decode(v) } -> std::same_as<T>;
  { SlotCodec<T>::kind } -> std::convertible_to<SlotKind>;
};

inline constexpr int kFrameSlots = static_cast<int>(std::tuple_size_v<decltype(Frame::v)>);

template <SlotValue T>
struct Slot {
  using type = T;
  uint8_t i = 0;
  // consteval: a slot a frame does not have is a compile error.
  consteval explicit Slot(int index) : i(static_cast<uint8_t>(index)) {
    if (index < 0 || index >= kFrameSlots) throw "a frame has slots 0..7";
  }
};

// One argument of a call or a return value: any slot type, as the frame
// keeps it (so `c.call(FnId::mmput, {c[mm]})` and `c.ret(-kEINVAL)` both read
// like the C).
struct Arg {
  int64_t v = 0;
  SlotKind kind = SlotKind::Plain;
  template <SlotValue T>
  constexpr Arg(T x) : v(SlotCodec<T>::encode(x)), kind(SlotCodec<T>::kind) {}  // NOLINT(google-explicit-constructor): reads as C
};

}  // namespace svm
