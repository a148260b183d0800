"""``huddle log``: the access log reviewed on the command line — every patient the board
showed is in it once, extracts and exports are the owner's alone, and the review is itself
logged."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.storage.database import open_database
from tests.conftest import DEMO_TODAY
from tests.dbtools import table_rows
from tests.reports.pdf_text import pdf_text

ROW_KEYS = {"at", "user", "workstation", "action", "where", "patient", "patient_id", "name",
            "protected", "detail"}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv) -> dict:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    return json.loads(out)


def board_patients(board: dict) -> set[int]:
    found: set[int] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            if value.get("patient_id") is not None:
                found.add(value["patient_id"])
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(board)
    return found


@pytest.mark.parametrize("projector", [False, True])
def test_the_log_shows_one_view_per_patient_the_board_showed(capsys, demo_db_path, projector):
    extra = ["--projector"] if projector else []
    board = run_json(capsys, "board", "--db", demo_db_path, "--date", DEMO_TODAY, "--json",
                     *extra)
    shown = board_patients(board)
    assert len(shown) > 10
    log = run_json(capsys, "log", "--db", demo_db_path, "--json", "--from", date.today(),
                   "--action", "visa")
    views = Counter(row["patient_id"] for row in log["rows"] if row["where"] == "kommandorad")
    assert set(views) == shown
    assert set(views.values()) == {1}
    assert all(set(row) == ROW_KEYS for row in log["rows"])
    assert log["totals"]["rows"] == len(log["rows"])
    # The room's view names no one, but the log does: by personnummer, masked only for a
    # protected identity.
    by_id = {row["patient_id"]: row for row in log["rows"]}
    assert all(row["patient"] for row in by_id.values() if not row["protected"])


def test_a_patient_search_in_json_carries_the_contract_keys(capsys, demo_db_path):
    everything = run_json(capsys, "log", "--db", demo_db_path, "--json")
    number = next(row["patient"] for row in everything["rows"] if row["patient"])
    found = run_json(capsys, "log", "--db", demo_db_path, "--json", "--patient", number)
    assert found["rows"] and {row["patient"] for row in found["rows"]} == {number}
    assert found["query"]["patient"] == number
    assert sum(found["totals"]["by_action"].values()) == found["totals"]["rows"]
    # The search above is in the log: the next one sees it.
    again = run_json(capsys, "log", "--db", demo_db_path, "--json", "--patient", number)
    assert [row["where"] for row in again["rows"]][-1] == "loggranskning"
    assert again["rows"][-1]["action"] == "exportera"


def test_the_extract_is_a_pdf_for_one_patient_the_owners_alone(capsys, demo_db_path,
                                                                  tmp_path: Path):
    everything = run_json(capsys, "log", "--db", demo_db_path, "--json")
    row = next(row for row in everything["rows"] if row["patient"] and not row["protected"])
    out = tmp_path / "utdrag.pdf"
    old = os.umask(0o022)
    try:
        code, printed, err = run(capsys, "log", "--db", demo_db_path, "--patient",
                                 row["patient"], "--out", out)
    finally:
        os.umask(old)
    assert (code, err) == (0, "") and str(out) in printed
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out.read_bytes())
    assert "Loggutdrag" in text and row["patient"] in text and row["name"] in text
    assert row["user"] in text
    db = open_database(demo_db_path)
    try:
        last = table_rows(db, "access_log")[-1]
    finally:
        db.close()
    assert (last["action"], last["place"], last["patient_id"]) == (
        "skriv ut", "loggranskning", row["patient_id"])


def test_csv_is_written_owner_only_with_the_json_keys(capsys, demo_db_path, tmp_path: Path):
    out = tmp_path / "logg.csv"
    code, _, err = run(capsys, "log", "--db", demo_db_path, "--csv", out, "--action", "ändra")
    assert (code, err) == (0, "")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "at;user;workstation;action;where;patient;name;detail"
    assert len(lines) > 1 and all(";ändra;" in line for line in lines[1:])


@pytest.mark.parametrize(("argv", "message"), [
    (("--from", "2026-13-01"), "Datumet '2026-13-01' finns inte."),
    (("--to", "igår"), "Datumet 'igår' finns inte."),
    (("--from", "2026-11-24", "--to", "2026-11-01"), "ligger efter till-datumet"),
    (("--action", "titta"), "Åtgärden 'titta' finns inte i loggen."),
    (("--out", "utdrag.pdf"), "Ett loggutdrag gäller en patient"),
    (("--patient", "Holm", "--out", "utdrag.pdf"), "ett loggutdrag gäller en"),
])
def test_bad_input_is_one_swedish_sentence_and_exit_2(capsys, demo_db_path, argv, message):
    code, out, err = run(capsys, "log", "--db", demo_db_path, *argv)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
