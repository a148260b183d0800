"""Draw the application icon with Qt and write resources/icons/huddle.png and huddle.ico.

Run once after changing the drawing (the files are committed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py

The icon: the board's dark blue, a white "H", and an orange arc for the 15-minute huddle
(a quarter of an hour on a clock face). The .ico holds PNG-compressed images of every size
Windows asks for; Windows Vista and later read those.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAVY = QColor("#14213d")
ORANGE = QColor("#f4a100")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = float(size)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0.03 * s, 0.03 * s, 0.94 * s, 0.94 * s), 0.2 * s, 0.2 * s)
    painter.fillPath(path, NAVY)

    # A quarter of a clock face, from twelve to three: fifteen minutes.
    pen = QPen(ORANGE, max(1.5, 0.09 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    ring = QRectF(0.16 * s, 0.16 * s, 0.68 * s, 0.68 * s)
    painter.drawArc(ring, 90 * 16, -90 * 16)
    faint = QColor(255, 255, 255, 70)
    pen.setColor(faint)
    painter.setPen(pen)
    painter.drawArc(ring, 0, -270 * 16)

    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(8, round(0.42 * s)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "H")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An .ico whose entries are PNG data (ICONDIR, ICONDIRENTRY x n, images)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    (ICON_DIR / "huddle.png").write_bytes(png_bytes(draw(256)))
    (ICON_DIR / "huddle.ico").write_bytes(
        ico_bytes([(size, png_bytes(draw(size))) for size in ICO_SIZES]))
    print(f"Wrote {ICON_DIR / 'huddle.png'} and {ICON_DIR / 'huddle.ico'}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
