"""``huddle log``: log review (loggranskning) on the command line — who accessed which
patient, when, from which workstation, how and where in the app.

Search by patient (``--patient``: a personnummer, or words of a name; a protected identity only
by personnummer) or by user, within a date range and for one kind of access. Output as text,
JSON, CSV or, for one patient, the log extract as a PDF. The JSON is made here and nowhere
else; its keys are a contract with health centres' IT (README.md, "huddle log --json"). Every
review is itself written to the access log (place 'loggranskning'): 'visa' for the text,
'exportera' for JSON and CSV, 'skriv ut' for the extract. Files are the owner's alone.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from huddle.commands.common import add_db_option, open_configured, parse_day, print_json
from huddle.domain.access import (
    ACTION_EXPORT,
    ACTION_LABELS,
    ACTION_PRINT,
    ACTION_VIEW,
    action_label,
    place_label,
)
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.access_review import (
    LogEntry,
    LogQuery,
    LogReview,
    check_action,
    check_period,
    log_review_shown,
    search_log,
)
from huddle.storage.audit import os_user
from huddle.storage.settings import load_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    log = subparsers.add_parser(
        "log", help=translate("cli", "loggranskning: vem har tagit del av vilken patient, när och var"))
    add_db_option(log)
    log.add_argument("--patient", metavar="PNR",
                     help=translate("cli", "patientens personnummer (eller namn; skyddad identitet bara "
                          "med personnummer)"))
    log.add_argument("--user", metavar="NAMN", help=translate("cli", "användaren (inloggningsnamnet)"))
    log.add_argument("--from", dest="first", metavar=translate("cli", "ÅÅÅÅ-MM-DD"), help=translate("cli", "från och med dag"))
    log.add_argument("--to", dest="last", metavar=translate("cli", "ÅÅÅÅ-MM-DD"), help=translate("cli", "till och med dag"))
    log.add_argument("--action", metavar=translate("cli", "ÅTGÄRD"),
                     help=translate("cli", "bara en sorts åtkomst: ") + ", ".join(ACTION_LABELS))
    out = log.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=translate("cli", "skriv raderna som JSON"))
    out.add_argument("--csv", type=Path, metavar="FIL", help=translate("cli", "skriv raderna som CSV"))
    out.add_argument("--out", type=Path, metavar=translate("cli", "FIL.pdf"),
                     help=translate("cli", "skriv patientens loggutdrag som PDF (kräver --patient)"))
    log.set_defaults(handler=run_log)


def query_of(args: argparse.Namespace) -> LogQuery:
    first = parse_day(args.first) if args.first else None
    last = parse_day(args.last) if args.last else None
    check_period(first, last)
    check_action(args.action)
    return LogQuery(patient=args.patient or "", user=args.user or "", first=first, last=last,
                    action=args.action or None)


def run_log(args: argparse.Namespace) -> int:
    query = query_of(args)
    if args.out is not None:
        if not query.patient.strip():
            raise InputError(translate(
                "log_review", "Ett loggutdrag gäller en patient: ange --patient med "
                              "patientens personnummer."))
        if args.out.suffix.lower() != ".pdf":
            raise InputError(translate(
                "log_review", "Filen {out} ska sluta på .pdf, till exempel --out "
                              "loggutdrag.pdf.").format(out=args.out))
    db = open_configured(args)
    try:
        review = search_log(db, query)
        if args.out is not None:
            _write_extract(db, review, args.out)
        elif args.csv is not None:
            from huddle.reports.log_csv import log_csv, write_log_file

            write_log_file(args.csv, log_csv(review))
            log_review_shown(db, review, action=ACTION_EXPORT, detail="log csv")
        else:
            log_review_shown(db, review, action=ACTION_EXPORT if args.json else ACTION_VIEW,
                             detail="log json" if args.json else "log text")
    finally:
        db.close()
    if args.json:
        print_json(review_json(review))
    elif args.out is not None:
        print(translate("log_review", "Loggutdraget skrivet till {path}: {rows} rader.").format(
            path=args.out, rows=review.totals.rows))
    elif args.csv is not None:
        print(translate("log_review", "Loggen skriven till {path}: {rows} rader.").format(
            path=args.csv, rows=review.totals.rows))
    else:
        _print_text(review)
    return 0


def _write_extract(db, review: LogReview, path: Path) -> None:
    if review.patient is None:
        if not review.patients:
            raise InputError(translate(
                "log_review", "Ingen patient i registret passar sökningen. Sök på "
                              "personnummer."))
        raise InputError(translate(
            "log_review", "Sökningen passar {n} patienter; ett loggutdrag gäller en. Sök på "
                          "personnummer.").format(n=len(review.patients)))
    from huddle.reports.log_csv import write_log_file
    from huddle.reports.log_extract import render_log_extract  # reportlab: ~150 ms

    made_at = datetime.now()
    write_log_file(path, render_log_extract(
        review, health_centre=load_settings(db).vc_name or "", made_at=made_at,
        made_by=os_user()))
    log_review_shown(db, review, action=ACTION_PRINT, detail="log extract pdf")


def _print_text(review: LogReview) -> None:
    for entry in review.entries:
        patient = entry.personnummer or entry.patient or "–"
        if entry.personnummer and entry.patient:
            patient = f"{entry.patient} ({entry.personnummer})"
        print(f"{entry.at:%Y-%m-%d %H:%M}  {entry.user}  {entry.workstation or '–'}  "
              f"{action_label(entry.action)}  {place_label(entry.place)}  {patient}")
    totals = review.totals
    if not totals.rows:
        print(translate("log_review", "Inga rader i loggen passar sökningen."))
        return
    counts = ", ".join(f"{action_label(action).lower()} {n}" for action, n in totals.by_action)
    rows = translate("log_review", "{n} rader").format(n=totals.rows) if totals.rows != 1 \
        else translate("log_review", "1 rad")
    patients = translate("log_review", "{n} patienter").format(n=totals.patients) \
        if totals.patients != 1 else translate("log_review", "1 patient")
    print(translate("log_review", "\n{rows} ({counts}); {users} användare, {patients}.").format(
        rows=rows, counts=counts, users=totals.users, patients=patients))


# ---------------------------------------------------------------- the JSON contract


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def entry_json(entry: LogEntry) -> dict[str, Any]:
    return {
        "at": _moment(entry.at),
        "user": entry.user,
        "workstation": entry.workstation,
        "action": entry.action,
        "where": entry.place,
        "patient": entry.personnummer,
        "patient_id": entry.patient_id,
        "name": entry.patient,
        "protected": entry.protected,
        "detail": entry.detail,
    }


def review_json(review: LogReview) -> dict[str, Any]:
    query, totals = review.query, review.totals
    return {
        "query": {"patient": query.patient or None, "user": query.user or None,
                  "from": _day(query.first), "to": _day(query.last), "action": query.action},
        "rows": [entry_json(entry) for entry in review.entries],
        "totals": {"rows": totals.rows, "by_action": dict(totals.by_action),
                   "users": totals.users, "patients": totals.patients,
                   "first": _moment(totals.first), "last": _moment(totals.last)},
    }
