"""Working days and periods: Monday–Friday except Swedish public holidays and, by default,
the eves.

Public holidays come from the maintained ``holidays`` library rather than a hand-kept list.
Julafton, midsommarafton and nyårsafton are no public holidays by law, but most health
centres are closed then; the library lists them in Sweden's ``de_facto`` category, and the
setting ``eves_days_off`` (default on) says whether they count as days off. Every rule that
counts working days asks this module, with that setting passed in as ``eves_off``.

The ``Sweden`` class is used directly, not ``country_holidays()``: the latter only accepts
``include_sundays`` from holidays 0.109, the class has long done. Sweden's calendar there
counts every Sunday as a holiday unless told otherwise; we only ask it about weekdays, so that
does not matter, but it is turned off to keep the answer plain. The floor in pyproject.toml
(0.88) is the first release with the ``de_facto`` category for Sweden; before 0.86 the eves
were counted as public holidays.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import holidays


@lru_cache(maxsize=128)
def _swedish_calendar(year: int, category: str) -> holidays.HolidayBase:
    # Imported on first use: the library takes ~30 ms to import and the board's first
    # paint does not need it.
    import holidays

    return holidays.Sweden(years=year, include_sundays=False, language="sv",
                           categories=(category,))


def _public_holiday(day: date) -> str | None:
    return _swedish_calendar(day.year, "public").get(day)


def _eve(day: date) -> str | None:
    return _swedish_calendar(day.year, "de_facto").get(day)


def holiday_name(day: date) -> str | None:
    """The Swedish name of the public holiday on ``day`` (eves are none by law)."""
    return _public_holiday(day)


def day_off_name(day: date, *, eves_off: bool = True) -> str | None:
    """Why a weekday is no working day: the holiday's or the eve's Swedish name, else None."""
    name = _public_holiday(day)
    if name is None and eves_off:
        name = _eve(day)
    return name


def is_working_day(day: date, *, eves_off: bool = True) -> bool:
    return day.weekday() < 5 and day_off_name(day, eves_off=eves_off) is None


def next_working_day(day: date, *, eves_off: bool = True) -> date:
    """The first working day after ``day`` (the next huddle's)."""
    day += timedelta(days=1)
    while not is_working_day(day, eves_off=eves_off):
        day += timedelta(days=1)
    return day


def days_between(first: date, last: date) -> Iterator[date]:
    """Every day from ``first`` to ``last``, both included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def working_days(first: date, last: date, *, eves_off: bool = True) -> list[date]:
    return [day for day in days_between(first, last) if is_working_day(day, eves_off=eves_off)]


class DayOff(NamedTuple):
    day: date
    name: str  # Swedish, from the holidays library ("Juldagen", "Julafton")


def days_off(first: date, last: date, *, eves_off: bool = True) -> list[DayOff]:
    """The weekdays from ``first`` to ``last`` that are not working days, with their names:
    what a report lists beside its count of working days (weekends go without saying)."""
    found = []
    for day in days_between(first, last):
        if day.weekday() < 5:
            name = day_off_name(day, eves_off=eves_off)
            if name is not None:
                found.append(DayOff(day, name))
    return found


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
    if day.day <= 28:  # every month has it (a large centre's board asks thousands of times)
        return date(year, month, day.day)
    last_day = month_bounds(year, month)[1].day
    return date(year, month, min(day.day, last_day))
