"""``huddle board``: today's board as data."""

from __future__ import annotations

import argparse

from huddle.commands.common import add_db_option, open_configured, parse_day, print_json
from huddle.domain.board import LANE_TITLES
from huddle.i18n import translate
from huddle.storage.audit import log_access
from huddle.storage.board_data import load_board


def register(subparsers: argparse._SubParsersAction) -> None:
    board = subparsers.add_parser("board", help="dagens tavla")
    add_db_option(board)
    board.add_argument("--date", metavar="ÅÅÅÅ-MM-DD", help="dag (standard: i dag)")
    board.add_argument("--json", action="store_true", help="skriv tavlan som JSON")
    board.add_argument("--projector", action="store_true",
                       help="som på projektorn: patienter utan samtycke maskeras")
    board.set_defaults(handler=run_board)


def run_board(args: argparse.Namespace) -> int:
    day = parse_day(args.date)
    db = open_configured(args)
    try:
        board = load_board(db, day, projector=args.projector)
        with db.atomic():
            log_access(db, "board_export" if args.json else "board_text", None,
                       f"{day.isoformat()} projector={args.projector}")
    finally:
        db.conn.close()
    if args.json:
        print_json(board.to_json())
        return 0
    print(f"{board.health_centre} – {day.isoformat()}")
    for lane, items in board.lanes.items():
        title = translate("board", LANE_TITLES.get(lane, lane))
        print(f"\n{title} ({len(items)})")
        for item in items:
            print(f"  {item.name} ({item.age or '?'} år): {item.reason}")
            if item.extra.get("next_step"):
                print(f"    → {item.extra['next_step']}")
        if board.lane_notes.get(lane):
            print(f"  {board.lane_notes[lane]}")
    return 0
