"""Opening the database: schema version, pragmas, refusing newer files, backups, migrations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from huddle.errors import DatabaseError
from huddle.paths import migrations_dir
from huddle.storage import database
from huddle.storage.database import migration_files, open_database, schema_version
from huddle.storage.settings import load_settings, save_settings
from tests.dbtools import table_count

EXTRA_MIGRATION = "CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, text TEXT) STRICT;\n"
# The steps this release ships; a test step is numbered after every one of them.
SHIPPED = [path.stem for path in sorted(migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql"))]
BROKEN_MIGRATION = """\
-- Creates a table and writes a row, then fails: none of it may stay.
CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;
INSERT INTO settings (key, value) VALUES ('half_done', '1');
INSERT INTO no_such_table (x) VALUES (1);
"""


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def applied_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'huddle' ORDER BY id")]
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def backups_beside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.fore-migrering-*{path.suffix}"))


@pytest.fixture
def migrations_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point the app at a migrations folder holding the shipped steps plus extra files."""

    def make(**extra: str) -> Path:
        folder = tmp_path / "migrations"
        folder.mkdir(exist_ok=True)
        for shipped in migrations_dir().glob("*.sql"):
            shutil.copy(shipped, folder / shipped.name)
        for stem, sql in extra.items():
            (folder / f"{stem}.sql").write_text(sql, encoding="utf-8")
        monkeypatch.setattr(database, "migrations_dir", lambda: folder)
        return folder

    return make


def test_fresh_database_gets_every_migration_and_the_schema_version(db_path):
    db = open_database(db_path)
    try:
        shipped = [path.stem for path in migration_files()]
        assert shipped and shipped[0] == "0001_initial"
        assert schema_version(db) == len(shipped)
        assert {"patients", "cases", "case_events", "access_log", "decisions"} <= set(
            db.table_names())
    finally:
        db.conn.close()
    assert applied_names(db_path) == shipped
    assert user_version(db_path) == len(shipped)


def test_a_fresh_database_needs_no_backup(db_path):
    open_database(db_path).conn.close()
    open_database(db_path).conn.close()
    assert backups_beside(db_path) == []


def test_foreign_keys_are_enforced(db):
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.insert("cfs_scores", {"patient_id": 999, "level": 5, "scored_on": "2026-11-23",
                                 "created_at": "2026-11-23T10:00"})


def test_the_database_runs_in_wal_mode(db, db_path):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # WAL is recorded in the file itself, so any other reader sees it too.
    assert sqlite3.connect(db_path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(db_path):
    open_database(db_path).conn.close()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('huddle', '0099_from_the_future', '2027-01-01 00:00:00')")
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)

    message = str(caught.value)
    assert "nyare version av Huddle" in message
    assert "Uppdatera Huddle" in message
    assert "0099_from_the_future" in message
    assert db_path.read_bytes() == before
    assert backups_beside(db_path) == []


def test_a_new_migration_copies_the_file_aside_first(db_path, migrations_with):
    db = open_database(db_path)
    save_settings(db, vc_name="Skene vårdcentral")
    db.conn.close()

    migrations_with(**{"9001_extra_notes": EXTRA_MIGRATION})
    db = open_database(db_path)
    try:
        assert "extra_notes" in db.table_names()
        assert schema_version(db) == len(SHIPPED) + 1
        assert load_settings(db).vc_name == "Skene vårdcentral"
    finally:
        db.conn.close()

    backups = backups_beside(db_path)
    assert len(backups) == 1
    backup = backups[0]
    assert backup.parent == db_path.parent
    assert f"v{len(SHIPPED)}" in backup.name
    # The copy is the database as it was before the step: data kept, new table absent.
    assert "extra_notes" not in tables(backup)
    assert applied_names(backup) == SHIPPED
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT value FROM settings WHERE key = 'vc_name'").fetchone()[0] == \
        '"Skene vårdcentral"'
    conn.close()

    # Opening again has nothing to migrate and makes no further copy.
    open_database(db_path).conn.close()
    assert backups_beside(db_path) == [backup]


def test_a_failing_migration_leaves_nothing_half_applied(db_path, migrations_with):
    db = open_database(db_path)
    save_settings(db, vc_name="Skene vårdcentral")
    db.conn.close()

    migrations_with(**{"9001_broken": BROKEN_MIGRATION})
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    assert "Databas" in str(caught.value)

    assert "half_done" not in tables(db_path)
    assert applied_names(db_path) == SHIPPED
    assert user_version(db_path) == len(SHIPPED)
    conn = sqlite3.connect(db_path)
    keys = [row[0] for row in conn.execute("SELECT key FROM settings")]
    conn.close()
    assert keys == ["vc_name"]
    # The copy taken before the attempt is still there to fall back on.
    assert len(backups_beside(db_path)) == 1


