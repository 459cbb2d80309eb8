#pragma once
// The trace as plain text for a mailing list (LKML and friends): pure ASCII,
// short lines, nothing that a mail client, `> ` quoting or an mbox could
// break. Four parts:
//   - a counter table: mm_users, mm_count, f_count, ... after each key step
//     (milestones, counter changes, violations), changed cells as "a->b";
//   - a ladder: one lane per thread, time going down, showing who reached
//     which milestone, where the threads interleave and where it went wrong;
//   - what went wrong, in words: the leak cycle link by link with the
//     reference that holds each link, or the violation;
//   - the source file of every function named above (the model's own).
// Every line is at most MailOptions::width columns (70 by default, so two
// levels of "> " still fit in 72-76), has no trailing blanks and no tabs, and
// no line starts with "From " or ">" (mbox escaping would shift it).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/run.h"

namespace svm {

struct MailOptions {
  size_t width = 70;
};

std::string mail_text(const Trace& t, const MailOptions& o = {});

// Any text as printable ASCII on one line: common typographic characters
// (arrows, dashes, quotes) spelled out, whitespace as one blank, anything
// else as '?'. Names from scenario files go through this.
std::string ascii_line(std::string_view utf8);

// Words of `text` (made ASCII) filled into lines of at most `width` columns,
// each prefixed with `indent`; a word longer than a line is cut.
std::vector<std::string> wrap_words(std::string_view text, size_t width, const std::string& indent = {});

}  // namespace svm
