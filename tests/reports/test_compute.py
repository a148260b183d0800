"""The numbers of the scenario month and week, worked out by hand (see conftest.py)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from huddle.errors import InputError
from huddle.reports.compute import compute_summary
from huddle.reports.period import parse_month, parse_week
from huddle.reports.summary import SAMSA_KEYS
from tests.reports.conftest import NOW


@pytest.fixture
def november(scenario_db):
    return compute_summary(scenario_db, parse_month("2026-11"), NOW)


@pytest.fixture
def week47(scenario_db):
    return compute_summary(scenario_db, parse_week("2026-W47"), NOW)


def test_samsa_process_statistics_for_the_month(november):
    assert {key: november.to_json()["samsa"][key] for key in SAMSA_KEYS} == {
        "admissions": 5,            # A2, B1, B2, C1, D1
        "discharges": 5,            # A2, B1, B2, C1, E1
        "ready_days_episodes": 4,   # B1 went home the day it was ready: not an episode
        "ready_days_total": 13,     # 4 + 4 + 3 + 2
        "ready_days_mean": 3.3,     # 3.25 rounded half up
        "pud_moves": 8,             # A2 ×2, B1, B2 ×2 (back and forth), C1, D1, E1
        "pud_moved_cases": 6,
        "readmissions_30d": 2,      # A2 after 16 days, B2 after 12; D1 after 64 is not
    }


def test_samsa_process_statistics_for_the_week(week47):
    assert {key: week47.to_json()["samsa"][key] for key in SAMSA_KEYS} == {
        "admissions": 3, "discharges": 2, "ready_days_episodes": 2, "ready_days_total": 7,
        "ready_days_mean": 3.5, "pud_moves": 1, "pud_moved_cases": 1, "readmissions_30d": 1,
    }


def test_huddles_attendance_and_duration(november, week47):
    assert november.to_json()["huddles"] == {
        "working_days": 21, "held": 19, "held_on_working_days": 18, "held_percent": 85.7,
        "timed": 18, "planned_minutes": 15, "duration_median_minutes": 13.0,
        "duration_longest_minutes": 16.5, "within_time": 17, "within_time_percent": 94.4,
    }
    assert week47.to_json()["huddles"] == {
        "working_days": 5, "held": 4, "held_on_working_days": 4, "held_percent": 80.0,
        "timed": 4, "planned_minutes": 15, "duration_median_minutes": 14.5,
        "duration_longest_minutes": 16.5, "within_time": 3, "within_time_percent": 75.0,
    }
    week = week47.to_json()["attendance"]
    assert week["aldre_ssk"] == {"huddles": 4, "percent": 100.0}
    assert week["bistandshandlaggare"] == {"huddles": 2, "percent": 50.0}
    assert week["hemtjanst"] == {"huddles": 1, "percent": 25.0}   # two came; one huddle
    assert week["kommunal_hsl"] == {"huddles": 3, "percent": 75.0}
    assert week["lakare"] == {"huddles": 0, "percent": 0.0}
    month = november.to_json()["attendance"]
    assert month["kommunal_hsl"] == {"huddles": 18, "percent": 94.7}
    assert month["hemtjanst"] == {"huddles": 1, "percent": 5.3}


def test_decisions_and_escalations(november, week47):
    assert week47.to_json()["decisions"] == {
        "made": 4, "closed": 2, "open_at_end": 5, "overdue_at_end": 2}
    assert november.to_json()["decisions"] == {
        "made": 6, "closed": 4, "open_at_end": 4, "overdue_at_end": 2}
    week = week47.to_json()["escalations"]
    assert (week["raised"], week["answered"], week["unanswered_at_end"]) == (1, 0, 2)
    month = november.to_json()["escalations"]
    assert (month["raised"], month["answered"], month["unanswered_at_end"]) == (2, 2, 1)
    assert month["answer_days_median"] == 6.5
    assert [item["raised_on"] for item in month["items"]] == [
        "2026-10-21", "2026-11-05", "2026-11-20"]
    assert month["items"][0]["answer"] is None
    assert month["items"][1]["answer"] == "Beviljat: två platser från december."


def test_escalation_text_never_names_the_patient(november):
    item = november.to_json()["escalations"]["items"][2]
    assert item["question"] == "Chefen: Ring dottern till [namn] [namn] om hemtjänst kvällstid"
    assert item["what"] == item["question"]


def test_the_report_quotes_the_question_for_managers_never_the_decision_text(november):
    """The decision's own free text is written for the huddle, not for managers: the report
    prints the escalation's question and the answer only."""
    items = november.to_json()["escalations"]["items"]
    assert all(item["question"].startswith("Chefen: ") for item in items)
    quoted = json.dumps(november.to_json(), ensure_ascii=False)
    assert "Ring dottern till" not in quoted.replace("Chefen: Ring dottern till", "")


