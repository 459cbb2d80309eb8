#pragma once
// The Patch panel (a dock): e57e58bd as a diff, with one checkbox per hunk.
// Ticking a hunk asks the window to re-run the scenario in v4.4 plus the
// ticked hunks, keeping the cursor at the same milestone; a second row of
// boxes picks the hunk set of the compared run, so any two hunk sets can be
// put side by side. The panel only emits what the user chose and shows the
// variant it is given; it changes nothing itself.

#include <QWidget>

#include "core/patch/hunks.h"

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace svmlab {

class PatchPanel : public QWidget {
  Q_OBJECT

 public:
  explicit PatchPanel(QWidget* parent = nullptr);

  // Tick the boxes to the hunks of the shown variants (no signal).
  void showVariant(const QString& id);
  void showCompare(const QString& id);  // empty: not comparing

  svm::HunkSet hunks() const;
  svm::HunkSet compareHunks() const;
  QCheckBox* hunkBox(svm::HunkId h) const { return boxes_[static_cast<int>(h)]; }
  QCheckBox* compareHunkBox(svm::HunkId h) const { return compare_boxes_[static_cast<int>(h)]; }
  QCheckBox* compareBox() const { return compare_; }
  QTextBrowser* diffView() const { return diff_; }

 signals:
  void variantChosen(const QString& id);
  void compareChosen(const QString& id);  // empty: end compare mode

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void retranslate();
  void renderDiff();
  void emitVariant();
  void emitCompare();

  QCheckBox* boxes_[svm::kHunkCount] = {};
  QCheckBox* compare_boxes_[svm::kHunkCount] = {};
  QCheckBox* compare_ = nullptr;
  QLabel* title_ = nullptr;
  QLabel* result_ = nullptr;
  QLabel* compare_label_ = nullptr;
  QTextBrowser* diff_ = nullptr;
  QString variant_;
  bool syncing_ = false;
};

}  // namespace svmlab
