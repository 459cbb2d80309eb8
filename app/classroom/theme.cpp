#include "app/classroom/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QVariant>
#include <QWidget>

#include "views/hardware/hardware_view.h"
#include "views/hardware/cache_view.h"
#include "views/hardware/iq_view.h"
#include "views/hardware/page_walk_view.h"
#include "views/hardware/pasid_table_view.h"
#include "views/hardware/prq_view.h"
#include "views/narration/narration_view.h"
#include "views/refgraph/graph_view.h"
#include "views/threads/threads_view.h"
#include "views/timeline/timeline_view.h"
#include "views/source/source_view.h"
#include "views/trace/trace_view.h"

namespace svmlab {

namespace {

const char* kSystemPalette = "svmlabSystemPalette";

// The platform's palette, as it was before any theme replaced it (kept on
// the application object, so there is no static state).
QPalette system_palette() {
  const QVariant v = qApp->property(kSystemPalette);
  if (v.isValid()) return v.value<QPalette>();
  const QPalette p = QApplication::palette();
  qApp->setProperty(kSystemPalette, QVariant::fromValue(p));
  return p;
}

QPalette dark_palette() {
  QPalette p;
  const QColor window(0x2b, 0x2c, 0x30), base(0x1e, 0x1f, 0x22), text(0xee, 0xee, 0xee), disabled(0x80, 0x80, 0x80);
  p.setColor(QPalette::Window, window);
  p.setColor(QPalette::WindowText, text);
  p.setColor(QPalette::Base, base);
  p.setColor(QPalette::AlternateBase, window);
  p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3b, 0x40));
  p.setColor(QPalette::ToolTipText, text);
  p.setColor(QPalette::PlaceholderText, disabled);
  p.setColor(QPalette::Text, text);
  p.setColor(QPalette::Button, window);
  p.setColor(QPalette::ButtonText, text);
  p.setColor(QPalette::BrightText, QColor(0xff, 0xb0, 0x60));
  p.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));  // Okabe-Ito sky blue
  p.setColor(QPalette::HighlightedText, Qt::black);
  p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
  p.setColor(QPalette::Light, QColor(0x44, 0x45, 0x4a));
  p.setColor(QPalette::Midlight, QColor(0x38, 0x39, 0x3e));
  p.setColor(QPalette::Mid, QColor(0x26, 0x27, 0x2a));
  p.setColor(QPalette::Dark, QColor(0x16, 0x16, 0x18));
  p.setColor(QPalette::Shadow, Qt::black);
  for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
    p.setColor(QPalette::Disabled, role, disabled);
  return p;
}

template <typename View>
void give(QWidget* root, const Palette& p) {
  for (View* v : root->findChildren<View*>()) v->setViewPalette(p);
}

}  // namespace

QString theme_id(Theme t) {
  switch (t) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
  }
  return QStringLiteral("system");
}

Theme parse_theme(const QString& id) {
  if (id == QLatin1String("light")) return Theme::Light;
  if (id == QLatin1String("dark")) return Theme::Dark;
  return Theme::System;
}

bool system_prefers_dark() {
  const QPalette p = system_palette();
  return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

Theme resolve(Theme t) {
  if (t != Theme::System) return t;
  return system_prefers_dark() ? Theme::Dark : Theme::Light;
}

void apply_view_palette(QWidget* root, const Palette& p) {
  if (!root) return;
  for (RefGraphView* g : root->findChildren<RefGraphView*>()) g->setGraphPalette(p);
  give<NarrationView>(root, p);
  give<TimelineView>(root, p);
  give<ThreadsView>(root, p);
  give<TraceTableView>(root, p);
  give<SourceView>(root, p);
  give<ContextPasidView>(root, p);
  give<PageWalkView>(root, p);
  give<TranslationCacheView>(root, p);
  give<PageRequestView>(root, p);
  give<InvalidationQueueView>(root, p);
  give<HardwareView>(root, p);
}

void apply_theme(Theme t, QWidget* root, const Palette* override_palette) {
  const QPalette platform = system_palette();
  const Theme r = resolve(t);
  if (t == Theme::System)
    QApplication::setPalette(platform);
  else
    QApplication::setPalette(r == Theme::Dark ? dark_palette() : QApplication::style()->standardPalette());
  apply_view_palette(root, override_palette ? *override_palette : (r == Theme::Dark ? Palette::dark() : Palette::light()));
}

}  // namespace svmlab
