#include "app/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QTabWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "app/app_style.h"
#include "app/classroom/classroom.h"
#include "app/classroom/language.h"
#include "app/classroom/quiz_wording.h"
#include "app/explore_dialog.h"
#include "app/museum_dialog.h"
#include "app/matrix_dialog.h"
#include "app/patch_panel.h"
#include "app/export_dialog.h"
#include "app/print_actions.h"
#include "app/scenarios.h"
#include "core/driver/variant.h"
#include "core/engine/function.h"
#include "core/scenario/loader.h"
#include "views/common/core_text.h"
#include "views/hardware/hardware_view.h"
#include "views/hardware/iq_view.h"
#include "views/hardware/pasid_table_view.h"
#include "views/hardware/prq_view.h"
#include "views/narration/narration_view.h"
#include "views/refgraph/graph_view.h"
#include "views/source/source_view.h"
#include "views/threads/threads_view.h"
#include "views/timeline/timeline_view.h"
#include "views/trace/trace_view.h"

namespace svmlab {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<int>(s.size())); }

QStringList variant_ids() {
  QStringList ids;
  for (const auto& v : svm::all_variants()) ids << qs(v.id);
  return ids;
}

// A variant the box does not list (a preset plus hunks) is added to it, so
// the box always shows what runs.
void show_variant(QComboBox* box, const QString& id) {
  if (!id.isEmpty() && box->findText(id) < 0) box->addItem(id);
  box->setCurrentText(id);
}

