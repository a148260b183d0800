"""Which audience a window is shown to, said where everyone can see it.

The nurse's window is either hers alone (``AUDIENCE_OWN``) or shared with the room
(``AUDIENCE_ROOM``: mirrored to the projector, or on a shared screen). In the room's mode every
patient appears as the disclosure policy lets the room see them, and the marker says so in
large letters; on her own screen it says "Endast din skärm".
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from huddle.domain.disclosure import AUDIENCE_ROOM, Disclosure, disclose
from huddle.storage.board_data import load_room_numbers
from huddle.storage.rows import get_patient
from huddle.ui import theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QLineEdit  # not named before the first paint

    from huddle.storage.store import Store

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


def hide_typing(edit: QLineEdit, audience: str) -> None:
    """On the room's screen what is typed into ``edit`` (a name, a personnummer) shows as
    dots; on the nurse's own screen as it is."""
    from PySide6.QtWidgets import QLineEdit

    edit.setEchoMode(QLineEdit.EchoMode.Password if audience == AUDIENCE_ROOM
                     else QLineEdit.EchoMode.Normal)


def room_note(parent: QWidget) -> QLabel:
    """A red, bold line that says what the room's mode changes here (hidden until set)."""
    label = QLabel(parent)
    label.setObjectName("roomNote")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setFont(theme.font(15, bold=True))
    theme.text_colour(label, ROOM_BG)
    label.hide()
    return label


def room_line(parent: QWidget, text: str) -> QLabel:
    """A red line, shown, saying what differs because the room sees the screen."""
    label = room_note(parent)
    label.setText(text)
    label.show()
    return label


def room_sees(db: Store, patient_id: int, day: date) -> Disclosure:
    """What the room may see of the patient on ``day``, under the day's neutral label."""
    number = load_room_numbers(db, day).get(patient_id)
    return disclose(get_patient(db, patient_id).facts, AUDIENCE_ROOM, day=day,
                    room_number=number)


class QtRoomCover:
    """Covers a dialog about one patient while the room sees the screen and may not see the
    patient's free text (a decision, a note, a due date): what the dialog shows is hidden and
    kept, and a red marker and a line say why and how to go on. The nurse's window calls
    ``set_audience`` when F9 switches while the dialog is open; nothing typed is lost."""

    def __init__(self, dialog: QDialog, db: Store, patient_id: int | None, day: date) -> None:
        self.dialog, self.db, self.patient_id, self.day = dialog, db, patient_id, day
        self.marker = QtScreenMarker(dialog)
        self.marker.set_audience(AUDIENCE_ROOM)
        self.note = room_note(dialog)
        # Alone in a dialog sized for its form: the marker keeps its height, the line sits
        # under it and takes the room left.
        self.marker.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.hidden: list[QWidget] = []
        layout = dialog.layout()
        layout.insertWidget(0, self.marker)
        layout.insertWidget(1, self.note)
        self.marker.hide()
        self.note.hide()

    @property
    def covered(self) -> bool:
        return bool(self.hidden)

    def set_audience(self, audience: str) -> None:
        cover = audience == AUDIENCE_ROOM and self.patient_id is not None
        shown = room_sees(self.db, self.patient_id, self.day) if cover else None
        cover = shown is not None and not shown.free_text
        if cover == self.covered:
            return
        if not cover:
            for widget in self.hidden:
                widget.show()
            self.hidden = []
            self.marker.hide()
            self.note.hide()
            return
        keep = (self.marker, self.note)
        self.hidden = [widget for widget in self.dialog.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if widget not in keep and not widget.isWindow() and not widget.isHidden()]
        for widget in self.hidden:
            widget.hide()
        self.note.setText(QCoreApplication.translate(
            "qt_room", "Skärmen visas nu för rummet, och rummet får inte se uppgifterna om "
            "{label}. Det du har skrivit finns kvar: tryck F9 för att fortsätta på Endast din "
            "skärm, eller Esc för att stänga utan att spara.").format(label=shown.name))
        self.marker.show()
        self.note.show()


class RoomFollowing:
    """For a dialog about one patient (a QDialog subclass): ``follow_room`` puts a
    :class:`QtRoomCover` on it, and ``set_audience`` is what the nurse's window calls."""

    room: QtRoomCover | None = None
    room_limits: QLabel | None = None  # the red line of a dialog opened for the room

    def follow_room(self, db: Store, patient_id: int | None, day: date) -> None:
        self.room = QtRoomCover(self, db, patient_id, day)

    def set_audience(self, audience: str) -> None:
        if self.room is not None:
            self.room.set_audience(audience)
        if self.room_limits is not None and audience != AUDIENCE_ROOM:
            self.room_limits.hide()
            self.room_limits = None
            self.lift_room_limits()

    def lift_room_limits(self) -> None:
        """Opened for the room, then F9 to the nurse's own screen: what the room's limits
        held back (her own text) may be written now."""


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
