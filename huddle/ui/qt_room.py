"""Which audience a window is shown to, said where everyone can see it.

The nurse's window is either hers alone (``AUDIENCE_OWN``) or shared with the room
(``AUDIENCE_ROOM``: mirrored to the projector, or on a shared screen). In the room's mode every
patient appears as the disclosure policy lets the room see them, and the marker says so in
large letters; on her own screen it says "Endast din skärm".
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from huddle.domain.disclosure import AUDIENCE_ROOM
from huddle.ui import theme

# The answer to "is the screen shared?" at the last huddle start, kept on this computer (not in
# the database: the same database may be opened from a laptop at the projector and a desk PC).
SCREEN_SHARED_KEY = "huddle/screen_shared"

ROOM_BG = QColor("#b3261e")      # red: the room sees this screen
ROOM_TEXT = QColor("#ffffff")
OWN_BG = QColor("#e6eef7")       # quiet blue: only the nurse
OWN_TEXT = QColor("#0b3a66")


class QtScreenMarker(QLabel):
    """'Visas för rummet' (white on red) or 'Endast din skärm' (dark blue on pale blue)."""

    def __init__(self, parent: QWidget | None = None, *, size: int = 15) -> None:
        super().__init__(parent)
        self.setObjectName("screenMarker")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.setContentsMargins(10, 3, 10, 3)
        self.setFont(theme.font(size, bold=True))
        self.room = False
        self.set_audience(None)

    def set_audience(self, audience: str | None) -> None:
        self.room = audience == AUDIENCE_ROOM
        if self.room:
            text = self.tr("Visas för rummet")
            hint = self.tr("Skärmen visas för rummet: patienter utan samtycke visas utan "
                           "identitet. F9 växlar till Endast din skärm.")
        else:
            text = self.tr("Endast din skärm")
            hint = self.tr("Bara du ser skärmen: alla uppgifter visas. F9 växlar till Visas "
                           "för rummet.")
        self.setText(text)
        self.setToolTip(hint)
        self.setAccessibleName(f"{text}. {hint}")
        theme.fill(self, ROOM_BG if self.room else OWN_BG,
                   ROOM_TEXT if self.room else OWN_TEXT)


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Huddle", "Huddle")


def screen_shared_default() -> bool:
    """Is the screen shared with the room at a huddle on this computer? Yes until the nurse
    has said otherwise: when in doubt, the room's view."""
    value = _settings().value(SCREEN_SHARED_KEY, True)
    return value not in (False, "false", "0", 0)


def remember_screen_shared(shared: bool) -> None:
    settings = _settings()
    settings.setValue(SCREEN_SHARED_KEY, bool(shared))
    settings.sync()
