#!/usr/bin/env bash
# The README's first command: install what is missing, build, and open the
# bundled example map in the editor. With no display, export the example to
# PDF instead and say where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
example="$PWD/build/examples/broadband.journey"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/app/stagecraft ]; then
  echo "Opening $example"
  exec build/app/stagecraft "$example"
fi
pdf="$PWD/build/examples/broadband.pdf"
QT_QPA_PLATFORM=offscreen build/app/stagecraft-cli export "$example" -o "$pdf" --page A3 --force
echo "No display: the example map is exported to $pdf"
