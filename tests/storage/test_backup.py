"""Backups and restore: consistent copies of a live database, refusals, daily rotation."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.errors import DatabaseError, InputError
from huddle.paths import backup_dir_for
from huddle.storage import backup as backup_module
from huddle.storage.backup import (
    auto_backups,
    backup_to,
    ensure_daily_backup,
    inspect_backup,
    restore_from,
)
from huddle.storage.database import open_database
from huddle.storage.settings import save_settings

# A second process that writes batches the way the app does (WAL, one transaction each):
# BATCH rows tagged 'writer' followed by one 'writer_commit' row. In any committed state,
# every batch is complete, so a copy of a half-written batch would break the invariant.
BATCH = 150
WRITER = """
import sqlite3, sys
from pathlib import Path
import sqlite_utils
from huddle.storage.database import open_database
from huddle.storage.audit import log_access
stop = Path(sys.argv[2])
batch = int(sys.argv[3])
if sys.argv[4] == "wal":
    db = open_database(sys.argv[1])
else:  # the file's journal mode as it is, rollback journal
    db = sqlite_utils.Database(sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None))
pad = "x" * 400
n = 0
def write_batch():
    for i in range(batch):
        log_access(db, "writer", None, f"{n} {i} {pad}", place="test", at="2026-11-23T08:00:00")
    log_access(db, "writer_commit", None, str(n), place="test", at="2026-11-23T08:00:00")
while not stop.exists():
    n += 1
    if sys.argv[4] == "wal":
        with db.atomic():  # as the app writes
            write_batch()
    else:  # a careful writer in a rollback-journal database takes the write lock first
        db.execute("BEGIN IMMEDIATE")
        write_batch()
        db.execute("COMMIT")
