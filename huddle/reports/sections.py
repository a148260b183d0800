"""Counting one window of a report: which rows count where, by the domain's rules.

Each function takes the report's :class:`Context` (the rows storage read once,
:class:`ReportData`, and each kind of row sorted once by the moment it counts at), a
:class:`Window` (the period and the moment its figures are taken at) and the settings, and
returns one section of the summary. A window takes its rows from those indexes by bisection, so
its work grows with the rows in the window, not with the history (a yearly report counts some
26 windows). No SQL and no rule of its own: SIP validity, rescore due and readmission are the
domain's; the definitions are documented in ``docs/reports.md``. ``huddle.reports.compute``
puts the sections together for a week, month, quarter or year.

Why one module over 400 lines: one function per section of a report, all over the same rows
and window, in the order docs/reports.md defines them, so that the definitions can be checked
against one file.
"""

from __future__ import annotations

import calendar
import statistics
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import NamedTuple

from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.calendar import is_working_day, working_days
from huddle.domain.followup import call_in_time
from huddle.domain.frailty import score_overdue
from huddle.domain.identity import age_on
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import STATUS_CANCELLED, is_readmission, previous_discharges
from huddle.domain.settings import Settings
from huddle.domain.sip import is_valid
from huddle.reports.period import Period
from huddle.reports.scrub import Scrubber
from huddle.reports.summary import (
    AGE_BANDS,
    CallStats,
    CfsStats,
    DecisionStats,
    EscalationItem,
    EscalationStats,
    FollowupStats,
    HuddleStats,
    ImportStats,
    RoleAttendance,
    SamsaStats,
    SipStats,
    Summary,
    VisitStats,
    one_decimal,
    percent,
    ratio,
)
from huddle.reports.timeline import OpenAt, Timeline
from huddle.storage.report_data import (
    CaseRow,
    DecisionRow,
    HuddleRow,
    ImportRow,
    NeedRow,
    PudMove,
    ReportData,
    ScoreRow,
    SipRow,
    VisitRow,
)


@dataclass(frozen=True)
class Window:
    """The period, and the moment its figures are taken at."""

    period: Period
    cutoff: datetime   # nothing at or after this moment counts
    as_of: date        # the last day the figures cover
    start: datetime    # midnight before the period's first day
    limit: datetime    # the earlier of the cutoff and midnight after the last day

    @property
    def end(self) -> datetime:
        """Midnight after the period's last day."""
        return datetime.combine(self.period.last + timedelta(days=1), time())

    @property
    def complete(self) -> bool:
        return self.cutoff >= self.end

    def before_cutoff(self, value: datetime | None) -> bool:
        return value is not None and value < self.cutoff

    def in_period(self, value: datetime | None) -> bool:
        """On a day of the period and before the cutoff (called for every row: kept cheap)."""
        return value is not None and self.start <= value < self.limit


def window(period: Period, now: datetime) -> Window:
    start = datetime.combine(period.first, time())
    end = datetime.combine(period.last + timedelta(days=1), time())
    if now >= end:
        return Window(period, end, period.last, start, end)
    return Window(period, now, now.date(), start, min(now, end))


# ---------------------------------------------------------------- huddles and attendance


def _held(ctx: Context, w: Window) -> list[HuddleRow]:
    """The huddles on a day of the period, started before the cutoff."""
    return [r for r in ctx.huddles.between(w.period.first, w.period.last + timedelta(days=1))
            if r.started_at < w.cutoff]


def huddle_stats(ctx: Context, w: Window, settings: Settings
             ) -> tuple[HuddleStats, tuple[RoleAttendance, ...]]:
    rows = _held(ctx, w)
    held_days = {r.day for r in rows}
    eves_off = settings.eves_days_off
    if w.complete:
        days = ctx.huddle_days(w.period.first, w.period.last, eves_off)
    else:
        # An open period counts the days gone by, and today only once its huddle is held.
        days = ctx.huddle_days(w.period.first, w.as_of - timedelta(days=1), eves_off)
        if is_working_day(w.as_of, eves_off=eves_off) and w.as_of in held_days:
            days.append(w.as_of)
    on_working_days = sum(1 for d in held_days if is_working_day(d, eves_off=eves_off))
    durations: list[int] = []
    within = 0
    for r in rows:
        if not w.before_cutoff(r.ended_at):
            continue
        seconds = int((r.ended_at - r.started_at).total_seconds())
        if seconds < 0:
            continue
        durations.append(seconds)
        if seconds <= (r.planned_minutes or settings.huddle_minutes) * 60:
            within += 1
    stats = HuddleStats(
        working_days=len(days),
        held=len(rows),
        held_on_working_days=on_working_days,
        held_percent=percent(on_working_days, len(days)),
        timed=len(durations),
        planned_minutes=settings.huddle_minutes,
        duration_median_minutes=one_decimal(statistics.median(durations) / 60)
        if durations else None,
        duration_longest_minutes=one_decimal(max(durations) / 60) if durations else None,
        within_time=within,
        within_time_percent=percent(within, len(durations)),
    )
    present = Counter(role for r in rows for role in ctx.roles.get(r.id, ()))
    attendance = tuple(RoleAttendance(role, present[role], percent(present[role], len(rows)))
                       for role in ROLE_LABELS)
    return stats, attendance


