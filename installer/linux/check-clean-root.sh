#!/usr/bin/env bash
# Installs a Rollout Desk .deb into a clean Debian 12 root made with debootstrap, and runs the three
# programs there. This is the strongest proof that the package's Depends are complete, because the
# build machine already has every library. It is slow (it downloads a minimal Debian and Qt, several
# minutes) and needs the Debian mirror, so it is NOT part of CTest: tests/packaging/test_deb_install.sh
# checks the same thing offline through the dependency closure. Run it as root before a release:
#
#   installer/linux/check-clean-root.sh build/rolloutdesk_0.1.0_amd64.deb [ROOT_DIR]
#
# The mirror is taken from apt's own sources (or DEBIAN_MIRROR). The root is deleted afterwards
# unless ROOT_DIR was given.
set -euo pipefail
deb=$(readlink -f "$1")
keep_root=0
if [ -n "${2:-}" ]; then
    root=$2
    keep_root=1
else
    root=$(mktemp -d)/bookworm
fi
mirror=${DEBIAN_MIRROR:-$(
    {
        grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}'
        grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}'
    } | grep -v security | head -n1 || true
)}
[ -n "$mirror" ] || { echo "no Debian mirror found; set DEBIAN_MIRROR" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap

cleanup() {
    umount "$root/proc" 2>/dev/null || true
    [ "$keep_root" = 1 ] || rm -rf "$(dirname "$root")"
}
trap cleanup EXIT

mkdir -p "$root"
start=$SECONDS
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -n 30 "$root.debootstrap.log"; exit 1; }
echo "debootstrap: $((SECONDS - start)) s"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

start=$SECONDS
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" |
    tail -n 3
echo "apt-get install in the clean root: $((SECONDS - start)) s"

status=0
run() { # NAME COMMAND...: runs in the root, reports
    local name=$1
    shift
    if out=$(in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp "$@" 2>&1); then
        echo "ok: $name"
    else
        echo "FAIL ($?): $name"
        status=1
    fi
    echo "$out" | tail -n 5 | sed 's/^/    /'
}
bins=$(in_root sh -c 'ls /usr/bin/rolloutdesk*' | xargs -n1 basename)
echo "installed programs: $bins"
for b in $bins; do
    case $b in
    rolloutdesk-cli) run "rolloutdesk-cli --version" rolloutdesk-cli --version ;;
    rolloutdesk-sim)
        run "rolloutdesk-sim --help" rolloutdesk-sim --help
        # Serves until SIGTERM: timeout sends it after 5 s; 124 means it was still serving.
        if out=$(in_root timeout 5 rolloutdesk-sim --listen 127.0.0.1:0 2>&1); then rc=0; else rc=$?; fi
        if [ "$rc" = 124 ] && grep -q 'http' <<<"$out"; then echo "ok: rolloutdesk-sim served until stopped"; else
            echo "FAIL: rolloutdesk-sim (exit $rc)"
            status=1
        fi
        echo "$out" | head -n 3 | sed 's/^/    /'
        ;;
    rolloutdesk)
        run "rolloutdesk --demo (offscreen, quits by itself)" env ROLLOUTDESK_QUIT_AFTER_MS=2000 timeout 150 rolloutdesk --demo
        if ! grep -Eq '^rolloutdesk: [1-9][0-9]* rollout\(s\) shown' <<<"$out"; then
            echo "FAIL: rolloutdesk --demo did not show the rollouts"
            status=1
        fi
        ;;
    esac
done
exit $status
