#!/usr/bin/env bash
# The README's second command: build and run the whole test suite.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   everything under ASan+UBSan in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
# Release, as the quick start builds the app (same build/, nothing rebuilt):
# debug information is a fifth of the compile time and no test needs it.
dir=build; flags=(-DCMAKE_BUILD_TYPE=Release)
if [ "${1:-}" = "--sanitize" ]; then
  # Line tables (-g1) are all a sanitizer's report needs for file:line.
  dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DSTAGECRAFT_SANITIZE=ON
                         -DSTAGECRAFT_BUILD_BENCH=OFF)
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" -j"$(nproc)" --output-on-failure
