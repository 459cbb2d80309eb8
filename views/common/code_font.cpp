#include "views/common/code_font.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace svmlab {

QFont codeFont() {
  QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  f.setStyleHint(QFont::Monospace);
  if (QFontInfo(f).fixedPitch()) return f;
  f.setFamilies(QStringList{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono"), QStringLiteral("monospace")});
  return f;
}

}  // namespace svmlab
