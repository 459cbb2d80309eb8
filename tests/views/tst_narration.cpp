// The narration panel (views/narration): the scenario's words and the model's
// for the step at the cursor, its heading, its violations, the start and the
// end of the run, the font scale; and offscreen renders a person looks at
// (/tmp/narration_*.png).

#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>
#include <algorithm>

#include "core/engine/function.h"
#include "core/report/narration.h"
#include "tests/core/fixtures.h"
#include "views/narration/narration_view.h"

using namespace svmlab;

namespace {

std::shared_ptr<const svm::Trace> trace(const char* scenario, const char* variant) {
  return std::make_shared<const svm::Trace>(fixtures::run(scenario, variant));
}

int milestoneState(const svm::Trace& t, svm::Milestone m) {
  for (const svm::StepRecord& s : t.steps)
    if (s.milestone == m) return s.index;
  return -1;
}

QString scenarioWords(const svm::Trace& t, const std::string& at) {
  for (const svm::Narration& n : t.cfg->scenario->narration)
    if (n.at == at) return QString::fromStdString(n.text);
  return {};
}

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestNarration : public QObject {
  Q_OBJECT

 private slots:
  void startShowsTheScenario();
  void runStoppedAtABoundHasNoVerdict();
  void scenarioWordsThenTheModel();
  void modelNoteWhenTheScenarioIsSilent();
  void headingNamesFunctionFileThread();
  void leakAtTheEnd();
  void cleanEnd();
  void violationOfAStep();
  void fontScale();
  void noTrace();
  void renders();
};

void TestNarration::startShowsTheScenario() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  NarrationView view;
  view.setTrace(t);
  QCOMPARE(view.stateIndex(), 0);
  const QString text = view.plainText();
  QVERIFY2(text.contains(q(t->cfg->scenario->title)), qPrintable(text));
  QVERIFY(text.contains(q(t->cfg->scenario->summary)));
  QVERIFY(text.contains("v4.4"));
  // Not the end yet: no verdict at state 0.
  QVERIFY(!text.contains("End of the run"));
  view.setCursor(5);
  view.setCursor(0);
  QCOMPARE(view.plainText(), text);
}

void TestNarration::scenarioWordsThenTheModel() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  NarrationView view;
  view.setTrace(t);
  const int at = milestoneState(*t, svm::Milestone::ExitFiles);
  QVERIFY(at > 0);
  view.setCursor(at);
  const QString text = view.plainText();
  const QString words = scenarioWords(*t, "exit_files");
  QVERIFY(!words.isEmpty());
  QVERIFY2(text.contains(words), qPrintable(text));
  // Only this step's words: not the neighbours' milestones.
  QVERIFY(!text.contains(scenarioWords(*t, "exit_mm")));
  QVERIFY(!text.contains(scenarioWords(*t, "release")));

  // No built-in step has both the scenario's words and a note of the model's
  // (milestones are calls, and calls say nothing of their own): give the
  // exit_files step a note. The scenario's words come first, the model's after.
  auto both = std::make_shared<svm::Trace>(*t);
  both->steps[at - 1].note = svm::Text::verbatim("The model's own words about this step.");
  view.setTrace(both);
  view.setCursor(at);
  const QString tx = view.plainText();
  const qsizetype a = tx.indexOf(words), b = tx.indexOf("The model's own words about this step.");
  QVERIFY2(a >= 0 && b >= 0 && a < b, qPrintable(tx));
}

void TestNarration::modelNoteWhenTheScenarioIsSilent() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  NarrationView view;
  view.setTrace(t);
  int checked = 0;
  for (int i = 1; i <= static_cast<int>(t->steps.size()); ++i) {
    const svm::StepStory st = svm::story_of(*t, i);
    if (!st.scenario.empty() || st.model.empty()) continue;
    view.setCursor(i);
    QVERIFY2(view.plainText().contains(q(st.model.english())), qPrintable(QString("state %1").arg(i)));
    ++checked;
  }
  QVERIFY(checked >= 5);

  // A step with neither still says something about itself.
  for (int i = 1; i <= static_cast<int>(t->steps.size()); ++i) {
    const svm::StepStory st = svm::story_of(*t, i);
    const svm::StepRecord& s = t->steps[i - 1];
    if (!st.scenario.empty() || !st.model.empty() || s.kind != svm::StepKind::Op || !s.changes.empty()) continue;
    view.setCursor(i);
    QVERIFY2(view.plainText().contains("Nothing the model tracks changes"), qPrintable(view.plainText()));
    QVERIFY(view.plainText().contains(q(std::string(s.text))));
    break;
  }
}

