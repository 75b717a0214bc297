#!/usr/bin/env bash
# The newcomer's test command: install dependencies, build everything, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
build_dir="${ROLLOUTDESK_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel 2

# ASan + UBSan tests and a bounded run of every fuzzer in their own build folder (clang-14);
# before the main suite so that ctest's closing line below stays the last line.
scripts/test-sanitizers.sh

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$build_dir"
ctest --output-on-failure --parallel 2 "$@"