QLabel* header_label(QWidget* parent) {
  auto* l = new QLabel(parent);
  l->setAlignment(Qt::AlignCenter);
  QFont f = l->font();
  f.setBold(true);
  f.setPointSizeF(f.pointSizeF() * 1.15);
  l->setFont(f);
  l->setContentsMargins(4, 4, 4, 4);
  return l;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  install_app_style();  // before the first widget: every button sized by it
  install_language_support();  // before the first tr(): texts are then retranslatable at run time
  setWindowTitle(tr("SVM Lab"));
  setObjectName(QStringLiteral("MainWindow"));
  resize(1440, 900);
  setAcceptDrops(true);
  buildActions();
  buildMenus();
  buildToolbar();
  retranslateBuiltins();
  buildCentre();
  buildDocks();
  installExportContextMenus(*this);  // on the graph and the timeline, now that they exist
  connect(&session_, &Session::traceChanged, this, &MainWindow::onTraceChanged);
  connect(&session_, &Session::cursorChanged, this, &MainWindow::onCursorChanged);
  classroom_ = new Classroom(this);
  updateControls();
  statusBar()->showMessage(tr("Open a scenario: File > Open, or choose a built-in one in the toolbar."));
  // Building the docks activated the layout while they were still stacked
  // one under another, which left that column's height as the window's
  // minimum (750 px): take the minimum of the finished layout, so a window
  // (or a remembered geometry) can be as small as its docks allow.
  layout()->activate();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::action(const QString& name) const { return actions_.value(name); }

void MainWindow::buildActions() {
  auto make = [&](const QString& name, const QString& text, const QString& icon, const QKeySequence& key,
                  const QString& tip, auto slot) {
    auto* a = new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
    a->setObjectName(name);
    if (!key.isEmpty()) a->setShortcut(key);
    a->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    connect(a, &QAction::triggered, this, slot);
    actions_[name] = a;
    addAction(a);
    return a;
  };
  make(QStringLiteral("open"), tr("&Open Scenario..."), QStringLiteral("open"), QKeySequence::Open,
       tr("Open a scenario file"), [this] { openDialog(); });
  make(QStringLiteral("saveAs"), tr("&Save Scenario As..."), QString(), QKeySequence::SaveAs,
       tr("Save the scenario, with the schedule you chose, to a file"), [this] { saveAsDialog(); });
  make(QStringLiteral("stepBack"), tr("Step &Back"), QStringLiteral("step-back"), QKeySequence(Qt::SHIFT | Qt::Key_F10),
       tr("Go back one step"), [this] { session_.stepBack(); });
  make(QStringLiteral("stepInto"), tr("Step &Into"), QStringLiteral("step-into"), QKeySequence(Qt::Key_F11),
       tr("Take the next step, into a call"), [this] { session_.stepInto(); });
  make(QStringLiteral("stepOver"), tr("Step &Over"), QStringLiteral("step-over"), QKeySequence(Qt::Key_F10),
       tr("Finish the current line, calls and all"), [this] { session_.stepOver(); });
  make(QStringLiteral("stepOut"), tr("Step O&ut"), QStringLiteral("step-out"), QKeySequence(Qt::SHIFT | Qt::Key_F11),
       tr("Run until the current function returns"), [this] { session_.stepOut(); });
  make(QStringLiteral("runToBreakpoint"), tr("Run to &Breakpoint"), QStringLiteral("run-breakpoint"),
       QKeySequence(Qt::Key_F5), tr("Run to the next milestone or violation"), [this] { session_.runToBreakpoint(); });
  make(QStringLiteral("runToEnd"), tr("Run to &End"), QStringLiteral("run"), QKeySequence(Qt::CTRL | Qt::Key_F5),
       tr("Run to the end of the trace"), [this] { session_.runToEnd(); });
  make(QStringLiteral("reset"), tr("&Reset"), QStringLiteral("reset"), QKeySequence(Qt::Key_Home),
       tr("Back to the start"), [this] { session_.reset(); });
  make(QStringLiteral("fit"), tr("&Fit Graph"), QString(), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Fit the graph to the view"),
       [this] {
         graph_->fitToView();
         if (compare_graph_) compare_graph_->fitToView();
       });
  // The diagrams beside the graph: the centre stays in presentation mode,
  // where the docks are hidden.
  make(QStringLiteral("hardwareBeside"), tr("VT-d &Hardware Beside the Graph"), QString(),
       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
       tr("Show the VT-d hardware diagrams next to the graph (also in presentation mode)"), [this](bool on) {
         auto* hv = centre_->findChild<HardwareView*>(QStringLiteral("centreHardware"));
         if (!hv && on) {
           hv = new HardwareView(centre_);
           hv->setObjectName(QStringLiteral("centreHardware"));
           centre_->addWidget(hv);
           views_.push_back(hv);
           hv->setTrace(session_.trace());
           hv->setCursor(session_.cursor());
         }
         if (hv) hv->setVisible(on);
       })->setCheckable(true);
  auto* compare = make(QStringLiteral("compare"), tr("&Compare Variants"), QStringLiteral("compare"),
                       QKeySequence(Qt::CTRL | Qt::Key_M), tr("Show a second variant side by side"), [this](bool on) {
                         setCompare(on ? compare_box_->currentText() : QString());
                       });
  compare->setCheckable(true);
  make(QStringLiteral("matrix"), tr("Patch &Matrix..."), QStringLiteral("explore"), QKeySequence(),
       tr("Every built-in scenario with every set of e57e58bd's hunks, explored; click a cell to load it"),
       [this] { matrixDialog(); });
  make(QStringLiteral("explore"), tr("E&xplore Interleavings..."), QStringLiteral("explore"),
       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
       tr("Try every interleaving of the threads and list each violation with its shortest schedule"),
       [this] { exploreDialog(); });
  make(QStringLiteral("replay"), tr("Replay &Schedule..."), QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
       tr("Replay an interleaving given as thread names (app*12,prq*3,...), as svmlab explore prints it"),
       [this] { replayDialog(); });
  make(QStringLiteral("museum"), tr("&Museum of Lifetime Bugs..."), QString(), {},
       tr("The same refcounting lesson in 2016, 2020 and 2022: each bug and its fix, one click to compare"),
       [this] { museumDialog()->show(); });
  make(QStringLiteral("quit"), tr("&Quit"), QString(), QKeySequence::Quit, tr("Quit SVM Lab"), [] { qApp->quit(); });
  auto* labels = make(QStringLiteral("toolbarText"), tr("Toolbar &Text"), QString(), {},
                      tr("Show what each toolbar button does under its icon"), [this](bool on) {
                        if (auto* tb = findChild<QToolBar*>(QStringLiteral("steppingToolbar")))
                          tb->setToolButtonStyle(on ? Qt::ToolButtonTextUnderIcon : Qt::ToolButtonIconOnly);
                      });
  labels->setCheckable(true);
  labels->setChecked(true);
  setIconTexts();
  // Default breakpoints: every milestone of the story, and any violation.
  QList<Breakpoint> bps;
  for (int m = 0; m < svm::kMilestoneCount; ++m)
    bps.push_back({Breakpoint::Kind::Milestone, qs(svm::milestone_name(static_cast<svm::Milestone>(m))), 0});
  bps.push_back({Breakpoint::Kind::Violation, {}, 0});
  session_.setBreakpoints(bps);
}

// Under the toolbar's icons: a word each (the menus keep the full names).
void MainWindow::setIconTexts() {
  actions_["reset"]->setIconText(tr("Reset"));
  actions_["stepBack"]->setIconText(tr("Back"));
  actions_["stepInto"]->setIconText(tr("Into"));
  actions_["stepOver"]->setIconText(tr("Over"));
  actions_["stepOut"]->setIconText(tr("Out"));
  actions_["runToBreakpoint"]->setIconText(tr("Continue"));
  actions_["runToEnd"]->setIconText(tr("To End"));
  actions_["compare"]->setIconText(tr("Compare"));
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(actions_["open"]);
  builtin_menu_ = file->addMenu(tr("Open &Built-in"));
  for (const BuiltinInfo& b : builtin_scenarios()) {
    QAction* a = builtin_menu_->addAction(QString());
    a->setData(b.id);
    connect(a, &QAction::triggered, this, [this, id = b.id] {
      const QString e = openBuiltin(id);
      if (!e.isEmpty()) showError(e);
    });
  }
  recent_menu_ = file->addMenu(tr("Open &Recent"));
  rebuildRecentMenu();
  file->addAction(actions_["saveAs"]);
  file->addSeparator();
  installExportActions(*this, file);  // Export..., Copy as Text, Copy as Image
  installPrintActions(*this, file);
  file->addSeparator();
  file->addAction(actions_["quit"]);

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  for (const char* n : {"stepBack", "stepInto", "stepOver", "stepOut", "runToBreakpoint", "runToEnd", "reset"})
    run->addAction(actions_[QString::fromLatin1(n)]);
  run->addSeparator();
  run->addAction(actions_["explore"]);
  run->addAction(actions_["matrix"]);
  run->addAction(actions_["replay"]);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->setObjectName(QStringLiteral("viewMenu"));
  view_menu_ = view;
  view->addAction(actions_["compare"]);
  view->addAction(actions_["fit"]);
  view->addAction(actions_["toolbarText"]);
  view->addAction(actions_["hardwareBeside"]);
  view->addSeparator();

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(actions_["museum"]);
  help->addAction(tr("&About SVM Lab"), this, [this] {
    QMessageBox::about(this, tr("About SVM Lab"),
                       tr("<p><b>SVM Lab %1</b></p><p>A visualizer and teaching tool for Intel VT-d Shared Virtual "
                          "Memory: what happens to a process's mm, its files and its PASID binding when it exits, in "
                          "the intel-svm driver of Linux v4.4 and v4.5 (e57e58bd), down to the hardware.</p>"
                          "<p>Kernel steps quote Linux v4.4; the museum's later exhibits quote the release of their era, named "
                          "beside each step. Hardware behaviour no source confirms is marked "
                          "<i>modeled</i>.</p>")
                           .arg(QApplication::applicationVersion()));
  });
}

// The museum's ids are long (2022-pasid-freed-in-mmdrop): sized to them, the
// two variant boxes push the toolbar's last buttons into its overflow menu.
// Sized to the 2016 presets instead; the list shows every id whole.
static void fitVariantBox(QComboBox* box) {
  box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  box->setMinimumContentsLength(14);  // wide enough for v4.5-devtlb-fixed: the average character is wider
  box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
}

void MainWindow::buildToolbar() {
  QToolBar* tb = addToolBar(tr("Stepping"));
  tb->setObjectName(QStringLiteral("steppingToolbar"));
  tb->setMovable(false);
  tb->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
  scenario_box_ = new QComboBox(tb);
  scenario_box_->setObjectName(QStringLiteral("scenarioBox"));
  scenario_box_->setToolTip(tr("Built-in scenarios"));
  scenario_box_->setMinimumContentsLength(22);
  for (const BuiltinInfo& b : builtin_scenarios()) scenario_box_->addItem(b.id, b.id);
  scenario_box_->setCurrentIndex(-1);
  scenario_box_->setPlaceholderText(tr("scenario"));
  connect(scenario_box_, &QComboBox::activated, this, [this](int i) {
    const QString e = openBuiltin(scenario_box_->itemData(i).toString());
    if (!e.isEmpty()) showError(e);
  });
  tb->addWidget(scenario_box_);
  variant_box_ = new QComboBox(tb);
  variant_box_->setObjectName(QStringLiteral("variantBox"));
  variant_box_->addItems(variant_ids());
  variant_box_->setToolTip(tr("Driver variant"));
  fitVariantBox(variant_box_);
  connect(variant_box_, &QComboBox::activated, this, [this](int) {
    if (updating_ || !session_.isOpen()) return;
    const QString e = session_.setVariant(variant_box_->currentText());
    if (!e.isEmpty()) showError(e);
  });
  tb->addWidget(variant_box_);
  tb->addSeparator();
  for (const char* n : {"reset", "stepBack", "stepInto", "stepOver", "stepOut", "runToBreakpoint", "runToEnd"})
    tb->addAction(actions_[QString::fromLatin1(n)]);
  slider_ = new QSlider(Qt::Horizontal, tb);
  slider_->setObjectName(QStringLiteral("stepSlider"));
  slider_->setToolTip(tr("Scrub through every step of the trace"));
  slider_->setMinimumWidth(120);  // it stretches; the buttons with their words, the position and the compare box come first
  connect(slider_, &QSlider::valueChanged, this, [this](int v) {
    if (updating_) return;
    if (compare_ && !alignment_.pos.empty()) setAlignedPosition(v);
    else session_.setCursor(v);
  });
  tb->addWidget(slider_);
  position_ = new QLabel(tb);
  position_->setObjectName(QStringLiteral("position"));
  position_->setMinimumWidth(110);
  position_->setAlignment(Qt::AlignCenter);
  tb->addWidget(position_);
  tb->addSeparator();
  tb->addAction(actions_["compare"]);
  compare_box_ = new QComboBox(tb);
  compare_box_->setObjectName(QStringLiteral("compareBox"));
  compare_box_->addItems(variant_ids());
  compare_box_->setCurrentText(QStringLiteral("v4.5"));
  compare_box_->setToolTip(tr("The variant to compare with"));
  fitVariantBox(compare_box_);
  connect(compare_box_, &QComboBox::activated, this, [this](int) {
    if (compare_) setCompare(compare_box_->currentText());
  });
  compare_box_action_ = tb->addWidget(compare_box_);  // shown only while comparing (updateControls)
}

void MainWindow::buildCentre() {
  centre_ = new QSplitter(Qt::Horizontal, this);
  centre_->setObjectName(QStringLiteral("centre"));
  auto pane = [&](RefGraphView*& g, QLabel*& header) {
    auto* w = new QWidget(centre_);
    auto* lay = new QVBoxLayout(w);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(0);
    header = header_label(w);
    lay->addWidget(header);
    g = new RefGraphView(w);
    lay->addWidget(g, 1);
    return w;
  };
  centre_->addWidget(pane(graph_, graph_header_));
  graph_->setObjectName(QStringLiteral("graph"));
  graph_header_->setObjectName(QStringLiteral("graphHeader"));
  compare_pane_ = pane(compare_graph_, compare_header_);
  compare_graph_->setObjectName(QStringLiteral("compareGraph"));
  compare_header_->setObjectName(QStringLiteral("compareHeader"));
  centre_->addWidget(compare_pane_);
  compare_pane_->hide();
  setCentralWidget(centre_);
  views_.push_back(graph_);
  compare_views_.push_back(compare_graph_);
}

QDockWidget* MainWindow::addDockFor(QWidget* view, const QString& name, const QString& title, Qt::DockWidgetArea area) {
  auto* d = new QDockWidget(title, this);
  d->setObjectName(name);
  d->setWidget(view);
  d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
  addDockWidget(area, d);
  view_menu_->addAction(d->toggleViewAction());
  return d;
}

QDockWidget* MainWindow::dock(const QString& name) const { return findChild<QDockWidget*>(name); }

void MainWindow::buildDocks() {
  timeline_ = new TimelineView(this);
  timeline_->setObjectName(QStringLiteral("timeline"));
  connect(timeline_, &TimelineView::stepRequested, this, [this](int i) { session_.setCursor(i); });
  views_.push_back(timeline_);
  addDockFor(timeline_, QStringLiteral("timelineDock"), tr("Counters over time"), Qt::BottomDockWidgetArea);

  // The hardware, one tab per structure.
  auto* tabs = new QTabWidget(this);
  tabs->setObjectName(QStringLiteral("hardwareTabs"));
  tabs->setDocumentMode(true);
  auto add = [&](auto* v, const QString& name, const QString& title) {
    v->setObjectName(name);
    tabs->addTab(v, title);
    views_.push_back(v);
  };
  // The diagrams first: the walk and the caches are drawn there (their
  // tables said less); the tables that list more than a diagram stay.
  add(new HardwareView(tabs), QStringLiteral("hardwareView"), tr("Diagrams"));
  auto* compareHw = new HardwareView(tabs);
  compareHw->setObjectName(QStringLiteral("compareHardwareView"));
  tabs->addTab(compareHw, tr("Diagrams (compared variant)"));
  tabs->setTabVisible(1, false);
  compare_views_.push_back(compareHw);
  add(new ContextPasidView(tabs), QStringLiteral("pasidView"), tr("Context && PASID tables"));
  add(new PageRequestView(tabs), QStringLiteral("prqView"), tr("Page requests && faults"));
  add(new InvalidationQueueView(tabs), QStringLiteral("iqView"), tr("Invalidation queue"));
  addDockFor(tabs, QStringLiteral("hardwareDock"), tr("VT-d hardware"), Qt::BottomDockWidgetArea);
  tabifyDockWidget(dock(QStringLiteral("timelineDock")), dock(QStringLiteral("hardwareDock")));
  dock(QStringLiteral("timelineDock"))->raise();
  resizeDocks({dock(QStringLiteral("timelineDock"))}, {360}, Qt::Vertical);

  // On the right: why this step matters, above who runs next and the trace.
  narration_ = new NarrationView(this);
  narration_->setObjectName(QStringLiteral("narration"));
  views_.push_back(narration_);
  connect(narration_, &NarrationView::stepRequested, this, [this](int i) { session_.setCursor(i); });
  addDockFor(narration_, QStringLiteral("narrationDock"), tr("What just happened"), Qt::RightDockWidgetArea);

  threads_ = new ThreadsView(this);
  threads_->setObjectName(QStringLiteral("threads"));
  connect(threads_, &ThreadsView::threadChosen, this, [this](int tid) {
    const QString e = session_.chooseThread(tid);
    if (!e.isEmpty()) showError(e);
  });
  views_.push_back(threads_);
  addDockFor(threads_, QStringLiteral("threadsDock"), tr("Threads"), Qt::RightDockWidgetArea);

  trace_ = new TraceTableView(this);
  trace_->setObjectName(QStringLiteral("trace"));
  connect(trace_, &TraceTableView::stepRequested, this, [this](int i) { session_.setCursor(i); });
  views_.push_back(trace_);
  addDockFor(trace_, QStringLiteral("traceDock"), tr("Trace"), Qt::RightDockWidgetArea);

  // Under the trace: the step's function as a kernel reader reads it. The
  // right column runs the window's full height (the timeline is as wide as
  // the graph) so trace and source both get room; the graph, laid out top to
  // bottom, is limited by its height, not by this column's width.
  source_ = new SourceView(this);
  source_->setObjectName(QStringLiteral("source"));
  views_.push_back(source_);
  addDockFor(source_, QStringLiteral("sourceDock"), tr("Source"), Qt::RightDockWidgetArea);
  splitDockWidget(dock(QStringLiteral("traceDock")), dock(QStringLiteral("sourceDock")), Qt::Vertical);

  // e57e58bd hunk by hunk, tabbed with the narration.
  patch_ = new PatchPanel(this);
  patch_->setObjectName(QStringLiteral("patch"));
  connect(patch_, &PatchPanel::variantChosen, this, [this](const QString& id) {
    if (!session_.isOpen()) return;
    const QString e = session_.setVariantKeepingMilestone(id);
    if (!e.isEmpty()) showError(e);
  });
  connect(patch_, &PatchPanel::compareChosen, this, [this](const QString& id) {
    const QString e = setCompare(id);
    if (!e.isEmpty()) showError(e);
  });
  // In a scroll area: its boxes and labels must not raise the right column's
  // minimum height (the window keeps its size).
  auto* patch_scroll = new QScrollArea(this);
  patch_scroll->setWidget(patch_);
  patch_scroll->setWidgetResizable(true);
  patch_scroll->setFrameShape(QFrame::NoFrame);
  addDockFor(patch_scroll, QStringLiteral("patchDock"), tr("Patch e57e58bd"), Qt::RightDockWidgetArea);
  tabifyDockWidget(dock(QStringLiteral("narrationDock")), dock(QStringLiteral("patchDock")));
  dock(QStringLiteral("narrationDock"))->raise();
  tabifyDockWidget(dock(QStringLiteral("traceDock")), dock(QStringLiteral("threadsDock")));  // after the split: it splits no tab group
  dock(QStringLiteral("traceDock"))->raise();
  setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
  resizeDocks({dock(QStringLiteral("narrationDock"))}, {600}, Qt::Horizontal);
  resizeDocks({dock(QStringLiteral("narrationDock")), dock(QStringLiteral("traceDock")), dock(QStringLiteral("sourceDock"))},
              {180, 300, 340}, Qt::Vertical);
  resizeDocks({dock(QStringLiteral("timelineDock"))}, {340}, Qt::Vertical);  // again: the corner moved it
}

QString MainWindow::openBuiltin(const QString& id, const QString& variant) {
  QString e;
  auto s = resolve_scenario(id, &e);
  if (!s) return e;
  return openScenario(s, variant);
}

QString MainWindow::openFile(const QString& path, const QString& variant) {
  QString e;
  auto s = resolve_scenario(path, &e);
  if (!s) return e;
  const QString r = openScenario(s, variant);
  if (r.isEmpty() && s->file.rfind("builtin:", 0) != 0) addRecent(QFileInfo(path).absoluteFilePath());
  return r;
}

QString MainWindow::openScenario(std::shared_ptr<const svm::Scenario> s, const QString& variant) {
  if (!variant.isEmpty() && !svm::find_variant(variant.toStdString())) return tr("unknown variant \"%1\"").arg(variant);
  // onTraceChanged re-opens the compare session on the new scenario.
  return session_.open(std::move(s), variant);
}

QString MainWindow::setCompare(const QString& variant) {
  if (variant.isEmpty()) {
    compare_.reset();
    alignment_ = {};
    aligned_pos_ = 0;
    timeline_->clearCompareTrace();
    compare_pane_->hide();
    patch_->showCompare({});
    if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("hardwareTabs"))) tabs->setTabVisible(1, false);
    actions_["compare"]->setChecked(false);
    updateControls();
    return {};
  }
  if (!svm::find_variant(variant.toStdString())) return tr("unknown variant \"%1\"").arg(variant);
  compare_ = std::make_unique<Session>();
  show_variant(compare_box_, variant);
  patch_->showCompare(variant);
  actions_["compare"]->setChecked(true);
  compare_pane_->show();
  if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("hardwareTabs"))) tabs->setTabVisible(1, true);
  centre_->setSizes({1, 1});
  // Two variants overlaid need a taller timeline (its legend doubles).
  resizeDocks({dock(QStringLiteral("timelineDock"))}, {360}, Qt::Vertical);
  if (session_.scenario()) {
    const QString e = compare_->open(session_.scenario(), variant);
    if (!e.isEmpty()) return e;
    for (TraceView* v : compare_views_) v->setTrace(compare_->trace());
    timeline_->setCompareTrace(compare_->trace());
    alignment_ = svm::align_runs(*session_.trace(), *compare_->trace());
    onCursorChanged(session_.cursor());
  }
  updateControls();
  return {};
}

