#pragma once
// The source pane: where the step that led to the cursor runs, as a kernel
// reader reads it. On top, the function and its file with the kernel version
// ("exit_mm()  kernel/exit.c (v4.4)") and the thread; under it the call
// stack, innermost first, each frame with the line it is at; under that the
// whole function as the model writes it (source_listing.h), the line the step
// ran highlighted and scrolled into view. Clicking a caller in the stack shows
// that function with its call line highlighted; the next cursor move goes
// back to the step's own frame.
//
// A step that calls a function ran the call line in the caller: the caller
// is shown, and the callee sits on top of the stack, entered, none of its
// lines run yet.

#include <memory>

#include <QWidget>

#include "views/common/palette.h"
#include "views/common/trace_view.h"
#include "views/source/source_frames.h"

class QLabel;
class QListWidget;
class QTextEdit;

namespace svmlab {

class SourceView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  explicit SourceView(QWidget* parent = nullptr);
  ~SourceView() override;

  // TraceView. setCursor(i) shows step i's frame (none at state 0).
  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;
  // TraceView::setCursor(int) shares its name with QWidget::setCursor: keep
  // the QCursor overload reachable, and refuse a Qt::CursorShape.
  using QWidget::setCursor;
  void setCursor(Qt::CursorShape) = delete;

  void setViewPalette(const Palette& p);

  // Show frame `frame` of the step's stack (0: outermost), as a click on it
  // in the stack does.
  void showFrame(int frame);

  // --- For tests.
  int stateIndex() const { return cursor_; }
  const StepFrames& frames() const { return frames_; }
  int shownFrame() const { return shown_; }
  QString shownFunction() const;    // "exit_mm", empty when none
  QString highlightedText() const;  // the highlighted op's source text, lines joined by '\n'; empty when none
  QString headerText() const;       // the header as shown (plain text)
  QListWidget* stackList() const { return stack_; }
  QTextEdit* codeView() const { return code_; }
  // The stack list's row of a frame (innermost first), or -1.
  int rowOfFrame(int frame) const;

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void render();
  void renderStack();
  void renderCode();
  void scrollToHighlight();

  std::shared_ptr<const svm::Trace> trace_;
  int cursor_ = 0;
  StepFrames frames_;
  int shown_ = -1;  // the frame the listing shows
  Palette palette_ = Palette::light();
  QLabel* header_;
  QListWidget* stack_;
  QTextEdit* code_;
  int highlight_block_ = -1;  // the first block of the highlighted op, to scroll to
  bool filling_ = false;      // filling the stack list ourselves: not the user
};

}  // namespace svmlab
