"""Files that hold patients are the owner's only: 0600 files, 0700 folders, whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
import time
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.paths import archive_dir_for, backup_dir_for
from huddle.private_files import tidy_at_start
from tests.intake.samsa_files import write_sample

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def umask_022():
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def too_open(folder: Path) -> list[str]:
    """Every file or folder under ``folder`` (itself included) that others could read."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        wanted = 0o700 if path.is_dir() else 0o600
        if mode(path) != wanted:
            found.append(f"{path.relative_to(folder.parent)} {oct(mode(path))}")
    return found


def test_init_import_backups_and_the_log_are_owner_only_with_umask_022(
        tmp_path: Path, umask_022, clean_huddle_logger, capsys) -> None:
    from huddle.logs import setup_logging

    data = tmp_path / "data"
    db = data / "huddle.sqlite"
    logs = tmp_path / "logg"
    setup_logging(directory=logs)
    export = write_sample(tmp_path)
    assert main(["init", "--db", str(db), "--vc", "Skene vårdcentral"]) == 0
    assert main(["import", str(export), "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--out", str(data / "kopior" / "k.sqlite")]) == 0
    assert main(["backup", "--db", str(db), "--daily"]) == 0
    logging.getLogger("huddle.test").info("written")
    for handler in clean_huddle_logger.handlers:
        handler.flush()
    capsys.readouterr()

    # The WAL companions exist while a connection is open: look at them then too.
    from huddle.storage.database import open_database

    store = open_database(db)
    store.execute("SELECT count(*) FROM patients").fetchone()
    assert db.with_name("huddle.sqlite-wal").exists()
    assert too_open(data) == []
    store.close()

    assert any(archive_dir_for(db).iterdir())
    assert len(list(backup_dir_for(db).iterdir())) == 1
    assert (logs / "huddle.log").exists()
    assert too_open(data) == []
    assert too_open(logs) == []


def test_files_an_earlier_version_left_readable_are_tightened_at_start(
        demo_db_path: Path, umask_022) -> None:
    from huddle.storage.database import open_database

    archive, backups = archive_dir_for(demo_db_path), backup_dir_for(demo_db_path)
    for folder in (archive, backups):
        folder.mkdir(mode=0o755)
        os.chmod(folder, 0o755)
    (archive / "abc.csv").write_text("x")
    (archive / "2021").mkdir(mode=0o755)  # a folder an administrator made, and a file in it
    (archive / "2021" / "old.csv").write_text("x")
    (backups / "auto-2026-11-20.sqlite").write_bytes(demo_db_path.read_bytes())
    for path in (demo_db_path, archive / "abc.csv", archive / "2021" / "old.csv",
                 backups / "auto-2026-11-20.sqlite"):
        os.chmod(path, 0o644)
    # A link in the archive to a file elsewhere: neither followed nor changed.
    elsewhere = demo_db_path.parent / "elsewhere.txt"
    elsewhere.write_text("not Huddle's")
    os.chmod(elsewhere, 0o644)
    (archive / "link.csv").symlink_to(elsewhere)

    open_database(demo_db_path).close()

    assert [found for found in too_open(archive) if "link.csv" not in found] == []
    assert mode(archive / "2021") == 0o700 and mode(archive / "2021" / "old.csv") == 0o600
    assert too_open(backups) == []
    assert mode(demo_db_path) == 0o600
    assert mode(elsewhere) == 0o644


def test_a_staging_copy_left_by_a_killed_import_is_removed_at_the_next_start(
        demo_db_path: Path) -> None:
    archive = archive_dir_for(demo_db_path)
    leftover = archive / ".incoming-0123456789ab"
    leftover.mkdir(parents=True)
    (leftover / "export.csv").write_text("19400101-0001;Andersson, Sven")
    fresh = archive / ".incoming-ba9876543210"  # another process importing right now
    fresh.mkdir()
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))

    tidy_at_start(demo_db_path, force=True)

    assert not leftover.exists()
    assert fresh.exists()
