#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that build, test and package Rollout Desk.
# Runs apt-get as root, or through sudo when started by another user.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git ccache
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins qt6-httpserver-dev
    libqt6sql6-sqlite # the QSQLITE driver of the local history store (Qt6Sql's CMake config is in qt6-base-dev)
    libyaml-cpp-dev libsimdjson-dev libssl-dev libgl-dev libxkbcommon-dev
)
if [ "${1:-}" = "--test" ]; then
    # End-to-end GUI tests, screenshots, packaging checks.
    packages+=(
        xvfb xauth x11-apps xdotool at-spi2-core dbus-x11 python3-pyatspi fonts-noto-cjk
        imagemagick clang-format desktop-file-utils appstream fakeroot dpkg-dev file
        nsis rpm binutils-mingw-w64-x86-64 groff-base python3 curl
        clang-14 libclang-rt-14-dev # the sanitizer build and libFuzzer (scripts/test-sanitizers.sh)
    )
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
