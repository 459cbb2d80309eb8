#include "views/export/save_atomic.h"

#include <QFileInfo>
#include <QSaveFile>

namespace svmlab {

QString saveAtomically(const QString& path, const std::function<bool(QIODevice&)>& fill) {
  auto fail = [&](const QString& why) { return QStringLiteral("cannot write %1: %2").arg(path, why); };
  if (QFileInfo(path).isDir()) return fail(QStringLiteral("it is a folder"));
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) return fail(f.errorString());
  if (!fill(f)) {
    f.cancelWriting();
    return fail(f.error() != QFileDevice::NoError ? f.errorString() : QStringLiteral("rendering failed"));
  }
  if (!f.commit()) return fail(f.errorString());
  return {};
}

QString saveText(const QString& path, const std::string& utf8) {
  return saveAtomically(path, [&](QIODevice& d) {
    return d.write(utf8.data(), static_cast<qint64>(utf8.size())) == static_cast<qint64>(utf8.size());
  });
}

}  // namespace svmlab
