#pragma once
// The font for code, addresses and tables of bits. The platform's fixed font
// is not always fixed-pitch (fontconfig may resolve "monospace" to a font Qt
// does not report as such), and a column of kernel source or PTE bits only
// lines up in one that is; fall back to DejaVu Sans Mono, which we install.

#include <QFont>

namespace svmlab {

QFont codeFont();

}  // namespace svmlab
