#include "app/classroom/autoplay.h"

#include <QTimer>
#include <algorithm>

#include "app/session.h"

namespace svmlab {

Autoplay::Autoplay(Session* session, QObject* parent) : QObject(parent), session_(session), timer_(new QTimer(this)) {
  timer_->setInterval(interval_);
  connect(timer_, &QTimer::timeout, this, &Autoplay::tick);
  // A new trace (other scenario or variant) ends the show.
  connect(session_, &Session::traceChanged, this, &Autoplay::stop);
}

bool Autoplay::isRunning() const { return timer_->isActive(); }

void Autoplay::setInterval(int ms) {
  interval_ = std::clamp(ms, 10, 10000);
  timer_->setInterval(interval_);
  emit intervalChanged(interval_);
}

void Autoplay::faster() {
  for (int p : presets())
    if (p < interval_) return setInterval(p);
}

void Autoplay::slower() {
  const QList<int> p = presets();
  for (auto it = p.rbegin(); it != p.rend(); ++it)
    if (*it > interval_) return setInterval(*it);
}

void Autoplay::start() {
  if (isRunning() || !session_->isOpen() || session_->cursor() >= session_->lastIndex()) return;
  timer_->start();
  emit runningChanged(true);
}

void Autoplay::stop() {
  if (!isRunning()) return;
  timer_->stop();
  emit runningChanged(false);
}

void Autoplay::toggle() { isRunning() ? stop() : start(); }

void Autoplay::tick() {
  if (!session_->isOpen() || !session_->stepInto()) return stop();
  const int i = session_->cursor();
  const auto& steps = session_->trace()->steps;
  const bool milestone = pause_at_milestones_ && i > 0 && steps[static_cast<size_t>(i - 1)].milestone.has_value();
  if (milestone || i >= session_->lastIndex() || (hold_at_ && hold_at_(i))) {
    stop();
    emit pausedAt(i);
  }
}

}  // namespace svmlab
