#!/usr/bin/env bash
# Fails when a C++ file is out of the repository's .clang-format (run by CTest as test_clang_format).
# Fix with: scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src tests fuzz bench -path tests/data -prune -o \
    \( -name '*.cpp' -o -name '*.h' \) -type f -print | sort)
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
echo "clang-format: ${#files[@]} files in format"
