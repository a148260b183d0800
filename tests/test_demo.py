"""The demo database: a believable, fictional Skene vårdcentral with 90 days of history."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from huddle.demo import FIRST_NAMES_F, FIRST_NAMES_M, write_demo
from huddle.domain.identity import parse_identity
from huddle.storage.board_data import load_board
from huddle.storage.database import open_database
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY.isoformat()


@pytest.fixture(scope="module")
def demo(demo_db_file: Path):
    conn = sqlite3.connect(f"file:{demo_db_file}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def scalar(conn: sqlite3.Connection, sql: str, *params) -> int:
    return conn.execute(sql, params).fetchone()[0]


def test_about_120_fictional_patients_with_valid_personnummer(demo):
    rows = demo.execute("SELECT * FROM patients").fetchall()
    assert 110 <= len(rows) <= 130
    assert all(row["fictional"] == 1 for row in rows)
    for row in rows:
        identity = parse_identity(row["personnummer"], today=DEMO_TODAY)
        assert identity.number == row["personnummer"]
        assert identity.birth_date.isoformat() == row["birth_date"]
    assert len({row["personnummer"] for row in rows}) == len(rows)
    assert len({row["name"] for row in rows}) == len(rows)


def test_the_sex_digit_of_each_personnummer_matches_the_first_name(demo):
    # The ninth digit is even for women and odd for men.
    for row in demo.execute("SELECT name, personnummer FROM patients"):
        first = row["name"].split(", ")[1]
        ninth = int(row["personnummer"][10])
        if first in FIRST_NAMES_F:
            assert ninth % 2 == 0, row["name"]
        else:
            assert first in FIRST_NAMES_M
            assert ninth % 2 == 1, row["name"]


def test_the_health_centre_is_skene_in_mark(demo):
    settings = {row["key"]: json.loads(row["value"]) for row in demo.execute(
        "SELECT key, value FROM settings")}
    assert settings["vc_name"] == "Skene vårdcentral"
    assert settings["kommun"] == "Mark"
    assert settings["vc_aliases"]


def test_one_samsa_snapshot_a_day_for_90_days(demo):
    days = [row[0] for row in demo.execute(
        "SELECT substr(as_of, 1, 10) FROM imports WHERE kind = 'samsa' ORDER BY as_of")]
    expected = [(DEMO_TODAY - timedelta(days=n)).isoformat() for n in range(90, -1, -1)]
    assert days == expected


def test_the_samsa_history_has_every_kind_of_change(demo):
    kinds = {row[0]: row[1] for row in demo.execute(
        "SELECT kind, count(*) FROM case_events GROUP BY kind")}
    for kind in ("admitted", "pud_set", "pud_moved", "ready", "discharged", "readmission",
                 "sip_invited"):
        assert kinds.get(kind, 0) > 0, kind
    in_hospital = scalar(demo, "SELECT count(*) FROM cases WHERE gone_at IS NULL "
                               "AND discharged_at IS NULL")
    assert in_hospital >= 3
    waiting = scalar(demo, "SELECT count(*) FROM cases WHERE discharged_at IS NOT NULL AND "
                           "julianday(discharged_at) - julianday(ready_at) >= 1")
    assert waiting > 0


def test_cfs_scores_cover_all_nine_levels(demo):
    levels = {row[0] for row in demo.execute("SELECT DISTINCT level FROM cfs_scores")}
    assert levels == set(range(1, 10))


def test_there_is_a_protected_identity_and_patients_without_consent(demo):
    assert scalar(demo, "SELECT count(*) FROM patients WHERE protected_identity = 1") >= 1
    from collections import Counter

    from huddle.domain.consent import consent_category
    from huddle.storage.rows import all_patients

    categories = Counter(consent_category(p.consent_facts) for p in all_patients(demo).values())
    assert categories["not_consented"] > 0 and categories["protected"] > 0
    assert categories["consented"] > categories["not_consented"]


def test_past_huddles_with_attendance(demo):
    huddles = demo.execute("SELECT * FROM huddles ORDER BY day").fetchall()
    assert len(huddles) >= 40
    assert all(h["day"] < TODAY and h["ended_at"] for h in huddles)
    without_nurse = scalar(demo, "SELECT count(*) FROM huddles h WHERE NOT EXISTS ("
                                 "SELECT 1 FROM huddle_attendance a WHERE a.huddle_id = h.id "
                                 "AND a.role = 'aldre_ssk')")
    assert without_nurse == 0


def test_the_huddle_summaries_count_their_escalations(demo):
    for huddle in demo.execute("SELECT id, day, summary FROM huddles"):
        summary = json.loads(huddle["summary"])
        made = scalar(demo, "SELECT count(*) FROM decisions WHERE huddle_id = ?", huddle["id"])
        escalated = scalar(demo, "SELECT count(*) FROM decisions "
                                 "WHERE substr(escalated_at, 1, 10) = ?", huddle["day"])
        assert (summary["decisions_made"], summary["escalated"]) == (made, escalated)
    assert scalar(demo, "SELECT count(*) FROM decisions WHERE escalated_at IS NOT NULL") > 0


def decision_mix(conn: sqlite3.Connection, today: str) -> dict[str, int]:
    return {
        "done": scalar(conn, "SELECT count(*) FROM decisions WHERE status = 'done'"),
        "open": scalar(conn, "SELECT count(*) FROM decisions WHERE status = 'open'"),
        "overdue": scalar(conn, "SELECT count(*) FROM decisions WHERE status = 'open' "
                                "AND due_on < ?", today),
        "escalated_waiting": scalar(conn, "SELECT count(*) FROM decisions WHERE status = 'open'"
                                          " AND escalated_at IS NOT NULL "
                                          "AND answer_text IS NULL"),
        "answered": scalar(conn, "SELECT count(*) FROM decisions WHERE answer_text IS NOT NULL "
                                 "AND answer_at > escalated_at"),
    }


def test_decisions_open_done_overdue_escalated_and_answered(demo):
    mix = decision_mix(demo, TODAY)
    assert all(count > 0 for count in mix.values()), mix


def test_follow_ups_at_home_and_72_hour_calls(demo):
    rows = demo.execute("SELECT kind, status, count(*) FROM followups GROUP BY kind, status")
    counts = {(kind, status): n for kind, status, n in rows}
    for key in (("need", "open"), ("need", "done"), ("call_72h", "open"), ("call_72h", "done")):
        assert counts.get(key, 0) > 0, key


def test_the_demo_board_fills_every_lane_and_shows_an_answered_escalation(demo_db_file):
    db = open_database(demo_db_file, migrate=False)
    try:
        board = load_board(db, DEMO_TODAY)
    finally:
        db.conn.close()
    assert all(len(items) >= 3 for items in board.lanes.values()), {
        lane: len(items) for lane, items in board.lanes.items()}
    assert board.last_import is not None and board.last_import.date() == DEMO_TODAY
    assert any(d.overdue for d in board.open_decisions)
    assert any(d.escalated and not d.answer for d in board.open_decisions)
    assert any(d.answer for d in board.open_decisions)
    assert board.since_last_huddle


def test_another_seed_still_has_the_whole_decision_mix(tmp_path):
    # Seed 4 over 30 days once drew no escalation at all; the mix must not depend on luck.
    path = tmp_path / "seed4.sqlite"
    write_demo(path, seed=4, days=30, today=DEMO_TODAY)
    conn = sqlite3.connect(path)
    try:
        mix = decision_mix(conn, TODAY)
    finally:
        conn.close()
    assert all(count > 0 for count in mix.values()), mix


def test_write_demo_replaces_an_existing_file(tmp_path):
    path = tmp_path / "demo.sqlite"
    path.write_text("gammalt innehåll", encoding="utf-8")
    write_demo(path, seed=2, days=5, today=date(2026, 11, 23))
    conn = sqlite3.connect(path)
    try:
        assert scalar(conn, "SELECT count(*) FROM patients") == 120
    finally:
        conn.close()
