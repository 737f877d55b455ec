#!/usr/bin/env bash
# Builds the libFuzzer programs with clang in build-fuzz/ and runs each target
# up to 10 million executions or SECONDS seconds, whichever comes first.
#   scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: journeyjson mapfile csv blueprintsignal mermaid)
#   FUZZ_JOBS=2 scripts/fuzz.sh ...         libFuzzer's fork mode: N worker processes, one corpus,
#                                           the 10 million counted over all of them (how the
#                                           10-million runs in docs/reliability.md were made)
# New inputs go to build-fuzz/corpus/<target>/ (seeded from fuzz/corpus/<target>/);
# crashes to build-fuzz/crashes/<target>/: copy them into fuzz/corpus/<target>/
# so that ctest replays them, then fix.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(journeyjson mapfile csv blueprintsignal mermaid)
fork=()
if [ -n "${FUZZ_JOBS:-}" ]; then
  # libFuzzer reads -fork=two as 0 and would quietly run one process.
  [[ $FUZZ_JOBS =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: FUZZ_JOBS must be a number of worker processes, not '$FUZZ_JOBS'" >&2; exit 2; }
  fork=(-fork="$FUZZ_JOBS")
fi
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DSTAGECRAFT_FUZZ=ON \
      -DSTAGECRAFT_BUILD_TESTS=OFF -DSTAGECRAFT_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j2 --target $(printf 'fuzz-%s ' "${targets[@]}")
# malloc_context_size=0: reports leave out allocation stacks (a replay of the saved input
# gives them back); recording them was a third of the csv target's time.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:malloc_context_size=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  # The lengths of the runs recorded in docs/reliability.md.
  maxlen=4096; [ "$t" = mapfile ] && maxlen=32768
  echo "== $t: up to 10000000 runs or ${seconds}s"
  # nice: a shared machine's builds keep priority; one fuzzer at a time. A starved
  # nice-19 process took over 10 s of wall time for inputs that need 0.2 s: timeout 60.
  nice -n 19 build-fuzz/fuzz/fuzz-"$t" "${fork[@]}" -runs=10000000 -max_total_time="$seconds" -max_len="$maxlen" -timeout=60 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="build-fuzz/crashes/$t/" "build-fuzz/corpus/$t" "fuzz/corpus/$t" 2>&1 \
    | tee "build-fuzz/$t.log" | grep -E "^(#[0-9]+ +(DONE|pulse)|#[0-9]+: cov|INFO: fuzzed for|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
done
