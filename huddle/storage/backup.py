"""Backups of the database: a consistent copy while the app is open, restore, daily copies.

Every copy goes through SQLite's online backup API, never a file copy: the API reads one
committed state of the database even while another process writes to it, and writes into a
database other connections hold open (restore) inside one transaction, so a failure leaves
the target as it was.

Automatic daily copies live in ``huddle.paths.backup_dir_for(db_path)`` as
``auto-ÅÅÅÅ-MM-DD.sqlite``; the newest ``auto_backups_kept`` (a setting) are kept. A restore
first copies the current database to ``fore-aterstallning-<tid>.sqlite`` in the same folder.

Why one module over 400 lines: backup, restore (carrying the access log over), daily copies
and inspecting a backup share the online-backup plumbing, the version checks and the file-mode
and error handling; split, each would repeat them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from huddle.domain.settings import SPEC_BY_KEY
from huddle.errors import DatabaseError, InputError
from huddle.i18n import translate
from huddle.paths import backup_dir_for
from huddle.private_files import copy_private, create_private_file, private_dir, tighten
from huddle.storage.database import (
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    connect_read_only,
    describe_sqlite_error,
    migration_files,
    open_database,
    refuse_unusable_place,
)
from huddle.storage.settings import load_settings

log = logging.getLogger(__name__)

AUTO_PREFIX = "auto-"
AUTO_PATTERN = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})\.sqlite$")
ASIDE_PREFIX = "fore-aterstallning-"
# How long a backup waits for a lock held by another program before giving up.
LOCK_TIMEOUT_SECONDS = 30.0



@dataclass(frozen=True)
class DatabaseSummary:
    """What a database file holds, enough for a person to recognise a backup."""

    path: Path
    size_bytes: int
    schema_steps: int
    vc_name: str
    patients: int
    last_import: str | None


@dataclass(frozen=True)
class RestoreResult:
    restored: DatabaseSummary
    # The database that was in use before, copied aside; None when there was none.
    previous_kept_at: Path | None


@dataclass(frozen=True)
class DailyBackup:
    """The outcome of :func:`ensure_daily_backup`; it never raises, so the app still starts."""

    path: Path | None
    created: bool
    removed: tuple[Path, ...] = ()
    error: str | None = None


# ---------------------------------------------------------------------------------------------
# Low-level copying


def _connect_existing(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Connect to a file that must exist (sqlite3.connect would silently create it)."""
    if read_only:
        return connect_read_only(path)
    mode = "rw"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True,
                           timeout=5.0, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _progress_deadline(seconds: float) -> Callable[[int, int, int], None]:
    """A backup progress callback that aborts a copy stuck behind another program's lock."""
    deadline = time.monotonic() + seconds

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _sqlite_error(sqlite3.OperationalError, "database is locked",
                                sqlite3.SQLITE_BUSY)

    return progress


def _sqlite_error(kind: type[sqlite3.Error], text: str, code: int) -> sqlite3.Error:
    """An SQLite error raised here, with the code SQLite itself would give, so that it is
    sorted like one (``huddle.storage.store.error_kind``)."""
    error = kind(text)
    error.sqlite_errorcode = code
    return error


def _copy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # pages=-1 copies everything in one step under one read transaction: one committed state.
    source.backup(target, pages=-1, progress=_progress_deadline(LOCK_TIMEOUT_SECONDS))


def _copy_to_new_file(source: sqlite3.Connection, out: Path) -> None:
    """Write a standalone copy (no -wal file beside it) to ``out``, replacing it only when done."""
    if not out.parent.is_dir():
        private_dir(out.parent)
    partial = out.with_name(f".{out.name}.delvis")
    partial.unlink(missing_ok=True)
    try:
        # Owner-only before SQLite writes a page: a backup holds every patient.
        create_private_file(partial)
        target = sqlite3.connect(str(partial), isolation_level=None)
        try:
            _copy(source, target)
            # The copy inherits WAL mode from the live database; a backup should be one file.
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise _sqlite_error(sqlite3.DatabaseError,
                                    f"database disk image is malformed ({check})",
                                    sqlite3.SQLITE_CORRUPT)
        finally:
            target.close()
        os.replace(partial, out)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _log_quietly(db_path: Path, action: str, detail: str) -> None:
    """Write the access log; a read-only or locked database must not undo a finished restore."""
    from huddle.domain.access import PLACE_BACKUP
    from huddle.storage.audit import now_iso, os_user, workstation

    try:
        conn = _connect_existing(db_path)
        try:
            # IMMEDIATE: wait for the write lock up front instead of holding a read lock while
            # asking for it, which can deadlock with a writer in a rollback-journal database.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO access_log (at, os_user, workstation, action, place, "
                         "patient_id, detail) VALUES (?, ?, ?, ?, ?, NULL, ?)",
                         [now_iso(), os_user(), workstation(), action, PLACE_BACKUP, detail])
            conn.execute("COMMIT")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("Could not log %s in %s: %s", action, db_path, exc)


