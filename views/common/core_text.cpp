#include "views/common/core_text.h"

#include <QCoreApplication>

namespace svmlab {

QString coreText(const svm::Text& t) {
  // A translatable template is a literal, so tmpl().data() ends in a NUL.
  const QString tmpl = t.translatable() ? QCoreApplication::translate(kCoreContext, t.tmpl().data())
                                        : QString::fromUtf8(t.tmpl().data(), static_cast<qsizetype>(t.tmpl().size()));
  const auto& args = t.args();
  if (args.empty()) return tmpl;
  // One pass, as Text::english() does: an argument's own "%1" stays as it is.
  QString out;
  out.reserve(tmpl.size() + 16 * static_cast<qsizetype>(args.size()));
  for (qsizetype i = 0; i < tmpl.size(); ++i) {
    const QChar c = tmpl[i];
    if (c == QLatin1Char('%') && i + 1 < tmpl.size() && tmpl[i + 1] >= QLatin1Char('1') && tmpl[i + 1] <= QLatin1Char('9')) {
      const auto n = static_cast<size_t>(tmpl[i + 1].unicode() - '1');
      if (n < args.size()) {
        out += coreText(args[n]);
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

QString coreText(const char* tmpl) {
  if (!tmpl || !*tmpl) return {};
  return QCoreApplication::translate(kCoreContext, tmpl);
}

QString coreMessage(const svm::Violation& v) {
  return coreText(v.message);
}

}  // namespace svmlab
