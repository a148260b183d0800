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

from huddle.reports.period import WEEKLY, Period

SAMSA_KEYS = ("admissions", "discharges", "ready_days_episodes", "ready_days_total",
              "ready_days_mean", "pud_moves", "pud_moved_cases", "readmissions_30d")
# The measures the "Why" list added (docs/reports.md, "New measures").
SAMSA_MORE_KEYS = ("readmissions_percent", "readmissions_by_age", "discharges_by_age",
                   "payment_days", "ready_days_beyond_limit", "episodes_beyond_limit",
                   "ready_cases", "sip_invited_in_time", "sip_invited_in_time_percent",
                   "sip_invite_days", "discharges_with_contact", "contact_percent",
                   "in_hospital_at_end", "ready_waiting_at_end")
AGE_BANDS = ("under_65", "65_79", "80_plus")

TREND_KEYS = ("held_percent", "within_time_percent", "ready_days_total", "ready_days_mean",
              "pud_moves",
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
    question: str | None     # what the managers are asked (scrubbed); never the decision's text
    responsible_role: str
    escalated_to: str | None
    answered_on: date | None
    answer: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "raised_on": self.raised_on.isoformat(),
            "question": self.question,
            # Before the escalation asked a question, scripts read "what"; it carries the
            # question too (the decision's own text never leaves the database in a report).
            "what": self.question,
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
    readmissions_percent: float | None = None
    readmissions_by_age: dict[str, int] | None = None
    discharges_by_age: dict[str, int] | None = None
    payment_days: int = 0
    ready_days_beyond_limit: int = 0
    episodes_beyond_limit: int = 0
    ready_cases: int = 0
    sip_invited_in_time: int = 0
    sip_invited_in_time_percent: float | None = None
    sip_invite_days: int = 0
    discharges_with_contact: int = 0
    contact_percent: float | None = None
    in_hospital_at_end: int = 0
    ready_waiting_at_end: int = 0

    def to_json(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in SAMSA_KEYS + SAMSA_MORE_KEYS}


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
    hsl_patients: int = 0                # in municipal home health care (now)
    hsl_with_valid_sip: int = 0
    hsl_valid_percent: float | None = None
    hsl_followed_up: int = 0             # … whose valid SIP has been followed up
    hsl_followed_up_percent: float | None = None


@dataclass(frozen=True)
class VisitStats:
    """Emergency-department visits of people 80 and older (Nära vård's indicator)."""

    ed_visits_80_plus: int
    ed_patients_80_plus: int             # distinct people over the period
    patients_80_plus: int                # in the register at the period's end
    ed_visits_per_1000: float | None


@dataclass(frozen=True)
class ImportStats:
    """The SAMSA imports the figures rest on."""

    count: int                           # imports whose export moment falls in the period
    first: datetime | None
    last: datetime | None
    days_without: int                    # working days of the period with no import


@dataclass(frozen=True)
class TrendPoint:
    """One month of the run charts; values are None for months before the data begins."""

    month: Period
    values: dict[str, float | int | None]

    def to_json(self) -> dict[str, Any]:
        return {"month": self.month.key, **self.values}


@dataclass(frozen=True)
class KeyFigure:
    """A page-1 figure: this period, the previous one, the same period a year earlier (None:
    no data for that period), and its goal from the settings if it has one."""

    key: str
    value: float | int | None
    previous: float | int | None
    year_before: float | int | None
    goal: float | None = None

    @property
    def goal_missed(self) -> bool:
        return self.goal is not None and self.value is not None and self.value < self.goal

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "previous": self.previous,
                "same_period_last_year": self.year_before, "goal": self.goal,
                "goal_met": None if self.goal is None or self.value is None
                else not self.goal_missed}


@dataclass(frozen=True)
class Change:
    """A figure that changed since the same period's report was last made."""

    key: str
    before: float | int | None
    now: float | int | None


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
    visits: VisitStats | None = None
    imports: ImportStats | None = None
    missed_days: tuple[date, ...] = ()   # working days without a huddle
    months: tuple[Summary, ...] = ()     # a quarter's or year's months, oldest first
    key_figures: tuple[KeyFigure, ...] = ()
    last_made: datetime | None = None    # when this period's report was last made before
    changes: tuple[Change, ...] = ()     # … and what has changed since

    @property
    def monthly(self) -> bool:
        """Monthly or longer: the reports with CFS, SIP and run charts."""
        return self.period.kind != WEEKLY

    @property
    def has_data(self) -> bool:
        """Anything at all happened in the period: a huddle, an import or a SAMSA case."""
        imported = self.imports is not None and self.imports.count > 0
        return bool(self.huddles.held or imported or self.samsa.admissions
                    or self.samsa.discharges or self.decisions.made)

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
            "missed_days": [day.isoformat() for day in self.missed_days],
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
        if self.visits is not None:
            data["visits"] = vars_of(self.visits)
        if self.imports is not None:
            i = self.imports
            data["imports"] = {
                "count": i.count, "days_without": i.days_without,
                "first": i.first.isoformat(timespec="minutes") if i.first else None,
                "last": i.last.isoformat(timespec="minutes") if i.last else None}
        if self.trend:
            data["trend"] = [point.to_json() for point in self.trend]
        data["has_data"] = self.has_data
        data["key_figures"] = [figure.to_json() for figure in self.key_figures]
        data["changed_since_last_made"] = {
            "last_made": self.last_made.isoformat(timespec="minutes") if self.last_made
            else None,
            "changes": [{"key": c.key, "before": c.before, "now": c.now}
                        for c in self.changes]}
        return data


def vars_of(stats: Any) -> dict[str, Any]:
    return dict(stats.__dict__)

