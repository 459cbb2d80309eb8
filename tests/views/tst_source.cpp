// The source pane (views/source): each function's listing in a variant (its
// ops in order, those of other variants left out, indented by braces); at
// every step of several runs the highlighted line is the step's own source
// line, in the function the step ran in; clicking a caller in the call stack
// shows the caller with the call it is in; renders a person looks at
// (/tmp/source_*.png).

#include <QListWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

#include "core/driver/variant.h"
#include "core/engine/function.h"
#include "tests/core/fixtures.h"
#include "views/source/source_listing.h"
#include "views/source/source_view.h"

using namespace svmlab;

namespace {

std::shared_ptr<const svm::Trace> trace(const char* scenario, const char* variant) {
  return std::make_shared<const svm::Trace>(fixtures::run(scenario, variant));
}

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

// What the code view paints highlighted: the text of every block with a
// background, joined as the op's lines are.
QString paintedHighlight(const QTextEdit* code) {
  QStringList lines;
  for (QTextBlock b = code->document()->begin(); b.isValid(); b = b.next())
    if (b.blockFormat().hasProperty(QTextFormat::BackgroundBrush)) lines << b.text();
  return lines.join(QLatin1Char('\n'));
}

// The function whose line step `s` ran: its own, or for a call the caller's.
svm::FnId ranIn(const svm::StepRecord& s) {
  return s.kind == svm::StepKind::Enter && s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : s.fn;
}

const svm::Variant& variant(const char* id) { return *svm::find_variant(id); }

// The pane on screen, showing `t`.
bool shown(SourceView& view, std::shared_ptr<const svm::Trace> t, QSize size = {520, 500}) {
  view.resize(size);
  view.show();
  if (!QTest::qWaitForWindowExposed(&view)) return false;
  view.setTrace(std::move(t));
  return true;
}

}  // namespace

class TestSource : public QObject {
  Q_OBJECT

 private slots:
  void listingFollowsTheOps();
  void listingIndentsByBraces();
  void highlightIsTheStepsLine_data();
  void highlightIsTheStepsLine();
  void clickingACallerShowsItsCallLine();
  void bootedStateShowsNoLine();
  void renders();
};

void TestSource::listingFollowsTheOps() {
  // Every function, in two variants: the listing holds each op present in the
  // variant, in order, and nothing else.
  for (const char* v : {"v4.4", "v4.5", "2020-canonical-check", "2022-pasid-freed-in-mmput", "2022-pasid-freed-in-mmdrop"}) {
    for (int i = 0; i < svm::kFnCount; ++i) {
      const auto fn = static_cast<svm::FnId>(i);
      const svm::FnDef& d = svm::functions(variant(v))[fn];
      std::vector<int> want;
      for (size_t k = 0; k < d.ops.size(); ++k)
        if (!d.ops[k].when || d.ops[k].when(variant(v))) want.push_back(static_cast<int>(k));
      std::vector<int> got;
      QString joined;
      for (const ListingLine& l : function_listing(fn, variant(v))) {
        if (got.empty() || got.back() != l.op) got.push_back(l.op);
        QVERIFY(l.indent >= 0);
      }
      QVERIFY2(got == want, qPrintable(qs(svm::fn_name(fn)) + QStringLiteral(" in ") + QLatin1String(v)));
    }
  }
  // The v4.4 bind forgets its mm pointer; the fix does not.
  auto has = [](const char* v, const std::string& text) {
    for (const ListingLine& l : function_listing(svm::FnId::intel_svm_bind_mm, variant(v)))
      if (l.text == text) return true;
    return false;
  };
  QVERIFY(has("v4.4", "mm = NULL;"));
  QVERIFY(!has("v4.5", "mm = NULL;"));
}

