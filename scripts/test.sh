#!/usr/bin/env bash
# The newcomer's test command: install dependencies, build everything, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
build_dir="${ROLLOUTDESK_BUILD_DIR:-build}"
# ccache, where installed, makes rebuilds of an unchanged file free (paths taken relative to here).
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
fi
export ROLLOUTDESK_CMAKE_LAUNCHER="${launcher[*]:-}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
cmake --build "$build_dir" --parallel 2

# ASan + UBSan tests and a bounded run of every fuzzer in their own build folder (clang-14);
# before the main suite so that ctest's closing line below stays the last line.
scripts/test-sanitizers.sh

export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$build_dir"
ctest --output-on-failure --parallel 2 "$@"