# ---------------------------------------------------------------------------------------------
# Checking a file


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _summarise(conn: sqlite3.Connection, path: Path) -> DatabaseSummary:
    """Apply the rules of ``open_database`` to a file: a Huddle database, not from a newer
    release, and not damaged. Raises InputError (or DatabaseError) with a Swedish sentence."""
    not_huddle = translate("backup", "Filen {path} är ingen Huddle-databas. Välj en säkerhetskopia som Huddle "
                    "har skrivit (.sqlite).").format(path=path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise InputError(translate("backup", "Filen {path} är skadad och kan inte återställas. Välj en "
                                "annan säkerhetskopia.").format(path=path))
        tables = _tables(conn)
        if not {MIGRATIONS_TABLE, "settings", "patients"} <= tables:
            raise InputError(not_huddle)
        applied = [row[0] for row in conn.execute(
            f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
        if not applied:
            raise InputError(not_huddle)
        known = {f.stem for f in migration_files()}
        unknown = [name for name in applied if name not in known]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if unknown or version > len(known):
            raise InputError(translate("backup",
                "Filen {path} är skapad av en nyare version av Huddle (schemasteg {steps}) "
                "och kan inte återställas med den här versionen. Uppdatera Huddle först; "
                "inget har ändrats.").format(path=path,
                                             steps=", ".join(unknown) or str(version)))
        row = conn.execute("SELECT value FROM settings WHERE key = 'vc_name'").fetchone()
        vc_name = str(json.loads(row[0])) if row else ""
        patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
        last_import = None
        if "imports" in tables:
            last_import = conn.execute("SELECT max(as_of) FROM imports").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise InputError(not_huddle) from exc
        raise DatabaseError(describe_sqlite_error(exc, path)) from exc
    return DatabaseSummary(path=path, size_bytes=path.stat().st_size, schema_steps=len(applied),
                           vc_name=vc_name, patients=patients, last_import=last_import)


def inspect_backup(file: Path) -> DatabaseSummary:
    """Check a backup file without changing it; say what it holds."""
    file = Path(file)
    if not file.is_file():
        raise InputError(translate("backup", "Filen {path} finns inte. Kontrollera sökvägen.").format(path=file))
    try:
        conn = _connect_existing(file, read_only=True)
    except sqlite3.Error as exc:
        raise InputError(describe_sqlite_error(exc, file)) from exc
    try:
        return _summarise(conn, file)
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------
# Backup and restore


def _raw_backup(db_path: Path, out: Path) -> None:
    """Copy with the backup API; SQLite and file errors are left to the caller."""
    source = _connect_existing(db_path, read_only=True)
    try:
        _copy_to_new_file(source, out)
    finally:
        source.close()


def backup_to(db_path: Path, out: Path, *, action: str = "backup") -> DatabaseSummary:
    """Write a consistent copy of the database at ``db_path`` to ``out``.

    Safe while Huddle (or anything else) has the database open and writes to it: the copy is
    one committed state. ``out`` is replaced only once the new copy is complete and checked.
    """
    db_path, out = Path(db_path), Path(out)
    if not db_path.is_file():
        raise InputError(translate("backup", "Databasen {path} finns inte, så det finns inget att "
                            "säkerhetskopiera.").format(path=db_path))
    if out.exists() and out.resolve() == db_path.resolve():
        raise InputError(translate("backup", "Säkerhetskopian kan inte skrivas över databasen själv ({path}). "
                            "Välj ett annat filnamn.").format(path=out))
    if out.is_dir():
        raise InputError(translate("backup", "{path} är en mapp. Ange ett filnamn för säkerhetskopian, till "
                            "exempel {example}.").format(path=out,
                                                         example=out / "huddle-kopia.sqlite"))
    try:
        _raw_backup(db_path, out)
    except sqlite3.Error as exc:
        raise DatabaseError(describe_sqlite_error(exc, db_path)) from exc
    except OSError as exc:
        raise InputError(translate("backup", "Säkerhetskopian kunde inte skrivas till {path}: {reason}. "
                            "Kontrollera att mappen finns, att du får skriva där och att "
                            "disken inte är full.").format(path=out, reason=exc.strerror or exc)
                         ) from exc
    summary = inspect_backup(out)
    # Logged to the log file, not the database: a backup only reads, so it can never make a
    # write of the open app fail (a second writer can, even for one row).
    log.info("%s of %s written to %s (%d bytes)", action, db_path, out, summary.size_bytes)
    return summary


def _is_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _keep_aside(db_path: Path) -> Path:
    """Copy the current database into the backup folder before a restore replaces it.

    A damaged database (the usual reason to restore) cannot go through the backup API; its
    file, and its write-ahead log if there is one, are then copied as they are.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = _unique(backup_dir_for(db_path) / f"{ASIDE_PREFIX}{stamp}.sqlite")
    try:
        _raw_backup(db_path, aside)
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):
            raise
        log.warning("Current database %s is damaged (%s); copying the file as it is",
                    db_path, exc)
        private_dir(aside.parent)
        copy_private(db_path, aside)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            copy_private(wal, aside.with_name(aside.name + "-wal"))
    return aside


def _match_page_size(staging: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """SQLite cannot change the page size of a WAL database by a backup; adapt the copy."""
    wanted = live.execute("PRAGMA page_size").fetchone()[0]
    if staging.execute("PRAGMA page_size").fetchone()[0] != wanted:
        staging.execute(f"PRAGMA page_size = {int(wanted)}")
        staging.execute("VACUUM")


def _write_into_live(staging_path: Path, db_path: Path) -> None:
    """Put the staged copy in place: through the backup API into the live file (one
    transaction that other connections see at once), or, when the live file is damaged or
    missing, by replacing the file."""
    if db_path.exists():
        staging = _connect_existing(staging_path)
        live = sqlite3.connect(str(db_path), timeout=LOCK_TIMEOUT_SECONDS,
                               isolation_level=None)
        try:
            _match_page_size(staging, live)
            _copy(staging, live)
            return
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
        finally:
            live.close()
            staging.close()
    for stale in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + stale).unlink(missing_ok=True)
    os.replace(staging_path, db_path)
    tighten(db_path)


def restore_from(file: Path, db_path: Path) -> RestoreResult:
    """Replace the database at ``db_path`` with the backup ``file``.

    The file is checked first (a Huddle database, undamaged, not from a newer release). The
    current database is copied aside into the backup folder before anything changes, and the
    restore itself is one transaction on the live file, so other open connections (the app)
    see either the old or the restored data, and a failure leaves the old data in place.
    """
    file, db_path = Path(file), Path(db_path)
    if db_path.exists() and file.exists() and file.resolve() == db_path.resolve():
        raise InputError(translate("backup", "{path} är databasen som används nu. Välj en säkerhetskopia att "
                            "återställa från.").format(path=file))
    refuse_unusable_place(db_path)
    summary = inspect_backup(file)

    if not db_path.parent.is_dir():
        private_dir(db_path.parent)
    staging_path = db_path.with_name(f".{db_path.name}.aterstallning")
    staging_path.unlink(missing_ok=True)
    aside: Path | None = None
    try:
        source = _connect_existing(file, read_only=True)
        try:
            _copy_to_new_file(source, staging_path)
        finally:
            source.close()
        if db_path.exists():
            aside = _keep_aside(db_path)
        _write_into_live(staging_path, db_path)
    except sqlite3.Error as exc:
        kept = translate("backup", " En kopia av den finns i {path}.").format(path=aside) if aside else ""
        raise DatabaseError(translate("backup", "Återställningen misslyckades: {reason} Databasen är som förut."
                               ).format(reason=describe_sqlite_error(exc, db_path)) + kept
                            ) from exc
    except OSError as exc:
        raise InputError(translate("backup", "Återställningen misslyckades: {reason}. Databasen är som förut. "
                            "Kontrollera att disken inte är full och att du får skriva i "
                            "{folder}.").format(reason=exc.strerror or exc,
                                                folder=db_path.parent)) from exc
    finally:
        staging_path.unlink(missing_ok=True)

    _verify_restored(db_path, aside)
    from huddle.domain.access import ACTION_CHANGE

    carried = _carry_log_over(aside, db_path) if aside is not None else 0
    _log_quietly(db_path, ACTION_CHANGE, f"restore {file.name}"
                 + (f"; aside {aside.name}; {carried} log rows carried over" if aside else ""))
    log.info("Restored %s from %s (previous kept at %s)", db_path, file, aside)
    return RestoreResult(restored=summary, previous_kept_at=aside)


_LOG_COLUMNS = ("at", "os_user", "workstation", "action", "place", "detail",
                "patient_personnummer")


def _carry_log_over(aside: Path, db_path: Path) -> int:
    """Every access-log row written in the replaced database after the backup was taken, in
    the restored one too: a restore must not quietly delete the log (Patient Data Act).

    Rows are matched on their content; a row's patient is found again by personnummer (the
    patient may not exist in the older backup: the row then keeps the personnummer alone).
    Returns how many rows were carried over."""
    try:
        old = _connect_existing(aside, read_only=True)
    except sqlite3.Error as exc:
        log.warning("Could not read the access log of %s to carry it over: %s", aside, exc)
        return 0
    try:
        columns = {row[1] for row in old.execute("PRAGMA table_info(access_log)")}
        select = ", ".join(c if c in columns else "NULL" for c in _LOG_COLUMNS)
        old_rows = old.execute(f"SELECT {select} FROM access_log ORDER BY id").fetchall()
    except sqlite3.Error as exc:
        log.warning("Could not read the access log of %s to carry it over: %s", aside, exc)
        return 0
    finally:
        old.close()
    store = open_database(db_path)
    try:
        newest = store.scalar("SELECT max(at) FROM access_log") or ""
        present = set(store.execute(
            f"SELECT {', '.join(_LOG_COLUMNS)} FROM access_log WHERE at >= ?",
            [newest]).fetchall())
        later = [row for row in old_rows if row[0] >= newest and tuple(row) not in present]
        with store.atomic():
            store.executemany(
                "INSERT INTO access_log (at, os_user, workstation, action, place, detail, "
                "patient_personnummer, patient_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "(SELECT id FROM patients WHERE personnummer = ?))",
                [(*row, row[6]) for row in later])
        return len(later)
    finally:
        store.close()


def _verify_restored(db_path: Path, aside: Path | None) -> None:
    """Open the restored database the way the app does (and migrate it); undo on failure."""
    try:
        open_database(db_path).conn.close()
    except DatabaseError as err:
        if aside is None:
            raise
        staging = db_path.with_name(f".{db_path.name}.tillbaka")
        copy_private(aside, staging)
        _write_into_live(staging, db_path)
        raise DatabaseError(translate("backup", "Den återställda databasen gick inte att öppna ({reason}). "
                               "Den tidigare databasen är tillbaka.").format(reason=err.message)
                            ) from err


# ---------------------------------------------------------------------------------------------
# Automatic daily backups


def auto_backups(db_path: Path) -> list[tuple[date, Path]]:
    """The automatic backups beside ``db_path``, oldest first."""
    folder = backup_dir_for(Path(db_path))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = AUTO_PATTERN.match(path.name)
        if match:
            try:
                found.append((date.fromisoformat(match.group(1)), path))
            except ValueError:
                continue
    return sorted(found)


def _backups_kept(db_path: Path) -> int:
    default = int(SPEC_BY_KEY["auto_backups_kept"].default)
    try:
        conn = _connect_existing(db_path, read_only=True)
    except sqlite3.Error:
        return default
    try:
        # A malformed stored value is read as the default there.
        return load_settings(conn).auto_backups_kept
    except sqlite3.Error:
        return default
    finally:
        conn.close()


def ensure_daily_backup(db_path: Path, *, today: date | None = None) -> DailyBackup:
    """Take today's automatic backup unless it exists, then keep only the newest N.

    Called at app start. Never raises: a failed backup must not stop the huddle; the failure
    is logged and returned for the app to show. N = 0 (setting ``auto_backups_kept``) turns
    automatic backups off and leaves existing ones alone.
    """
    db_path = Path(db_path)
    today = today or date.today()
    if not db_path.is_file():
        return DailyBackup(path=None, created=False)
    kept = _backups_kept(db_path)
    if kept == 0:
        return DailyBackup(path=None, created=False)
    target = backup_dir_for(db_path) / f"{AUTO_PREFIX}{today.isoformat()}.sqlite"
    created = False
    if not target.exists():
        try:
            backup_to(db_path, target, action="auto_backup")
            created = True
        except (DatabaseError, InputError) as err:
            log.warning("Automatic backup of %s failed: %s", db_path, err.message)
            return DailyBackup(path=None, created=False, error=err.message)
    removed = []
    for _day, old in auto_backups(db_path)[:-kept]:
        try:
            old.unlink()
            removed.append(old)
        except OSError as exc:
            log.warning("Could not remove old backup %s: %s", old, exc)
    return DailyBackup(path=target, created=created, removed=tuple(removed))


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup in the backup folder that is a Huddle database Huddle can restore
    (automatic, manual or kept aside before a restore), or None. A damaged or foreign file
    there is passed over."""
    folder = backup_dir_for(Path(db_path))
    if not folder.is_dir():
        return None
    candidates = sorted((p for p in folder.glob("*.sqlite") if p.is_file()),
                        key=lambda p: p.stat().st_mtime, reverse=True)
    for candidate in candidates:
        try:
            inspect_backup(candidate)
        except (InputError, DatabaseError):
            continue
        return candidate
    return None
