#!/usr/bin/env bash
# svmlab-cli links the core and QtCore only (issue 23 item 4): no Qt GUI or
# Widgets library, no QCustomPlot, no Graphviz, whatever pulls them in.
#   no_gui_libraries.sh SVMLAB_CLI
set -euo pipefail
cli=$1
libs=$(ldd "$cli")
grep -q 'libQt6Core\.so' <<<"$libs" || { echo "FAIL: ldd shows no libQt6Core: is this svmlab-cli?" >&2; exit 1; }
if bad=$(grep -E 'libQt6(Gui|Widgets|Svg|PrintSupport|OpenGL|DBus)|qcustomplot|libgvc|libcgraph|libcdt|libpathplan|libX|libxcb|libGL|libEGL|libfontconfig|libfreetype' <<<"$libs"); then
  echo "FAIL: svmlab-cli links GUI libraries:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "$libs"
echo "ok: no GUI library"
