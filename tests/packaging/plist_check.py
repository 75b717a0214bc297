"""Checks a configured Info.plist and the .icns/.ico files (used by test_platform_templates.sh)."""
import plistlib
import struct
import sys


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_plist(path, app_id, version):
    with open(path, "rb") as f:
        plist = plistlib.load(f)
    expected = {
        "CFBundleIdentifier": app_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleIconFile": "rolloutdesk.icns",
        "CFBundleExecutable": "RolloutDesk",
        "CFBundlePackageType": "APPL",
        "NSHighResolutionCapable": True,
        "NSPrincipalClass": "NSApplication",
    }
    for key, value in expected.items():
        if plist.get(key) != value:
            fail(f"{path}: {key} is {plist.get(key)!r}, expected {value!r}")
    for key, value in plist.items():
        if isinstance(value, str) and ("${" in value or not value):
            fail(f"{path}: {key} was not filled in: {value!r}")
    print(f"ok: {path} has identifier, version, icon and high-DPI")


def check_icns(path):
    data = open(path, "rb").read()
    magic, length = struct.unpack(">4sI", data[:8])
    if magic != b"icns" or length != len(data):
        fail(f"{path}: not an icns file (magic {magic!r}, length {length} vs {len(data)})")
    types, offset = [], 8
    while offset < len(data):
        kind, size = struct.unpack(">4sI", data[offset:offset + 8])
        if size < 8 or offset + size > len(data):
            fail(f"{path}: broken element {kind!r} at {offset}")
        types.append(kind.decode("ascii"))
        offset += size
    # 16, 32, 128 classic; 256, 512, 512@2x as PNG: what Finder and the Dock use on Retina screens.
    for kind in ("is32", "il32", "it32", "ic08", "ic09", "ic10"):
        if kind not in types:
            fail(f"{path}: no {kind} element (has {types})")
    print(f"ok: {path} is a well-formed icns with {' '.join(types)}")


def check_ico(path):
    data = open(path, "rb").read()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    if reserved != 0 or kind != 1 or count == 0:
        fail(f"{path}: not an .ico file")
    sizes = []
    for i in range(count):
        w, h, _, _, _, _, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        if offset + size > len(data):
            fail(f"{path}: image {i} runs past the end of the file")
        sizes.append(w or 256)
    for size in (16, 24, 32, 48, 256):
        if size not in sizes:
            fail(f"{path}: no {size}x{size} image (has {sizes})")
    print(f"ok: {path} has the sizes {sizes}")


if __name__ == "__main__":
    check_plist(sys.argv[1], sys.argv[2], sys.argv[3])
    check_icns(sys.argv[4])
    check_ico(sys.argv[5])
