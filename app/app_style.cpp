#include "app/app_style.h"

#include <algorithm>

#include <QApplication>
#include <QFontMetrics>
#include <QProxyStyle>
#include <QStyleOptionButton>

namespace svmlab {

namespace {

// Fusion sizes a push button a few pixels wider than its words: a long label
// ("Load Counterexample", "Compare Bug and Fix", "Zuerst in die Breite
// suchen") touched its frame, where the short ones get room from their
// minimum width. Two average characters each side, in every dialog and
// language.
class ButtonRoom : public QProxyStyle {
 public:
  QSize sizeFromContents(ContentsType type, const QStyleOption* opt, const QSize& size, const QWidget* w) const override {
    QSize s = QProxyStyle::sizeFromContents(type, opt, size, w);
    if (type != CT_PushButton) return s;
    const auto* b = qstyleoption_cast<const QStyleOptionButton*>(opt);
    if (!b || b->text.isEmpty()) return s;
    const QFontMetrics& fm = opt->fontMetrics;
    int room = fm.size(Qt::TextShowMnemonic, b->text).width() + 4 * fm.averageCharWidth();
    if (!b->icon.isNull()) room += b->iconSize.width() + fm.averageCharWidth();
    s.setWidth(std::max(s.width(), room));
    return s;
  }
};

}  // namespace

void install_app_style() {
  if (!qobject_cast<QApplication*>(QCoreApplication::instance()) || dynamic_cast<ButtonRoom*>(QApplication::style()))
    return;
  // Its base is made anew, of the kind the application would have used (the
  // -style option, else the desktop's): the old style object goes with setStyle().
  QApplication::setStyle(new ButtonRoom);
}

}  // namespace svmlab
