"""Computing a summary: the rows come from storage once, the rules from the domain.

No SQL here and no rule of its own: :func:`huddle.storage.report_data.load_report_data` reads
the rows once per report, and every month of the run charts is computed from that one read.
SIP validity, rescore due and readmission are the domain's functions; goals and limits are
settings. The definitions (which row counts where) are documented in ``docs/reports.md``. A
period that has not ended yet is counted up to the moment the report is made ("as of"), so an
open week is not punished for days that have not come.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.calendar import is_working_day, working_days
from huddle.domain.followup import call_in_time
from huddle.domain.frailty import score_overdue
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import is_readmission, previous_discharges
from huddle.domain.settings import Settings
from huddle.domain.sip import is_valid
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.reports.period import MONTHLY, Period
from huddle.reports.scrub import Scrubber
from huddle.reports.summary import (
    TREND_KEYS,
    CallStats,
    CfsStats,
    DecisionStats,
    EscalationItem,
    EscalationStats,
    FollowupStats,
    HuddleStats,
    RoleAttendance,
    SamsaStats,
    SipStats,
    Summary,
    TrendPoint,
    one_decimal,
    percent,
    ratio,
)
from huddle.storage.report_data import ReportData, load_report_data
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store

TREND_MONTHS = 12


@dataclass(frozen=True)
class _Window:
    """The period, and the moment its figures are taken at."""

    period: Period
    cutoff: datetime   # nothing at or after this moment counts
    as_of: date        # the last day the figures cover

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
        return value is not None and self.period.contains(value.date()) and value < self.cutoff


def _window(period: Period, now: datetime) -> _Window:
    end = datetime.combine(period.last + timedelta(days=1), time())
    if now >= end:
        return _Window(period, end, period.last)
    return _Window(period, now, now.date())


# ---------------------------------------------------------------- huddles and attendance


def _huddles(data: ReportData, w: _Window, settings: Settings
             ) -> tuple[HuddleStats, tuple[RoleAttendance, ...]]:
    rows = [r for r in data.huddles
            if w.period.contains(r.day) and r.started_at < w.cutoff]
    held_days = {r.day for r in rows}
    eves_off = settings.eves_days_off
    if w.complete:
        days = working_days(w.period.first, w.period.last, eves_off=eves_off)
    else:
        # An open period counts the days gone by, and today only once its huddle is held.
        days = working_days(w.period.first, w.as_of - timedelta(days=1), eves_off=eves_off)
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
    held_ids = {r.id for r in rows}
    present = Counter(role for huddle_id, role in data.attendance if huddle_id in held_ids)
    attendance = tuple(RoleAttendance(role, present[role], percent(present[role], len(rows)))
                       for role in ROLE_LABELS)
    return stats, attendance


def missed_days(data: ReportData, w: _Window, settings: Settings) -> tuple[date, ...]:
    """The working days of the period (up to the figures' last day) without a huddle."""
    held = {r.day for r in data.huddles if r.started_at < w.cutoff}
    last = w.period.last if w.complete else w.as_of - timedelta(days=1)
    return tuple(d for d in working_days(w.period.first, last,
                                         eves_off=settings.eves_days_off) if d not in held)


# ---------------------------------------------------------------- decisions and escalations


def _decisions(data: ReportData, w: _Window) -> DecisionStats:
    made = closed = open_at_end = overdue = 0
    cutoff_day = w.cutoff.date()
    for d in data.decisions:
        made += w.in_period(d.created_at)
        closed += d.status == "done" and w.in_period(d.closed_at)
        if d.created_at < w.cutoff and (d.status == "open" or d.closed_at is None
                                        or d.closed_at >= w.cutoff):
            open_at_end += 1
            overdue += d.due_on is not None and d.due_on < cutoff_day
    return DecisionStats(made, closed, open_at_end, overdue)


def _escalations(data: ReportData, w: _Window, scrub: _LazyScrubber) -> EscalationStats:
    raised = answered = unanswered = 0
    answer_days: list[int] = []
    items: list[EscalationItem] = []
    for d in data.decisions:
        if not w.before_cutoff(d.escalated_at):
            continue
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
                what=scrub(d.what),
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


class _LazyScrubber:
    """Reads the patients' names only if some free text is to be quoted, and only once."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self._scrubber: Scrubber | None = None

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        if self._scrubber is None:
            self._scrubber = Scrubber(self.data.names())
        return self._scrubber(text)


# ---------------------------------------------------------------- SAMSA


class _Samsa:
    """What the SAMSA measures need of the cases, worked out once per report."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.previous = previous_discharges(
            (c.id, c.patient_id, c.admitted_at.date(),
             c.discharged_at.date() if c.discharged_at else None) for c in data.cases)

    def stats(self, w: _Window) -> SamsaStats:
        admissions = [c for c in self.data.cases if w.in_period(c.admitted_at)]
        readmissions = sum(
            1 for c in admissions
            if (previous := self.previous[c.id]) is not None
            and is_readmission(previous, c.admitted_at.date()))
        discharges = [c for c in self.data.cases if w.in_period(c.discharged_at)]
        ready_days = [(c.discharged_at.date() - c.ready_at.date()).days
                      for c in discharges if c.ready_at is not None]
        ready_days = [days for days in ready_days if days >= 1]
        last = min(w.cutoff, w.end)
        moved_cases = [m.case_id for m in self.data.pud_moves
                       if datetime.combine(w.period.first, time()) <= m.at < last
                       and m.old and m.new and m.old != m.new]
        return SamsaStats(
            admissions=len(admissions),
            discharges=len(discharges),
            ready_days_episodes=len(ready_days),
            ready_days_total=sum(ready_days),
            ready_days_mean=ratio(sum(ready_days), len(ready_days)),
            pud_moves=len(moved_cases),
            pud_moved_cases=len(set(moved_cases)),
            readmissions_30d=readmissions,
        )


