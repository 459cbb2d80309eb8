#pragma once
// Help > Museum: the lifetime bugs the kernel learnt from, one exhibit each
// (core/report/museum.h): year, commits, the sentence that explains it, what
// of its era's code the model runs, and its scenario. "Open" loads the
// scenario in the bug's variant; "Compare Bug and Fix" also turns on the main
// window's compare mode with the fix.

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace svmlab {

class MainWindow;

class MuseumDialog : public QDialog {
  Q_OBJECT

 public:
  explicit MuseumDialog(MainWindow* window);

  int exhibitCount() const;
  void select(int row);
  QString text() const;  // the shown exhibit, as plain text (tests)
  // As the buttons: an error message, empty on success.
  QString openBug();
  QString compareBugAndFix();
  QPushButton* compareButton() const { return compare_; }

 protected:
  void changeEvent(QEvent* e) override;  // LanguageChange

 private:
  void fill();
  void showExhibit(int row);

  MainWindow* window_;
  QListWidget* list_ = nullptr;
  QTextBrowser* page_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* compare_ = nullptr;
};

}  // namespace svmlab
