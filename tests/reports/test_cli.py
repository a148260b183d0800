"""`huddle report weekly|monthly` as a script or a scheduled job would run it."""

from __future__ import annotations

import csv
import io
import json

import pytest

from huddle.cli import main
from huddle.reports.summary import SAMSA_KEYS
from tests.dbtools import table_rows
from tests.reports.pdf_text import pdf_text

NOW = "2026-12-02T09:00"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_monthly_json_pdf_and_csv(capsys, scenario_db_path, tmp_path, identities):
    pdf, table = tmp_path / "nov.pdf", tmp_path / "nov.csv"
    code, out, err = run(capsys, "report", "monthly", "--db", str(scenario_db_path),
                         "--month", "2026-11", "--out", str(pdf), "--csv", str(table),
                         "--json", "--now", NOW)
    assert code == 0, err
    data = json.loads(out)
    assert {key: data["samsa"][key] for key in SAMSA_KEYS} == {"admissions": 5, "discharges": 5, "ready_days_episodes": 4,
                             "ready_days_total": 13, "ready_days_mean": 3.3, "pud_moves": 8,
                             "pud_moved_cases": 6, "readmissions_30d": 2}
    assert data["period"]["key"] == "2026-11"
    text = pdf_text(pdf.read_bytes())
    assert "Flyttade planerade utskrivningsdatum 8" in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    by_key = {r["measure"]: r for r in rows}
    assert (by_key["samsa.ready_days_mean"]["numerator"],
            by_key["samsa.ready_days_mean"]["denominator"],
            by_key["samsa.ready_days_mean"]["value"]) == ("13", "4", "3,3")
    assert by_key["samsa.readmissions_30d"]["value"] == "2"
    assert by_key["attendance.kommunal_hsl.percent"]["value_machine"] == "94.7"
    assert by_key["sip.valid_percent"]["value"] == "33,3"
    assert "escalations.answer_days_median" not in by_key   # a median does not add up
    assert len(by_key) == len(rows)                    # one row per measure
    assert {r["period"] for r in rows} == {"2026-11"}
    everything = out + table.read_text(encoding="utf-8")
    for identity in identities:
        assert identity not in everything


def test_weekly_writes_a_pdf_with_a_default_name(capsys, scenario_db_path, tmp_path,
                                                 monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "report", "weekly", "--db", str(scenario_db_path),
                         "--week", "2026-W47", "--now", NOW)
    assert code == 0, err
    written = tmp_path / "veckosammanstallning-2026-W47.pdf"
    assert written.exists()
    assert "Veckosammanställning vecka 47 2026 skriven till" in out
    assert "Arbetsdagar med avstämning 4 av 5 (80,0 %)" in pdf_text(written.read_bytes())


def test_without_a_period_the_last_ended_one_is_reported(capsys, scenario_db_path):
    code, out, _ = run(capsys, "report", "weekly", "--db", str(scenario_db_path), "--json",
                       "--now", "2026-11-23T07:00")
    assert code == 0
    assert json.loads(out)["period"]["key"] == "2026-W47"
    code, out, _ = run(capsys, "report", "monthly", "--db", str(scenario_db_path), "--json",
                       "--now", NOW)
    assert json.loads(out)["period"]["key"] == "2026-11"


def test_quarterly_and_yearly_as_pdf_and_json(capsys, scenario_db_path, tmp_path,
                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "report", "quarterly", "--db", str(scenario_db_path),
                         "--quarter", "2026-Q4", "--now", NOW)
    assert code == 0, err
    assert (tmp_path / "kvartalssammanstallning-2026-Q4.pdf").exists()
    assert "Kvartalssammanställning kvartal 4 2026" in out
    code, out, err = run(capsys, "report", "yearly", "--db", str(scenario_db_path), "--year",
                         "2026", "--json", "--now", NOW)
    assert code == 0, err
    data = json.loads(out)
    assert (data["report"], data["period"]["key"]) == ("yearly", "2026")
    assert data["samsa"]["admissions"] == 8          # every case of the scenario
    assert data["samsa"]["readmissions_30d"] == 2


@pytest.mark.parametrize("argv, message", [
    (("weekly", "--week", "2026-47"), "Veckan '2026-47' går inte att läsa"),
    (("weekly", "--week", "2026-W54"), "Vecka 54 finns inte år 2026"),
    (("monthly", "--month", "2026-13"), "Månaden '2026-13' finns inte"),
    (("monthly", "--month", "november"), "Skriv den som ÅÅÅÅ-MM"),
    (("monthly", "--month", "2027-02"), "har inte börjat än"),
    (("quarterly", "--quarter", "2026-Q5"), "Kvartalet '2026-Q5' går inte att läsa"),
    (("yearly", "--year", "26"), "Året '26' går inte att läsa"),
    (("yearly", "--year", "2027"), "har inte börjat än"),
])
def test_bad_period_is_a_swedish_message_and_exit_2(capsys, scenario_db_path, argv, message):
    code, out, err = run(capsys, "report", *argv, "--db", str(scenario_db_path), "--json",
                         "--now", NOW)
    assert code == 2
    assert message in err
    assert out == ""


def test_unwritable_output_is_a_known_error(capsys, scenario_db_path, tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    code, _, err = run(capsys, "report", "monthly", "--db", str(scenario_db_path), "--month",
                       "2026-11", "--out", str(blocker / "nov.pdf"), "--now", NOW)
    assert code == 2
    assert "Rapporten kunde inte sparas" in err


def test_report_export_is_logged_without_a_patient(capsys, scenario_db_path):
    from huddle.storage.database import open_database

    run(capsys, "report", "monthly", "--db", str(scenario_db_path), "--month", "2026-11",
        "--json", "--now", NOW)
    db = open_database(scenario_db_path)
    rows = list(table_rows(db, "access_log", "detail LIKE 'report %'"))
    db.conn.close()
    assert rows and rows[-1]["patient_id"] is None
    assert (rows[-1]["action"], rows[-1]["place"], rows[-1]["detail"]) == (
        "exportera", "rapport", "report monthly 2026-11 json")


@pytest.mark.parametrize("argv", [
    ("monthly", "--month", "9999-12"), ("weekly", "--week", "9999-W52"),
    ("quarterly", "--quarter", "9999-Q1"), ("yearly", "--year", "1899"),
    ("monthly", "--month", "1999-12"),
])
def test_a_year_out_of_range_is_a_swedish_sentence_not_a_traceback(capsys, scenario_db_path,
                                                                   argv):
    code, out, err = run(capsys, "report", *argv, "--db", str(scenario_db_path), "--json",
                         "--now", NOW)
    assert code == 2 and out == ""
    assert f"Perioden '{argv[2]}' ligger utanför de år Huddle sammanställer" in err
    assert "Välj ett år mellan 2000 och 2100" in err


@pytest.mark.parametrize("argv, message", [
    (("quarterly", "--quarter", "2026-Q5"), "Kvartalet '2026-Q5' går inte att läsa"),
    (("yearly", "--year", "0"), "Året '0' går inte att läsa"),
])
def test_a_quarter_or_year_that_cannot_be_read_is_refused(capsys, scenario_db_path, argv,
                                                          message):
    code, _, err = run(capsys, "report", *argv, "--db", str(scenario_db_path), "--json",
                       "--now", NOW)
    assert code == 2
    assert message in err
