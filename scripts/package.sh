#!/usr/bin/env bash
# Build the Debian packages (CPack; Depends computed from the shared libraries
# by dpkg-shlibdeps): svmlab_VERSION_ARCH.deb, the window and every command,
# and svmlab-cli_VERSION_ARCH.deb, the command line without the GUI libraries.
#   scripts/package.sh [--build-dir DIR] [--out DIR]
# DIR defaults: build/default (configured and built if it is not yet), and the
# current folder. Prints the two paths on stdout, and nothing else there (the
# build's own output goes to stderr, where a caller that reads the paths still
# shows it when the build fails). Install with: apt install ./svmlab_*.deb
# (or, on a machine without a display, apt install ./svmlab-cli_*.deb).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$top/scripts/deps.sh"

build=$top/build/default out=$PWD
while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) build=$(realpath -m "${2:?--build-dir needs a folder}"); shift 2 ;;
    --out) out=$(realpath -m "${2:?--out needs a folder}"); shift 2 ;;
    -h|--help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "usage: scripts/package.sh [--build-dir DIR] [--out DIR]" >&2; exit 2 ;;
  esac
done

svmlab_ensure_packages "${svmlab_packages_build[@]}" "${svmlab_packages_package[@]}"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  if [ "$build" = "$top/build/default" ]; then
    cmake --preset default -S "$top" >&2
  else
    cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
  fi
fi
cmake --build "$build" >&2
mkdir -p "$out"
# CPack writes into its own folder; only the .debs come out.
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
(cd "$build" && cpack -G DEB -B "$staging" >"$staging/cpack.log") || { cat "$staging/cpack.log" >&2; exit 1; }
for name in svmlab svmlab-cli; do
  deb=$(find "$staging" -maxdepth 1 -name "${name}_*.deb" -print -quit)
  [ -n "$deb" ] || { echo "scripts/package.sh: cpack made no ${name}_*.deb" >&2; cat "$staging/cpack.log" >&2; exit 1; }
  mv -f "$deb" "$out/"
  echo "$out/$(basename "$deb")"
done