def test_calls_and_followups(november, week47):
    assert november.to_json()["calls_72h"] == {
        "hours": 72, "due": 4, "made": 3, "in_time": 2, "in_time_percent": 50.0,
        "not_made": 1}
    assert week47.to_json()["calls_72h"]["due"] == 1
    assert week47.to_json()["calls_72h"]["in_time_percent"] == 100.0
    followups = november.to_json()["followups"]
    assert followups["created"] == 5
    assert followups["by_reason"]["fallrisk"] == 2
    assert sum(followups["by_reason"].values()) == 5
    assert followups["by_actor"] == {"forebyggande_team": 1, "vc": 2,
                                     "kommunal_primarvard": 1, "bistandshandlaggare": 0,
                                     "hemtjanst": 0, "digital": 1}
    assert (followups["due"], followups["done_by_due"], followups["done_by_due_percent"],
            followups["open_overdue_at_end"]) == (5, 3, 60.0, 1)
    week = week47.to_json()["followups"]
    assert (week["created"], week["due"], week["done_by_due"], week["open_overdue_at_end"]) \
        == (3, 2, 1, 0)


def test_cfs_and_sip_adherence(november):
    data = november.to_json()
    assert data["cfs"] == {
        "patients_scored": 4, "scores_registered": 2, "overdue": 1, "rescore_months": 12,
        "by_level": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 2, "6": 1, "7": 1, "8": 0,
                     "9": 0},
    }
    assert data["sip"] == {
        "cfs_levels": [5, 6], "patients": 3, "with_valid_sip": 1, "valid_percent": 33.3,
        "valid_months": 12, "invited": 2, "held": 1, "followed_up": 0, "declined": 1,
        # nobody in the scenario is in municipal home health care
        "hsl_patients": 0, "hsl_with_valid_sip": 0, "hsl_valid_percent": None,
        "hsl_followed_up": 0, "hsl_followed_up_percent": None,
    }


def test_run_chart_covers_twelve_months_from_the_first_import(november):
    trend = november.to_json()["trend"]
    assert [point["month"] for point in trend][0] == "2025-12"
    assert [point["month"] for point in trend][-1] == "2026-11"
    assert all(value is None for point in trend[:9] for key, value in point.items()
               if key != "month")
    assert trend[-1]["pud_moves"] == 8
    assert trend[-1]["held_percent"] == 85.7
    assert trend[-1]["sip_valid_percent"] == 33.3
    assert trend[-2]["pud_moves"] == 1        # A1's move on 14 October
    assert trend[-3]["ready_days_total"] == 1  # D0


def test_weekly_has_no_monthly_sections(week47):
    data = week47.to_json()
    assert "cfs" not in data and "sip" not in data and "trend" not in data


def test_open_period_counts_only_the_days_gone_by(scenario_db):
    summary = compute_summary(scenario_db, parse_week("2026-W47"),
                              datetime(2026, 11, 18, 12, 0))
    assert not summary.complete
    # Monday and Tuesday have passed; Wednesday's huddle is held: 3 days, 3 huddles.
    assert summary.huddles.working_days == 3
    assert summary.huddles.held_percent == 100.0


def test_json_has_no_identities(november, week47, identities):
    text = json.dumps([november.to_json(), week47.to_json()], ensure_ascii=False)
    for identity in identities:
        assert identity not in text


def test_a_period_not_begun_is_refused(scenario_db):
    with pytest.raises(InputError, match="har inte börjat"):
        compute_summary(scenario_db, parse_month("2027-01"), NOW)
