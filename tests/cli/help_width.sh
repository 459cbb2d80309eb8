#!/usr/bin/env bash
# Every help page fits an 80-column terminal: no line of `svmlab --help` or
# `svmlab help COMMAND` is longer than 79 characters (the width render_help
# fills to). The exit-status line of every command's page was 81.
#   help_width.sh SVMLAB
set -euo pipefail
svmlab=$1
pages=0 failures=0
check() {  # check ARGS...: one help page
  local out
  out=$("$svmlab" "$@")
  pages=$((pages + 1))
  local long
  long=$(printf '%s\n' "$out" | awk 'length > 79 {printf "  %d columns: %s\n", length, $0}')
  if [ -n "$long" ]; then
    echo "svmlab $*: lines over 79 columns:"
    echo "$long"
    failures=$((failures + 1))
  fi
}
check --help
# The commands, as the top page lists them ("  NAME ..." under "Commands:").
commands=$("$svmlab" --help | awk '/^Commands:/{f=1; next} /^$/{f=0} f && /^  [a-z]/{print $1}')
[ -n "$commands" ] || { echo "no commands found in svmlab --help"; exit 1; }
for c in gui $commands; do check help "$c"; done
echo "$pages help pages, $failures with long lines"
[ "$failures" -eq 0 ]
