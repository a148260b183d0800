"""The demo tells the frail-older-people story whatever the seed: every pathway, a SIP
invitation due, an open and an overdue 72-hour call, a frequent attender – in a CFS lane short
enough for its three minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from huddle.demo import write_demo
from huddle.domain.frailty import sip_status_from
from huddle.storage.board_data import load_board, load_sips
from huddle.storage.database import open_database
from huddle.storage.register import planning_list
from huddle.storage.settings import load_settings
from tests.conftest import DEMO_TODAY


def board_of(path: Path):
    db = open_database(path, migrate=False)
    try:
        return load_board(db, DEMO_TODAY)
    finally:
        db.conn.close()


@pytest.fixture(scope="module")
def seed4(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed4") / "demo.sqlite"
    write_demo(path, seed=4, days=30, today=DEMO_TODAY)
    return path


@pytest.fixture(params=["default", "seed4"])
def board(request, demo_db_file, seed4):
    return board_of(demo_db_file if request.param == "default" else seed4)


def test_the_cfs_lane_shows_every_pathway_and_fits_three_minutes(board):
    cfs = board.lanes["cfs"]
    assert {item.pathway for item in cfs} >= {"forebyggande", "sip_daglig",
                                                       "trygg_hemgang"}
    assert 5 <= len(cfs) <= 14
    assert sum(item.urgent for item in cfs) <= 3  # red means today, not "frail"
    assert all(item.next_step for item in cfs)


def test_a_sip_invitation_is_due_and_stands_first_in_red(board):
    first = board.lanes["cfs"][0]
    assert first.urgent and "SIP-kallelse senast i dag" in first.reason
    assert first.next_step == "Skicka SIP-kallelse i dag"


def test_a_frequent_attender_is_flagged_for_the_preventive_team(board):
    frequent = [i for i in board.lanes["cfs"] if "mångsökare" in i.reason]
    assert frequent
    assert any(i.pathway == "forebyggande" for i in frequent)


def test_the_64_year_old_flagged_by_home_care_carries_the_age_warning(board):
    flagged = [i for i in board.lanes["cfs"] if "flaggad:" in i.reason]
    assert flagged and flagged[0].age == 64
    assert "under 65 år – CFS ej validerad" in flagged[0].reason


def test_an_open_and_an_overdue_72_hour_call(board):
    calls = [i for i in board.lanes["home_followup"] if i.kind == "call_72h"]
    assert any(i.overdue for i in calls)
    assert any(not i.overdue for i in calls)
    overdue = next(i for i in calls if i.overdue)
    assert overdue.urgent and "FÖRSENAD" in overdue.reason
    assert all(i.actor == "vc" and i.due_at is not None for i in calls)


def test_the_planning_queue_waits_in_the_register(board):
    assert board.lane_notes["cfs"].endswith("till att planera – se Register › Att planera")


def test_most_cfs_5_to_6_have_a_valid_sip_as_the_seeds_aim_for(demo_db_path):
    db = open_database(demo_db_path)
    try:
        ids = {r[0] for r in db.execute(
            "SELECT s.patient_id FROM cfs_scores s WHERE s.id = (SELECT max(id) FROM cfs_scores "
            "t WHERE t.patient_id = s.patient_id) AND s.level BETWEEN 5 AND 6").fetchall()}
        settings = load_settings(db)
        sips = load_sips(db, DEMO_TODAY)
        valid = sum(sip_status_from(sips.get(pid), DEMO_TODAY, settings).valid for pid in ids)
        assert len(ids) >= 20 and valid / len(ids) >= 0.6
        waiting = [row for row in planning_list(db, day=DEMO_TODAY) if not row.on_board_today]
        assert len(waiting) == int(board_of(demo_db_path).lane_notes["cfs"].split()[1])
    finally:
        db.conn.close()
