#pragma once
// The VT-d hardware drawn: the translation path of the last translation, the
// caches as fixed slots, the invalidation and page request queues as rings,
// and the fault recording registers, each a diagram (diagram.h) on its own
// canvas, together in one scrolling panel that follows the cursor. The same
// diagrams make the `--what hardware` export and `screenshot --view
// hardware`, so what is saved is what is on the screen.

#include <QWidget>
#include <memory>
#include <vector>

#include "views/common/palette.h"
#include "views/common/trace_view.h"
#include "views/hardware/cache_diagram.h"
#include "views/hardware/cache_slots.h"
#include "views/hardware/diagram.h"
#include "views/hardware/hw_history.h"

namespace svmlab {

namespace hw {

// One diagram on a widget, at its natural size.
class DiagramCanvas : public QWidget {
 public:
  explicit DiagramCanvas(QWidget* parent = nullptr);
  void show_diagram(Diagram d, const Metrics& m, const Palette* pal);
  const Diagram& diagram() const { return d_; }
  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* e) override;

 private:
  Diagram d_;
  Metrics m_;
  Palette pal_;
  bool own_palette_ = false;
  TextCache text_;
};

// The four diagrams of a trace at a state, laid out as the panel shows them.
struct HardwareDiagrams {
  Diagram walk, caches, rings, faults;
  // All four in one picture: the path and the fault records on top, the
  // caches and the queues side by side below.
  Diagram composed(const Metrics& m) const;
};

// What the diagrams derive once per trace.
class HardwareHistory {
 public:
  HardwareHistory() = default;
  explicit HardwareHistory(const svm::Trace& t);
  HardwareDiagrams at(const svm::Trace& t, int state, const Metrics& m) const;

 private:
  std::vector<IqEntry> iq_;
  std::vector<PrqEntry> prq_;
  std::vector<int> walks_;
  CacheSlots slots_;
  std::shared_ptr<StaleSince> stale_ = std::make_shared<StaleSince>();  // shared by copies: one trace
};

}  // namespace hw

class HardwareView : public QWidget, public TraceView {
  Q_OBJECT

 public:
  explicit HardwareView(QWidget* parent = nullptr);

  void setTrace(std::shared_ptr<const svm::Trace> trace) override;
  void setCursor(int state_index) override;  // hides QWidget::setCursor: use QWidget::setCursor for shapes
  void setViewPalette(const Palette& p);

  int cursor() const { return cursor_; }
  // The diagrams shown (built now if the view was hidden when the cursor moved).
  const hw::Diagram& walkDiagram() const;
  const hw::Diagram& cacheDiagram() const;
  const hw::Diagram& ringDiagram() const;
  const hw::Diagram& faultDiagram() const;
  // The size the four canvases need without scrolling.
  QSize contentSize() const;

 protected:
  void changeEvent(QEvent* e) override;  // font changes (presentation mode) re-lay the diagrams
  void showEvent(QShowEvent* e) override;

 private:
  void render();
  void renderIfDirty() const;

  std::shared_ptr<const svm::Trace> trace_;
  hw::HardwareHistory history_;
  Palette pal_;
  bool own_palette_ = false;
  bool dirty_ = true;
  std::unique_ptr<hw::Metrics> metrics_;  // for the widget's font; rebuilt when it changes
  int cursor_ = 0;
  QWidget* content_ = nullptr;
  hw::DiagramCanvas* walk_ = nullptr;
  hw::DiagramCanvas* caches_ = nullptr;
  hw::DiagramCanvas* rings_ = nullptr;
  hw::DiagramCanvas* faults_ = nullptr;
};

}  // namespace svmlab