void TestSource::listingIndentsByBraces() {
  // intel_svm_bind_mm: "if (...) { ... } else if (pasid) { mm = get_task_mm(current);" opens a
  // block that "BUG_ON(!mm); }" closes: the BUG_ON is one level in, the next line back out.
  const auto lines = function_listing(svm::FnId::intel_svm_bind_mm, variant("v4.4"));
  int bug = -1;
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].text == "BUG_ON(!mm); }") bug = static_cast<int>(i);
  QVERIFY(bug > 0);
  QCOMPARE(lines[static_cast<size_t>(bug) - 1].indent, 0);
  QCOMPARE(lines[static_cast<size_t>(bug)].indent, 1);
  QCOMPARE(lines[static_cast<size_t>(bug) + 1].indent, 0);
  // "} else" steps back to the level of its "if (mm) {".
  int else_line = -1, if_mm = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text == "} else") else_line = static_cast<int>(i);
    if (lines[i].text.rfind("if (mm) { ret = mmu_notifier_register", 0) == 0) if_mm = static_cast<int>(i);
  }
  QVERIFY(else_line > if_mm && if_mm >= 0);
  QCOMPARE(lines[static_cast<size_t>(else_line)].indent, lines[static_cast<size_t>(if_mm)].indent);
  QCOMPARE(lines[static_cast<size_t>(if_mm) + 1].indent, lines[static_cast<size_t>(if_mm)].indent + 1);
}

void TestSource::highlightIsTheStepsLine_data() {
  QTest::addColumn<QString>("scenario");
  QTest::addColumn<QString>("variant");
  QTest::newRow("accel-mmap-exit v4.4") << "accel-mmap-exit" << "v4.4";
  QTest::newRow("accel-mmap-exit v4.5") << "accel-mmap-exit" << "v4.5";
  QTest::newRow("page-request-fault-in v4.5") << "page-request-fault-in" << "v4.5";
  QTest::newRow("two-process-isolation v4.4") << "two-process-isolation" << "v4.4";
}

void TestSource::highlightIsTheStepsLine() {
  QFETCH(QString, scenario);
  QFETCH(QString, variant);
  const auto t = trace(qPrintable(scenario), qPrintable(variant));
  SourceView view;
  QVERIFY(shown(view, t));
  int calls = 0;
  for (const svm::StepRecord& s : t->steps) {
    view.setCursor(s.index);
    const QString where = QStringLiteral("step %1").arg(s.index);
    QCOMPARE(view.highlightedText(), qs(s.text));
    QVERIFY2(paintedHighlight(view.codeView()) == qs(s.text),
             qPrintable(where + QStringLiteral(": painted \"") + paintedHighlight(view.codeView()) + QStringLiteral("\"")));
    QCOMPARE(view.shownFunction(), qs(svm::fn_name(ranIn(s))));
    // The stack is the step's: outermost first, and for a call the callee on top, entered.
    const StepFrames& f = view.frames();
    QCOMPARE(f.frames.size(), s.stack.size());
    for (size_t k = 0; k < s.stack.size(); ++k) QCOMPARE(f.frames[k].fn, s.stack[k]);
    QCOMPARE(f.frames.back().entered, s.kind == svm::StepKind::Enter);
    QCOMPARE(view.stackList()->count(), static_cast<int>(s.stack.size()));
    QCOMPARE(view.stackList()->currentRow(), view.rowOfFrame(view.shownFrame()));
    // The header names the file with its version.
    QVERIFY2(view.headerText().contains(qs(svm::source_of(ranIn(s), *t->cfg->variant))), qPrintable(view.headerText()));
    if (s.kind == svm::StepKind::Enter) ++calls;
  }
  QVERIFY(calls > 10);
}

