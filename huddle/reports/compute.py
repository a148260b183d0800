"""Computing a summary from the database: every query behind the reports lives here.

The definitions (which row counts where) are documented in ``docs/reports.md``; the SAMSA
process statistics follow the issue's exact wording. A period that has not ended yet is
counted up to the moment the report is made ("as of"), so an open week is not punished for
days that have not come.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.calendar import add_months, is_working_day, working_days
from huddle.domain.followup import call_in_time
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import is_readmission
from huddle.domain.settings import Settings
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
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    import sqlite_utils

TREND_MONTHS = 12


@dataclass(frozen=True)
class _Window:
    """The period, and the moment its figures are taken at."""

    period: Period
    cutoff: datetime   # nothing at or after this moment counts
    as_of: date        # the last day the figures cover

    @property
    def first(self) -> str:
        return self.period.first.isoformat()

    @property
    def last(self) -> str:
        return self.period.last.isoformat()

    @property
    def cutoff_iso(self) -> str:
        return self.cutoff.isoformat(timespec="seconds")

    @property
    def complete(self) -> bool:
        return self.cutoff >= datetime.combine(self.period.last + timedelta(days=1), time())

    def in_period(self, value: str | None) -> bool:
        return bool(value) and self.first <= value[:10] <= self.last and \
            value < self.cutoff_iso


def _window(period: Period, now: datetime) -> _Window:
    end = datetime.combine(period.last + timedelta(days=1), time())
    if now >= end:
        return _Window(period, end, period.last)
    return _Window(period, now, now.date())


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value) if "T" in value else \
        datetime.combine(date.fromisoformat(value), time())


# ---------------------------------------------------------------- huddles and attendance


def _huddles(db: sqlite_utils.Database, w: _Window, settings: Settings
             ) -> tuple[HuddleStats, tuple[RoleAttendance, ...]]:
    rows = [r for r in db.execute(
        "SELECT id, day, started_at, ended_at, planned_minutes FROM huddles "
        "WHERE day BETWEEN ? AND ? AND started_at < ? ORDER BY day",
        [w.first, w.last, w.cutoff_iso]).fetchall()]
    held_days = {date.fromisoformat(r[1]) for r in rows}
    if w.complete:
        days = working_days(w.period.first, w.period.last, eves_off=settings.eves_days_off)
    else:
        # An open period counts the days gone by, and today only once its huddle is held.
        days = working_days(w.period.first, w.as_of - timedelta(days=1),
                            eves_off=settings.eves_days_off)
        if is_working_day(w.as_of, eves_off=settings.eves_days_off) and w.as_of in held_days:
            days.append(w.as_of)
    on_working_days = sum(1 for d in held_days
                          if is_working_day(d, eves_off=settings.eves_days_off))
    durations: list[int] = []
    within = 0
    for _, _, started, ended, planned in rows:
        if not ended or ended >= w.cutoff_iso:
            continue
        seconds = int((_moment(ended) - _moment(started)).total_seconds())
        if seconds < 0:
            continue
        durations.append(seconds)
        if seconds <= (planned or settings.huddle_minutes) * 60:
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
    present: Counter[str] = Counter()
    if rows:
        for (role,) in db.execute(
            "SELECT a.role FROM huddle_attendance a JOIN huddles h ON h.id = a.huddle_id "
            "WHERE h.day BETWEEN ? AND ? AND h.started_at < ? GROUP BY a.huddle_id, a.role",
            [w.first, w.last, w.cutoff_iso]).fetchall():
            present[role] += 1
    attendance = tuple(RoleAttendance(role, present[role], percent(present[role], len(rows)))
                       for role in ROLE_LABELS)
    return stats, attendance


# ---------------------------------------------------------------- decisions and escalations


def _decisions(db: sqlite_utils.Database, w: _Window) -> DecisionStats:
    made, closed, open_at_end, overdue = db.execute(
        """
        SELECT
          sum(substr(created_at, 1, 10) BETWEEN :first AND :last AND created_at < :cutoff),
          sum(status = 'done' AND substr(coalesce(done_at, updated_at), 1, 10)
              BETWEEN :first AND :last AND coalesce(done_at, updated_at) < :cutoff),
          sum(created_at < :cutoff AND (status = 'open'
              OR coalesce(done_at, updated_at) >= :cutoff)),
          sum(created_at < :cutoff AND (status = 'open'
              OR coalesce(done_at, updated_at) >= :cutoff) AND due_on < :cutoff_day)
          FROM decisions
        """,
        {"first": w.first, "last": w.last, "cutoff": w.cutoff_iso,
         "cutoff_day": w.cutoff.date().isoformat()},
    ).fetchone()
    return DecisionStats(made or 0, closed or 0, open_at_end or 0, overdue or 0)


def _escalations(db: sqlite_utils.Database, w: _Window, scrub: _LazyScrubber
                 ) -> EscalationStats:
    rows = db.execute(
        "SELECT escalated_at, what, responsible_role, escalated_to, answer_at, answer_text "
        "FROM decisions WHERE escalated_at IS NOT NULL AND escalated_at < ? "
        "ORDER BY escalated_at, id",
        [w.cutoff_iso]).fetchall()
    raised = answered = unanswered = 0
    answer_days: list[int] = []
    items: list[EscalationItem] = []
    for escalated_at, what, role, escalated_to, answer_at, answer_text in rows:
        answered_by_end = bool(answer_at) and answer_at < w.cutoff_iso
        is_raised = w.in_period(escalated_at)
        is_answered = answered_by_end and w.in_period(answer_at)
        raised += is_raised
        answered += is_answered
        unanswered += not answered_by_end
        if is_answered:
            answer_days.append((_day(answer_at) - _day(escalated_at)).days)
        if is_raised or is_answered or not answered_by_end:
            items.append(EscalationItem(
                raised_on=_day(escalated_at),
                what=scrub(what),
                responsible_role=role,
                escalated_to=scrub(escalated_to),
                answered_on=_day(answer_at) if answered_by_end else None,
                answer=scrub(answer_text) if answered_by_end else None,
            ))
    return EscalationStats(
        raised=raised, answered=answered, unanswered_at_end=unanswered,
        answer_days_median=one_decimal(statistics.median(answer_days)) if answer_days else None,
        items=tuple(items),
    )


class _LazyScrubber:
    """Reads the patients' names only if some free text is to be quoted."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._scrubber: Scrubber | None = None

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        if self._scrubber is None:
            self._scrubber = Scrubber(
                name for (name,) in self.db.execute("SELECT name FROM patients").fetchall())
        return self._scrubber(text)


