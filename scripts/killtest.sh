#!/usr/bin/env bash
# The long kill test: N child runs (default 1000), each killed with SIGKILL
# at a random moment, every committed edit checked after each kill.
#   scripts/killtest.sh [N] [SEED]        (builds build/ first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-1000}; seed=${2:-$(date +%s)}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target stagecraft-killtest >/dev/null
echo "seed $seed, $kills kills"
QT_QPA_PLATFORM=offscreen build/tests/killtest/stagecraft-killtest --kills "$kills" --max-delay-ms 600 --seed "$seed"
