#pragma once
// The narration panel: what the step that led to the cursor state does, for
// a person following along (a student, a reviewer, a classroom).
//
//  - A heading: the kernel function the step runs in (for a call, the callee),
//    its source file, the thread, the step number, the milestone it reaches.
//  - The line it executes, in monospace.
//  - Its violations, prominently: a warning icon, the leak colour and the
//    kind in words, so nothing depends on colour alone.
//  - Two or three sentences: the scenario's own words for this step where it
//    has any (svm::story_of), then the model's note, then the counters the
//    step changed. Scenario text is shown in the reader's language where a
//    built-in scenario has a translation (context "scenario"); kernel
//    identifiers never are.
//  - At state 0: the scenario's title and summary and the variant.
//  - At the last state: the end of the run: the leak and the reference cycle
//    that holds it, a deadlock, or that no violation was found.
//  - Under each violation, why it happened (svm::why_chain), one link per
//    line, each step a link: clicking it emits stepRequested.
//
// setFontScale() enlarges everything (presentation mode).

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <QString>
#include <QWidget>

#include "core/report/why.h"
#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QTextBrowser;

namespace svmlab {

class NarrationView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  explicit NarrationView(QWidget* parent = nullptr);
  ~NarrationView() override;

  // TraceView. setCursor(i) clamps i to the trace.
  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;
  // TraceView::setCursor(int) shares its name with QWidget::setCursor: keep
  // the QCursor overload reachable, and refuse a Qt::CursorShape, which would
  // otherwise silently convert to a state index.
  using QWidget::setCursor;
  void setCursor(Qt::CursorShape) = delete;

  // 1.0: the panel's own size (a little larger than the application's font);
  // presentation mode passes e.g. 1.6. Clamped to [0.5, 4].
  void setFontScale(double scale);
  double fontScale() const { return scale_; }
  void setViewPalette(const Palette& p);

  int stateIndex() const { return cursor_; }
  // What a click on a link in the panel does ("step:N": emits stepRequested(N)).
  void activateLink(const QUrl& url);

 signals:
  void stepRequested(int state_index);

 public:

  // --- For tests and the exporter.
  QString plainText() const;  // what the panel shows, as text
  QString html() const { return html_; }
  QTextBrowser* browser() const { return browser_; }

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void render();
  QString stateHtml() const;
  QString introHtml() const;
  QString stepHtml(int state) const;
  QString endHtml() const;
  QString violationHtml(const svm::Violation& v, bool at_end) const;
  QString whyHtml(const svm::Violation& v) const;
  void updateResources();

  QTextBrowser* browser_;
  std::shared_ptr<const svm::Trace> trace_;
  Palette palette_ = Palette::light();
  double scale_ = 1.0;
  int cursor_ = 0;
  QString html_;
  bool rendering_ = false;
  mutable std::map<std::string, std::vector<svm::WhyLink>> why_;  // per violation (kind, objects, step), for this trace
};

}  // namespace svmlab
