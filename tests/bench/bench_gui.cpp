// GUI benchmarks, offscreen (PRODUCT.md section 8):
//
//   layout/<scenario>           RefGraphView::setTrace on the scenario's whole
//                               trace: model, Graphviz layout, items, fit.
//                               Budget: under 50 ms. dot_ms: Graphviz alone.
//   gui_step/<scenario>         one step (Session::stepInto) with every view
//                               of a shown MainWindow updated and painted:
//                               median_ms (budget: one frame, 16 ms) and
//                               worst_ms over every step of the trace.
//   gui_step_compare/<scenario> the same in compare mode (v4.4 | v4.5).
//   gui_step_hardware/<scenario> the same with the hardware diagrams shown:
//                               the VT-d dock raised on its Diagrams tab and
//                               the diagrams beside the graph (Ctrl+Shift+H).
//   first_window[/<scenario>]   launch to the first paint of the main window:
//                               this program re-runs itself as a child that
//                               builds QApplication and MainWindow as
//                               `svmlab` does, shows it and says so on its
//                               first paint. Budget: 0.5 s.
//
// The platform is offscreen unless QT_QPA_PLATFORM says otherwise.

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QAction>
#include <QDockWidget>
#include <QProcess>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>
#include <QtTest/QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "app/mainwindow.h"
#include "core/engine/run.h"
#include "tests/bench/bench_common.h"
#include "tests/core/fixtures.h"
#include "views/refgraph/graph_view.h"

namespace {

// Counts paint events of one window's widgets.
class PaintCounter : public QObject {
 public:
  explicit PaintCounter(QWidget* window) : window_(window) { qApp->installEventFilter(this); }
  ~PaintCounter() override { qApp->removeEventFilter(this); }
  int paints = 0;

 protected:
  bool eventFilter(QObject* o, QEvent* e) override {
    if (e->type() == QEvent::Paint && o->isWidgetType() && static_cast<QWidget*>(o)->window() == window_) ++paints;
    return false;
  }

 private:
  QWidget* window_;
};

// Deliver events until the window has painted (or nothing more is pending).
void settle(PaintCounter& pc) {
  const int before = pc.paints;
  for (int i = 0; i < 20 && pc.paints == before; ++i) QApplication::processEvents(QEventLoop::AllEvents);
  QApplication::processEvents();
}

void BM_Layout(benchmark::State& state, const std::string& id) {
  auto s = fixtures::builtin(id);
  const auto trace = std::make_shared<const svm::Trace>(fixtures::run(id, s->variant));
  svmlab::RefGraphView view;
  view.resize(1000, 700);
  double dot_ms = 0;
  for (auto _ : state) {
    view.setTrace(trace);
    dot_ms = view.layoutMilliseconds();
  }
  if (!view.layoutError().isEmpty()) state.SkipWithError(qPrintable(view.layoutError()));
  state.counters["dot_ms"] = dot_ms;
  state.counters["nodes"] = view.nodeIds().size();
}

enum class Mode { Plain, Compare, Hardware };

void BM_GuiStep(benchmark::State& state, const std::string& id, Mode mode) {
  const bool compare = mode == Mode::Compare;
  svmlab::MainWindow w;
  w.show();
  if (!QTest::qWaitForWindowExposed(&w)) {
    state.SkipWithError("window not exposed");
    return;
  }
  PaintCounter pc(&w);
  if (const QString e = w.openBuiltin(QString::fromStdString(id), compare ? QStringLiteral("v4.4") : QString()); !e.isEmpty()) {
    state.SkipWithError(qPrintable(e));
    return;
  }
  if (compare) w.setCompare(QStringLiteral("v4.5"));
  if (mode == Mode::Hardware) {
    w.dock(QStringLiteral("hardwareDock"))->raise();
    if (auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("hardwareTabs"))) tabs->setCurrentIndex(0);
    w.action(QStringLiteral("hardwareBeside"))->trigger();
  }
  settle(pc);
  std::vector<double> ms;
  int paints = 0;
  for (auto _ : state) {
    w.session()->reset();
    settle(pc);
    QElapsedTimer walk;
    qint64 total = 0;
    while (w.session()->cursor() < w.session()->lastIndex()) {
      const int before = pc.paints;
      walk.start();
      w.session()->stepInto();
      settle(pc);
      const qint64 ns = walk.nsecsElapsed();
      paints += pc.paints - before;
      total += ns;
      ms.push_back(static_cast<double>(ns) / 1e6);
    }
    state.SetIterationTime(static_cast<double>(total) / 1e9);
  }
  if (ms.empty()) return;
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  state.counters["steps"] = static_cast<double>(w.session()->lastIndex());
  state.counters["median_ms"] = sorted[sorted.size() / 2];
  state.counters["p90_ms"] = sorted[sorted.size() * 9 / 10];
  state.counters["worst_ms"] = sorted.back();
  state.counters["paints_per_step"] = static_cast<double>(paints) / static_cast<double>(ms.size());  // widgets repainted
}

