"""The one database handle: a plain sqlite3 connection with Huddle's rules around it.

Every part of the app reaches the database through a :class:`Store`: the first board is read
through it before anything heavy is imported (sqlite-utils is only needed to run schema
migrations, see ``huddle.storage.database``), and every write uses the same three calls:
:meth:`Store.insert`, :meth:`Store.update` and plain :meth:`Store.execute`, inside
``with store.atomic():``.

Failures are sorted by whose they are, in :func:`known_database_error`, by SQLite's own error
code (not by the message text): a locked or busy database, a full disk, a read-only file, a
file that cannot be opened, a file that is no database and a damaged file are the user's and
become a :class:`~huddle.errors.DatabaseError` with a Swedish sentence; anything else is a bug
and travels on unchanged to the crash handler, which logs its traceback.
"""

from __future__ import annotations

import contextlib
import itertools
import shutil
import sqlite3
from collections.abc import Generator, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from huddle.errors import DatabaseError
from huddle.i18n import translate

Params = Sequence[Any] | Mapping[str, Any]

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_CORRUPT = 11
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# The page cache while a demo is written (KiB).
BULK_CACHE_KIB = 64 * 1024

KIND_LOCKED = "locked"
KIND_FULL = "full"
KIND_READ_ONLY = "read_only"
KIND_CANT_OPEN = "cant_open"
KIND_NOT_A_DATABASE = "not_a_database"
KIND_DAMAGED = "damaged"
KIND_NETWORK = "network"  # on a network file system (huddle.storage.location), not SQLite's

_KIND_OF_CODE = {
    SQLITE_BUSY: KIND_LOCKED,
    SQLITE_LOCKED: KIND_LOCKED,
    SQLITE_FULL: KIND_FULL,
    SQLITE_READONLY: KIND_READ_ONLY,
    SQLITE_CANTOPEN: KIND_CANT_OPEN,
    SQLITE_NOTADB: KIND_NOT_A_DATABASE,
    SQLITE_CORRUPT: KIND_DAMAGED,
}

# Below this many free bytes an I/O error on write is taken for a full disk: SQLite reports
# ENOSPC while appending to the write-ahead log as SQLITE_IOERR, not SQLITE_FULL.
_NEARLY_FULL_BYTES = 4 * 1024 * 1024


def _messages() -> dict[str, str]:
    return {
        KIND_LOCKED: translate(
            "database", "Databasen{where} är låst av ett annat program. Stäng andra fönster "
            "med Huddle och försök igen om en stund."),
        KIND_FULL: translate(
            "database", "Disken är full, så inget kunde sparas{where}. Frigör utrymme och "
            "försök igen; det som redan fanns sparat är orört."),
        KIND_READ_ONLY: translate(
            "database", "Databasen{where} är skrivskyddad, så inget kan sparas. Kontrollera "
            "behörigheterna på filen och mappen, eller be IT om skrivrätt."),
        KIND_CANT_OPEN: translate(
            "database", "Databasen{where} kunde inte öppnas. Kontrollera att mappen finns och "
            "att du har behörighet att läsa och skriva där."),
        KIND_NOT_A_DATABASE: translate(
            "database", "Filen{where} är ingen Huddle-databas. Välj en annan fil eller ett nytt "
            "filnamn; filen har inte ändrats."),
        KIND_DAMAGED: translate(
            "database", "Databasen{where} är skadad och kan inte läsas säkert. Återställ den "
            "senaste säkerhetskopian (Arkiv › Återställ från säkerhetskopia, eller "
            "'huddle restore'); den skadade filen sparas undan."),
    }