void TestNarration::headingNamesFunctionFileThread() {
  const auto t = trace("accel-dma-during-exit", "v4.5");
  NarrationView view;
  view.setTrace(t);
  const int at = milestoneState(*t, svm::Milestone::ExitMmap);
  view.setCursor(at);
  const QString text = view.plainText();
  const svm::StepRecord& s = t->steps[at - 1];
  QVERIFY2(text.startsWith("exit_mmap()"), qPrintable(text));
  QVERIFY(text.contains(q(svm::source_of(s.fn, *t->cfg->variant))));
  QVERIFY(text.contains("app"));
  QVERIFY(text.contains(QString("step %1 of %2").arg(at).arg(t->steps.size())));
  QVERIFY(text.contains("milestone exit_mmap"));
  QVERIFY(text.contains("called from mmput():"));
  QVERIFY(text.contains(q(std::string(s.text))));  // the call line
  QVERIFY(text.contains(scenarioWords(*t, "exit_mmap")));

  // A step that changes a counter lists it.
  for (const svm::StepRecord& x : t->steps) {
    if (x.changes.empty()) continue;
    view.setCursor(x.index);
    const svm::CounterChange& c = x.changes.front();
    QVERIFY2(view.plainText().contains(QString("%1 %2 %3 \u2192 %4").arg(q(svm::to_string(c.obj)), q(c.counter)).arg(c.before).arg(c.after)),
             qPrintable(view.plainText()));
    break;
  }
}

// A run stopped at a bound is inconclusive: never "No violation".
void TestNarration::runStoppedAtABoundHasNoVerdict() {
  svm::RunOptions o;
  o.max_steps = 40;
  auto t = std::make_shared<const svm::Trace>(svm::simulate(fixtures::config("accel-mmap-exit", "v4.4"), o));
  QVERIFY(!t->bound.empty());
  NarrationView view;
  view.setTrace(t);
  view.setCursor(static_cast<int>(t->steps.size()));
  const QString text = view.plainText();
  QVERIFY2(text.contains("No verdict."), qPrintable(text));
  QVERIFY2(!text.contains("No violation"), qPrintable(text));
}

void TestNarration::leakAtTheEnd() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  NarrationView view;
  view.setTrace(t);
  const int n = static_cast<int>(t->steps.size());
  view.setCursor(n);
  const QString text = view.plainText();
  QVERIFY2(text.contains("End of the run"), qPrintable(text));
  QVERIFY(text.contains("Leak"));
  QVERIFY2(text.contains(QString::fromUtf8("mm#1 \u2192 vma#1 \u2192 file#1 \u2192 svm#1")), qPrintable(text));
  QVERIFY(!text.contains("No violation"));
  // Shown with an icon and in the leak colour as well as in words.
  QVERIFY(view.html().contains("<img"));
  QVERIFY(view.html().contains(Palette::light().leak.name(), Qt::CaseInsensitive));
  // Not before the end.
  view.setCursor(n - 1);
  QVERIFY(!view.plainText().contains("End of the run"));
  QVERIFY(!view.plainText().contains(QString::fromUtf8("vma#1 \u2192 file#1")));
  view.setCursor(n + 10);  // clamped to the end
  QCOMPARE(view.stateIndex(), n);
  QVERIFY(view.plainText().contains("End of the run"));
}

void TestNarration::cleanEnd() {
  const auto t = trace("accel-mmap-exit", "v4.5");
  NarrationView view;
  view.setTrace(t);
  view.setCursor(static_cast<int>(t->steps.size()));
  QVERIFY2(view.plainText().contains("No violation"), qPrintable(view.plainText()));
  QVERIFY(!view.plainText().contains("Leak"));
}

