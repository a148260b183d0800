"""The running huddle without Qt or a database: parts and their time boxes, the review queue,
who has been discussed, and the day rolling over at midnight."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from huddle.domain.board import Board, DecisionItem, PatientRef
from huddle.domain.huddle import (
    PART_CFS,
    PART_DECISIONS,
    PART_SAMSA,
    PART_SINCE,
    PHASE_NEAR_END,
    PHASE_OVERTIME,
    build_agenda,
    planned_minutes,
)
from huddle.domain.session import HuddleSession
from huddle.domain.settings import Settings

DAY = date(2026, 11, 23)
START = datetime(2026, 11, 23, 8, 30)
SETTINGS = Settings({})


class Clock:
    def __init__(self, now: datetime) -> None:
        self.at = now

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


@dataclass
class Record:
    id: int
    started_at: datetime
    planned_minutes: int = 15
    ended_at: datetime | None = None

    @property
    def running(self) -> bool:
        return self.ended_at is None

    def elapsed_seconds(self, now: datetime) -> int:
        return int(((self.ended_at or now) - self.started_at).total_seconds())


def decision(decision_id: int, patient_id: int | None, *, status: str = "open",
             reviewed: str | None = None, new_today: bool = False) -> DecisionItem:
    patient = PatientRef(patient_id, None) if patient_id is not None else None
    return DecisionItem(decision_id, "Ring anhörig", "Sjuksköterska", "nurse", DAY, False,
                        False, None, patient, status=status, reviewed=reviewed,
                        new_today=new_today)


def board(*decisions: DecisionItem, day: date = DAY) -> Board:
    return Board(day=day, health_centre="Skene vårdcentral", last_import=None,
                 open_decisions=list(decisions), lanes={}, since_last_huddle=[])


def session(clock: Clock, *, day: date = DAY, record: Record | None = None) -> HuddleSession:
    return HuddleSession(day=day, agenda=build_agenda(SETTINGS),
                         default_minutes=planned_minutes(SETTINGS), clock=clock, record=record)


def started(clock: Clock) -> HuddleSession:
    model = session(clock)
    model.started(Record(1, clock()))
    return model


def test_before_the_start_nothing_runs_and_the_planned_time_is_the_settings():
    model = session(Clock(START))
    assert not model.running and not model.ended and model.huddle_id is None
    assert model.elapsed() == 0
    assert model.planned == planned_minutes(SETTINGS)
    assert model.forecast() is None
    assert all(part.spent_seconds == 0 for part in model.progress())


def test_parts_advance_in_agenda_order_and_stop_at_either_end():
    clock = Clock(START)
    model = started(clock)
    assert model.current_part == PART_DECISIONS
    assert model.step_part(-1) is None
    assert model.step_part(1) == PART_SINCE
    assert model.step_part(1) == PART_SAMSA
    assert model.step_part(-1) == PART_SINCE
    for _ in range(10):
        model.step_part(1)
    assert model.current_part == model.agenda[-1].key
    assert model.step_part(1) is None


def test_time_boxes_count_the_time_spent_in_each_part_and_mark_the_one_over_its_box():
    clock = Clock(START)
    model = started(clock)
    decisions_box = model.agenda[0].minutes * 60
    clock.advance(decisions_box + 30)
    model.set_part(PART_SINCE)
    clock.advance(40)
    model.follow_lane("samsa")  # walking the board into the SAMSA column moves the agenda
    clock.advance(5)
    spent = model.parts_seconds()
    assert spent[PART_DECISIONS] == decisions_box + 30
    assert spent[PART_SINCE] == 40
    assert spent[PART_SAMSA] == 5
    assert spent[PART_CFS] == 0
    by_key = {part.key: part for part in model.progress()}
    assert by_key[PART_DECISIONS].over and not by_key[PART_SINCE].over
    assert by_key[PART_SAMSA].current


def test_going_back_to_a_part_adds_to_its_time():
    clock = Clock(START)
    model = started(clock)
    clock.advance(60)
    model.set_part(PART_SINCE)
    clock.advance(20)
    model.set_part(PART_DECISIONS)
    clock.advance(15)
    assert model.parts_seconds()[PART_DECISIONS] == 75


def test_the_clock_turns_amber_near_the_end_and_red_in_overtime():
    clock = Clock(START)
    model = started(clock)
    clock.advance(model.planned * 60 - 60)
    assert model.clock_state().phase == PHASE_NEAR_END
    clock.advance(120)
    assert model.clock_state().phase == PHASE_OVERTIME
    assert model.clock_state().overtime_seconds == 60


def test_leaving_unreviewed_decisions_takes_a_second_press_and_says_how_many():
    clock = Clock(START)
    model = started(clock)
    model.set_board(board(decision(1, 11), decision(2, 12), decision(3, 13, reviewed="done")))
    assert model.unreviewed == 2 and model.open_decisions == 3
    assert model.step_part(1) is None
    assert model.current_part == PART_DECISIONS
    assert "2 öppna beslut är inte granskade" in model.notice
    assert model.step_part(1) == PART_SINCE
    assert model.notice == ""


def test_when_everything_is_reviewed_the_part_moves_on_at_once():
    clock = Clock(START)
    model = started(clock)
    model.set_board(board(decision(1, 11, reviewed="done"), decision(2, 12, new_today=True)))
    assert model.unreviewed == 0 and model.made_today == 1
    assert model.step_part(1) == PART_SINCE


def test_the_review_queue_keeps_the_board_order_and_leaves_out_reviewed_and_new_ones():
    shown = board(decision(5, 11), decision(2, 12, reviewed="kept"), decision(9, 13),
                  decision(4, 14, new_today=True), decision(7, 15, status="done"),
                  decision(3, 16))
    assert HuddleSession.review_queue(shown) == [5, 9, 3]


def test_discussed_patients_count_once_and_only_while_the_huddle_runs():
    clock = Clock(START)
    model = session(clock)
    model.note_discussed(11)
    assert model.discussed == set()
    model.started(Record(1, clock()))
    model.set_board(board(decision(1, 11), decision(2, 12), decision(3, 13)))
    for patient in (11, 12, 11, None):
        model.note_discussed(patient)
    assert model.discussed == {11, 12}
    counts = model.summary_counts()
    assert counts["patients_discussed"] == 2
    assert counts["patients_on_board"] == 3


def test_the_pace_forecast_counts_a_patient_discussed_but_no_longer_on_the_board():
    clock = Clock(START)
    model = started(clock)
    model.set_board(board(decision(1, 11), decision(2, 12)))
    model.note_discussed(99)
    clock.advance(120)
    forecast = model.forecast()
    assert forecast is not None
    assert (forecast.done, forecast.total) == (1, 3)


def test_subscribers_hear_of_changes_but_not_of_a_repeated_part():
    heard = []
    clock = Clock(START)
    model = started(clock)
    model.subscribe(lambda: heard.append(model.current_part))
    model.set_part(PART_SINCE)
    model.set_part(PART_SINCE)
    model.note_discussed(11)
    model.note_discussed(11)
    assert heard == [PART_SINCE, PART_SINCE]


def test_after_the_end_the_clock_stops_and_the_notice_is_gone():
    clock = Clock(START)
    model = started(clock)
    model.set_board(board(decision(1, 11)))
    model.step_part(1)
    assert model.notice
    clock.advance(300)
    model.ended_now(Record(1, START, ended_at=clock()))
    clock.advance(600)  # time after the end does not count
    assert model.ended and not model.running
    assert model.elapsed() == 300
    assert model.notice == ""
    assert model.forecast() is None


def test_now_is_stamped_on_the_sessions_day_for_a_board_of_another_day():
    clock = Clock(datetime(2026, 12, 2, 9, 15, 7, 500))
    model = session(clock, day=DAY)
    assert model.now() == datetime(2026, 11, 23, 9, 15, 7)


def test_at_midnight_the_session_moves_to_the_new_day_with_nothing_carried_over():
    clock = Clock(datetime(2026, 11, 23, 23, 58))
    model = started(clock)
    model.set_board(board(decision(1, 11)))
    model.note_discussed(11)
    model.set_part(PART_SINCE)
    assert not model.roll_over()  # still the same day
    clock.advance(180)
    assert model.roll_over()
    assert model.day == date(2026, 11, 24)
    assert model.record is None and not model.running
    assert model.discussed == set() and model.unreviewed == 0
    assert model.current_part == PART_DECISIONS
    assert model.now().date() == date(2026, 11, 24)
    assert not model.roll_over()  # once only


def test_a_board_opened_for_an_older_day_stays_on_it():
    clock = Clock(datetime(2026, 12, 2, 0, 5))
    model = session(clock, day=DAY)
    assert not model.roll_over()
    assert model.day == DAY
