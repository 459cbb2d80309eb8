#pragma once
// Run > Patch Matrix: the outcome matrix (core/patch/matrix.h) of the
// built-in scenarios x the 16 sets of e57e58bd's hunks, as a grid coloured by
// verdict, with the verdict in words in every cell and a legend, so colour is
// never the only sign. Clicking a cell loads that scenario and hunk set in
// the main window, replaying the cell's first counterexample. The grid
// exports as SVG, PNG or CSV, each written whole or not at all (QSaveFile).

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <memory>

#include "core/patch/matrix.h"

class QComboBox;
class QLabel;
class QPainter;
class QTableWidget;
class QThread;

namespace svmlab {

class MatrixDialog : public QDialog {
  Q_OBJECT

 public:
  // Starts the matrix on `scenarios` (built-in ids; empty: all of them) on a
  // worker thread, the hunks switched on `base` (v4.4, or v4.4-devtlb-fixed
  // to see e57e58bd apart from the 2016 device-TLB descriptor).
  explicit MatrixDialog(const QStringList& scenarios = {}, QWidget* parent = nullptr,
                        const QString& base = QStringLiteral("v4.4"));
  ~MatrixDialog() override;

  bool finished() const { return result_ != nullptr; }
  QString base() const { return base_; }
  QStringList scenarios() const { return scenarios_; }
  const svm::MatrixResult* result() const { return result_.get(); }
  QTableWidget* grid() const { return grid_; }
  // As a click on cell (row, column): emits cellChosen with the schedule of
  // the cell's worst violation (the one its colour shows).
  void choose(int row, int column);
  // Write the grid: format "svg", "png" or "csv". An error message, empty on success.
  QString exportTo(const QString& path, const QString& format) const;
  // Draw the grid (the SVG and PNG exports); returns its size in pixels.
  QSize paintGrid(QPainter* p) const;

 signals:
  void computed();
  // The user chose another base: the owner opens the matrix on it (this one
  // stops its search and closes).
  void baseChosen(const QString& base);
  void cellChosen(const QString& scenario, const QString& variant, const QString& schedule);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void retranslate();
  void showResult();
  void exportDialog();

  std::shared_ptr<const svm::MatrixResult> result_;
  QLabel* summary_ = nullptr;
  QLabel* legend_ = nullptr;
  QLabel* findings_ = nullptr;
  QTableWidget* grid_ = nullptr;
  QComboBox* base_box_ = nullptr;
  QLabel* base_label_ = nullptr;
  QPointer<QThread> worker_;
  QString base_;
  QStringList scenarios_;
  std::shared_ptr<svm::ExploreCancel> cancel_;
};

// A hunk set's column code: "b·rf" (bind, -, release, fault).
QString hunkSetCode(svm::HunkSet s);

}  // namespace svmlab