def missed_days(ctx: Context, w: Window, settings: Settings) -> tuple[date, ...]:
    """The working days of the period (up to the figures' last day) without a huddle."""
    held = {r.day for r in _held(ctx, w)}
    last = w.period.last if w.complete else w.as_of - timedelta(days=1)
    return tuple(d for d in ctx.huddle_days(w.period.first, last, settings.eves_days_off)
                 if d not in held)


# ---------------------------------------------------------------- decisions and escalations


def decision_stats(ctx: Context, w: Window) -> DecisionStats:
    made = ctx.decisions_made.count(w.start, w.limit)
    closed = ctx.decisions_done.count(w.start, w.limit)
    # open at the end: created before the cutoff, and still open, or closed at or after it
    open_at_end = ctx.decisions_open.at(w.cutoff)
    cutoff_day = w.cutoff.date()
    overdue = sum(1 for d in open_at_end if d.due_on is not None and d.due_on < cutoff_day)
    return DecisionStats(made, closed, len(open_at_end), overdue)


def escalation_stats(ctx: Context, w: Window) -> EscalationStats:
    scrub = ctx.scrub
    raised = answered = unanswered = 0
    answer_days: list[int] = []
    items: list[EscalationItem] = []
    for d in ctx.escalations.between(datetime.min, w.cutoff):   # escalated before the cutoff
        answered_by_end = w.before_cutoff(d.answer_at)
        is_raised = w.in_period(d.escalated_at)
        is_answered = answered_by_end and w.in_period(d.answer_at)
        raised += is_raised
        answered += is_answered
        unanswered += not answered_by_end
        if is_answered:
            answer_days.append((d.answer_at.date() - d.escalated_at.date()).days)
        if is_raised or is_answered or not answered_by_end:
            items.append(EscalationItem(
                raised_on=d.escalated_at.date(),
                question=scrub(d.question),
                responsible_role=d.responsible_role,
                escalated_to=scrub(d.escalated_to),
                answered_on=d.answer_at.date() if answered_by_end else None,
                answer=scrub(d.answer_text) if answered_by_end else None,
            ))
    items.sort(key=lambda item: item.raised_on)
    return EscalationStats(
        raised=raised, answered=answered, unanswered_at_end=unanswered,
        answer_days_median=one_decimal(statistics.median(answer_days)) if answer_days else None,
        items=tuple(items),
    )