void MainWindow::onTraceChanged() {
  for (TraceView* v : views_) v->setTrace(session_.trace());
  updating_ = true;
  if (const auto s = session_.scenario()) {
    const int i = scenario_box_->findData(QString::fromStdString(s->id));
    scenario_box_->setCurrentIndex(s->file.rfind("builtin:", 0) == 0 ? i : -1);
    show_variant(variant_box_, session_.variant());
    patch_->showVariant(session_.variant());
    setWindowTitle(tr("SVM Lab \u2014 %1 (%2)").arg(QString::fromStdString(s->id), session_.variant()));
  }
  updating_ = false;
  // The compare box holds the compare variant even while no scenario is open.
  if (compare_ && session_.scenario() && compare_->scenario() != session_.scenario())
    setCompare(compare_box_->currentText());
  else if (compare_ && compare_->trace() && session_.trace()) {
    alignment_ = svm::align_runs(*session_.trace(), *compare_->trace());  // a new variant or schedule here
    onCursorChanged(session_.cursor());  // the position in the new alignment
  }
  updateControls();
}

void MainWindow::onCursorChanged(int i) {
  for (TraceView* v : views_) v->setCursor(i);
  if (compare_ && compare_->trace() && session_.trace() && !alignment_.pos.empty()) {
    // Stepping the first run moves to where it first shows that state; its
    // end goes with the end of both.
    if (!driving_)
      aligned_pos_ = i >= session_.lastIndex() ? alignment_.size() - 1 : alignment_.position_of_a(i);
    const int b = alignment_.pos[static_cast<size_t>(aligned_pos_)].b;
    compare_->setCursor(b);
    for (TraceView* v : compare_views_) v->setCursor(b);
    timeline_->setCompareCursor(b);
  }
  updateControls();
}

