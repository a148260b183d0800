"""A need for follow-up at home: reason, who follows up, due date, a note; editable later,
and closable when done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.roles import ACTOR_LABELS, organisation_of_actor
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage import huddles
from huddle.ui.qt_consent_confirm import ConsentCheck
from huddle.ui.qt_forms import due_field, error_label, from_qdate, save_cancel_buttons, to_qdate
from huddle.ui.qt_room import RoomFollowing, room_line
from huddle.ui.qt_text import heading_label

if TYPE_CHECKING:
    from huddle.domain.records import Followup
    from huddle.storage.store import Store

DEFAULT_DUE_DAYS = 3


class QtFollowupDialog(RoomFollowing, QDialog):
    """Opened with ``open()``; ``saved(followup_id)`` when stored."""

    saved = Signal(int)

    def __init__(self, db: Store, *, day: date, now: Callable[[], datetime],
                 patient_id: int, patient_label: str, huddle_id: int | None = None,
                 followup_id: int | None = None, for_room: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.day, self.now = db, day, now
        self.patient_id, self.huddle_id = patient_id, huddle_id
        self._stored = False
        self.existing = huddles.followup(db, followup_id) if followup_id else None
        # Handing the need to a municipal actor for a patient without consent asks first.
        self.consent = ConsentCheck(db, patient_id, previous=organisation_of_actor(
            self.existing.actor) if self.existing else None)
        self.setWindowTitle(self.tr("Ändra uppföljning i hemmet") if self.existing
                            else self.tr("Ny uppföljning i hemmet"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(patient_label, self))
        form = QFormLayout()
        self.reason_combo = QComboBox(self)
        for key, label in huddles.NEED_REASONS.items():
            self.reason_combo.addItem(tr_label(label), key)
        self.reason_combo.setPlaceholderText(self.tr("Välj orsak"))
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setAccessibleName(self.tr("Orsak till uppföljningen"))
        self.actor_combo = QComboBox(self)
        for key, label in ACTOR_LABELS.items():
            self.actor_combo.addItem(tr_label(label), key)
        self.actor_combo.setPlaceholderText(self.tr("Välj vem"))
        self.actor_combo.setCurrentIndex(-1)
        self.actor_combo.setAccessibleName(self.tr("Vem följer upp"))
        self.due_edit = due_field(self, day, day + timedelta(days=DEFAULT_DUE_DAYS),
                                  exact=not for_room)
        self.due_edit.setAccessibleName(self.tr("Senast, datum"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("valfritt"))
        self.note_edit.setAccessibleName(self.tr("Anteckning"))
        form.addRow(self.tr("&Orsak:"), self.reason_combo)
        form.addRow(self.tr("Vem &följer upp:"), self.actor_combo)
        form.addRow(self.tr("&Senast:"), self.due_edit)
        form.addRow(self.tr("Ante&ckning:"), self.note_edit)
        self.done_check: QCheckBox | None = None
        if self.existing:
            self.done_check = QCheckBox(self.tr("&Gjord – stäng uppföljningen"), self)
            form.addRow("", self.done_check)
            self._fill(self.existing)
        layout.addLayout(form)
        if for_room:
            # Opened on the room's screen for a patient the room may not identify: no note
            # (free text), the date in days from today.
            self.note_edit.setEnabled(False)
            self.note_edit.setPlaceholderText(self.tr("skrivs på Endast din skärm (F9)"))
            self.room_limits = room_line(self, self.tr(
                "Skärmen visas för rummet: datumet anges i dagar från i dag, och en anteckning "
                "skriver du på Endast din skärm (F9)."))
            layout.addWidget(self.room_limits)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        # Covered if the nurse's window switches to the room's view (F9) while it is open.
        self.follow_room(db, patient_id, day)
        self.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def lift_room_limits(self) -> None:
        self.note_edit.setEnabled(True)
        self.note_edit.setPlaceholderText(self.tr("valfritt"))

    def _fill(self, row: Followup) -> None:
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(row.reason))
        self.actor_combo.setCurrentIndex(self.actor_combo.findData(row.actor))
        if row.due_on:
            self.due_edit.setMinimumDate(to_qdate(min(row.due_on, self.day)))
            self.due_edit.setDate(to_qdate(row.due_on))
        self.note_edit.setText(row.note or "")

    def values(self) -> dict:
        def data(combo: QComboBox) -> str:
            return combo.currentData() if combo.currentIndex() >= 0 else ""

        return {"reason": data(self.reason_combo), "actor": data(self.actor_combo),
                "due": from_qdate(self.due_edit.date()), "note": self.note_edit.text()}

    def _organisation(self) -> str | None:
        actor = self.values()["actor"]
        return organisation_of_actor(actor) if actor else None

    def accept(self) -> None:
        if self._stored:
            return
        try:
            values = self.values()
            huddles.check_followup_input(reason=values["reason"], actor=values["actor"],
                                         due=values["due"])
            organisation = self._organisation() or ""
            if self.consent.needed(organisation):
                self.consent.ask(self, organisation, self.accept)
                return
            followup_id = self._save()
        except KnownError as err:
            self.error_label.setText(err.message)
            if self.reason_combo.currentIndex() < 0:
                self.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.actor_combo.currentIndex() < 0:
                self.actor_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._stored = True
        self.saved.emit(followup_id)
        super().accept()

    def _save(self) -> int:
        moment = self.now()
        consent_confirmed = self.consent.confirmed(self._organisation() or "")
        if self.existing is None:
            return huddles.create_followup(self.db, patient_id=self.patient_id,
                                           huddle_id=self.huddle_id,
                                           consent_confirmed=consent_confirmed, now=moment,
                                           **self.values())
        huddles.save_followup_edit(
            self.db, self.existing.id, consent_confirmed=consent_confirmed, now=moment,
            done=self.done_check is not None and self.done_check.isChecked(), **self.values())
        return self.existing.id