class LazyScrubber:
    """Reads the patients' names only if some free text is to be quoted, and only once."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self._scrubber: Scrubber | None = None
        self._done: dict[str, str | None] = {}   # the same text recurs in every month

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        if text not in self._done:
            if self._scrubber is None:
                self._scrubber = Scrubber([self.data.names()])   # one a line
            self._done[text] = self._scrubber(text)
        return self._done[text]


# ---------------------------------------------------------------- SAMSA


class Context:
    """What one report works out once and every window shares: each case's previous
    discharge, the scrubber, the sorted birth days, the periods already summarised, and each
    kind of row sorted by the moment it counts at (``huddle.reports.timeline``), so that a
    window reads only its own rows."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.scrub = LazyScrubber(data)          # built once per report, when first needed
        self.summaries: dict[Period, Summary] = {}
        self.birth_days = sorted(data.births)   # read in order: the sort only checks
        self.previous = previous_discharges(
            (c.id, c.patient_id, c.admitted_at.date(),
             c.discharged_at.date() if c.discharged_at else None) for c in data.cases)
        self._calls: dict[int, Timeline[tuple[datetime, datetime, datetime | None]]] = {}
        self.frailty_days: list[date] = []                   # sorted, see frailty_at
        self._working_days: dict[tuple[date, date, bool], list[date]] = {}
        self.frailty_states: dict[date, FrailtyState] = {}

    # The indexes are built when a window first needs them (a weekly report needs few).

    @cached_property
    def huddles(self) -> Timeline[HuddleRow]:
        return Timeline(self.data.huddles, attrgetter("day"))

    @cached_property
    def roles(self) -> dict[int, list[str]]:
        """Each huddle's roles present (each once)."""
        roles: dict[int, list[str]] = {}
        for huddle_id, role in self.data.attendance:
            roles.setdefault(huddle_id, []).append(role)
        return roles

    @cached_property
    def decisions_made(self) -> Timeline[DecisionRow]:
        return Timeline(self.data.decisions, attrgetter("created_at"))

    @cached_property
    def decisions_done(self) -> Timeline[DecisionRow]:
        return Timeline((d for d in self.data.decisions if d.status == "done"),
                        attrgetter("closed_at"))

    @cached_property
    def decisions_open(self) -> OpenAt[DecisionRow]:
        return OpenAt(self.data.decisions, attrgetter("created_at"),
                      lambda d: None if d.status == "open" else d.closed_at)

    @cached_property
    def escalations(self) -> Timeline[DecisionRow]:
        return Timeline(self.data.decisions, attrgetter("escalated_at"))

    @cached_property
    def hsl_with_sip(self) -> frozenset[int]:
        """Patients in municipal home health care with a SIP."""
        return self.data.hsl_patients & {sip.patient_id for sip in self.data.sips}

    @cached_property
    def admitted(self) -> Timeline[CaseRow]:
        return Timeline(self.data.cases, attrgetter("admitted_at"))

    @cached_property
    def discharged(self) -> Timeline[CaseRow]:
        return Timeline(self.data.cases, attrgetter("discharged_at"))

    @cached_property
    def ready(self) -> Timeline[CaseRow]:
        return Timeline(self.data.cases, attrgetter("ready_at"))

    @cached_property
    def in_hospital(self) -> OpenAt[CaseRow]:
        return OpenAt((c for c in self.data.cases if c.status != STATUS_CANCELLED),
                      attrgetter("admitted_at"), attrgetter("discharged_at"))

    @cached_property
    def pud_moves(self) -> Timeline[PudMove]:
        """The changes from one date to a different date."""
        return Timeline((m for m in self.data.pud_moves if m.old and m.new and m.old != m.new),
                        attrgetter("at"))

    @cached_property
    def ed_visits_80_plus(self) -> Timeline[VisitRow]:
        return Timeline((v for v in self.data.visits
                         if v.birth_date is not None
                         and age_on(v.birth_date, v.day) >= 80), attrgetter("day"))

    @cached_property
    def imports(self) -> Timeline[ImportRow]:
        return Timeline(self.data.samsa_imports, attrgetter("as_of"))

    @cached_property
    def scores(self) -> Timeline[ScoreRow]:
        return Timeline(self.data.scores, attrgetter("scored_on"))

    @cached_property
    def sip_steps(self) -> dict[str, Timeline[SipRow]]:
        """The SIPs by the day of each step."""
        return {step: Timeline(self.data.sips, attrgetter(f"{step}_on"))
                for step in ("invited", "held", "followed_up", "declined")}

    @cached_property
    def sip_meetings(self) -> Timeline[tuple[date, int, bool]]:
        """(day, patient, a follow-up?) for every SIP held or followed up."""
        return Timeline(((day, sip.patient_id, follow_up) for sip in self.data.sips
                         for day, follow_up in ((sip.held_on, False),
                                                (sip.followed_up_on, True)) if day),
                        itemgetter(0))

    @cached_property
    def needs_created(self) -> Timeline[NeedRow]:
        return Timeline(self.data.needs, attrgetter("created_at"))

    @cached_property
    def needs_due(self) -> Timeline[NeedRow]:
        """Needs not cancelled, by due date."""
        return Timeline((n for n in self.data.needs if n.status != "cancelled"), attrgetter("due"))

    @cached_property
    def needs_open(self) -> OpenAt[NeedRow]:
        """Needs not cancelled with a due date, open from noted until done."""
        return OpenAt((n for n in self.data.needs if n.status != "cancelled" and n.due is not None),
                      attrgetter("created_at"),
                      lambda n: n.done_at if n.status == "done" else None)

    def working_days(self, first: date, last: date, eves_off: bool) -> list[date]:
        """The calendar's working days, worked out once per report for each span (a list
        of the caller's own)."""
        key = (first, last, eves_off)
        if key not in self._working_days:
            self._working_days[key] = working_days(first, last, eves_off=eves_off)
        return list(self._working_days[key])

    @cached_property
    def in_use_since(self) -> date | None:
        return data_since(self.data)

    def huddle_days(self, first: date, last: date, eves_off: bool) -> list[date]:
        """The working days a huddle was expected: those from the day Huddle was taken into
        use (its first huddle or SAMSA import). Days before it are not missed huddles; the
        database knows nothing of them."""
        since = self.in_use_since
        if since is None:
            return []
        return self.working_days(max(first, since), last, eves_off) if last >= since else []

    def calls(self, hours: int) -> Timeline[tuple[datetime, datetime, datetime | None]]:
        """The 72-hour calls as (deadline, discharge, done moment), by deadline."""
        if hours not in self._calls:
            rows = []
            for call in self.data.calls:
                if call.discharged_at is not None:
                    discharged = call.discharged_at
                elif call.due is not None:
                    discharged = call.due - timedelta(hours=hours)
                else:
                    continue
                rows.append((discharged + timedelta(hours=hours), discharged,
                             call.done_at if call.status == "done" else None))
            self._calls[hours] = Timeline(rows, itemgetter(0))
        return self._calls[hours]

    def samsa_stats(self, w: Window, settings: Settings) -> SamsaStats:
        admissions = self.admitted.between(w.start, w.limit)
        readmitted = [c for c in admissions
                      if (previous := self.previous[c.id]) is not None
                      and is_readmission(previous, c.admitted_at.date())]
        discharges = self.discharged.between(w.start, w.limit)
        ready_days = [(c.discharged_at.date() - c.ready_at.date()).days
                      for c in discharges if c.ready_at is not None]
        ready_days = [days for days in ready_days if days >= 1]
        beyond = [days - settings.payment_days for days in ready_days
                  if days > settings.payment_days]
        moved_cases = [m.case_id for m in self.pud_moves.between(w.start, w.limit)]
        ready = self.ready.between(w.start, w.limit)
        invite_days = settings.sip_invite_days
        invited_in_time = sum(
            1 for c in ready if c.sip_invited_on is not None and c.sip_invited_on <= w.as_of
            and (c.sip_invited_on - c.ready_at.date()).days <= invite_days)
        with_contact = sum(1 for c in discharges if (c.contact or "").strip())
        in_hospital = self.in_hospital.at(w.cutoff)
        return SamsaStats(
            admissions=len(admissions),
            discharges=len(discharges),
            ready_days_episodes=len(ready_days),
            ready_days_total=sum(ready_days),
            ready_days_mean=ratio(sum(ready_days), len(ready_days)),
            pud_moves=len(moved_cases),
            pud_moved_cases=len(set(moved_cases)),
            readmissions_30d=len(readmitted),
            readmissions_percent=percent(len(readmitted), len(discharges)),
            readmissions_by_age=_by_age((c.birth_date, c.admitted_at.date())
                                        for c in readmitted),
            discharges_by_age=_by_age((c.birth_date, c.discharged_at.date())
                                      for c in discharges),
            payment_days=settings.payment_days,
            ready_days_beyond_limit=sum(beyond),
            episodes_beyond_limit=len(beyond),
            ready_cases=len(ready),
            sip_invited_in_time=invited_in_time,
            sip_invited_in_time_percent=percent(invited_in_time, len(ready)),
            sip_invite_days=invite_days,
            discharges_with_contact=with_contact,
            contact_percent=percent(with_contact, len(discharges)),
            in_hospital_at_end=len(in_hospital),
            ready_waiting_at_end=sum(1 for c in in_hospital if w.before_cutoff(c.ready_at)),
        )


