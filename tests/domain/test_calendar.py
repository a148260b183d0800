"""Working days and periods for the huddle's rhythm and the reports."""

from __future__ import annotations

from datetime import date

import pytest

from huddle.domain.calendar import (
    DayOff,
    day_off_name,
    days_between,
    days_off,
    holiday_name,
    is_working_day,
    iso_week_bounds,
    month_bounds,
    working_days,
)


@pytest.mark.parametrize("day", [
    date(2026, 1, 6),    # Trettondedag jul, Tuesday
    date(2026, 4, 3),    # Långfredagen
    date(2026, 4, 6),    # Annandag påsk
    date(2026, 5, 1),    # Första maj, Friday
    date(2026, 5, 14),   # Kristi himmelsfärdsdag
    date(2025, 6, 6),    # Nationaldagen, Friday
    date(2026, 12, 25),  # Juldagen
])
def test_public_holidays_on_weekdays_are_not_working_days(day):
    assert day.weekday() < 5
    assert not is_working_day(day)


def test_weekends_are_not_working_days_and_ordinary_weekdays_are():
    assert not is_working_day(date(2026, 11, 21))
    assert not is_working_day(date(2026, 11, 22))
    assert is_working_day(date(2026, 11, 23))


def test_holiday_names_are_swedish():
    assert holiday_name(date(2026, 12, 25)) == "Juldagen"
    assert holiday_name(date(2025, 6, 6)) == "Nationaldagen"
    assert holiday_name(date(2026, 11, 23)) is None


def test_working_days_of_a_month():
    first, last = month_bounds(2026, 5)
    days = working_days(first, last)
    # May 2026: 21 weekdays, minus Första maj and Kristi himmelsfärdsdag.
    assert len(days) == 19
    assert days[0] == date(2026, 5, 4)


def test_days_between_includes_both_ends_and_is_empty_when_reversed():
    assert list(days_between(date(2026, 2, 27), date(2026, 3, 1))) == [
        date(2026, 2, 27), date(2026, 2, 28), date(2026, 3, 1)]
    assert list(days_between(date(2026, 3, 1), date(2026, 2, 27))) == []


@pytest.mark.parametrize(("year", "month", "bounds"), [
    (2026, 12, (date(2026, 12, 1), date(2026, 12, 31))),
    (2028, 2, (date(2028, 2, 1), date(2028, 2, 29))),
    (2026, 2, (date(2026, 2, 1), date(2026, 2, 28))),
])
def test_month_bounds(year, month, bounds):
    assert month_bounds(year, month) == bounds


def test_iso_weeks_run_monday_to_sunday_and_2026_has_a_week_53():
    assert iso_week_bounds(2026, 48) == (date(2026, 11, 23), date(2026, 11, 29))
    assert iso_week_bounds(2026, 53) == (date(2026, 12, 28), date(2027, 1, 3))


# ---------------------------------------------------------------- the eves (issue 14)

EVES_2026 = [
    (date(2026, 6, 19), "Midsommarafton"),  # Friday
    (date(2026, 12, 24), "Julafton"),       # Thursday
    (date(2026, 12, 31), "Nyårsafton"),     # Thursday
]


@pytest.mark.parametrize(("day", "name"), EVES_2026)
def test_eves_are_days_off_by_default_and_working_days_when_the_centre_is_open(day, name):
    assert day.weekday() < 5
    assert not is_working_day(day)
    assert day_off_name(day) == name
    assert is_working_day(day, eves_off=False)
    assert day_off_name(day, eves_off=False) is None
    # By law the eves are no public holidays.
    assert holiday_name(day) is None


def test_the_eves_of_2026_are_exactly_julafton_midsommarafton_and_nyarsafton():
    year = days_off(date(2026, 1, 1), date(2026, 12, 31))
    with_eves = {off.day for off in year}
    without = {off.day for off in days_off(date(2026, 1, 1), date(2026, 12, 31),
                                           eves_off=False)}
    assert sorted(with_eves - without) == [day for day, _ in EVES_2026]


def test_days_off_name_the_weekdays_a_report_did_not_count():
    assert days_off(date(2026, 12, 21), date(2026, 12, 27)) == [
        DayOff(date(2026, 12, 24), "Julafton"),
        DayOff(date(2026, 12, 25), "Juldagen"),
    ]
    assert days_off(date(2026, 12, 21), date(2026, 12, 27), eves_off=False) == [
        DayOff(date(2026, 12, 25), "Juldagen")]
    # Weekends go without saying: Annandag jul 2026 is a Saturday.
    assert days_off(date(2026, 12, 26), date(2026, 12, 27)) == []


def test_working_days_of_december_2026_with_and_without_the_eves():
    first, last = month_bounds(2026, 12)
    # 23 weekdays, minus Juldagen; minus julafton and nyårsafton when they are days off.
    assert len(working_days(first, last, eves_off=False)) == 22
    assert len(working_days(first, last)) == 20


def test_add_months_agrees_with_the_standard_librarys_month_lengths():
    import calendar as std
    from datetime import date, timedelta

    from huddle.domain.calendar import add_months

    day = date(2023, 1, 1)
    while day < date(2025, 1, 1):
        for months in range(-25, 26):
            got = add_months(day, months)
            index = day.year * 12 + day.month - 1 + months
            year, month = divmod(index, 12)
            assert (got.year, got.month) == (year, month + 1)
            assert got.day == min(day.day, std.monthrange(year, month + 1)[1])
        day += timedelta(days=1)
