"""Gathering the day's open decisions, follow-ups at home and 72-hour calls for the
organisations' lists (``huddle actions``, the printout at the end of the huddle), and the
access-log rows that every printout, save and export of those lists writes.

The rules (who holds what, what each list may show) are in :mod:`huddle.domain.actions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from huddle.domain.access import PLACE_ACTIONS
from huddle.domain.actions import ActionInput, ActionList, build_actions
from huddle.domain.consent import ConsentFacts
from huddle.storage.audit import log_display
from huddle.storage.board_data import _keep_room_numbers, load_room_numbers
from huddle.storage.huddles import get_huddle
from huddle.storage.rows import (
    DECISION_COLUMNS,
    FOLLOWUP_COLUMNS,
    all_patients,
    decision_of,
    followup_of,
    get_patient,
)
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store

def load_action_input(db: Store, day: date) -> ActionInput:
    """What is open on ``day``: decisions made by then and still open, follow-ups at home
    and 72-hour calls created by the end of it and still open (as the board shows them)."""
    settings = load_settings(db)
    end_of_day = datetime.combine(day, datetime.max.time()).isoformat(timespec="seconds")
    decisions = [decision_of(row) for row in db.execute(
        f"SELECT {DECISION_COLUMNS} FROM decisions WHERE status = 'open' "
        "AND substr(created_at, 1, 10) <= ? ORDER BY due_on, id", [day.isoformat()])]
    followups = [followup_of(row) for row in db.execute(
        f"SELECT {FOLLOWUP_COLUMNS} FROM followups WHERE status = 'open' "
        "AND created_at <= ? ORDER BY due, id", [end_of_day])]
    huddle = get_huddle(db, day)
    return ActionInput(
        day=day, health_centre=settings.vc_name, decisions=decisions, followups=followups,
        patients=all_patients(db), room_numbers=load_room_numbers(db, day),
        present_roles=huddle.roles if huddle is not None else None,
        call_hours=settings.call_hours)


def load_actions(db: Store, day: date, *, now: datetime | None = None) -> ActionList:
    """The day's lists, one per organisation. Today is judged at the present moment (a call
    due at 16:15 is not late at 08:15); another day as it ended. The neutral labels the
    lists give out are kept for the day, so the room, the board and every list agree."""
    if now is None and day == date.today():
        now = datetime.now()
    for _attempt in range(3):
        actions = build_actions(load_action_input(db, day), now=now)
        if _keep_room_numbers(db, day, actions.new_room_numbers):
            break
    return actions


def log_actions_listed(db: Store, actions: ActionList, organisations: Iterable[str], *,
                       action: str, detail: str) -> int:
    """One access-log row per patient on the chosen organisations' lists (place
    'åtgärdslista'), in one transaction; ``action`` is 'skriv ut', 'exportera' or 'visa'."""
    return log_display(db, actions.patient_ids(organisations), place=PLACE_ACTIONS,
                       action=action, detail=detail)


def patient_consent(db: Store, patient_id: int) -> ConsentFacts:
    """What is known of the patient's consent (for the question before assigning something
    to the municipality)."""
    return get_patient(db, patient_id).consent_facts