def _band(birth: date | None, day: date) -> str | None:
    if birth is None:
        return None
    age = age_on(birth, day)
    return "80_plus" if age >= 80 else "65_79" if age >= 65 else "under_65"


def _by_age(people: Iterable[tuple[date | None, date]]) -> dict[str, int]:
    counts = Counter(_band(birth, day) for birth, day in people)
    return {band: counts[band] for band in AGE_BANDS}


def visit_stats(ctx: Context, w: Window) -> VisitStats:
    # on a day of the period up to "as of"
    visits = ctx.ed_visits_80_plus.between(
        w.period.first, min(w.period.last, w.as_of) + timedelta(days=1))
    # 80 or older on the day: born on or before the same month and day 80 years earlier
    # (age_on's rule, 29 February included), counted in the sorted birth days.
    day = w.as_of
    last_birth = day.replace(year=day.year - 80) if (day.month, day.day) != (2, 29) \
        else date(day.year - 80, 2, 28 + calendar.isleap(day.year - 80))
    old = bisect_right(ctx.birth_days, last_birth)
    return VisitStats(
        ed_visits_80_plus=len(visits),
        ed_patients_80_plus=len({v.patient_id for v in visits}),
        patients_80_plus=old,
        ed_visits_per_1000=ratio(len(visits) * 1000, old),
    )


