"""Opening the database: pragmas, migrations, version checks and backups before migrating."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from huddle.errors import DatabaseError
from huddle.i18n import translate
from huddle.paths import migrations_dir
from huddle.private_files import create_private_file, private_dir, tidy_at_start
from huddle.storage.location import network_file_system, read_only_reason
from huddle.storage.store import (
    KIND_CANT_OPEN,
    KIND_DAMAGED,
    KIND_NETWORK,
    KIND_READ_ONLY,
    Store,
    known_database_error,
    message_for,
)

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

# sqlite-utils takes about 100 ms to import, as long as a bare Qt window takes to appear. The
# app paints its first board through a plain sqlite3 connection (open_current) and imports
# sqlite-utils afterwards, so it is imported inside the functions that need it.
log = logging.getLogger(__name__)

MIGRATION_SET = "huddle"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils.migrations.Migrations.migrations_table


def _split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (triggers included)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        statements.append(buffer.strip())
    return statements


def migration_files() -> list[Path]:
    files = sorted(migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql"))
    if not files:
        # A broken installation; an empty schema would only fail later, and less clearly.
        raise DatabaseError(
            translate("database", 'Huddles databasschema saknas ({value}). Installationen är ofullständig; installera om Huddle eller kontakta IT.').format(value=migrations_dir())
        )
    return files


def build_migrations() -> Migrations:
    """One migration per ``db/migrations/NNNN_name.sql``, named by its file name."""
    from sqlite_utils.migrations import Migrations

    assert Migrations.migrations_table == MIGRATIONS_TABLE
    migrations = Migrations(MIGRATION_SET)
    for path in migration_files():
        statements = _split_statements(path.read_text(encoding="utf-8"))

        def apply(db: sqlite_utils.Database, statements: list[str] = statements) -> None:
            for statement in statements:
                db.execute(statement)
            # Inside the step's transaction, so the version moves with the schema or not at all.
            _set_user_version(db, _applied_count(db) + 1)

        migrations(name=path.stem)(apply)
    return migrations


def schema_version(db: Store | sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _applied_count(db: sqlite_utils.Database) -> int:
    return db.execute(
        f"SELECT count(*) FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()[0]


def _set_user_version(db: sqlite_utils.Database, version: int) -> None:
    db.execute(f"PRAGMA user_version = {int(version)}")


def _foreign_tables(db: sqlite_utils.Database) -> list[str]:
    """Tables in a file where no Huddle step has run: another program's database."""
    return [name for name in db.table_names()
            if name != MIGRATIONS_TABLE and not name.startswith("sqlite_")]


def _raw_connect(path: Path) -> sqlite3.Connection:
    if str(path) != ":memory:":
        if not path.exists():
            # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
            create_private_file(path)
        tidy_at_start(path)
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _connect(path: Path) -> Store:
    try:
        return Store(_raw_connect(path), None if str(path) == ":memory:" else path)
    except sqlite3.Error as exc:
        raise _known(exc, path) from exc
    except OSError as exc:
        raise DatabaseError(message_for(KIND_CANT_OPEN, path), kind=KIND_CANT_OPEN) from exc


