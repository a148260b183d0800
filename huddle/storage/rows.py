"""Turning stored rows into the typed rows of ``huddle.domain.records``, in one place.

Dates are stored as ISO text ('YYYY-MM-DD' for days, 'YYYY-MM-DDTHH:MM[:SS]' for moments); what
leaves storage carries ``date`` and ``datetime`` objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from huddle.domain.records import (
    Case,
    CaseEvent,
    CfsScore,
    Decision,
    Followup,
    Patient,
    Sip,
)
from huddle.domain.sip import SipEpisode
from huddle.errors import InputError
from huddle.i18n import translate

if TYPE_CHECKING:
    from huddle.storage.store import Store


def day_of(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def moment_of(value: str | None) -> datetime | None:
    if not value:
        return None
    if len(value) <= 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time())
    return datetime.fromisoformat(value)


def flag_of(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def iso_day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def iso_moment(value: datetime | None, timespec: str = "seconds") -> str | None:
    return value.isoformat(timespec=timespec) if value else None


def iso_minutes(value: date | datetime | None) -> str | None:
    """A day as ISO, a moment as ISO to the minute: how cases are stored and how the JSON
    contract (``huddle board --json``) writes them."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


# ---------------------------------------------------------------- patients

PATIENT_COLUMNS = (
    "id, personnummer, id_kind, name, birth_date, protected_identity, consent, consent_date, "
    "consent_by, consent_recorded_at, samsa_consent, samsa_consent_at, municipal_hsl, "
    "home_care, flagged_at, flag_reason, fictional, source")


def patient_of(row: tuple) -> Patient:
    return Patient(
        id=row[0], personnummer=row[1], id_kind=row[2], name=row[3], birth_date=day_of(row[4]),
        protected=bool(row[5]), consent=row[6], consent_date=day_of(row[7]),
        consent_by=row[8], consent_recorded_at=moment_of(row[9]), samsa_consent=row[10],
        samsa_consent_at=moment_of(row[11]), municipal_hsl=flag_of(row[12]),
        home_care=flag_of(row[13]), flagged_at=moment_of(row[14]), flag_reason=row[15],
        fictional=bool(row[16]), source=row[17])


def _row_by_id(db: Store, table: str, columns: str, row_id: int,
               gone: Callable[[], str]) -> tuple:
    """One row by its id; a row deleted meanwhile is the user's :class:`InputError`
    (``gone()``: what is gone and what to do)."""
    row = db.execute(f"SELECT {columns} FROM {table} WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise InputError(gone())
    return row


def get_patient(db: Store, patient_id: int) -> Patient:
    return patient_of(_row_by_id(db, "patients", PATIENT_COLUMNS, patient_id, lambda: translate(
        "patients", "Patienten finns inte längre i registret. Uppdatera listan och "
        "försök igen.")))


def all_patients(db: Store) -> dict[int, Patient]:
    return {row[0]: patient_of(row)
            for row in db.execute(f"SELECT {PATIENT_COLUMNS} FROM patients").fetchall()}


def patients_with_ids(db: Store, ids: Iterable[int], *, flagged: bool = False
                      ) -> dict[int, Patient]:
    """The patients of ``ids`` (and, with ``flagged``, every patient a participant flagged):
    what a board or a list needs, without reading a large health centre's whole register."""
    wanted = json.dumps(sorted({int(i) for i in ids if i is not None}))
    # A UNION, not an OR: each half is found by its index (the flagged by a partial one).
    extra = f" UNION SELECT {PATIENT_COLUMNS} FROM patients WHERE flag_reason IS NOT NULL" \
        if flagged else ""
    return {row[0]: patient_of(row) for row in db.execute(
        f"SELECT {PATIENT_COLUMNS} FROM patients WHERE id IN (SELECT value FROM json_each(?))"
        f"{extra}", [wanted]).fetchall()}


# ---------------------------------------------------------------- the rest of a record

CASE_COLUMNS = ("id, patient_id, case_key, hospital, ward, admitted_at, pud, ready_at, "
                "discharged_at, status, contact, needs, sip_invited_on, gone_at")


def case_of(row: tuple) -> Case:
    return Case(row[0], row[1], row[2], row[3], row[4], moment_of(row[5]), day_of(row[6]),
                moment_of(row[7]), moment_of(row[8]), row[9], row[10], row[11], day_of(row[12]),
                moment_of(row[13]))


EVENT_COLUMNS = "id, case_id, patient_id, at, kind, old_value, new_value"


def event_of(row: tuple) -> CaseEvent:
    return CaseEvent(row[0], row[1], row[2], moment_of(row[3]), row[4], row[5], row[6])


CFS_COLUMNS = ("id, patient_id, level, scale_version, scored_on, scored_by_role, "
               "scored_by_name, baseline_note, source")


def cfs_of(row: tuple) -> CfsScore:
    return CfsScore(row[0], row[1], row[2], row[3], day_of(row[4]), row[5], row[6], row[7],
                    row[8])


SIP_COLUMNS = ("id, patient_id, state, need_noted_on, invited_on, held_on, followed_up_on, "
               "closed_on, declined_on, note, source, updated_at")


def sip_of(row: tuple) -> Sip:
    episode = SipEpisode(state=row[2], need_noted_on=day_of(row[3]), invited_on=day_of(row[4]),
                         held_on=day_of(row[5]), followed_up_on=day_of(row[6]),
                         closed_on=day_of(row[7]), declined_on=day_of(row[8]))
    return Sip(row[0], row[1], episode, row[9], row[10], moment_of(row[11]))


FOLLOWUP_COLUMNS = ("id, patient_id, case_id, huddle_id, kind, reason, actor, due, note, "
                    "status, done_at, done_by, outcome, created_at")


def followup_of(row: tuple) -> Followup:
    due = row[7]
    due_at = moment_of(due) if due and "T" in due else None
    return Followup(row[0], row[1], row[2], row[3], row[4], row[5], row[6], day_of(due), due_at,
                    row[8], row[9], moment_of(row[10]), row[11], row[12], moment_of(row[13]))


DECISION_COLUMNS = ("id, huddle_id, patient_id, what, responsible_role, responsible_name, "
                    "due_on, status, done_at, escalated_at, escalated_to, escalation_question, "
                    "answer_text, answer_by, answer_at, created_at")


def decision_of(row: tuple) -> Decision:
    return Decision(row[0], row[1], row[2], row[3], row[4], row[5], day_of(row[6]), row[7],
                    moment_of(row[8]), moment_of(row[9]), row[10], row[11], row[12], row[13],
                    moment_of(row[14]), moment_of(row[15]))


def get_decision(db: Store, decision_id: int) -> Decision:
    return decision_of(_row_by_id(db, "decisions", DECISION_COLUMNS, decision_id, lambda: translate(
        "huddles", "Beslutet finns inte längre i databasen. Uppdatera tavlan (F5).")))


def get_followup(db: Store, followup_id: int) -> Followup:
    return followup_of(_row_by_id(db, "followups", FOLLOWUP_COLUMNS, followup_id, lambda: translate(
        "huddles", "Uppföljningen finns inte längre i databasen. Uppdatera tavlan (F5).")))
