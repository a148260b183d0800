"""Quarter and year: made of their months, the way reports/measures.py declares."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from huddle.reports.compute import compute_summary
from huddle.reports.measures import AT_END, MEAN, PER_1000, PERIOD_RULES, SHARE, SUM
from huddle.reports.period import parse_quarter, parse_year
from huddle.reports.summary import percent, ratio
from huddle.storage.database import open_database
from tests.conftest import DEMO_TODAY


def _value(data: dict, key: str):
    section, field = key.split(".", 1)
    return data[section][field]


@pytest.fixture(scope="module")
def reports(demo_db_file):
    db = open_database(demo_db_file)
    made = {}
    moment = datetime.combine(DEMO_TODAY, time(10))   # the quarter and year still going on
    for period in (parse_quarter(f"{DEMO_TODAY.year}-Q{(DEMO_TODAY.month - 1) // 3 + 1}"),
                   parse_year(str(DEMO_TODAY.year))):
        whole = compute_summary(db, period, moment).to_json()
        months = [compute_summary(db, month, moment).to_json() for month in period.months()
                  if month.first <= DEMO_TODAY]
        made[period.kind] = (whole, months)
    db.conn.close()
    return made


@pytest.mark.parametrize("kind", ["quarterly", "yearly"])
def test_additive_measures_are_the_sums_of_the_months(reports, kind):
    whole, months = reports[kind]
    checked = 0
    for rule in PERIOD_RULES:
        if rule.rule != SUM or rule.key.split(".")[0] not in whole:
            continue
        values = [_value(m, rule.key) for m in months]
        if isinstance(values[0], dict):
            expected = {k: sum(v[k] for v in values) for k in values[0]}
        else:
            expected = sum(values)
        assert _value(whole, rule.key) == expected, rule.key
        checked += 1
    assert checked >= 35
    assert whole["samsa"]["admissions"] > 0 and whole["calls_72h"]["due"] > 0
    roles = whole["attendance"]
    for role, numbers in roles.items():
        assert numbers["huddles"] == sum(m["attendance"][role]["huddles"] for m in months)


@pytest.mark.parametrize("kind", ["quarterly", "yearly"])
def test_shares_and_means_are_recomputed_from_their_parts(reports, kind):
    whole, months = reports[kind]
    for rule in PERIOD_RULES:
        if rule.rule not in (SHARE, MEAN, PER_1000) or rule.key.split(".")[0] not in whole:
            continue
        top, bottom = _value(whole, rule.numerator), _value(whole, rule.denominator)
        expected = percent(top, bottom) if rule.rule == SHARE else \
            ratio(top * 1000, bottom) if rule.rule == PER_1000 else ratio(top, bottom)
        assert _value(whole, rule.key) == expected, rule.key


@pytest.mark.parametrize("kind", ["quarterly", "yearly"])
def test_the_state_at_the_end_is_the_last_months(reports, kind):
    whole, months = reports[kind]
    for rule in PERIOD_RULES:
        if rule.rule == AT_END and rule.key.split(".")[0] in whole:
            assert _value(whole, rule.key) == _value(months[-1], rule.key), rule.key


def test_yearly_carries_its_months_side_by_side(reports):
    whole, months = reports["yearly"]
    assert whole["report"] == "yearly"
    assert [point["month"] for point in whole["trend"]][-1] == f"{DEMO_TODAY.year}-12"
    assert len(whole["trend"]) == 12


def test_the_years_run_chart_points_are_the_months_own(reports):
    whole, months = reports["yearly"]
    by_month = {point["month"]: point for point in whole["trend"]}
    for month in months:
        own = month["trend"][-1]
        assert by_month[own["month"]] == own


def test_days_before_huddle_was_taken_into_use_are_not_missed_huddles(demo_db_path):
    """The 90-day demo began in the autumn: a yearly report counts working days, missed
    huddles and days without an import from the first day Huddle knows, not from 1 January."""
    from datetime import datetime, time

    from huddle.reports.compute import compute_summary
    from huddle.reports.period import parse_year
    from huddle.reports.sections import data_since
    from huddle.storage.database import open_database
    from huddle.storage.report_data import load_report_data
    from tests.conftest import DEMO_TODAY

    db = open_database(demo_db_path)
    try:
        since = data_since(load_report_data(db))
        summary = compute_summary(db, parse_year(str(DEMO_TODAY.year)),
                                  datetime.combine(DEMO_TODAY, time(10)))
    finally:
        db.close()
    data = summary.to_json()
    assert since.year == DEMO_TODAY.year and since.month >= 8
    assert all(day >= since.isoformat() for day in data["missed_days"])
    assert data["huddles"]["held_percent"] > 50
