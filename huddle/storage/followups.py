"""Follow-ups at home, including the 72-hour call created from SAMSA discharges."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from huddle.domain.followup import call_deadline, needs_72h_call
from huddle.storage.settings import load_settings


def create_calls_for_discharges(db: sqlite_utils.Database, case_ids: list[int],
                                *, at: str) -> int:
    """Add a "Telefonuppföljning inom 72 h" for each newly discharged case that needs one."""
    hours = load_settings(db).call_hours
    created = 0
    for case_id in case_ids:
        case = db["cases"].get(case_id)
        patient = db["patients"].get(case["patient_id"])
        enrolled = case["municipal_hsl"]
        if enrolled is None:
            enrolled = patient["municipal_hsl"]
        if not case["discharged_at"] or not needs_72h_call(
            municipal_hsl=bool(enrolled) if enrolled is not None else None, needs=case["needs"]
        ):
            continue
        exists = db.execute(
            "SELECT 1 FROM followups WHERE case_id = ? AND kind = 'call_72h'", [case_id]
        ).fetchone()
        if exists:
            continue
        due = call_deadline(datetime.fromisoformat(case["discharged_at"]), hours)
        db["followups"].insert({
            "patient_id": case["patient_id"], "case_id": case_id, "kind": "call_72h",
            "reason": "call_72h", "actor": "vc", "due": due.isoformat(timespec="minutes"),
            "status": "open", "created_at": at, "updated_at": at,
        })
        created += 1
    return created
