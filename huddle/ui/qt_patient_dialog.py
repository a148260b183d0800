"""A patient's details for the nurse. Opening it is written to the access log.

The dialog shows what its audience may see: on the nurse's own screen everything; opened while
her window is shown to the room, a patient the room may not identify appears only as the room
sees them (neutral label, age band), with no history, and nothing can be changed until she
switches back to her own screen.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from huddle.domain import cfs as cfs_rules
from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.dates import date_text
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM, Disclosure, disclose
from huddle.domain.followup import CALL_OUTCOMES
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import EVENT_LABELS
from huddle.i18n import tr_label
from huddle.storage.board_data import load_room_numbers
from huddle.storage.patients import PatientRecord, load_patient_record
from huddle.ui import theme
from huddle.ui.qt_patient_frailty import QtPatientFrailty
from huddle.ui.qt_room import QtScreenMarker
from huddle.ui.qt_text import shown_text

if TYPE_CHECKING:
    from huddle.storage.store import Store


def _esc(text: object) -> str:
    return escape(shown_text(str(text))) if text is not None else "–"


class QtPatientDialog(QDialog):
    changed = Signal()

    def __init__(self, db: Store, patient_id: int, day: date,
                 parent: QWidget | None = None, *, audience: str = AUDIENCE_OWN,
                 place: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.patient_id = patient_id
        self.day = day
        self.audience = audience
        self._place = place
        self.record = self._load()
        self.setWindowTitle(self.tr("Patient"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        # Says, in the room's mode, that this dialog is on the shared screen too.
        self.marker = QtScreenMarker(self)
        layout.addWidget(self.marker)
        self.heading = QLabel(self._heading(), self)
        self.heading.setObjectName("patientHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setFont(theme.font(22, bold=True))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.frailty: QtPatientFrailty | None = None
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Patientens uppgifter"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_audience(audience)

    def set_audience(self, audience: str) -> None:
        """Show the patient as ``audience`` may see them; called again when the nurse's
        window switches between her own screen and the room's view while this is open."""
        self.audience = audience
        self.marker.set_audience(audience)
        self.marker.setVisible(audience == AUDIENCE_ROOM)
        shown = self.shown
        self.heading.setText(self._heading())
        if shown.details and self.frailty is None:
            # Frail older people: summary and the buttons that change CFS, SIP, consent, call.
            self.frailty = QtPatientFrailty(self.db, self.patient_id, self.day, self,
                                            audience=audience)
            self.frailty.changed.connect(self._frailty_changed)
            self.layout().insertWidget(2, self.frailty)
        elif not shown.details and self.frailty is not None:
            self.frailty.hide()
            self.frailty.deleteLater()
            self.frailty = None
        self.details.setHtml(self._details_html(self.record))

    def _load(self) -> PatientRecord:
        from huddle.domain.access import PLACE_PATIENT

        return load_patient_record(self.db, self.patient_id, place=self._place or PLACE_PATIENT)

    @property
    def shown(self) -> Disclosure:
        number = load_room_numbers(self.db, self.day).get(self.patient_id) \
            if self.audience == AUDIENCE_ROOM else None
        return disclose(self.record.patient.facts, self.audience, day=self.day,
                        room_number=number)

    def _frailty_changed(self) -> None:
        self.record = self._load()
        self.heading.setText(self._heading())
        self.details.setHtml(self._details_html(self.record))
        self.changed.emit()

    def _heading(self) -> str:
        shown = self.shown
        number = f" · {shown.personnummer}" if shown.personnummer else ""
        return shown_text(f"{shown.label}{number}")

    def _when(self, value: object) -> str:
        return _esc(date_text(value, self.day)) if value is not None else "–"

    def _details_html(self, record: PatientRecord) -> str:
        shown = self.shown
        if not shown.details:
            return "<p>" + _esc(self.tr(
                "Skärmen visas för rummet, och rummet får inte se vem patienten är eller "
                "uppgifterna om hen. Växla till Endast din skärm (F9) för att se och ändra "
                "patientens uppgifter.")) + "</p>"
        parts = ["<h3>" + _esc(self.tr("CFS")) + "</h3><ul>"]
        for score in record.cfs_scores:
            parts.append("<li>" + _esc(self.tr("CFS {level} – {label}, {day} ({who})").format(
                level=score.level, label=tr_label(cfs_rules.label(score.level)),
                day=date_text(score.scored_on, self.day),
                who=score.scored_by_name or "–")) + "</li>")
        if not record.cfs_scores:
            parts.append("<li>" + _esc(self.tr("Ingen CFS-skattning")) + "</li>")
        parts.append("</ul><h3>" + _esc(self.tr("SAMSA-ärenden")) + "</h3><ul>")
        for case in record.cases:
            parts.append("<li>" + _esc(self.tr(
                "{status}: inskriven {adm}, planerad hemgång {pud}, utskrivningsklar {ready}, "
                "utskriven {dis} – {ward}, {hospital}").format(
                    status=case.status, adm=date_text(case.admitted_at, self.day),
                    pud=date_text(case.pud, self.day), ready=date_text(case.ready_at, self.day),
                    dis=date_text(case.discharged_at, self.day), ward=case.ward or "–",
                    hospital=case.hospital or "–")) + "</li>")
        if not record.cases:
            parts.append("<li>" + _esc(self.tr("Inga ärenden i SAMSA")) + "</li>")
        parts.append("</ul><h3>" + _esc(self.tr("Händelser")) + "</h3><ul>")
        for event in record.events[:30]:
            label = tr_label(EVENT_LABELS.get(event.kind, event.kind))
            parts.append(f"<li>{self._when(event.at)}: {_esc(label)}</li>")
        parts.append("</ul><h3>" + _esc(self.tr("Uppföljning i hemmet")) + "</h3><ul>")
        statuses = {"open": self.tr("öppen"), "done": self.tr("klar"),
                    "cancelled": self.tr("avbruten")}
        for followup in record.followups:
            due = followup.due_at or followup.due_on
            text = self.tr("{reason} – {actor}, senast {due}: {status}").format(
                reason=tr_label(FOLLOWUP_REASONS.get(followup.reason, followup.reason)),
                actor=tr_label(ACTOR_LABELS.get(followup.actor, followup.actor)),
                due=date_text(due, self.day), status=statuses.get(followup.status,
                                                                  followup.status))
            if followup.outcome:
                text += f" ({tr_label(CALL_OUTCOMES.get(followup.outcome, followup.outcome))})"
            parts.append(f"<li>{_esc(text)}</li>")
        parts.append("</ul><h3>" + _esc(self.tr("Beslut")) + "</h3><ul>")
        decision_statuses = {"open": self.tr("öppet"), "done": self.tr("klart")}
        for decision in record.decisions:
            parts.append("<li>" + _esc(self.tr("{what} – {role}, senast {due}: {status}").format(
                what=tr_label(decision.what),
                role=tr_label(ROLE_LABELS.get(decision.responsible_role,
                                              decision.responsible_role)),
                due=date_text(decision.due_on, self.day),
                status=decision_statuses.get(decision.status, decision.status))) + "</li>")
        parts.append("</ul>")
        return "".join(parts)
