"""The large demo: a big health centre told through the app's own storage functions and
import, for the benchmarks (run here small: 400 patients, one year)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.demo.large import write_large_demo
from huddle.domain.calendar import is_working_day

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    write_large_demo(path, patients=400, years=1, today=TODAY)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield conn
    conn.close()


def count(conn: sqlite3.Connection, sql: str, *params) -> int:
    return conn.execute(sql, params).fetchone()[0]


def test_the_listed_patients_and_their_shares(large):
    assert count(large, "SELECT count(*) FROM patients") == 400
    assert count(large, "SELECT count(*) FROM patients WHERE fictional = 0") == 0
    older = count(large, "SELECT count(*) FROM patients WHERE birth_date <= ?",
                  f"{TODAY.year - 65}-{TODAY:%m-%d}")
    assert 70 <= older <= 90
    assert count(large, "SELECT count(DISTINCT patient_id) FROM cfs_scores") == 60


def test_every_working_morning_is_a_samsa_export_read_by_the_importer(large):
    working = sum(1 for n in range(366) if is_working_day(date.fromordinal(
        TODAY.toordinal() - n)))
    samsa = count(large, "SELECT count(*) FROM imports WHERE kind = 'samsa'")
    assert abs(samsa - working) <= 1
    # The importer's own work: cases, their events and the 72-hour calls it creates.
    assert count(large, "SELECT count(*) FROM cases") == 60
    assert count(large, "SELECT count(*) FROM cases c JOIN patients p ON p.id = c.patient_id "
                        "WHERE p.birth_date > date(c.admitted_at, '-18 years')") == 0, \
        "no child in the elderly-care huddle's SAMSA lane"
    assert count(large, "SELECT count(*) FROM case_events WHERE kind = 'discharged'") > 30
    assert count(large, "SELECT count(*) FROM followups WHERE kind = 'call_72h'") > 10


def test_the_huddles_were_run_as_the_window_runs_them(large):
    huddles = count(large, "SELECT count(*) FROM huddles")
    assert 200 <= huddles <= 260
    # Ended with a saved summary, by end_huddle, not written afterwards.
    assert count(large, "SELECT count(*) FROM huddles WHERE ended_at IS NULL "
                        "OR summary IS NULL") == 0
    reviewed = count(large, "SELECT count(DISTINCT decision_id) FROM decision_reviews")
    assert reviewed > huddles // 2
    # Calls past their deadline were made (a few late), so few stay open.
    open_overdue = count(large, "SELECT count(*) FROM followups WHERE kind = 'call_72h' "
                                "AND status = 'open' AND due < ?", f"{TODAY}T00:00")
    assert open_overdue <= 2


def test_every_display_and_change_is_in_the_access_log_per_patient(large):
    rows = count(large, "SELECT count(*) FROM access_log")
    assert rows >= 400 * 20
    assert count(large, "SELECT count(*) FROM access_log WHERE place = 'projektor' "
                        "AND patient_id IS NOT NULL") > 100


def test_the_access_logs_indexes_are_built_again_after_the_bulk_writes(large, tmp_path):
    from huddle.storage.database import open_database

    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        wanted = fresh.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                               "AND tbl_name = 'access_log' ORDER BY name").fetchall()
    finally:
        fresh.close()
    assert len(wanted) >= 3  # the review's: by patient, by user, by time
    assert large.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                         "AND tbl_name = 'access_log' ORDER BY name").fetchall() == wanted
    plan = " ".join(row[3] for row in large.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM access_log WHERE patient_personnummer = ?",
        ["194001011234"]))
    assert "USING INDEX" in plan


@pytest.mark.parametrize("module", ["standard", "large", "huddles", "exports"])
def test_the_demos_write_no_sql_of_their_own(module):
    source = (Path(__file__).parent.parent / "huddle" / "demo" / f"{module}.py").read_text()
    assert not re.search(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA)\b|\.execute\(|\.insert\(|\.update\(",
                         source)


@pytest.mark.parametrize("argv", [["--patients", "50"], ["--patients", "300000"],
                                  ["--size", "large", "--years", "0"]])
def test_impossible_sizes_are_refused_in_swedish(tmp_path, capsys, argv):
    out = tmp_path / "x.sqlite"
    assert main(["demo", "--out", str(out), *argv]) == 2
    assert "måste vara mellan" in capsys.readouterr().err
    assert not out.exists()
