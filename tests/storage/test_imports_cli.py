"""``huddle import``: exit codes, the JSON contract, Swedish messages on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.storage.database import open_database
from tests.intake.samsa_files import as_table, row, rows, write_csv, write_sample, write_xlsx


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The reference sample of SAMSA-EXPORT.md, written by the test."""
    return write_sample(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_result_and_already_imported(db, db_path, capsys, sample):
    code, out, err = run(capsys, "import", str(sample), "--db", str(db_path), "--as-of",
                         "2026-11-22T06:00", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["rows_read", "accepted", "rejected", "other_vc", "duplicates",
                          "new_cases", "updated_cases", "unchanged_cases", "gone_cases",
                          "already_imported"]
    assert data["new_cases"] == 6

    code, out, _err = run(capsys, "import", str(sample), "--db", str(db_path), "--json")
    assert code == 0 and json.loads(out)["already_imported"] is True
    code, out, _err = run(capsys, "import", str(sample), "--db", str(db_path))
    assert code == 0 and "redan importerad" in out


def test_rejected_rows_still_exit_zero_and_are_listed(db, db_path, tmp_path, capsys):
    path = write_csv(tmp_path / "bad.csv", [row(1), row(2, Personnummer="12")])
    code, out, _err = run(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0
    assert "Godtagna 1, avvisade 1" in out
    assert "Rad 3: Personnumret har fel form" in out


def test_events_are_stamped_with_as_of(db, db_path, capsys, sample):
    run(capsys, "import", str(sample), "--db", str(db_path), "--as-of", "2026-11-22T06:00")
    check = open_database(db_path)
    stamps = {r[0] for r in check.execute("SELECT DISTINCT at FROM case_events")}
    check.conn.close()
    assert stamps == {"2026-11-22T06:00"}


def test_unreadable_file_exits_non_zero_with_a_swedish_message(db, db_path, tmp_path,
                                                               capsys):
    code, out, err = run(capsys, "import", str(tmp_path / "saknas.csv"), "--db", str(db_path))
    assert code == 2 and out == ""
    assert "finns inte" in err and "Traceback" not in err

    garbage = tmp_path / "skräp.csv"
    garbage.write_bytes(b"\x00\xff\xfe\x13" * 50)
    code, _out, err = run(capsys, "import", str(garbage), "--db", str(db_path), "--json")
    assert code == 2 and err.startswith("huddle: ")


def test_bad_as_of_is_explained(db, db_path, capsys, sample):
    code, _out, err = run(capsys, "import", str(sample), "--db", str(db_path), "--as-of",
                          "i morse")
    assert code == 2 and "ÅÅÅÅ-MM-DDTHH:MM" in err


def test_shrink_guard_refuses_unless_allowed(db, db_path, tmp_path, capsys):
    run(capsys, "import", str(write_csv(tmp_path / "full.csv", rows(20))), "--db", str(db_path),
        "--as-of", "2026-11-22T06:00")
    cut = str(write_csv(tmp_path / "cut.csv", rows(4)))

    code, out, err = run(capsys, "import", cut, "--db", str(db_path), "--json",
                         "--as-of", "2026-11-23T06:00")
    assert code == 3 and out == ""
    assert "bara 4 ärenden mot 20" in err

    code, out, err = run(capsys, "import", cut, "--db", str(db_path), "--json",
                         "--as-of", "2026-11-23T06:00", "--allow-shrink")
    assert code == 0, err
    assert json.loads(out)["gone_cases"] == 16


def test_sheet_option(db, db_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "bok.xlsx", {"Först": [["Annat"]], "SAMSA": as_table(rows(2))})
    code, _out, err = run(capsys, "import", str(path), "--db", str(db_path), "--sheet", "X")
    assert code == 2 and "Först, SAMSA" in err

    code, out, err = run(capsys, "import", str(path), "--db", str(db_path), "--json",
                         "--sheet", "SAMSA")
    assert code == 0, err
    assert json.loads(out)["accepted"] == 2


def test_database_not_set_up_is_explained(tmp_path, capsys, sample):
    code, _out, err = run(capsys, "import", str(sample), "--db", str(tmp_path / "ny.sqlite"))
    assert code == 2 and "huddle init" in err


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, to tell an untouched database from a changed one."""
    check = open_database(path)
    try:
        names = [r[0] for r in check.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
        return {name: check.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall()
                for name in names}
    finally:
        check.conn.close()


def test_without_as_of_the_export_s_own_line_decides_and_an_older_day_is_refused(
        db, db_path, tmp_path, capsys):
    day3 = write_csv(tmp_path / "dag3.csv", rows(3),
                     preamble=["SAMSA – inskrivna patienter", "Utdrag 2026-11-23 06:00", ""])
    day2 = write_csv(tmp_path / "dag2.csv", [row(1), row(2, Status="Utskrivningsklar",
                                                         Utskrivningsklar="2026-11-21 10:00")],
                     preamble=["SAMSA – inskrivna patienter", "Utdrag 2026-11-22 06:00", ""])
    code, _out, err = run(capsys, "import", str(day3), "--db", str(db_path))
    assert code == 0, err
    check = open_database(db_path)
    assert [r[0] for r in check.execute("SELECT as_of FROM imports")] == ["2026-11-23T06:00"]
    assert {r[0] for r in check.execute("SELECT at FROM case_events")} == {"2026-11-23T06:00"}
    check.conn.close()
    stored = _tables(db_path)

    code, out, err = run(capsys, "import", str(day2), "--db", str(db_path), "--json")
    assert code == 2 and out == ""
    assert err.startswith("huddle: Exporten gäller 2026-11-22 06:00")
    assert "nyare SAMSA-export" in err and "Traceback" not in err
    assert _tables(db_path) == stored


def test_help_says_what_the_default_moment_is(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert 'egen rad "Utdrag …", annars nu' in out
    assert "äldre än den senast importerade vägras" in out