# ---------------------------------------------------------------- follow-up at home


def _calls(data: ReportData, w: _Window, settings: Settings) -> CallStats:
    hours = settings.call_hours
    due = made = in_time = 0
    for call in data.calls:
        if call.discharged_at is not None:
            discharged = call.discharged_at
        elif call.due is not None:
            discharged = call.due - timedelta(hours=hours)
        else:
            continue
        deadline = discharged + timedelta(hours=hours)
        called = call.done_at if call.status == "done" else None
        if called is not None and called >= w.cutoff:
            called = None
        if not w.period.contains(deadline.date()):
            continue
        if deadline >= w.cutoff and called is None:
            continue  # not due yet when the report was made
        due += 1
        if called is not None:
            made += 1
            in_time += call_in_time(discharged, called, hours)
    return CallStats(hours=hours, due=due, made=made, in_time=in_time,
                     in_time_percent=percent(in_time, due), not_made=due - made)


def _followups(data: ReportData, w: _Window) -> FollowupStats:
    by_reason: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    due = done_by_due = backlog = 0
    cutoff_day = w.cutoff.date()
    for need in data.needs:
        if need.created_at >= w.cutoff:
            continue
        if w.in_period(need.created_at):
            by_reason[need.reason] += 1
            by_actor[need.actor] += 1
        if need.status == "cancelled" or need.due is None:
            continue
        done_day = need.done_at.date() if need.status == "done" and \
            w.before_cutoff(need.done_at) else None
        if w.period.contains(need.due) and need.due < cutoff_day:
            due += 1
            done_by_due += done_day is not None and done_day <= need.due
        if done_day is None and need.due < cutoff_day:
            backlog += 1
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