// --- first window: a child process, timed from launch to its first paint.
int startup_child(int argc, char** argv, const char* scenario) {
  QApplication app(argc, argv);
  svmlab::MainWindow w;
  if (scenario && *scenario) {
    if (const QString e = w.openBuiltin(QString::fromUtf8(scenario)); !e.isEmpty()) {
      std::fprintf(stderr, "%s\n", qPrintable(e));
      return 2;
    }
  }
  PaintCounter pc(&w);
  QTimer poll;
  poll.setInterval(0);
  QObject::connect(&poll, &QTimer::timeout, &app, [&] {
    if (pc.paints == 0) return;
    std::fputs("shown\n", stdout);
    std::fflush(stdout);
    app.quit();
  });
  w.show();
  poll.start();
  return app.exec();
}

void BM_FirstWindow(benchmark::State& state, const std::string& self, const std::string& scenario) {
  std::vector<double> ms;
  for (auto _ : state) {
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(QString::fromStdString(self), {QStringLiteral("--startup-child"), QString::fromStdString(scenario)});
    bool shown = false;
    while (!shown && p.waitForReadyRead(30000)) shown = p.readAll().contains("shown");
    const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
    p.waitForFinished(30000);
    if (!shown) {
      state.SkipWithError("the child never showed its window");
      return;
    }
    state.SetIterationTime(s);
    ms.push_back(s * 1000);
  }
  std::sort(ms.begin(), ms.end());
  state.counters["median_ms"] = ms[ms.size() / 2];
  state.counters["worst_ms"] = ms.back();
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  qputenv("SVMLAB_NO_DIALOGS", "1");
  if (argc >= 2 && std::strcmp(argv[1], "--startup-child") == 0)
    return startup_child(argc, argv, argc >= 3 ? argv[2] : nullptr);

  QApplication app(argc, argv);
  const std::string self = QCoreApplication::applicationFilePath().toStdString();
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("layout/" + id).c_str(), BM_Layout, id)->Unit(benchmark::kMillisecond);
  for (const std::string& id : bench::catalogue())
    benchmark::RegisterBenchmark(("gui_step/" + id).c_str(), BM_GuiStep, id, Mode::Plain)
        ->Iterations(2)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("gui_step_compare/accel-mmap-exit", BM_GuiStep, std::string("accel-mmap-exit"), Mode::Compare)
      ->Iterations(2)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  for (const char* id : {"page-request-fault-in", "munmap-invalidate", "prq-overflow"})
    benchmark::RegisterBenchmark((std::string("gui_step_hardware/") + id).c_str(), BM_GuiStep, std::string(id), Mode::Hardware)
        ->Iterations(2)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("first_window", BM_FirstWindow, self, std::string())
      ->Iterations(5)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark("first_window/accel-mmap-exit", BM_FirstWindow, self, std::string("accel-mmap-exit"))
      ->Iterations(5)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
