"""Reading one patient's record for the details view (and logging that it was read)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.audit import log_access

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class PatientRecord:
    patient: dict
    cases: list[dict]
    events: list[dict]
    cfs_scores: list[dict]
    sips: list[dict]
    followups: list[dict]
    decisions: list[dict]


def load_patient_record(db: sqlite_utils.Database, patient_id: int, *,
                        purpose: str = "patient_viewed") -> PatientRecord:
    """Everything stored about one patient; the read is written to the access log."""
    patient = next(db["patients"].rows_where("id = ?", [patient_id], limit=1), None)
    if patient is None:
        raise InputError(translate("patients", 'Patienten (id {patient_id}) finns inte i databasen.').format(patient_id=patient_id))

    def rows(table: str, order: str) -> list[dict]:
        return list(db[table].rows_where("patient_id = ?", [patient_id], order_by=order))

    record = PatientRecord(
        patient=patient,
        cases=rows("cases", "admitted_at desc"),
        events=rows("case_events", "at desc, id desc"),
        cfs_scores=rows("cfs_scores", "scored_on desc, id desc"),
        sips=rows("sips", "updated_at desc"),
        followups=rows("followups", "created_at desc"),
        decisions=rows("decisions", "created_at desc"),
    )
    with db.atomic():
        log_access(db, purpose, patient_id)
    return record
