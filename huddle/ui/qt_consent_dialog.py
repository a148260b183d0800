"""Consent to discuss the patient at the joint huddle (given with date and who recorded it,
declined, unknown), protected identity, and enrolment in municipal home health care – the
things that decide what the shared screen and the reports may show, and who gets the 72-hour
call.

Opened with ``open()``; ``saved()`` when stored (all three in one transaction).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.consent import (
    CONFLICT_LABELS,
    CONSENT_DECLINED,
    CONSENT_GIVEN,
    CONSENT_LABELS,
    CONSENT_UNKNOWN,
    consent_conflict,
)
from huddle.domain.dates import date_text
from huddle.errors import KnownError
from huddle.i18n import tr_label, tr_noop
from huddle.storage.register import load_frailty_record, save_patient_safeguards
from huddle.ui.qt_forms import (
    date_edit,
    error_label,
    from_qdate,
    minimum_width,
    save_cancel_buttons,
    to_qdate,
)
from huddle.ui.qt_frailty_common import QtNotice, heading
from huddle.ui.qt_text import plain_label

if TYPE_CHECKING:
    from huddle.storage.store import Store

ENROLMENT = ((None, tr_noop("Okänt")), (True, tr_noop("Ja, inskriven")), (False, tr_noop("Nej, inte inskriven")))


class QtConsentDialog(QDialog):
    saved = Signal()

    def __init__(self, db: Store, patient_id: int, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.patient_id, self.day = db, patient_id, day
        self.record = load_frailty_record(db, patient_id, day=day)
        patient = self.record.patient
        self.conflict = consent_conflict(patient.consent_facts)
        self._stored = False
        self.setWindowTitle(self.tr("Samtycke och skyddad identitet"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self, self.record))

        consent_box = QGroupBox(self.tr("Samtycke till att patienten tas upp vid den gemensamma "
                                        "avstämningen"), self)
        consent_layout = QVBoxLayout(consent_box)
        self.consent_group = QButtonGroup(self)
        self.consent_buttons: dict[str, QRadioButton] = {}
        for key in (CONSENT_GIVEN, CONSENT_DECLINED, CONSENT_UNKNOWN):
            button = QRadioButton(tr_label(CONSENT_LABELS[key]), consent_box)
            self.consent_group.addButton(button)
            self.consent_buttons[key] = button
            consent_layout.addWidget(button)
        self.consent_buttons.get(patient.consent, self.consent_buttons[CONSENT_UNKNOWN]
                                 ).setChecked(True)
        form = QFormLayout()
        self.date_edit = date_edit(consent_box, patient.consent_date or day)
        self.date_edit.setMaximumDate(to_qdate(day))
        self.date_edit.setAccessibleName(self.tr("Datum för svaret"))
        self.by_edit = QLineEdit(patient.consent_by or "", consent_box)
        self.by_edit.setPlaceholderText(self.tr("Vem registrerar svaret"))
        self.by_edit.setAccessibleName(self.tr("Registrerat av"))
        form.addRow(self.tr("&Datum:"), self.date_edit)
        form.addRow(self.tr("&Registrerat av:"), self.by_edit)
        consent_layout.addLayout(form)
        self.projector_hint = QtNotice(self.tr(
            "Utan samtycke visas patienten för rummet bara som \"Patient utan samtycke\" "
            "med åldersgrupp. Vårdcentralens registrering gäller; SAMSA:s uppgift skriver "
            "aldrig över den."), "info", consent_box)
        consent_layout.addWidget(self.projector_hint)
        self.samsa_label = plain_label(self._samsa_text(), consent_box)
        self.samsa_label.setWordWrap(True)
        consent_layout.addWidget(self.samsa_label)
        self.conflict_notice: QtNotice | None = None
        if self.conflict is not None:
            self.conflict_notice = QtNotice(
                tr_label(CONFLICT_LABELS[self.conflict]) + ". " + self.tr(
                    "Kontrollera med patienten och spara svaret – det bekräftar "
                    "vårdcentralens registrering."), "warning", consent_box)
            consent_layout.addWidget(self.conflict_notice)
        layout.addWidget(consent_box)

        other = QGroupBox(self.tr("Skydd och kommunal hälso- och sjukvård"), self)
        other_form = QFormLayout(other)
        self.protected_check = QCheckBox(self.tr("&Skyddad identitet – visa aldrig namn eller "
                                                 "personnummer"), other)
        self.protected_check.setChecked(patient.protected)
        other_form.addRow(self.protected_check)
        self.lift_warning = QtNotice(self.tr(
            "Skyddad identitet tas bort. Gör det bara om markeringen var fel – en markering "
            "från SAMSA kommer tillbaka vid nästa import."), "warning", other)
        self.lift_warning.hide()
        other_form.addRow(self.lift_warning)
        self.enrolled_combo = QComboBox(other)
        for value, label in ENROLMENT:
            self.enrolled_combo.addItem(tr_label(label), value)
        current = patient.municipal_hsl
        self.enrolled_combo.setCurrentIndex(
            next(i for i, (value, _) in enumerate(ENROLMENT) if value is current))
        self.enrolled_combo.setAccessibleName(self.tr("Inskriven i kommunal hälso- och "
                                                      "sjukvård"))
        other_form.addRow(self.tr("Inskriven i kommunal &HSL:"), self.enrolled_combo)
        layout.addWidget(other)

        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        self._initial = self._consent_values()
        self.consent_group.buttonToggled.connect(lambda *_: self._update_fields())
        self.protected_check.toggled.connect(lambda *_: self._update_fields())
        self._update_fields()
        minimum_width(self, 620)

    def _samsa_text(self) -> str:
        patient = self.record.patient
        if patient.samsa_consent is None:
            return self.tr("SAMSA: inget samtycke angivet.")
        answer = self.tr("ja") if patient.samsa_consent == CONSENT_GIVEN else self.tr("nej")
        when = date_text(patient.samsa_consent_at, self.day) if patient.samsa_consent_at \
            else "–"
        return self.tr("SAMSA säger {answer} (export {when}).").format(answer=answer, when=when)

    def _consent_values(self) -> tuple:
        return self.consent(), self.date_edit.date(), self.by_edit.text()

    def consent(self) -> str:
        return next(key for key, button in self.consent_buttons.items() if button.isChecked())

    def _update_fields(self) -> None:
        answered = self.consent() != CONSENT_UNKNOWN
        self.date_edit.setEnabled(answered)
        self.by_edit.setEnabled(answered)
        was = self.record.patient.protected
        self.lift_warning.setVisible(was and not self.protected_check.isChecked())

    def accept(self) -> None:
        if self._stored:
            return
        consent = self.consent()
        answered = consent != CONSENT_UNKNOWN
        try:
            save_patient_safeguards(
                self.db, self.patient_id, consent=consent,
                on=from_qdate(self.date_edit.date()) if answered else None,
                by=self.by_edit.text() if answered else None,
                protected=self.protected_check.isChecked(),
                municipal_hsl=self.enrolled_combo.currentData(), today=self.day,
                # Unchanged answers are left alone, unless saving them confirms the health
                # centre's answer against a newer one from SAMSA.
                record_consent=self._consent_values() != self._initial
                or self.conflict is not None)
        except KnownError as err:
            self.error_label.setText(err.message)
            return
        self._stored = True
        self.saved.emit()
        super().accept()
