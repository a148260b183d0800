"""Patients for the frailty dialogs' GUI tests, written through the register's own storage."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from huddle.domain.identity import with_check_digit
from huddle.storage.register import add_patient, record_cfs_score
from tests.dbtools import log_codes

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


def pnr(birth: str, serial: str = "998") -> str:
    digits = with_check_digit(birth[2:] + serial)
    return f"{birth[:2]}{digits}"


def patient(db, birth: str = "19400122", name: str = "Ek, Margareta", *,
            scores: tuple[tuple[int, date], ...] = ()) -> int:
    pid = add_patient(db, number=pnr(birth), name=name, day=DAY, now=NOW)
    for level, on in scores:
        record_cfs_score(db, pid, level=level, scored_on=on, today=DAY, name="Anna Lund",
                         role="aldre_ssk")
    return pid


def call(db, patient_id: int, discharged: datetime) -> int:
    case_id = db.insert("cases", {
        "case_key": f"S-{patient_id}-{discharged.isoformat()}", "patient_id": patient_id,
        "admitted_at": (discharged - timedelta(days=6)).isoformat(timespec="minutes"),
        "ready_at": (discharged - timedelta(days=1)).isoformat(timespec="minutes"),
        "discharged_at": discharged.isoformat(timespec="minutes"), "status": "Utskriven",
        "raw": "{}", "last_seen_at": "2026-11-23T06:00"})
    return db.insert("followups", {
        "patient_id": patient_id, "case_id": case_id, "kind": "call_72h", "reason": "call_72h",
        "actor": "vc", "due": (discharged + timedelta(hours=72)).isoformat(timespec="minutes"),
        "status": "open", "created_at": "2026-11-23T06:00",
        "updated_at": "2026-11-23T06:00"})


def log_actions(db) -> list[str]:
    """What each access-log row records, by its code ('cfs_recorded', 'frailty_record' …)."""
    return [code for code, _ in log_codes(db)]