void TestSource::clickingACallerShowsItsCallLine() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  SourceView view;
  QVERIFY(shown(view, t));
  // Steps at least three frames deep whose thread entered every frame by a
  // call in this trace; at each, click each caller.
  int checked = 0;
  for (const svm::StepRecord& s : t->steps) {
    if (s.kind != svm::StepKind::Op || s.stack.size() < 3 || s.index % 7) continue;
    view.setCursor(s.index);
    for (int k = static_cast<int>(s.stack.size()) - 2; k >= 1; --k) {
      // The call that made frame k + 1: the latest step of this thread
      // entering it with the same stack under it.
      const svm::StepRecord* call = nullptr;
      for (int j = s.index - 1; j >= 1 && !call; --j) {
        const svm::StepRecord& c = t->steps[static_cast<size_t>(j) - 1];
        if (c.thread == s.thread && c.kind == svm::StepKind::Enter && c.stack.size() == static_cast<size_t>(k) + 2 &&
            std::equal(c.stack.begin(), c.stack.end(), s.stack.begin()))
          call = &c;
      }
      if (!call) continue;
      QListWidget* list = view.stackList();
      const int row = view.rowOfFrame(k);
      QVERIFY(row >= 0 && row < list->count());
      list->scrollToItem(list->item(row));
      QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
      const QString where = QStringLiteral("step %1 frame %2").arg(s.index).arg(k);
      QVERIFY2(view.shownFunction() == qs(svm::fn_name(s.stack[static_cast<size_t>(k)])), qPrintable(where));
      QVERIFY2(view.highlightedText() == qs(call->text), qPrintable(where + QStringLiteral(": ") + view.highlightedText()));
      QCOMPARE(paintedHighlight(view.codeView()), qs(call->text));
      // The call line names the callee (all of these are direct calls).
      ++checked;
    }
    // Back at the step's own frame with a click on the innermost row.
    QListWidget* list = view.stackList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(view.highlightedText(), qs(s.text));
  }
  QVERIFY2(checked > 20, qPrintable(QString::number(checked)));

  // do_exit() calls exit_mm(): at a line of exit_mm, the caller shows "exit_mm(tsk);".
  for (const svm::StepRecord& s : t->steps)
    if (s.fn == svm::FnId::exit_mm && s.kind == svm::StepKind::Op) {
      view.setCursor(s.index);
      break;
    }
  QCOMPARE(view.shownFunction(), QStringLiteral("exit_mm"));
  int do_exit = -1;
  for (int k = 0; k < static_cast<int>(view.frames().frames.size()); ++k)
    if (view.frames().frames[static_cast<size_t>(k)].fn == svm::FnId::do_exit) do_exit = k;
  QVERIFY(do_exit >= 0);
  QListWidget* list = view.stackList();
  QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(view.rowOfFrame(do_exit))).center());
  QCOMPARE(view.shownFunction(), QStringLiteral("do_exit"));
  QCOMPARE(view.highlightedText(), QStringLiteral("exit_mm(tsk);"));
  QVERIFY(view.headerText().contains(QStringLiteral("kernel/exit.c (v4.4)")));
}

void TestSource::bootedStateShowsNoLine() {
  const auto t = trace("gfx-exit", "v4.5");
  SourceView view;
  view.setTrace(t);
  view.setCursor(0);
  QVERIFY(view.highlightedText().isEmpty());
  QVERIFY(view.shownFunction().isEmpty());
  QCOMPARE(view.stackList()->count(), 0);
  QVERIFY(view.headerText().contains(QStringLiteral("booted")));
  view.setCursor(1);
  QCOMPARE(view.highlightedText(), qs(t->steps[0].text));
}

void TestSource::renders() {
  const auto t = trace("accel-mmap-exit", "v4.4");
  SourceView view;
  QVERIFY(shown(view, t, {560, 420}));
  for (int at : {59, 103}) {
    view.setCursor(at);
    QTest::qWait(20);
    const QString path = QStringLiteral("/tmp/source_accel_v44_%1.png").arg(at);
    QVERIFY(view.grab().save(path));
    qInfo("wrote %s", qPrintable(path));
  }
  view.showFrame(1);
  QTest::qWait(20);
  QVERIFY(view.grab().save(QStringLiteral("/tmp/source_accel_v44_caller.png")));
  view.setViewPalette(Palette::dark());
  view.setCursor(103);
  QTest::qWait(20);
  QVERIFY(view.grab().save(QStringLiteral("/tmp/source_accel_v44_dark.png")));
}

QTEST_MAIN(TestSource)
#include "tst_source.moc"
