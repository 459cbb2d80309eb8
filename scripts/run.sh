#!/usr/bin/env bash
# Quick start: install what is missing, build (default preset), start svmlab.
# Arguments are passed to svmlab, e.g. scripts/run.sh run accel-mmap-exit.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$top/scripts/deps.sh"
cd "$top"
svmlab_ensure_packages "${svmlab_packages_build[@]}"
svmlab_build default "$top" >&2
exec "$top/build/default/app/svmlab" "$@"
