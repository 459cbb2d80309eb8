#pragma once
// One state's successors, as both searches make them (explorer.h says why a
// single local step stands for all of them), and what a search does to the
// booted machine before it starts.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/hash.h"
#include "core/engine/config.h"
#include "core/engine/machine.h"
#include "core/engine/violation.h"

namespace svm {

struct ExploreOptions;

struct Succ {
  std::optional<Machine> m;  // dropped as soon as the state is known to be seen before
  int16_t tid;
  std::vector<Violation> violations;
  Hash128 hash;
};

// The successors of m into `out`, in thread order: a single local step if
// there is one (the lowest such thread), else one per thread that can step.
void expand(const Machine& m, const Config& cfg, bool reduce, std::vector<Succ>& out);

// The reductions that change the booted machine itself (cache_order.h),
// applied to `root`, and every reduction the search makes, in words, into
// `reductions`.
void prepare_root(Machine& root, const Config& cfg, const ExploreOptions& opt, std::vector<std::string>& reductions);

}  // namespace svm
