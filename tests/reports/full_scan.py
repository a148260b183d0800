"""The report's sections as they were counted before the windows were indexed: every window
walks every row of the history. Kept as the reference the indexed sections are compared with
(tests/reports/test_indexed_windows.py); not used by Huddle itself."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.calendar import is_working_day, working_days
from huddle.domain.followup import call_in_time
from huddle.domain.frailty import score_overdue
from huddle.domain.identity import age_on
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import STATUS_CANCELLED, is_readmission
from huddle.domain.settings import Settings
from huddle.domain.sip import is_valid
from huddle.reports.sections import Context, Window, _by_age
from huddle.reports.summary import (
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
    VisitStats,
    one_decimal,
    percent,
    ratio,
)
from huddle.storage.report_data import ReportData


def _since(data: ReportData, days: list[date]) -> list[date]:
    """Only the days from the one Huddle was taken into use (its first huddle or import)."""
    firsts = [data.huddles[0].day] if data.huddles else []
    if data.samsa_imports:
        firsts.append(data.samsa_imports[0].as_of.date())
    since = min(firsts, default=None)
    return [d for d in days if since is not None and d >= since]


def huddle_stats(data: ReportData, w: Window, settings: Settings
             ) -> tuple[HuddleStats, tuple[RoleAttendance, ...]]:
    rows = [r for r in data.huddles
            if w.period.contains(r.day) and r.started_at < w.cutoff]
    held_days = {r.day for r in rows}
    eves_off = settings.eves_days_off
    if w.complete:
        days = _since(data, working_days(w.period.first, w.period.last, eves_off=eves_off))
    else:
        # An open period counts the days gone by, and today only once its huddle is held.
        days = _since(data, working_days(w.period.first, w.as_of - timedelta(days=1),
                                         eves_off=eves_off))
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


def missed_days(data: ReportData, w: Window, settings: Settings) -> tuple[date, ...]:
    """The working days of the period (up to the figures' last day) without a huddle."""
    held = {r.day for r in data.huddles if r.started_at < w.cutoff}
    last = w.period.last if w.complete else w.as_of - timedelta(days=1)
    return tuple(d for d in _since(data, working_days(w.period.first, last,
                                                      eves_off=settings.eves_days_off))
                 if d not in held)


def decision_stats(data: ReportData, w: Window) -> DecisionStats:
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


def escalation_stats(data: ReportData, w: Window, scrub: Callable[[str | None], str | None]
                     ) -> EscalationStats:
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


def samsa_stats(ctx: Context, w: Window, settings: Settings) -> SamsaStats:
    cases = ctx.data.cases
    admissions = [c for c in cases if w.in_period(c.admitted_at)]
    readmitted = [c for c in admissions
                  if (previous := ctx.previous[c.id]) is not None
                  and is_readmission(previous, c.admitted_at.date())]
    discharges = [c for c in cases if w.in_period(c.discharged_at)]
    ready_days = [(c.discharged_at.date() - c.ready_at.date()).days
                  for c in discharges if c.ready_at is not None]
    ready_days = [days for days in ready_days if days >= 1]
    beyond = [days - settings.payment_days for days in ready_days
              if days > settings.payment_days]
    moved_cases = [m.case_id for m in ctx.data.pud_moves
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


def visit_stats(data: ReportData, ctx: Context, w: Window) -> VisitStats:
    visits = [v for v in data.visits
              if v.birth_date is not None and w.period.contains(v.day)
              and v.day <= w.as_of and age_on(v.birth_date, v.day) >= 80]
    # 80 or older on the day: born on or before the same month and day 80 years earlier
    # (age_on's rule, 29 February included).
    day = w.as_of
    born_by = (day.year - 80, day.month, day.day)
    old = sum(1 for b in data.births if (b.year, b.month, b.day) <= born_by)
    return VisitStats(
        ed_visits_80_plus=len(visits),
        ed_patients_80_plus=len({v.patient_id for v in visits}),
        patients_80_plus=old,
        ed_visits_per_1000=ratio(len(visits) * 1000, old),
    )


def import_stats(data: ReportData, w: Window, settings: Settings) -> ImportStats:
    moments = [i.as_of for i in data.samsa_imports if w.in_period(i.as_of)]
    imported_days = {m.date() for m in moments}
    last = w.period.last if w.complete else w.as_of
    days = _since(data, working_days(w.period.first, last, eves_off=settings.eves_days_off))
    return ImportStats(
        count=len(moments), first=min(moments, default=None), last=max(moments, default=None),
        days_without=sum(1 for d in days if d not in imported_days))


def call_stats(data: ReportData, w: Window, settings: Settings) -> CallStats:
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


def followup_stats(data: ReportData, w: Window) -> FollowupStats:
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


def cfs_and_sip(data: ReportData, w: Window, settings: Settings
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
