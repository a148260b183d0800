"""The huddle itself: agenda and time boxes, the clock, the pace, the summary, missed days.

Pure: the UI asks these functions what to show, storage asks them what to save. Nothing here
reads a clock; callers pass the seconds and dates they have.
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from huddle.domain.board import LANE_CFS, LANE_HOME, LANE_SAMSA
from huddle.domain.calendar import working_days
from huddle.domain.roles import ROLE_LABELS
from huddle.domain.settings import Settings
from huddle.i18n import tr_label, tr_noop, translate

# ---------------------------------------------------------------- agenda

PART_DECISIONS = tr_noop("open_decisions")
PART_SINCE = "since_last_huddle"
PART_SAMSA = "samsa"
PART_CFS = "cfs"
PART_HOME = "home_followup"

AGENDA_ORDER: tuple[str, ...] = (PART_DECISIONS, PART_SINCE, PART_SAMSA, PART_CFS, PART_HOME)

PART_LABELS = {
    PART_DECISIONS: tr_noop("Öppna beslut"),
    PART_SINCE: tr_noop("Sedan förra"),
    PART_SAMSA: "SAMSA",
    PART_CFS: "CFS",
    PART_HOME: tr_noop("Uppföljning i hemmet"),
}

# The board column each part walks through (the board's own lane keys).
LANE_OF_PART = {
    PART_DECISIONS: "open_decisions",
    PART_SINCE: "since_last_huddle",
    PART_SAMSA: LANE_SAMSA,
    PART_CFS: LANE_CFS,
    PART_HOME: LANE_HOME,
}
PART_OF_LANE = {lane: part for part, lane in LANE_OF_PART.items()}


# Calm signals: the clock changes colour this long before the end.
NEAR_END_SECONDS = 120



class AgendaPart(NamedTuple):
    key: str
    label: str
    minutes: int
    starts_at: int  # seconds after the start of the huddle when the box begins

    @property
    def seconds(self) -> int:
        return self.minutes * 60


def planned_minutes(settings: Settings) -> int:
    """The huddle's planned length. Settings hold only checked values (a malformed stored
    value falls back to its default there), so the time boxes need no second check here."""
    return settings.huddle_minutes


def build_agenda(settings: Settings) -> tuple[AgendaPart, ...]:
    parts = []
    start = 0
    for key, minutes in zip(AGENDA_ORDER, settings.agenda_minutes, strict=True):
        parts.append(AgendaPart(key, tr_label(PART_LABELS[key]), minutes, start))
        start += minutes * 60
    return tuple(parts)


def part_seconds(switches: Sequence[tuple[str, float]], elapsed: float) -> dict[str, int]:
    """Seconds spent in each part, given when the chair moved to which part.

    ``switches`` is ``[(part, at_seconds), ...]`` in time order; the last part runs until
    ``elapsed``. Going back to a part adds to its time.
    """
    spent = dict.fromkeys(AGENDA_ORDER, 0.0)
    for index, (part, at) in enumerate(switches):
        until = switches[index + 1][1] if index + 1 < len(switches) else elapsed
        spent[part] = spent.get(part, 0.0) + max(0.0, min(until, elapsed) - at)
    return {part: int(seconds) for part, seconds in spent.items()}


class PartProgress(NamedTuple):
    key: str
    label: str
    minutes: int
    spent_seconds: int
    current: bool

    @property
    def over(self) -> bool:
        return self.spent_seconds > self.minutes * 60

    @property
    def text(self) -> str:
        return f"{self.label} {format_seconds(self.spent_seconds)}/{self.minutes}:00"


def progress(agenda: Sequence[AgendaPart], spent: Mapping[str, int], current: str | None
             ) -> list[PartProgress]:
    return [PartProgress(part.key, part.label, part.minutes, spent.get(part.key, 0),
                         part.key == current) for part in agenda]


# ---------------------------------------------------------------- clock

PHASE_RUNNING = "running"
PHASE_NEAR_END = "near_end"
PHASE_OVERTIME = "overtime"
PHASE_ENDED = "ended"


def format_seconds(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class ClockState(NamedTuple):
    elapsed_seconds: int
    remaining_seconds: int
    overtime_seconds: int
    phase: str

    @property
    def text(self) -> str:
        """The big clock: time left, or the overtime with a plus sign."""
        if self.overtime_seconds > 0:
            return "+" + format_seconds(self.overtime_seconds)
        return format_seconds(self.remaining_seconds)

    @property
    def message(self) -> str:
        if self.phase == PHASE_OVERTIME:
            return translate("huddle", "Övertid – avsluta när ni är klara")
        if self.phase == PHASE_NEAR_END:
            minutes = max(1, math.ceil(self.remaining_seconds / 60))
            return translate("huddle", "{n} min kvar").format(n=minutes)
        return ""


def clock_state(elapsed_seconds: float, planned_minutes: int, *,
                near_end_seconds: int = NEAR_END_SECONDS, ended: bool = False) -> ClockState:
    elapsed = max(0, int(elapsed_seconds))
    planned = planned_minutes * 60
    remaining = max(0, planned - elapsed)
    overtime = max(0, elapsed - planned)
    if ended:
        phase = PHASE_ENDED
    elif overtime > 0:
        phase = PHASE_OVERTIME
    elif remaining <= near_end_seconds:
        phase = PHASE_NEAR_END
    else:
        phase = PHASE_RUNNING
    return ClockState(elapsed, remaining, overtime, phase)


def overtime_seconds(duration_seconds: float, planned_minutes: int) -> int:
    return max(0, int(duration_seconds) - planned_minutes * 60)


def running_seconds(started_at: datetime, now: datetime, *, previous_seconds: int = 0,
                    resumed_at: datetime | None = None) -> int:
    """How long the huddle has run: a huddle reopened later the same day counts only the time
    before it was ended plus the time since it was resumed, not the pause between."""
    since = resumed_at or started_at
    return previous_seconds + max(0, int((now - since).total_seconds()))


# ---------------------------------------------------------------- pace


class PaceForecast(NamedTuple):
    done: int
    total: int
    reachable: int

    @property
    def behind(self) -> bool:
        return self.reachable < self.total

    @property
    def text(self) -> str:
        if self.done >= self.total:
            return translate("huddle", "Alla {total} patienter genomgångna").format(total=self.total)
        return translate("huddle", "I nuvarande takt hinner ni {n} av {total} patienter").format(
            n=self.reachable, total=self.total)


def pace_forecast(*, elapsed_seconds: float, planned_minutes: int, done: int, total: int
                  ) -> PaceForecast | None:
    """How many of today's patients the team reaches in the planned time at the pace so far.

    No forecast before the first patient is through: one data point of zero says nothing.
    """
    if total <= 0 or done <= 0 or elapsed_seconds <= 0:
        return None
    done = min(done, total)
    remaining = max(0.0, planned_minutes * 60 - elapsed_seconds)
    reachable = done + math.floor(remaining * done / elapsed_seconds)
    return PaceForecast(done, total, min(total, reachable))


# ---------------------------------------------------------------- decisions

REVIEW_DONE = "done"
REVIEW_NEW_DATE = "new_date"
REVIEW_ESCALATED = "escalated"
REVIEW_KEPT = "kept"

REVIEW_LABELS = {
    REVIEW_DONE: tr_noop("Klart"),
    REVIEW_NEW_DATE: tr_noop("Nytt datum"),
    REVIEW_ESCALATED: tr_noop("Lyft till månadsmöte"),
    REVIEW_KEPT: tr_noop("Behålls"),
}

DEFAULT_ESCALATION_TO = tr_noop("Månadsmöte (första linjens chefer)")



# ---------------------------------------------------------------- summary


@dataclass(frozen=True)
class HuddleSummary:
    """What is saved when the huddle ends; the weekly and monthly reports read it back."""

    duration_seconds: int
    planned_minutes: int
    overtime_seconds: int
    roles: tuple[str, ...]
    attendance: tuple[tuple[str, str | None], ...] = ()
    decisions_made: int = 0
    decisions_closed: int = 0
    decisions_new_date: int = 0
    decisions_kept: int = 0
    escalated: int = 0
    followups_made: int = 0
    open_decisions_reviewed: int = 0
    open_decisions_unreviewed: int = 0
    patients_discussed: int = 0
    patients_on_board: int = 0
    parts_seconds: dict[str, int] = field(default_factory=dict)
    # Counted since issue 12; None in a summary saved before then (not known, not zero).
    cfs_scores_recorded: int | None = None
    calls_recorded: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "duration_seconds": self.duration_seconds,
            "planned_minutes": self.planned_minutes,
            "overtime_seconds": self.overtime_seconds,
            "roles": list(self.roles),
            "attendance": [{"role": role, "name": name} for role, name in self.attendance],
            "decisions_made": self.decisions_made,
            "decisions_closed": self.decisions_closed,
            "decisions_new_date": self.decisions_new_date,
            "decisions_kept": self.decisions_kept,
            "escalated": self.escalated,
            "followups_made": self.followups_made,
            "open_decisions_reviewed": self.open_decisions_reviewed,
            "open_decisions_unreviewed": self.open_decisions_unreviewed,
            "patients_discussed": self.patients_discussed,
            "patients_on_board": self.patients_on_board,
            "parts_seconds": dict(self.parts_seconds),
            "cfs_scores_recorded": self.cfs_scores_recorded,
            "calls_recorded": self.calls_recorded,
        }

    def rows(self) -> list[tuple[str, str]]:
        """The summary in Swedish, one fact a row ``(what, value)``, as the end dialog shows
        it and its printout prints it. A count a summary saved before it was counted does not
        hold is left out."""
        minutes, seconds = divmod(self.duration_seconds, 60)
        duration = translate("huddle", "{m} min {s} s").format(m=minutes, s=seconds)
        if self.overtime_seconds:
            duration += " " + translate("huddle", "(övertid {time})").format(
                time=format_seconds(self.overtime_seconds))
        roles = ", ".join(tr_label(ROLE_LABELS.get(role, role)) for role in self.roles) or "–"
        discussed = str(self.patients_discussed)
        if self.patients_on_board:
            discussed = translate("huddle", "{n} av {total} på tavlan").format(
                n=self.patients_discussed, total=self.patients_on_board)
        rows = [
            (translate("huddle", "Längd"), duration),
            (translate("huddle", "Närvarande"), roles),
            (translate("huddle", "Patienter som togs upp"), discussed),
            (translate("huddle", "Nya beslut"), str(self.decisions_made)),
            (translate("huddle", "Stängda beslut"), str(self.decisions_closed)),
            (translate("huddle", "Nytt datum"), str(self.decisions_new_date)),
            (translate("huddle", "Lyfta till månadsmöte"), str(self.escalated)),
            (translate("huddle", "Nya uppföljningar i hemmet"), str(self.followups_made)),
        ]
        if self.cfs_scores_recorded is not None:
            rows.append((translate("huddle", "CFS-skattningar registrerade"),
                         str(self.cfs_scores_recorded)))
        if self.calls_recorded is not None:
            rows.append((translate("huddle", "Telefonuppföljningar registrerade"),
                         str(self.calls_recorded)))
        if self.open_decisions_unreviewed:
            rows.append((translate("huddle", "Öppna beslut som inte granskades"),
                         str(self.open_decisions_unreviewed)))
        return rows

    def lines(self) -> list[str]:
        """The summary in Swedish, one fact a line: 'Nya beslut: 2'."""
        return [f"{what}: {value}" for what, value in self.rows()]


def summary_from_json(data: Mapping[str, Any]) -> HuddleSummary:
    attendance = tuple((row.get("role", ""), row.get("name"))
                       for row in data.get("attendance", []) if isinstance(row, Mapping))
    return HuddleSummary(
        duration_seconds=int(data.get("duration_seconds", 0)),
        planned_minutes=int(data.get("planned_minutes", 15)),
        overtime_seconds=int(data.get("overtime_seconds", 0) or 0),
        roles=tuple(data.get("roles", [])),
        attendance=attendance,
        decisions_made=int(data.get("decisions_made", 0)),
        decisions_closed=int(data.get("decisions_closed", 0)),
        decisions_new_date=int(data.get("decisions_new_date", 0)),
        decisions_kept=int(data.get("decisions_kept", 0)),
        escalated=int(data.get("escalated", 0)),
        followups_made=int(data.get("followups_made", 0)),
        open_decisions_reviewed=int(data.get("open_decisions_reviewed", 0)),
        open_decisions_unreviewed=int(data.get("open_decisions_unreviewed", 0)),
        patients_discussed=int(data.get("patients_discussed", 0)),
        patients_on_board=int(data.get("patients_on_board", 0)),
        parts_seconds={str(k): int(v) for k, v in data.get("parts_seconds", {}).items()},
        cfs_scores_recorded=_optional_count(data, "cfs_scores_recorded"),
        calls_recorded=_optional_count(data, "calls_recorded"),
    )


def _optional_count(data: Mapping[str, Any], key: str) -> int | None:
    """A count an older saved summary may not hold: None then, never a made-up zero."""
    value = data.get(key)
    return int(value) if value is not None else None


# ---------------------------------------------------------------- missed days


def missed_working_days(held: Iterable[date], first: date, last: date, *,
                        eves_off: bool = True) -> list[date]:
    """Working days from ``first`` to ``last`` (both included) without a huddle.

    Weekends, Swedish public holidays and (with ``eves_off``, the setting ``eves_days_off``)
    julafton, midsommarafton and nyårsafton are not working days, so they are never missed.
    """
    if last < first:
        return []
    held_days = set(held)
    return [day for day in working_days(first, last, eves_off=eves_off)
            if day not in held_days]
