"""Follow-ups at home, including the 72-hour call created from SAMSA discharges.

A later export may correct a discharge: a new moment moves the call's deadline
(discharge + ``call_hours``); a withdrawn discharge cancels a call not yet made. The call is
kept with its history (status ``cancelled``, outcome :data:`WITHDRAWN`, when), never deleted;
the board shows open calls only and the reports skip cancelled ones. Should the patient be
discharged again, the same call opens again with the new deadline.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from huddle.domain.followup import call_deadline, needs_72h_call
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.cases import DischargeChange
    from huddle.storage.store import Store

# followups.outcome of a call cancelled because SAMSA withdrew the discharge (a code).
WITHDRAWN = "discharge_withdrawn"


def create_calls_for_discharges(db: Store, case_ids: list[int],
                                *, at: str) -> int:
    """Add a "Telefonuppföljning inom 72 h" for each newly discharged case that needs one;
    a call cancelled by a withdrawn discharge opens again instead."""
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
        due = call_deadline(datetime.fromisoformat(case["discharged_at"]), hours)
        existing = db.execute(
            "SELECT id, status, outcome FROM followups WHERE case_id = ? AND kind = 'call_72h'",
            [case_id]).fetchone()
        if existing is not None:
            if existing[1] == "cancelled" and existing[2] == WITHDRAWN:
                db.execute(
                    "UPDATE followups SET status = 'open', due = ?, outcome = NULL, "
                    "done_at = NULL, done_by = NULL, updated_at = ? WHERE id = ?",
                    [due.isoformat(timespec="minutes"), at, existing[0]])
            continue
        db.execute(
            "INSERT INTO followups (patient_id, case_id, kind, reason, actor, due, status, "
            "created_at, updated_at) VALUES (?, ?, 'call_72h', 'call_72h', 'vc', ?, 'open', ?, ?)",
            [case["patient_id"], case_id, due.isoformat(timespec="minutes"), at, at])
        created += 1
    return created


def revise_calls_for_discharges(db: Store,
                                changes: Iterable[DischargeChange], *, at: str) -> int:
    """Follow corrected and withdrawn discharges: move the deadline of the case's call
    (open or made), or cancel a call not yet made. Returns the calls changed."""
    hours = None
    changed = 0
    for change in changes:
        if change.new is None:
            cursor = db.execute(
                "UPDATE followups SET status = 'cancelled', outcome = ?, done_at = ?, "
                "updated_at = ? WHERE case_id = ? AND kind = 'call_72h' AND status = 'open'",
                [WITHDRAWN, at, at, change.case_id])
        else:
            hours = hours or load_settings(db).call_hours
            due = call_deadline(change.new, hours).isoformat(timespec="minutes")
            cursor = db.execute(
                "UPDATE followups SET due = ?, updated_at = ? WHERE case_id = ? "
                "AND kind = 'call_72h' AND status IN ('open', 'done') AND due != ?",
                [due, at, change.case_id, due])
        changed += cursor.rowcount
    return changed


class OpenCall(NamedTuple):
    id: int
    patient_id: int
    due_at: datetime
    discharged_at: datetime


def open_calls(db: Store, *, due_before: datetime) -> list[OpenCall]:
    """The 72-hour calls still to be made whose deadline is before ``due_before``, earliest
    deadline first."""
    rows = db.execute(
        "SELECT f.id, f.patient_id, f.due, c.discharged_at FROM followups f "
        "JOIN cases c ON c.id = f.case_id WHERE f.kind = 'call_72h' AND f.status = 'open' "
        "AND f.due < ? AND c.discharged_at IS NOT NULL ORDER BY f.due, f.id",
        [due_before.isoformat(timespec="minutes")]).fetchall()
    return [OpenCall(r[0], r[1], datetime.fromisoformat(r[2]), datetime.fromisoformat(r[3]))
            for r in rows]
