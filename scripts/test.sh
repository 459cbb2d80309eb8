#!/usr/bin/env bash
# Install what is missing, build everything, run the whole suite with CTest.
#   scripts/test.sh            default preset (RelWithDebInfo)
#   scripts/test.sh --asan     AddressSanitizer + UBSan build and suite
#   scripts/test.sh --all      both, one after the other (what CI runs)
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$top/scripts/deps.sh"
cd "$top"

presets=(default)
case "${1:-}" in
  --asan) presets=(asan) ;;
  --all) presets=(default asan) ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--asan|--all]" >&2; exit 2 ;;
esac

svmlab_ensure_packages "${svmlab_packages_build[@]}" "${svmlab_packages_test[@]}"
export QT_QPA_PLATFORM=offscreen
status=0
for p in "${presets[@]}"; do
  echo "== build: $p"
  svmlab_build "$p" "$top"
  echo "== test: $p"
  ctest --preset "$p" -j "$(nproc)" || status=1
done
exit $status
