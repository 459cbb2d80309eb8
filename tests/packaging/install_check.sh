#!/usr/bin/env bash
# Installs the build into a temporary prefix and reads every installed file
# back with the validator its consumer uses; then runs the installed binary
# from there, away from the source tree.
#   install_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/usr" >/dev/null
usr=$tmp/usr share=$tmp/usr/share id=org.svmlab.svmlab
for f in bin/svmlab bin/svmlab-cli share/man/man1/svmlab-cli.1.gz share/bash-completion/completions/svmlab-cli share/doc/svmlab-cli/copyright share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg share/icons/hicolor/{48x48,128x128,256x256}/apps/$id.png \
         share/man/man1/svmlab.1.gz share/bash-completion/completions/svmlab share/mime/packages/$id.xml \
         share/doc/svmlab/copyright share/doc/svmlab/changelog.gz share/doc/svmlab/user-guide.md; do
  [ -f "$usr/$f" ] || fail "not installed: $f"
done
# Nothing the installed app needs may point back at the build or source tree.
! grep -rlI -e "$src" -e "$build" "$share" || fail "installed files name the source or build folder"

echo "-- desktop entry"
desktop-file-validate "$share/applications/$id.desktop"
grep -q '^Exec=svmlab %f$' "$share/applications/$id.desktop" || fail "Exec does not take a file"
grep -q '^MimeType=application/x-svmlab-scenario+json;$' "$share/applications/$id.desktop" || fail "no MimeType"

echo "-- AppStream"
appstreamcli validate --pedantic --no-net --no-color "$share/metainfo/$id.metainfo.xml"

echo "-- MIME type"
xmllint --noout "$share/mime/packages/$id.xml"
mkdir -p "$tmp/mime/packages"
cp "$share/mime/packages/$id.xml" "$tmp/mime/packages/"
update-mime-database "$tmp/mime"
grep -q '^60:application/x-svmlab-scenario+json:\*\.svmlab\.json$' "$tmp/mime/globs2" || fail "glob not registered"
grep -q 'svmlab-scenario/1' "$tmp/mime/magic" || fail "content match not registered"

echo "-- icons"
for s in 48 128 256; do
  file "$share/icons/hicolor/${s}x${s}/apps/$id.png" | grep -q "PNG image data, $s x $s" || fail "icon $s is not ${s}x$s"
done
xmllint --noout "$share/icons/hicolor/scalable/apps/$id.svg"

echo "-- man page"
man_text=$(MANWIDTH=80 man --warnings -l "$share/man/man1/svmlab.1.gz" 2>"$tmp/man.err" | col -b)
[ ! -s "$tmp/man.err" ] || fail "man warns: $(cat "$tmp/man.err")"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" EXAMPLES; do
  grep -q "^$section" <<<"$man_text" || fail "man page has no $section"
done
# Every command and every option --help knows is in the man page (one source).
for c in gui list validate run check explore matrix export screenshot; do
  for o in $("$usr/bin/svmlab" help "$c" | grep -o -- '--[a-z-]*' | sort -u); do
    grep -q -- "$o" <<<"$man_text" || fail "man page lacks $o (of $c)"
  done
done

# svmlab-cli's man page: every command and option its --help knows, and
# none of the GUI's (the window, screenshot, pictures).
cli_man=$(MANWIDTH=80 man --warnings -l "$share/man/man1/svmlab-cli.1.gz" 2>"$tmp/man.err" | col -b)
[ ! -s "$tmp/man.err" ] || fail "man svmlab-cli warns: $(cat "$tmp/man.err")"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "EXIT STATUS" EXAMPLES; do
  grep -q "^$section" <<<"$cli_man" || fail "man svmlab-cli has no $section"
done
for c in list validate run check explore matrix export; do
  for o in $("$usr/bin/svmlab-cli" help "$c" | grep -o -- '--[a-z-]*' | sort -u); do
    grep -q -- "$o" <<<"$cli_man" || fail "man svmlab-cli lacks $o (of $c)"
  done
