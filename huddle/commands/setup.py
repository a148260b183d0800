"""``huddle init`` and ``huddle demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

from huddle.commands.common import add_db_option, db_path, print_json
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.database import open_database
from huddle.storage.settings import save_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser("init", help=translate("cli", "ställ in vårdcentralen i en databas"))
    add_db_option(init)
    init.add_argument("--vc", required=True, metavar="NAMN", help=translate("cli", "vårdcentralens namn"))
    # Left out, --alias and --kommun keep what the database has: running init again to correct
    # the name must not drop the spellings that bring this health centre's rows in.
    init.add_argument("--alias", action="append", default=None, metavar="NAMN",
                      help=translate("cli", "annan stavning i SAMSA-exporter (kan anges flera gånger)"))
    init.add_argument("--kommun", default=None, metavar="NAMN", help=translate("cli", "kommun"))
    init.add_argument("--json", action="store_true", help=translate("cli", "skriv inställningarna som JSON"))
    init.set_defaults(handler=run_init)

    demo = subparsers.add_parser("demo", help=translate("cli", "skriv en demodatabas (påhittade personer)"))
    demo.add_argument("--out", type=Path, required=True, metavar="FIL")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--days", type=int, default=90)
    demo.add_argument("--today", help=argparse.SUPPRESS)
    demo.add_argument("--size", choices=("standard", "large"), default="standard",
                      help=translate("cli", "standard: 120 patienter och 90 dagar; large: en stor vårdcentral "
                           "med 20 000 listade patienter och fem års historik (för mätningar)"))
    demo.add_argument("--patients", type=int, metavar="ANTAL",
                      help=translate("cli", "en stor vårdcentral med så här många listade patienter "
                           "(100–200 000)"))
    demo.add_argument("--years", type=int, default=5, metavar=translate("cli", "ÅR"),
                      help=translate("cli", "år av historik för en stor vårdcentral (1–10)"))
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace) -> int:
    name = " ".join(args.vc.split())
    if not name:
        raise InputError(translate("setup", 'Vårdcentralens namn får inte vara tomt.'))
    given: dict[str, object] = {"vc_name": name}
    if args.alias is not None:
        given["vc_aliases"] = [" ".join(a.split()) for a in args.alias if a.strip()]
    if args.kommun is not None:
        given["kommun"] = " ".join(args.kommun.split())
    db = open_database(db_path(args), check=True)
    try:
        settings = save_settings(db, **given)
    finally:
        db.conn.close()
    if args.json:
        print_json({"vc_name": settings.vc_name, "vc_aliases": settings.vc_aliases,
                    "kommun": settings.kommun, "db": str(db_path(args))})
    else:
        print(translate("setup", "{name} är inställd i {path}.").format(
            name=settings.vc_name, path=db_path(args)))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from huddle.commands.common import parse_day
    from huddle.demo import write_demo

    if args.days < 1 or args.days > 3650:
        raise InputError(translate("setup", '--days måste vara mellan 1 och 3650.'))
    today = parse_day(args.today)
    _refuse_to_replace_real_data(args.out)
    if args.size == "large" or args.patients is not None:
        return _run_large_demo(args, today)
    summary = write_demo(args.out, seed=args.seed, days=args.days,
                         today=today)
    print(translate("setup", "Demodatabas skriven till {path}: {summary}.").format(
        path=args.out, summary=summary))
    return 0


def _run_large_demo(args: argparse.Namespace, today) -> int:
    import time

    from huddle.demo.large import LARGE, write_large_demo

    patients = LARGE.patients if args.patients is None else args.patients
    if not 100 <= patients <= 200_000:
        raise InputError(translate("setup", "--patients måste vara mellan 100 och 200 000."))
    if not 1 <= args.years <= 10:
        raise InputError(translate("setup", "--years måste vara mellan 1 och 10."))
    started = time.monotonic()

    def progress(text: str) -> None:
        print(f"  {time.monotonic() - started:5.1f} s  {text}", flush=True)

    summary = write_large_demo(args.out, patients=patients, years=args.years, seed=args.seed,
                               today=today, progress=progress)
    print(translate("setup", "Demodatabas skriven till {path} på {seconds:.0f} s: {summary}.")
          .format(path=args.out, seconds=time.monotonic() - started, summary=summary))
    return 0


def _refuse_to_replace_real_data(path: Path) -> None:
    """The demo replaces the file at --out; only an empty file or an earlier demo may go."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    from huddle.storage.database import real_patients_in

    real = real_patients_in(path)
    if real is None:
        raise InputError(
            translate("setup", 'Filen {path} finns redan och är ingen demodatabas, så den skrivs inte över. Välj ett annat filnamn för demot.').format(path=path)
        )
    if real:
        raise InputError(
            translate("setup", 'Databasen {path} innehåller {real} riktiga patienter och skrivs inte över av demot. Välj ett annat filnamn för demot.').format(path=path, real=real)
        )
