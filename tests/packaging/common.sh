# Shared helpers for the packaging test scripts (sourced, not run).
set -euo pipefail

: "${ROLLOUTDESK_SOURCE_DIR:?set by CTest}"
: "${ROLLOUTDESK_BUILD_DIR:?set by CTest}"
: "${ROLLOUTDESK_VERSION:?set by CTest}"
ROLLOUTDESK_PROGRAMS="${ROLLOUTDESK_PROGRAMS-}"
ROLLOUTDESK_BUILD_GUI="${ROLLOUTDESK_BUILD_GUI:-1}"
APP_ID=dev.rolloutdesk.RolloutDesk

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}
# check DESCRIPTION COMMAND...: runs the command, counts a failure when it fails.
check() {
    local what="$1"
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
need_tool() {
    command -v "$1" >/dev/null 2>&1 || {
        echo "FAIL: $1 is missing; run scripts/install-deps.sh --test (package $2)" >&2
        exit 1
    }
}
has_program() {
    case " $ROLLOUTDESK_PROGRAMS " in *" $1 "*) return 0 ;; *) return 1 ;; esac
}
finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}
