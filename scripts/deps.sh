#!/usr/bin/env bash
# Sourced by run.sh and test.sh: make sure Debian 12 has what SVM Lab builds and
# runs with. Installs only what is missing; never touches apt when nothing is.

svmlab_packages_build=(
  cmake ninja-build g++
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqcustomplot-dev libgraphviz-dev nlohmann-json3-dev libbenchmark-dev libgl1-mesa-dev
  fonts-dejavu-core fonts-wqy-microhei
  # Qt's own words (a dialog's Close, a file dialog) in the app's languages
  qt6-translations-l10n
)
# What the test suite needs on top: real consumers of our exports (and of the
# scenario schema) and a headless X.
svmlab_packages_test=(graphviz poppler-utils libxml2-utils xvfb xauth python3-jsonschema
  # the installed files, read back with the validators their consumers use
  desktop-file-utils appstream man-db shared-mime-info bash-completion file
  dpkg-dev lintian)
# What scripts/package.sh needs on top of the build: dpkg-shlibdeps computes
# the package's Depends.
svmlab_packages_package=(dpkg-dev file)
# scripts/bench.sh --callgrind: instruction counts that a busy machine does not move.
svmlab_packages_bench=(valgrind)

svmlab_missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

svmlab_ensure_packages() {
  local missing
  mapfile -t missing < <(svmlab_missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "svmlab: missing Debian packages; run as root:" >&2
    echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 2
  fi
  echo "svmlab: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configure once; after that ninja re-runs CMake itself when a CMakeLists changes.
svmlab_build() {
  local preset=$1 top=$2
  if [ ! -f "$top/build/$preset/build.ninja" ]; then
    cmake --preset "$preset" -S "$top"
  fi
  cmake --build --preset "$preset"
}