void MainWindow::setAlignedPosition(int p) {
  if (!compare_ || alignment_.pos.empty()) return;
  aligned_pos_ = std::clamp(p, 0, alignment_.size() - 1);
  driving_ = true;
  const int a = alignment_.pos[static_cast<size_t>(aligned_pos_)].a;
  if (!session_.setCursor(a)) onCursorChanged(a);  // A waits here while B moves on
  driving_ = false;
}

void MainWindow::updateControls() {
  const bool open = session_.isOpen();
  const int i = session_.cursor(), last = session_.lastIndex();
  updating_ = true;
  slider_->setEnabled(open);
  const bool aligned = compare_ && !alignment_.pos.empty();
  slider_->setRange(0, aligned ? alignment_.size() - 1 : last);
  slider_->setValue(aligned ? aligned_pos_ : i);
  updating_ = false;
  actions_["stepBack"]->setEnabled(open && i > 0);
  actions_["reset"]->setEnabled(open && i > 0);
  for (const char* n : {"stepInto", "stepOver", "stepOut", "runToBreakpoint", "runToEnd"})
    actions_[QString::fromLatin1(n)]->setEnabled(open && i < last);
  actions_["saveAs"]->setEnabled(open);
  actions_["explore"]->setEnabled(open);
  actions_["replay"]->setEnabled(open);
  QString pos = !open    ? QString()
                : aligned ? tr("position %1 / %2").arg(aligned_pos_).arg(alignment_.size() - 1)
                          : tr("step %1 / %2").arg(i).arg(last);
  // A run stopped at the step bound is marked where the eye reads the
  // position: its last step is not the scenario's end, and it has no verdict.
  const bool incomplete = open && !session_.trace()->bound.empty();
  if (incomplete) pos += QStringLiteral(" \u26a0 ") + tr("INCOMPLETE");
  position_->setText(pos);
  position_->setToolTip(incomplete ? tr("The run %1: no verdict.").arg(coreText(session_.trace()->bound))
                                   : QString());
  position_->setStyleSheet(incomplete ? QStringLiteral("color: #D55E00; font-weight: bold;") : QString());
  // Whole, in every language: the slider beside it gives way (a German
  // "UNVOLLSTÄNDIG" in bold lost its first and last letters).
  position_->setMinimumWidth(std::max(110, position_->sizeHint().width()));
  graph_header_->setVisible(compare_ != nullptr);
  // Presentation mode hides the choosers itself and puts them back after.
  if (!classroom_ || !classroom_->presenting()) compare_box_action_->setVisible(compare_ != nullptr);
  if (open) {
    graph_header_->setText(aligned ? tr("%1, step %2 of %3").arg(session_.variant()).arg(i).arg(last)
                                   : session_.variant());
    if (compare_)
      compare_header_->setText(aligned ? tr("%1, step %2 of %3")
                                             .arg(compare_->variant())
                                             .arg(compare_->cursor())
                                             .arg(compare_->lastIndex())
                                       : compare_->variant());
    const auto& t = *session_.trace();
    QString msg;
    if (i > 0) {
      const svm::StepRecord& s = t.steps[static_cast<size_t>(i - 1)];
      msg = tr("%1: %2()  [%3]")
                .arg(QString::fromStdString(t.cfg->threads[s.thread].name), qs(svm::fn_name(s.fn)),
                     coreText(svm::source_text(s.fn, *t.cfg->variant)));
    } else {
      msg = scenario_text(t.cfg->scenario->title);  // a built-in's title in the reader's language
    }
    statusBar()->showMessage(msg);
  }
}

