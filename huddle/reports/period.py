"""The period a summary covers: an ISO week, a calendar month, quarter or year, and how it is
written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from huddle.domain.calendar import add_months, iso_week_bounds, month_bounds
from huddle.errors import InputError
from huddle.i18n import tr_label, tr_noop, translate

WEEKLY = "weekly"
MONTHLY = "monthly"
QUARTERLY = "quarterly"
YEARLY = "yearly"
KINDS = (WEEKLY, MONTHLY, QUARTERLY, YEARLY)

MONTH_NAMES = (tr_noop("januari"), tr_noop("februari"), tr_noop("mars"), tr_noop("april"), tr_noop("maj"), tr_noop("juni"), tr_noop("juli"), tr_noop("augusti"),
               tr_noop("september"), tr_noop("oktober"), tr_noop("november"), tr_noop("december"))

_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")
_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_QUARTER_RE = re.compile(r"^\s*(\d{4})-?[Qq](\d)\s*$")
_YEAR_RE = re.compile(r"^\s*(\d{4})\s*$")



def month_name(month: int) -> str:
    return tr_label(MONTH_NAMES[month - 1])


def swedish_date(day: date) -> str:
    """'23 november 2026'."""
    return f"{day.day} {month_name(day.month)} {day.year}"


@dataclass(frozen=True)
class Period:
    kind: str          # WEEKLY | MONTHLY | QUARTERLY | YEARLY
    first: date
    last: date

    @property
    def key(self) -> str:
        """'2026-W47', '2026-11', '2026-Q4' or '2026', as on the command line."""
        if self.kind == WEEKLY:
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == QUARTERLY:
            return f"{self.first.year}-Q{self.quarter}"
        if self.kind == YEARLY:
            return str(self.first.year)
        return f"{self.first.year}-{self.first.month:02d}"

    @property
    def quarter(self) -> int:
        return (self.first.month - 1) // 3 + 1

    @property
    def label(self) -> str:
        """'vecka 47 2026' or 'november 2026'."""
        if self.kind == WEEKLY:
            year, week, _ = self.first.isocalendar()
            return translate("reports", "vecka {week} {year}").format(week=week, year=year)
        if self.kind == QUARTERLY:
            return translate("reports", "kvartal {quarter} {year}").format(
                quarter=self.quarter, year=self.first.year)
        if self.kind == YEARLY:
            return translate("reports", "år {year}").format(year=self.first.year)
        return f"{month_name(self.first.month)} {self.first.year}"

    @property
    def span(self) -> str:
        """'16–22 november 2026', '28 december 2026 – 3 januari 2027'."""
        if self.first.year != self.last.year:
            return f"{swedish_date(self.first)} – {swedish_date(self.last)}"
        if self.first.month != self.last.month:
            return (f"{self.first.day} {month_name(self.first.month)} – "
                    f"{swedish_date(self.last)}")
        return f"{self.first.day}–{swedish_date(self.last)}"

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def previous(self) -> Period:
        if self.kind == WEEKLY:
            return week_period(self.first - timedelta(days=7))
        return period_of(self.kind, add_months(self.first, -_MONTHS[self.kind]))

    def year_before(self) -> Period:
        """The same period a year earlier (for a week: the same ISO week number)."""
        if self.kind == WEEKLY:
            return week_period(self.first - timedelta(days=364))
        return period_of(self.kind, add_months(self.first, -12))

    def months(self) -> list[Period]:
        """The calendar months a month, quarter or year is made of."""
        months = [month_period(self.first)]
        while months[-1].last < self.last:
            months.append(month_period(months[-1].last + timedelta(days=1)))
        return months


_MONTHS = {MONTHLY: 1, QUARTERLY: 3, YEARLY: 12}


def week_period(day: date) -> Period:
    """The ISO week (Monday–Sunday) that ``day`` falls in."""
    year, week, _ = day.isocalendar()
    first, last = iso_week_bounds(year, week)
    return Period(WEEKLY, first, last)


def month_period(day: date) -> Period:
    first, last = month_bounds(day.year, day.month)
    return Period(MONTHLY, first, last)


def quarter_period(day: date) -> Period:
    first_month = (day.month - 1) // 3 * 3 + 1
    first = date(day.year, first_month, 1)
    return Period(QUARTERLY, first, add_months(first, 3) - timedelta(days=1))


def year_period(day: date) -> Period:
    return Period(YEARLY, date(day.year, 1, 1), date(day.year, 12, 31))


def period_of(kind: str, day: date) -> Period:
    """The period of ``kind`` that ``day`` falls in."""
    return {WEEKLY: week_period, MONTHLY: month_period, QUARTERLY: quarter_period,
            YEARLY: year_period}[kind](day)


def current_period(kind: str, today: date) -> Period:
    return period_of(kind, today)


def last_ended(kind: str, today: date) -> Period:
    """The last period that has ended: on any day of week 48, week 47."""
    return current_period(kind, today).previous()


def recent_periods(kind: str, today: date, count: int) -> list[Period]:
    """The current period and the ``count - 1`` before it, newest first."""
    periods = [current_period(kind, today)]
    while len(periods) < count:
        periods.append(periods[-1].previous())
    return periods


# The years a period may fall in. No health centre has huddle data before 2000, and the
# calendar arithmetic of a report (the year before, twelve months of trend) must stay within
# what a date can hold: '9999-12' is refused with a sentence, never a traceback.
MIN_YEAR = 2000
MAX_YEAR = 2100


def check_year(year: int, text: str) -> None:
    """Refuse a period whose year lies outside MIN_YEAR–MAX_YEAR."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError(translate("reports",
            "Perioden {text!r} ligger utanför de år Huddle sammanställer. Välj ett år mellan "
            "{low} och {high}, till exempel 2026."
        ).format(text=text, low=MIN_YEAR, high=MAX_YEAR))


