"""``huddle report weekly|monthly|quarterly|yearly``: the summaries managers print, as PDF,
JSON or CSV."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from huddle.commands.common import add_db_option, open_configured, parse_moment, print_json
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.private_files import refuse_special_target
from huddle.reports.compute import compute_summary
from huddle.reports.files import report_file_name, write_report_file
from huddle.reports.made import report_made
from huddle.reports.pdf import render_pdf, report_title
from huddle.reports.period import (
    MONTHLY,
    QUARTERLY,
    WEEKLY,
    YEARLY,
    Period,
    last_ended,
    parse_month,
    parse_quarter,
    parse_week,
    parse_year,
)
from huddle.reports.regional import regional_csv
from huddle.reports.summary import Summary
from huddle.storage.settings import load_settings
from huddle.storage.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser(
        "report", help=translate("cli", "vecko-, månads-, kvartals- och årssammanställning för chefer "
                       "(PDF, JSON, CSV)"))
    kinds = report.add_subparsers(dest="report_kind", metavar="SORT", required=True)

    weekly = kinds.add_parser("weekly", help=translate("cli", "veckosammanställning"))
    weekly.add_argument("--week", metavar=translate("cli", "ÅÅÅÅ-Wvv"),
                        help=translate("cli", "vecka, till exempel 2026-W47 (standard: senast avslutade veckan)"))
    monthly = kinds.add_parser("monthly", help=translate("cli", "månadssammanställning"))
    monthly.add_argument("--month", metavar=translate("cli", "ÅÅÅÅ-MM"),
                         help=translate("cli", "månad, till exempel 2026-11 (standard: förra månaden)"))
    quarterly = kinds.add_parser("quarterly", help=translate("cli", "kvartalssammanställning"))
    quarterly.add_argument("--quarter", metavar=translate("cli", "ÅÅÅÅ-Qn"),
                           help=translate("cli", "kvartal, till exempel 2026-Q4 (standard: förra kvartalet)"))
    yearly = kinds.add_parser("yearly", help=translate("cli", "årssammanställning"))
    yearly.add_argument("--year", metavar=translate("cli", "ÅÅÅÅ"),
                        help=translate("cli", "år, till exempel 2026 (standard: förra året)"))
    for parser, kind in ((weekly, WEEKLY), (monthly, MONTHLY), (quarterly, QUARTERLY),
                         (yearly, YEARLY)):
        add_db_option(parser)
        parser.add_argument("--out", type=Path, metavar=translate("cli", "FIL.pdf"), help=translate("cli", "skriv rapporten som PDF"))
        parser.add_argument("--json", action="store_true",
                            help=translate("cli", "skriv siffrorna bakom rapporten som JSON"))
        add_csv_option(parser)
        parser.add_argument("--now", help=argparse.SUPPRESS)
        parser.set_defaults(handler=run_report, kind=kind)
    register_area(kinds)


def register_area(kinds: argparse._SubParsersAction) -> None:
    area = kinds.add_parser(
        "area", help=translate("cli", "områdesrapport: flera vårdcentralers regionala CSV-filer sida vid sida"))
    area.add_argument("files", nargs="+", type=Path, metavar=translate("cli", "FIL.csv"),
                      help=translate("cli", "vårdcentralernas exporter (huddle report ... --csv), samma period"))
    area.add_argument("--out", type=Path, metavar=translate("cli", "FIL.pdf"), help=translate("cli", "skriv rapporten som PDF"))
    area.add_argument("--json", action="store_true",
                      help=translate("cli", "skriv områdets siffror som JSON"))
    area.add_argument("--now", help=argparse.SUPPRESS)
    area.set_defaults(handler=run_area)


def run_area(args: argparse.Namespace) -> int:
    """``huddle report area``: no database, only the health centres' regional exports."""
    from huddle.reports.area import combine
    from huddle.reports.area_pdf import area_title, render_area_pdf

    if args.out and args.out.suffix.lower() != ".pdf":
        raise InputError(translate("report", 'Filen {out} ska sluta på .pdf, till exempel --out {value}.').format(out=args.out, value="omradesrapport.pdf"))
    check_targets(args.out)
    report = combine(args.files, parse_moment(args.now))
    out = args.out
    if out is None and not args.json:
        out = Path(f"omradesrapport-{report.period_key}.pdf")
    if out is not None:
        write_report_file(out, render_area_pdf(report))
    if args.json:
        print_json(report.to_json())
    elif out is not None:
        print(translate("report", "{title} {period} ({count} vårdcentraler) skriven till {path}.")
              .format(title=area_title(), period=report.label, count=len(report.centres),
                      path=out))
    return 0


def add_csv_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--csv", type=Path, metavar=translate("cli", "FIL.csv"),
                        help=translate("cli", "skriv periodens mått, ett mått per rad, för områdesrapporten "
                             "och regionens BI"))


def write_regional_file(db: Store, summary: Summary, path: Path) -> None:
    """The regional CSV of ``summary``, with the health centre's code from the settings."""
    code = load_settings(db).health_centre_code
    write_report_file(path, regional_csv(summary, " ".join(str(code).split())))


def check_targets(*paths: Path | None) -> None:
    """Refuse a link, device or pipe as an output before any work is done or file written."""
    for path in paths:
        if path is not None:
            refuse_special_target(path)


_PERIOD_OPTIONS = {WEEKLY: ("week", parse_week), MONTHLY: ("month", parse_month),
                   QUARTERLY: ("quarter", parse_quarter), YEARLY: ("year", parse_year)}


def _period(args: argparse.Namespace, today: date) -> Period:
    option, parse = _PERIOD_OPTIONS[args.kind]
    text = getattr(args, option, None)
    return parse(text) if text else last_ended(args.kind, today)


def _default_name(period: Period) -> Path:
    return Path(report_file_name(period))


def run_report(args: argparse.Namespace) -> int:
    now = parse_moment(args.now)
    period = _period(args, now.date())
    csv_path = getattr(args, "csv", None)
    if args.out and args.out.suffix.lower() != ".pdf":
        raise InputError(translate("report", 'Filen {out} ska sluta på .pdf, till exempel --out {value}.').format(out=args.out, value=_default_name(period)))
    check_targets(args.out, csv_path)
    db = open_configured(args)
    summary = compute_summary(db, period, now)
    out = args.out
    if out is None and not args.json and csv_path is None:
        out = _default_name(period)
    written = []
    if out is not None:
        write_report_file(out, render_pdf(summary))
        written.append(("pdf", out))
    if csv_path is not None:
        write_regional_file(db, summary, csv_path)
        written.append(("csv", csv_path))
    formats = [kind for kind, _ in written] + (["json"] if args.json else [])
    report_made(db, summary, "+".join(formats))
    if args.json:
        print_json(summary.to_json())
        return 0
    for kind, path in written:
        if kind == "pdf":
            print(translate("report", "{title} {period} skriven till {path}.").format(
                title=report_title(summary), period=period.label, path=path))
        else:
            print(translate("report", "Måtten för {period} skrivna till {path}, ett mått per rad.")
                  .format(period=period.label, path=path))
    return 0
