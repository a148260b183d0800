"""SAMSA cases as the importer hands them to storage, and the events between snapshots."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from huddle.i18n import tr_noop

STATUS_ADMITTED = "Inskriven"
STATUS_READY = "Utskrivningsklar"
STATUS_DISCHARGED = "Utskriven"
STATUS_CANCELLED = "Avbruten"

# Event kinds and how the board says them (Swedish, short).
EVENT_LABELS: dict[str, str] = {
    "admitted": tr_noop("Inskriven på sjukhus"),
    "pud_set": tr_noop("Planerat utskrivningsdatum satt"),
    "pud_moved": tr_noop("Planerat utskrivningsdatum flyttat"),
    "ready": tr_noop("Utskrivningsklar"),
    "discharged": tr_noop("Utskriven"),
    "sip_invited": tr_noop("SIP-kallelse skickad"),
    "consent_changed": tr_noop("Samtycke ändrat"),
    "protected_changed": tr_noop("Skyddad identitet ändrad"),
    "gone": tr_noop("Saknas i senaste exporten"),
    "returned": tr_noop("Åter i exporten"),
    "readmission": tr_noop("Återinskriven inom 30 dagar"),
    "cancelled": tr_noop("Ärendet avbrutet"),
}


@dataclass(frozen=True)
class CaseRecord:
    """One case (ärende) as a SAMSA export row describes it, already validated."""

    personnummer: str          # 12 digits, or a reserve number
    id_kind: str
    birth_date: date | None
    admitted_at: datetime
    samsa_id: str | None = None
    name: str | None = None
    protected: bool | None = None
    hospital: str | None = None
    ward: str | None = None
    pud: date | None = None
    ready_at: datetime | None = None
    discharged_at: datetime | None = None
    status: str | None = None
    municipality: str | None = None
    health_centre: str | None = None
    contact: str | None = None
    municipal_hsl: bool | None = None
    home_care: bool | None = None
    sip_invited_on: date | None = None
    consent: bool | None = None
    needs: str | None = None
    last_changed: datetime | None = None
    raw: dict[str, str] = field(default_factory=dict)
    line: int = 0

    @property
    def case_key(self) -> str:
        """What identifies the case across exports: its Ärende-ID (compared as
        :func:`normalise_case_id` says), else personnummer and admission day."""
        if self.samsa_id:
            return normalise_case_id(self.samsa_id)
        return f"{self.personnummer}/{self.admitted_at.date().isoformat()}"

    @property
    def derived_status(self) -> str:
        if self.status:
            return self.status
        if self.discharged_at:
            return STATUS_DISCHARGED
        if self.ready_at:
            return STATUS_READY
        return STATUS_ADMITTED


def normalise_case_id(value: str) -> str:
    """An Ärende-ID as cases are compared: a numeric id without leading zeros, since a
    spreadsheet that read it as a number dropped them ("000123" and "123" are one case).
    Any other id as written, without surrounding spaces."""
    text = value.strip()
    if text.isascii() and text.isdigit():
        return text.lstrip("0") or "0"
    return text


def consent_state(value: bool | None) -> str:
    if value is None:
        return "unknown"
    return "given" if value else "declined"


def needs_list(needs: str | None) -> list[str]:
    """The needs column split into lower-case items ('hemtjänst, korttidsplats')."""
    if not needs:
        return []
    parts = [p.strip().casefold() for p in needs.replace(";", ",").split(",")]
    return [p for p in parts if p]


def is_readmission(previous_discharge: date, admission: date, window_days: int = 30) -> bool:
    """An admission 0–30 calendar days after the same patient's previous discharge."""
    days = (admission - previous_discharge).days
    return 0 <= days <= window_days


def previous_discharges(stays: Iterable[tuple[int, int, date, date | None]]
                        ) -> dict[int, date | None]:
    """For each stay ``(case id, patient id, admitted, discharged)``: the same patient's latest
    discharge from another stay on or before this admission day (None without one), the day a
    readmission is measured from."""
    by_patient: dict[int, list[tuple[int, date | None]]] = {}
    stays = list(stays)
    for case_id, patient_id, _, discharged in stays:
        by_patient.setdefault(patient_id, []).append((case_id, discharged))
    result: dict[int, date | None] = {}
    for case_id, patient_id, admitted, _ in stays:
        result[case_id] = max((d for other, d in by_patient[patient_id]
                               if other != case_id and d is not None and d <= admitted),
                              default=None)
    return result
