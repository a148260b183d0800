"""``huddle actions``: each organisation's open decisions, follow-ups at home and 72-hour
calls for the day, as text, JSON or an A4 PDF (one page per organisation).

The JSON is made here, from the typed lists, and nowhere else; its keys are a contract with
health centres' IT (README.md, "huddle actions --json"). Every output names patients as the
disclosure policy allows for a list handed to an organisation, and writes the access log: one
row per patient listed (place 'åtgärdslista'; 'skriv ut' for the PDF, 'exportera' for JSON,
'visa' for the text).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from huddle.commands.common import add_db_option, open_configured, parse_day, print_json
from huddle.domain.access import ACTION_EXPORT, ACTION_PRINT, ACTION_VIEW
from huddle.domain.actions import Action, ActionList
from huddle.domain.dates import weekday_date
from huddle.domain.roles import ORGANISATION_ORDER
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.actions import load_actions, log_actions_listed


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = subparsers.add_parser(
        "actions", help=translate("cli", "dagens åtgärder per organisation (text, JSON eller PDF)"))
    add_db_option(actions)
    actions.add_argument("--date", metavar=translate("cli", "ÅÅÅÅ-MM-DD"), help=translate("cli", "dag (standard: i dag)"))
    actions.add_argument("--org", metavar="ORG",
                         help="bara en organisation: " + ", ".join(ORGANISATION_ORDER))
    actions.add_argument("--json", action="store_true", help=translate("cli", "skriv listorna som JSON"))
    actions.add_argument("--out", type=Path, metavar=translate("cli", "FIL.pdf"),
                         help=translate("cli", "skriv en PDF, en A4-sida per organisation"))
    actions.set_defaults(handler=run_actions)


def run_actions(args: argparse.Namespace) -> int:
    day = parse_day(args.date)
    if args.org is not None and args.org not in ORGANISATION_ORDER:
        raise InputError(translate(
            "actions", "Organisationen {org} finns inte. Välj en av: {choices}.").format(
            org=repr(args.org), choices=", ".join(ORGANISATION_ORDER)))
    if args.out and args.out.suffix.lower() != ".pdf":
        raise InputError(translate(
            "actions", "Filen {out} ska sluta på .pdf, till exempel --out atgarder-{day}.pdf."
        ).format(out=args.out, day=day.isoformat()))
    db = open_configured(args)
    try:
        actions = load_actions(db, day)
        # JSON and text list every organisation (or --org); the PDF has a page for each
        # organisation present at the day's huddle (or --org).
        listed = [args.org] if args.org else list(ORGANISATION_ORDER)
        printed = [page.organisation for page in actions.pages([args.org] if args.org else None)]
        if args.out:
            # reportlab: ~150 ms
            from huddle.reports.actions_pdf import render_actions_pdf, write_action_list

            write_action_list(args.out, render_actions_pdf(
                actions, organisations=printed, made_at=datetime.now()))
            log_actions_listed(db, actions, printed, action=ACTION_PRINT, detail="actions pdf")
        if args.json:
            log_actions_listed(db, actions, listed, action=ACTION_EXPORT, detail="actions json")
        elif not args.out:
            log_actions_listed(db, actions, listed, action=ACTION_VIEW, detail="actions text")
    finally:
        db.close()
    if args.json:
        print_json(actions_json(actions, listed))
    elif args.out:
        names = ", ".join(page.label for page in actions.pages(printed)) or "–"
        print(translate("actions", "Åtgärderna skrivna till {path}, en sida var för: {names}."
                        ).format(path=args.out, names=names))
    else:
        _print_text(actions, listed)
    return 0


def _print_text(actions: ActionList, organisations: list[str]) -> None:
    print(f"{actions.health_centre} – {weekday_date(actions.day).lower()}")
    for page in actions.pages(organisations):
        print(f"\n{page.label} ({len(page.actions)})")
        for action in page.actions:
            late = translate("actions", "FÖRSENAD") + " " if action.overdue else ""
            patient = action.patient or "–"
            print(f"  {patient}: {action.what} – {action.responsible} – {late}{action.due_text}")


# ---------------------------------------------------------------- the JSON contract


def _due(action: Action) -> str | None:
    if action.due_at is not None:
        return action.due_at.isoformat(timespec="minutes")
    return action.due_on.isoformat() if action.due_on else None


def action_json(action: Action) -> dict[str, Any]:
    return {
        "kind": action.kind,
        "id": action.id,
        "patient": action.patient,
        "personnummer": action.personnummer,
        "masked": action.masked,
        "identity_note": action.identity_note,
        "what": action.what,
        "responsible": action.responsible,
        "due": _due(action),
        "due_text": action.due_text,
        "overdue": action.overdue,
        "escalated": action.escalated,
        "awaiting_answer": action.awaiting_answer,
        "escalation_question": action.escalation_question,
        "escalation_answer": action.escalation_answer,
    }


def actions_json(actions: ActionList, organisations: list[str] | None = None
                 ) -> dict[str, Any]:
    chosen = organisations or list(ORGANISATION_ORDER)
    pages = actions.pages(chosen)
    return {
        "date": actions.day.isoformat(),
        "health_centre": actions.health_centre,
        "present": [org for org in actions.present if org in chosen],
        "organisations": {page.organisation: [action_json(a) for a in page.actions]
                          for page in pages},
        "organisation_labels": {page.organisation: page.label for page in pages},
    }
