#include "app/session.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

#include "core/driver/variant.h"
#include "core/engine/config.h"
#include "core/engine/function.h"
#include "core/engine/milestone.h"
#include "core/engine/refs.h"
#include "core/engine/step.h"

namespace svmlab {

Session::Session(QObject* parent) : QObject(parent) {}

Session::~Session() {
  if (worker_) worker_->wait();  // it writes into a result this session's lambda owns
}

void Session::waitIdle() {
  while (worker_) {
    worker_->wait();
    QCoreApplication::sendPostedEvents(this);  // deliver finished -> install
    QCoreApplication::processEvents();
  }
}

QString Session::open(std::shared_ptr<const svm::Scenario> scenario, const QString& variant) {
  scenario_ = std::move(scenario);
  variant_ = variant.isEmpty() ? QString::fromStdString(scenario_->variant) : variant;
  choices_.clear();
  QString e;
  if (auto t = compute(&e)) install(std::move(t), 0);
  return e;
}

QString Session::setVariant(const QString& variant) {
  if (!scenario_) return tr("no scenario is open");
  variant_ = variant;
  choices_.clear();  // a schedule of one variant need not fit another
  QString e;
  if (auto t = compute(&e)) install(std::move(t), cursor_);
  return e;
}

std::shared_ptr<const svm::Trace> Session::compute(QString* error) const {
  const svm::Variant* v = svm::find_variant(variant_.toStdString());
  if (!v) {
    *error = tr("unknown variant %1").arg(variant_);
    return nullptr;
  }
  auto cfg = std::make_shared<svm::Config>();
  const std::string e = svm::make_config(scenario_, *v, *cfg);
  if (!e.empty()) {
    *error = QString::fromStdString(e);
    return nullptr;
  }
  svm::RunOptions opt;
  opt.max_steps = max_steps_;
  opt.schedule = choices_;
  if (choices_.empty()) {
    std::string sched, err;
    for (const std::string& s : scenario_->schedule) sched += (sched.empty() ? "" : ",") + s;
    if (auto parsed = svm::parse_schedule(*cfg, sched, &err)) opt.schedule = *parsed;
  }
  auto t = std::make_shared<const svm::Trace>(svm::simulate(cfg, opt));
  *error = QString::fromStdString(t->schedule_error);
  return t;
}

void Session::install(std::shared_ptr<const svm::Trace> t, int cursor) {
  // The cursor is clamped before anyone hears of the new trace, so no
  // listener ever sees a cursor past its end.
  trace_ = std::move(t);
  ++generation_;
  cursor_ = std::clamp(cursor, 0, lastIndex());
  emit traceChanged();
  emit cursorChanged(cursor_);
}

QString Session::scheduleText() const {
  if (!trace_) return {};
  std::vector<int> s;
  for (const auto& st : trace_->steps) s.push_back(st.thread);
  return QString::fromStdString(svm::format_schedule(*trace_->cfg, s, true));
}

bool Session::setCursor(int i) {
  if (!trace_) return false;
  i = std::clamp(i, 0, lastIndex());
  if (i == cursor_) return false;
  cursor_ = i;
  emit cursorChanged(cursor_);
  return true;
}

int Session::nextThread() const {
  if (!trace_ || cursor_ >= lastIndex()) return -1;
  return trace_->steps[static_cast<size_t>(cursor_)].thread;
}

int Session::depthAt(int i, int tid) const {
  const svm::Machine t_m = trace_->states[static_cast<size_t>(i)];  // a snapshot is read by value: keep it
  const svm::Thread& t = (*t_m.threads)[tid];
  return t.state == svm::RunState::Live ? static_cast<int>(t.stack.size()) : 0;
}

bool Session::stepInto() { return setCursor(cursor_ + 1); }

bool Session::stepBack() { return setCursor(cursor_ - 1); }

bool Session::stepOver() {
  // Run until the thread about to step is back at its depth (the line it is
  // on has completed, calls and all), or has finished.
  const int tid = nextThread();
  if (tid < 0) return false;
  const int d0 = depthAt(cursor_, tid);
  for (int j = cursor_ + 1; j <= lastIndex(); ++j)
    if (depthAt(j, tid) <= d0) return setCursor(j);
  return setCursor(lastIndex());
}

bool Session::stepOut() {
  // Run until the thread returns from the function it is in.
  const int tid = nextThread();
  if (tid < 0) return false;
  const int d0 = depthAt(cursor_, tid);
  for (int j = cursor_ + 1; j <= lastIndex(); ++j)
    if (depthAt(j, tid) < d0) return setCursor(j);
  return setCursor(lastIndex());
}

bool Session::runToEnd() { return setCursor(lastIndex()); }

bool Session::reset() { return setCursor(0); }

bool Session::hits(const Breakpoint& b, int i) const {
  if (!trace_ || i < 1 || i > lastIndex()) return false;
  const svm::StepRecord& s = trace_->steps[static_cast<size_t>(i - 1)];
  switch (b.kind) {
    case Breakpoint::Kind::Function:
      return s.kind == svm::StepKind::Enter && QString::fromUtf8(svm::fn_name(s.fn).data()) == b.name;
    case Breakpoint::Kind::Milestone:
      return s.milestone && QString::fromUtf8(svm::milestone_name(*s.milestone).data()) == b.name;
    case Breakpoint::Kind::Counter: {
      const QStringList parts = b.name.split(QLatin1Char(' '));
      if (parts.size() != 2) return false;
      for (const svm::CounterChange& c : s.changes)
        if (QString::fromStdString(svm::to_string(c.obj)) == parts[0] && QString::fromStdString(c.counter) == parts[1] &&
            c.after == b.value)
          return true;
      return false;
    }
    case Breakpoint::Kind::Violation: return !s.violations.empty() || (i == lastIndex() && !trace_->end.empty());
  }
  return false;
}

bool Session::runToBreakpoint() {
  if (!trace_) return false;
  for (int j = cursor_ + 1; j <= lastIndex(); ++j)
    for (const Breakpoint& b : breakpoints_)
      if (hits(b, j)) return setCursor(j);
  return setCursor(lastIndex());
}

QString Session::chooseThread(int tid) {
  if (!trace_) return tr("no scenario is open");
  if (worker_) return tr("still re-simulating the last choice");
  const std::shared_ptr<const svm::Trace> base = trace_;
  const size_t at = static_cast<size_t>(cursor_);
  std::vector<int> prefix;
  for (size_t i = 0; i < at; ++i) prefix.push_back(base->steps[i].thread);
  prefix.push_back(tid);
  // Refuse at once what cannot step here, in the words of a schedule error.
  const svm::Machine here = base->states[at];
  if (tid < 0 || tid >= static_cast<int>(base->cfg->threads.size()))
    return tr("no such thread");
  if (!svm::can_step(here, *base->cfg, tid))
    return QString::fromStdString("step " + std::to_string(at + 1) + ": " + base->cfg->threads[size_t(tid)].name +
                                  " cannot run (" + svm::waiting(here, *base->cfg, tid).what + ")");
  choices_ = prefix;
  svm::RunOptions opt;
  opt.max_steps = max_steps_;
  opt.schedule = prefix;
  const size_t rest = base->steps.size() - at;
  if (rest <= sync_resim_steps_) {
    install(std::make_shared<const svm::Trace>(svm::simulate_from(*base, at, opt)), cursor_ + 1);
    return {};
  }
  // Long: step the rest on a worker; the window keeps showing the old trace
  // (its prefix is the same) until the new one is installed.
  auto result = std::make_shared<std::shared_ptr<const svm::Trace>>();
  const uint64_t gen = generation_;
  QThread* w = QThread::create([base, at, opt, result] {
    *result = std::make_shared<const svm::Trace>(svm::simulate_from(*base, at, opt));
  });
  worker_ = w;
  connect(w, &QThread::finished, this, [this, w, result, gen, at] {
    worker_ = nullptr;
    w->deleteLater();
    emit busyChanged(false);
    if (gen == generation_ && *result) install(std::move(*result), static_cast<int>(at) + 1);
  });
  w->start();
  emit busyChanged(true);
  return {};
}

QString Session::applySchedule(const QString& schedule) {
  if (!trace_) return tr("no scenario is open");
  std::string err;
  auto parsed = svm::parse_schedule(*trace_->cfg, schedule.toStdString(), &err);
  if (!parsed) return QString::fromStdString(err);
  choices_ = *parsed;
  QString e;
  if (auto t = compute(&e)) install(std::move(t), static_cast<int>(choices_.size()));
  return e;
}

}  // namespace svmlab
