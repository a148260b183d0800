"""Database faults end in a Swedish sentence and exit 2, never a traceback, with the data as it
was: a damaged file, another program's file, a read-only file, a newer schema, a full disk, a
network file system. Anything else SQLite raises is a bug and is not dressed up as the user's.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.errors import DatabaseError
from huddle.storage import location
from huddle.storage.backup import backup_to
from huddle.storage.database import describe_sqlite_error, open_database
from huddle.storage.store import KIND_DAMAGED, KIND_NETWORK, KIND_READ_ONLY
from tests.intake.samsa_files import write_sample

COMMANDS = (["board"], ["board", "--json"], ["report", "weekly", "--json"], ["actions"],
            ["settings", "list"], ["import", "EXPORT"], ["init", "--vc", "Skene vårdcentral"])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, pages: range) -> None:
    """Overwrite half of each of ``pages`` (0-based) with 0xFF; the header page stays."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages:
        start = page * size
        if 0 < start < len(data):
            data[start:start + size // 2] = b"\xff" * (size // 2)
    path.write_bytes(bytes(data))


def run(argv: list[str], db: Path, export: Path, capsys) -> tuple[int, str]:
    argv = [str(export) if arg == "EXPORT" else arg for arg in argv]
    code = main([*argv, "--db", str(db)])
    return code, capsys.readouterr().err


def checkpointed(path: Path) -> Path:
    """The demo as one file (its write-ahead log folded in), the way a damaged file is met."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_a_damaged_database_is_a_swedish_sentence_and_exit_2_on_every_command(
        demo_db_path: Path, tmp_path: Path, capsys, argv: list[str]) -> None:
    damage(checkpointed(demo_db_path), range(2, 60))
    before = digest(demo_db_path)

    code, err = run(argv, demo_db_path, write_sample(tmp_path), capsys)

    assert code == 2
    assert "är skadad" in err and "huddle restore" in err and "Traceback" not in err
    assert digest(demo_db_path) == before


def test_init_refuses_a_damaged_file_that_still_opens(demo_db_path: Path, capsys) -> None:
    path = checkpointed(demo_db_path)
    pages = path.stat().st_size // 4096
    damage(path, range(pages - 40, pages))  # the last pages only: the file still opens
    before = digest(path)

    assert main(["init", "--db", str(path), "--vc", "Annan vårdcentral"]) == 2

    assert "är skadad" in capsys.readouterr().err
    assert digest(path) == before


def test_init_refuses_another_programs_database_and_leaves_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "annat.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (namn TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)

    assert main(["init", "--db", str(path), "--vc", "Skene vårdcentral"]) == 2

    assert "ingen Huddle-databas" in capsys.readouterr().err
    assert digest(path) == before


def test_restore_refuses_a_backup_with_a_newer_schema_version(demo_db_path: Path,
                                                              tmp_path: Path, capsys) -> None:
    newer = tmp_path / "nyare.sqlite"
    backup_to(demo_db_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(demo_db_path)

    assert main(["restore", str(newer), "--db", str(demo_db_path)]) == 2

    assert "nyare version av Huddle" in capsys.readouterr().err
    assert digest(demo_db_path) == before
    # Opened directly, the same file is refused too, and not changed.
    kept = digest(newer)
    with pytest.raises(DatabaseError, match="nyare version"):
        open_database(newer)
    assert digest(newer) == kept


@pytest.fixture
def network_mount(tmp_path: Path, monkeypatch) -> Path:
    """``tmp_path/share`` looks like an SMB share mounted from a server."""
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n"
                      f"//server/huddle {share} cifs rw,vers=3.0 0 0\n"
                      f"tmpfs {share}/local tmpfs rw 0 0\n")
    monkeypatch.setattr(location, "MOUNTS_FILE", mounts)
    return share


def test_a_database_on_a_network_share_is_refused(network_mount: Path, demo_db_path: Path,
                                                  capsys) -> None:
    on_share = network_mount / "huddle.sqlite"
    shutil.copyfile(demo_db_path, on_share)
    before = digest(on_share)

    assert main(["board", "--db", str(on_share)]) == 2
    err = capsys.readouterr().err
    assert "nätverksenhet (cifs)" in err and "lokal disk" in err
    assert digest(on_share) == before

    new = network_mount / "ny" / "huddle.sqlite"
    assert main(["init", "--db", str(new), "--vc", "Skene vårdcentral"]) == 2
    assert not new.exists()
    with pytest.raises(DatabaseError) as caught:
        open_database(on_share)
    assert caught.value.kind == KIND_NETWORK


def test_the_mount_a_file_lies_on_is_the_longest_mount_point_above_it(network_mount: Path
                                                                      ) -> None:
    assert location.network_file_system(network_mount / "a.sqlite") == "cifs"
    (network_mount / "local").mkdir()
    assert location.network_file_system(network_mount / "local" / "a.sqlite") is None
    assert location.network_file_system(network_mount.parent / "a.sqlite") is None


def test_an_error_that_is_not_the_users_goes_on_as_the_bug_it_is(db) -> None:
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        db.execute("SELECT * FROM no_such_table")
    try:
        db.conn.execute("SELECT * FROM no_such_table")
    except sqlite3.OperationalError as exc:
        with pytest.raises(sqlite3.OperationalError):
            describe_sqlite_error(exc)


# --------------------------------------------------------------------------------------------
# Faults that need a file system of their own: run in a private mount namespace (root only;
# the mounts vanish with the namespace).

def _namespace_works() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"
                            " && umount /mnt"], capture_output=True)
    return probe.returncode == 0


needs_namespace = pytest.mark.skipif(not _namespace_works(),
                                     reason="needs root and a private mount namespace")


def in_namespace(script: str, **env: str) -> subprocess.CompletedProcess:
    huddle = f"{sys.executable} -m huddle"
    return subprocess.run(["unshare", "-m", "sh", "-c", script.replace("HUDDLE", huddle)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **env})


def patients_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM patients").fetchone()[0]
    finally:
        conn.close()


@needs_namespace
def test_a_read_only_database_says_why_and_settings_and_backup_still_read_it(
        demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    db = folder / "huddle.sqlite"
    shutil.copyfile(checkpointed(demo_db_path), db)
    before = digest(db)
    copy = tmp_path / "kopia.sqlite"

    done = in_namespace(
        'mount --bind "$D" "$D" && mount -o remount,bind,ro "$D" || exit 99\n'
        'HUDDLE board --db "$DB" 2>"$T/board.err"; echo "board $?"\n'
        'HUDDLE init --vc X --db "$DB" 2>"$T/init.err"; echo "init $?"\n'
        'HUDDLE settings list --db "$DB" >/dev/null 2>&1; echo "settings $?"\n'
        'HUDDLE backup --db "$DB" --out "$COPY" >/dev/null 2>&1; echo "backup $?"\n',
        D=str(folder), DB=str(db), T=str(tmp_path), COPY=str(copy))

    assert done.stdout.split("\n")[:4] == ["board 2", "init 2", "settings 0", "backup 0"], (
        done.stdout + done.stderr)
    for name in ("board", "init"):
        err = (tmp_path / f"{name}.err").read_text(encoding="utf-8")
        assert "kan bara läsas" in err and "huddle backup --out" in err, err
    assert digest(db) == before
    assert patients_in(copy) == patients_in(db)


def test_a_database_that_cannot_be_written_is_refused_as_read_only(demo_db_path: Path,
                                                                   monkeypatch) -> None:
    import huddle.storage.database as database

    monkeypatch.setattr(database, "read_only_reason", lambda path: "folder")
    with pytest.raises(DatabaseError) as caught:
        open_database(demo_db_path)
    assert caught.value.kind == KIND_READ_ONLY
    assert "går inte att skriva i" in caught.value.message


@needs_namespace
def test_a_full_disk_is_named_a_full_disk_and_nothing_saved_is_lost(tmp_path: Path) -> None:
    folder = tmp_path / "liten"
    folder.mkdir()
    export = write_sample(tmp_path)

    done = in_namespace(
        'mount -t tmpfs -o size=1200k tmpfs "$D" || exit 99\n'
        'HUDDLE init --vc "Skene vårdcentral" --db "$D/h.sqlite" >/dev/null || exit 98\n'
        'HUDDLE import "$EXPORT" --db "$D/h.sqlite" >/dev/null || exit 97\n'
        'cp "$EXPORT" "$D/andra.csv" && echo "X;Y" >> "$D/andra.csv"\n'
        'dd if=/dev/zero of="$D/fyllnad" bs=4k count=1000 2>/dev/null\n'
        'HUDDLE settings set huddle_minutes 20 --db "$D/h.sqlite" 2>"$T/set.err"; echo "set $?"\n'
        'HUDDLE import "$D/andra.csv" --db "$D/h.sqlite" 2>"$T/import.err"; echo "import $?"\n'
        'HUDDLE board --db "$D/h.sqlite" >/dev/null 2>"$T/board.err"; echo "board $?"\n'
        'rm "$D/fyllnad"; cp "$D/h.sqlite" "$T/efter.sqlite"\n',
        D=str(folder), EXPORT=str(export), T=str(tmp_path))

    assert done.stdout.split("\n")[:3] == ["set 2", "import 2", "board 2"], (
        done.stdout + done.stderr)
    for name in ("set", "import", "board"):
        err = (tmp_path / f"{name}.err").read_text(encoding="utf-8")
        assert "Disken är full" in err and "Traceback" not in err, err
    after = tmp_path / "efter.sqlite"
    assert patients_in(after) == 6
    conn = sqlite3.connect(after)
    assert conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_kinds_are_named_for_the_window(demo_db_path: Path) -> None:
    damage(checkpointed(demo_db_path), range(2, 60))
    with pytest.raises(DatabaseError) as caught:
        open_database(demo_db_path)
    assert caught.value.kind == KIND_DAMAGED


def test_the_apps_fast_way_in_leaves_a_newer_schema_to_open_database(demo_db_path: Path
                                                                     ) -> None:
    from huddle.storage.database import open_current

    conn = sqlite3.connect(demo_db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert open_current(demo_db_path) is None


def test_the_apps_fast_way_in_takes_a_database_whose_steps_ran_out_of_number_order(
        demo_db_path: Path) -> None:
    # Steps numbered by parallel work can land after a higher number (0006 before 0003):
    # every step applied is up to date, and the app opens it without the migration path.
    from huddle.storage.database import MIGRATIONS_TABLE, open_current

    conn = sqlite3.connect(demo_db_path)
    count = conn.execute(f"SELECT count(*) FROM [{MIGRATIONS_TABLE}]").fetchone()[0]
    conn.execute(f"UPDATE [{MIGRATIONS_TABLE}] SET rowid = -rowid")
    conn.execute(f"UPDATE [{MIGRATIONS_TABLE}] SET rowid = ? + rowid", [count + 1])
    names = [r[0] for r in conn.execute(f"SELECT name FROM [{MIGRATIONS_TABLE}] ORDER BY rowid")]
    assert names == sorted(names, reverse=True)
    conn.commit()
    conn.close()
    db = open_current(demo_db_path)
    assert db is not None
    db.close()
