#pragma once
// Numbered bookmarks: a teacher marks the steps of the story they will come
// back to (Ctrl+1..9 sets, 1..9 jumps), then moves between them in front of
// the class without scrubbing. A bookmark is a state index of the current
// scenario; opening another scenario clears them (a variant keeps them: the
// steps of a story line up closely enough to be useful).

#include <QObject>
#include <array>
#include <memory>

namespace svm {
struct Scenario;
}

namespace svmlab {

class Session;

class Bookmarks : public QObject {
  Q_OBJECT

 public:
  static constexpr int kCount = 9;

  explicit Bookmarks(Session* session, QObject* parent = nullptr);

  // n is 1..kCount. at(n) is the state, or -1 when unset.
  int at(int n) const;
  void set(int n);       // at the session's cursor
  bool jump(int n);      // false when unset
  void clear();

 signals:
  void changed();

 private:
  Session* session_;
  std::array<int, kCount> states_;
  std::shared_ptr<const svm::Scenario> scenario_;
};

}  // namespace svmlab
