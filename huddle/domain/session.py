"""The running huddle as the chair runs it: the day, the agenda part and its time boxes, the
review queue of open decisions, who has been discussed, and the day rolling over at midnight.

Pure and Qt-free: the clock is passed in and nothing here reads the database. The adapter in
the UI (``QtHuddleSession``) hands in what storage returns (the day's huddle record, the
board) and subscribes to be told when anything but the ticking clock changes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Protocol

from huddle.domain.board import Board
from huddle.domain.huddle import (
    AGENDA_ORDER,
    PART_DECISIONS,
    PART_OF_LANE,
    AgendaPart,
    ClockState,
    PaceForecast,
    PartProgress,
    clock_state,
    pace_forecast,
    part_seconds,
    progress,
)
from huddle.i18n import translate


class HuddleRecordLike(Protocol):
    """What the session needs of a stored huddle (``storage.huddles.HuddleRecord``)."""

    @property
    def id(self) -> int: ...
    @property
    def planned_minutes(self) -> int: ...
    @property
    def running(self) -> bool: ...
    def elapsed_seconds(self, now: datetime) -> int: ...


class HuddleSession:
    """One day's huddle. ``clock`` gives the wall-clock time; ``now()`` is that time on the
    session's day (a board opened for another day, as in the demo, stamps its huddle on that
    day). Subscribers are called on every change except the ticking clock."""

    def __init__(self, *, day: date, agenda: tuple[AgendaPart, ...], default_minutes: int,
                 clock: Callable[[], datetime],
                 record: HuddleRecordLike | None = None) -> None:
        self.day = day
        self.agenda = agenda
        self.default_minutes = default_minutes
        self.clock = clock
        self.record: HuddleRecordLike | None = None
        self.current_part: str = PART_DECISIONS
        self._switches: list[tuple[str, float]] = []
        self.discussed: set[int] = set()
        self.board_patients: set[int] = set()
        self.unreviewed = 0
        self.open_decisions = 0
        self.made_today = 0
        self.notice = ""
        self._confirm_skip = False
        self._subscribers: list[Callable[[], object]] = []
        self.set_record(record)

    def subscribe(self, callback: Callable[[], object]) -> None:
        self._subscribers.append(callback)

    def _changed(self) -> None:
        for callback in self._subscribers:
            callback()

    # ----------------------------------------------------------------- the day
    def now(self) -> datetime:
        now = self.clock().replace(microsecond=0)
        return now if now.date() == self.day else datetime.combine(self.day, now.time())

    def roll_over(self) -> bool:
        """At midnight the session moves to the new day, with nothing of yesterday's huddle
        carried over. A board opened for an older day (the demo) stays on it. True when the
        day changed: the caller then loads the new day's record and board."""
        today = self.clock().date()
        if self.day != today - timedelta(days=1):
            return False
        self.day = today
        self.record = None
        self.current_part = PART_DECISIONS
        self._switches = []
        self.discussed = set()
        self.board_patients = set()
        self.unreviewed = self.open_decisions = self.made_today = 0
        self.notice = ""
        self._confirm_skip = False
        self._changed()
        return True

    # ----------------------------------------------------------------- the huddle
    def set_record(self, record: HuddleRecordLike | None) -> None:
        """The day's huddle as storage has it now (None: not started)."""
        self.record = record
        if self.running and not self._switches:
            self._switches = [(self.current_part, float(self.elapsed()))]
        self._changed()

    @property
    def running(self) -> bool:
        return self.record is not None and self.record.running

    @property
    def ended(self) -> bool:
        return self.record is not None and not self.record.running

    @property
    def huddle_id(self) -> int | None:
        return self.record.id if self.record else None

    def elapsed(self) -> int:
        return self.record.elapsed_seconds(self.now()) if self.record else 0

    @property
    def planned(self) -> int:
        return self.record.planned_minutes if self.record else self.default_minutes

    def clock_state(self) -> ClockState:
        return clock_state(self.elapsed(), self.planned, ended=self.ended)

    def started(self, record: HuddleRecordLike) -> None:
        """The huddle was stored as started (new, resumed or attendance changed)."""
        fresh = not self.running
        self.record = record
        if fresh:
            self.current_part = PART_DECISIONS
            self._switches = [(PART_DECISIONS, float(self.elapsed()))]
            self.notice = ""
        self._changed()

    def ended_now(self, record: HuddleRecordLike | None) -> None:
        """The huddle was stored as ended; ``record`` is the day's huddle as stored now."""
        self._switches = []
        self.notice = ""
        self.set_record(record)

    # ----------------------------------------------------------------- agenda and time boxes
    def set_part(self, part: str) -> None:
        if part == self.current_part or part not in AGENDA_ORDER:
            return
        self.current_part = part
        self._confirm_skip = False
        self.notice = ""
        if self.running:
            self._switches.append((part, float(self.elapsed())))
        self._changed()

    def follow_lane(self, lane_key: str) -> None:
        """Walking the board walks the agenda: the part follows the current card's lane."""
        part = PART_OF_LANE.get(lane_key)
        if part is not None:
            self.set_part(part)

    def step_part(self, step: int) -> str | None:
        """Move to the next (or previous) part. Leaving the open decisions with some not yet
        reviewed takes a second press, so nothing is skipped by accident."""
        index = AGENDA_ORDER.index(self.current_part) + step
        if not 0 <= index < len(AGENDA_ORDER):
            return None
        if (step > 0 and self.current_part == PART_DECISIONS and self.unreviewed
                and not self._confirm_skip and self.running):
            self._confirm_skip = True
            self.notice = translate(
                "huddle", "{n} öppna beslut är inte granskade. Tryck Ctrl+→ igen för att gå "
                "vidare ändå.").format(n=self.unreviewed)
            self._changed()
            return None
        self.set_part(AGENDA_ORDER[index])
        return self.current_part

    def parts_seconds(self) -> dict[str, int]:
        return part_seconds(self._switches, self.elapsed())

    def progress(self) -> list[PartProgress]:
        return progress(self.agenda, self.parts_seconds() if self.running or self.ended
                        else {}, self.current_part)

    # ----------------------------------------------------------------- review queue, patients
    def set_board(self, board: Board) -> None:
        """The board as shown: who is on it and how many earlier decisions await review."""
        self.board_patients = board.patient_ids()
        earlier = [d for d in board.open_decisions if not d.new_today]
        self.open_decisions = sum(1 for d in earlier if d.status == "open" or d.reviewed)
        self.unreviewed = sum(1 for d in earlier if d.status == "open" and d.reviewed is None)
        self.made_today = sum(1 for d in board.open_decisions if d.new_today)
        if not self.unreviewed and self.current_part == PART_DECISIONS:
            self._confirm_skip = False
            self.notice = ""
        self._changed()

    @staticmethod
    def review_queue(board: Board) -> list[int]:
        """Ids of the earlier open decisions still to review, in the board's order (decisions
        made today are not reviewed today)."""
        return [d.id for d in board.open_decisions
                if d.status == "open" and not d.reviewed and not d.new_today]

    def note_discussed(self, patient_id: int | None) -> None:
        if self.running and patient_id is not None and patient_id not in self.discussed:
            self.discussed.add(patient_id)
            self._changed()

    def summary_counts(self) -> dict:
        """The counts the end of the huddle stores."""
        return {"patients_discussed": len(self.discussed),
                "patients_on_board": len(self.board_patients | self.discussed),
                "parts_seconds": self.parts_seconds()}

    def forecast(self) -> PaceForecast | None:
        if not self.running:
            return None
        total = len(self.board_patients | self.discussed)
        return pace_forecast(elapsed_seconds=self.elapsed(), planned_minutes=self.planned,
                             done=len(self.discussed), total=total)
