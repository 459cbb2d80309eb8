#pragma once
// The QGraphicsItems of the reference graph and the style they share. Sizes
// are measured here (GraphStyle) before layout, and painted here after it,
// from the same fonts, so text always fits its box.

#include <optional>
#include <vector>

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>

#include "views/common/palette.h"
#include "views/refgraph/graph_layout.h"
#include "views/refgraph/graph_model.h"

namespace svmlab::refgraph {

struct GraphStyle {
  Palette palette = Palette::light();
  QFont title_font;    // node titles (bold)
  QFont text_font;     // node details
  QFont small_font;    // node ids, edge labels, the legend
  QFont caption_font;  // the leak caption
  double pad = 6;      // inside a node
  double stripe = 6;   // the kind-coloured band at a node's left
  double radius = 5;
  double halo = 7;     // the "changed" halo's width beyond the outline

  static GraphStyle fromFont(const QFont& base, const Palette& p);

  // The text a node shows at a frame, line by line, and the box it needs.
  QString titleText(const NodeFrame& f, svm::Kind k) const;
  QSizeF nodeSize(const NodeLens& lens, const NodeFrame& f) const;
  // An edge label, wrapped onto two lines when long, and its box.
  static QString wrapLabel(const QString& label);
  QSizeF labelSize(const QString& wrapped) const;
};

// The "changed at this step" halo around a node: an item of its own, below
// the edges, so that arrowheads stay visible on top of it.
class HaloItem : public QGraphicsItem {
 public:
  HaloItem(const GraphStyle* style, QSizeF box);
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  const GraphStyle* style_;
  QRectF box_;
};

// One object.
class NodeItem : public QGraphicsItem {
 public:
  NodeItem(const GraphStyle* style, const NodeLens* lens, QSizeF size);
  void setHalo(HaloItem* halo) { halo_ = halo; }  // shown while the node is changed
  void setFrame(const NodeFrame& f);
  const NodeFrame& frame() const { return frame_; }
  const NodeLens& lens() const { return *lens_; }
  QRectF boxRect() const { return box_; }  // the node's box, without halo

  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  const GraphStyle* style_;
  const NodeLens* lens_;
  QRectF box_;  // centred on the item's origin
  NodeFrame frame_;
  HaloItem* halo_ = nullptr;
};

// One reference: its path and arrowhead. Its label is a separate item so
// that labels stay above every line.
class EdgeItem : public QGraphicsItem {
 public:
  EdgeItem(const GraphStyle* style, const EdgeLens* lens, const layout::EdgePath& path);
  void setFrame(const EdgeFrame& f);
  const EdgeFrame& frame() const { return frame_; }
  const EdgeLens& lens() const { return *lens_; }

  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  const GraphStyle* style_;
  const EdgeLens* lens_;
  QPainterPath path_;
  QPolygonF arrow_;
  EdgeFrame frame_;
  QRectF bounds_;
};

// The label of one reference: the counter it holds.
class EdgeLabelItem : public QGraphicsItem {
 public:
  EdgeLabelItem(const GraphStyle* style, const QString& wrapped_text, QPointF centre);
  void setFrame(const EdgeFrame& f);
  const QString& text() const { return text_; }

  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  const GraphStyle* style_;
  QString text_;
  QRectF box_;
  EdgeFrame frame_;
};

// The key to line styles and marks, drawn in the scene so exports carry it.
class LegendItem : public QGraphicsItem {
 public:
  explicit LegendItem(const GraphStyle* style);
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

 private:
  struct Entry {
    int sample;  // which mark to draw
    QString text;
  };
  const GraphStyle* style_;
  std::vector<Entry> entries_;
  QRectF bounds_;
  double sample_w_ = 34, gap_ = 8, spacing_ = 22;
};

}  // namespace svmlab::refgraph
