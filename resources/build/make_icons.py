"""Rasterise resources/icons/imh-desktop.svg into every size the build and the desktops need.

    python resources/build/make_icons.py

Writes resources/icons/png/imh-desktop-N.png (N = 16 … 512), imh-desktop.ico
(Windows: 16 … 256 in one file), imh-desktop.icns (macOS) and copies the SVG
into the package (imh_desktop/resources/icons/), where the running app finds
its window icon. Qt's SVG renderer draws every size (PySide6 is already a
dependency); Pillow (a ReportLab dependency) writes ICO and ICNS.

The PNGs (50 KB together) and the ICO (25 KB) are committed: the Linux desktop
entry and the Windows build use them as they are. The ICNS (140 KB, macOS
only) is not: the build makes it when it builds on macOS. Run this again after
editing the SVG (tests/test_resources.py fails while the PNGs and the SVG
disagree).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "imh-desktop.svg"
PNG_DIR = ROOT / "resources" / "icons" / "png"
ICO = ROOT / "resources" / "icons" / "imh-desktop.ico"
ICNS = ROOT / "resources" / "icons" / "imh-desktop.icns"
PACKAGE_SVG = ROOT / "imh_desktop" / "resources" / "icons" / "imh-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return PNG_DIR / f"imh-desktop-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image

    PNG_DIR.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        data = render_png(SVG, size)
        png_path(size).write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    # ICO: each size drawn by Qt (not downscaled by Pillow), the largest first.
    ico_images = [images[s] for s in sorted(ICO_SIZES, reverse=True)]
    ico_images[0].save(ICO, sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[1:])
    # ICNS holds up to 1024 px (512 @2x): draw that too rather than let Pillow upscale.
    big = Image.open(io.BytesIO(render_png(SVG, 1024))).convert("RGBA")
    big.save(ICNS, append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    PACKAGE_SVG.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, PACKAGE_SVG)
    for path in [*map(png_path, SIZES), ICO, ICNS, PACKAGE_SVG]:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
