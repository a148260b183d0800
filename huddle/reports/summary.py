"""The numbers behind a weekly or monthly summary, computed once and rendered many ways.

Everything here is aggregate: counts, shares and dates. Free text (the escalations and their
answers) has passed through :mod:`huddle.reports.scrub` before it lands here. ``to_json`` is the
contract behind ``huddle report ... --json``; its keys are documented in ``docs/reports.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from huddle.reports.period import MONTHLY, Period

SAMSA_KEYS = ("admissions", "discharges", "ready_days_episodes", "ready_days_total",
              "ready_days_mean", "pud_moves", "pud_moved_cases", "readmissions_30d")

TREND_KEYS = ("held_percent", "within_time_percent", "ready_days_total", "pud_moves",
              "readmissions_30d", "calls_in_time_percent", "sip_valid_percent",
              "followups_done_by_due_percent")


def one_decimal(value: Decimal | float | int) -> float:
    """Rounded half up to one decimal (2.25 -> 2.3), unlike ``round``."""
    return float(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def ratio(numerator: int | float, denominator: int | float) -> float | None:
    """``numerator / denominator`` to one decimal; None when there is nothing to divide by."""
    if not denominator:
        return None
    return one_decimal(Decimal(str(numerator)) / Decimal(str(denominator)))


def percent(part: int, whole: int) -> float | None:
    """A share as a percentage with one decimal; None when ``whole`` is 0."""
    return ratio(part * 100, whole)


@dataclass(frozen=True)
class HuddleStats:
    working_days: int
    held: int
    held_on_working_days: int
    held_percent: float | None
    timed: int
    planned_minutes: int
    duration_median_minutes: float | None
    duration_longest_minutes: float | None
    within_time: int
    within_time_percent: float | None


@dataclass(frozen=True)
class RoleAttendance:
    role: str
    huddles: int
    percent: float | None


@dataclass(frozen=True)
class DecisionStats:
    made: int
    closed: int
    open_at_end: int
    overdue_at_end: int


@dataclass(frozen=True)
class EscalationItem:
    raised_on: date
    what: str
    responsible_role: str
    escalated_to: str | None
    answered_on: date | None
    answer: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "raised_on": self.raised_on.isoformat(),
            "what": self.what,
            "responsible_role": self.responsible_role,
            "escalated_to": self.escalated_to,
            "answered_on": self.answered_on.isoformat() if self.answered_on else None,
            "answer": self.answer,
        }


@dataclass(frozen=True)
class EscalationStats:
    raised: int
    answered: int
    unanswered_at_end: int
    answer_days_median: float | None
    items: tuple[EscalationItem, ...]


@dataclass(frozen=True)
class SamsaStats:
    admissions: int
    discharges: int
    ready_days_episodes: int
    ready_days_total: int
    ready_days_mean: float | None
    pud_moves: int
    pud_moved_cases: int
    readmissions_30d: int

    def to_json(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in SAMSA_KEYS}


@dataclass(frozen=True)
class CallStats:
    hours: int
    due: int
    made: int
    in_time: int
    in_time_percent: float | None
    not_made: int


@dataclass(frozen=True)
class FollowupStats:
    created: int
    by_reason: dict[str, int]
    by_actor: dict[str, int]
    due: int
    done_by_due: int
    done_by_due_percent: float | None
    open_overdue_at_end: int


@dataclass(frozen=True)
class CfsStats:
    patients_scored: int
    by_level: dict[int, int]
    scores_registered: int
    overdue: int
    rescore_months: int


@dataclass(frozen=True)
class SipStats:
    cfs_levels: tuple[int, int]
    patients: int
    with_valid_sip: int
    valid_percent: float | None
    valid_months: int
    invited: int
    held: int
    followed_up: int
    declined: int


@dataclass(frozen=True)
class TrendPoint:
    """One month of the run charts; values are None for months before the data begins."""

    month: Period
    values: dict[str, float | int | None]

    def to_json(self) -> dict[str, Any]:
        return {"month": self.month.key, **self.values}


@dataclass(frozen=True)
class Summary:
    period: Period
    health_centre: str
    made_at: datetime
    as_of: date          # the last day the figures cover
    complete: bool       # False while the period is still going on
    huddles: HuddleStats
    attendance: tuple[RoleAttendance, ...]
    decisions: DecisionStats
    escalations: EscalationStats
    samsa: SamsaStats
    calls_72h: CallStats
    followups: FollowupStats
    cfs: CfsStats | None = None
    sip: SipStats | None = None
    trend: tuple[TrendPoint, ...] = ()

    @property
    def monthly(self) -> bool:
        return self.period.kind == MONTHLY

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "report": self.period.kind,
            "period": {"key": self.period.key, "first": self.period.first.isoformat(),
                       "last": self.period.last.isoformat(), "label": self.period.label},
            "health_centre": self.health_centre,
            "made_at": self.made_at.isoformat(timespec="minutes"),
            "as_of": self.as_of.isoformat(),
            "complete": self.complete,
            "huddles": vars_of(self.huddles),
            "attendance": {a.role: {"huddles": a.huddles, "percent": a.percent}
                           for a in self.attendance},
            "decisions": vars_of(self.decisions),
            "escalations": {
                "raised": self.escalations.raised,
                "answered": self.escalations.answered,
                "unanswered_at_end": self.escalations.unanswered_at_end,
                "answer_days_median": self.escalations.answer_days_median,
                "items": [item.to_json() for item in self.escalations.items],
            },
            "samsa": self.samsa.to_json(),
            "calls_72h": vars_of(self.calls_72h),
            "followups": vars_of(self.followups),
        }
        if self.cfs is not None:
            cfs = vars_of(self.cfs)
            cfs["by_level"] = {str(level): n for level, n in self.cfs.by_level.items()}
            data["cfs"] = cfs
        if self.sip is not None:
            sip = vars_of(self.sip)
            sip["cfs_levels"] = list(self.sip.cfs_levels)
            data["sip"] = sip
        if self.trend:
            data["trend"] = [point.to_json() for point in self.trend]
        return data


def vars_of(stats: Any) -> dict[str, Any]:
    return dict(stats.__dict__)

