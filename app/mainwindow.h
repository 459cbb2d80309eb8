#pragma once
// The main window: menus, toolbar and dock areas for the views.

#include <QMainWindow>

namespace svmlab {

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);

 private:
  void buildMenus();
};

}  // namespace svmlab
