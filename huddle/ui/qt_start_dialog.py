"""Who is at the huddle, by role (names optional). Starting records the time; a second start
the same day resumes the day's huddle and updates who is present."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.roles import CHAIR_ROLE, ROLE_LABELS, ROLE_ORDER
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.huddles import Attendee, HuddleRecord, set_attendance, start_huddle
from huddle.ui import theme
from huddle.ui.qt_forms import error_label, minimum_width
from huddle.ui.qt_room import remember_screen_shared, screen_shared_default

if TYPE_CHECKING:
    from huddle.storage.store import Store


class QtStartDialog(QDialog):
    """Opened with ``open()``; ``started(HuddleRecord)`` once the huddle is stored."""

    started = Signal(object)

    def __init__(self, db: Store, *, day: date, now: Callable[[], datetime],
                 existing: HuddleRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.day, self.now, self.existing = db, day, now, existing
        if existing is None:
            title = self.tr("Starta avstämning")
            intro = self.tr("Vilka roller är med i dag? Namn behövs inte. Tiden börjar räknas "
                            "när du trycker Starta.")
            button = self.tr("Starta")
        elif existing.running:
            title = self.tr("Närvaro")
            intro = self.tr("Avstämningen pågår sedan {time}. Ändra vilka som är med.").format(
                time=existing.started_at.strftime("%H:%M"))
            button = self.tr("Spara")
        else:
            title = self.tr("Återuppta avstämningen")
            intro = self.tr("Dagens avstämning avslutades {time}. Den fortsätter där den "
                            "slutade.").format(time=existing.ended_at.strftime("%H:%M"))
            button = self.tr("Återuppta")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        label.setFont(theme.font(16))
        layout.addWidget(label)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        present = {a.role: a.name for a in existing.attendance} if existing else {
            CHAIR_ROLE: None}
        self.role_checks: dict[str, QCheckBox] = {}
        self.name_edits: dict[str, QLineEdit] = {}
        previous: QWidget | None = None
        for row, role in enumerate(ROLE_ORDER):
            check = QCheckBox(f"&{row + 1} " + tr_label(ROLE_LABELS[role]), self)
            check.setFont(theme.font(16))
            check.setChecked(role in present)
            name = QLineEdit(present.get(role) or "", self)
            name.setPlaceholderText(self.tr("namn (valfritt)"))
            name.setAccessibleName(self.tr("Namn, {role}").format(role=tr_label(ROLE_LABELS[role])))
            # Typing a name means the role is there.
            name.textEdited.connect(lambda text, c=check: c.setChecked(True) if text else None)
            grid.addWidget(check, row, 0)
            grid.addWidget(name, row, 1)
            if previous is not None:
                QWidget.setTabOrder(previous, check)
            QWidget.setTabOrder(check, name)
            previous = name
            self.role_checks[role] = check
            self.name_edits[role] = name
        layout.addLayout(grid)
        # Starting (or resuming) asks whether the room sees this screen: yes unless the nurse
        # said otherwise on this computer before. Changing who is present does not ask.
        self.shared_check: QCheckBox | None = None
        if existing is None or not existing.running:
            self.shared_check = QCheckBox(self.tr(
                "&Skärmen visas för rummet (rumsläge: patienter utan samtycke visas utan "
                "identitet)"), self)
            self.shared_check.setFont(theme.font(16))
            self.shared_check.setChecked(screen_shared_default())
            layout.addWidget(self.shared_check)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(button)
        self.start_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.role_checks[ROLE_ORDER[0]].setFocus(Qt.FocusReason.OtherFocusReason)
        minimum_width(self, 620)

    def attendance(self) -> list[Attendee]:
        return [Attendee(role, self.name_edits[role].text() or None)
                for role, check in self.role_checks.items() if check.isChecked()]

    def accept(self) -> None:
        try:
            if self.existing is not None and self.existing.running:
                record = set_attendance(self.db, self.existing.id, self.attendance(),
                                        now=self.now())
            else:
                record = start_huddle(self.db, self.day, self.attendance(), now=self.now())
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        if self.shared_check is not None:
            remember_screen_shared(self.shared_check.isChecked())
        self.started.emit(record)
        super().accept()

    @property
    def screen_shared(self) -> bool | None:
        """The answer to "is the screen shared?", or None when the dialog did not ask."""
        return self.shared_check.isChecked() if self.shared_check is not None else None
