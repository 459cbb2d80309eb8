#include "views/export/save_atomic.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace svmlab {

namespace {

QString failure(const QString& path, const QString& why) { return QStringLiteral("cannot write %1: %2").arg(path, why); }

QString reason(const QFileDevice& f, const QString& fallback) {
  return f.error() != QFileDevice::NoError && !f.errorString().isEmpty() ? f.errorString() : fallback;
}

// A device or a pipe: no temporary file beside it, no rename over it.
QString writeDirectly(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return failure(path, reason(f, QStringLiteral("cannot open it")));
  if (f.write(bytes) != bytes.size()) return failure(path, reason(f, QStringLiteral("short write")));
  if (!f.flush()) return failure(path, reason(f, QStringLiteral("flush failed")));
  f.close();
  if (f.error() != QFileDevice::NoError) return failure(path, f.errorString());
  return {};
}

}  // namespace

QString saveBytes(const QString& path, const QByteArray& bytes, const SaveFileFactory& make) {
  const QFileInfo info(path);
  if (info.isDir()) return failure(path, QStringLiteral("it is a folder"));
  if (info.exists() && !info.isFile()) return writeDirectly(path, bytes);
  std::unique_ptr<QSaveFile> f = make ? make(path) : std::make_unique<QSaveFile>(path);
  // Unbuffered: every write reaches the temporary file now and reports its
  // error now, not in a flush inside commit() that commit() does not check.
  if (!f->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return failure(path, reason(*f, QStringLiteral("cannot open it")));
  if (f->write(bytes) != bytes.size()) {
    const QString why = reason(*f, QStringLiteral("short write"));
    f->cancelWriting();  // the destructor removes the temporary file; the old file stays
    return failure(path, why);
  }
  if (!f->commit()) return failure(path, reason(*f, QStringLiteral("the new file could not replace the old one")));
  return {};
}

QString saveAtomically(const QString& path, const std::function<bool(QIODevice&)>& fill) {
  QByteArray bytes;
  {
    QBuffer buf(&bytes);
    if (!buf.open(QIODevice::WriteOnly)) return failure(path, QStringLiteral("out of memory"));
    if (!fill(buf)) return failure(path, QStringLiteral("rendering failed"));
  }
  return saveBytes(path, bytes);
}

QString saveText(const QString& path, const std::string& utf8) {
  return saveBytes(path, QByteArray(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

}  // namespace svmlab
