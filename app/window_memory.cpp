#include "app/window_memory.h"

#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

#include "app/classroom/classroom.h"
#include "app/classroom/language.h"
#include "app/classroom/theme.h"
#include "app/mainwindow.h"

namespace svmlab {

namespace {
// Bumped when the docks change so much that an old layout would misplace them.
constexpr int kStateVersion = 1;
}  // namespace

QString rememberedLanguage() { return QSettings().value(QStringLiteral("language")).toString(); }

void restoreWindow(MainWindow& w, bool reopen) {
  QSettings s;
  w.restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
  w.restoreState(s.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
  if (s.contains(QStringLiteral("theme"))) w.classroom()->setTheme(parse_theme(s.value(QStringLiteral("theme")).toString()));
  if (!reopen) return;
  const QString scenario = s.value(QStringLiteral("last/scenario")).toString();
  const QString variant = s.value(QStringLiteral("last/variant")).toString();
  if (scenario.isEmpty()) return;
  // A built-in id has no file; a path must still be there.
  const bool file = scenario.contains(QLatin1Char('/'));
  if (file && !QFileInfo::exists(scenario)) {
    w.statusBar()->showMessage(QObject::tr("The last scenario, %1, is no longer there.").arg(scenario));
    return;
  }
  QString e = file ? w.openFile(scenario, variant) : w.openBuiltin(scenario, variant);
  if (!e.isEmpty() && !variant.isEmpty()) e = file ? w.openFile(scenario) : w.openBuiltin(scenario);  // a variant that no longer exists
  if (!e.isEmpty()) w.statusBar()->showMessage(e);
}

void rememberWindow(MainWindow& w) {
  QSettings s;
  s.setValue(QStringLiteral("window/geometry"), w.saveGeometry());
  s.setValue(QStringLiteral("window/state"), w.saveState(kStateVersion));
  s.setValue(QStringLiteral("language"), current_language());
  s.setValue(QStringLiteral("theme"), theme_id(w.classroom()->theme()));
  if (const auto sc = w.session()->scenario()) {
    const bool builtin = sc->file.rfind("builtin:", 0) == 0;
    s.setValue(QStringLiteral("last/scenario"),
               builtin ? QString::fromStdString(sc->id) : QFileInfo(QString::fromStdString(sc->file)).absoluteFilePath());
    s.setValue(QStringLiteral("last/variant"), w.session()->variant());
  }
}

}  // namespace svmlab
