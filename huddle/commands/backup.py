"""``huddle backup`` and ``huddle restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from huddle.commands.common import add_db_option, db_path, print_json
from huddle.i18n import translate
from huddle.storage.backup import DatabaseSummary, backup_to, restore_from


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="säkerhetskopiera databasen (går bra medan appen är öppen)")
    add_db_option(backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FIL",
                        help="fil att skriva säkerhetskopian till")
    backup.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="återställ databasen från en säkerhetskopia (den nuvarande sparas)")
    add_db_option(restore)
    restore.add_argument("file", type=Path, metavar="FIL", help="säkerhetskopian")
    restore.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    restore.set_defaults(handler=run_restore)


def _summary_json(summary: DatabaseSummary) -> dict:
    return {"path": str(summary.path), "size_bytes": summary.size_bytes,
            "schema_steps": summary.schema_steps, "vc_name": summary.vc_name,
            "patients": summary.patients, "last_import": summary.last_import}


def run_backup(args: argparse.Namespace) -> int:
    summary = backup_to(db_path(args), args.out)
    if args.json:
        print_json({"db": str(db_path(args)), "backup": _summary_json(summary)})
    else:
        print(translate("backup", "Säkerhetskopia av {db} skriven till {out} ({size} kB, "
                                  "{patients} patienter).").format(
            db=db_path(args), out=summary.path, size=round(summary.size_bytes / 1024),
            patients=summary.patients))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    result = restore_from(args.file, db_path(args))
    kept = result.previous_kept_at
    if args.json:
        print_json({"db": str(db_path(args)), "restored": _summary_json(result.restored),
                    "previous_kept_at": str(kept) if kept else None})
        return 0
    print(translate("backup", "{db} är återställd från {file} ({vc}, {patients} patienter)."
                    ).format(db=db_path(args), file=args.file,
                             vc=result.restored.vc_name or "–",
                             patients=result.restored.patients))
    if kept:
        print(translate("backup", "Den tidigare databasen är sparad i {path}.").format(path=kept))
    return 0
