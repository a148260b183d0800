"""Recording the 72-hour call (Trygg hemgång): when, by whom, and the outcome – ok, behöver
hembesök, behöver vårdplanering, ej nådd. Recording closes the call. Whether it is in time is
shown while the time is typed. A need the call reveals can be added in the same step.

Opened with ``open()``; ``saved(followup_id)`` when stored.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.dates import moment_text
from huddle.domain.followup import CALL_OUTCOMES, CALL_STATE_LABELS, call_state
from huddle.domain.roles import ACTOR_LABELS
from huddle.errors import InputError, KnownError
from huddle.i18n import tr_label
from huddle.storage.register import (
    CallRow,
    FollowupAfterCall,
    load_frailty_record,
    record_call,
)
from huddle.ui import theme
from huddle.ui.qt_forms import date_edit, error_label, from_qdate, save_cancel_buttons
from huddle.ui.qt_frailty_common import QtNotice, heading, now_on

if TYPE_CHECKING:
    from huddle.storage.store import Store

# What a need found by the call usually is: (actor, note).
FOLLOWUP_FOR_OUTCOME = {
    "hembesok": ("vc", "Hembesök efter telefonuppföljning"),
    "vardplanering": ("bistandshandlaggare", "Vårdplanering efter telefonuppföljning"),
    "ej_nadd": ("vc", "Ej nådd vid telefonuppföljning – ring igen"),
}


def _moment(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _qmoment(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _when(value: datetime) -> str:
    return moment_text(value)


class QtCallDialog(QDialog):
    saved = Signal(int)

    def __init__(self, db: Store, patient_id: int, day: date, *,
                 followup_id: int | None = None, now: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.patient_id, self.day = db, patient_id, day
        self.now = now or now_on(day)
        self.record = load_frailty_record(db, patient_id, day=day, now=self.now)
        calls = self.record.open_calls
        if followup_id is not None:
            calls = [c for c in calls if c.id == followup_id]
        if not calls:
            raise InputError(self.tr("Patienten har ingen öppen telefonuppföljning."))
        self.call: CallRow = min(calls, key=lambda c: c.deadline)
        self._stored = False
        self.setWindowTitle(self.tr("Telefonuppföljning inom 72 h"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, self.record))
        state = call_state(self.call.deadline, None, self.now)
        self.deadline_notice = QtNotice(self.tr(
            "Utskriven {discharged}. Ring senast {deadline}.").format(
                discharged=_when(self.call.discharged_at), deadline=_when(self.call.deadline))
            + (" " + self.tr("Tiden har gått ut.") if state == "overdue" else ""),
            "warning" if state == "overdue" else "info", self)
        layout.addWidget(self.deadline_notice)

        form = QFormLayout()
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMinimumDateTime(_qmoment(self.call.discharged_at))
        self.when_edit.setDateTime(_qmoment(max(self.now, self.call.discharged_at)))
        self.when_edit.setAccessibleName(self.tr("När ringde du"))
        self.timing_label = QLabel(self)
        self.timing_label.setFont(theme.font(15, bold=True))
        self.who_edit = QLineEdit(self)
        self.who_edit.setPlaceholderText(self.tr("Förnamn Efternamn"))
        self.who_edit.setAccessibleName(self.tr("Vem ringde"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("valfritt"))
        self.note_edit.setAccessibleName(self.tr("Anteckning"))
        form.addRow(self.tr("&När:"), self.when_edit)
        form.addRow("", self.timing_label)
        form.addRow(self.tr("&Vem ringde:"), self.who_edit)
        layout.addLayout(form)

        box = QGroupBox(self.tr("Utfall"), self)
        box_layout = QVBoxLayout(box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for index, (key, label) in enumerate(CALL_OUTCOMES.items()):
            button = QRadioButton(f"&{index + 1} {tr_label(label)}", box)
            self.outcome_group.addButton(button, index)
            self.outcome_buttons[key] = button
            box_layout.addWidget(button)
        layout.addWidget(box)
        note_form = QFormLayout()
        note_form.addRow(self.tr("A&nteckning:"), self.note_edit)
        layout.addLayout(note_form)

        self.followup_check = QCheckBox(self.tr("Lägg till &uppföljning i hemmet"), self)
        self.actor_combo = QComboBox(self)
        for key, label in ACTOR_LABELS.items():
            self.actor_combo.addItem(tr_label(label), key)
        self.actor_combo.setAccessibleName(self.tr("Vem följer upp"))
        self.due_edit = date_edit(self, day + timedelta(days=1), minimum=day)
        self.due_edit.setAccessibleName(self.tr("Uppföljning senast"))
        follow_form = QFormLayout()
        follow_form.addRow(self.followup_check)
        follow_form.addRow(self.tr("Vem följer upp:"), self.actor_combo)
        follow_form.addRow(self.tr("Senast:"), self.due_edit)
        layout.addLayout(follow_form)

        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self, self.tr("Spara och stäng samtalet"))
        layout.addWidget(self.buttons)

        self.when_edit.dateTimeChanged.connect(lambda *_: self._update_timing())
        self.outcome_group.idToggled.connect(lambda *_: self._update_followup())
        self.followup_check.toggled.connect(lambda *_: self._update_followup_fields())
        self._update_timing()
        self._update_followup()
        self.who_edit.setFocus()

    # ----------------------------------------------------------------- behaviour
    def outcome(self) -> str | None:
        for key, button in self.outcome_buttons.items():
            if button.isChecked():
                return key
        return None

    def _update_timing(self) -> None:
        called = _moment(self.when_edit.dateTime())
        state = call_state(self.call.deadline, called, self.now)
        text = tr_label(CALL_STATE_LABELS[state])
        if state == "late":
            hours = int((called - self.call.deadline).total_seconds() // 3600)
            text += self.tr(" ({h} h efter fristen)").format(h=hours)
        self.timing_label.setText(text)
        theme.text_colour(self.timing_label,
                          theme.URGENT_BAR if state == "late" else theme.TEXT)

    def _update_followup(self) -> None:
        suggestion = FOLLOWUP_FOR_OUTCOME.get(self.outcome() or "")
        self.followup_check.setChecked(suggestion is not None)
        if suggestion is not None:
            self.actor_combo.setCurrentIndex(self.actor_combo.findData(suggestion[0]))
        self._update_followup_fields()

    def _update_followup_fields(self) -> None:
        on = self.followup_check.isChecked()
        self.actor_combo.setEnabled(on)
        self.due_edit.setEnabled(on)

    def accept(self) -> None:
        if self._stored:
            return
        outcome = self.outcome()
        if outcome is None:
            self.error_label.setText(self.tr("Välj utfall av samtalet."))
            return
        then = None
        if self.followup_check.isChecked():
            note = FOLLOWUP_FOR_OUTCOME.get(outcome, ("", None))[1]
            then = FollowupAfterCall("efter_utskrivning", self.actor_combo.currentData(),
                                     from_qdate(self.due_edit.date()),
                                     self.tr(note) if note else None)
        try:
            record_call(self.db, self.call.id, called_at=_moment(self.when_edit.dateTime()),
                        by=self.who_edit.text(), outcome=outcome, note=self.note_edit.text(),
                        then=then, now=self.now)
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        self._stored = True
        self.saved.emit(self.call.id)
        super().accept()

