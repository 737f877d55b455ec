#!/usr/bin/env bash
# Builds and runs the benchmark program; prints one table. Usage:
#   scripts/bench.sh [SIZES…]      e.g. scripts/bench.sh 100 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
command -v dot >/dev/null || { echo "installing graphviz (the peer baseline)"; $sudo apt-get install -y graphviz >/dev/null; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSTAGECRAFT_BUILD_TESTS=OFF >/dev/null
cmake --build build-bench -j2 --target stagecraft-bench >/dev/null
QT_QPA_PLATFORM=offscreen ./build-bench/bench/stagecraft-bench "$@"