def import_stats(ctx: Context, w: Window, settings: Settings) -> ImportStats:
    moments = [i.as_of for i in ctx.imports.between(w.start, w.limit)]
    imported_days = {m.date() for m in moments}
    last = w.period.last if w.complete else w.as_of
    days = ctx.huddle_days(w.period.first, last, settings.eves_days_off)
    return ImportStats(
        count=len(moments), first=min(moments, default=None), last=max(moments, default=None),
        days_without=sum(1 for d in days if d not in imported_days))


# ---------------------------------------------------------------- follow-up at home


def call_stats(ctx: Context, w: Window, settings: Settings) -> CallStats:
    hours = settings.call_hours
    due = made = in_time = 0
    # the deadline (discharge + hours) on a day of the period
    for deadline, discharged, called in ctx.calls(hours).between(w.start, w.end):
        if called is not None and called >= w.cutoff:
            called = None
        if deadline >= w.cutoff and called is None:
            continue  # not due yet when the report was made
        due += 1
        if called is not None:
            made += 1
            in_time += call_in_time(discharged, called, hours)
    return CallStats(hours=hours, due=due, made=made, in_time=in_time,
                     in_time_percent=percent(in_time, due), not_made=due - made)


def followup_stats(ctx: Context, w: Window) -> FollowupStats:
    by_reason: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    due = done_by_due = 0
    cutoff_day = w.cutoff.date()
    for need in ctx.needs_created.between(w.start, w.limit):
        by_reason[need.reason] += 1
        by_actor[need.actor] += 1
    # due on a day of the period before the cutoff's day, noted before the cutoff
    for need in ctx.needs_due.between(w.period.first,
                                      min(w.period.last + timedelta(days=1), cutoff_day)):
        if need.created_at >= w.cutoff:
            continue
        due += 1
        done_by_due += need.status == "done" and w.before_cutoff(need.done_at) and \
            need.done_at.date() <= need.due
    # not done at the cutoff (noted before it), and past the due date
    backlog = sum(1 for need in ctx.needs_open.at(w.cutoff) if need.due < cutoff_day)
    reasons = {code: by_reason[code] for code in FOLLOWUP_REASONS if code != "call_72h"}
    reasons.update({code: n for code, n in by_reason.items() if code not in reasons})
    actors = {code: by_actor[code] for code in ACTOR_LABELS}
    actors.update({code: n for code, n in by_actor.items() if code not in actors})
    return FollowupStats(
        created=sum(by_reason.values()), by_reason=reasons, by_actor=actors, due=due,
        done_by_due=done_by_due, done_by_due_percent=percent(done_by_due, due),
        open_overdue_at_end=backlog,
    )


# ---------------------------------------------------------------- CFS and SIP


class FrailtyState(NamedTuple):
    """Each patient's latest CFS score (level, day) and last SIP meeting and SIP follow-up,
    as known at the end of a day; and the latest scores counted by level (the patients at
    each level) and by day, kept as the scores come so that a window does not count every
    patient ever scored again."""

    latest: dict[int, tuple[int, date]]
    last_sip: dict[int, date]
    last_follow_up: dict[int, date]
    at_level: dict[int, set[int]]
    per_day: Counter[date]

    def copy(self) -> FrailtyState:
        return FrailtyState(dict(self.latest), dict(self.last_sip), dict(self.last_follow_up),
                            {level: set(ids) for level, ids in self.at_level.items()},
                            Counter(self.per_day))

    def score(self, patient_id: int, level: int, day: date) -> None:
        """A patient's latest score is now (level, day)."""
        old = self.latest.get(patient_id)
        if old is not None:
            self.at_level[old[0]].discard(patient_id)
            self.per_day[old[1]] -= 1
            if not self.per_day[old[1]]:
                del self.per_day[old[1]]
        self.latest[patient_id] = (level, day)
        self.at_level.setdefault(level, set()).add(patient_id)
        self.per_day[day] += 1


