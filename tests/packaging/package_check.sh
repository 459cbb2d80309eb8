#!/usr/bin/env bash
# Builds the .debs with scripts/package.sh and checks them: the fields, the
# Depends computed from the libraries (svmlab-cli's names no GUI library),
# lintian (errors fail; warnings are printed), and the extracted binaries
# running --version and check.
#   package_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$src/scripts/package.sh" --build-dir "$build" --out "$tmp" >"$tmp/debs"
deb=$(grep '/svmlab_[^/]*\.deb$' "$tmp/debs" || true)
cli_deb=$(grep '/svmlab-cli_[^/]*\.deb$' "$tmp/debs" || true)
[ -f "$deb" ] || fail "no svmlab .deb"
[ -f "$cli_deb" ] || fail "no svmlab-cli .deb"
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
! grep -q 'svmlab-cli' "$tmp/contents" || fail "svmlab contains svmlab-cli's files"
[ "$(dpkg-deb -f "$deb" Suggests)" = svmlab-cli ] || fail "svmlab does not suggest svmlab-cli"

echo "-- $(basename "$cli_deb")"
dpkg-deb -f "$cli_deb" Package Version Architecture Section Depends
[ "$(dpkg-deb -f "$cli_deb" Package)" = svmlab-cli ] || fail "svmlab-cli: Package"
[ "$(dpkg-deb -f "$cli_deb" Version)" = "$(dpkg-deb -f "$deb" Version)" ] || fail "svmlab-cli: Version"
cli_depends=$(dpkg-deb -f "$cli_deb" Depends)
for lib in libqt6core6 libc6; do
  grep -q "$lib" <<<"$cli_depends" || fail "svmlab-cli: Depends lacks $lib: $cli_depends"
done
# The point of the package: installable where no display library is.
for lib in libqt6gui6 libqt6widgets6 libqt6svg6 libqt6printsupport6 libqcustomplot libgvc6 libcgraph6 libx11 libxcb libgl1 libegl1 libfontconfig1 fonts-dejavu; do
  ! grep -q "$lib" <<<"$cli_depends" || fail "svmlab-cli: Depends names $lib: $cli_depends"
done
dpkg-deb -c "$cli_deb" >"$tmp/cli_contents"
for f in ./usr/bin/svmlab-cli ./usr/share/man/man1/svmlab-cli.1.gz ./usr/share/bash-completion/completions/svmlab-cli \
         ./usr/share/doc/svmlab-cli/copyright; do
  grep -q " $f\$" "$tmp/cli_contents" || fail "svmlab-cli: $f not in the package"
done
[ "$(grep -c '^-' "$tmp/cli_contents")" -eq 5 ] || { cat "$tmp/cli_contents"; fail "svmlab-cli: other files than its binary, man page, completion, copyright and changelog"; }

echo "-- lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" "$cli_deb" || fail "lintian errors"

echo "-- the extracted binary"
dpkg-deb -x "$deb" "$tmp/root"
"$tmp/root/usr/bin/svmlab" --version | grep -q "^svmlab $(dpkg-deb -f "$deb" Version)" || fail "--version"
rc=0
(cd "$tmp" && "$tmp/root/usr/bin/svmlab" check accel-mmap-exit --variant v4.4 >/dev/null) || rc=$?
[ "$rc" -eq 1 ] || fail "check must find the v4.4 leak (exit 1), exited $rc"
dpkg-deb -x "$cli_deb" "$tmp/cli_root"
"$tmp/cli_root/usr/bin/svmlab-cli" --version | grep -q "^svmlab-cli $(dpkg-deb -f "$cli_deb" Version)" || fail "svmlab-cli --version"
rc=0
(cd "$tmp" && "$tmp/cli_root/usr/bin/svmlab-cli" check accel-mmap-exit --variant v4.4 >/dev/null) || rc=$?
[ "$rc" -eq 1 ] || fail "svmlab-cli check must find the v4.4 leak (exit 1), exited $rc"
echo "ok"
