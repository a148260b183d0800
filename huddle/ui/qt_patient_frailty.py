"""The frail-older-people part of the patient dialog: a short summary (CFS and trend, pathway,
SIP, consent, the 72-hour call) and the buttons that change them – score CFS, SIP, consent and
protection, record the call, flag for the huddle.

``changed`` is emitted after any change was stored; the dialog reloads itself then.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain import cfs as cfs_rules
from huddle.domain.consent import CONFLICT_LABELS, CONSENT_LABELS, consent_conflict
from huddle.domain.dates import date_text, moment_text
from huddle.domain.disclosure import AUDIENCE_OWN
from huddle.domain.followup import CALL_STATE_LABELS
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage.register import FrailtyRecord, flag_patient, load_frailty_record
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_forms import error_label, save_cancel_buttons
from huddle.ui.qt_frailty_common import now_on, short

if TYPE_CHECKING:
    from huddle.storage.store import Store


class QtFlagDialog(QDialog):
    """Flag the patient for coordination at the next huddle, or lift the flag."""

    saved = Signal()

    def __init__(self, db: Store, patient_id: int, current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.patient_id = db, patient_id
        self.setWindowTitle(self.tr("Flagga för samordning"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Varför ska patienten tas upp vid avstämningen?"), self))
        self.reason_edit = QLineEdit(current or "", self)
        self.reason_edit.setPlaceholderText(self.tr("t.ex. Hemtjänsten oroliga: äter dåligt"))
        self.reason_edit.setAccessibleName(self.tr("Skäl"))
        layout.addWidget(self.reason_edit)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self, self.tr("Flagga"))
        self.lift_button: QPushButton | None = None
        if current:
            self.lift_button = self.buttons.addButton(self.tr("Ta bort flaggan"),
                                                      QDialogButtonBox.ButtonRole.ResetRole)
            self.lift_button.clicked.connect(self.lift)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.reason_edit.text().strip():
            self.error_label.setText(self.tr("Skriv varför patienten ska tas upp."))
            return
        self._store(self.reason_edit.text())

    def lift(self) -> None:
        self._store(None)

    def _store(self, reason: str | None) -> None:
        try:
            flag_patient(self.db, self.patient_id, reason)
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        self.saved.emit()
        super().accept()


class QtPatientFrailty(QFrame):
    changed = Signal()

    def __init__(self, db: Store, patient_id: int, day: date,
                 parent: QWidget | None = None, *, audience: str = AUDIENCE_OWN) -> None:
        super().__init__(parent)
        self.db, self.patient_id, self.day, self.audience = db, patient_id, day, audience
        self.setObjectName("patientFrailty")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.font(15))
        self.summary.setAccessibleName(self.tr("Sköra äldre: sammanfattning"))
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.cfs_button = QPushButton(self.tr("Skatta &CFS…"), self)
        self.sip_button = QPushButton(self.tr("S&IP…"), self)
        self.consent_button = QPushButton(self.tr("Samt&ycke och skydd…"), self)
        self.call_button = QPushButton(self.tr("Registrera &samtal…"), self)
        self.flag_button = QPushButton(self.tr("&Flagga…"), self)
        for button in (self.cfs_button, self.sip_button, self.consent_button, self.call_button,
                       self.flag_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.cfs_button.clicked.connect(self.open_cfs)
        self.sip_button.clicked.connect(self.open_sip)
        self.consent_button.clicked.connect(self.open_consent)
        self.call_button.clicked.connect(self.open_call)
        self.flag_button.clicked.connect(self.open_flag)
        self.dialog: QDialog | None = None
        self.reload(log=False)  # the patient dialog has just logged this view

    def reload(self, *, log: bool = True) -> None:
        self.record = load_frailty_record(self.db, self.patient_id, day=self.day,
                                          now=now_on(self.day), log=log,
                                          audience=self.audience)
        self.summary.setText(self._summary(self.record))
        self.call_button.setEnabled(bool(self.record.open_calls))

    def _summary(self, record: FrailtyRecord) -> str:
        settings = load_settings(self.db)
        lines = []
        if record.history:
            last = record.history[-1]
            pathway = cfs_rules.pathway_for(last.level, settings)
            text = self.tr("CFS {level} {label} ({day}) → {pathway}. {trend}.").format(
                level=last.level, label=tr_label(cfs_rules.label(last.level)),
                day=short(last.scored_on), pathway=tr_label(pathway.label),
                trend=record.trend)
            if record.rescore_overdue:
                text += " " + self.tr("Skattningen är äldre än {n} mån.").format(
                    n=settings.cfs_rescore_months)
            lines.append(text)
        else:
            lines.append(self.tr("Ingen CFS-skattning."))
        if record.young:
            lines.append(self.tr("Under {n} år – CFS är inte validerad.").format(
                n=settings.cfs_min_age))
        status = record.sip_status
        if status.valid:
            lines.append(self.tr("SIP giltig t.o.m. {day} ({state}).").format(
                day=short(status.valid_until), state=tr_label(status.label).lower()))
        else:
            lines.append(self.tr("Ingen giltig SIP ({state}).").format(
                state=tr_label(status.label).lower()))
        patient = record.patient
        consent = tr_label(CONSENT_LABELS.get(patient.consent, patient.consent))
        if patient.consent_date:
            consent += f" ({date_text(patient.consent_date, self.day)}, " \
                       f"{patient.consent_by or '–'})"
        if patient.samsa_consent:
            consent += ". " + self.tr("SAMSA: {answer}").format(
                answer=self.tr("ja") if patient.samsa_consent == "given" else self.tr("nej"))
        lines.append(consent + ".")
        conflict = consent_conflict(patient.consent_facts)
        if conflict is not None:
            lines.append("⚠ " + tr_label(CONFLICT_LABELS[conflict]) + ".")
        if patient.flag_reason and record.shown.free_text:
            lines.append(self.tr("Flaggad: {reason}").format(reason=patient.flag_reason))
        for call in record.calls[:1]:
            lines.append(self.tr("Telefonuppföljning: {state}, frist {deadline}.").format(
                state=tr_label(CALL_STATE_LABELS[call.state]).lower(),
                deadline=moment_text(call.deadline, self.day)))
        return "\n".join(lines)

    # ----------------------------------------------------------------- dialogs
    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        signal = dialog.saved
        signal.connect(self._after_change)
        dialog.open()
        return dialog

    def _after_change(self, *_: object) -> None:
        self.reload()
        self.changed.emit()

    def open_cfs(self) -> QDialog:
        from huddle.ui.qt_cfs_dialog import QtCfsDialog

        return self._show(QtCfsDialog(self.db, self.patient_id, self.day, self))

    def open_sip(self) -> QDialog:
        from huddle.ui.qt_sip_dialog import QtSipDialog

        return self._show(QtSipDialog(self.db, self.patient_id, self.day, self))

    def open_consent(self) -> QDialog:
        from huddle.ui.qt_consent_dialog import QtConsentDialog

        return self._show(QtConsentDialog(self.db, self.patient_id, self.day, self))

    def open_call(self) -> QDialog | None:
        from huddle.ui.qt_call_dialog import QtCallDialog

        if not self.record.open_calls:
            return None
        return self._show(QtCallDialog(self.db, self.patient_id, self.day,
                                       now=now_on(self.day), parent=self))

    def open_flag(self) -> QDialog:
        return self._show(QtFlagDialog(self.db, self.patient_id,
                                       self.record.patient.flag_reason, self))