# ---------------------------------------------------------------- SAMSA


def _samsa(db: sqlite_utils.Database, w: _Window) -> SamsaStats:
    admissions = db.execute(
        "SELECT id, substr(admitted_at, 1, 10), "
        "  (SELECT max(substr(p.discharged_at, 1, 10)) FROM cases p"
        "    WHERE p.patient_id = c.patient_id AND p.id != c.id"
        "      AND p.discharged_at IS NOT NULL"
        "      AND substr(p.discharged_at, 1, 10) <= substr(c.admitted_at, 1, 10)) "
        "FROM cases c WHERE substr(admitted_at, 1, 10) BETWEEN ? AND ? AND admitted_at < ?",
        [w.first, w.last, w.cutoff_iso]).fetchall()
    readmissions = sum(
        1 for _, admitted, previous in admissions
        if previous and is_readmission(date.fromisoformat(previous),
                                       date.fromisoformat(admitted)))
    discharges = db.execute(
        "SELECT substr(ready_at, 1, 10), substr(discharged_at, 1, 10) FROM cases "
        "WHERE substr(discharged_at, 1, 10) BETWEEN ? AND ? AND discharged_at < ?",
        [w.first, w.last, w.cutoff_iso]).fetchall()
    ready_days = [
        (date.fromisoformat(discharged) - date.fromisoformat(ready)).days
        for ready, discharged in discharges if ready
    ]
    ready_days = [days for days in ready_days if days >= 1]
    moved_cases: list[int] = []
    for case_id, old, new in db.execute(
        "SELECT case_id, old_value, new_value FROM case_events "
        "WHERE kind = 'pud_moved' AND at >= ? AND at < ?",
        [w.first, min(w.cutoff_iso, (w.period.last + timedelta(days=1)).isoformat())],
    ).fetchall():
        if old and new and old[:10] != new[:10]:
            moved_cases.append(case_id)
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


def _calls(db: sqlite_utils.Database, w: _Window, settings: Settings) -> CallStats:
    hours = settings.call_hours
    due = made = in_time = 0
    for deadline_text, done_at, status, discharged_text in db.execute(
        "SELECT f.due, f.done_at, f.status, c.discharged_at FROM followups f "
        "LEFT JOIN cases c ON c.id = f.case_id "
        "WHERE f.kind = 'call_72h' AND f.status != 'cancelled'"
    ).fetchall():
        if discharged_text:
            discharged = _moment(discharged_text)
        elif deadline_text:
            discharged = _moment(deadline_text) - timedelta(hours=hours)
        else:
            continue
        deadline = discharged + timedelta(hours=hours)
        called = _moment(done_at) if status == "done" and done_at else None
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


def _followups(db: sqlite_utils.Database, w: _Window) -> FollowupStats:
    by_reason: Counter[str] = Counter()
    by_actor: Counter[str] = Counter()
    due = done_by_due = backlog = 0
    cutoff_day = w.cutoff.date().isoformat()
    for reason, actor, due_text, status, done_at, created_at in db.execute(
        "SELECT reason, actor, due, status, done_at, created_at FROM followups "
        "WHERE kind = 'need' AND created_at < ?", [w.cutoff_iso]
    ).fetchall():
        if w.in_period(created_at):
            by_reason[reason] += 1
            by_actor[actor] += 1
        if status == "cancelled" or not due_text:
            continue
        done_day = done_at[:10] if status == "done" and done_at and \
            done_at < w.cutoff_iso else None
        due_day = due_text[:10]
        if w.first <= due_day <= w.last and due_day < cutoff_day:
            due += 1
            done_by_due += bool(done_day) and done_day <= due_day
        if done_day is None and due_day < cutoff_day:
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


