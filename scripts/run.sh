#!/usr/bin/env bash
# The newcomer's run command: install dependencies, build, and start the desktop application on
# the built-in demo cluster (no Kubernetes needed). Extra arguments go to rolloutdesk.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build_dir="${ROLLOUTDESK_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --target rolloutdesk --parallel 2
exec "$build_dir/src/app/rolloutdesk" --demo "$@"
