#include "app/explore_dialog.h"

#include <algorithm>
#include <mutex>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/duration_text.h"
#include "core/engine/run.h"
#include "core/explore/resident.h"
#include "views/common/core_text.h"

namespace svmlab {

namespace {
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }
}  // namespace

// Owned jointly by the dialog and the search thread, so neither outlives it:
// the cancel token the dialog sets, and the last progress the search reported
// (read by the dialog's timer, on the GUI thread).
struct ExploreDialog::Shared {
  svm::ExploreCancel cancel;
  std::mutex mu;
  svm::ExploreProgress progress;
  bool reported = false;
};

ExploreDialog::ExploreDialog(std::shared_ptr<const svm::Config> cfg, QWidget* parent, size_t budget)
    : QDialog(parent), cfg_(std::move(cfg)), budget_(budget) {
  setObjectName(QStringLiteral("exploreDialog"));
  setAttribute(Qt::WA_DeleteOnClose);
  resize(820, 360);
  auto* lay = new QVBoxLayout(this);
  summary_ = new QLabel(this);
  summary_->setObjectName(QStringLiteral("exploreSummary"));
  summary_->setWordWrap(true);
  lay->addWidget(summary_);
  table_ = new QTreeWidget(this);
  table_->setRootIsDecorated(false);
  table_->header()->setStretchLastSection(true);
  table_->setWordWrap(true);
  lay->addWidget(table_, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  stop_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  stop_->setObjectName(QStringLiteral("stopExplore"));
  connect(stop_, &QPushButton::clicked, this, &ExploreDialog::stop);
  breadth_first_button_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  breadth_first_button_->setObjectName(QStringLiteral("exploreBreadthFirst"));
  connect(breadth_first_button_, &QPushButton::clicked, this, &ExploreDialog::searchBreadthFirst);
  load_ = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
  load_->setEnabled(false);
  // Offered only once a search stops at a bound. Hidden after the last
  // addButton(), which shows every button of the box again.
  breadth_first_button_->hide();
  connect(load_, &QPushButton::clicked, this, [this] { load(table_->indexOfTopLevelItem(table_->currentItem())); });
  connect(table_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* it) { load(table_->indexOfTopLevelItem(it)); });
  connect(table_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* it) { load_->setEnabled(it != nullptr); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  lay->addWidget(buttons);
  shared_ = std::make_shared<Shared>();
  poll_ = new QTimer(this);
  poll_->setInterval(100);
  connect(poll_, &QTimer::timeout, this, &ExploreDialog::showProgress);
  retranslate();
  start();
}

void ExploreDialog::start() {
  // The explorer is plain C++ and deterministic; it runs on its own thread so
  // the window stays responsive, and hands back a value.
  // The ceiling is the whole process's resident memory; the window already
  // holds some (traces, Qt, under a sanitizer more than a GiB), so the search
  // gets the command line's default budget on top of what is held now.
  ceiling_ = svm::ResidentMemory().bytes() + budget_;
  auto out = std::make_shared<svm::ExploreResult>();
  QThread* worker = QThread::create([cfg = cfg_, out, shared = shared_, ceiling = ceiling_, bf = breadth_first_] {
    svm::ExploreOptions o;
    o.max_bytes = ceiling;
    o.depth_first = !bf;
    o.shortest_schedules = !bf;
    o.cancel = &shared->cancel;
    o.progress = [shared](const svm::ExploreProgress& p) {
      const std::lock_guard<std::mutex> lock(shared->mu);
      shared->progress = p;
      shared->reported = true;
    };
    *out = svm::explore(cfg, o);
  });
  connect(worker, &QThread::finished, this, [this, out] {
    poll_->stop();
    stop_->setEnabled(false);
    result_ = out;
    showResult();
    emit explored();
  });
  connect(worker, &QThread::finished, worker, &QObject::deleteLater);
  worker_ = worker;
  worker->start();
  poll_->start();
}

ExploreDialog::~ExploreDialog() {
  // The worker writes only into what it shares with us, but a QThread must
  // not outlive the application while it runs: closing cancels the search,
  // which then ends within a few states, and waits for that.
  shared_->cancel.cancel();
  if (worker_ && worker_->isRunning()) worker_->wait();
}

void ExploreDialog::searchBreadthFirst() {
  if (!result_ || breadth_first_) return;
  breadth_first_ = true;
  result_.reset();
  table_->clear();
  breadth_first_button_->hide();
  load_->setEnabled(false);
  stop_->setEnabled(true);
  shared_ = std::make_shared<Shared>();
  retranslate();
  start();
}

void ExploreDialog::stop() {
  if (result_) return;
  shared_->cancel.cancel();
  stop_->setEnabled(false);
  summary_->setText(tr("Stopping..."));
}

void ExploreDialog::showProgress() {
  if (result_ || shared_->cancel.cancelled()) return;
  svm::ExploreProgress p;
  {
    const std::lock_guard<std::mutex> lock(shared_->mu);
    if (!shared_->reported) return;
    p = shared_->progress;
  }
  const double rate = p.seconds > 0 ? static_cast<double>(p.states) / p.seconds : 0.0;
  const double mib = static_cast<double>(p.bytes) / 1048576.0;
  if (p.shortening)  // the verdict is in; the schedules are being shortened, level by level
    summary_->setText(tr("Every interleaving was explored. Finding the shortest schedule to each violation, breadth "
                         "first: %1 states, depth %2, %3 MiB resident of a %4 MiB ceiling...")
                          .arg(p.states)
                          .arg(p.depth)
                          .arg(mib, 0, 'f', 0)
                          .arg(ceiling_ >> 20));
  else if (!breadth_first_)  // no length of schedule is done before the end: no depth to show
    summary_->setText(tr("Trying every interleaving of the scenario's threads, depth first: %1 states, %2 states/s, "
                         "%3 MiB resident of a %4 MiB ceiling...")
                          .arg(p.states)
                          .arg(rate, 0, 'f', 0)
                          .arg(mib, 0, 'f', 0)
                          .arg(ceiling_ >> 20));
  else
    summary_->setText(tr("Trying every interleaving of the scenario's threads: %1 states, depth %2, %3 states/s, "
                         "%4 MiB resident of a %5 MiB ceiling...")
                          .arg(p.states)
                          .arg(p.depth)
                          .arg(rate, 0, 'f', 0)
                          .arg(mib, 0, 'f', 0)
                          .arg(ceiling_ >> 20));
}

int ExploreDialog::violationCount() const { return result_ ? static_cast<int>(result_->violations.size()) : 0; }

QString ExploreDialog::schedule(int row) const {
  if (!result_ || row < 0 || row >= violationCount()) return {};
  return QString::fromStdString(svm::format_schedule(*cfg_, result_->violations[static_cast<size_t>(row)].schedule, true));
}

void ExploreDialog::load(int row) {
  if (row >= 0 && row < violationCount()) emit scheduleChosen(schedule(row));
}

void ExploreDialog::changeEvent(QEvent* e) {
  QDialog::changeEvent(e);
  if (e->type() == QEvent::LanguageChange) retranslate();
}

void ExploreDialog::retranslate() {
  setWindowTitle(tr("Explore Interleavings"));
  table_->setHeaderLabels({tr("Violation"), tr("Steps"), tr("What happens")});
  load_->setText(tr("&Load Counterexample"));
  load_->setToolTip(tr("Replay the shortest schedule to this violation in the main window"));
  breadth_first_button_->setText(tr("Search &Breadth First"));
  breadth_first_button_->setToolTip(tr("The same search again, breadth first: every schedule of n steps before any "
                                       "of n + 1. It holds a whole level of machines, so it stops sooner, but it "
                                       "then tells up to how many steps every schedule was explored."));
  stop_->setText(tr("&Stop"));
  stop_->setToolTip(tr("Stop the search now and show what it found so far"));
  if (result_)
    showResult();
  else if (shared_->cancel.cancelled())
    summary_->setText(tr("Stopping..."));
  else {
    summary_->setText(tr("Trying every interleaving of the scenario's threads..."));
    showProgress();
  }
}

void ExploreDialog::showResult() {
  const svm::ExploreResult& r = *result_;
  const int current = table_->indexOfTopLevelItem(table_->currentItem());
  table_->clear();
  QString text = tr("%1 states, %2 transitions, %3.")
                     .arg(r.states)
                     .arg(r.transitions)
                     .arg(durationText(r.seconds, tr("%1 ms"), tr("%1 s"), QLocale()));
  const auto longer = std::count_if(r.violations.begin(), r.violations.end(), [](const svm::Counterexample& c) { return !c.shortest; });
  QStringList alike;  // interchangeable processes: "p0, p1"; "q0, q1"
  for (const auto& g : r.interchangeable) {
    QStringList names;
    for (const std::string& n : g) names << QString::fromStdString(n);
    alike << names.join(QStringLiteral(", "));
  }
  text += QLatin1Char(' ') + (r.complete && !alike.isEmpty()
                                  ? tr("Every interleaving was explored, up to which of %1 is which.")
                                        .arg(alike.join(QStringLiteral("; ")))
                              : r.complete  ? tr("Every interleaving was explored.")
                              : r.cancelled ? tr("Stopped before the end: %1.").arg(coreText(r.bound))
                                            : tr("Not complete: %1.").arg(coreText(r.bound)));
  // Unfinished, no violation is no verdict (as the command line says it).
  text += QLatin1Char(' ') + (r.violations.empty()
                                  ? (r.complete ? tr("No violation in any interleaving.")
                                                : tr("No verdict: no violation in the interleavings explored, but the "
                                                     "search did not finish."))
                              : longer == 0
                                  ? tr("Distinct violations: %1, each with its shortest schedule.").arg(r.violations.size())
                              : r.shortening_states == 0
                                  ? tr("Distinct violations: %1, each with the schedule on which the search, depth "
                                       "first, met it (not the shortest).")
                                        .arg(r.violations.size())
                                  : tr("Distinct violations: %1. The search for the shortest schedules stopped "
                                       "early: %2 of them show the schedule on which the search, depth first, met "
                                       "them (marked *: a shorter one may exist).")
                                        .arg(r.violations.size())
                                        .arg(longer));
  load_->setToolTip(longer == 0 ? tr("Replay the shortest schedule to this violation in the main window")
                                : tr("Replay the schedule on which the search met this violation in the main window"));
  summary_->setText(text);
  // What "every interleaving" rests on, for whoever asks: hash compaction,
  // the reductions, and a search run again without one.
  QString tip = tr("States are told apart by %1 bits of their hash: the odds that two different states were "
                   "taken for one, and one of them never explored, are %2.")
                    .arg(r.hash_bits)
                    .arg(locale().toString(r.merge_odds, 'g', 2));
  QStringList reduced;
  for (const std::string& s : r.reductions) reduced << coreText(s.c_str());
  tip += QLatin1Char('\n') + (reduced.isEmpty() ? tr("No reduction: every interleaving of every step was tried.")
                                               : tr("Reduced by: %1.").arg(reduced.join(QStringLiteral("; "))));
  for (const QString& names : alike)
    tip += QLatin1Char('\n') + tr("Interchangeable processes: %1. A violation shown for one stands for each.").arg(names);
  if (!r.ownership_breach.empty())
    tip += QLatin1Char('\n') + (r.frames_breach ? tr("Searched again without counting frames as their mm's, because %1.")
                                                 : tr("Searched again without kernel-object ownership, because %1."))
                                    .arg(coreText(r.ownership_breach));
  summary_->setToolTip(tip);
  // Stopped by a bound (the ceiling, the state bound): breadth first would
  // say how far every schedule was explored.
  breadth_first_button_->setVisible(!r.complete && !r.cancelled && !breadth_first_);
  for (const svm::Counterexample& c : r.violations) {
    auto* it = new QTreeWidgetItem(table_);
    it->setText(0, qs(svm::violation_kind_name(c.violation.kind)));
    it->setText(1, c.shortest ? QString::number(c.schedule.size()) : QString::number(c.schedule.size()) + QLatin1Char('*'));
    it->setText(2, coreMessage(c.violation));
    it->setToolTip(2, coreMessage(c.violation));
  }
  table_->resizeColumnToContents(0);
  if (table_->topLevelItemCount() > 0) table_->setCurrentItem(table_->topLevelItem(std::max(current, 0)));
}

}  // namespace svmlab