def parse_week(text: str) -> Period:
    """'2026-W47' (also '2026W47', '2026-w7')."""
    match = _WEEK_RE.match(text or "")
    if match:
        year, week = int(match.group(1)), int(match.group(2))
        check_year(year, text)
        try:
            first, last = iso_week_bounds(year, week)
            return Period(WEEKLY, first, last)
        except ValueError:
            raise InputError(translate("reports",
                "Vecka {week} finns inte år {year}. Välj en vecka mellan 1 och {weeks}, "
                "till exempel {year}-W01."
            ).format(week=week, year=year, weeks=date(year, 12, 28).isocalendar()[1])) from None
    raise InputError(translate("reports",
        "Veckan {text!r} går inte att läsa. Skriv den som ÅÅÅÅ-Wvv, till exempel 2026-W47."
    ).format(text=text))


def parse_month(text: str) -> Period:
    """'2026-11'."""
    match = _MONTH_RE.match(text or "")
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        check_year(year, text)
        if 1 <= month <= 12:
            return month_period(date(year, month, 1))
        raise InputError(translate("reports",
            "Månaden {text!r} finns inte. Månaden skrivs med 01–12, till exempel 2026-11."
        ).format(text=text))
    raise InputError(translate("reports",
        "Månaden {text!r} går inte att läsa. Skriv den som ÅÅÅÅ-MM, till exempel 2026-11."
    ).format(text=text))


def parse_quarter(text: str) -> Period:
    """'2026-Q4' (also '2026Q4', '2026-q4')."""
    match = _QUARTER_RE.match(text or "")
    if match:
        check_year(int(match.group(1)), text)
    if match and 1 <= int(match.group(2)) <= 4:
        return quarter_period(date(int(match.group(1)), (int(match.group(2)) - 1) * 3 + 1, 1))
    raise InputError(translate("reports",
        "Kvartalet {text!r} går inte att läsa. Skriv det som ÅÅÅÅ-Qn med n mellan 1 och 4, "
        "till exempel 2026-Q4."
    ).format(text=text))


def parse_year(text: str) -> Period:
    """'2026'."""
    match = _YEAR_RE.match(text or "")
    if match:
        check_year(int(match.group(1)), text)
        return year_period(date(int(match.group(1)), 1, 1))
    raise InputError(translate("reports",
        "Året {text!r} går inte att läsa. Skriv det med fyra siffror, till exempel 2026."
    ).format(text=text))
