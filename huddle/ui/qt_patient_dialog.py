"""A patient's details for the nurse. Opening it is written to the access log."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from huddle.domain import cfs as cfs_rules
from huddle.domain.board import ACTOR_LABELS, FOLLOWUP_REASONS, ROLE_LABELS
from huddle.domain.identity import age_on
from huddle.domain.privacy import PROTECTED_LABEL
from huddle.domain.samsa import EVENT_LABELS
from huddle.i18n import tr_label
from huddle.storage.patients import PatientRecord, load_patient_record
from huddle.ui.qt_patient_frailty import QtPatientFrailty

if TYPE_CHECKING:
    import sqlite_utils

CONSENT_LABELS = {"given": "Samtycke finns", "declined": "Samtycke saknas (nej)",
                  "unknown": "Samtycke ej registrerat"}


def _esc(text: object) -> str:
    return (str(text) if text is not None else "–").replace("&", "&amp;").replace(
        "<", "&lt;").replace(">", "&gt;")


class QtPatientDialog(QDialog):
    changed = Signal()

    def __init__(self, db: sqlite_utils.Database, patient_id: int, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.patient_id = patient_id
        self.day = day
        self.record = load_patient_record(db, patient_id)
        self.setWindowTitle(self.tr("Patient"))
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self._heading(), self)
        self.heading.setObjectName("patientHeading")
        self.heading.setStyleSheet("font-size: 22px; font-weight: 700;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        # Frail older people: summary and the buttons that change CFS, SIP, consent, the call.
        self.frailty = QtPatientFrailty(db, patient_id, day, self)
        self.frailty.changed.connect(self._frailty_changed)
        layout.addWidget(self.frailty)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Patientens uppgifter"))
        self.details.setHtml(self._details_html(self.record))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _frailty_changed(self) -> None:
        self.record = load_patient_record(self.db, self.patient_id)
        self.heading.setText(self._heading())
        self.details.setHtml(self._details_html(self.record))
        self.changed.emit()

    def _heading(self) -> str:
        p = self.record.patient
        birth = date.fromisoformat(p["birth_date"]) if p["birth_date"] else None
        age = self.tr(", {age} år").format(age=age_on(birth, self.day)) if birth else ""
        if p["protected_identity"]:
            return tr_label(PROTECTED_LABEL) + age
        number = p["personnummer"]
        shown = f"{number[:8]}-{number[8:]}" if p["id_kind"] != "reservnummer" else number
        return f"{p['name'] or self.tr('Namn saknas')}{age} · {shown}"

    def _details_html(self, record: PatientRecord) -> str:
        p = record.patient
        parts = [f"<p><b>{_esc(tr_label(CONSENT_LABELS.get(p['consent'], p['consent'])))}</b>"]
        if p["consent_date"]:
            parts.append(_esc(self.tr(" ({date}, {by})").format(date=p["consent_date"],
                                                                  by=p["consent_by"] or "–")))
        enrolled = {1: self.tr("Inskriven i kommunal hälso- och sjukvård"),
                    0: self.tr("Ej inskriven i kommunal hälso- och sjukvård")}
        parts.append("<br>" + _esc(enrolled.get(p["municipal_hsl"],
                                                self.tr("Kommunal hälso- och sjukvård: okänt"))))
        parts.append("</p>")
        parts.append(f"<h3>{_esc(self.tr('CFS'))}</h3><ul>")
        for score in record.cfs_scores:
            parts.append("<li>" + _esc(self.tr("CFS {level} – {label}, {day} ({who})").format(
                level=score["level"], label=cfs_rules.label(score["level"]),
                day=score["scored_on"], who=score["scored_by_name"] or "–")) + "</li>")
        if not record.cfs_scores:
            parts.append("<li>" + _esc(self.tr("Ingen CFS-skattning")) + "</li>")
        parts.append(f"</ul><h3>{_esc(self.tr('SAMSA-ärenden'))}</h3><ul>")
        for case in record.cases:
            parts.append("<li>" + _esc(self.tr(
                "{status}: inskriven {adm}, planerad hemgång {pud}, utskrivningsklar {ready}, "
                "utskriven {dis} – {ward}, {hospital}").format(
                    status=case["status"], adm=case["admitted_at"], pud=case["pud"] or "–",
                    ready=case["ready_at"] or "–", dis=case["discharged_at"] or "–",
                    ward=case["ward"] or "–", hospital=case["hospital"] or "–")) + "</li>")
        parts.append(f"</ul><h3>{_esc(self.tr('Händelser'))}</h3><ul>")
        for event in record.events[:30]:
            label = tr_label(EVENT_LABELS.get(event["kind"], event["kind"]))
            change = " → ".join(v for v in (event["old_value"], event["new_value"]) if v)
            parts.append(f"<li>{_esc(event['at'])}: {_esc(label)} {_esc(change)}</li>")
        parts.append(f"</ul><h3>{_esc(self.tr('Uppföljning i hemmet'))}</h3><ul>")
        for followup in record.followups:
            parts.append("<li>" + _esc(self.tr("{reason} – {actor}, senast {due}: {status}").format(
                reason=tr_label(FOLLOWUP_REASONS.get(followup["reason"], followup["reason"])),
                actor=tr_label(ACTOR_LABELS.get(followup["actor"], followup["actor"])),
                due=followup["due"] or "–", status=followup["status"])) + "</li>")
        parts.append(f"</ul><h3>{_esc(self.tr('Beslut'))}</h3><ul>")
        for decision in record.decisions:
            parts.append("<li>" + _esc(self.tr("{what} – {role}, senast {due}: {status}").format(
                what=decision["what"],
                role=tr_label(ROLE_LABELS.get(decision["responsible_role"],
                                             decision["responsible_role"])),
                due=decision["due_on"] or "–", status=decision["status"])) + "</li>")
        parts.append("</ul>")
        return "".join(parts)
