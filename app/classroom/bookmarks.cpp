#include "app/classroom/bookmarks.h"

#include <algorithm>

#include "app/session.h"

namespace svmlab {

Bookmarks::Bookmarks(Session* session, QObject* parent) : QObject(parent), session_(session) {
  states_.fill(-1);
  connect(session_, &Session::traceChanged, this, [this] {
    if (session_->scenario() != scenario_) {
      scenario_ = session_->scenario();
      clear();
    }
  });
}

int Bookmarks::at(int n) const { return n >= 1 && n <= kCount ? states_[static_cast<size_t>(n - 1)] : -1; }

void Bookmarks::set(int n) {
  if (n < 1 || n > kCount || !session_->isOpen()) return;
  states_[static_cast<size_t>(n - 1)] = session_->cursor();
  emit changed();
}

bool Bookmarks::jump(int n) {
  const int s = at(n);
  if (s < 0 || !session_->isOpen()) return false;
  session_->setCursor(std::min(s, session_->lastIndex()));
  return true;
}

void Bookmarks::clear() {
  states_.fill(-1);
  emit changed();
}

}  // namespace svmlab
