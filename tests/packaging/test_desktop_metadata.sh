#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate, the configured AppStream metainfo passes
# `appstreamcli validate --no-net`, the ids, icon names and file names agree, every committed icon
# has the size its name says, and every man page renders with groff without a warning.
source "$(dirname "$0")/common.sh"
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
need_tool groff groff-base
need_tool file file

desktop="$ROLLOUTDESK_SOURCE_DIR/installer/linux/$APP_ID.desktop"
metainfo="$ROLLOUTDESK_BUILD_DIR/installer/$APP_ID.metainfo.xml"
icons="$ROLLOUTDESK_SOURCE_DIR/resources/icons/app"

# desktop-file-validate prints hints and errors but exits 0 on hints; treat any error line as fatal.
out=$(desktop-file-validate "$desktop" 2>&1) && rc=0 || rc=$?
echo "$out"
check "desktop-file-validate exits 0" test "$rc" -eq 0
check "desktop-file-validate reports no error" bash -c '! grep -q "error:" <<<"$1"' _ "$out"

check "metainfo was configured into the build tree" test -f "$metainfo"
out=$(appstreamcli validate --no-net "$metainfo" 2>&1) && rc=0 || rc=$?
echo "$out"
check "appstreamcli validate --no-net passes" test "$rc" -eq 0
check "metainfo carries the project version" grep -q "<release version=\"$ROLLOUTDESK_VERSION\"" "$metainfo"
check "metainfo has no unconfigured @VARIABLE@" bash -c '! grep -q "@[A-Z_]*@" "$1"' _ "$metainfo"
check "metainfo id is the application id" grep -q "<id>$APP_ID</id>" "$metainfo"
check "metainfo launches our desktop file" grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo"
check "desktop entry uses the application id as icon" grep -qx "Icon=$APP_ID" "$desktop"
check "desktop entry starts rolloutdesk" grep -qx "Exec=rolloutdesk" "$desktop"
check "desktop entry has a demo action" grep -qx "Exec=rolloutdesk --demo" "$desktop"

check "SVG icon exists" test -s "$icons/$APP_ID.svg"
check "SVG icon is an SVG" bash -c 'file -b "$1" | grep -q "SVG"' _ "$icons/$APP_ID.svg"
for size in 16 22 24 32 48 64 128 256 512 1024; do
    png="$icons/$APP_ID-$size.png"
    check "PNG icon $size is a ${size}x$size PNG" \
        bash -c 'file -b "$1" | grep -q "PNG image data, $2 x $2,"' _ "$png" "$size"
done

for prog in rolloutdesk rolloutdesk-cli rolloutdesk-sim; do
    page="$ROLLOUTDESK_SOURCE_DIR/installer/man/$prog.1.in"
    out=$(sed "s/@PROJECT_VERSION@/$ROLLOUTDESK_VERSION/" "$page" | LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 2>&1)
    check "man page of $prog renders without groff warnings" test -z "$out"
    [ -z "$out" ] || echo "$out"
    check "man page of $prog is named after it" grep -q "^\.TH ${prog^^}" <(sed 's/\\-/-/g' "$page")
done
for prog in $ROLLOUTDESK_PROGRAMS; do
    check "man page of $prog was generated in the build tree" \
        bash -c 'test -f "$1/installer/man/$2.1.gz" || test -f "$1/installer/man/$2.1"' _ "$ROLLOUTDESK_BUILD_DIR" "$prog"
done
finish
