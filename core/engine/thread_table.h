#pragma once
// The machine's threads: one Cow per thread (cow_table.h), so a step clones
// only the thread it moves (and one it wakes).

#include "core/base/cow_table.h"
#include "core/engine/thread.h"

namespace svm {

using ThreadTable = CowTable<Thread>;

}  // namespace svm