def _cfs_and_sip(db: sqlite_utils.Database, w: _Window, settings: Settings
                 ) -> tuple[CfsStats, SipStats]:
    as_of = w.as_of.isoformat()
    latest: dict[int, tuple[int, date]] = {}
    registered = 0
    for patient_id, level, scored_on in db.execute(
        "SELECT patient_id, level, scored_on FROM cfs_scores WHERE scored_on <= ? "
        "ORDER BY patient_id, scored_on, id", [as_of]
    ).fetchall():
        latest[patient_id] = (level, date.fromisoformat(scored_on[:10]))
        registered += w.first <= scored_on[:10]
    by_level = Counter(level for level, _ in latest.values())
    overdue = sum(1 for _, scored in latest.values()
                  if add_months(scored, settings.cfs_rescore_months) < w.as_of)
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
    for patient_id, invited, held, followed, declined in db.execute(
        "SELECT patient_id, invited_on, held_on, followed_up_on, declined_on FROM sips"
    ).fetchall():
        for key, value in (("invited", invited), ("held", held), ("followed_up", followed),
                           ("declined", declined)):
            if value and w.first <= value[:10] <= min(w.last, as_of):
                counts[key] += 1
        for value in (held, followed):
            if value and value[:10] <= as_of:
                day = date.fromisoformat(value[:10])
                last_sip[patient_id] = max(day, last_sip.get(patient_id, day))
    valid = sum(1 for pid in pathway if pid in last_sip
                and add_months(last_sip[pid], settings.sip_valid_months) >= w.as_of)
    sip = SipStats(
        cfs_levels=(low, high), patients=len(pathway), with_valid_sip=valid,
        valid_percent=percent(valid, len(pathway)), valid_months=settings.sip_valid_months,
        invited=counts["invited"], held=counts["held"], followed_up=counts["followed_up"],
        declined=counts["declined"],
    )
    return cfs, sip


# ---------------------------------------------------------------- run charts


def data_since(db: sqlite_utils.Database) -> date | None:
    """The first day the database knows of the huddle's work: a huddle or a SAMSA import."""
    first = db.execute(
        "SELECT min(d) FROM (SELECT min(day) AS d FROM huddles "
        "UNION ALL SELECT min(substr(as_of, 1, 10)) FROM imports WHERE kind = 'samsa')"
    ).fetchone()[0]
    return date.fromisoformat(first) if first else None


def _trend(db: sqlite_utils.Database, period: Period, now: datetime, settings: Settings
           ) -> tuple[TrendPoint, ...]:
    since = data_since(db)
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
        huddles, _ = _huddles(db, w, settings)
        samsa = _samsa(db, w)
        _, sip = _cfs_and_sip(db, w, settings)
        points.append(TrendPoint(month, {
            "held_percent": huddles.held_percent,
            "within_time_percent": huddles.within_time_percent,
            "ready_days_total": samsa.ready_days_total,
            "pud_moves": samsa.pud_moves,
            "readmissions_30d": samsa.readmissions_30d,
            "calls_in_time_percent": _calls(db, w, settings).in_time_percent,
            "sip_valid_percent": sip.valid_percent,
            "followups_done_by_due_percent": _followups(db, w).done_by_due_percent,
        }))
    return tuple(points)


# ---------------------------------------------------------------- the summary


def compute_summary(db: sqlite_utils.Database, period: Period,
                    now: datetime | None = None) -> Summary:
    """The weekly or monthly summary of ``period``, as of ``now`` (default: this moment)."""
    now = (now or datetime.now()).replace(microsecond=0)
    if period.first > now.date():
        raise InputError(translate(
            "reports", "Perioden {label} har inte börjat än, så det finns inget att "
            "sammanställa. Välj en vecka eller månad som har börjat."
        ).format(label=period.label))
    settings = load_settings(db)
    w = _window(period, now)
    huddles, attendance = _huddles(db, w, settings)
    summary = Summary(
        period=period,
        health_centre=settings.vc_name,
        made_at=now,
        as_of=w.as_of,
        complete=w.complete,
        huddles=huddles,
        attendance=attendance,
        decisions=_decisions(db, w),
        escalations=_escalations(db, w, _LazyScrubber(db)),
        samsa=_samsa(db, w),
        calls_72h=_calls(db, w, settings),
        followups=_followups(db, w),
    )
    if period.kind == MONTHLY:
        cfs, sip = _cfs_and_sip(db, w, settings)
        return replace(summary, cfs=cfs, sip=sip, trend=_trend(db, period, now, settings))
    return summary
