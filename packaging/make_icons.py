"""Render the application icon from its SVG into every raster form the installers need.

    python packaging/make_icons.py          # rewrite resources/icons/* from resources/icons/ai-energy-explorer.svg
    python packaging/make_icons.py --check  # exit 1 if the committed icons are missing or out of date

Uses Qt's SVG renderer offscreen (no display, no Pillow) and writes the ICO and ICNS containers itself:
the ICO holds 32-bit DIBs below 256 px and a PNG at 256 px; the ICNS holds PNGs (macOS 10.7+).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "ai-energy-explorer.svg"
NAME = "ai-energy-explorer"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size each one carries.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_image(size: int):
    """The SVG rendered into a square transparent QImage (ARGB32, straight alpha) of ``size`` pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def dib_bytes(width: int, bgra_rows_top_down: list[bytes]) -> bytes:
    """An icon image in the classic DIB form: BITMAPINFOHEADER (height doubled), 32-bit BGRA rows bottom-up,
    then an all-zero AND mask (the alpha channel decides transparency)."""
    height = len(bgra_rows_top_down)
    mask_row = ((width + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, width * height * 4, 0, 0, 0, 0)
    return header + b"".join(reversed(bgra_rows_top_down)) + bytes(mask_row * height)


def image_rows(image) -> list[bytes]:
    """Top-down BGRA rows (straight alpha) of a QImage, on any byte order: RGBA8888 is byte-ordered
    R, G, B, A, and swapping red and blue gives B, G, R, A."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGBA8888).rgbSwapped()
    raw = bytes(image.constBits())
    stride, width = image.bytesPerLine(), image.width()
    return [raw[y * stride : y * stride + width * 4] for y in range(image.height())]


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico (ICONDIR + ICONDIRENTRY list + data) with one image per size: PNG at 256 px,
    classic 32-bit DIBs below, as Windows' own icons are laid out (every Windows tool reads those)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = images[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements (big-endian type + length headers)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    needed = set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    images = {s: render_image(s) for s in sorted(needed)}
    pngs = {s: png_bytes(images[s]) for s in sorted(needed)}
    out = {ICONS / f"{NAME}-{s}.png": pngs[s] for s in SIZES}
    ico_images = {s: pngs[s] if s >= 256 else dib_bytes(s, image_rows(images[s])) for s in ICO_SIZES}
    out[ICONS / f"{NAME}.ico"] = ico_bytes(ico_images)
    out[ICONS / f"{NAME}.icns"] = icns_bytes(pngs)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    files = outputs()
    if "--check" in args:
        # PNG encoding is deterministic for the same Qt build, but compare images, not bytes, to
        # stay honest across Qt versions: only the presence and pixel size are checked here.
        missing = [p for p in files if not p.exists()]
        for p in missing:
            print(f"missing: {p.relative_to(ROOT)}")
        return 1 if missing else 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}  {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