def error_kind(exc: BaseException, path: Path | str | None = None) -> str | None:
    """The user's kind of failure behind ``exc`` (``KIND_*``), or None for a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF
    if primary == SQLITE_IOERR and _nearly_full(path):
        return KIND_FULL
    return _KIND_OF_CODE.get(primary)


def _nearly_full(path: Path | str | None) -> bool:
    if not path or str(path) == ":memory:":
        return False
    try:
        return shutil.disk_usage(Path(path).parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def message_for(kind: str, path: Path | str | None = None) -> str:
    where = f" ({path})" if path and str(path) != ":memory:" else ""
    return _messages()[kind].format(where=where)


def known_database_error(exc: BaseException, path: Path | str | None = None
                         ) -> DatabaseError | None:
    """A :class:`DatabaseError` with a Swedish sentence when ``exc`` is the user's, else None."""
    kind = error_kind(exc, path)
    if kind is None:
        return None
    return DatabaseError(message_for(kind, path), kind=kind)


def _raise_known(exc: sqlite3.Error, path: Path | None) -> NoReturn:
    """Raise ``exc`` as :func:`known_database_error` sorts it: the user's, with a Swedish
    sentence, or as it is."""
    known = known_database_error(exc, path)
    if known is None:
        raise exc
    raise known from exc


class Store:
    """A connection to one Huddle database (created by ``huddle.storage.database``)."""

    _savepoints = itertools.count(1)

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None) -> None:
        self.conn = conn
        self.path = path
        # What this connection worked out from the database and may use again while the
        # database says it still holds (see huddle.storage.cfs_verdicts); gone with the
        # connection, so a restored or reopened database starts afresh.
        self.derived: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<Store {self.path or ':memory:'}>"

    # -- reading and writing
    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            _raise_known(exc, self.path)

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlite3.Cursor:
        try:
            return self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            _raise_known(exc, self.path)

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert one row; returns its id."""
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        return self.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})",
                            list(row.values())).lastrowid

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        if not values:
            return
        assignments = ", ".join(f"[{name}] = ?" for name in values)
        self.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?",
                     [*values.values(), row_id])

    # -- transactions
    @contextlib.contextmanager
    def atomic(self) -> Generator[Store, None, None]:
        """One transaction (nested calls become savepoints).

        The outermost transaction is ``BEGIN IMMEDIATE``: a deferred one that reads and then
        writes fails at once with "database is locked" in WAL mode when another process (the
        app and a scheduled ``huddle import``, say) committed in between, and busy_timeout
        cannot help there. Taking the write lock at the start makes the other writer wait.
        """
        conn = self.conn
        if conn.in_transaction:
            name = f"huddle_sp{next(self._savepoints)}"
            self.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            else:
                self.execute(f"RELEASE {name}")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def fast_bulk_writes(self) -> Generator[Store, None, None]:
        """Many small transactions without waiting for the disk after each (``synchronous =
        OFF``), for writing a demo database from scratch: a crash loses the file, never
        anything real. The setting is restored afterwards."""
        before = self.scalar("PRAGMA synchronous"), self.scalar("PRAGMA cache_size")
        self.execute("PRAGMA synchronous = OFF")
        # A page cache that holds the growing file's indexes: SQLite's 2 MB default read
        # the same pages back some 1.5 million times for a large demo.
        self.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        try:
            yield self
        finally:
            self.execute(f"PRAGMA synchronous = {int(before[0])}")
            self.execute(f"PRAGMA cache_size = {int(before[1])}")

    @contextlib.contextmanager
    def indexes_deferred(self, table: str) -> Generator[Store, None, None]:
        """Write ``table`` without its indexes and build them afterwards: one sort per index
        instead of an index update per row (a fresh demo's million access-log rows). Only
        for a database nobody else uses meanwhile: its queries on ``table`` scan."""
        indexes = self.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", [table]).fetchall()
        for name, _sql in indexes:
            self.execute(f"DROP INDEX [{name}]")
        try:
            yield self
        finally:
            for _name, sql in indexes:
                self.execute(sql)

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (a finished demo, a backup)."""
        self.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def row_counts(self, tables: Iterable[str]) -> dict[str, int]:
        """Rows in each of ``tables`` (names from code, never from a user)."""
        known = set(self.table_names())
        return {t: self.scalar(f"SELECT count(*) FROM [{t}]") for t in tables if t in known}

    def close(self) -> None:
        self.conn.close()

    def table_names(self) -> list[str]:
        return [row[0] for row in self.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