void TestNarration::violationOfAStep() {
  const auto t = trace("accel-dma-during-exit", "v4.5-no-fault-guard");
  NarrationView view;
  view.setTrace(t);
  // The first use-after-free (a dangling device-TLB entry is found before it).
  const svm::StepRecord* bad = nullptr;
  for (const svm::StepRecord& s : t->steps)
    if (std::any_of(s.violations.begin(), s.violations.end(),
                    [](const svm::Violation& v) { return v.kind == svm::ViolationKind::UseAfterFree; })) {
      bad = &s;
      break;
    }
  QVERIFY(bad);
  view.setCursor(bad->index);
  const QString text = view.plainText();
  QVERIFY2(text.contains("Use after free"), qPrintable(text));
  QVERIFY(text.contains("vma#2"));
  QVERIFY(!text.contains("use-after-free: use-after-free"));
  QVERIFY(view.html().contains("<img"));
  // Prominent: before the story.
  const svm::StepStory st = svm::story_of(*t, bad->index);
  if (!st.model.empty()) QVERIFY(text.indexOf("Use after free") < text.indexOf(q(st.model.english())));
  // At the end, the violations of the run are summed up.
  view.setCursor(static_cast<int>(t->steps.size()));
  QVERIFY2(view.plainText().contains(QString("Use after free at step %1").arg(bad->index)), qPrintable(view.plainText()));
  QVERIFY(!view.plainText().contains("No violation"));
  // The step before has none.
  view.setCursor(bad->index - 1);
  QVERIFY(!view.plainText().contains("Use after free"));
}

void TestNarration::fontScale() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  NarrationView view;
  view.setTrace(t);
  view.setCursor(10);
  const qreal base = view.browser()->document()->defaultFont().pointSizeF();
  QVERIFY(base >= view.font().pointSizeF());  // a little larger than the window's text
  const QString text = view.plainText();
  view.setFontScale(2.0);
  QCOMPARE(view.fontScale(), 2.0);
  QVERIFY(qAbs(view.browser()->document()->defaultFont().pointSizeF() - 2 * base) < 0.01);
  QCOMPARE(view.plainText(), text);
  view.setFontScale(100);
  QCOMPARE(view.fontScale(), 4.0);
}

void TestNarration::noTrace() {
  NarrationView view;
  view.setCursor(3);
  QCOMPARE(view.stateIndex(), 0);
  QVERIFY(view.plainText().contains("No scenario"));
  view.setTrace(nullptr);
  QVERIFY(view.plainText().contains("No scenario"));
}

void TestNarration::renders() {
  struct Shot {
    const char* scenario;
    const char* variant;
    int state;  // -1: the end; -2: exit_mmap; -3: the first violation; -4: exit_files
    const char* file;
    double scale;
  };
  const Shot shots[] = {
      {"accel-dma-during-exit", "v4.5", -2, "/tmp/narration_dma_exit_mmap.png", 1.0},
      {"accel-dma-during-exit", "v4.5-no-fault-guard", -3, "/tmp/narration_uaf_dark.png", 1.0},
      {"accel-mmap-exit", "v4.4", -1, "/tmp/narration_leak_end.png", 1.0},
      {"accel-mmap-exit", "v4.4", 0, "/tmp/narration_start.png", 1.0},
      {"accel-mmap-exit", "v4.4", -4, "/tmp/narration_exit_files_present.png", 1.6},
  };
  for (const Shot& s : shots) {
    const auto t = trace(s.scenario, s.variant);
    int at = s.state;
    if (at == -1) at = static_cast<int>(t->steps.size());
    if (at == -2) at = milestoneState(*t, svm::Milestone::ExitMmap);
    if (at == -4) at = milestoneState(*t, svm::Milestone::ExitFiles);
    if (at == -3)
      for (const svm::StepRecord& x : t->steps)
        if (!x.violations.empty()) {
          at = x.index;
          break;
        }
    NarrationView view;
    if (QString(s.file).contains("uaf")) view.setViewPalette(Palette::dark());
    view.resize(s.scale > 1 ? 900 : 500, s.scale > 1 ? 500 : 300);
    view.setFontScale(s.scale);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTrace(t);
    view.setCursor(at);
    QTest::qWait(10);
    QVERIFY(view.grab().save(s.file));
    qInfo("wrote %s", s.file);
  }
}

QTEST_MAIN(TestNarration)
#include "tst_narration.moc"
