"""The huddle's pure rules: time boxes, clock, pace, summary and missed days."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from huddle.domain.huddle import (
    AGENDA_ORDER,
    PHASE_ENDED,
    PHASE_NEAR_END,
    PHASE_OVERTIME,
    PHASE_RUNNING,
    HuddleSummary,
    build_agenda,
    clock_state,
    format_seconds,
    missed_working_days,
    overtime_seconds,
    pace_forecast,
    part_seconds,
    planned_minutes,
    progress,
    running_seconds,
    summary_from_json,
)
from huddle.domain.settings import Settings


def test_default_agenda_is_3_2_4_3_3_in_the_order_of_the_huddle():
    agenda = build_agenda(Settings())
    assert [p.key for p in agenda] == list(AGENDA_ORDER)
    assert [p.minutes for p in agenda] == [3, 2, 4, 3, 3]
    assert [p.starts_at for p in agenda] == [0, 180, 300, 540, 720]
    assert agenda[0].label == "Öppna beslut"
    assert agenda[-1].label == "Uppföljning i hemmet"


def test_agenda_follows_the_settings_and_ignores_a_broken_value():
    assert [p.minutes for p in build_agenda(Settings({"agenda_minutes": [5, 1, 3, 3, 3]}))] \
        == [5, 1, 3, 3, 3]
    for broken in ([3, 2, 4], "3,2,4,3,3", [3, 2, 4, 3, -1], [3, 2, 4, 3, True]):
        assert [p.minutes for p in build_agenda(Settings({"agenda_minutes": broken}))] \
            == [3, 2, 4, 3, 3]
    assert planned_minutes(Settings({"huddle_minutes": 20})) == 20
    assert planned_minutes(Settings({"huddle_minutes": 0})) == 15


def test_clock_counts_down_then_signals_near_end_then_overtime():
    running = clock_state(60, 15)
    assert (running.phase, running.text, running.message) == (PHASE_RUNNING, "14:00", "")
    # Two minutes left is the calm signal; exactly then, not a second earlier.
    assert clock_state(779, 15).phase == PHASE_RUNNING
    near = clock_state(780, 15)
    assert (near.phase, near.text, near.message) == (PHASE_NEAR_END, "2:00", "2 min kvar")
    assert clock_state(899, 15).message == "1 min kvar"
    at_end = clock_state(900, 15)
    assert (at_end.phase, at_end.text) == (PHASE_NEAR_END, "0:00")
    over = clock_state(965, 15)
    assert (over.phase, over.text, over.overtime_seconds) == (PHASE_OVERTIME, "+1:05", 65)
    assert "Övertid" in over.message
    assert clock_state(965, 15, ended=True).phase == PHASE_ENDED


def test_overtime_is_what_runs_past_the_planned_minutes():
    assert overtime_seconds(14 * 60 + 59, 15) == 0
    assert overtime_seconds(15 * 60, 15) == 0
    assert overtime_seconds(17 * 60 + 3, 15) == 123
    assert format_seconds(0) == "0:00"
    assert format_seconds(754) == "12:34"


def test_time_per_part_adds_up_when_the_chair_goes_back():
    switches = [("open_decisions", 0), ("since_last_huddle", 200), ("open_decisions", 260),
                ("samsa", 300)]
    spent = part_seconds(switches, 500)
    assert spent["open_decisions"] == 240
    assert spent["since_last_huddle"] == 60
    assert spent["samsa"] == 200
    assert spent["cfs"] == 0
    rows = progress(build_agenda(Settings()), spent, "samsa")
    assert rows[0].over  # 4 min in a 3-minute box
    assert not rows[2].over
    assert rows[2].current and not rows[0].current
    assert rows[0].text == "Öppna beslut 4:00/3:00"


def test_pace_forecast_says_how_many_of_todays_patients_are_reached():
    # 3 patients in 5 minutes: 10 minutes left gives 6 more, 9 in all -> all of 9.
    assert pace_forecast(elapsed_seconds=300, planned_minutes=15, done=3, total=9).reachable == 9
    # 2 patients in 5 minutes: 4 more in 10 minutes -> 6 of 9, and behind.
    forecast = pace_forecast(elapsed_seconds=300, planned_minutes=15, done=2, total=9)
    assert forecast.reachable == 6 and forecast.behind
    assert forecast.text == "I nuvarande takt hinner ni 6 av 9 patienter"
    # Past the planned time nothing more is reached.
    late = pace_forecast(elapsed_seconds=1000, planned_minutes=15, done=5, total=9)
    assert late.reachable == 5
    done = pace_forecast(elapsed_seconds=600, planned_minutes=15, done=9, total=9)
    assert not done.behind and done.text == "Alla 9 patienter genomgångna"
    assert pace_forecast(elapsed_seconds=120, planned_minutes=15, done=0, total=9) is None
    assert pace_forecast(elapsed_seconds=0, planned_minutes=15, done=1, total=9) is None
    assert pace_forecast(elapsed_seconds=60, planned_minutes=15, done=1, total=0) is None


def test_a_resumed_huddle_does_not_count_the_pause():
    started = datetime(2026, 11, 23, 8, 15)
    assert running_seconds(started, datetime(2026, 11, 23, 8, 20)) == 300
    resumed = datetime(2026, 11, 23, 13, 0)
    assert running_seconds(started, datetime(2026, 11, 23, 13, 2), previous_seconds=600,
                           resumed_at=resumed) == 720


def test_missed_days_skip_weekends_and_swedish_holidays():
    # 2026-12-21 (Mon) .. 2026-12-27 (Sun): 25 and 26 December are public holidays;
    # julafton is not one by law but a day off unless the setting eves_days_off is turned off.
    held = {date(2026, 12, 21)}
    assert missed_working_days(held, date(2026, 12, 21), date(2026, 12, 27)) == [
        date(2026, 12, 22), date(2026, 12, 23)]
    assert missed_working_days(held, date(2026, 12, 21), date(2026, 12, 27),
                               eves_off=False) == [
        date(2026, 12, 22), date(2026, 12, 23), date(2026, 12, 24)]
    # Kristi himmelfärdsdag 2026 is Thursday 14 May.
    assert missed_working_days({date(2026, 5, 12)}, date(2026, 5, 11), date(2026, 5, 17)) == [
        date(2026, 5, 11), date(2026, 5, 13), date(2026, 5, 15)]
    assert missed_working_days(set(), date(2026, 11, 24), date(2026, 11, 23)) == []


def test_summary_round_trips_through_json_and_reads_in_swedish():
    summary = HuddleSummary(
        duration_seconds=17 * 60 + 5, planned_minutes=15, overtime_seconds=125,
        roles=("aldre_ssk", "hemtjanst"), attendance=(("aldre_ssk", "Anna Lund"),
                                                      ("hemtjanst", None)),
        decisions_made=2, decisions_closed=3, decisions_new_date=1, escalated=1,
        followups_made=1, open_decisions_unreviewed=2, parts_seconds={"samsa": 300})
    assert summary_from_json(summary.to_json()) == summary
    lines = summary.lines()
    assert lines[0] == "Längd: 17 min 5 s (övertid 2:05)"
    assert "Närvarande: Äldre-sjuksköterska, Hemtjänst" in lines
    assert "Stängda beslut: 3" in lines
    assert "Lyfta till månadsmöte: 1" in lines
    assert "Öppna beslut som inte granskades: 2" in lines


@pytest.mark.parametrize("data", [{}, {"roles": ["lakare"], "duration_seconds": 60}])
def test_summary_from_older_json_uses_defaults(data):
    summary = summary_from_json(data)
    assert summary.decisions_closed == 0
    assert summary.roles == tuple(data.get("roles", []))
