#pragma once
// Autoplay: step the session on a timer, like a slide show, so a teacher can
// talk while the story runs. It pauses by itself at every milestone (the
// moments worth explaining), at the end, and wherever `holdAt` says so (the
// quiz holds at an unanswered question). Speed is an interval per step.

#include <QObject>
#include <functional>

class QTimer;

namespace svmlab {

class Session;

class Autoplay : public QObject {
  Q_OBJECT

 public:
  explicit Autoplay(Session* session, QObject* parent = nullptr);

  bool isRunning() const;
  int interval() const { return interval_; }  // ms per step
  void setInterval(int ms);                   // clamped to [10, 10000]
  // The speed presets, slowest first; faster()/slower() move between them.
  static QList<int> presets() { return {3000, 2000, 1200, 700, 350, 150}; }
  void faster();
  void slower();

  bool pausesAtMilestones() const { return pause_at_milestones_; }
  void setPauseAtMilestones(bool on) { pause_at_milestones_ = on; }
  // Also pause when this says so for the state just reached.
  void setHoldAt(std::function<bool(int state)> f) { hold_at_ = std::move(f); }

 public slots:
  void start();
  void stop();
  void toggle();

 signals:
  void runningChanged(bool running);
  void intervalChanged(int ms);
  void pausedAt(int state);  // stopped by itself (milestone, hold or end)

 private:
  void tick();

  Session* session_;
  QTimer* timer_;
  int interval_ = 1200;
  bool pause_at_milestones_ = true;
  std::function<bool(int)> hold_at_;
};

}  // namespace svmlab
