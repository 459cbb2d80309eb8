#pragma once
// The outcome matrix as text: JSON (issue #19's shape), CSV (one row per
// cell), Markdown (a table a reviewer pastes) and plain text with the
// findings as sentences. The command line and the GUI's export share these.

#include <nlohmann/json.hpp>
#include <string>

#include "core/patch/matrix.h"

namespace svm {

nlohmann::ordered_json matrix_json(const MatrixResult& m);
std::string matrix_csv(const MatrixResult& m);
std::string matrix_markdown(const MatrixResult& m);
std::string matrix_text(const MatrixResult& m);
// "leak, use-after-free", "ok", or "INCOMPLETE" with what it found so far.
std::string cell_words(const MatrixCell& c);

}  // namespace svm