def _known(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """The user's kind of failure; anything else is a bug and goes on unchanged to the crash
    handler (the command line's traceback), with its traceback in the log."""
    known = known_database_error(exc, path)
    if known is None:
        raise exc
    return known


def refuse_unusable_place(path: Path | str) -> None:
    """Refuse a database on a network file system, with a sentence that says why and what
    to do (huddle.storage.location)."""
    if str(path) == ":memory:":
        return
    network = network_file_system(path)
    if network is not None:
        raise DatabaseError(translate(
            "database", "Databasen {path} ligger på en nätverksenhet ({kind}). Där kan SQLite "
            "skada databasen (låsningen är inte pålitlig och loggen för skrivningar fungerar "
            "inte), så Huddle öppnar den inte. Flytta databasen till en lokal disk, helst "
            "standardplatsen i din profil, och öppna den därifrån; IT kan hjälpa till. Filen "
            "har inte ändrats.").format(path=path, kind=network), kind=KIND_NETWORK)


def refuse_read_only(path: Path | str) -> None:
    """Refuse a database Huddle cannot write, saying why: every display of patients writes
    the access log, so a database that cannot be written cannot be shown either."""
    reason = read_only_reason(path)
    if reason is None:
        return
    where = (translate("database", "filen eller disken är skrivskyddad") if reason == "file"
             else translate("database", "mappen {folder} går inte att skriva i").format(
                 folder=Path(path).parent))
    raise DatabaseError(translate(
        "database", "Databasen {path} kan bara läsas ({where}). Huddle skriver i databasen "
        "varje gång en patient visas (åtkomstloggen) och när något ändras, så den kan inte "
        "öppnas här. Be IT om skrivrätt till filen och mappen, eller ta en kopia med "
        "'huddle backup --out FIL' och öppna kopian. Filen har inte ändrats.").format(
            path=path, where=where), kind=KIND_READ_ONLY)


def open_read_only(path: Path | str) -> Store:
    """An up-to-date Huddle database opened for reading only, for what shows no patient and
    writes nothing (the settings, a backup): also where the file cannot be written. Refuses
    what :func:`open_database` refuses; a database that needs a schema upgrade cannot be
    read this way and is refused with :func:`refuse_read_only`'s sentence."""
    path = Path(path)
    refuse_unusable_place(path)
    if not path.is_file():
        raise DatabaseError(message_for(KIND_CANT_OPEN, path), kind=KIND_CANT_OPEN)
    try:
        conn = connect_read_only(path)
        applied = [row[0] for row in conn.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
    except sqlite3.Error as exc:
        raise _known(exc, path) from exc
    if sorted(applied) != [f.stem for f in migration_files()]:
        conn.close()
        if read_only_reason(path) is None:
            return open_database(path)
        refuse_read_only(path)
    return Store(conn, path)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a file that must exist. Where the folder cannot be written
    and no write-ahead log is open beside the file (a read-only share or medium), SQLite
    cannot make its shared-memory file: the file is then read as immutable."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    companions = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    if read_only_reason(path) is not None and not any(c.exists() for c in companions):
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def open_current(path: Path | str) -> Store | None:
    """An up-to-date Huddle database, or ``None``.

    The fast way in for the app's start: no sqlite-utils import. ``None`` means "use
    :func:`open_database`", which creates, migrates, refuses or explains.
    """
    path = Path(path)
    if not path.is_file() or read_only_reason(path) or network_file_system(path):
        return None  # open_database says why
    try:
        conn = _raw_connect(path)
    except (sqlite3.DatabaseError, OSError):
        return None
    try:
        applied = [row[0] for row in conn.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
        files = [f.stem for f in migration_files()]
        # Every step applied is up to date, whatever order they ran in (steps numbered by
        # parallel work may land in another order than their numbers).
        if sorted(applied) != files or \
                conn.execute("PRAGMA user_version").fetchone()[0] != len(files):
            conn.close()
            return None
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError:
        conn.close()
        return None
    return Store(conn, path)


def describe_sqlite_error(exc: Exception, path: Path | str | None = None) -> str:
    """A Swedish sentence for an SQLite failure met while copying or inspecting a file (the
    backup code works on raw connections) when it is the user's kind; any other failure is a
    bug and is raised again as it is, for the crash handler."""
    known = known_database_error(exc, path)
    if known is None:
        raise exc
    return known.message


def _backup_before_migration(path: Path, applied: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.fore-migrering-v{applied}-{stamp}{path.suffix}")
    create_private_file(target)
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def open_database(path: Path | str, *, migrate: bool = True, check: bool = False) -> Store:
    """Open (and create or migrate) the database at ``path``.

    Refuses a database written by a newer release of Huddle and another program's SQLite
    file. Before pending migrations run on an existing database, the file is copied aside
    with SQLite's backup API. sqlite-utils runs the migrations (its ``Migrations``) over the
    same connection; everything else uses the returned :class:`Store`.

    Also refuses a file on a network file system, a file that cannot be written, and, with
    ``check`` (``huddle init``, before it writes), a damaged file.
    """
    import sqlite_utils

    path_str = str(path)
    in_memory = path_str == ":memory:"
    if not in_memory:
        refuse_unusable_place(path)
        refuse_read_only(path)
        try:
            if not Path(path).parent.is_dir():
                private_dir(Path(path).parent)
        except OSError as exc:
            raise DatabaseError(
                translate("database", 'Mappen för databasen {path_str} kunde inte skapas ({strerror}). Välj en annan plats eller kontrollera behörigheterna.').format(path_str=path_str, strerror=exc.strerror)
            ) from exc
    store = _connect(Path(path_str))
    db = sqlite_utils.Database(store.conn)
    try:
        migrations = build_migrations()
        known = {m.name for m in migrations._migrations}
        applied = [m.name for m in migrations.applied(db)]
        unknown = [name for name in applied if name not in known]
        if unknown:
            store.close()
            raise DatabaseError(
                translate("database", 'Databasen {path_str} är skapad av en nyare version av Huddle (schemasteg {value}). Uppdatera Huddle för att öppna den; filen har inte ändrats.').format(path_str=path_str, value=', '.join(unknown))
            )
        version = schema_version(store)
        if version > len(known):
            store.close()
            raise DatabaseError(
                translate("database", 'Databasen {path_str} är skapad av en nyare version av Huddle (schemaversion {value}). Uppdatera Huddle för att öppna den; filen har inte ändrats.').format(path_str=path_str, value=version)
            )
        if not applied and _foreign_tables(db):
            store.close()
            raise DatabaseError(
                translate("database", 'Filen {path_str} är ingen Huddle-databas (den innehåller andra tabeller). Välj en annan fil eller ett nytt filnamn; filen har inte ändrats.').format(path_str=path_str)
            )
        if check and applied and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            store.close()
            raise DatabaseError(message_for(KIND_DAMAGED, path_str), kind=KIND_DAMAGED)
        if not in_memory:
            # Only now that the file is known to be ours: switching to WAL rewrites its header.
            db.execute("PRAGMA journal_mode = WAL")
        pending = migrations.pending(db)
        if pending and migrate:
            if applied and not in_memory:
                _backup_before_migration(Path(path_str), len(applied))
            _apply(migrations, db, path_str)
    except sqlite3.Error as exc:
        store.close()
        raise _known(exc, path_str) from exc
    except DatabaseError:
        store.close()
        raise
    return store


def _apply(migrations: Migrations, db: sqlite_utils.Database, path: str) -> None:
    """Run the pending steps. A step that fails for a reason of the user's kind (a full disk)
    says so; any other failure is a fault in the installed program: its traceback goes to
    the log, and the user learns that the database is as it was."""
    try:
        migrations.apply(db)
    except sqlite3.Error as exc:
        if known_database_error(exc, path) is not None:
            raise
        log.exception("Schema upgrade of %s failed", path)
        raise DatabaseError(translate(
            "database", "Databasen {path} kunde inte uppgraderas till den här versionen av "
            "Huddle. Databasen är som förut. Felet är sparat i loggfilen; kontakta IT och "
            "skicka loggfilen.").format(path=path)) from exc


def real_patients_in(path: Path) -> int | None:
    """How many patients in the file at ``path`` are real (not the demo's), read without
    changing the file; None when it is no Huddle database that can be read."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            return int(conn.execute(
                "SELECT count(*) FROM patients WHERE fictional = 0").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None
