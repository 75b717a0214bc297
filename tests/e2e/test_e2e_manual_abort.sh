#!/usr/bin/env bash
# End-to-end: the real `rolloutdesk --demo` under Xvfb with a session bus, driven through AT-SPI
# (manual_abort_driver.py). Usage: test_e2e_manual_abort.sh ROLLOUTDESK ARTIFACT_DIR
# Exits 77 (skipped) when the X/AT-SPI tools are not installed (scripts/install-deps.sh --test).
set -euo pipefail
app="$1"
artifacts="$2"
here="$(cd "$(dirname "$0")" && pwd)"

for tool in xvfb-run dbus-run-session xdotool import; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "SKIP: python3-pyatspi missing"; exit 77; }

if [ "${E2E_INNER:-}" != 1 ]; then
    mkdir -p "$artifacts"
    rm -f "$artifacts"/*.png
    export E2E_INNER=1
    exec xvfb-run -a -s '-screen 0 1400x900x24' dbus-run-session -- "$0" "$@"
fi

# Inside Xvfb and the session bus.
export QT_QPA_PLATFORM=xcb
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
tmp="$(mktemp -d)"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
log="$artifacts/rolloutdesk.log"

"$app" --demo --demo-speed "${E2E_DEMO_SPEED:-10}" --lang en >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

status=0
/usr/bin/python3 "$here/manual_abort_driver.py" "$artifacts" || status=$?
if ! kill -0 "$pid" 2>/dev/null; then
    echo "rolloutdesk exited early; its log:"
    cat "$log"
    status=1
fi
exit $status
