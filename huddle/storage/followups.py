"""Follow-ups at home, including the 72-hour call created from SAMSA discharges."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from huddle.domain.followup import call_deadline, needs_72h_call
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


def create_calls_for_discharges(db: Store, case_ids: list[int],
                                *, at: str) -> int:
    """Add a "Telefonuppföljning inom 72 h" for each newly discharged case that needs one."""
    hours = load_settings(db).call_hours
    created = 0
    for case_id in case_ids:
        # Plain SQL: this runs once per discharge inside an import (see cases.py).
        row = db.execute(
            "SELECT c.patient_id, c.discharged_at, c.needs, c.municipal_hsl, p.municipal_hsl "
            "FROM cases c JOIN patients p ON p.id = c.patient_id WHERE c.id = ?", [case_id]
        ).fetchone()
        case = dict(zip(("patient_id", "discharged_at", "needs", "municipal_hsl"), row[:4],
                        strict=True))
        enrolled = case["municipal_hsl"]
        if enrolled is None:
            enrolled = row[4]
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
        db.execute(
            "INSERT INTO followups (patient_id, case_id, kind, reason, actor, due, status, "
            "created_at, updated_at) VALUES (?, ?, 'call_72h', 'call_72h', 'vc', ?, 'open', ?, ?)",
            [case["patient_id"], case_id, due.isoformat(timespec="minutes"), at, at])
        created += 1
    return created
