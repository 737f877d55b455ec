#!/usr/bin/env bash
# The README's second command: build and run the whole test suite.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   everything under ASan+UBSan in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=Debug -DSTAGECRAFT_SANITIZE=ON -DSTAGECRAFT_BUILD_BENCH=OFF)
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" -j"$(nproc)" --output-on-failure