db.conn.close()
"""


def committed_batches(conn: sqlite3.Connection) -> int:
    return conn.execute(
        "SELECT count(*) FROM access_log WHERE action = 'writer_commit'").fetchone()[0]


def assert_consistent(path: Path, patients: int) -> int:
    """A database from one committed state of the writer: returns its batch count."""
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        batches = committed_batches(conn)
        rows = conn.execute(
            "SELECT count(*) FROM access_log WHERE action = 'writer'").fetchone()[0]
        assert rows == BATCH * batches
        per_batch = conn.execute(
            "SELECT DISTINCT count(*) FROM access_log WHERE action = 'writer' "
            "GROUP BY CAST(detail AS INTEGER)").fetchall()
        assert per_batch in ([], [(BATCH,)])
        assert conn.execute("SELECT count(*) FROM patients").fetchone()[0] == patients
        return batches
    finally:
        conn.close()


PATIENTS = "SELECT count(*) FROM patients"


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


# WAL is how the app opens the database; a rollback journal is how other tools may leave it,
# and there the writer changes the database file itself while it is being copied.
@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_backup_while_another_process_writes_restores_to_a_committed_state(
        demo_db_path: Path, tmp_path: Path, journal_mode: str) -> None:
    patients = count(demo_db_path, PATIENTS)
    setup = sqlite3.connect(str(demo_db_path))
    assert setup.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0] == journal_mode
    # Some bulk, so that each copy takes long enough for the writer to commit meanwhile.
    setup.executemany("INSERT INTO access_log (at, os_user, action, detail) VALUES (?, ?, ?, ?)",
                      [("2026-11-01T08:00:00", "test", "filler", "y" * 1000)] * 20000)
    setup.commit()
    setup.close()
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_db_path), str(stop),
                               str(BATCH), journal_mode],
                              stderr=subprocess.PIPE, text=True)
    # A reader waits for the writer's lock like the app does (a loaded machine is slow).
    watcher = sqlite3.connect(str(demo_db_path), timeout=30)
    overlapping = 0
    try:
        deadline = time.monotonic() + 30
        while committed_batches(watcher) < 3:
            assert writer.poll() is None, writer.stderr.read() if writer.stderr else ""
            assert time.monotonic() < deadline, "the writer never committed"
            time.sleep(0.05)
        results = []
        for i in range(4):
            before = committed_batches(watcher)
            out = tmp_path / f"copy-{i}.sqlite"
            backup_to(demo_db_path, out)
            after = committed_batches(watcher)
            overlapping += after > before
            results.append((before, out, after))
    finally:
        stop.touch()
        _, errors = writer.communicate(timeout=30)
        watcher.close()
    assert writer.returncode == 0, errors
    # The writer committed while backups were being taken: the copies raced real writes.
    assert overlapping >= 1, results

    for i, (before, out, after) in enumerate(results):
        restored = tmp_path / f"restored-{i}" / "huddle.sqlite"
        restore_from(out, restored)
        batches = assert_consistent(restored, patients)
        assert before <= batches <= after
    assert results[-1][2] > results[0][0]


def test_restore_brings_back_the_backup_and_keeps_the_current_database(
        demo_db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopia.sqlite"
    backup_to(demo_db_path, copy)
    followups = count(demo_db_path, "SELECT count(*) FROM followups")
    db = open_database(demo_db_path)
    db.execute("DELETE FROM followups")
    db.conn.close()

    result = restore_from(copy, demo_db_path)

    assert followups > 0
    assert count(demo_db_path, "SELECT count(*) FROM followups") == followups
    assert result.previous_kept_at is not None
    assert result.previous_kept_at.parent == backup_dir_for(demo_db_path)
    assert count(result.previous_kept_at, "SELECT count(*) FROM followups") == 0
    assert result.restored.vc_name == "Skene vårdcentral"
    # The log review sees the restore, and where the replaced database (with its log) went.
    details = [row[0] for row in sqlite3.connect(str(demo_db_path)).execute(
        "SELECT detail FROM access_log WHERE detail LIKE 'restore %'")]
    assert len(details) == 1 and result.previous_kept_at.name in details[0]


def test_an_open_connection_sees_the_restored_data(demo_db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopia.sqlite"
    backup_to(demo_db_path, copy)
    app_db = open_database(demo_db_path)  # the app keeps its connection open
    app_db.execute("UPDATE patients SET name = 'Ändrad, Efter'")
    changed = "SELECT count(*) FROM patients WHERE name = 'Ändrad, Efter'"
    assert app_db.execute(changed).fetchone()[0] == count(demo_db_path, PATIENTS)

    restore_from(copy, demo_db_path)

    assert app_db.execute(changed).fetchone()[0] == 0
    app_db.conn.close()


def test_restore_refuses_a_database_from_a_newer_version(db, db_path: Path,
                                                         tmp_path: Path) -> None:
    newer = tmp_path / "nyare.sqlite"
    future = open_database(newer)
    save_settings(future, vc_name="Annan vårdcentral")
    future.insert("_sqlite_migrations",
        {"migration_set": "huddle", "name": "0099_framtid", "applied_at": "2031-01-01"})
    future.conn.close()
    db.insert("patients", {"personnummer": "194001011234", "created_at": "2026-11-23"})
    before = db_path.read_bytes()

    with pytest.raises(InputError, match="nyare version av Huddle"):
        restore_from(newer, db_path)

    assert db_path.read_bytes() == before
    assert not backup_dir_for(db_path).exists()


@pytest.mark.parametrize("content", [b"Personnummer;Namn\n194001011234;Ek, Elsa\n", b""])
def test_restore_refuses_a_file_that_is_not_a_database(db, db_path: Path, tmp_path: Path,
                                                       content: bytes) -> None:
    other = tmp_path / "export.csv"
    other.write_bytes(content)
    with pytest.raises(InputError, match="ingen Huddle-databas"):
        restore_from(other, db_path)


def test_restore_refuses_a_database_that_is_not_huddles(db, db_path: Path,
                                                        tmp_path: Path) -> None:
    other = tmp_path / "annan.sqlite"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="ingen Huddle-databas"):
        restore_from(other, db_path)


def test_a_failed_restore_leaves_the_database_as_it_was(
        demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "kopia.sqlite"
    backup_to(demo_db_path, copy)
    db = open_database(demo_db_path)
    db.execute("DELETE FROM followups")
    monkeypatch.setattr(backup_module, "LOCK_TIMEOUT_SECONDS", 0.5)
    db.execute("BEGIN EXCLUSIVE")  # another program holds the write lock throughout
    try:
        with pytest.raises(DatabaseError, match="låst") as failure:
            restore_from(copy, demo_db_path)
    finally:
        db.execute("ROLLBACK")
        db.conn.close()
    assert "Databasen är som förut" in failure.value.message
    assert count(demo_db_path, "SELECT count(*) FROM followups") == 0
    assert count(demo_db_path, "PRAGMA integrity_check") == "ok"
    assert not list(tmp_path.glob(".*aterstallning*"))


def test_restore_replaces_a_damaged_database_and_keeps_its_bytes(
        demo_db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopia.sqlite"
    backup_to(demo_db_path, copy)
    patients = count(copy, PATIENTS)
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    demo_db_path.write_bytes(damaged)

    result = restore_from(copy, demo_db_path)

    assert count(demo_db_path, PATIENTS) == patients
    assert result.previous_kept_at is not None
    assert result.previous_kept_at.read_bytes() == damaged


def test_restore_into_an_empty_place(demo_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "ny" / "huddle.sqlite"
    result = restore_from(demo_db_path, target)
    assert result.previous_kept_at is None
    assert count(target, PATIENTS) == count(demo_db_path, PATIENTS)


def test_backup_is_a_single_file_and_refuses_to_overwrite_the_database(
        demo_db_path: Path, tmp_path: Path) -> None:
    open_database(demo_db_path).conn.close()  # WAL mode, as the app leaves it
    out = tmp_path / "ut" / "kopia.sqlite"
    summary = backup_to(demo_db_path, out)
    assert summary.patients == count(demo_db_path, PATIENTS) and summary.last_import == "2026-11-23T06:00"
    assert count(out, "PRAGMA journal_mode") == "delete"
    assert sorted(p.name for p in out.parent.iterdir()) == ["kopia.sqlite"]
    with pytest.raises(InputError, match="inte skrivas över databasen"):
        backup_to(demo_db_path, demo_db_path)
    with pytest.raises(InputError, match="finns inte"):
        backup_to(tmp_path / "saknas.sqlite", tmp_path / "x.sqlite")
    assert not (tmp_path / "saknas.sqlite").exists()


def set_kept(db_path: Path, kept: int) -> None:
    db = open_database(db_path)
    save_settings(db, auto_backups_kept=kept)
    db.conn.close()


def test_daily_backups_keep_the_newest_n(demo_db_path: Path) -> None:
    set_kept(demo_db_path, 3)
    aside = backup_dir_for(demo_db_path) / "fore-aterstallning-20261101-080000.sqlite"
    backup_to(demo_db_path, aside)
    start = date(2026, 11, 20)

    first = ensure_daily_backup(demo_db_path, today=start)
    again = ensure_daily_backup(demo_db_path, today=start)
    for offset in range(1, 5):
        ensure_daily_backup(demo_db_path, today=start + timedelta(days=offset))

    assert first.created and first.error is None
    assert not again.created and again.path == first.path
    assert [day for day, _ in auto_backups(demo_db_path)] == [
        date(2026, 11, 22), date(2026, 11, 23), date(2026, 11, 24)]
    assert aside.exists()
    assert inspect_backup(auto_backups(demo_db_path)[-1][1]).patients == count(demo_db_path,
                                                                               PATIENTS)


def test_daily_backups_can_be_turned_off(demo_db_path: Path) -> None:
    set_kept(demo_db_path, 0)
    result = ensure_daily_backup(demo_db_path, today=date(2026, 11, 23))
    assert result.path is None and not backup_dir_for(demo_db_path).exists()


def test_daily_backup_failure_is_reported_not_raised(tmp_path: Path) -> None:
    broken = tmp_path / "huddle.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    result = ensure_daily_backup(broken, today=date(2026, 11, 23))
    assert result.path is None and not result.created
    assert result.error and "ingen Huddle-databas" in result.error
    assert ensure_daily_backup(tmp_path / "saknas.sqlite").path is None


def test_command_line_backup_and_restore(demo_db_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kopia.sqlite"
    assert main(["backup", "--db", str(demo_db_path), "--out", str(out)]) == 0
    assert f"{count(demo_db_path, PATIENTS)} patienter" in capsys.readouterr().out
    assert main(["restore", str(out), "--db", str(demo_db_path)]) == 0
    printed = capsys.readouterr().out
    assert "återställd" in printed and "fore-aterstallning-" in printed

    junk = tmp_path / "skräp.sqlite"
    junk.write_text("hej")
    assert main(["restore", str(junk), "--db", str(demo_db_path)]) == 2
    assert "ingen Huddle-databas" in capsys.readouterr().err


def test_command_line_daily_backups(demo_db_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(demo_db_path), "--keep-daily", "2", "--daily"]) == 0
    printed = capsys.readouterr().out
    assert "2 automatiska dagliga säkerhetskopior sparas" in printed
    assert "Dagens säkerhetskopia skriven till" in printed
    assert main(["backup", "--db", str(demo_db_path), "--daily"]) == 0
    assert "fanns redan" in capsys.readouterr().out
    assert len(auto_backups(demo_db_path)) == 1

    assert main(["backup", "--db", str(demo_db_path), "--keep-daily", "0"]) == 0
    assert "avstängda" in capsys.readouterr().out
    assert main(["backup", "--db", str(demo_db_path)]) == 2
    assert "--out FIL" in capsys.readouterr().err


def test_a_restore_keeps_the_log_rows_written_after_the_backup(demo_db_path: Path,
                                                               tmp_path: Path) -> None:
    from huddle.domain.access import PLACE_BOARD
    from huddle.storage.audit import log_display

    copy = tmp_path / "backup.sqlite"
    backup_to(demo_db_path, copy)
    db = open_database(demo_db_path)
    ids = [row[0] for row in db.execute("SELECT id FROM patients ORDER BY id LIMIT 5")]
    # Views after the backup; one of a patient the backup does not know.
    new_patient = db.insert("patients", {"personnummer": "194001229999", "name": "Ny, Patient",
                                         "created_at": "2026-11-23T09:00"})
    log_display(db, [*ids, new_patient], place=PLACE_BOARD, detail="board",
                at="2099-01-01T09:00:00")
    db.close()

    restore_from(copy, demo_db_path)

    conn = sqlite3.connect(str(demo_db_path))
    rows = conn.execute("SELECT patient_id, patient_personnummer, detail FROM access_log "
                        "WHERE at = '2099-01-01T09:00:00'").fetchall()
    restore_rows = conn.execute("SELECT detail FROM access_log WHERE detail LIKE 'restore %'"
                                ).fetchall()
    conn.close()
    assert sorted(pid for pid, _, _ in rows if pid is not None) == sorted(ids)
    # The patient the backup does not know is still named in the log by personnummer.
    assert (None, "194001229999", "board") in rows
    assert len(rows) == 6
    assert len(restore_rows) == 1 and "6 log rows carried over" in restore_rows[0][0]
