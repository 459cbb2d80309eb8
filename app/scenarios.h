#pragma once
// The scenarios a user can name: the built-in catalogue (compiled into the
// executable as resources) and files on disk.

#include <QString>
#include <QStringList>
#include <memory>
#include <string>

#include "core/scenario/loader.h"

namespace svmlab {

struct BuiltinInfo {
  QString id;
  QString title;
  QString summary;
};

// Every built-in scenario, in catalogue order (resources/scenarios/catalogue.txt).
QList<BuiltinInfo> builtin_scenarios();
// The built-in scenarios e57e58bd's hunks apply to (what the patch matrix
// runs by default): all but the museum's later exhibits, which run on their
// own era's code.
QStringList hunk_scenarios();

// SCENARIO as the command line takes it: a built-in id, or a path to a file.
// On failure `error` holds one line "FILE:LINE:COLUMN: problem".
std::shared_ptr<const svm::Scenario> resolve_scenario(const QString& arg, QString* error);

// The text of a built-in scenario file (for "save as" and the fuzzer's seeds).
QString builtin_text(const QString& id);

}  // namespace svmlab
