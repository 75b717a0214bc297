#!/usr/bin/env bash
# ASan + UBSan build (clang-14) of the libraries, programs and tests without the GUI, plus the
# libFuzzer targets; then the tests and a bounded run of every fuzzer. scripts/test.sh calls it
# before the main suite. docs/SECURITY.md ("Fuzzing and sanitizers") explains what runs.
#
#   ROLLOUTDESK_SANITIZERS=0          skip this step entirely
#   ROLLOUTDESK_FUZZ_SECONDS=N        seconds per fuzzer (default 20 under CI=true, else 5; 0 skips)
#   ROLLOUTDESK_SANITIZER_BUILD_DIR   build folder (default build-sanitizers)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${ROLLOUTDESK_SANITIZERS:-1}" = 0 ]; then
    echo "sanitizer build and fuzzing skipped (ROLLOUTDESK_SANITIZERS=0)"
    exit 0
fi
if [ -z "${ROLLOUTDESK_FUZZ_SECONDS:-}" ]; then
    if [ "${CI:-}" = true ]; then ROLLOUTDESK_FUZZ_SECONDS=20; else ROLLOUTDESK_FUZZ_SECONDS=5; fi
fi
export ROLLOUTDESK_FUZZ_SECONDS
build_dir="${ROLLOUTDESK_SANITIZER_BUILD_DIR:-build-sanitizers}"
started=$(date +%s)

# -O1 and line tables only: quick to build, fast enough to fuzz, readable stacks.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DROLLOUTDESK_BUILD_GUI=OFF -DROLLOUTDESK_FUZZERS=ON ${ROLLOUTDESK_CMAKE_LAUNCHER:-}
cmake --build "$build_dir" --parallel 2
built=$(date +%s)

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
# Child processes (rolloutdesk-cli, rolloutdesk-sim started by tests) inherit these.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}"
# Benchmarks and the catalogue checks prove nothing more under sanitizers.
echo "== sanitizer tests and fuzzers (${ROLLOUTDESK_FUZZ_SECONDS} s per fuzzer)"
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 \
    -E '^(bench_|packaging_|test_ts_|test_glossary_)'
echo "== sanitizer step: build $((built - started)) s, tests and fuzzing $(($(date +%s) - built)) s"
