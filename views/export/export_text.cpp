#include "views/export/export_text.h"

#include <QDir>
#include <QFileInfo>

#include "core/report/dot.h"
#include "core/report/mail.h"
#include "core/report/trace_format.h"
#include "views/export/compare_csv.h"
#include "views/export/save_atomic.h"
#include "views/timeline/counters_csv.h"

namespace svmlab {

int exportState(const svm::Trace& t, const ExportRequest& r) {
  const int last = static_cast<int>(t.states.size()) - 1;
  return r.step < 0 || r.step > last ? last : r.step;
}

std::string exportText(const ExportRuns& runs, const ExportRequest& r) {
  const svm::Trace& t = *runs.trace;
  switch (r.what) {
    case ExportWhat::Trace: {
      if (r.format == ExportFormat::Json) return svm::trace_json(t).dump(2) + "\n";
      svm::FtraceOptions o;
      if (r.width > 0) o.width = static_cast<size_t>(r.width);
      return svm::trace_ftrace(t, o);
    }
    case ExportWhat::Mail: {
      svm::MailOptions o;
      for (const QString& s : r.sections) o.sections.push_back(s.toStdString());
      o.compare = runs.compare.get();
      return svm::mail_text(t, o);
    }
    case ExportWhat::Graph: return r.format == ExportFormat::Dot ? svm::trace_dot(t, exportState(t, r)) : std::string();
    case ExportWhat::Timeline:
      if (r.format != ExportFormat::Csv) return {};
      return runs.compare ? compare_counters_csv(t, *runs.compare) : counters_csv(t);
    case ExportWhat::Slides: return {};
  }
  return {};
}

QString writeAllSteps(const ExportRuns& runs, const ExportRequest& r,
                      const std::function<QString(const QString&, int)>& one) {
  if (QFileInfo(r.path).exists() && !QFileInfo(r.path).isDir())
    return QStringLiteral("cannot write %1: --all-steps writes a folder, and this is a file").arg(r.path);
  if (!QDir().mkpath(r.path)) return QStringLiteral("cannot write %1: cannot create the folder").arg(r.path);
  const int last = static_cast<int>(runs.trace->states.size()) - 1;
  for (int s = 0; s <= last; ++s) {
    const QString e = one(QDir(r.path).filePath(stepFileName(s, last, extensionFor(r.what, r.format))), s);
    if (!e.isEmpty()) return e;
  }
  return {};
}

QString exportTextRuns(const ExportRuns& runs, const ExportRequest& r) {
  const auto& t = runs.trace;
  if (!t || !t->cfg || t->states.empty()) return QStringLiteral("nothing to export: no trace");
  if (runs.compare && (!runs.compare->cfg || runs.compare->states.empty())) return QStringLiteral("nothing to compare with: no trace");
  const QString bad = checkRequest(r);
  if (!bad.isEmpty()) return bad;
  // The caller chose wrongly: say so rather than write an empty file.
  if (needsWidgets(r)) return QStringLiteral("%1 as %2 is drawn, not text").arg(whatName(r.what), formatName(r.format));
  if (!r.compare.isEmpty() && !runs.compare) return QStringLiteral("--compare %1: no second run to compare with").arg(r.compare);
  if (r.what == ExportWhat::Graph && r.allSteps)  // DOT, one file per state
    return writeAllSteps(runs, r, [&](const QString& file, int s) { return saveText(file, svm::trace_dot(*t, s)); });
  return saveText(r.path, exportText(runs, r));
}

}  // namespace svmlab