def test_a_failing_second_step_on_a_new_file_keeps_the_first_and_its_version(
        db_path, migrations_with):
    migrations_with(**{"9001_broken": BROKEN_MIGRATION})
    with pytest.raises(DatabaseError):
        open_database(db_path)
    assert applied_names(db_path) == SHIPPED
    assert user_version(db_path) == len(SHIPPED)
    assert "half_done" not in tables(db_path)


def test_once_the_broken_step_is_fixed_the_database_opens(db_path, migrations_with):
    open_database(db_path).conn.close()
    folder = migrations_with(**{"9001_broken": BROKEN_MIGRATION})
    with pytest.raises(DatabaseError):
        open_database(db_path)
    (folder / "9001_broken.sql").write_text(EXTRA_MIGRATION, encoding="utf-8")
    db = open_database(db_path)
    try:
        assert schema_version(db) == len(SHIPPED) + 1
        assert "extra_notes" in db.table_names()
    finally:
        db.conn.close()


def test_a_file_that_is_no_database_is_refused_in_swedish(tmp_path):
    path = tmp_path / "anteckningar.sqlite"
    path.write_text("Det här är ingen databas, bara text.\n" * 50, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="ingen Huddle-databas"):
        open_database(path)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "annat.sqlite"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO recipes (title) VALUES ('Kanelbullar')")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseError, match="ingen Huddle-databas"):
        open_database(path)

    assert path.read_bytes() == before
    assert tables(path) == {"recipes"}


def test_a_folder_that_cannot_be_made_gives_a_swedish_message(tmp_path):
    blocker = tmp_path / "inte-en-mapp"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseError, match="kunde inte"):
        open_database(blocker / "huddle.sqlite")


def test_multi_step_writes_are_all_or_nothing(db):
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.insert("patients", {"personnummer": "191212121212", "created_at": "2026-11-23"})
        db.insert("cfs_scores", {"patient_id": 999, "level": 5, "scored_on": "2026-11-23",
                                 "created_at": "2026-11-23T10:00"})
    assert table_count(db, "patients") == 0


def test_a_transaction_that_reads_then_writes_is_not_broken_by_another_writer(db_path):
    """The app reads, then writes; meanwhile a scheduled import wants to write. With a
    deferred BEGIN the app's write would fail with "database is locked" after the other
    commit; with BEGIN IMMEDIATE the app holds the write lock and the other writer waits."""
    import sqlite3

    db = open_database(db_path)
    other = sqlite3.connect(str(db_path), isolation_level=None, timeout=0.2)
    try:
        with db.atomic():
            db.execute("SELECT count(*) FROM settings").fetchone()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO settings (key, value) VALUES ('kommun', '\"Mark\"')")
            db.insert("settings", {"key": "vc_name", "value": '"Skene vårdcentral"'})
        other.execute("INSERT INTO settings (key, value) VALUES ('kommun', '\"Mark\"')")
        assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 2
    finally:
        other.close()
        db.conn.close()


def test_step_5_keeps_every_import_and_what_points_at_it(db_path, tmp_path, monkeypatch):
    """Step 5 makes the imports table again: rows, ids and the cases' references survive."""
    earlier = tmp_path / "steg-1-4"
    earlier.mkdir()
    for path in migration_files():
        if path.name < "0005":
            shutil.copy(path, earlier / path.name)
    monkeypatch.setattr(database, "migrations_dir", lambda: earlier)
    db = open_database(db_path)
    import_id = db.insert("imports", {"kind": "cfs", "file_name": "cfs.csv", "sha256": "ab" * 32,
                                      "archive_path": None, "as_of": "2026-11-22T06:00",
                                      "imported_at": "2026-11-22T06:01", "os_user": "anna",
                                      "result": "{}"})
    patient = db.insert("patients", {"personnummer": "194001229999", "name": "Ek, Anna",
                                     "created_at": "2026-11-22T06:01"})
    db.insert("cases", {"case_key": "S-1", "patient_id": patient, "first_import_id": import_id,
                        "last_import_id": import_id, "admitted_at": "2026-11-20T08:00",
                        "status": "Inskriven", "last_seen_at": "2026-11-22T06:00", "raw": "{}"})
    db.close()
    monkeypatch.undo()

    db = open_database(db_path)
    assert db.execute("SELECT id, kind, file_name, file_size FROM imports").fetchall() == [
        (import_id, "cfs", "cfs.csv", None)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.scalar("SELECT last_import_id FROM cases") == import_id
    db.close()
