"""Computing a summary: the rows come from storage once, the rules from the domain.

No SQL here and no rule of its own: :func:`huddle.storage.report_data.load_report_data` reads
the rows once per report; :mod:`huddle.reports.sections` counts each section of one window;
this module puts the windows together (a quarter or year from its months, the run charts, the
comparisons of page 1, what changed since the period was last reported). Every period is
summarised once per report and every month of the run charts comes from that one read.
SIP validity, rescore due and readmission are the domain's functions; goals and limits are
settings. The definitions (which row counts where) are documented in ``docs/reports.md``. A
period that has not ended yet is counted up to the moment the report is made ("as of"), so an
open week is not punished for days that have not come.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from huddle.domain.settings import Settings
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
from huddle.reports.sections import (
    Context,
    Window,
    call_stats,
    cfs_and_sip,
    data_since,
    decision_stats,
    escalation_stats,
    followup_stats,
    huddle_stats,
    import_stats,
    make_frailty_states,
    missed_days,
    visit_stats,
    window,
)
from huddle.reports.summary import (
    TREND_KEYS,
    CallStats,
    Change,
    FollowupStats,
    HuddleStats,
    KeyFigure,
    RoleAttendance,
    SamsaStats,
    SipStats,
    Summary,
    TrendPoint,
    percent,
    ratio,
)
from huddle.storage.report_data import ReportData, load_report_data
from huddle.storage.report_runs import last_report_run
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


TREND_MONTHS = 12


# ---------------------------------------------------------------- run charts


def _trend_months(month: Period) -> list[Period]:
    """The run charts' months, the last one ``month``."""
    months = [month]
    while len(months) < TREND_MONTHS:
        months.insert(0, months[0].previous())
    return months


def _trend(data: ReportData, ctx: Context, period: Period, now: datetime,
           settings: Settings) -> tuple[TrendPoint, ...]:
    since = data_since(data)
    points = []
    for month in _trend_months(period):
        # A month the database only partly knows (before Huddle was taken into use) would
        # show as a dip on the chart; it is left out instead.
        # Nor does a month that begins today or later: there is nothing to count in it yet.
        if since is None or month.first < since or month.first >= now.date():
            points.append(TrendPoint(month, dict.fromkeys(TREND_KEYS)))
            continue
        known = ctx.summaries.get(month)   # a quarter's or year's months are made already
        if known is not None and known.sip is not None:
            points.append(TrendPoint(month, _point(known.huddles, known.samsa, known.calls_72h,
                                                   known.sip, known.followups)))
            continue
        w = _window(data, month, now)
        huddles, _ = huddle_stats(ctx, w, settings)
        _, sip = cfs_and_sip(ctx, w, settings)
        points.append(TrendPoint(month, _point(huddles, ctx.samsa_stats(w, settings),
                                               call_stats(ctx, w, settings), sip,
                                               followup_stats(ctx, w))))
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


def _core(data: ReportData, ctx: Context, period: Period, now: datetime,
          settings: Settings) -> Summary:
    """The period's figures, computed directly over its window (no run charts)."""
    w = _window(data, period, now)
    huddles, attendance = huddle_stats(ctx, w, settings)
    summary = Summary(
        period=period,
        health_centre=settings.vc_name,
        made_at=now,
        as_of=w.as_of,
        complete=w.complete,
        huddles=huddles,
        attendance=attendance,
        decisions=decision_stats(ctx, w),
        escalations=escalation_stats(ctx, w),
        samsa=ctx.samsa_stats(w, settings),
        calls_72h=call_stats(ctx, w, settings),
        followups=followup_stats(ctx, w),
        visits=visit_stats(ctx, w),
        imports=import_stats(ctx, w, settings),
        missed_days=missed_days(ctx, w, settings),
    )
    if period.kind != WEEKLY:
        cfs, sip = cfs_and_sip(ctx, w, settings)
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
    # no one born after the last day of the year 80 years ago is 80 or older in any window
    data = load_report_data(db, since=first_counted_day(period), call_hours=settings.call_hours,
                            frailty=period.kind != WEEKLY, born_by=date(now.year - 80, 12, 31))
    ctx = Context(data)
    if period.kind != WEEKLY:  # the windows that count CFS scores and SIPs
        make_frailty_states(ctx, (window(p, now).as_of for p in _periods_counted(period)))
    summary = _period_summary(data, ctx, period, now, settings)
    if period.kind != WEEKLY:
        summary = replace(summary, trend=_trend(data, ctx, month_period(period.last), now,
                                                settings))
    summary = replace(summary, key_figures=_key_figures(summary, data, ctx, now, settings))
    last = last_report_run(db, period.kind, period.key, now)
    if last is not None:
        figures = kept_figures(summary.to_json())
        changes = tuple(Change(key, last.figures[key], value) for key, value in figures.items()
                        if key in last.figures and last.figures[key] != value)
        summary = replace(summary, last_made=last.made_at, changes=changes)
    return summary


def _periods_counted(period: Period) -> list[Period]:
    """The windows a report of ``period`` counts: the period with its months, the previous
    period, the same period a year earlier (each with its months) and the run charts'
    months."""
    periods = []
    for compared in (period, period.previous(), period.year_before()):
        periods.append(compared)
        if compared.kind in (QUARTERLY, YEARLY):
            periods.extend(compared.months())
    if period.kind != WEEKLY:
        periods.extend(_trend_months(month_period(period.last)))
    return periods


def first_counted_day(period: Period) -> date:
    """The first day of the earliest window a report of ``period`` counts
    (:func:`_periods_counted`). The report reads the rows for windows from this day on."""
    return min(p.first for p in _periods_counted(period))


def _window(data: ReportData, period: Period, now: datetime) -> Window:
    """The window of ``period``; one that begins before the rows read would count too few."""
    if data.since is not None and period.first < data.since:
        raise ValueError(f"{period.key} begins before the rows read ({data.since})")
    return window(period, now)


def _period_summary(data: ReportData, ctx: Context, period: Period, now: datetime,
                    settings: Settings) -> Summary:
    """A period's summary, computed once per report (a year's previous period is also the
    same period a year earlier)."""
    if period in ctx.summaries:
        return ctx.summaries[period]
    summary = _core(data, ctx, period, now, settings)
    if period.kind in (QUARTERLY, YEARLY):
        months = [_period_summary(data, ctx, month, now, settings)
                  for month in period.months() if month.first <= now.date()]
        summary = combine(summary, months)
    ctx.summaries[period] = summary
    return summary


def _key_figures(summary: Summary, data: ReportData, ctx: Context, now: datetime,
                 settings: Settings) -> tuple[KeyFigure, ...]:
    """Page 1: the key figures against the previous period and the same period last year."""
    this = summary.to_json()
    since = data_since(data)
    others: list[dict | None] = []
    for other in (summary.period.previous(), summary.period.year_before()):
        if since is None or other.first < since:
            others.append(None)   # a period Huddle only partly knows is no comparison
            continue
        made = _period_summary(data, ctx, other, now, settings)
        others.append(made.to_json() if made.has_data else None)
    previous, year_before = others
    goals = {key: getattr(settings, name) for key, name in GOAL_SETTINGS.items()}
    return tuple(
        KeyFigure(key, lookup(this, key) if summary.has_data else None,
                  lookup(previous, key) if previous else None,
                  lookup(year_before, key) if year_before else None, goals.get(key))
        for key in KEY_FIGURES if key.split(".")[0] in this)
