"""Single rules: score age, trend, validation, SIP, frequent attenders and the 72-hour call."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from huddle.domain import cfs, frailty, frequent, sip
from huddle.domain.calendar import add_months
from huddle.domain.followup import call_in_time, call_state, due_state, needs_72h_call
from huddle.domain.settings import Settings

S = Settings({})


# ------------------------------------------------------------------ calendar


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2024, 2, 29), 48, date(2028, 2, 29)),
    (date(2025, 2, 28), -12, date(2024, 2, 28)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 11, 23), 12, date(2027, 11, 23)),
])
def test_add_months_keeps_the_day_or_takes_the_last_of_the_month(day, months, expected):
    assert add_months(day, months) == expected


# ------------------------------------------------------------------ CFS


def test_score_overdue_after_exactly_12_months_not_on_the_day():
    scored = date(2025, 11, 23)
    assert frailty.rescore_due_on(scored, S) == date(2026, 11, 23)
    assert not frailty.score_overdue(scored, date(2026, 11, 23), S)
    assert frailty.score_overdue(scored, date(2026, 11, 24), S)
    assert not frailty.score_overdue(scored, date(2027, 5, 1), Settings({"cfs_rescore_months": 18}))


def test_score_from_29_february():
    assert not frailty.score_overdue(date(2024, 2, 29), date(2025, 2, 28), S)
    assert frailty.score_overdue(date(2024, 2, 29), date(2025, 3, 1), S)


def test_age_64_warns_65_does_not_and_the_birthday_on_29_february_counts_from_1_march():
    day = date(2026, 11, 23)
    assert frailty.under_validated_age(date(1961, 11, 24), day, S)       # 64, 65 tomorrow
    assert not frailty.under_validated_age(date(1961, 11, 23), day, S)   # 65 today
    assert frailty.under_validated_age(date(1960, 2, 29), date(2025, 2, 28), S)
    assert not frailty.under_validated_age(date(1960, 2, 29), date(2025, 3, 1), S)
    assert not frailty.under_validated_age(None, day, S)
    assert not frailty.under_validated_age(date(1961, 11, 24), day, Settings({"cfs_min_age": 60}))


def test_history_marks_each_change_and_the_trend_over_all_scores():
    rows = frailty.history([(date(2026, 3, 1), 6), (date(2024, 2, 29), 4), (date(2025, 5, 1), 6),
                            (date(2026, 10, 1), 5)])
    assert [(r.level, r.change) for r in rows] == [(4, "first"), (6, "worse"), (6, "same"),
                                                   (5, "better")]
    assert [r.arrow for r in rows] == ["•", "↑", "=", "↓"]
    assert frailty.trend_text(rows) == "Försämrad från CFS 4 till 5 sedan 29/2 2024"
    assert frailty.trend_text(rows[:1]) == "En skattning: CFS 4"
    assert frailty.trend_text([]) == "Ingen skattning"


def test_validate_score_accepts_1_to_9_and_refuses_the_rest():
    today = date(2026, 11, 23)
    ok = dict(scored_on=today, today=today, birth=date(1940, 1, 1), version="2.0")
    assert frailty.validate_score(level=9, **ok) == []
    assert frailty.validate_score(level=1, **ok) == []
    assert frailty.validate_score(level=10, **ok) == ["CFS-nivån måste vara 1–9."]
    assert frailty.validate_score(level=0, **ok) == ["CFS-nivån måste vara 1–9."]
    future = {**ok, "scored_on": today + timedelta(days=1)}
    assert frailty.validate_score(level=5, **future) == [
        "Skattningsdatumet 2026-11-24 ligger i framtiden."]
    assert frailty.validate_score(level=5, **{**ok, "version": "3"}) == [
        "Okänd skalversion '3'; använd 2.0 eller 1.2."]


def test_labels_live_in_one_place_and_9_is_terminally_ill():
    assert cfs.label(9) == "Terminalt sjuk"
    assert cfs.pathway_for(9, S).key == cfs.PATHWAY_SAFE_HOME
    assert cfs.pathway_for(4, S).key == cfs.PATHWAY_PREVENTIVE
    assert cfs.pathway_for(5, S).key == cfs.PATHWAY_SIP
    assert cfs.pathway_for(6, S).key == cfs.PATHWAY_SIP
    assert cfs.pathway_for(7, S).key == cfs.PATHWAY_SAFE_HOME
    with pytest.raises(ValueError):
        cfs.pathway_for(10, S)


# ------------------------------------------------------------------ SIP


def episode(**values) -> sip.SipEpisode:
    return sip.SipEpisode(**values)


def test_valid_sip_is_judged_over_all_episodes_exactly_12_months():
    older = episode(state="avslutad", held_on=date(2025, 11, 23), closed_on=date(2026, 1, 1))
    newer = episode(state="behov", need_noted_on=date(2026, 10, 1))
    status = sip.sip_status([older, newer], date(2026, 11, 23), 12)
    assert status.valid and status.state == "behov"
    assert status.valid_until == date(2026, 11, 23)
    assert status.need_noted_on == date(2026, 10, 1)
    assert not sip.sip_status([older, newer], date(2026, 11, 24), 12).valid


def test_a_meeting_in_the_future_does_not_make_a_sip_valid_today():
    status = sip.sip_status([episode(state="genomford", held_on=date(2026, 12, 1))],
                            date(2026, 11, 23), 12)
    assert not status.valid


def test_declined_is_respected_for_the_validity_period():
    status = sip.sip_status([episode(state="tackat_nej", declined_on=date(2025, 11, 23))],
                            date(2026, 11, 23), 12)
    assert sip.declined_recently(status, date(2026, 11, 23), 12)
    assert not sip.declined_recently(status, date(2026, 11, 24), 12)


def test_meeting_overdue_after_the_configured_days():
    status = sip.sip_status([episode(state="kallad", invited_on=date(2026, 10, 24))],
                            date(2026, 11, 23), 12)
    assert not sip.meeting_overdue(status, date(2026, 11, 23), 30)
    assert sip.meeting_overdue(status, date(2026, 11, 24), 30)


def test_invitation_due_three_days_after_ready():
    assert sip.invitation_due_on(datetime(2026, 2, 27, 15, 0), 3) == date(2026, 3, 2)
    assert sip.invitation_due_on(date(2024, 2, 27), 3) == date(2024, 3, 1)


def test_validate_episode_requires_the_state_date_and_order():
    today = date(2026, 11, 23)
    assert sip.validate_episode({"state": "kallad", "invited_on": today}, today) == []
    assert sip.validate_episode({"state": "kallad"}, today) == ['Ange datum för "Kallad".']
    problems = sip.validate_episode({"state": "genomford", "invited_on": date(2026, 11, 20),
                                     "held_on": date(2026, 11, 10)}, today)
    assert problems == ["Genomförd (2026-11-10) kan inte vara före kallad (2026-11-20)."]
    assert sip.validate_episode({"state": "genomford",
                                 "held_on": today + timedelta(days=1)}, today) == [
        "Genomförd (2026-11-24) ligger i framtiden."]
    assert sip.validate_episode({"state": "uppfoljd", "followed_up_on": today}, today) == [
        "En uppföljd SIP behöver också datum för mötet (genomförd)."]
    assert sip.validate_episode({"state": "avslutad"}, today) == ['Ange datum för "Avslutad".']
    assert sip.validate_episode({"state": "avslutad", "held_on": date(2026, 1, 5),
                                 "closed_on": today}, today) == []


# ------------------------------------------------------------------ frequent attenders


def visits(place: str, *days_ago: int, day: date) -> list[tuple[date, str]]:
    return [(day - timedelta(days=d), place) for d in days_ago]


def test_three_vc_visits_in_30_days_counting_today():
    day = date(2026, 11, 23)
    flagged = frequent.frequent_attendance(visits("VC", 0, 15, 29, day=day), day, S)
    assert flagged.by_vc and flagged.vc_visits == 3 and flagged.flagged
    not_yet = frequent.frequent_attendance(visits("VC", 0, 15, 30, day=day), day, S)
    assert not not_yet.flagged and not_yet.vc_visits == 2
    tomorrow = frequent.frequent_attendance(visits("VC", -1, 0, 15, day=day), day, S)
    assert tomorrow.vc_visits == 2  # a visit after the day does not count


def test_four_emergency_visits_in_12_months_with_29_february():
    day = date(2025, 2, 28)
    start = frequent.er_window_start(day, 12)
    assert start == date(2024, 2, 29)
    rows = [(date(2024, 2, 29), "Akutmottagning"), (date(2024, 6, 1), "Akutmottagning"),
            (date(2024, 12, 1), "Akutmottagning"), (date(2025, 2, 28), "Akutmottagning")]
    assert frequent.frequent_attendance(rows, day, S).by_er
    assert not frequent.frequent_attendance(rows, date(2025, 3, 1), S).by_er
    assert frequent.er_window_start(date(2024, 2, 29), 12) == date(2023, 3, 1)


def test_frequent_thresholds_are_settings():
    day = date(2026, 11, 23)
    rows = visits("VC", 0, 1, day=day)
    assert frequent.frequent_attendance(rows, day, Settings({"frequent_vc_visits": 2})).by_vc
    assert not frequent.frequent_attendance(visits("VC", 0, 1, 20, day=day), day,
                                            Settings({"frequent_vc_days": 14})).by_vc


def test_places_are_read_in_their_usual_spellings():
    assert frequent.normalise_place(" vc ") == "VC"
    assert frequent.normalise_place("Vårdcentral") == "VC"
    assert frequent.normalise_place("AKUTMOTTAGNING") == "Akutmottagning"
    assert frequent.normalise_place("Akuten") == "Akutmottagning"
    assert frequent.normalise_place("Tandvård") is None


# ------------------------------------------------------------------ the 72-hour call


def test_who_gets_a_call():
    assert needs_72h_call(municipal_hsl=False, needs="hemtjänst")
    assert needs_72h_call(municipal_hsl=None, needs=None)
    assert not needs_72h_call(municipal_hsl=True, needs=None)
    assert not needs_72h_call(municipal_hsl=False, needs="hemtjänst, Korttidsplats")


def test_a_call_exactly_72_hours_after_discharge_is_in_time():
    discharged = datetime(2024, 2, 27, 14, 0)
    deadline = datetime(2024, 3, 1, 14, 0)  # across 29 February
    assert call_in_time(discharged, deadline)
    assert not call_in_time(discharged, deadline + timedelta(minutes=1))
    assert call_state(deadline, deadline, deadline) == "in_time"
    assert call_state(deadline, deadline + timedelta(minutes=1), deadline) == "late"
    assert call_state(deadline, None, deadline) == "open"
    assert call_state(deadline, None, deadline + timedelta(minutes=1)) == "overdue"


def test_due_state_of_a_call_on_the_board():
    day = date(2026, 11, 23)
    due = "2026-11-23T09:30"
    on_time = due_state(due, day, datetime(2026, 11, 23, 9, 30))
    assert not on_time.overdue and on_time.due_today
    assert on_time.text == "senast i dag kl 09:30"
    late = due_state(due, day, datetime(2026, 11, 23, 23, 40))
    assert late.overdue and late.text == "FÖRSENAD 14 h – senast i dag kl 09:30"
    tomorrow = due_state("2026-11-24T01:45", day, datetime(2026, 11, 23, 8, 0))
    assert tomorrow.text == "senast 24/11 kl 01:45" and not tomorrow.due_today


def test_due_state_of_a_dated_need():
    day = date(2026, 11, 23)
    assert due_state("2026-11-23", day, datetime(2026, 11, 23, 23, 0)).text == "senast i dag"
    assert due_state("2026-11-22", day, datetime(2026, 11, 23, 8, 0)).text == \
        "FÖRSENAD – senast 22/11"
    assert due_state(None, day, datetime(2026, 11, 23, 8, 0)).text == "inget datum"
