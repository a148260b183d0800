"""A consent list (Personnummer;Samtycke;Datum;Registrerat av) is the health centre's own
record of consent: recognised from its header, recorded with date and who, logged, and never
overwritten by SAMSA's Samtycke."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from huddle.cli import main
from huddle.storage.imports import import_file
from tests.dbtools import table_rows
from tests.intake.samsa_files import AS_OF, pnr, row, write_csv

ANSWERS_AT = datetime(2026, 11, 21, 9, 0)
YES, NO = row(1)["Personnummer"], row(2)["Personnummer"]


def consent_list(folder: Path, lines: list[str], name: str = "samtycken.csv") -> Path:
    path = folder / name
    path.write_text("Personnummer;Samtycke;Datum;Registrerat av\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    return path


def patient(db, number: str) -> dict:
    digits = number.replace("-", "")
    [found] = table_rows(db, "patients", "personnummer = ?", [digits])
    return found


def test_a_consent_list_records_the_health_centres_answers_with_date_and_who(db, tmp_path):
    path = consent_list(tmp_path, [f"{YES};Ja;2026-11-20;Anna Lund, ssk",
                                   f"{NO};Nej;2026-11-19;Anna Lund, ssk"])

    result = import_file(db, path, as_of=ANSWERS_AT)

    assert result.kind == "consent" and (result.accepted, result.new_cases) == (2, 2)
    yes, no = patient(db, YES), patient(db, NO)
    assert (yes["consent"], yes["consent_date"], yes["consent_by"]) == (
        "given", "2026-11-20", "Anna Lund, ssk")
    assert (no["consent"], no["consent_date"]) == ("declined", "2026-11-19")
    logged = table_rows(db, "access_log", "place = 'import'")
    assert sorted(r["detail"] for r in logged if r["patient_id"]) == [
        "consent_changed unknown->declined", "consent_changed unknown->given"]
    assert any(r["detail"] == f"consent_import {result.import_id}" for r in logged)


def test_samsa_never_overwrites_the_recorded_answer(db, tmp_path, capsys, db_path):
    import_file(db, consent_list(tmp_path, [f"{NO};Nej;2026-11-19;Anna Lund, ssk"]),
                as_of=ANSWERS_AT)

    export = write_csv(tmp_path / "samsa.csv", [row(2, Samtycke="Ja")])
    import_file(db, export, as_of=AS_OF)

    no = patient(db, NO)
    assert (no["consent"], no["samsa_consent"]) == ("declined", "given")
    assert main(["board", "--db", str(db_path), "--json", "--projector",
                 "--date", "2026-11-22"]) == 0
    board = json.loads(capsys.readouterr().out)
    shown = json.dumps(board, ensure_ascii=False)
    assert "Åberg, Märta 2" not in shown and NO not in shown
    assert "Patient utan samtycke 1" in shown  # on the board, as the neutral label


def test_an_older_row_does_not_replace_a_newer_record(db, tmp_path):
    import_file(db, consent_list(tmp_path, [f"{YES};Ja;2026-11-20;Anna Lund, ssk"], "a.csv"),
                as_of=ANSWERS_AT)
    result = import_file(db, consent_list(tmp_path, [f"{YES};Nej;2026-10-01;Per Ek, ssk"],
                                          "b.csv"), as_of=ANSWERS_AT)
    assert (result.new_cases, result.unchanged_cases) == (0, 1)
    assert patient(db, YES)["consent"] == "given"


def test_bad_rows_get_reasons_that_name_the_column_and_never_the_cell(db, tmp_path):
    person = pnr("19400101", "000")
    path = consent_list(tmp_path, [f"{YES};Kanske;2026-11-20;Anna Lund",
                                   f"{YES};Ja;;Anna Lund",
                                   f"{YES};Ja;2027-01-01;Anna Lund",
                                   f"{YES};Ja;2026-11-20;",
                                   f"{YES};Ja;{person} Andersson, Sven;Anna Lund"])

    result = import_file(db, path, as_of=ANSWERS_AT)

    reasons = [problem.reason for problem in result.rejected]
    assert [problem.line for problem in result.rejected] == [2, 3, 4, 5, 6]
    assert reasons[0] == "Samtycke: skriv Ja eller Nej."
    assert reasons[3] == "Registrerat av saknas."
    assert all("Andersson" not in r and person[:8] not in r for r in reasons)
    assert result.accepted == 0


def test_the_command_line_says_what_a_consent_list_did(db, db_path, tmp_path, capsys):
    path = consent_list(tmp_path, [f"{YES};Ja;2026-11-20;Anna Lund, ssk"])
    assert main(["import", str(path), "--db", str(db_path), "--as-of", "2026-11-21T09:00"]) == 0
    assert "Samtycken: 1 registrerade, 0 fanns redan" in capsys.readouterr().out
