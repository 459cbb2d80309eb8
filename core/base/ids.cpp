#include "core/base/ids.h"

#include <array>
#include <charconv>

namespace svm {

namespace {
constexpr std::array<std::string_view, kKindCount> kKindNames = {
    "task", "mm", "vma", "file", "files", "svm", "sdev", "notifier", "pasid", "device", "frame"};
}

std::string_view kind_name(Kind k) { return kKindNames[static_cast<size_t>(k)]; }

std::string to_string(ObjId id) {
  if (!id) return "none";
  std::string s(kind_name(id.kind));
  s += '#';
  s += std::to_string(id.idx);
  return s;
}

std::optional<ObjId> parse_obj_id(std::string_view s) {
  const auto hash = s.find('#');
  if (hash == std::string_view::npos) return std::nullopt;
  const auto name = s.substr(0, hash);
  for (size_t k = 0; k < kKindNames.size(); ++k) {
    if (kKindNames[k] != name) continue;
    uint32_t idx = 0;
    const auto num = s.substr(hash + 1);
    auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), idx);
    if (ec != std::errc{} || p != num.data() + num.size() || idx == 0) return std::nullopt;
    return ObjId{static_cast<Kind>(k), idx};
  }
  return std::nullopt;
}

}  // namespace svm
