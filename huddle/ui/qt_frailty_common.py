"""Small pieces the frailty dialogs share: the clock on the board's day, the patient heading,
and notices (warnings, reminders) in plain colours readable on a projector."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from huddle.domain.dates import short_date_year
from huddle.storage.register import FrailtyRecord
from huddle.ui import theme
from huddle.ui.qt_text import heading_label, plain_label

WARNING_BG = QColor("#fff4d6")
WARNING_BAR = QColor("#9a6700")
INFO_BG = QColor("#e8f0fb")


def now_on(day: date) -> datetime:
    """Now, on the board's day (a demo board for another day records on that day)."""
    now = datetime.now().replace(second=0, microsecond=0)
    return now if now.date() == day else datetime.combine(day, now.time())


def short(value: date | datetime | None) -> str:
    """'3/11 2025'."""
    return short_date_year(value)


def heading(parent: QWidget, record: FrailtyRecord) -> QLabel:
    """'Ek, Margareta, 86 år · 19400122-9981', as much as the dialog's audience may see."""
    number = f" · {record.shown_number}" if record.shown_number else ""
    label = heading_label(f"{record.shown.label}{number}", parent)
    label.setObjectName("patientHeading")
    return label


class QtNotice(QFrame):
    """A boxed sentence: ``kind`` 'warning' (amber) or 'info' (blue)."""

    def __init__(self, text: str, kind: str = "warning", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind}Notice")
        self.setAutoFillBackground(True)
        theme.fill(self, WARNING_BG if kind == "warning" else INFO_BG)
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = plain_label(text, self)
        self.label.setWordWrap(True)
        self.label.setFont(theme.font(15, bold=kind == "warning"))
        if kind == "warning":
            theme.text_colour(self.label, WARNING_BAR)
        layout.addWidget(self.label)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()
