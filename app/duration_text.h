#pragma once
// A duration as a person reads it: "13 ms" or "0.6 ms" under a second (a
// search of the exit race said "0.01 s", its shortest schedules "0.00 s"),
// "2.41 s" from a second on; in the words `ms` and `s` give, "%1 ms" and
// "%1 s", and the digits of `locale` (the GUI's translated and its
// language's "0,6 ms"; the command line's as they are, in C's).

#include <QLocale>
#include <QString>

namespace svmlab {

inline QString durationText(double seconds, const QString& ms = QStringLiteral("%1 ms"),
                            const QString& s = QStringLiteral("%1 s"), const QLocale& locale = QLocale::c()) {
  if (seconds < 0.01) return ms.arg(locale.toString(seconds * 1e3, 'f', 1));
  if (seconds < 1) return ms.arg(locale.toString(seconds * 1e3, 'f', 0));
  return s.arg(locale.toString(seconds, 'f', 2));
}

}  // namespace svmlab
