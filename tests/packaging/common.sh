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
expected_files() { # the paths every Linux package must carry, relative to the prefix
    for prog in $ROLLOUTDESK_PROGRAMS; do
        echo "bin/$prog"
        echo "share/man/man1/$prog.1.gz"
    done
    if [ "$ROLLOUTDESK_BUILD_GUI" = 1 ]; then
        echo "share/applications/$APP_ID.desktop"
        echo "share/metainfo/$APP_ID.metainfo.xml"
        echo "share/icons/hicolor/scalable/apps/$APP_ID.svg"
        for size in 16 22 24 32 48 64 128 256 512; do
            echo "share/icons/hicolor/${size}x$size/apps/$APP_ID.png"
        done
    fi
    echo "share/doc/rolloutdesk/copyright"
    echo "share/doc/rolloutdesk/LICENSE"
    echo "share/doc/rolloutdesk/changelog.gz"
}

finish() {
    if [ "$failures" -ne 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}
