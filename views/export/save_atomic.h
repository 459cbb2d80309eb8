#pragma once
// Every export file is written through QSaveFile: a half-written SVG or a
// truncated CSV never replaces a good one, and a failed export leaves
// nothing behind. Pictures are rendered into memory first, so a writer that
// cannot report a device error (QSvgGenerator, QPdfWriter) never writes to
// the disk at all: the bytes reach the file in one checked write, and the
// rename happens only when that write and the commit succeed. A path that
// is a device or a pipe (/dev/stdout, /dev/full) is written directly,
// checked the same way: renaming over it would replace the device. Errors
// are one line naming the path.

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <string>

class QIODevice;
class QSaveFile;

namespace svmlab {

// Makes the QSaveFile for `path`; tests pass one whose writes fail midway.
using SaveFileFactory = std::function<std::unique_ptr<QSaveFile>(const QString& path)>;

// `bytes` into `path`. Returns an empty string, or "cannot write PATH: reason".
QString saveBytes(const QString& path, const QByteArray& bytes, const SaveFileFactory& make = {});

// `fill` writes the whole content to a device in memory and says whether it
// could; then saveBytes. A false `fill` writes nothing ("rendering failed").
QString saveAtomically(const QString& path, const std::function<bool(QIODevice&)>& fill);
QString saveText(const QString& path, const std::string& utf8);

}  // namespace svmlab
