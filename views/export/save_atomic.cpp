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

// Every byte, or false. A full file system first takes what fits and
// reports no error; the next write fails and says why (ENOSPC).
bool writeAll(QIODevice& f, const QByteArray& bytes) {
  qint64 done = 0;
  while (done < bytes.size()) {
    const qint64 n = f.write(bytes.constData() + done, bytes.size() - done);
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

// Why a write failed: the device's own words when it has any.
QString writeError(const QFileDevice& f) {
  const QString e = f.errorString();
  return e.isEmpty() || e == QLatin1String("Unknown error") ? QStringLiteral("short write") : e;
}

// A device or a pipe: no temporary file beside it, no rename over it.
QString writeDirectly(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return failure(path, reason(f, QStringLiteral("cannot open it")));
  if (!writeAll(f, bytes)) return failure(path, writeError(f));
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
  if (!writeAll(*f, bytes)) {
    const QString why = writeError(*f);
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