def frailty_at(ctx: Context, day: date) -> FrailtyState:
    """The state at the end of ``day``, made once per day from the nearest earlier state the
    report has made already, and the scores and SIP steps dated in between."""
    days = ctx.frailty_days
    at = bisect_right(days, day)
    if at and days[at - 1] == day:
        return ctx.frailty_states[day]
    if at:
        since = days[at - 1] + timedelta(days=1)
        state = ctx.frailty_states[days[at - 1]].copy()
    else:
        since, state = date.min, FrailtyState({}, {}, {}, {}, Counter())
    after = day + timedelta(days=1)
    # by day, and within a day in the order the scores were read: the last one counts
    for score in ctx.scores.between(since, after):
        state.score(score.patient_id, score.level, score.scored_on)
    for value, patient_id, follow_up in ctx.sip_meetings.between(since, after):
        state.last_sip[patient_id] = max(value, state.last_sip.get(patient_id, value))
        if follow_up:
            last = state.last_follow_up
            last[patient_id] = max(value, last.get(patient_id, value))
    days.insert(at, day)
    ctx.frailty_states[day] = state
    return state


def make_frailty_states(ctx: Context, days: Iterable[date]) -> None:
    """Make the states at the end of ``days`` from the earliest on, each from the one before:
    asked for in the report's own order (the period, then its run chart's months, then the
    same month a year earlier) the later ones came first, and each earlier one was made again
    from the first score (3,000 scored patients at a large centre, three times over)."""
    for day in sorted(set(days)):
        frailty_at(ctx, day)


def cfs_and_sip(ctx: Context, w: Window, settings: Settings
                 ) -> tuple[CfsStats, SipStats]:
    as_of = w.as_of
    after = as_of + timedelta(days=1)
    state = frailty_at(ctx, as_of)
    latest = state.latest
    registered = ctx.scores.count(w.period.first, after)
    at_level = state.at_level
    # The rescore date grows with the score's day, so the overdue scores are those up to some
    # day: the sorted days the latest scores were made are cut there by bisection.
    per_day = state.per_day
    days = sorted(per_day)
    current = bisect_left(days, True, key=lambda day: not score_overdue(day, as_of, settings))
    overdue = sum(per_day[day] for day in days[:current])
    cfs = CfsStats(
        patients_scored=len(latest),
        by_level={level: len(at_level.get(level, ())) for level in range(1, 10)},
        scores_registered=registered,
        overdue=overdue,
        rescore_months=settings.cfs_rescore_months,
    )
    low, high = settings.cfs_preventive_max + 1, settings.cfs_sip_max
    pathway = set().union(*(at_level.get(level, ()) for level in range(low, high + 1)))
    last_sip, last_follow_up = state.last_sip, state.last_follow_up
    counted = min(w.period.last, as_of) + timedelta(days=1)
    counts = {key: steps.count(w.period.first, counted)
              for key, steps in ctx.sip_steps.items()}
    months = settings.sip_valid_months
    # only a patient with a SIP meeting can have a valid SIP
    valid = sum(1 for pid in pathway & last_sip.keys() if is_valid(last_sip[pid], as_of, months))
    hsl = ctx.data.hsl_patients
    hsl_valid = [pid for pid in ctx.hsl_with_sip if is_valid(last_sip.get(pid), as_of, months)]
    hsl_followed = sum(1 for pid in hsl_valid
                       if is_valid(last_follow_up.get(pid), as_of, months))
    sip = SipStats(
        cfs_levels=(low, high), patients=len(pathway), with_valid_sip=valid,
        valid_percent=percent(valid, len(pathway)), valid_months=settings.sip_valid_months,
        invited=counts["invited"], held=counts["held"], followed_up=counts["followed_up"],
        declined=counts["declined"],
        hsl_patients=len(hsl), hsl_with_valid_sip=len(hsl_valid),
        hsl_valid_percent=percent(len(hsl_valid), len(hsl)),
        hsl_followed_up=hsl_followed, hsl_followed_up_percent=percent(hsl_followed, len(hsl)),
    )
    return cfs, sip


# ---------------------------------------------------------------- since when


def data_since(data: ReportData) -> date | None:
    """The first day the database knows of the huddle's work: a huddle or a SAMSA import."""
    firsts = [data.huddles[0].day] if data.huddles else []
    if data.samsa_imports:
        firsts.append(data.samsa_imports[0].as_of.date())
    return min(firsts, default=None)


