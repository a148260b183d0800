"""Recording the 72-hour call (Trygg hemgång): when, by whom, and the outcome – ok, behöver
hembesök, behöver vårdplanering, behöver läkemedelsgenomgång, ej nådd. Recording closes the
call. Whether it is in time is shown while the time is typed.

The call closes the loop: an outcome that needs action creates the follow-up at home in the
same step, on by default and pre-filled from the domain's suggestion
(:func:`huddle.domain.followup.followup_after_call`: reason, who, due in working days, a note)
for the nurse to confirm or change; "OK" creates nothing. Handing it to the municipality for a
patient without consent asks the nurse to confirm the patient agreed.

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
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.dates import moment_text
from huddle.domain.followup import (
    CALL_OUTCOMES,
    CALL_STATE_LABELS,
    FOLLOWUP_AFTER_CALL,
    call_state,
    followup_after_call,
    suggested_due,
)
from huddle.domain.roles import ACTOR_LABELS, organisation_of_actor
from huddle.errors import InputError, KnownError
from huddle.i18n import label_source, tr_label
from huddle.storage.huddles import NEED_REASONS
from huddle.storage.register import (
    CallRow,
    FollowupAfterCall,
    load_frailty_record,
    record_call,
)
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_consent_confirm import ConsentCheck
from huddle.ui.qt_forms import (
    date_edit,
    error_label,
    from_qdate,
    minimum_width,
    save_cancel_buttons,
    to_qdate,
)
from huddle.ui.qt_frailty_common import QtNotice, heading, now_on

if TYPE_CHECKING:
    from huddle.storage.store import Store

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
        # Two columns, read down the first then the second: one column made the dialog
        # taller than a 1366×768 screen at 125 % text.
        box_layout = QGridLayout(box)
        rows = (len(CALL_OUTCOMES) + 1) // 2
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for index, (key, label) in enumerate(CALL_OUTCOMES.items()):
            button = QRadioButton(f"&{index + 1} {tr_label(label)}", box)
            self.outcome_group.addButton(button, index)
            self.outcome_buttons[key] = button
            box_layout.addWidget(button, index % rows, index // rows)
        layout.addWidget(box)
        note_form = QFormLayout()
        note_form.addRow(self.tr("A&nteckning:"), self.note_edit)
        layout.addLayout(note_form)

        self.followup_check = QCheckBox(self.tr("Skapa &uppföljning i hemmet"), self)
        self.reason_combo = QComboBox(self)
        for key, label in NEED_REASONS.items():
            self.reason_combo.addItem(tr_label(label), key)
        self.reason_combo.setAccessibleName(self.tr("Orsak till uppföljningen"))
        self.actor_combo = QComboBox(self)
        for key, label in ACTOR_LABELS.items():
            self.actor_combo.addItem(tr_label(label), key)
        self.actor_combo.setAccessibleName(self.tr("Vem följer upp"))
        self.due_edit = date_edit(self, day + timedelta(days=1), minimum=day)
        self.due_edit.setAccessibleName(self.tr("Uppföljning senast"))
        self.followup_note_edit = QLineEdit(self)
        self.followup_note_edit.setAccessibleName(self.tr("Anteckning till uppföljningen"))
        self.followup_hint = QLabel(self)
        self.followup_hint.setWordWrap(True)
        follow_form = QFormLayout()
        follow_form.addRow(self.followup_check)
        follow_form.addRow(self.tr("O&rsak:"), self.reason_combo)
        follow_form.addRow(self.tr("Vem &följer upp:"), self.actor_combo)
        follow_form.addRow(self.tr("S&enast:"), self.due_edit)
        follow_form.addRow(self.tr("Anteckning &till uppföljningen:"), self.followup_note_edit)
        # The whole width, and room for two lines kept from the start: the hint is written
        # after the dialog has taken its size, and squeezed into the field column it was cut.
        follow_form.addRow(self.followup_hint)
        self.followup_hint.setMinimumHeight(2 * self.followup_hint.fontMetrics().lineSpacing()
                                            + 4)
        layout.addLayout(follow_form)
        self.eves_off = load_settings(db).eves_days_off
        self.consent = ConsentCheck(db, patient_id)

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
        minimum_width(self, 640)

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
        """A new outcome fills the follow-up in afresh: on, with the suggestion's reason,
        actor, due date and note, when the outcome needs action; off when it needs none."""
        outcome = self.outcome()
        suggestion = followup_after_call(outcome)
        self.followup_check.setChecked(suggestion is not None)
        if suggestion is not None:
            self.reason_combo.setCurrentIndex(self.reason_combo.findData(suggestion.reason))
            self.actor_combo.setCurrentIndex(self.actor_combo.findData(suggestion.actor))
            self.due_edit.setDate(to_qdate(suggested_due(suggestion, self.day,
                                                         eves_off=self.eves_off)))
            self.followup_note_edit.setText(tr_label(suggestion.note))
            self.followup_hint.setText(self.tr(
                "Utfallet behöver en åtgärd: uppföljningen skapas när du sparar. Ändra det "
                "som inte stämmer."))
        elif outcome is not None:
            self.followup_hint.setText(self.tr(
                "Utfallet behöver ingen uppföljning. Kryssa i rutan om det ändå behövs."))
        else:
            self.followup_hint.setText("")
        self._update_followup_fields()

    def _update_followup_fields(self) -> None:
        on = self.followup_check.isChecked()
        for field in (self.reason_combo, self.actor_combo, self.due_edit,
                      self.followup_note_edit):
            field.setEnabled(on)

    def accept(self) -> None:
        if self._stored:
            return
        outcome = self.outcome()
        if outcome is None:
            self.error_label.setText(self.tr("Välj utfall av samtalet."))
            return
        then = None
        if self.followup_check.isChecked():
            organisation = organisation_of_actor(self.actor_combo.currentData())
            if self.consent.needed(organisation):
                self.consent.ask(self, organisation, self.accept)
                return
            then = FollowupAfterCall(
                self.reason_combo.currentData(), self.actor_combo.currentData(),
                from_qdate(self.due_edit.date()), label_source(self.followup_note_edit.text().strip(),
                             [s.note for s in FOLLOWUP_AFTER_CALL.values()]) or None,
                consent_confirmed=self.consent.confirmed(organisation))
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

