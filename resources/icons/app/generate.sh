#!/usr/bin/env bash
# Regenerates the committed raster icons from the SVG master. Run it after editing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
# The outputs are committed so that builds on Windows and macOS need none of these tools.
set -euo pipefail
cd "$(dirname "$0")"
svg=dev.rolloutdesk.RolloutDesk.svg
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "dev.rolloutdesk.RolloutDesk-$size.png"
done
# Windows: one .ico with the sizes the shell asks for (256 is stored as PNG by ImageMagick).
convert dev.rolloutdesk.RolloutDesk-{16,24,32,48,64,256}.png rolloutdesk.ico
# macOS: .icns with the Retina sizes (png2icns picks the icon type from each PNG's size).
png2icns rolloutdesk.icns dev.rolloutdesk.RolloutDesk-{16,32,128,256,512,1024}.png >/dev/null
