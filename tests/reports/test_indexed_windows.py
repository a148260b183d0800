"""A window's rows taken from indexes count the same as walking the whole history.

The sections read each window's rows from rows sorted once per report
(``huddle.reports.timeline``). On a demo with more than a year of history, the yearly, quarterly
and monthly JSON made that way must equal the JSON made by the previous sections, which walk
every row for every window (``tests/reports/full_scan.py``): ended and open periods alike,
with their months, comparisons and run charts.
"""

from __future__ import annotations

from datetime import datetime, time

import pytest

from huddle.reports import compute
from huddle.reports.compute import compute_summary
from huddle.reports.period import parse_month, parse_quarter, parse_week, parse_year
from huddle.reports.sections import Context
from huddle.storage.database import open_database
from tests.conftest import DEMO_TODAY
from tests.reports import full_scan

NOW = datetime.combine(DEMO_TODAY, time(10))
PERIODS = [parse_year("2025"), parse_year("2026"), parse_quarter("2026-Q1"),
           parse_quarter("2026-Q4"), parse_month("2026-10"), parse_month("2026-11")]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from huddle.demo import write_demo

    path = tmp_path_factory.mktemp("long") / "demo-400.sqlite"
    write_demo(path, seed=3, days=400, today=DEMO_TODAY)
    store = open_database(path)
    yield store
    store.conn.close()


def _full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """Count every window the way the sections did before they were indexed."""
    def over_data(function):
        return lambda ctx, *args: function(ctx.data, *args)

    for name in ("huddle_stats", "missed_days", "decision_stats", "import_stats",
                 "call_stats", "followup_stats", "cfs_and_sip"):
        monkeypatch.setattr(compute, name, over_data(getattr(full_scan, name)))
    monkeypatch.setattr(compute, "visit_stats",
                        lambda ctx, w: full_scan.visit_stats(ctx.data, ctx, w))
    monkeypatch.setattr(compute, "escalation_stats",
                        lambda ctx, w: full_scan.escalation_stats(ctx.data, w, ctx.scrub))
    monkeypatch.setattr(Context, "samsa_stats", full_scan.samsa_stats)


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.key)
def test_indexed_windows_count_what_the_whole_history_counts(db, period, monkeypatch):
    indexed = compute_summary(db, period, NOW).to_json()
    with monkeypatch.context() as patch:
        _full_scan(patch)
        walked = compute_summary(db, period, NOW).to_json()
    assert indexed == walked
    # the demo's history covers the period: the comparison is about real numbers
    assert walked["samsa"]["admissions"] > 0 and walked["decisions"]["made"] > 0
    assert walked["followups"]["created"] > 0 and walked["calls_72h"]["due"] > 0


def _everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every row of the history, as the reports did before they read from ``since``."""
    load = compute.load_report_data

    def load_everything(db, *, since, **options):
        return load(db, **options)

    monkeypatch.setattr(compute, "load_report_data", load_everything)


@pytest.mark.parametrize("period", [*PERIODS, parse_week("2026-W47"), parse_week("2026-W01")],
                         ids=lambda p: p.key)
def test_reading_from_the_first_window_counts_what_the_whole_history_counts(
        db, period, monkeypatch):
    scoped = compute_summary(db, period, NOW).to_json()
    with monkeypatch.context() as patch:
        _everything(patch)
        whole = compute_summary(db, period, NOW).to_json()
    assert scoped == whole


def test_a_monthly_report_reads_its_year_not_the_history(db):
    from huddle.storage.report_data import load_report_data

    month = parse_month("2026-11")
    since = compute.first_counted_day(month)
    assert since.isoformat() == "2025-11-01"   # the same month a year earlier
    scoped, whole = load_report_data(db, since=since), load_report_data(db)
    # the demo began on 20 October 2025: its first huddle is read, the day Huddle was taken
    # into use, and the rest of October is not
    assert scoped.huddles[0] == whole.huddles[0]
    assert len(scoped.huddles) < len(whole.huddles)
    assert len(scoped.decisions) < len(whole.decisions)
    assert {score.patient_id for score in scoped.scores} == \
        {score.patient_id for score in whole.scores}
    with pytest.raises(ValueError):
        compute._window(scoped, parse_month("2025-10"), NOW)
