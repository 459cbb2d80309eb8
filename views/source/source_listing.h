#pragma once
// A modeled function written out as a kernel reader expects to read it: its
// ops' source text in order, one listing line per source line, indented by
// the braces the ops open and close ("if (!mm) {" indents what follows, a
// line starting with "}" steps back). Only the ops present in the variant are
// listed: a v4.5 reader does not see the v4.4 "mm = NULL;".
//
// Qt-free, so the listing of a function can be checked without a widget.

#include <string>
#include <vector>

#include "core/driver/variant.h"
#include "core/engine/fn_id.h"

namespace svmlab {

struct ListingLine {
  std::string text;  // one line of an op's source text, without indentation
  int op = -1;       // the op it belongs to (index into FnDef::ops)
  int indent = 0;    // brace depth, in levels
};

// Every line of `fn` as the variant has it, in source order.
std::vector<ListingLine> function_listing(svm::FnId fn, const svm::Variant& v);

}  // namespace svmlab
