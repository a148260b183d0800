"""``huddle board``: the day's board as text or JSON.

The JSON is made here, from the board's typed items, and nowhere else; its keys are a contract
with health centres' IT (README.md, "huddle board --json"; tests/test_board_json.py checks
every key). With ``--projector`` the room's rules apply (the disclosure policy's "room").
"""

from __future__ import annotations

import argparse
from typing import Any

from huddle.commands.common import add_db_option, open_configured, parse_day, print_json
from huddle.domain.access import PLACE_COMMAND
from huddle.domain.board import (
    LANE_TITLES,
    Board,
    BoardItem,
    CfsItem,
    DecisionItem,
    EventItem,
    HomeItem,
    PatientRef,
    SamsaItem,
)
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.i18n import tr_label, translate
from huddle.storage.board_data import load_board, log_boards_shown
from huddle.storage.rows import iso_minutes


def register(subparsers: argparse._SubParsersAction) -> None:
    board = subparsers.add_parser("board", help=translate("cli", "dagens tavla"))
    add_db_option(board)
    board.add_argument("--date", metavar=translate("cli", "ÅÅÅÅ-MM-DD"), help=translate("cli", "dag (standard: i dag)"))
    board.add_argument("--json", action="store_true", help=translate("cli", "skriv tavlan som JSON"))
    board.add_argument("--projector", action="store_true",
                       help=translate("cli", "som rummet ser den: patienter utan samtycke visas utan identitet"))
    board.set_defaults(handler=run_board)


def run_board(args: argparse.Namespace) -> int:
    day = parse_day(args.date)
    db = open_configured(args)
    try:
        board = load_board(db, day, audience=AUDIENCE_ROOM if args.projector else AUDIENCE_OWN)
        log_boards_shown(db, [(board, PLACE_COMMAND)])
    finally:
        db.close()
    if args.json:
        print_json(board_json(board))
        return 0
    print(f"{board.health_centre} – {day.isoformat()}")
    for lane, items in board.lanes.items():
        title = tr_label(LANE_TITLES.get(lane, lane))
        print(f"\n{title} ({len(items)})")
        for item in items:
            print(f"  {item.shown.label}: {item.reason or '–'}")
            if item.next_step:
                print(f"    → {item.next_step}")
        if board.lane_notes.get(lane):
            print(f"  {board.lane_notes[lane]}")
    if not any(board.lanes.values()):
        print(translate("board", "\nIngen patient på tavlan."))
    return 0


# ---------------------------------------------------------------- the JSON contract


def patient_json(item: BoardItem | PatientRef) -> dict[str, Any]:
    shown = item.shown
    return {
        "patient_id": item.patient_id,
        "name": shown.name,
        "personnummer": shown.personnummer,
        "age": shown.age,
        "age_band": shown.age_band,
        "masked": shown.masked,
    }


def item_json(item: BoardItem) -> dict[str, Any]:
    data = {**patient_json(item), "reason": item.reason, "urgent": item.urgent}
    if isinstance(item, SamsaItem):
        data.update(case_id=item.case_id, status=item.status, hospital=item.hospital,
                    ward=item.ward, admitted=iso_minutes(item.admitted), pud=iso_minutes(item.pud),
                    pud_moves=item.pud_moves, ready=iso_minutes(item.ready),
                    discharged=iso_minutes(item.discharged))
    elif isinstance(item, CfsItem):
        data.update(cfs=item.cfs, cfs_label=item.cfs_label, pathway=item.pathway,
                    pathway_label=item.pathway_label, next_step=item.next_step,
                    cfs_scored_on=iso_minutes(item.cfs_scored_on), sip=item.sip,
                    sip_valid=item.sip_valid, tier=item.tier, findings=list(item.findings))
    elif isinstance(item, HomeItem):
        due = item.due_at if item.due_at is not None else item.due_on
        data.update(followup_id=item.followup_id, kind=item.kind, actor=item.actor,
                    actor_label=item.actor_label, due=iso_minutes(due), reason_code=item.reason_code,
                    overdue=item.overdue, due_today=item.due_today)
        if item.kind == "call_72h":
            data["discharged"] = iso_minutes(item.discharged)
    return data


def _exact(patient: PatientRef | None) -> bool:
    """May this board's audience see exact dates of ``patient``? Not the room, of a patient
    shown without identity (the disclosure policy's ``details``)."""
    return patient is None or patient.shown.details


def decision_json(decision: DecisionItem) -> dict[str, Any]:
    return {
        "id": decision.id,
        "what": decision.what,
        "responsible": decision.responsible,
        "due_on": iso_minutes(decision.due_on) if _exact(decision.patient) else None,
        "overdue": decision.overdue,
        "status": decision.status,
        "escalated": decision.escalated,
        "escalated_to": decision.escalated_to,
        "answer": decision.answer,
        "reviewed": decision.reviewed,
        "new_today": decision.new_today,
        "patient": {**patient_json(decision.patient), "reason": decision.what,
                    "urgent": decision.overdue} if decision.patient else None,
    }


def event_json(event: EventItem) -> dict[str, Any]:
    return {"at": iso_minutes(event.at) if _exact(event.patient) else None, "kind": event.kind,
            "text": event.text,
            "patient": {**patient_json(event.patient), "reason": event.text, "urgent": False}}


def board_json(board: Board) -> dict[str, Any]:
    return {
        "date": board.day.isoformat(),
        "health_centre": board.health_centre,
        "last_import": iso_minutes(board.last_import),
        "projector": board.room,
        "open_decisions": [decision_json(d) for d in board.open_decisions],
        "since_last_huddle": [event_json(e) for e in board.since_last_huddle],
        "lanes": {lane: [item_json(item) for item in items]
                  for lane, items in board.lanes.items()},
        "lane_notes": dict(board.lane_notes),
    }
