#pragma once
// The caption under the graph in presentation mode: what a class reads from
// the back row. Three lines, large: where we are (step, function,
// milestone), the scenario's narration for this part of the story (the last
// narrated step at or before the cursor, so the words stay up while the
// steps they describe run, like a subtitle), and what this step changed
// ("file#1 f_count 2 → 1"). At the end of the run: the verdict.

#include <QFrame>
#include <memory>

#include "views/common/palette.h"
#include "views/common/trace_view.h"

class QLabel;

namespace svmlab {

class CaptionView : public QFrame, public TraceView {
  Q_OBJECT

 public:
  explicit CaptionView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;
  using QWidget::setCursor;
  void setCursor(Qt::CursorShape) = delete;

  void setFontScale(double scale);  // 1: the application's font size
  void setViewPalette(const Palette& p);

  QString headingText() const;
  QString storyText() const;
  QString changesText() const;

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void render();

  std::shared_ptr<const svm::Trace> trace_;
  int cursor_ = 0;
  double scale_ = 2.0;
  Palette palette_ = Palette::projector();
  QLabel* heading_;
  QLabel* story_;
  QLabel* changes_;
};

}  // namespace svmlab