done
! grep -q -- '--present\|--scale\|^ *screenshot' <<<"$cli_man" || fail "man svmlab-cli documents the GUI's options"

echo "-- bash completion"
complete_words() {  # the words the completion offers for the command line "$*" (its program's file)
  local fn=_${1//-/_}
  bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; fn=$2; shift 2
           COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
           [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("") && COMP_CWORD=${#COMP_WORDS[@]}-1
           $fn; printf "%s\n" "${COMPREPLY[@]}"' _ "$share/bash-completion/completions/$1" "$fn" "$@"
}
complete_words svmlab ch | grep -qx check || fail "completion: commands"
complete_words svmlab check accel-m | grep -qx accel-mmap-exit || fail "completion: scenario ids"
complete_words svmlab check gfx-exit --variant v4.5-no | grep -qx v4.5-no-fault-guard || fail "completion: variants"
complete_words svmlab run gfx-exit --variant v4.4+bind+f | grep -qx v4.4+bind+fault || fail "completion: hunks"
complete_words svmlab explore gfx-exit --max | grep -qx -- --max-memory || fail "completion: options"
complete_words svmlab export gfx-exit --what sl | grep -qx slides || fail "completion: choices"
# svmlab-cli's own: its commands and options, never the GUI's.
complete_words svmlab-cli ex | grep -qx explore || fail "svmlab-cli completion: commands"
! complete_words svmlab-cli s | grep -qx screenshot || fail "svmlab-cli completion offers screenshot"
complete_words svmlab-cli check accel-m | grep -qx accel-mmap-exit || fail "svmlab-cli completion: scenario ids"
complete_words svmlab-cli run gfx-exit --variant v4.4+bind+f | grep -qx v4.4+bind+fault || fail "svmlab-cli completion: hunks"
complete_words svmlab-cli export gfx-exit --what sl | grep -qx slides && fail "svmlab-cli completion offers slides"
complete_words svmlab-cli export gfx-exit --what ma | grep -qx mail || fail "svmlab-cli completion: its export kinds"
complete_words svmlab-cli --ver | grep -qx -- --version || fail "svmlab-cli completion: global options"

echo "-- the installed binary, run from elsewhere"
cd "$tmp"
HOME=$tmp "$usr/bin/svmlab" --version | grep -q '^svmlab [0-9]' || fail "--version"
HOME=$tmp "$usr/bin/svmlab" check gfx-exit >/dev/null || fail "check gfx-exit"
cp "$src/docs/examples/dma-then-munmap.json" "$tmp/mine.svmlab.json"
# The example shows a use-after-free (exit 1, a verdict); 2 or 3 would be bad input or no verdict.
rc=0
HOME=$tmp "$usr/bin/svmlab" check "$tmp/mine.svmlab.json" >"$tmp/check.txt" || rc=$?
[ "$rc" -le 1 ] && grep -q 'use-after-free' "$tmp/check.txt" || fail "check a scenario file (exit $rc)"
HOME=$tmp QT_QPA_PLATFORM=offscreen "$usr/bin/svmlab" screenshot accel-mmap-exit --lang de -o "$tmp/s.png" || fail "screenshot"
file "$tmp/s.png" | grep -q 'PNG image data, 1440 x 900' || fail "screenshot size"
HOME=$tmp "$usr/bin/svmlab-cli" --version | grep -q '^svmlab-cli [0-9]' || fail "svmlab-cli --version"
rc=0
HOME=$tmp "$usr/bin/svmlab-cli" check "$tmp/mine.svmlab.json" >"$tmp/check-cli.txt" || rc=$?
cmp -s "$tmp/check.txt" "$tmp/check-cli.txt" && [ "$rc" -le 1 ] || fail "svmlab-cli check differs from svmlab check (exit $rc)"
echo "ok"
