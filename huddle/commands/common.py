"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from huddle.errors import InputError
from huddle.i18n import translate
from huddle.paths import default_db_path
from huddle.storage.database import open_current, open_database, open_read_only
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help=translate("cli", "databasfil (standard: i användarens datamapp)"))


def db_path(args: argparse.Namespace) -> Path:
    return getattr(args, "db", None) or default_db_path()


def open_configured(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """Open the database and insist that the health centre has been set up. ``read_only``
    for what shows no patient and writes nothing: it also works where the file cannot be
    written."""
    path = db_path(args)
    if not path.exists():
        raise InputError(
            translate("common", 'Databasen {path} finns inte. Skapa den med \'huddle init --db {path} --vc "Vårdcentralens namn"\' eller prova på en demodatabas: \'huddle demo --out demo.sqlite\', sedan --db demo.sqlite.').format(path=path)
        )
    # An up-to-date database opens the fast way (no sqlite-utils, as the app starts); any
    # other goes through open_database, which migrates, refuses or explains.
    db = open_read_only(path) if read_only else (open_current(path) or open_database(path))
    if not load_settings(db).configured:
        db.conn.close()
        raise InputError(
            translate("common", 'Vårdcentralen är inte inställd i {path}. Kör \'huddle init --db {path} --vc "Vårdcentralens namn"\' först.').format(path=path)
        )
    return db


def parse_day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(
            translate("common", 'Datumet {text} finns inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-23.').format(text=repr(text))
        ) from None


def parse_moment(text: str | None) -> datetime:
    """The moment ``text`` names, or now (to the minute) when it names none."""
    return optional_moment(text) or datetime.now().replace(second=0, microsecond=0)


def optional_moment(text: str | None) -> datetime | None:
    """The moment ``text`` names, or ``None`` when it names none: the caller decides the
    default (``huddle import`` lets the export's own "Utdrag …" line decide)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            translate("common", 'Tidpunkten {text} går inte att läsa. Skriv den som ÅÅÅÅ-MM-DDTHH:MM, till exempel 2026-11-23T06:00.').format(text=repr(text))
        ) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
