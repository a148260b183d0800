"""``huddle backup`` and ``huddle restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from huddle.commands.common import add_db_option, db_path, print_json
from huddle.errors import DatabaseError, InputError
from huddle.i18n import translate
from huddle.paths import backup_dir_for
from huddle.storage.backup import (
    DatabaseSummary,
    backup_to,
    ensure_daily_backup,
    restore_from,
)
from huddle.storage.database import open_database
from huddle.storage.settings import save_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help=translate("cli", "säkerhetskopiera databasen (går bra medan appen är öppen)"))
    add_db_option(backup)
    backup.add_argument("--out", type=Path, metavar="FIL",
                        help=translate("cli", "fil att skriva säkerhetskopian till"))
    backup.add_argument("--daily", action="store_true",
                        help=translate("cli", "ta dagens automatiska säkerhetskopia nu (om den inte finns) och "
                             "rensa gamla, som appen gör när den startar"))
    backup.add_argument("--keep-daily", type=int, metavar="ANTAL",
                        help=translate("cli", "hur många automatiska dagliga säkerhetskopior som sparas "
                             "(0 stänger av dem)"))
    backup.add_argument("--json", action="store_true", help=translate("cli", "skriv resultatet som JSON"))
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help=translate("cli", "återställ databasen från en säkerhetskopia (den nuvarande sparas)"))
    add_db_option(restore)
    restore.add_argument("file", type=Path, metavar="FIL", help=translate("cli", "säkerhetskopian"))
    restore.add_argument("--json", action="store_true", help=translate("cli", "skriv resultatet som JSON"))
    restore.set_defaults(handler=run_restore)


def _summary_json(summary: DatabaseSummary) -> dict:
    return {"path": str(summary.path), "size_bytes": summary.size_bytes,
            "schema_steps": summary.schema_steps, "vc_name": summary.vc_name,
            "patients": summary.patients, "last_import": summary.last_import}


def run_backup(args: argparse.Namespace) -> int:
    if args.out is None and not args.daily and args.keep_daily is None:
        raise InputError(translate("backup", "Ange --out FIL för en säkerhetskopia, --daily för dagens "
                            "automatiska eller --keep-daily ANTAL för hur många som sparas."))
    result: dict = {"db": str(db_path(args))}
    if args.keep_daily is not None:
        result["keep_daily"] = _set_kept(db_path(args), args.keep_daily)
        if not args.json:
            print(translate("backup", "{n} automatiska dagliga säkerhetskopior sparas i {folder}.").format(
                n=args.keep_daily, folder=backup_dir_for(db_path(args))) if args.keep_daily
                else translate("backup", "Automatiska dagliga säkerhetskopior är avstängda."))
    if args.out is not None:
        summary = backup_to(db_path(args), args.out)
        result["backup"] = _summary_json(summary)
        if not args.json:
            print(translate("backup", "Säkerhetskopia av {db} skriven till {out} ({size} kB, "
                     "{patients} patienter).").format(
                db=db_path(args), out=summary.path, size=round(summary.size_bytes / 1024),
                patients=summary.patients))
    if args.daily:
        daily = ensure_daily_backup(db_path(args))
        if daily.error:
            raise DatabaseError(daily.error)
        result["daily"] = {"path": str(daily.path) if daily.path else None,
                           "created": daily.created,
                           "removed": [str(path) for path in daily.removed]}
        if not args.json:
            if daily.path is None:
                print(translate("backup", "Automatiska dagliga säkerhetskopior är avstängda."))
            else:
                print((translate("backup", "Dagens säkerhetskopia skriven till {path}.") if daily.created
                       else translate("backup", "Dagens säkerhetskopia fanns redan: {path}.")).format(
                    path=daily.path))
    if args.json:
        print_json(result)
    return 0


def _set_kept(path: Path, kept: int) -> int:
    if kept < 0 or kept > 366:
        raise InputError(translate("backup", "--keep-daily ska vara mellan 0 och 366."))
    if not path.is_file():
        raise InputError(translate("backup", "Databasen {path} finns inte.").format(path=path))
    db = open_database(path)
    try:
        save_settings(db, auto_backups_kept=kept)
    finally:
        db.conn.close()
    return kept


def run_restore(args: argparse.Namespace) -> int:
    result = restore_from(args.file, db_path(args))
    kept = result.previous_kept_at
    if args.json:
        print_json({"db": str(db_path(args)), "restored": _summary_json(result.restored),
                    "previous_kept_at": str(kept) if kept else None})
        return 0
    print(translate("backup", "{db} är återställd från {file} ({vc}, {patients} patienter).").format(
        db=db_path(args), file=args.file, vc=result.restored.vc_name or "–",
        patients=result.restored.patients))
    if kept:
        print(translate("backup", "Den tidigare databasen är sparad i {path}.").format(path=kept))
    return 0
