#!/usr/bin/env bash
# The Windows and macOS pieces that can be checked on Linux:
# - each configured .rc (version resource + icon) compiles with mingw's windres, and its version
#   block carries the project version;
# - the Info.plist template, filled as CMake fills it for the bundle, parses as a plist and has the
#   identifier, versions, icon and high-DPI keys;
# - the committed .icns and .ico are well-formed and hold the sizes the platforms ask for;
# - Packaging.cmake wires them (WiX upgrade GUID, NSIS icons, bundle properties).
source "$(dirname "$0")/common.sh"
need_tool x86_64-w64-mingw32-windres binutils-mingw-w64-x86-64
need_tool cpp cpp
need_tool python3 python3
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for prog in rolloutdesk rolloutdesk-cli rolloutdesk-sim; do
    rc="$ROLLOUTDESK_BUILD_DIR/installer/$prog.rc"
    check "$prog.rc was configured" test -f "$rc"
    check "$prog.rc compiles with windres" \
        x86_64-w64-mingw32-windres --preprocessor=cpp -i "$rc" -O coff -o "$work/$prog.res.o"
    decompiled=$(x86_64-w64-mingw32-windres --preprocessor=cpp -i "$rc" -O rc 2>&1 || true)
    check "$prog.rc has an icon" grep -q 'RT_ICON' <<<"$decompiled"
    check "$prog.rc carries the version" grep -q "\"ProductVersion\", \"$ROLLOUTDESK_VERSION\"" <<<"$decompiled"
    check "$prog.rc names the executable" grep -q "\"OriginalFilename\", \"$prog.exe\"" <<<"$decompiled"
done

cmake -DTEMPLATE="$ROLLOUTDESK_SOURCE_DIR/installer/macos/Info.plist.in" -DOUTPUT="$work/Info.plist" \
    -DAPP_ID="$APP_ID" -DVERSION="$ROLLOUTDESK_VERSION" -P "$here/configure_plist.cmake"
check "Info.plist, .icns and .ico are valid" python3 "$here/plist_check.py" "$work/Info.plist" "$APP_ID" \
    "$ROLLOUTDESK_VERSION" "$ROLLOUTDESK_SOURCE_DIR/resources/icons/app/rolloutdesk.icns" \
    "$ROLLOUTDESK_SOURCE_DIR/resources/icons/app/rolloutdesk.ico"

# What cpack will read on Windows and macOS comes from the generated CPack configuration.
config="$ROLLOUTDESK_BUILD_DIR/CPackConfig.cmake"
check "CPack config exists" test -f "$config"
check "WiX MSI has a fixed upgrade GUID" grep -Eq 'set\(CPACK_WIX_UPGRADE_GUID "[0-9A-F-]{36}"\)' "$config"
check "NSIS installer uses the app icon" grep -q 'CPACK_NSIS_MUI_ICON ".*/rolloutdesk.ico"' "$config"
check "DMG volume icon is the .icns" grep -q 'rolloutdesk.icns' "$ROLLOUTDESK_BUILD_DIR/installer/CPackOptions.cmake"
if [ "$ROLLOUTDESK_BUILD_GUI" = 1 ]; then
    check "Start-menu shortcut for the app" grep -q 'set(CPACK_PACKAGE_EXECUTABLES "rolloutdesk;Rollout Desk")' "$config"
fi
finish
