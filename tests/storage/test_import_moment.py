"""When an export was taken: read from its preamble, and never applied out of order."""

from __future__ import annotations

from datetime import datetime

import pytest

from huddle.cli import main
from huddle.storage.imports import OlderExport, import_file
from tests.dbtools import table_count
from tests.intake.samsa_files import row, rows, write_csv


def test_the_utdrag_line_says_when_the_export_was_taken(db, db_path, tmp_path):
    path = write_csv(tmp_path / "samsa.csv", rows(3),
                     preamble=["SAMSA – inskrivna patienter", "Utdrag 2026-11-22 06:00", ""])
    result = import_file(db, path, db_path=db_path)
    assert result.as_of == datetime(2026, 11, 22, 6, 0)
    stamps = {r[0] for r in db.execute("SELECT DISTINCT at FROM case_events")}
    assert stamps == {"2026-11-22T06:00"}
    assert db.execute("SELECT as_of FROM imports").fetchone()[0] == "2026-11-22T06:00"


def test_as_of_given_by_the_user_wins_over_the_preamble(db, db_path, tmp_path):
    path = write_csv(tmp_path / "samsa.csv", rows(2), preamble=["Utdrag 2026-11-22 06:00"])
    result = import_file(db, path, db_path=db_path, as_of=datetime(2026, 11, 22, 7, 30))
    assert result.as_of == datetime(2026, 11, 22, 7, 30)


def test_an_older_export_after_a_newer_one_is_refused_and_changes_nothing(db, db_path,
                                                                          tmp_path):
    newer = write_csv(tmp_path / "idag.csv", rows(3),
                      preamble=["Utdrag 2026-11-23 06:00"])
    import_file(db, newer, db_path=db_path)
    before = {t: table_count(db, t) for t in ("imports", "cases", "case_events")}
    older = write_csv(tmp_path / "igar.csv", [row(1), row(2), row(9)],
                      preamble=["Utdrag 2026-11-22 06:00"])
    with pytest.raises(OlderExport, match="nyare SAMSA-export"):
        import_file(db, older, db_path=db_path)
    assert {t: table_count(db, t) for t in before} == before


def test_the_command_line_says_so_in_swedish(db, db_path, tmp_path, capsys):
    import_file(db, write_csv(tmp_path / "idag.csv", rows(2),
                              preamble=["Utdrag 2026-11-23 06:00"]), db_path=db_path)
    older = write_csv(tmp_path / "igar.csv", rows(2, start=5))
    code = main(["import", str(older), "--db", str(db_path), "--as-of", "2026-11-22T06:00"])
    assert code == 2
    assert "nyare SAMSA-export" in capsys.readouterr().err
