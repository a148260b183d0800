"""Working days and periods: Monday–Friday except Swedish public holidays.

Public holidays come from the maintained ``holidays`` library rather than a hand-kept list.
Sweden's calendar there counts every Sunday as a holiday unless told otherwise; we only ask
it about weekdays, so that does not matter, but it is turned off to keep the answer plain.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays


@lru_cache(maxsize=64)
def _swedish_holidays(year: int) -> holidays.HolidayBase:
    # Imported on first use: the library takes ~30 ms to import and the board's first
    # paint does not need it.
    import holidays

    return holidays.country_holidays("SE", years=year, include_sundays=False, language="sv")


def holiday_name(day: date) -> str | None:
    return _swedish_holidays(day.year).get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _swedish_holidays(day.year)


def days_between(first: date, last: date) -> Iterator[date]:
    """Every day from ``first`` to ``last``, both included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def working_days(first: date, last: date) -> list[date]:
    return [day for day in days_between(first, last) if is_working_day(day)]


def iso_week_bounds(year: int, week: int) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier, when negative); a day the target month does
    not have becomes its last day, so 29 February + 12 months is 28 February."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = month_bounds(year, month)[1].day
    return date(year, month, min(day.day, last_day))
