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
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.calendar import is_working_day, working_days
from huddle.domain.followup import call_in_time
from huddle.domain.frailty import score_overdue
from huddle.domain.identity import age_on
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import STATUS_CANCELLED, is_readmission, previous_discharges
from huddle.domain.settings import Settings
from huddle.domain.sip import is_valid
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.reports.measures import (
    GOAL_SETTINGS,
    KEY_FIGURES,
    MEAN,
    PER_1000,
    PERIOD_RULES,
    SHARE,
    SUM,
    kept_figures,
    lookup,
)
from huddle.reports.period import QUARTERLY, WEEKLY, YEARLY, Period, month_period
from huddle.reports.scrub import Scrubber
from huddle.reports.summary import (
    AGE_BANDS,
    TREND_KEYS,
    CallStats,
    CfsStats,
    Change,
    DecisionStats,
    EscalationItem,
    EscalationStats,
    FollowupStats,
    HuddleStats,
    ImportStats,
    KeyFigure,
    RoleAttendance,
    SamsaStats,
    SipStats,
    Summary,
    TrendPoint,
    VisitStats,
    one_decimal,
    percent,
    ratio,
)
from huddle.storage.report_data import ReportData, load_report_data
from huddle.storage.report_runs import last_report_run
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


def _window(period: Period, now: datetime) -> _Window:
    start = datetime.combine(period.first, time())
    end = datetime.combine(period.last + timedelta(days=1), time())
    if now >= end:
        return _Window(period, end, period.last, start, end)
    return _Window(period, now, now.date(), start, min(now, end))


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
        self._done: dict[str, str | None] = {}   # the same text recurs in every month

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        if text not in self._done:
            if self._scrubber is None:
                self._scrubber = Scrubber(self.data.names())
            self._done[text] = self._scrubber(text)
        return self._done[text]


# ---------------------------------------------------------------- SAMSA