def _cfs_and_sip(data: ReportData, w: _Window, settings: Settings
                 ) -> tuple[CfsStats, SipStats]:
    as_of = w.as_of
    latest: dict[int, tuple[int, date]] = {}
    registered = 0
    for score in data.scores:
        if score.scored_on > as_of:
            continue
        latest[score.patient_id] = (score.level, score.scored_on)
        registered += w.period.first <= score.scored_on
    by_level = Counter(level for level, _ in latest.values())
    overdue = sum(1 for _, scored in latest.values() if score_overdue(scored, as_of, settings))
    cfs = CfsStats(
        patients_scored=len(latest),
        by_level={level: by_level[level] for level in range(1, 10)},
        scores_registered=registered,
        overdue=overdue,
        rescore_months=settings.cfs_rescore_months,
    )
    low, high = settings.cfs_preventive_max + 1, settings.cfs_sip_max
    pathway = {pid for pid, (level, _) in latest.items() if low <= level <= high}
    last_sip: dict[int, date] = {}
    counts: Counter[str] = Counter()
    last_counted = min(w.period.last, as_of)
    for sip in data.sips:
        for key, value in (("invited", sip.invited_on), ("held", sip.held_on),
                           ("followed_up", sip.followed_up_on), ("declined", sip.declined_on)):
            if value and w.period.first <= value <= last_counted:
                counts[key] += 1
        for value in (sip.held_on, sip.followed_up_on):
            if value and value <= as_of:
                last_sip[sip.patient_id] = max(value, last_sip.get(sip.patient_id, value))
    valid = sum(1 for pid in pathway
                if is_valid(last_sip.get(pid), as_of, settings.sip_valid_months))
    sip = SipStats(
        cfs_levels=(low, high), patients=len(pathway), with_valid_sip=valid,
        valid_percent=percent(valid, len(pathway)), valid_months=settings.sip_valid_months,
        invited=counts["invited"], held=counts["held"], followed_up=counts["followed_up"],
        declined=counts["declined"],
    )
    return cfs, sip


# ---------------------------------------------------------------- run charts


def _data_since(data: ReportData) -> date | None:
    """The first day the database knows of the huddle's work: a huddle or a SAMSA import."""
    firsts = [data.huddles[0].day] if data.huddles else []
    if data.samsa_imports:
        firsts.append(data.samsa_imports[0].as_of.date())
    return min(firsts, default=None)


def _trend(data: ReportData, samsa: _Samsa, period: Period, now: datetime,
           settings: Settings) -> tuple[TrendPoint, ...]:
    since = _data_since(data)
    months = [period]
    while len(months) < TREND_MONTHS:
        months.insert(0, months[0].previous())
    points = []
    for month in months:
        # A month the database only partly knows (before Huddle was taken into use) would
        # show as a dip on the chart; it is left out instead.
        if since is None or month.first < since:
            points.append(TrendPoint(month, dict.fromkeys(TREND_KEYS)))
            continue
        w = _window(month, now)
        huddles, _ = _huddles(data, w, settings)
        stats = samsa.stats(w)
        _, sip = _cfs_and_sip(data, w, settings)
        points.append(TrendPoint(month, {
            "held_percent": huddles.held_percent,
            "within_time_percent": huddles.within_time_percent,
            "ready_days_total": stats.ready_days_total,
            "pud_moves": stats.pud_moves,
            "readmissions_30d": stats.readmissions_30d,
            "calls_in_time_percent": _calls(data, w, settings).in_time_percent,
            "sip_valid_percent": sip.valid_percent,
            "followups_done_by_due_percent": _followups(data, w).done_by_due_percent,
        }))
    return tuple(points)


# ---------------------------------------------------------------- the summary


def compute_summary(db: Store, period: Period, now: datetime | None = None) -> Summary:
    """The weekly or monthly summary of ``period``, as of ``now`` (default: this moment)."""
    now = (now or datetime.now()).replace(microsecond=0)
    if period.first > now.date():
        raise InputError(translate(
            "reports", "Perioden {label} har inte börjat än, så det finns inget att "
            "sammanställa. Välj en vecka eller månad som har börjat."
        ).format(label=period.label))
    settings = load_settings(db)
    data = load_report_data(db)
    samsa = _Samsa(data)
    w = _window(period, now)
    huddles, attendance = _huddles(data, w, settings)
    summary = Summary(
        period=period,
        health_centre=settings.vc_name,
        made_at=now,
        as_of=w.as_of,
        complete=w.complete,
        huddles=huddles,
        attendance=attendance,
        decisions=_decisions(data, w),
        escalations=_escalations(data, w, _LazyScrubber(data)),
        samsa=samsa.stats(w),
        calls_72h=_calls(data, w, settings),
        followups=_followups(data, w),
    )
    if period.kind == MONTHLY:
        cfs, sip = _cfs_and_sip(data, w, settings)
        return replace(summary, cfs=cfs, sip=sip,
                       trend=_trend(data, samsa, period, now, settings))
    return summary