void MainWindow::openDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                    tr("SVM Lab scenarios (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  const QString e = openFile(path);
  if (!e.isEmpty()) showError(e);
}

void MainWindow::saveAsDialog() {
  if (!session_.isOpen()) return;
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save Scenario As"), QString::fromStdString(session_.scenario()->id) + QStringLiteral(".json"),
      tr("SVM Lab scenarios (*.json)"));
  if (path.isEmpty()) return;
  const QString e = saveScenario(path);
  if (!e.isEmpty()) showError(e);
}

QString MainWindow::saveScenario(const QString& path) {
  if (!session_.isOpen()) return tr("no scenario is open");
  svm::Scenario s = *session_.scenario();
  // The interleaving chosen by hand travels with the file.
  if (!session_.choices().empty()) {
    s.schedule.clear();  // one "NAME*COUNT" entry per run of a thread, as the format has it
    for (const QString& run : session_.scheduleText().split(QLatin1Char(','), Qt::SkipEmptyParts))
      s.schedule.push_back(run.toStdString());
  }
  s.variant = session_.variant().toStdString();
  QSaveFile f(path);
  const std::string text = svm::save_scenario(s);
  if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), static_cast<qint64>(text.size())) < 0 || !f.commit())
    return tr("%1: cannot write the file (%2)").arg(path, f.errorString());
  addRecent(path);
  statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
  return {};
}

