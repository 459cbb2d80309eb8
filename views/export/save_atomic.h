#pragma once
// Every export file is written through QSaveFile: a half-written SVG or a
// truncated CSV never replaces a good one, and a failed export leaves
// nothing behind. Errors are one line naming the path.

#include <QString>
#include <functional>
#include <string>

class QIODevice;

namespace svmlab {

// `fill` writes the whole content to the device and says whether it could.
// Returns an empty string, or "cannot write PATH: reason".
QString saveAtomically(const QString& path, const std::function<bool(QIODevice&)>& fill);
QString saveText(const QString& path, const std::string& utf8);

}  // namespace svmlab
