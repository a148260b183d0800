"""Where a report is written: never over a link, device or pipe; readable in a shared folder."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.reports.files import write_report_file

NOW = "2026-12-02T09:00"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _monthly(capsys, db: Path, *outputs) -> tuple[int, str, str]:
    return run(capsys, "report", "monthly", "--db", db, "--month", "2026-11", *outputs,
               "--now", NOW)


@posix_only
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_device_is_refused_and_left_a_device(capsys, scenario_db_path):
    code, out, err = _monthly(capsys, scenario_db_path, "--csv", "/dev/full")
    assert code == 2 and out == ""
    assert "/dev/full är en enhetsfil, inte en vanlig fil, och ersätts inte" in err
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


@posix_only
def test_a_symlink_is_refused_and_nothing_is_written(capsys, scenario_db_path, tmp_path):
    target = tmp_path / "elsewhere.pdf"
    target.write_bytes(b"old")
    link = tmp_path / "nov.pdf"
    link.symlink_to(target)
    table = tmp_path / "nov.csv"
    code, _, err = _monthly(capsys, scenario_db_path, "--out", link, "--csv", table)
    assert code == 2
    assert "är en symbolisk länk" in err
    assert link.is_symlink() and target.read_bytes() == b"old"
    assert not table.exists()            # checked before anything was written


@posix_only
def test_a_named_pipe_is_refused(capsys, scenario_db_path, tmp_path):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    code, _, err = _monthly(capsys, scenario_db_path, "--csv", pipe)
    assert code == 2
    assert "är en namngiven pipe" in err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@posix_only
def test_the_area_report_refuses_a_symlink_too(capsys, scenario_db_path, tmp_path):
    export = tmp_path / "vc.csv"
    assert _monthly(capsys, scenario_db_path, "--csv", export)[0] == 0
    link = tmp_path / "omrade.pdf"
    link.symlink_to(tmp_path / "missing.pdf")
    code, _, err = run(capsys, "report", "area", export, "--out", link)
    assert code == 2 and "är en symbolisk länk" in err
    assert link.is_symlink()


@posix_only
@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o002, 0o664)])
def test_a_report_gets_the_users_normal_file_mode(tmp_path, umask, expected):
    shared = tmp_path / "delad"
    previous = os.umask(umask)
    try:
        write_report_file(shared / "nov.csv", "x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((shared / "nov.csv").stat().st_mode) == expected


def test_an_existing_report_is_replaced(tmp_path):
    path = tmp_path / "nov.pdf"
    path.write_bytes(b"old")
    write_report_file(path, b"new")
    assert path.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["nov.pdf"]   # no temporary file left


@posix_only
def test_an_action_list_refuses_a_symlink_and_logs_no_print(capsys, demo_db_path, tmp_path):
    from huddle.storage.database import open_database
    from tests.conftest import DEMO_TODAY
    from tests.dbtools import table_rows

    link = tmp_path / "atgarder.pdf"
    link.symlink_to(tmp_path / "annanstans.pdf")
    code, out, err = run(capsys, "actions", "--db", demo_db_path, "--date",
                         DEMO_TODAY.isoformat(), "--out", link)
    assert code == 2 and out == ""
    assert "är en symbolisk länk, inte en vanlig fil, och ersätts inte" in err
    assert link.is_symlink()
    db = open_database(demo_db_path)
    try:
        printed = list(table_rows(db, "access_log", "detail = 'actions pdf'"))
    finally:
        db.close()
    assert printed == []            # nothing was printed, so nobody is logged as printed


@posix_only
def test_a_private_file_is_never_written_into_a_pipe(tmp_path):
    from huddle.errors import InputError
    from huddle.private_files import write_private

    pipe = tmp_path / "utdrag.csv"
    os.mkfifo(pipe)
    with pytest.raises(InputError, match="är en namngiven pipe"):
        write_private(pipe, "personnummer")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