MuseumDialog* MainWindow::museumDialog() {
  if (!museum_) museum_ = new MuseumDialog(this);
  return museum_;
}

ExploreDialog* MainWindow::exploreDialog() {
  if (!session_.isOpen()) return nullptr;
  auto* d = new ExploreDialog(session_.trace()->cfg, this);
  connect(d, &ExploreDialog::scheduleChosen, this, [this](const QString& s) {
    const QString e = session_.applySchedule(s);
    if (!e.isEmpty()) showError(e);
  });
  d->show();
  return d;
}

MatrixDialog* MainWindow::matrixDialog(const QStringList& scenarios, const QString& base) {
  auto* d = new MatrixDialog(scenarios, this, base);
  // Another base is another matrix: open it where this one was, close this one.
  connect(d, &MatrixDialog::baseChosen, this, [this, d](const QString& other) {
    MatrixDialog* next = matrixDialog(d->scenarios(), other);
    next->setGeometry(d->geometry());
    d->close();
  });
  connect(d, &MatrixDialog::cellChosen, this, [this](const QString& scenario, const QString& variant, const QString& schedule) {
    QString e = openBuiltin(scenario, variant);
    if (e.isEmpty() && !schedule.isEmpty()) e = session_.applySchedule(schedule);
    if (!e.isEmpty()) showError(e);
    raise();
  });
  d->show();
  return d;
}

