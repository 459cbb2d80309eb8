#pragma once
// The source text of one step: almost always an op's own text, which lives
// in the static function tables (function.h) for the whole program, so the
// step only points at it; an op that writes its line at run time
// (Ctx::text, e.g. qi_submit_sync() naming the descriptors it queued) gets
// a copy of its own. A traced step used to copy its line into a std::string
// every time: an allocation, a copy and a free per step for text that never
// changes.
//
// It is a std::string_view (every reader reads it as one); the copy, when
// there is one, is on the heap so the view stays valid when the record
// moves (a short std::string would move its characters with it).

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace svm {

class StepText : public std::string_view {
 public:
  StepText() = default;
  // The op's static text: no copy.
  StepText(std::string_view static_text) : std::string_view(static_text) {}  // NOLINT: implicit, as a view
  StepText(const StepText& o) : std::string_view() { *this = o; }
  StepText(StepText&&) noexcept = default;
  StepText& operator=(StepText&&) noexcept = default;
  StepText& operator=(const StepText& o) {
    if (this == &o) return *this;
    if (!o.own_) {
      own_.reset();
      std::string_view::operator=(o);
    } else {
      keep(o);
    }
    return *this;
  }
  StepText& operator=(std::string_view static_text) {
    own_.reset();
    std::string_view::operator=(static_text);
    return *this;
  }
  // A line made at run time: kept.
  void set_owned(const std::string& line) { keep(line); }

 private:
  void keep(std::string_view s) {
    auto buf = std::make_unique<char[]>(s.size() + 1);
    std::memcpy(buf.get(), s.data(), s.size());
    buf[s.size()] = '\0';
    own_ = std::move(buf);
    std::string_view::operator=(std::string_view(own_.get(), s.size()));
  }
  std::unique_ptr<char[]> own_;
};

}  // namespace svm
