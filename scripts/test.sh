#!/usr/bin/env bash
# Install what is missing, build everything, run the whole suite with CTest.
#   scripts/test.sh            default preset (RelWithDebInfo)
#   scripts/test.sh --asan     AddressSanitizer + UBSan build and suite
#   scripts/test.sh --tsan     ThreadSanitizer: the explorer's threads (label "threads")
#   scripts/test.sh --all      the three, one after the other (what CI runs)
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=deps.sh
source "$top/scripts/deps.sh"
cd "$top"

presets=(default)
case "${1:-}" in
  --asan) presets=(asan) ;;
  --tsan) presets=(tsan) ;;
  --all) presets=(default asan tsan) ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--asan|--tsan|--all]" >&2; exit 2 ;;
esac

svmlab_ensure_packages "${svmlab_packages_build[@]}" "${svmlab_packages_test[@]}"
export QT_QPA_PLATFORM=offscreen
status=0
for p in "${presets[@]}"; do
  echo "== build: $p"
  svmlab_build "$p" "$top"
  echo "== test: $p"
  if [ "$p" = tsan ]; then
    # GCC 12's ThreadSanitizer stops at once ("unexpected memory mapping")
    # where the kernel randomises mmap with more bits than it knows
    # (vm.mmap_rnd_bits 32); without the randomisation it runs anywhere.
    setarch "$(uname -m)" -R ctest --preset "$p" -j "$(nproc)" || status=1
  else
    ctest --preset "$p" -j "$(nproc)" || status=1
  fi
done
exit $status
