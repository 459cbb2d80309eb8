#!/usr/bin/env bash
# Builds the .deb with scripts/package.sh and checks it: the fields, the
# Depends computed from the libraries, lintian (errors fail; warnings are
# printed), and the extracted binary running --version and check.
#   package_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

deb=$("$src/scripts/package.sh" --build-dir "$build" --out "$tmp" | tail -n 1)
[ -f "$deb" ] || fail "no .deb"
echo "-- $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends
[ "$(dpkg-deb -f "$deb" Package)" = svmlab ] || fail "Package"
[ "$(dpkg-deb -f "$deb" Section)" = education ] || fail "Section"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6svg6 libqcustomplot libgvc6 libc6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
dpkg-deb -c "$deb" >"$tmp/contents"
grep -q './usr/share/applications/org.svmlab.svmlab.desktop' "$tmp/contents" || fail "no desktop entry in the package"

echo "-- lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian errors"

echo "-- the extracted binary"
dpkg-deb -x "$deb" "$tmp/root"
"$tmp/root/usr/bin/svmlab" --version | grep -q "^svmlab $(dpkg-deb -f "$deb" Version)" || fail "--version"
rc=0
(cd "$tmp" && "$tmp/root/usr/bin/svmlab" check accel-mmap-exit --variant v4.4 >/dev/null) || rc=$?
[ "$rc" -eq 1 ] || fail "check must find the v4.4 leak (exit 1), exited $rc"
echo "ok"
