#include "app/scenarios.h"

#include <QFile>
#include <QFileInfo>

#include "core/report/museum.h"

namespace svmlab {

namespace {

QStringList catalogue() {
  QFile f(QStringLiteral(":/scenarios/catalogue.txt"));
  if (!f.open(QIODevice::ReadOnly)) return {};
  QStringList ids;
  for (const QByteArray& line : f.readAll().split('\n')) {
    const QString id = QString::fromUtf8(line).trimmed();
    if (!id.isEmpty() && !id.startsWith(QLatin1Char('#'))) ids << id;
  }
  return ids;
}

svm::LoadResult load_builtin(const QString& id) {
  QFile f(QStringLiteral(":/scenarios/%1.json").arg(id));
  if (!f.open(QIODevice::ReadOnly)) return {};
  const QByteArray text = f.readAll();
  return svm::load_scenario(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                            ("builtin:" + id).toStdString());
}

}  // namespace

QStringList hunk_scenarios() {
  QStringList ids;
  for (const BuiltinInfo& b : builtin_scenarios()) {
    const svm::Exhibit* e = svm::exhibit_of_scenario(b.id.toStdString());
    if (!e || e->year <= 2016) ids << b.id;
  }
  return ids;
}

QList<BuiltinInfo> builtin_scenarios() {
  QList<BuiltinInfo> out;
  for (const QString& id : catalogue()) {
    const svm::LoadResult r = load_builtin(id);
    if (!r) continue;  // a broken built-in is caught by the tests, not shown to users
    out.push_back({id, QString::fromStdString(r.scenario->title), QString::fromStdString(r.scenario->summary)});
  }
  return out;
}

QString builtin_text(const QString& id) {
  QFile f(QStringLiteral(":/scenarios/%1.json").arg(id));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

std::shared_ptr<const svm::Scenario> resolve_scenario(const QString& arg, QString* error) {
  const QFileInfo fi(arg);
  svm::LoadResult r;
  if (fi.exists() || arg.contains(QLatin1Char('/')) || arg.endsWith(QLatin1String(".json"))) {
    if (fi.isDir()) {
      if (error) *error = QStringLiteral("%1:0:0: is a directory, not a scenario file").arg(arg);
      return nullptr;
    }
    r = svm::load_scenario_file(arg.toStdString());
  } else if (catalogue().contains(arg)) {
    r = load_builtin(arg);
  } else {
    if (error)
      *error = QStringLiteral("%1:0:0: no such file, and no built-in scenario of that name (see: svmlab list)").arg(arg);
    return nullptr;
  }
  if (!r) {
    if (error) *error = QString::fromStdString(r.error.format());
    return nullptr;
  }
  return std::make_shared<const svm::Scenario>(std::move(*r.scenario));
}

}  // namespace svmlab