void MainWindow::replayDialog() {
  if (!session_.isOpen()) return;
  bool ok = false;
  const QString s = QInputDialog::getText(this, tr("Replay Schedule"),
                                          tr("Thread names, one per step (NAME*COUNT for a run), as svmlab explore "
                                             "reports them; the default schedule continues after them:"),
                                          QLineEdit::Normal, session_.scheduleText(), &ok);
  if (!ok) return;
  const QString e = session_.applySchedule(s.trimmed());
  if (!e.isEmpty()) showError(e);
}

void MainWindow::addRecent(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > 8) recent.removeLast();
  settings.setValue(QStringLiteral("recentFiles"), recent);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recent_menu_->clear();
  const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
  for (const QString& p : recent)
    recent_menu_->addAction(p, this, [this, p] {
      const QString e = openFile(p);
      if (!e.isEmpty()) showError(e);
    });
  recent_menu_->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString& message) {
  statusBar()->showMessage(message);
  if (!qEnvironmentVariableIsSet("SVMLAB_NO_DIALOGS")) QMessageBox::warning(this, tr("SVM Lab"), message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
  for (const QUrl& u : e->mimeData()->urls())
    if (u.isLocalFile() && u.toLocalFile().endsWith(QLatin1String(".json"))) {
      e->acceptProposedAction();
      return;
    }
}

void MainWindow::dropEvent(QDropEvent* e) {
  for (const QUrl& u : e->mimeData()->urls())
    if (u.isLocalFile()) {
      const QString err = openFile(u.toLocalFile());
      if (!err.isEmpty()) showError(err);
      e->acceptProposedAction();
      return;
    }
}

void MainWindow::closeEvent(QCloseEvent* e) { e->accept(); }

void MainWindow::retranslateBuiltins() {
  // The built-in scenarios' words are in the "scenario" translation context
  // (app/classroom/scenario_strings.cpp lists them for lupdate).
  auto text = [](const QString& s) { return QCoreApplication::translate("scenario", s.toUtf8().constData()); };
  const auto list = builtin_scenarios();
  const QList<QAction*> items = builtin_menu_->actions();
  for (int i = 0; i < items.size() && i < list.size(); ++i) {
    items[i]->setText(QStringLiteral("%1  \u2014  %2").arg(list[i].id, text(list[i].title)));
    items[i]->setToolTip(text(list[i].summary));
  }
  for (int i = 0; i < scenario_box_->count() && i < list.size(); ++i)
    scenario_box_->setItemData(i, text(list[i].summary), Qt::ToolTipRole);
  // The variants' summaries are the core's words (views/common/core_text.h).
  const auto variants = svm::all_variants();
  for (int i = 0; i < variant_box_->count() && i < static_cast<int>(variants.size()); ++i)
    variant_box_->setItemData(i, coreText(std::string(variants[static_cast<size_t>(i)].summary).c_str()), Qt::ToolTipRole);
}

void MainWindow::changeEvent(QEvent* e) {
  QMainWindow::changeEvent(e);
  if (e->type() != QEvent::LanguageChange || !classroom_) return;
  retranslate_tree(this);  // every text that came from tr() as is
  setIconTexts();
  retranslateBuiltins();
  // Texts built with arg(): the title, the position, the status, the views.
  if (const auto s = session_.scenario())
    setWindowTitle(tr("SVM Lab \u2014 %1 (%2)").arg(QString::fromStdString(s->id), session_.variant()));
  else
    setWindowTitle(tr("SVM Lab"));
  onCursorChanged(session_.cursor());
}

}  // namespace svmlab
