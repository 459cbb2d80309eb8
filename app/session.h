#pragma once
// A session: one scenario run in one variant. It owns the whole trace (one
// snapshot per step) and a cursor into it; views render states[cursor] and
// never change anything. Stepping is moving the cursor: step into is +1,
// step over and out are searches on the thread's stack depth, step back is
// -1. Choosing which thread steps next re-runs the trace from the cursor's
// snapshot with that choice (svm::simulate_from): the model is deterministic,
// so everything up to the cursor stays the same and is not stepped again. A
// long rest of the run is simulated off the GUI thread.

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "core/engine/run.h"
#include "core/scenario/scenario.h"

namespace svmlab {

struct Breakpoint {
  enum class Kind { Function, Milestone, Counter, Violation };
  Kind kind = Kind::Violation;
  QString name;     // Function: fn name; Milestone: milestone name; Counter: "mm#1 mm_users"
  int value = 0;    // Counter: stop when it equals this
  bool operator==(const Breakpoint&) const = default;
};

class Session : public QObject {
  Q_OBJECT

 public:
  explicit Session(QObject* parent = nullptr);
  ~Session() override;

  // A re-simulation of more than this many steps (estimated by the current
  // trace's steps after the cursor) runs on a worker thread: ~10 ms of
  // stepping, the longest the window may stall on a click.
  static constexpr size_t kSyncResimSteps = 20000;

  // Open a scenario in a variant (empty: the scenario's own default).
  // Returns an error message, empty on success.
  QString open(std::shared_ptr<const svm::Scenario> scenario, const QString& variant = {});
  QString setVariant(const QString& variant);

  std::shared_ptr<const svm::Trace> trace() const { return trace_; }
  std::shared_ptr<const svm::Scenario> scenario() const { return scenario_; }
  QString variant() const { return variant_; }
  int cursor() const { return cursor_; }
  int lastIndex() const { return trace_ ? static_cast<int>(trace_->steps.size()) : 0; }
  bool isOpen() const { return trace_ != nullptr; }
  const std::vector<int>& choices() const { return choices_; }
  // The whole schedule of the current trace, as `--schedule` takes it.
  QString scheduleText() const;

  // Moving. Each returns whether the cursor moved.
  bool setCursor(int state_index);
  bool stepInto();
  bool stepOver();
  bool stepOut();
  bool stepBack();
  bool runToEnd();
  bool reset();
  bool runToBreakpoint();  // the next state after the cursor that hits any breakpoint; else the end

  // The thread that takes the next step from the cursor (-1 at the end).
  int nextThread() const;
  // Let `tid` take the next step: the trace is recomputed from the cursor's
  // snapshot with that choice. Returns at once with an error when `tid`
  // cannot step here; a long re-simulation finishes later (busy() until
  // then, and traceChanged when it is installed).
  QString chooseThread(int tid);
  // The run's step bound (svm::kMaxRunSteps unless the command line lowers
  // it); applies from the next trace computed.
  void setMaxSteps(size_t n) { max_steps_ = n; }
  // Tests: the threshold above (kSyncResimSteps by default).
  void setSyncResimSteps(size_t n) { sync_resim_steps_ = n; }
  bool busy() const { return worker_ != nullptr; }
  void waitIdle();  // until a re-simulation on the worker is installed (tests)
  // Replay a schedule given as thread names (what the explorer reports).
  QString applySchedule(const QString& schedule);

  QList<Breakpoint> breakpoints() const { return breakpoints_; }
  void setBreakpoints(QList<Breakpoint> b) { breakpoints_ = std::move(b); }
  bool hits(const Breakpoint& b, int state_index) const;

 signals:
  void traceChanged();        // a new trace (scenario, variant or schedule changed)
  void cursorChanged(int);    // the cursor moved
  void busyChanged(bool);     // a re-simulation started or ended on the worker thread

 private:
  // The trace of the scenario, variant and choices (null when the
  // configuration is bad); `error` says why a schedule could not be followed.
  std::shared_ptr<const svm::Trace> compute(QString* error) const;
  void install(std::shared_ptr<const svm::Trace> t, int cursor);
  int depthAt(int state_index, int tid) const;

  std::shared_ptr<const svm::Scenario> scenario_;
  QString variant_;
  std::vector<int> choices_;  // thread per step, chosen by the user; the default schedule continues after
  std::shared_ptr<const svm::Trace> trace_;
  int cursor_ = 0;
  QList<Breakpoint> breakpoints_;
  size_t max_steps_ = svm::kMaxRunSteps;
  size_t sync_resim_steps_ = kSyncResimSteps;
  QPointer<QThread> worker_;  // a re-simulation in flight
  uint64_t generation_ = 0;   // bumped by every new trace: a late worker result for an older one is dropped
};

}  // namespace svmlab
