"""A decision on a patient: what, responsible role (and name), due date, optionally lifted to
the monthly meeting; when editing an escalated one, the answer that came back."""

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
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.board import COMMON_DECISIONS
from huddle.domain.dates import moment_text
from huddle.domain.huddle import DEFAULT_ESCALATION_TO
from huddle.domain.roles import ROLE_LABELS, organisation_of_role
from huddle.errors import KnownError
from huddle.i18n import label_source, tr_label
from huddle.storage import huddles
from huddle.ui.qt_consent_confirm import ConsentCheck
from huddle.ui.qt_forms import (
    due_field,
    error_label,
    from_qdate,
    question_edit,
    question_hint,
    save_cancel_buttons,
    to_qdate,
)
from huddle.ui.qt_room import RoomFollowing, room_line
from huddle.ui.qt_text import heading_label

if TYPE_CHECKING:
    from huddle.domain.records import Decision
    from huddle.storage.store import Store

DEFAULT_DUE_DAYS = 7


class QtDecisionDialog(RoomFollowing, QDialog):
    """Opened with ``open()``; ``saved(decision_id)`` when stored."""

    saved = Signal(int)

    def __init__(self, db: Store, *, day: date, now: Callable[[], datetime],
                 patient_id: int | None, patient_label: str, huddle_id: int | None = None,
                 decision_id: int | None = None, focus_answer: bool = False,
                 for_room: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.day, self.now = db, day, now
        self.patient_id, self.huddle_id, self.decision_id = patient_id, huddle_id, decision_id
        self.existing = huddles.decision(db, decision_id) if decision_id else None
        # Moving a decision to a municipal role for a patient without consent asks first.
        self.consent = ConsentCheck(db, patient_id, previous=organisation_of_role(
            self.existing.responsible_role) if self.existing else None)
        self.setWindowTitle(self.tr("Ändra beslut") if self.existing else self.tr("Nytt beslut"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(patient_label, self))

        form = QFormLayout()
        self.what_edit = QComboBox(self)
        self.what_edit.setEditable(True)
        self.what_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.what_edit.addItems([tr_label(text) for text in COMMON_DECISIONS])
        self.what_edit.setCurrentIndex(-1)
        self.what_edit.lineEdit().setPlaceholderText(
            self.tr("Skriv, eller välj ett vanligt beslut med pil ned"))
        self.what_edit.setAccessibleName(self.tr("Vad beslutades"))
        # Enter in "Vad" takes the completed text and goes on to the role while none is set.
        self.what_edit.lineEdit().returnPressed.connect(self._what_entered)
        self.role_combo = QComboBox(self)
        for key, label in ROLE_LABELS.items():
            self.role_combo.addItem(tr_label(label), key)
        self.role_combo.setPlaceholderText(self.tr("Välj roll"))
        self.role_combo.setCurrentIndex(-1)
        self.role_combo.setAccessibleName(self.tr("Ansvarig roll"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("valfritt"))
        self.name_edit.setAccessibleName(self.tr("Namn på ansvarig"))
        self.due_edit = due_field(self, day, day + timedelta(days=DEFAULT_DUE_DAYS),
                                  exact=not for_room)
        self.due_edit.setAccessibleName(self.tr("Senast, datum"))
        self.escalate_check = QCheckBox(self.tr("&Lyft till månadsmöte"), self)
        self.recipient_edit = QLineEdit(tr_label(DEFAULT_ESCALATION_TO), self)
        self.recipient_edit.setAccessibleName(self.tr("Mottagare av eskaleringen"))
        self.recipient_edit.setEnabled(False)
        self.question_edit = question_edit(self)
        self.question_hint = question_hint(self)
        self.escalate_check.toggled.connect(self._escalation_toggled)
        form.addRow(self.tr("&Vad:"), self.what_edit)
        form.addRow(self.tr("&Ansvarig roll:"), self.role_combo)
        form.addRow(self.tr("&Namn:"), self.name_edit)
        form.addRow(self.tr("&Senast:"), self.due_edit)
        form.addRow("", self.escalate_check)
        form.addRow(self.tr("&Mottagare:"), self.recipient_edit)
        form.addRow(self.tr("Fråga till c&hefen:"), self.question_edit)
        form.addRow("", self.question_hint)
        layout.addLayout(form)
        self._escalation_toggled(False)
        if for_room:
            # Opened on the room's screen for a patient the room may not identify: standard
            # decision words only, the date in days from today.
            self.what_edit.setEditable(False)
            self.what_edit.setPlaceholderText(self.tr("Välj ett vanligt beslut"))
            self.room_limits = room_line(self, self.tr(
                "Skärmen visas för rummet: välj ett vanligt beslut, och datumet anges i dagar "
                "från i dag. Egen text skriver du på Endast din skärm (F9)."))
            layout.addWidget(self.room_limits)

        self._stored = False
        self.answer_box: QGroupBox | None = None
        self.answer_edit: QPlainTextEdit | None = None
        self.answer_by_edit: QLineEdit | None = None
        if self.existing:
            self._fill(self.existing)
            if self.existing.escalated_at:
                layout.addWidget(self._answer_box(self.existing))
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        # Covered if the nurse's window switches to the room's view (F9) while it is open.
        self.follow_room(db, patient_id, day)
        if focus_answer and self.answer_edit is not None:
            self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def lift_room_limits(self) -> None:
        text = self.what_edit.currentText()
        self.what_edit.setEditable(True)
        self.what_edit.setEditText(text)
        self.what_edit.lineEdit().setPlaceholderText(
            self.tr("Skriv, eller välj ett vanligt beslut med pil ned"))

    def _escalation_toggled(self, on: bool) -> None:
        escalated = on or bool(self.existing and self.existing.escalated_at)
        self.recipient_edit.setEnabled(on)
        self.question_edit.setEnabled(escalated)
        self.question_hint.setVisible(escalated)
        if on:
            self.question_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, row: Decision) -> None:
        self.what_edit.setEditText(tr_label(row.what))
        index = self.role_combo.findData(row.responsible_role)
        self.role_combo.setCurrentIndex(index)
        self.name_edit.setText(row.responsible_name or "")
        if row.due_on:
            self.due_edit.setMinimumDate(to_qdate(min(row.due_on, self.day)))
            self.due_edit.setDate(to_qdate(row.due_on))
        if row.escalated_at:
            self.escalate_check.setChecked(True)
            self.escalate_check.setEnabled(False)
            self.recipient_edit.setText(tr_label(row.escalated_to or ""))
            self.recipient_edit.setEnabled(False)
            self.question_edit.setText(row.escalation_question or "")
            self._escalation_toggled(False)

    def _answer_box(self, row: Decision) -> QGroupBox:
        box = QGroupBox(self.tr("Svar på eskaleringen"), self)
        form = QFormLayout(box)
        self.answer_edit = QPlainTextEdit(row.answer_text or "", box)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setFixedHeight(80)
        self.answer_edit.setAccessibleName(self.tr("Svaret"))
        self.answer_by_edit = QLineEdit(row.answer_by or "", box)
        self.answer_by_edit.setPlaceholderText(self.tr("till exempel Eva Strand, enhetschef"))
        self.answer_by_edit.setAccessibleName(self.tr("Vem svarade"))
        form.addRow(self.tr("Sva&r:"), self.answer_edit)
        form.addRow(self.tr("&Från:"), self.answer_by_edit)
        if row.answer_at:
            form.addRow("", QLabel(self.tr("Registrerat {when}").format(
                when=moment_text(row.answer_at, self.day)), box))
        self.answer_box = box
        return box

    # ----------------------------------------------------------------- saving
    def values(self) -> dict:
        role = self.role_combo.currentData() if self.role_combo.currentIndex() >= 0 else ""
        what = label_source(self.what_edit.currentText(), COMMON_DECISIONS)
        return {"what": what, "responsible_role": role or "",
                "responsible_name": self.name_edit.text(),
                "due_on": from_qdate(self.due_edit.date())}

    def _what_entered(self) -> None:
        if self.what_edit.currentText().strip() and self.role_combo.currentIndex() < 0:
            self.role_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question(self) -> str | None:
        """The managers' question, when the decision is or is being escalated."""
        return self.question_edit.text() if self.question_edit.isEnabled() else None

    def _organisation(self) -> str | None:
        role = self.values()["responsible_role"]
        return organisation_of_role(role) if role else None

    def accept(self) -> None:
        if self._stored:  # Enter can reach accept twice (line edit and default button)
            return
        try:
            values = self.values()
            huddles.check_decision_input(
                what=values["what"], responsible_role=values["responsible_role"],
                due_on=values["due_on"], question=self._question())
            organisation = self._organisation() or ""
            if self.consent.needed(organisation):
                self.consent.ask(self, organisation, self.accept)
                return
            decision_id = self._save()
        except KnownError as err:
            self.error_label.setText(err.message)
            self._focus_missing()
            return
        self._stored = True
        self.saved.emit(decision_id)
        super().accept()

    def _focus_missing(self) -> None:
        if not self.what_edit.currentText().strip():
            self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.role_combo.currentIndex() < 0:
            self.role_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> int:
        values = self.values()
        consent_confirmed = self.consent.confirmed(self._organisation() or "")
        moment = self.now()
        escalate_to = (label_source(self.recipient_edit.text(), (DEFAULT_ESCALATION_TO,))
                       if self.escalate_check.isChecked() else None)
        question = self._question()
        if self.existing is None:
            return huddles.create_decision(
                self.db, patient_id=self.patient_id, huddle_id=self.huddle_id,
                escalate_to=escalate_to, question=question,
                consent_confirmed=consent_confirmed, now=moment, **values)
        huddles.save_decision_edit(
            self.db, self.existing.id, escalate_to=escalate_to, question=question,
            answer_text=self.answer_edit.toPlainText() if self.answer_edit else None,
            answer_by=self.answer_by_edit.text() if self.answer_by_edit else None,
            huddle_id=self.huddle_id, consent_confirmed=consent_confirmed, now=moment,
            **values)
        return self.existing.id

