#pragma once
// The trace as plain text for a mailing list (LKML and friends): what a
// reviewer pastes, pure ASCII, short lines, nothing that a mail client,
// `> ` quoting or an mbox could break. By default:
//   - the scenario in one sentence;
//   - the counters (mm_users, mm_count, f_count, ...) when each milestone's
//     function returns, from boot to the end;
//   - the verdict in words: a leak's unreachable objects and the cycle that
//     holds them, link by link; a use-after-free, who used what after whom
//     freed it;
//   - how the threads took turns before the first violation, when more than
//     one thread took part;
//   - the command that reproduces the run, as a shell line ("  $ svmlab ...").
// With a second run (MailOptions::compare) both variants' counters sit in
// adjacent columns, each verdict follows, and the mail ends with what
// changed from one to the other. Optional sections (MailOptions::sections):
//   "changes"   the counters after every step that changed one (a->b);
//   "ladder"    one lane per thread, time going down, over the key steps;
//   "functions" the source file of every function named above.
// Every line is at most MailOptions::width columns (70 by default, never
// more than 72), has no trailing blanks and no tabs, and no line starts with
// "From " or ">" (mbox escaping would shift it).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/engine/run.h"

namespace svm {

struct MailOptions {
  size_t width = 70;                  // 40 to 72
  std::vector<std::string> sections;  // "changes", "ladder", "functions"
  const Trace* compare = nullptr;     // a second run of the same scenario (another variant)
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
