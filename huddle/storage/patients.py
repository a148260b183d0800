"""Reading one patient's record for the details view (and logging that it was read)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from huddle.domain.access import ACTION_VIEW, PLACE_PATIENT
from huddle.domain.records import Case, CaseEvent, CfsScore, Decision, Followup, Patient, Sip
from huddle.storage.audit import log_access
from huddle.storage.rows import (
    CASE_COLUMNS,
    CFS_COLUMNS,
    DECISION_COLUMNS,
    EVENT_COLUMNS,
    FOLLOWUP_COLUMNS,
    SIP_COLUMNS,
    case_of,
    cfs_of,
    decision_of,
    event_of,
    followup_of,
    get_patient,
    sip_of,
)

if TYPE_CHECKING:
    from huddle.storage.store import Store


class PatientRecord(NamedTuple):
    patient: Patient
    cases: list[Case]                 # newest admission first
    events: list[CaseEvent]           # newest first
    cfs_scores: list[CfsScore]        # newest first
    sips: list[Sip]                   # latest change first
    followups: list[Followup]         # newest first
    decisions: list[Decision]         # newest first


def load_patient_record(db: Store, patient_id: int, *, place: str = PLACE_PATIENT,
                        log: bool = True) -> PatientRecord:
    """Everything stored about one patient; the read is written to the access log."""
    patient = get_patient(db, patient_id)

    def rows(columns: str, table: str, order: str) -> list[tuple]:
        return db.execute(f"SELECT {columns} FROM {table} WHERE patient_id = ? ORDER BY {order}",
                          [patient_id]).fetchall()

    record = PatientRecord(
        patient=patient,
        cases=[case_of(r) for r in rows(CASE_COLUMNS, "cases", "admitted_at DESC")],
        events=[event_of(r) for r in rows(EVENT_COLUMNS, "case_events", "at DESC, id DESC")],
        cfs_scores=[cfs_of(r) for r in rows(CFS_COLUMNS, "cfs_scores",
                                             "scored_on DESC, id DESC")],
        sips=[sip_of(r) for r in rows(SIP_COLUMNS, "sips", "updated_at DESC, id DESC")],
        followups=[followup_of(r) for r in rows(FOLLOWUP_COLUMNS, "followups",
                                                "created_at DESC, id DESC")],
        decisions=[decision_of(r) for r in rows(DECISION_COLUMNS, "decisions",
                                                "created_at DESC, id DESC")],
    )
    if log:
        with db.atomic():
            log_access(db, ACTION_VIEW, patient_id, "patient_record", place=place)
    return record


def patient_ids_by_number(db: Store) -> dict[str, int]:
    """Every stored patient's id by personnummer (or reserve number)."""
    return dict(db.execute("SELECT personnummer, id FROM patients").fetchall())


def mark_fictional(db: Store) -> int:
    """Mark every patient in the database as invented (the demo's own databases), so that
    ``huddle demo`` may replace the file later. Returns the number of patients."""
    with db.atomic():
        return db.execute("UPDATE patients SET fictional = 1").rowcount


def latest_cfs_levels(db: Store) -> dict[int, int]:
    """Each scored patient's latest CFS level (the last recorded)."""
    return dict(db.execute(
        "SELECT patient_id, level FROM cfs_scores s WHERE id = (SELECT max(id) FROM "
        "cfs_scores t WHERE t.patient_id = s.patient_id)").fetchall())


class InvitedSip(NamedTuple):
    id: int
    patient_id: int
    invited_on: date
    need_noted_on: date | None


def sips_invited_by(db: Store, day: date) -> list[InvitedSip]:
    """SIP episodes still at 'kallad' whose invitation went out on or before ``day``."""
    return [InvitedSip(r[0], r[1], date.fromisoformat(r[2]),
                       date.fromisoformat(r[3]) if r[3] else None)
            for r in db.execute(
                "SELECT id, patient_id, invited_on, need_noted_on FROM sips "
                "WHERE state = 'kallad' AND invited_on <= ? ORDER BY id",
                [day.isoformat()]).fetchall()]
