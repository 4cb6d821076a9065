"""Draw the app icon and write every size the packages need.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
The outputs are committed; run this again only to change the icon.

- planner/ui/assets/icons/planner-{16..256}.png   the window icon at run time (importlib.resources)
- resources/icons/planner-{16..1024}.png           Linux desktop entry (hicolor theme sizes)
- resources/icons/planner.ico                      Windows executable (16–256), needs Pillow
- resources/icons/planner.icns                     macOS bundle (16–1024), needs Pillow

The picture: a blue tile (the app's scenario colour) with the scenario's rising line in white
over the dashed baseline, and a policy lever, a slider with a gold knob, below. Sizes up to
32 px drop the baseline and the slider, which would only blur at that size.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter,  # noqa: E402
                           QPainterPath, QPen)

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "planner" / "ui" / "assets" / "icons"
RESOURCES = ROOT / "resources" / "icons"
RUNTIME_SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    s = float(size)
    small = size <= 32
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)

    margin = 0.0 if small else s * 0.06
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, QColor("#2d74db"))
    gradient.setColorAt(1.0, QColor("#17468f"))
    p.setPen(Qt.NoPen)
    p.setBrush(QBrush(gradient))
    radius = tile.width() * 0.2
    p.drawRoundedRect(tile, radius, radius)

    def at(x: float, y: float) -> QPointF:            # x, y in [0, 1] of the tile
        return QPointF(tile.left() + x * tile.width(), tile.top() + y * tile.height())

    def line(points, pen: QPen) -> None:
        path = QPainterPath(at(*points[0]))
        for point in points[1:]:
            path.lineTo(at(*point))
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawPath(path)

    w = tile.width()
    if not small:
        baseline = QPen(QColor(160, 190, 235), w * 0.035, Qt.CustomDashLine, Qt.FlatCap)
        baseline.setDashPattern([1.6, 1.2])
        line([(0.18, 0.62), (0.82, 0.53)], baseline)
    top = 0.26 if not small else 0.2
    scenario = [(0.18, 0.64), (0.40, 0.50), (0.58, 0.52), (0.82, top)] if not small else \
               [(0.16, 0.78), (0.42, 0.52), (0.60, 0.58), (0.84, top)]
    line(scenario, QPen(Qt.white, w * (0.075 if not small else 0.13), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    if not small:
        p.setPen(Qt.NoPen)
        p.setBrush(Qt.white)
        p.drawEllipse(at(*scenario[-1]), w * 0.065, w * 0.065)
        # the lever: a slider track with a gold knob
        line([(0.18, 0.80), (0.82, 0.80)], QPen(QColor(255, 255, 255, 110), w * 0.035, Qt.SolidLine, Qt.RoundCap))
        line([(0.18, 0.80), (0.62, 0.80)], QPen(QColor(255, 255, 255, 230), w * 0.035, Qt.SolidLine, Qt.RoundCap))
        p.setBrush(QColor("#f2c230"))
        p.setPen(QPen(QColor("#17468f"), w * 0.018))
        p.drawEllipse(at(0.62, 0.80), w * 0.07, w * 0.07)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, painting)
    RUNTIME.mkdir(parents=True, exist_ok=True)
    RESOURCES.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in sorted({*RUNTIME_SIZES, *DESKTOP_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in RUNTIME_SIZES:
        (RUNTIME / f"planner-{size}.png").write_bytes(png_bytes(images[size]))
    for size in DESKTOP_SIZES:
        (RESOURCES / f"planner-{size}.png").write_bytes(png_bytes(images[size]))
    written = [f"{len(RUNTIME_SIZES)} runtime PNGs", f"{len(DESKTOP_SIZES)} desktop PNGs"]
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: planner.ico and planner.icns not written", file=sys.stderr)
    else:
        pil = {size: Image.open(io.BytesIO(png_bytes(images[size]))) for size in images}
        pil[256].save(RESOURCES / "planner.ico", sizes=[(n, n) for n in ICO_SIZES],
                      append_images=[pil[n] for n in ICO_SIZES if n != 256])
        pil[1024].save(RESOURCES / "planner.icns", append_images=[pil[n] for n in ICNS_SIZES if n != 1024])
        written += ["planner.ico", "planner.icns"]
    print("wrote " + ", ".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
