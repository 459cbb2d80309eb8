#pragma once
// The outcome matrix: scenarios x the 16 subsets of e57e58bd's hunks, each
// cell explored exhaustively (core/explore), and what it says about the
// patch: for each scenario and bug kind, the minimal hunk sets that prevent
// it and the hunks every preventing set contains.
//
// Cells run in parallel (`jobs` threads, one explorer worker each: sixteen
// small searches share two cores better than one search split in two). The
// result does not depend on timing: cells are stored by index, and each
// explorer is deterministic.

#include <memory>
#include <string>
#include <vector>

#include "core/explore/explorer.h"
#include "core/patch/hunks.h"
#include "core/scenario/scenario.h"

namespace svm {

struct MatrixCounterexample {
  std::string kind;      // violation_kind_name(): any kind the checker has
  std::string schedule;  // the shortest, as `svmlab run --schedule` takes it
  std::string function;  // where it was found ("" at the end of the run)
  std::string message;   // english
};

struct MatrixCell {
  int scenario = 0;  // index into MatrixResult::scenarios
  HunkSet hunks = 0;
  std::string variant;               // "v4.4+bind+fault"
  std::vector<std::string> verdict;  // kinds found, sorted, each once
  bool complete = false;
  std::string bound;  // why not complete
  size_t states = 0;
  double seconds = 0;
  std::vector<MatrixCounterexample> counterexamples;  // one per kind, shortest
  std::string error;  // the variant's config did not build (then nothing else is set)
};

// For one scenario and one kind: which hunk sets prevent it.
struct MatrixFinding {
  int scenario = 0;
  std::string kind;
  std::vector<HunkSet> minimal;  // minimal preventing sets (inclusion), by size then table order
  HunkSet necessary = 0;         // in every preventing set (meaningful when !minimal.empty())
  bool upward_closed = true;     // every superset of a preventing set prevents it too
  bool conclusive = true;        // every cell of the scenario complete
  std::string sentence;          // what a reviewer quotes
};

struct MatrixResult {
  std::string base;                    // "v4.4"
  std::vector<std::string> scenarios;  // ids
  std::vector<MatrixCell> cells;       // scenario-major, then hunk set 0..15
  std::vector<MatrixFinding> findings;
  double seconds = 0;
  bool complete() const;
  const MatrixCell& cell(int scenario, HunkSet s) const { return cells[static_cast<size_t>(scenario) * 16 + s]; }
};

struct MatrixOptions {
  std::string base = "v4.4";
  unsigned jobs = 2;
  ExploreOptions explore;  // workers is set to 1 per cell
};

MatrixResult run_matrix(const std::vector<std::shared_ptr<const Scenario>>& scenarios, const MatrixOptions& opt);

// The findings and their sentences, from the cells (run_matrix calls it).
std::vector<MatrixFinding> matrix_findings(const MatrixResult& m);

}  // namespace svm