class _Samsa:
    """What the SAMSA measures need of the cases, worked out once per report."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.scrub = _LazyScrubber(data)          # built once per report, when first needed
        self.summaries: dict[Period, Summary] = {}
        self.birth_days = sorted((b.year, b.month, b.day) for b in data.births)
        self.previous = previous_discharges(
            (c.id, c.patient_id, c.admitted_at.date(),
             c.discharged_at.date() if c.discharged_at else None) for c in data.cases)

    def stats(self, w: _Window, settings: Settings) -> SamsaStats:
        cases = self.data.cases
        admissions = [c for c in cases if w.in_period(c.admitted_at)]
        readmitted = [c for c in admissions
                      if (previous := self.previous[c.id]) is not None
                      and is_readmission(previous, c.admitted_at.date())]
        discharges = [c for c in cases if w.in_period(c.discharged_at)]
        ready_days = [(c.discharged_at.date() - c.ready_at.date()).days
                      for c in discharges if c.ready_at is not None]
        ready_days = [days for days in ready_days if days >= 1]
        beyond = [days - settings.payment_days for days in ready_days
                  if days > settings.payment_days]
        moved_cases = [m.case_id for m in self.data.pud_moves
                       if w.start <= m.at < w.limit and m.old and m.new and m.old != m.new]
        ready = [c for c in cases if w.in_period(c.ready_at)]
        invite_days = settings.sip_invite_days
        invited_in_time = sum(
            1 for c in ready if c.sip_invited_on is not None and c.sip_invited_on <= w.as_of
            and (c.sip_invited_on - c.ready_at.date()).days <= invite_days)
        with_contact = sum(1 for c in discharges if (c.contact or "").strip())
        in_hospital = [c for c in cases if c.admitted_at < w.cutoff
                       and c.status != STATUS_CANCELLED
                       and (c.discharged_at is None or c.discharged_at >= w.cutoff)]
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


def _visits(data: ReportData, samsa: _Samsa, w: _Window) -> VisitStats:
    visits = [v for v in data.visits
              if v.emergency and v.birth_date is not None and w.period.contains(v.day)
              and v.day <= w.as_of and age_on(v.birth_date, v.day) >= 80]
    # 80 or older on the day: born on or before the same month and day 80 years earlier
    # (age_on's rule, 29 February included), counted in the sorted birth days.
    day = w.as_of
    old = bisect_right(samsa.birth_days, (day.year - 80, day.month, day.day))
    return VisitStats(
        ed_visits_80_plus=len(visits),
        ed_patients_80_plus=len({v.patient_id for v in visits}),
        patients_80_plus=old,
        ed_visits_per_1000=ratio(len(visits) * 1000, old),
    )


def _imports(data: ReportData, w: _Window, settings: Settings) -> ImportStats:
    moments = [i.as_of for i in data.samsa_imports if w.in_period(i.as_of)]
    imported_days = {m.date() for m in moments}
    last = w.period.last if w.complete else w.as_of
    days = working_days(w.period.first, last, eves_off=settings.eves_days_off)
    return ImportStats(
        count=len(moments), first=min(moments, default=None), last=max(moments, default=None),
        days_without=sum(1 for d in days if d not in imported_days))


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
    last_follow_up: dict[int, date] = {}
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
        if sip.followed_up_on and sip.followed_up_on <= as_of:
            value = sip.followed_up_on
            last_follow_up[sip.patient_id] = max(value, last_follow_up.get(sip.patient_id, value))
    months = settings.sip_valid_months
    valid = sum(1 for pid in pathway if is_valid(last_sip.get(pid), as_of, months))
    hsl = data.hsl_patients
    hsl_valid = [pid for pid in hsl if is_valid(last_sip.get(pid), as_of, months)]
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
        # Nor does a month that begins today or later: there is nothing to count in it yet.
        if since is None or month.first < since or month.first >= now.date():
            points.append(TrendPoint(month, dict.fromkeys(TREND_KEYS)))
            continue
        known = samsa.summaries.get(month)   # a quarter's or year's months are made already
        if known is not None and known.sip is not None:
            points.append(TrendPoint(month, _point(known.huddles, known.samsa, known.calls_72h,
                                                   known.sip, known.followups)))
            continue
        w = _window(month, now)
        huddles, _ = _huddles(data, w, settings)
        _, sip = _cfs_and_sip(data, w, settings)
        points.append(TrendPoint(month, _point(huddles, samsa.stats(w, settings),
                                               _calls(data, w, settings), sip,
                                               _followups(data, w))))
    return tuple(points)


def _point(huddles: HuddleStats, stats: SamsaStats, calls: CallStats, sip: SipStats,
           followups: FollowupStats) -> dict[str, float | int | None]:
    """One month of the run charts (``TREND_KEYS``)."""
    return {
        "held_percent": huddles.held_percent,
        "within_time_percent": huddles.within_time_percent,
        "ready_days_total": stats.ready_days_total,
        "ready_days_mean": stats.ready_days_mean,
        "pud_moves": stats.pud_moves,
        "readmissions_30d": stats.readmissions_30d,
        "calls_in_time_percent": calls.in_time_percent,
        "sip_valid_percent": sip.valid_percent,
        "followups_done_by_due_percent": followups.done_by_due_percent,
    }


# ---------------------------------------------------------------- the summary


def _core(data: ReportData, samsa: _Samsa, period: Period, now: datetime,
          settings: Settings) -> Summary:
    """The period's figures, computed directly over its window (no run charts)."""
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
        escalations=_escalations(data, w, samsa.scrub),
        samsa=samsa.stats(w, settings),
        calls_72h=_calls(data, w, settings),
        followups=_followups(data, w),
        visits=_visits(data, samsa, w),
        imports=_imports(data, w, settings),
        missed_days=missed_days(data, w, settings),
    )
    if period.kind != WEEKLY:
        cfs, sip = _cfs_and_sip(data, w, settings)
        summary = replace(summary, cfs=cfs, sip=sip)
    return summary


def _added(values: list) -> object:
    if isinstance(values[0], dict):
        total: dict = {}
        for value in values:
            for key, n in value.items():
                total[key] = total.get(key, 0) + n
        return total
    return sum(values)


_SECTIONS = ("huddles", "decisions", "escalations", "samsa", "calls_72h", "followups",
             "cfs", "sip", "visits", "imports")


