"""Colours and type for a board read on a projector across a room.

Set with palettes and fonts rather than an application-wide Qt style sheet: a global style
sheet made every widget slower to polish and doubled the time to the first painted board
(measured with benchmarks/bench_startup.py). Dialogs may still use a local style sheet.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BACKGROUND = QColor("#eef0f2")
TEXT = QColor("#111111")
MUTED_TEXT = QColor("#3a3a3a")
HEADER_BG = QColor("#14213d")
HEADER_TEXT = QColor("#ffffff")
WARNING_ON_DARK = QColor("#ffd166")
LANE_TITLE_BG = QColor("#2b4162")
LANE_BG = QColor("#ffffff")
LANE_BORDER = QColor("#b8bec8")
CARD_BG = QColor("#f7f8fa")
CARD_BORDER = QColor("#c9ced6")
CARD_BAR = QColor("#2b6cb0")
URGENT_BG = QColor("#fff1f1")
URGENT_BAR = QColor("#b00020")
FOCUS = QColor("#f4a100")
MINE = QColor("#1565c0")  # "Visa för:" the chosen organisation's cards
CURRENT_BG = QColor("#fff7d6")
NOTE_BG = QColor("#e3e8ef")
SCROLL_HANDLE = QColor("#7d8898")  # a lane's scroll bar: handle and arrows, on NOTE_BG

BASE_PIXELS = 15


def font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    """``pixels`` at the normal text size; a larger application font (a nurse's 125 %)
    makes every size in proportion larger."""
    result = QFont(QApplication.font())
    result.setPixelSize(round(pixels * text_scale()))
    result.setBold(bold)
    result.setItalic(italic)
    return result


def text_scale() -> float:
    """The application font against the house size: 1.0 normally, 1.25 at 125 %."""
    base = QApplication.font().pixelSize()
    return base / BASE_PIXELS if base > 0 else 1.0


def apply_app_theme(app: QApplication) -> None:
    base = QFont(app.font())
    base.setPixelSize(BASE_PIXELS)
    app.setFont(base)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
    palette.setColor(QPalette.ColorRole.WindowText, TEXT)
    palette.setColor(QPalette.ColorRole.Base, LANE_BG)
    palette.setColor(QPalette.ColorRole.Text, TEXT)
    palette.setColor(QPalette.ColorRole.Highlight, LANE_TITLE_BG)
    palette.setColor(QPalette.ColorRole.HighlightedText, HEADER_TEXT)
    app.setPalette(palette)


def fill(widget: QWidget, background: QColor, foreground: QColor | None = None) -> None:
    """Give a widget a solid background (and text colour) through its palette."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, background)
    if foreground is not None:
        palette.setColor(QPalette.ColorRole.WindowText, foreground)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def text_colour(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)
