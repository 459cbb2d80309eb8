#!/bin/sh
# Regenerate the screenshots of docs/user-guide.md (docs/images/*.png),
# offscreen, with `svmlab screenshot`. Usage: scripts/screenshots.sh [BUILD_DIR]
# (default build/default; build it first: cmake --build BUILD_DIR --target svmlab).
set -eu
cd "$(dirname "$0")/.."
svmlab="${1:-build/default}/app/svmlab"
[ -x "$svmlab" ] || { echo "scripts/screenshots.sh: $svmlab not found: build the svmlab target first" >&2; exit 2; }
out=docs/images
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
shot() { name=$1; shift; "$svmlab" screenshot "$@" -o "$out/$name.png" 2>/dev/null; echo "$out/$name.png"; }

shot start          accel-mmap-exit --variant v4.4 --step 0   --lang en
shot bind           accel-mmap-exit --variant v4.4 --step 45  --lang en
shot exit-files     accel-mmap-exit --variant v4.4 --step 103 --lang en
shot leak           accel-mmap-exit --variant v4.4 --step 118 --lang en
shot compare        accel-mmap-exit --variant v4.4 --compare v4.5 --step 91 --lang en
shot present-en     accel-mmap-exit --variant v4.4 --step 103 --present --lang en
shot present-de     accel-mmap-exit --variant v4.4 --step 103 --present --lang de
shot present-zh_CN  accel-mmap-exit --variant v4.4 --step 103 --present --lang zh_CN
# Section 8, "What the hardware does": the diagrams alone.
shot hw-walk-fault    page-request-fault-in --step 98 --view hardware --lang en
shot hw-stale         munmap-invalidate --step 133 --view hardware --lang en
shot hw-flush         munmap-invalidate --step 134 --view hardware --lang en
shot hw-prq-overflow  prq-overflow --step 94 --view hardware --lang en