def combine(whole: Summary, months: list[Summary]) -> Summary:
    """A quarter or a year from its months (see ``reports/measures.py``): additive measures
    are the months' sums, shares and means are recomputed from those sums, and everything else
    (medians, distinct counts, the state at the end) comes from ``whole``, the period computed
    at once."""
    sections: dict[str, object] = {}
    for section in _SECTIONS:
        stats = getattr(whole, section)
        if stats is None:
            continue
        sums = {rule.key.split(".", 1)[1]: _added([getattr(getattr(m, section), field)
                                                    for m in months])
                for rule in PERIOD_RULES if rule.rule == SUM
                and rule.key.startswith(f"{section}.")
                for field in [rule.key.split(".", 1)[1]]}
        sections[section] = replace(stats, **sums)

    def part(path: str) -> int:
        section, field = path.split(".", 1)
        return getattr(sections[section], field)

    for rule in PERIOD_RULES:
        section, field = rule.key.split(".", 1)
        if section not in sections or rule.rule not in (SHARE, MEAN, PER_1000):
            continue
        top, bottom = part(rule.numerator), part(rule.denominator)
        value = percent(top, bottom) if rule.rule == SHARE else \
            ratio(top * 1000, bottom) if rule.rule == PER_1000 else ratio(top, bottom)
        sections[section] = replace(sections[section], **{field: value})
    held = part("huddles.held")
    attendance = []
    for role in whole.attendance:
        n = sum(a.huddles for m in months for a in m.attendance if a.role == role.role)
        attendance.append(RoleAttendance(role.role, n, percent(n, held)))
    return replace(whole, **sections, attendance=tuple(attendance), months=tuple(months))


def compute_summary(db: Store, period: Period, now: datetime | None = None) -> Summary:
    """The summary of ``period`` (a week, month, quarter or year), as of ``now`` (default:
    this moment)."""
    now = (now or datetime.now()).replace(microsecond=0)
    if period.first > now.date():
        raise InputError(translate(
            "reports", "Perioden {label} har inte börjat än, så det finns inget att "
            "sammanställa. Välj en period som har börjat."
        ).format(label=period.label))
    settings = load_settings(db)
    data = load_report_data(db)
    samsa = _Samsa(data)
    summary = _period_summary(data, samsa, period, now, settings)
    if period.kind != WEEKLY:
        summary = replace(summary, trend=_trend(data, samsa, month_period(period.last), now,
                                                settings))
    summary = replace(summary, key_figures=_key_figures(summary, data, samsa, now, settings))
    last = last_report_run(db, period.kind, period.key, now)
    if last is not None:
        figures = kept_figures(summary.to_json())
        changes = tuple(Change(key, last.figures[key], value) for key, value in figures.items()
                        if key in last.figures and last.figures[key] != value)
        summary = replace(summary, last_made=last.made_at, changes=changes)
    return summary


def _period_summary(data: ReportData, samsa: _Samsa, period: Period, now: datetime,
                    settings: Settings) -> Summary:
    """A period's summary, computed once per report (a year's previous period is also the
    same period a year earlier)."""
    if period in samsa.summaries:
        return samsa.summaries[period]
    summary = _core(data, samsa, period, now, settings)
    if period.kind in (QUARTERLY, YEARLY):
        months = [_period_summary(data, samsa, month, now, settings)
                  for month in period.months() if month.first <= now.date()]
        summary = combine(summary, months)
    samsa.summaries[period] = summary
    return summary


def _key_figures(summary: Summary, data: ReportData, samsa: _Samsa, now: datetime,
                 settings: Settings) -> tuple[KeyFigure, ...]:
    """Page 1: the key figures against the previous period and the same period last year."""
    this = summary.to_json()
    since = _data_since(data)
    others: list[dict | None] = []
    for other in (summary.period.previous(), summary.period.year_before()):
        if since is None or other.first < since:
            others.append(None)   # a period Huddle only partly knows is no comparison
            continue
        made = _period_summary(data, samsa, other, now, settings)
        others.append(made.to_json() if made.has_data else None)
    previous, year_before = others
    goals = {key: getattr(settings, name) for key, name in GOAL_SETTINGS.items()}
    return tuple(
        KeyFigure(key, lookup(this, key) if summary.has_data else None,
                  lookup(previous, key) if previous else None,
                  lookup(year_before, key) if year_before else None, goals.get(key))
        for key in KEY_FIGURES if key.split(".")[0] in this)
