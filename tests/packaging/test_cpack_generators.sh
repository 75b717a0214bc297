#!/usr/bin/env bash
# cpack runs the NSIS, RPM and TGZ generators from this build tree:
# - NSIS: makensis compiles CPack's installer script with our settings into a PE32 installer (its
#   payload is this Linux build, so this proves the script and settings, not a Windows build);
#   the script has the Start-menu shortcut, the uninstaller and the all-users (per-machine) logic;
# - RPM: files under /usr in the FHS layout, Requires from sonames, no claim on system folders;
# - TGZ: the same layout relative to the archive's top folder.
source "$(dirname "$0")/common.sh"
need_tool cpack cmake
need_tool makensis nsis
need_tool rpmbuild rpm
need_tool file file
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$ROLLOUTDESK_BUILD_DIR"

# --- NSIS
start=$SECONDS
if cpack -G NSIS -B "$work/nsis" >"$work/nsis.log" 2>&1; then pass "cpack -G NSIS ($((SECONDS - start)) s)"; else
    cat "$work/nsis.log"
    find "$work/nsis" -name NSISOutput.log -exec tail -n 20 {} \; || true
    fail "cpack -G NSIS"
fi
exe=$(find "$work/nsis" -maxdepth 1 -name "RolloutDesk-$ROLLOUTDESK_VERSION-win64.exe" | head -n1)
check "NSIS wrote RolloutDesk-$ROLLOUTDESK_VERSION-win64.exe" test -n "$exe"
if [ -n "$exe" ]; then
    check "the installer is a Nullsoft PE32 executable" bash -c 'file -b "$1" | grep -q "PE32.*Nullsoft"' _ "$exe"
fi
nsi=$(find "$work/nsis/_CPack_Packages" -name project.nsi | head -n1)
check "the generated NSIS script is kept" test -n "$nsi"
if [ -n "$nsi" ]; then
    check "installer writes an uninstaller" grep -q 'WriteUninstaller "$INSTDIR\\Uninstall.exe"' "$nsi"
    check "installer registers in Add/Remove Programs" grep -q 'Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' "$nsi"
    check "installer installs for all users when it has admin rights" grep -q 'SetShellVarContext all' "$nsi"
    check "installer uses our icon" grep -q 'MUI_ICON.*rolloutdesk.ico' "$nsi"
    check "installer removes an older version first" grep -q 'UninstallString' "$nsi"
    check "installer offers to add bin to PATH" grep -q 'AddToPath' "$nsi"
    if [ "$ROLLOUTDESK_BUILD_GUI" = 1 ]; then
        check "Start-menu shortcut to the app" \
            grep -q 'CreateShortCut "$SMPROGRAMS\\$STARTMENU_FOLDER\\Rollout Desk.lnk" "$INSTDIR\\bin\\rolloutdesk.exe"' "$nsi"
        check "Start-menu link to the uninstaller" grep -q 'Uninstall.lnk' "$nsi"
    fi
fi

# --- RPM
start=$SECONDS
if cpack -G RPM -B "$work/rpm" >"$work/rpm.log" 2>&1; then pass "cpack -G RPM ($((SECONDS - start)) s)"; else
    cat "$work/rpm.log"
    fail "cpack -G RPM"
fi
rpm_file=$(find "$work/rpm" -maxdepth 1 -name "rolloutdesk-$ROLLOUTDESK_VERSION-*.rpm" | head -n1)
check "RPM written" test -n "$rpm_file"
if [ -n "$rpm_file" ]; then
    rpm -qpl "$rpm_file" 2>/dev/null >"$work/rpm.files"
    for f in $(expected_files); do
        check "RPM has /usr/$f" grep -qx "/usr/$f" "$work/rpm.files"
    done
    for dir in /usr/share/applications /usr/share/icons/hicolor /usr/share/man/man1 /usr/bin; do
        check "RPM does not own $dir" bash -c '! grep -qx "$1" "$2"' _ "$dir" "$work/rpm.files"
    done
    rpm -qp --requires "$rpm_file" 2>/dev/null >"$work/rpm.requires"
    check "RPM requires Qt by soname" grep -q '^libQt6Core.so.6' "$work/rpm.requires"
    check "RPM license is Apache-2.0" bash -c 'rpm -qp --qf "%{LICENSE}" "$1" 2>/dev/null | grep -qx Apache-2.0' _ "$rpm_file"
fi

# --- TGZ
start=$SECONDS
if cpack -G TGZ -B "$work/tgz" >"$work/tgz.log" 2>&1; then pass "cpack -G TGZ ($((SECONDS - start)) s)"; else
    cat "$work/tgz.log"
    fail "cpack -G TGZ"
fi
tgz=$(find "$work/tgz" -maxdepth 1 -name "rolloutdesk-$ROLLOUTDESK_VERSION-*.tar.gz" | head -n1)
check "TGZ written" test -n "$tgz"
if [ -n "$tgz" ]; then
    top=$(basename "$tgz" .tar.gz)
    tar -tzf "$tgz" >"$work/tgz.files"
    for f in $(expected_files); do
        check "TGZ has $top/$f" grep -qx "$top/$f" "$work/tgz.files"
    done
    mkdir -p "$work/tgz/x"
    tar -xzf "$tgz" -C "$work/tgz/x"
    for prog in $ROLLOUTDESK_PROGRAMS; do
        check "TGZ's $prog is stripped" bash -c 'file -b "$1" | grep -q ", stripped"' _ "$work/tgz/x/$top/bin/$prog"
    done
    if has_program rolloutdesk-cli; then
        out=$(env -i PATH=/usr/bin:/bin HOME="$work" "$work/tgz/x/$top/bin/rolloutdesk-cli" --version 2>&1 || true)
        check "TGZ's rolloutdesk-cli runs from the unpacked folder" grep -q "$ROLLOUTDESK_VERSION" <<<"$out"
    fi
fi
finish
